"""Safe copies of a SQLite database with SQLite's online backup API.

The backup API copies a consistent snapshot even while the application has the
database open in WAL mode, which a plain file copy does not.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


def backup_sqlite(src: Path, dst: Path) -> None:
    """Copy the database ``src`` into a new file ``dst`` (written whole, then renamed)."""
    if not src.exists():
        raise BackupError(f"The database {src} does not exist.")
    dst.parent.mkdir(parents=True, exist_ok=True)
    partial = dst.with_name(dst.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(str(src))
        try:
            target = sqlite3.connect(str(partial))
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        partial.replace(dst)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk keeps no half-written copy
        raise


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database made by Fieldbook."""
    if not path.exists():
        raise BackupError(f"The file {path} does not exist.")
    if not path.is_file():  # a folder, a named pipe (which would be waited on)
        raise BackupError(f"{path} is not a regular file, so it cannot be a backup.")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise BackupError(f"{path.name} is not a Fieldbook database (not a SQLite file).")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path.name} is damaged: {exc}.") from exc
    finally:
        conn.close()
    if ok != "ok":
        raise BackupError(f"{path.name} is damaged: {ok}.")
    if "alembic_version" not in tables or "account" not in tables:
        raise BackupError(f"{path.name} is a SQLite file but not a Fieldbook database.")


def restore_sqlite(src: Path, dst: Path) -> None:
    """Replace the content of the database ``dst`` with the backup ``src``.

    The backup API writes into ``dst`` inside one transaction, so an interrupted restore
    leaves ``dst`` as it was."""
    check_backup_file(src)
    dst.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(str(dst), timeout=10)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups made before a migration of ``stem`` in
    ``folder`` (the copies kept before a restore are never deleted)."""
    backups = sorted(folder.glob(f"{stem}-*-rev*.db"), key=lambda p: p.name)
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
