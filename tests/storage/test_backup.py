"""Backup and restore through SQLite's backup API."""

from pathlib import Path

import pytest
from sqlalchemy import text

from core.database import open_database
from storage.backup import (
    BackupError,
    backup_sqlite,
    check_backup_file,
    prune_backups,
    restore_sqlite,
)


def _names(path: Path) -> list[str]:
    db = open_database(str(path))
    with db.engine.connect() as conn:
        names = [n for (n,) in conn.execute(text("SELECT name FROM account ORDER BY name"))]
    db.close()
    return names


def _add(path: Path, name: str) -> None:
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (id, name, name_norm, status, version, created_at, updated_at)"
                " VALUES (:id, :n, :n, 'client', 1, '2024-01-01', '2024-01-01')"
            ),
            {"id": name, "n": name},
        )
    db.close()


def test_backup_restore_round_trip(tmp_path):
    live, copy = tmp_path / "live.db", tmp_path / "copy.db"
    _add(live, "Альфа")
    backup_sqlite(live, copy)
    _add(live, "Бета")
    assert _names(live) == ["Альфа", "Бета"]
    restore_sqlite(copy, live)
    assert _names(live) == ["Альфа"]


def test_backup_of_an_open_wal_database_has_the_committed_rows(tmp_path):
    live, copy = tmp_path / "live.db", tmp_path / "copy.db"
    db = open_database(str(live))
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (id, name, name_norm, status, version, created_at, updated_at)"
                " VALUES ('x', 'В WAL', 'в wal', 'client', 1, '2024-01-01', '2024-01-01')"
            )
        )
    backup_sqlite(live, copy)  # while the engine still holds the WAL
    db.close()
    assert _names(copy) == ["В WAL"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"hello, not a database", "not a Fieldbook database"), (b"", "not a Fieldbook database")],
)
def test_restore_refuses_other_files(tmp_path, content, message):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(BackupError, match=message):
        check_backup_file(bogus)


def test_restore_refuses_a_sqlite_file_of_another_program(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="not a Fieldbook database"):
        restore_sqlite(other, tmp_path / "live.db")


def test_prune_keeps_the_newest_and_never_a_copy_made_before_a_restore(tmp_path):
    for i in range(8):
        (tmp_path / f"fb-2024010{i}-120000-000000-rev000{i % 3 + 1}.db").write_bytes(b"x")
    kept = tmp_path / "fb-before-restore-20240101-090000-000000.db"
    kept.write_bytes(b"x")
    removed = prune_backups(tmp_path, "fb", 5)
    assert [p.name[:11] for p in removed] == ["fb-20240100", "fb-20240101", "fb-20240102"]
    assert len(list(tmp_path.glob("fb-*-rev*.db"))) == 5
    assert kept.exists()
