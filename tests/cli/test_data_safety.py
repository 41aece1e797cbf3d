"""Data safety under concurrency and faults (issue "Data safety"): real processes, a
lock held with BEGIN IMMEDIATE (or PostgreSQL's advisory lock) instead of timing, kill -9,
a small tmpfs for a full disk. Every failure: exit 1 and one sentence, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.cli.test_cli import ROOT, run
from tests.locks import hold_write_lock, release


def write_sales(path: Path, lines: int = 200) -> Path:
    """A 1C-shaped sales file: ``lines`` lines of 20 new clients (hand-made: 20 names)."""
    rows = ["Дата;Контрагент;ИНН;Номенклатура;Количество;Сумма"]
    for i in range(lines):
        rows.append(f"{i % 28 + 1:02d}.10.2026;ООО «Клиент {i % 20}»;;Перчатки {i % 5};1;100,00")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            lines = conn.execute(text("SELECT COUNT(*) FROM sale_line")).scalar()
            accounts = conn.execute(text("SELECT COUNT(*) FROM account")).scalar()
        return int(lines or 0), int(accounts or 0)
    finally:
        engine.dispose()


def one_sentence(stderr: str) -> str:
    """The failure's message, asserted to be one line without a traceback."""
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("import: ")]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


def wait_until_both_wait(url: str, pids: list[int], timeout: float = 60.0) -> None:
    """Until both imports are stuck behind the held lock: on PostgreSQL, two sessions
    wait for the advisory lock; on SQLite, both processes hold the database file open
    (they then wait in BEGIN IMMEDIATE) and half a second has passed."""
    import time

    end = time.monotonic() + timeout
    if not url.startswith("sqlite"):
        engine = create_engine(url)
        try:
            while time.monotonic() < end:
                with engine.connect() as conn:
                    waiting = conn.execute(
                        text(
                            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                            "AND NOT granted"
                        )
                    ).scalar()
                if waiting == 2:
                    return
                time.sleep(0.1)
        finally:
            engine.dispose()
        pytest.fail("the two imports never waited for the lock")
    db_file = os.path.realpath(url.removeprefix("sqlite:///"))

    def has_open(pid: int) -> bool:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            return False
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == db_file:
                    return True
            except OSError:
                continue
        return False

    if not os.path.isdir("/proc"):
        time.sleep(3.0)
        return
    while time.monotonic() < end:
        if all(has_open(pid) for pid in pids):
            time.sleep(0.5)
            return
        time.sleep(0.05)
    pytest.fail("the two imports never opened the database")


def two_at_once(url: str, *args: str) -> list[str]:
    """Run the command twice at once, both started while another process holds the
    write lock and let go only when both wait behind it; each must succeed. Their
    outputs."""
    holder = hold_write_lock(url)
    try:
        processes = [
            subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "FIELDBOOK_BUSY_TIMEOUT_MS": "60000"},
            )
            for _ in range(2)
        ]
        wait_until_both_wait(url, [p.pid for p in processes])
    finally:
        release(holder)
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


def test_two_imports_of_the_same_file_at_once_add_it_once(db_url: str, tmp_path: Path) -> None:
    url = db_url
    sales = write_sales(tmp_path / "sales.csv")
    assert run("import", str(sales), "--db", url, "--dry-run").returncode == 0  # migrated
    # both imports start while the lock is held: each must take the write lock before it
    # reads what exists, so the second finds what the first added
    reports = [json.loads(out) for out in two_at_once(url, "import", str(sales), "--db", url)]
    assert counts(url) == (200, 20)
    inserted = sorted(r["inserted"] for r in reports)
    assert inserted == [0, 200]  # the 200 lines, once


def test_two_programs_starting_on_a_new_database_at_once_both_open_it(db_url: str) -> None:
    """The first start migrates an empty database: two at once (two reps' windows on a
    new server database) do it one after the other, and the second finds it done. On
    PostgreSQL both raced to create the same tables ("duplicate key value violates
    unique constraint pg_type_typname_nsp_index")."""
    two_at_once(db_url, "accounts", "--db", db_url)
    assert counts(db_url) == (0, 0)


# --- databases that are refused, untouched ---------------------------------------------


