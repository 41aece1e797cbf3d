"""Where the database lives, and the engine and sessions that reach it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "Fieldbook"
ENV_VAR = "FIELDBOOK_DB"


def default_db_path() -> Path:
    """The database file in the user's data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "fieldbook.db"


def to_url(path_or_url: str) -> str:
    """A database URL from what the user typed: a URL as it is, a path as SQLite."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())


def resolve_url(cli_value: str | None = None) -> str:
    """``--db`` first, then ``FIELDBOOK_DB``, then the platformdirs default."""
    if cli_value:
        return to_url(cli_value)
    env = os.environ.get(ENV_VAR)
    if env:
        return to_url(env)
    return to_url(str(default_db_path()))


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for another engine or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def busy_timeout_ms() -> int:
    """How long a write waits for another writer's lock before it is refused as busy:
    10 s, or ``FIELDBOOK_BUSY_TIMEOUT_MS`` (the tests that hold a lock shorten it)."""
    try:
        return max(0, int(os.environ.get("FIELDBOOK_BUSY_TIMEOUT_MS", "10000")))
    except ValueError:
        return 10000


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    # 64 MB of page cache (the default is 2 MB): bulk writes into indexed tables of a
    # million rows stay in memory instead of re-reading index pages from disk.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file (WAL, foreign keys on) or a PostgreSQL server."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits when the block ends, rolls everything back on error."""
    session = factory()
    try:
        with session.begin():
            yield session
    finally:
        session.close()
