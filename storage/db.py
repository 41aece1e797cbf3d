"""Where the database lives, and the engine and sessions that reach it."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
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


WRITE = "fieldbook_write"  # execution option: this transaction writes
SERIAL = "fieldbook_serial"  # execution option: …and excludes every other serial write
# The advisory lock of serial writes on PostgreSQL (any constant number of our own).
SERIAL_LOCK = 0x46B0_0C01


def for_writing(engine: Engine, *, serial: bool = False) -> Engine:
    """The same engine (same pool), for units of work that write.

    Its transactions take the write lock when they begin, before they read anything, so
    that what they read is still true when they write: ``BEGIN IMMEDIATE`` on SQLite
    (another writer waits up to the busy timeout, then is refused as busy). ``serial``
    work (an import, the demo, a merge) decides what to add from what exists; on a
    PostgreSQL server it also takes one advisory lock, so two of them never interleave
    and a second import of the same file adds nothing. (SQLite has one writer anyway.)
    """
    return engine.execution_options(**{WRITE: True, SERIAL: serial})


def writing(engine: Engine, *, serial: bool = False) -> AbstractContextManager[Connection]:
    """``with writing(engine) as conn:`` one write transaction (see :func:`for_writing`):
    committed at the end of the block, rolled back on an error."""
    return for_writing(engine, serial=serial).begin()


def _sqlite_begin(conn: Connection) -> None:
    """Send the BEGIN that pysqlite would not: without it a transaction's reads ran
    outside it (pysqlite begins only at the first INSERT/UPDATE/DELETE), and its DDL
    was not transactional."""
    options = conn.get_execution_options()
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE) else "BEGIN")


def _postgres_begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    if options.get(WRITE):
        # a lock held by another writer is waited for up to the busy timeout, as SQLite's
        # at least 1 ms: PostgreSQL's 0 would mean waiting for ever
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {max(1, busy_timeout_ms())}")
        if options.get(SERIAL):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SERIAL_LOCK})")


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Fieldbook sends BEGIN itself (_sqlite_begin); the driver's own transaction
    # handling is off.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _into_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    # 64 MB of page cache (the default is 2 MB): bulk writes into indexed tables of a
    # million rows stay in memory instead of re-reading index pages from disk.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _into_wal(cursor: Any) -> None:
    """Switch the file to WAL (once: a file in WAL stays so). The switch needs the file
    to itself, and SQLite refuses it at once, without its busy wait, while another
    connection writes (two programs starting on a new file): it is retried for the busy
    timeout, as a write would wait."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    end = time.monotonic() + busy_timeout_ms() / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= end:
                raise
            time.sleep(0.05)


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file (WAL, foreign keys on) or a PostgreSQL server."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgres_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work of the ORM that writes: the write lock is taken when it begins
    (see :func:`for_writing`), commits when the block ends, rolls everything back on
    error. (A session of ``factory`` itself reads: writing through it after another
    writer committed is refused as busy, by SQLite's snapshot rule.)"""
    bind = factory.kw.get("bind")
    session = factory(bind=for_writing(bind)) if isinstance(bind, Engine) else factory()
    try:
        with session.begin():
            yield session
    finally:
        session.close()


def all_rows(conn: Connection, statement: Any, chunk: int = 500) -> list[Any]:
    """Every row of ``statement``, fetched ``chunk`` rows at a time: each batch is one
    short C call that holds the GIL, so a thread reading 20,000 rows never keeps the
    window's thread waiting for more than a millisecond or two (``.all()`` converts
    every row in one call: 80 ms for the account list)."""
    out: list[Any] = []
    for part in conn.execute(statement).partitions(chunk):
        out.extend(part)
    return out