def fingerprint(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and the files beside it: what "left untouched" means."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (["CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)",
          "INSERT INTO note (body) VALUES ('keep me')"], "note"),
        # views (or indexes, triggers) only: another program's data as much as tables
        (["CREATE VIEW answer AS SELECT 42 AS value"], "answer"),
    ],
    ids=["tables", "views only"],
)  # fmt: skip
def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(
    tmp_path: Path, statements: list[str], named: str
) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = fingerprint(other)
    done = run("accounts", "--db", str(other))
    assert done.returncode == 1
    sentence = one_sentence(done.stderr)
    assert f"another program's data ({named}), not a Fieldbook database" in sentence
    assert fingerprint(other) == before  # no tables added, not switched to WAL


def test_another_alembic_programs_database_is_not_called_a_newer_fieldbook(
    tmp_path: Path,
) -> None:
    import sqlite3

    other = tmp_path / "shop.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE TABLE basket (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = fingerprint(other)
    done = run("accounts", "--db", str(other))
    assert done.returncode == 1
    sentence = one_sentence(done.stderr)
    assert "its schema revision ae1027a6acf is not Fieldbook's" in sentence
    assert "newer version" not in sentence
    assert fingerprint(other) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "report.db"
    other.write_text("Квартальный отчёт\n", encoding="utf-8")
    before = fingerprint(other)
    done = run("accounts", "--db", str(other))
    assert done.returncode == 1
    assert "is not a Fieldbook database (not a SQLite file)" in one_sentence(done.stderr)
    assert fingerprint(other) == before


