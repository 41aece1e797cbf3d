"""Restoring a backup: the one policy the window and the CLI share.

Before anything is replaced, the backup is checked: a sound SQLite file made by
Fieldbook, at a revision this version knows (a backup made by a newer Fieldbook is
refused, and the live database is left as it is). The database it replaces is kept in
``backups/`` under a name that never collides with an earlier one, and a backup from an
older version is migrated right away."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from storage.backup import BackupError, backup_sqlite, check_backup_file, restore_sqlite
from storage.migrate import backup_dir_for, known_revisions


def backup_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} is damaged: {exc}.") from exc
    finally:
        conn.close()
    return row[0] if row else None


def check_restorable(source: Path) -> None:
    """Refuse a backup that cannot replace the database (raises BackupError)."""
    check_backup_file(source)
    revision = backup_revision(source)
    known = known_revisions()
    if revision not in known:
        raise BackupError(
            f"{source.name} was made by a newer Fieldbook (database revision {revision}); "
            f"this version knows revisions up to {known[-1]}: update Fieldbook first."
        )


def safety_copy_path(db_file: Path, now: datetime | None = None) -> Path:
    """Where the replaced database is kept: a new name every time."""
    folder = backup_dir_for(db_file)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"{db_file.stem}-before-restore-{stamp}.db"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{db_file.stem}-before-restore-{stamp}-{n}.db"
    return path


def restore(db_file: Path, source: Path) -> Path:
    """Replace the database file by the backup ``source``; the path of the copy kept of
    what it replaced. Nothing is replaced when the backup does not pass its checks."""
    from core.database import open_database

    check_restorable(source)
    safety = safety_copy_path(db_file)
    backup_sqlite(db_file, safety)
    restore_sqlite(source, db_file)
    open_database(str(db_file)).close()  # a backup from an older version is migrated now
    return safety
