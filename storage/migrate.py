"""Schema migrations (Alembic), applied at start-up after a backup of the database file.

Importing Alembic costs a few tenths of a second, so start-up first compares the
database's revision with :data:`HEAD` and loads Alembic only when there is work to do.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from storage.backup import SQLITE_MAGIC, backup_sqlite, prune_backups
from storage.db import busy_timeout_ms, sqlite_path

log = logging.getLogger("fieldbook.storage.migrate")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "0009"  # the newest revision in migrations/versions (a test keeps this in step)
BACKUPS_KEPT = 5


def known_revisions() -> list[str]:
    """The revisions this version can open or migrate from, oldest first."""
    versions = MIGRATIONS_DIR / "versions"
    return sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))


class SchemaRefused(Exception):
    """The database is not one this version may open or migrate; nothing was changed.
    The message is one plain sentence."""


def check_schema(where: str, tables: set[str], revision: str | None) -> None:
    """Refuse, before anything is written, a database that holds another program's
    tables or was made by a newer Fieldbook (raises :class:`SchemaRefused`)."""
    if not tables:
        return  # a new, empty database
    if "alembic_version" not in tables:
        names = sorted(tables)
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        raise SchemaRefused(
            f"{where} holds another program's data ({shown}), not a Fieldbook "
            "database; it was left untouched."
        )
    if revision is None and tables - {"alembic_version"}:
        raise SchemaRefused(
            f"{where} has Fieldbook's tables but no schema revision, so it cannot be "
            "migrated safely; restore it from a copy in backups/."
        )
    known = known_revisions()
    if revision is not None and revision not in known and not _ours(revision, tables):
        raise SchemaRefused(
            f"{where} holds another program's data (its schema revision {revision} is not "
            "Fieldbook's), not a Fieldbook database; it was left untouched."
        )
    if revision is not None and revision not in known:
        raise SchemaRefused(
            f"{where} was made by a newer version of Fieldbook (database revision "
            f"{revision}; this version knows revisions up to {known[-1]}): update Fieldbook "
            "to open it."
        )


# Fieldbook's revisions are four digits, and every one of them has these tables.
_CORE_TABLES = {"account", "sale_line", "product", "contact"}


def _ours(revision: str, tables: set[str]) -> bool:
    """Whether an unknown revision is a newer Fieldbook's (rather than another program
    that also keeps its schema with Alembic, whose revisions are hexadecimal hashes)."""
    return revision.isdigit() and len(revision) == 4 and tables >= _CORE_TABLES


def check_sqlite_file(path: Path) -> None:
    """Look at a SQLite file before anything connects to it (a connection switches the
    file to WAL): a folder, a file of another kind, another program's database or one
    of a newer Fieldbook are refused and left as they are. A missing or empty file is a
    new database. A damaged file raises the ``sqlite3.DatabaseError`` that says so."""
    if not path.exists():
        return
    if path.is_dir():
        raise SchemaRefused(f"{path} is a folder, not a database file.")
    if not path.is_file():
        raise SchemaRefused(f"{path} is not a regular file, so it cannot be a database.")
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise SchemaRefused(
                f"{path} is not a Fieldbook database (not a SQLite file); it was left untouched."
            )
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
    try:
        # views, indexes and triggers are another program's data as much as tables
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master")
            if not str(row[0]).startswith("sqlite_")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    check_schema(str(path), tables, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database Alembic has not touched."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    with engine.connect() as conn:
        # (a SQLite file's views are counted before it is opened: check_sqlite_file; a
        # server database's views may be an extension's)
        tables = set(inspect(conn).get_table_names())
        current = None
        if "alembic_version" in tables:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if target == "head" and current == HEAD:
        return None
    where = str(sqlite_path(str(engine.url)) or engine.url.render_as_string(hide_password=True))
    check_schema(where, tables, current)
    backup: Path | None = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and db_file.exists() and tables:
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