def test_a_database_of_a_newer_version_is_refused_without_a_backup(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "f.db"
    assert run("accounts", "--db", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    for _ in range(2):
        done = run("accounts", "--db", str(db))
        assert done.returncode == 1
        sentence = one_sentence(done.stderr)
        assert "made by a newer version of Fieldbook (database revision 0099" in sentence
    assert not (tmp_path / "backups").exists()  # no backup at every start


def test_a_damaged_database_says_so_and_points_to_the_backups(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    assert run("demo", "--db", str(db), "--accounts", "30", "--lines", "600").returncode == 0
    data = bytearray(db.read_bytes())
    # keep the 100-byte header, overwrite the schema page and what follows
    data[100:8192] = b"\xff" * (8192 - 100)
    db.write_bytes(bytes(data))
    for wal in (tmp_path / "f.db-wal", tmp_path / "f.db-shm"):
        wal.unlink(missing_ok=True)
    done = run("accounts", "--db", str(db))
    assert done.returncode == 1
    sentence = one_sentence(done.stderr)
    assert "damaged" in sentence and "backups" in sentence


# --- migrations: all or nothing ---------------------------------------------------------

MIGRATE_AND_STOP = """
import os, sys, time
sys.path.insert(0, sys.argv[2])
from alembic import op
from storage import migrate
from storage.db import make_engine

real = op.create_table
made = []


def create_table(name, *columns, **kw):
    table = real(name, *columns, **kw)
    made.append(name)
    if sys.argv[3] == "kill" and len(made) == 1:
        print("half-way", flush=True)
        time.sleep(60)  # killed here, one table of the migration made
    if sys.argv[3] == "fail" and len(made) == 2:
        raise RuntimeError("a step of the migration failed")
    return table


op.create_table = create_table
migrate.upgrade(make_engine(sys.argv[1]))
"""


def _database_at(tmp_path: Path, revision: str) -> Path:
    from storage import migrate
    from storage.db import make_engine

    db = tmp_path / "f.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, revision)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO account (id, name, name_norm, status, version, created_at, "
                          "updated_at) VALUES ('a1', 'ООО «Ромашка»', 'ромашка', 'client', 1, "
                          "'2026-01-01', '2026-01-01')"))  # fmt: skip
    engine.dispose()
    return db


def _tables(db: Path) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_migration_killed_half_way_leaves_a_database_that_opens(tmp_path: Path) -> None:
    db = _database_at(tmp_path, "0002")
    child = subprocess.Popen(
        [sys.executable, "-c", MIGRATE_AND_STOP, f"sqlite:///{db}", str(ROOT), "kill"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "half-way"
    child.kill()  # kill -9, one table of 0003 made inside the migration's transaction
    child.wait()
    child.stdout.close()
    assert "data_stamp" not in _tables(db)
    done = run("accounts", "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [a["name"] for a in json.loads(done.stdout)] == ["ООО «Ромашка»"]
    assert {"data_stamp", "app_setting"} <= _tables(db)


def test_a_migration_that_fails_half_way_leaves_nothing_of_itself(tmp_path: Path) -> None:
    db = _database_at(tmp_path, "0002")
    done = subprocess.run(
        [sys.executable, "-c", MIGRATE_AND_STOP, f"sqlite:///{db}", str(ROOT), "fail"],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "a step of the migration failed" in done.stderr
    assert not {"data_stamp", "app_setting"} & _tables(db)  # neither of its two tables
    opened = run("accounts", "--db", str(db), "--format", "json")
    assert opened.returncode == 0, opened.stderr
    assert len(json.loads(opened.stdout)) == 1


# --- command-line failures: one sentence, exit 1, nothing changed ----------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("safety") / "demo.db"
    done = run("demo", "--db", str(path), "--accounts", "30", "--lines", "600", "--seed", "3")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return copy


def _first_account(db: Path) -> str:
    done = run("accounts", "--db", str(db), "--format", "json")
    return json.loads(done.stdout)[0]["id"]


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
@pytest.mark.parametrize(
    "command",
    [
        ["segments", "abc-xyz", "--format", "csv", "--out", "{out}.csv"],
        ["backup", "--out", "{out}.db"],
        ["plan", "{account}", "--out", "{out}.pdf"],
        ["brief", "{account}", "--out", "{out}.pdf"],
        ["proposal", "{account}", "--out", "{out}.docx"],
    ],
    ids=lambda c: c[0] if isinstance(c, list) else c,
)
def test_out_into_a_missing_folder_or_onto_a_folder(
    demo_copy: Path, tmp_path: Path, command: list[str], where: str
) -> None:
    if where == "a folder":
        target = tmp_path / "folder"
        target.mkdir()
        suffix_free = True
    else:
        target = tmp_path / "no-such-folder" / "file"
        suffix_free = False
    account = _first_account(demo_copy)
    args = [
        part.replace("{account}", account).replace(
            "{out}" + part.rsplit("}", 1)[-1] if suffix_free else "{out}", str(target)
        )
        for part in command
    ]
    done = run(*args, "--db", str(demo_copy))
    assert done.returncode == 1, done.stdout
    sentence = one_sentence(done.stderr)
    if where == "a folder":
        assert "is a folder; give the name of a file in it" in sentence
    else:
        assert "does not exist" in sentence
        assert not (tmp_path / "no-such-folder").exists()


def test_import_errors_into_a_missing_folder_is_refused_before_importing(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    sales = write_sales(tmp_path / "sales.csv", 40)
    done = run("import", str(sales), "--db", str(db), "--errors", str(tmp_path / "no" / "e.xlsx"))
    assert done.returncode == 1
    assert "--errors: the folder" in one_sentence(done.stderr)
    assert not db.exists() or counts(f"sqlite:///{db}")[0] == 0  # nothing was imported


def test_a_database_locked_past_the_wait_is_one_sentence(demo_copy: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{demo_copy}"
    before = counts(url)
    sales = write_sales(tmp_path / "sales.csv", 40)
    holder = hold_write_lock(url)
    try:
        done = run("import", str(sales), "--db", str(demo_copy),
                   env={"FIELDBOOK_BUSY_TIMEOUT_MS": "300"})  # fmt: skip
    finally:
        release(holder)
    assert done.returncode == 1
    assert "The database is busy" in one_sentence(done.stderr)
    assert counts(url) == before


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    where = tmp_path / "disk"
    if not _mount_tmpfs(where, "6m"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_during_an_import(demo_file: Path, small_disk: Path, tmp_path: Path) -> None:
    import shutil

    db = small_disk / "demo.db"
    shutil.copy(demo_file, db)
    url = f"sqlite:///{db}"
    before = counts(url)
    (small_disk / "filler").write_bytes(b"\0" * (6_000_000 - db.stat().st_size - 200_000))
    sales = write_sales(tmp_path / "sales.csv", 30_000)
    done = run("import", str(sales), "--db", str(db))
    assert done.returncode == 1
    assert "The disk is full" in one_sentence(done.stderr)
    (small_disk / "filler").unlink()
    assert counts(url) == before
    assert not list(small_disk.rglob("*.partial"))


def test_a_full_disk_during_the_backup_before_a_migration(small_disk: Path) -> None:
    db = small_disk / "f.db"
    _database_at(small_disk, "0002")
    (small_disk / "filler").write_bytes(
        b"\0" * (6_000_000 - db.stat().st_size - 2 * 4096)
    )  # room for less than the backup
    done = run("accounts", "--db", str(db))
    assert done.returncode == 1
    assert "The disk is full" in one_sentence(done.stderr)
    assert not list(small_disk.rglob("*.partial"))
    (small_disk / "filler").unlink()
    assert "data_stamp" not in _tables(db)  # not migrated without its backup
    assert run("accounts", "--db", str(db)).returncode == 0  # with room, it migrates


def _fill(disk: Path) -> None:
    """Fill ``disk`` to its last byte."""
    with (disk / "filler").open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass


@pytest.mark.parametrize(
    "command",
    [
        ["segments", "abc-xyz", "--format", "csv", "--out", "{out}.csv"],
        ["segments", "abc-xyz", "--format", "json", "--out", "{out}.json"],
        ["segments", "abc-xyz", "--format", "xlsx", "--out", "{out}.xlsx"],
        ["plan", "{account}", "--out", "{out}.xlsx"],
        ["plan", "{account}", "--out", "{out}.pdf"],
        ["brief", "{account}", "--out", "{out}.pdf"],
        ["proposal", "{account}", "--out", "{out}.docx"],
        ["proposal", "{account}", "--out", "{out}.pdf"],
        ["backup", "--out", "{out}.db"],
    ],
    ids=lambda c: "-".join([*c[:1], c[-1].rsplit(".", 1)[-1]]),
)
def test_an_output_onto_a_full_disk_is_one_sentence_and_leaves_no_file(
    demo_copy: Path, small_disk: Path, command: list[str]
) -> None:
    account = _first_account(demo_copy)
    if command[0] == "proposal":  # an account with a proposal of the demo's
        listed = run("proposals", "--db", str(demo_copy), "--format", "json")
        account = json.loads(listed.stdout)[0]["account_id"]
    _fill(small_disk)
    args = [
        p.replace("{account}", account).replace("{out}", str(small_disk / "out")) for p in command
    ]
    done = run(*args, "--db", str(demo_copy))
    assert done.returncode == 1, done.stdout
    warnings = ("fieldbook proposal: warning:",)  # the old demo proposal's dates, said first
    failure = "".join(
        line for line in done.stderr.splitlines(True) if not line.startswith(warnings)
    )
    sentence = one_sentence(failure)
    assert "full" in sentence or "No space left on device" in sentence, sentence
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # no part, no empty file


def test_rejected_rows_onto_a_full_disk_say_the_import_was_saved(
    demo_copy: Path, small_disk: Path, tmp_path: Path
) -> None:
    sales = write_sales(tmp_path / "sales.csv", 40)
    with sales.open("a", encoding="utf-8") as fh:
        fh.write("32.13.2026;ООО «Клиент 1»;;Перчатки 1;1;100,00\n")  # no such day
    url = f"sqlite:///{demo_copy}"
    lines, _accounts = counts(url)
    _fill(small_disk)
    done = run("import", str(sales), "--db", str(demo_copy), "--errors", str(small_disk / "e.xlsx"))
    assert done.returncode == 1
    sentence = one_sentence(done.stderr)
    assert "the import was saved, but its rejected rows could not be written to" in sentence
    assert counts(url)[0] == lines + 40  # saved, as it says
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_read_only_database_file(demo_file: Path, tmp_path: Path) -> None:
    import shutil

    where = tmp_path / "ro"
    if os.geteuid() == 0:  # root writes through file permissions: a read-only mount
        if not _mount_tmpfs(where, "8m"):
            pytest.skip("cannot mount a tmpfs here")
        shutil.copy(demo_file, where / "demo.db")
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    else:
        where.mkdir()
        shutil.copy(demo_file, where / "demo.db")
        (where / "demo.db").chmod(0o444)
        where.chmod(0o555)
    try:
        done = run("import", str(write_sales(tmp_path / "s.csv", 20)), "--db",
                   str(where / "demo.db"))  # fmt: skip
        assert done.returncode == 1
        assert "read-only" in one_sentence(done.stderr)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(where)], check=False)
        else:
            where.chmod(0o755)


# --- outputs safe to open ------------------------------------------------------------


def test_an_output_through_a_link_keeps_the_link_and_the_files_mode(
    demo_copy: Path, tmp_path: Path
) -> None:
    real = tmp_path / "private.csv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    done = run("segments", "abc-xyz", "--format", "csv", "--out", str(link), "--db", str(demo_copy))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()  # not replaced by a file of its own
    assert real.read_text(encoding="utf-8").startswith("segment,")
    assert real.stat().st_mode & 0o777 == 0o600  # a private export stays private
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db", "latest.csv", "private.csv"]


def test_out_dev_stdout_into_a_file_writes_the_file(demo_copy: Path, tmp_path: Path) -> None:
    """``--out /dev/stdout > report.csv``: the output goes where standard output goes
    (/dev/stdout is a link to the open file, never one to rename over)."""
    report = tmp_path / "report.csv"
    with report.open("w", encoding="utf-8") as fh:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "segments", "abc-xyz", "--format", "csv",
             "--out", "/dev/stdout", "--db", str(demo_copy)],
            stdout=fh, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert report.read_text(encoding="utf-8").startswith("segment,")
    assert os.path.islink("/dev/stdout") or not os.path.exists("/dev/stdout.part")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_read_only_output_file_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o444)
    done = run(
        "segments", "abc-xyz", "--format", "csv", "--out", str(target), "--db", str(demo_copy)
    )
    assert done.returncode == 1
    assert "Permission denied" in one_sentence(done.stderr)
    assert target.read_text(encoding="utf-8") == "kept\n"


HOSTILE = ['=HYPERLINK("http://x","y")', "+SUM(1;2)", "-1+1", "@SUM(A1:A2)", "ООО Обычное"]


def test_csv_output_keeps_formulas_as_text(tmp_path: Path) -> None:
    import csv

    db = tmp_path / "f.db"
    clients = tmp_path / "clients.csv"
    with clients.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Контрагент", "Регион"])
        for name in HOSTILE:
            writer.writerow([name, "Москва"])
    assert run("import", str(clients), "--db", str(db)).returncode == 0
    done = run("accounts", "--db", str(db), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(done.stdout.splitlines()))
    names = sorted(r["name"] for r in rows)
    assert names == sorted(
        [
            '\'=HYPERLINK("http://x","y")',
            "'+SUM(1;2)",
            "'-1+1",
            "'@SUM(A1:A2)",
            "ООО Обычное",
        ]
    )


def test_the_export_module_keeps_numbers_numeric(tmp_path: Path) -> None:
    from core.export import safe_cell, write_csv

    assert safe_cell(-1250.5) == -1250.5  # a negative amount stays a number
    assert safe_cell("-1250,5") == "'-1250,5"  # text that Excel would compute does not
    assert safe_cell("\rx") == "'\rx"
    assert safe_cell(None) == ""
    out = write_csv(tmp_path / "t.csv", ["name", "amount"], [["=1+1", -3], ["ok", 0]])
    assert out.read_bytes().decode("utf-8-sig") == "name,amount\r\n'=1+1,-3\r\nok,0\r\n"
    assert safe_cell("\tTab") == "'\tTab"


def test_a_database_without_its_revision_is_refused_in_one_line(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "f.db"
    assert run("accounts", "--db", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    done = run("accounts", "--db", str(db))
    assert done.returncode == 1
    assert "no schema revision" in one_sentence(done.stderr)
    assert not (tmp_path / "backups").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_to_import_is_refused_at_once_and_no_database_made(tmp_path: Path) -> None:
    pipe = tmp_path / "sales.csv"
    os.mkfifo(pipe)
    db = tmp_path / "new.db"
    done = run("import", str(pipe), "--db", str(db))  # run() itself times out at 120 s
    assert done.returncode == 1
    assert "is not a regular file" in one_sentence(done.stderr)
    assert not db.exists()
