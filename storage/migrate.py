"""Schema migrations (Alembic), applied at start-up after a backup of the database file.

Importing Alembic costs a few tenths of a second, so start-up first compares the
database's revision with :data:`HEAD` and loads Alembic only when there is work to do.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from storage.backup import backup_sqlite, prune_backups
from storage.db import sqlite_path

log = logging.getLogger("fieldbook.storage.migrate")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "0003"  # the newest revision in migrations/versions (a test keeps this in step)
BACKUPS_KEPT = 5


def known_revisions() -> list[str]:
    """The revisions this version can open or migrate from, oldest first."""
    versions = MIGRATIONS_DIR / "versions"
    return sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database Alembic has not touched."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def alembic_config(engine: Engine) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def backup_dir_for(db_file: Path) -> Path:
    return db_file.parent / "backups"


def upgrade(engine: Engine, target: str = "head") -> Path | None:
    """Bring the schema to ``target``. A SQLite file that holds data is backed up first
    (the last :data:`BACKUPS_KEPT` backups are kept). Returns the backup's path, if any."""
    current = current_revision(engine)
    if target == "head" and current == HEAD:
        return None
    backup: Path | None = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and db_file.exists() and _has_tables(engine):
        folder = backup_dir_for(db_file)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        backup = folder / f"{db_file.stem}-{stamp}-rev{current or 'none'}.db"
        backup_sqlite(db_file, backup)
        prune_backups(folder, db_file.stem, BACKUPS_KEPT)
        log.info("backed up %s to %s before migrating from %s", db_file, backup, current)
    from alembic import command

    command.upgrade(alembic_config(engine), target)  # type: ignore[arg-type]
    log.info("database migrated from %s to %s", current, target)
    return backup
