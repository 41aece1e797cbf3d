"""Shared fixtures: offscreen Qt, isolated settings and logs, temporary databases."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One thread each for OpenMP (scikit-learn's gradient boosting) and the BLAS: `make test`
# runs a worker per core, and threads of two workers waiting for each other's core by
# spinning made a window's start-up take 30 s instead of 1 (the programs the tests start
# inherit it)
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_URL = os.environ.get("FIELDBOOK_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """platformdirs and QSettings write under a temporary home, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("FIELDBOOK_DB", raising=False)
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fieldbook.db'}"


def _fresh_pg_schema(base_url: str) -> Iterator[str]:
    """A PostgreSQL database of its own for one test (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"fb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            _drop_pg_database(admin, name)
        finally:
            admin.dispose()


def _drop_pg_database(admin, name: str) -> None:
    """Drop a test database, waiting out an autovacuum worker that has just entered it.

    WITH (FORCE) ends the test's own leftover sessions, but a role that is not a
    superuser may not end an autovacuum worker's, and PostgreSQL then refuses the drop
    (seen on CI). The plain DROP ends an autovacuum worker itself; it is tried next.
    """
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    statements = [
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        f'DROP DATABASE IF EXISTS "{name}"',
    ]
    last: Exception | None = None
    for attempt in range(20):
        try:
            with admin.connect() as conn:
                conn.execute(text(statements[attempt % 2]))
            return
        except DBAPIError as exc:
            last = exc
            time.sleep(0.25)
    assert last is not None
    raise last


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)]


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database on each engine: SQLite always, PostgreSQL when configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fieldbook.db'}"
        return
    if not PG_URL:
        pytest.skip("FIELDBOOK_TEST_PG_URL is not set")
    yield from _fresh_pg_schema(PG_URL)


@pytest.fixture
def database(sqlite_url: str):
    from core.database import open_database

    db = open_database(sqlite_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo company built once per test session (copy it before changing it)."""
    from core.database import open_database
    from core.demo import DemoOptions, generate

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(str(path))
    generate(db.engine, DemoOptions(accounts=120, lines=6000, seed=7, end=_END))
    db.close()
    return path


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path):
    """A copy of the session's demo company, open (changes stay in this test)."""
    import shutil

    from core.database import open_database

    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    db = open_database(str(copy))
    yield db
    db.close()


from datetime import date  # noqa: E402

_END = date(2026, 10, 31)
