"""Opening Fieldbook's database: resolve where it is, connect, migrate."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage import migrate
from storage.db import make_engine, make_session_factory, resolve_url, sqlite_path

log = logging.getLogger("fieldbook.database")


class DatabaseError(Exception):
    """The database cannot be opened or upgraded; the message says why in plain words."""


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None  # the backup made before migrating, if any

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def display_name(self) -> str:
        """The file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None) -> Database:
    """Open (creating if needed) and migrate the database named by ``--db``,
    ``FIELDBOOK_DB`` or the default location. Raises :class:`DatabaseError` with one
    plain sentence when it cannot: another program's file, a newer Fieldbook's database,
    a damaged, read-only or locked file, a full disk, a server out of reach. A file that
    is refused is left exactly as it was."""
    import sqlite3

    from core.problems import problem

    url = resolve_url(db)
    path = sqlite_path(url)

    def refused(exc: BaseException) -> DatabaseError:
        found = problem(exc)
        if found is None and path is not None and _read_only(path):
            from core.problems import named

            found = named("read_only")  # SQLite says only "unable to open database file"
        if found is not None:
            where = f" ({path})" if path is not None else ""
            return DatabaseError(f"Cannot open the database{where}: {found.message}")
        if isinstance(exc, OSError):
            return DatabaseError(f"Cannot open the database: {exc.strerror or exc}.")
        from core.problems import first_line

        return DatabaseError(f"Cannot open the database: {first_line(exc)}.")

    try:
        if path is not None:
            migrate.check_sqlite_file(path)
        engine = make_engine(url)
    except migrate.SchemaRefused as exc:
        raise DatabaseError(str(exc)) from exc
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise refused(exc) from exc
    except (ImportError, ValueError) as exc:
        raise DatabaseError(f"Cannot use the database {url!r}: {exc}") from exc
    try:
        backup = migrate.upgrade(engine)
    except migrate.SchemaRefused as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    except Exception as exc:  # Alembic's CommandError, driver errors, OSError
        engine.dispose()
        raise refused(exc) from exc
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), backup=backup)


def _read_only(path: Path) -> bool:
    """The SQLite file, or the folder where its WAL files go, cannot be written."""
    import os

    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def engine_of(db: Database | Engine) -> Engine:
    """The engine behind ``db``: the window hands core its ``Database`` and never
    touches the engine; the CLI and the tests may pass either."""
    return db.engine if isinstance(db, Database) else db
