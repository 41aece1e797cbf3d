"""Fast bulk writes inside the caller's transaction.

SQLAlchemy's ORM costs seconds per hundred thousand rows; the demo generator and the
importer write through the driver's ``executemany`` instead, with values already in the
form SQLAlchemy itself stores (ISO text on SQLite, date objects on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Connection

SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
BATCH = 5000  # rows given to one bulk insert by its callers (the importer)


def adapt_date(conn: Connection, value: date | None) -> Any:
    if value is None or conn.dialect.name != "sqlite":
        return value
    return value.isoformat()


def adapt_datetime(conn: Connection, value: datetime | None) -> Any:
    if value is None or conn.dialect.name != "sqlite":
        return value
    return value.strftime(SQLITE_DATETIME)


def bulk_insert(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table``; returns the count."""
    style = conn.dialect.paramstyle
    mark = "?" if style == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    batch = list(rows)
    if batch:
        conn.exec_driver_sql(sql, batch)
    return len(batch)
