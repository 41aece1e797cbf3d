"""What went wrong with the database, in plain words, for the window and the CLI alike.

``problem(exc)`` names the kind of trouble behind an exception raised while reaching
the database (busy, read-only, damaged, full disk, gone) or ``None`` for anything else.
The window translates the code through its message table; the CLI prints the English
sentence. A busy database is worth a retry; the others need the user to act.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError, OperationalError


@dataclass(frozen=True)
class Problem:
    code: str  # busy, read_only, damaged, disk_full, unreachable
    message: str  # the English sentence
    retry: bool  # trying again later may work


_SENTENCES = {
    "busy": "The database is busy: another program or a colleague is writing to it.",
    "read_only": "The database file is read-only: Fieldbook cannot save to it.",
    "damaged": (
        "The database file is damaged (database disk image is malformed); "
        "restore it from a copy in backups/."
    ),
    "disk_full": "The disk is full: nothing was saved.",
    "unreachable": "The database server cannot be reached.",
}
_RETRY = {"busy", "unreachable"}


def named(code: str) -> Problem:
    return Problem(code, _SENTENCES[code], code in _RETRY)


def problem(exc: BaseException) -> Problem | None:
    """The database problem behind ``exc`` (None: not a database problem)."""
    inner: BaseException | None = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        inner = exc.orig
    text = str(inner).lower()
    if isinstance(inner, sqlite3.OperationalError | sqlite3.DatabaseError):
        if "locked" in text or "busy" in text:
            return named("busy")
        if "readonly" in text or "read-only" in text:
            return named("read_only")
        if "malformed" in text or "not a database" in text:
            return named("damaged")
        if "disk is full" in text or "database or disk is full" in text:
            return named("disk_full")
    if isinstance(inner, OSError) and inner.errno == errno.ENOSPC:
        return named("disk_full")
    if isinstance(exc, OperationalError) and exc.connection_invalidated:
        return named("unreachable")
    module = type(inner).__module__ if inner is not None else ""
    if module.startswith("psycopg"):
        name = type(inner).__name__
        if name in ("LockNotAvailable", "SerializationFailure", "DeadlockDetected"):
            return named("busy")
        if name in ("OperationalError", "ConnectionTimeout") and "connect" in text:
            return named("unreachable")
        if name == "ReadOnlySqlTransaction":
            return named("read_only")
        if name == "DiskFull":
            return named("disk_full")
    return None


def describe(exc: BaseException) -> str:
    """One English sentence about any failure, for the command line: the database's
    problem, a file the system refused, memory; else the error's own words."""
    found = problem(exc)
    if found is not None:
        return found.message
    if isinstance(exc, MemoryError):
        return "There is not enough memory for this; close other programs or use a smaller file."
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        return f"{what}: {exc.filename}." if exc.filename else f"{what}."
    return f"{first_line(exc)} ({type(exc).__name__})."


def first_line(exc: BaseException) -> str:
    """The error's own words in one line: the driver's message, not SQLAlchemy's
    statement dump and link."""
    inner: BaseException = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        inner = exc.orig
    lines = str(inner).strip().splitlines()
    return (lines[0].strip().rstrip(".") if lines else "") or type(inner).__name__
