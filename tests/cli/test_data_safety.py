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
from tests.conftest import ENGINES, PG_URL, _fresh_pg_schema


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


@pytest.fixture(params=ENGINES)
def url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fieldbook.db'}"
        return
    if not PG_URL:
        pytest.skip("FIELDBOOK_TEST_PG_URL is not set")
    yield from _fresh_pg_schema(PG_URL)


HOLD_SQLITE = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
c.execute("ROLLBACK")
"""

HOLD_PG = """
import sys
from sqlalchemy import create_engine, text
from storage.db import SERIAL_LOCK
engine = create_engine(sys.argv[1])
with engine.begin() as conn:
    conn.execute(text(f"SELECT pg_advisory_xact_lock({SERIAL_LOCK})"))
    print("locked", flush=True)
    sys.stdin.readline()
"""


def hold_write_lock(url: str) -> subprocess.Popen[str]:
    """A process that holds the write lock of ``url`` until its stdin gets a line."""
    if url.startswith("sqlite"):
        code, target = HOLD_SQLITE, url.removeprefix("sqlite:///")
    else:
        code, target = HOLD_PG, url
    holder = subprocess.Popen(
        [sys.executable, "-c", code, target],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.communicate("\n", timeout=30)


def test_two_imports_of_the_same_file_at_once_add_it_once(url: str, tmp_path: Path) -> None:
    sales = write_sales(tmp_path / "sales.csv")
    assert run("import", str(sales), "--db", url, "--dry-run").returncode == 0  # migrated
    holder = hold_write_lock(url)
    try:
        # both imports start while the lock is held: each must take the write lock
        # before it reads what exists, so the second finds what the first added
        imports = [
            subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "import", str(sales), "--db", url],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "FIELDBOOK_BUSY_TIMEOUT_MS": "60000"},
            )
            for _ in range(2)
        ]
        import time

        time.sleep(2.0)  # both have read the file and wait for the lock
    finally:
        release(holder)
    reports = []
    for process in imports:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        reports.append(json.loads(out))
    assert counts(url) == (200, 20)
    inserted = sorted(r["inserted"] for r in reports)
    assert inserted == [0, 200]  # the 200 lines, once
