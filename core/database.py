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
    ``FIELDBOOK_DB`` or the default location."""
    url = resolve_url(db)
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise DatabaseError(f"Cannot use the database {url!r}: {exc}") from exc
    try:
        backup = migrate.upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {exc.__class__.__name__}: {exc}") from exc
    except OSError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {exc}") from exc
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), backup=backup)


def engine_of(db: Database | Engine) -> Engine:
    """The engine behind ``db``: the window hands core its ``Database`` and never
    touches the engine; the CLI and the tests may pass either."""
    return db.engine if isinstance(db, Database) else db
