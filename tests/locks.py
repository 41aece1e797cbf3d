"""A lock held by another process, for tests of concurrent writers: a real process
that holds SQLite's write lock (BEGIN IMMEDIATE) or Fieldbook's advisory lock on
PostgreSQL until it is told to let go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
