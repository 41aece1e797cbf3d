"""The per-account figures cache (``account_stats``), rebuilt by one SQL aggregate."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from storage.bulk import adapt_date

_REFRESH = """
INSERT INTO account_stats (account_id, as_of, revenue_kop, revenue_prev_kop,
    gross_profit_kop, orders, ltv_kop, first_sale, last_sale)
SELECT account_id, :as_of,
    COALESCE(SUM(CASE WHEN date >= :ws AND date <= :we THEN amount_kop END), 0),
    COALESCE(SUM(CASE WHEN date >= :ps AND date <= :pe THEN amount_kop END), 0),
    COALESCE(SUM(CASE WHEN date >= :ws AND date <= :we
                      THEN amount_kop - COALESCE(cost_kop, 0) END), 0),
    COUNT(DISTINCT CASE WHEN date >= :ws AND date <= :we AND amount_kop > 0
          THEN COALESCE('d:' || doc_no, 't:' || CAST(date AS VARCHAR(10))) END),
    COALESCE(SUM(CASE WHEN date <= :we THEN amount_kop END), 0),
    MIN(CASE WHEN date <= :we AND amount_kop > 0 THEN date END),
    MAX(CASE WHEN date <= :we AND amount_kop > 0 THEN date END)
FROM sale_line{scan}
WHERE deleted_at IS NULL{only}
GROUP BY account_id
ORDER BY account_id
"""


def _day(conn: Connection, sql: str) -> date | None:
    """The one date a query gives (SQLite gives it as text)."""
    value = conn.execute(text(sql)).scalar()
    return date.fromisoformat(value) if isinstance(value, str) else value


def latest_sale_date(conn: Connection) -> date | None:
    return _day(conn, "SELECT MAX(date) FROM sale_line WHERE deleted_at IS NULL")


def clear_account_stats(conn: Connection) -> None:
    conn.execute(text("DELETE FROM account_stats"))


def stats_as_of(conn: Connection) -> date | None:
    """The day the figures cache was made for (None: it is empty)."""
    return _day(conn, "SELECT MAX(as_of) FROM account_stats")


def rebuild_account_stats(
    conn: Connection,
    as_of: date,
    window: tuple[date, date],
    previous: tuple[date, date],
    accounts: Collection[str] | None = None,
) -> None:
    """Replace the cache with the figures for ``window`` and ``previous`` (inclusive):
    of every account, or only of ``accounts`` (the others' as they were: the caller
    knows their lines and the windows have not changed; more than ``_FEW`` of them:
    every account, in one pass through the table)."""
    ids = sorted(set(accounts)) if accounts is not None and len(accounts) <= _FEW else None
    if ids is not None and not ids:
        return
    params: dict[str, Any] = {
        "as_of": adapt_date(conn, as_of),
        "ws": adapt_date(conn, window[0]),
        "we": adapt_date(conn, window[1]),
        "ps": adapt_date(conn, previous[0]),
        "pe": adapt_date(conn, previous[1]),
    }
    if ids is None:
        conn.execute(text("DELETE FROM account_stats"))
        scan = " NOT INDEXED" if conn.dialect.name == "sqlite" else ""  # every line: read through
        conn.execute(text(_REFRESH.format(scan=scan, only="")), params)
        return
    params["ids"] = ids
    delete = text("DELETE FROM account_stats WHERE account_id IN :ids")
    insert = text(_REFRESH.format(scan="", only=" AND account_id IN :ids"))
    conn.execute(delete.bindparams(bindparam("ids", expanding=True)), params)
    conn.execute(insert.bindparams(bindparam("ids", expanding=True)), params)


# --- sales by month (the KPI panel's aggregates) ------------------------------------------

_MONTH = {
    "sqlite": "substr(date, 1, 7) || '-01'",
    "postgresql": "CAST(date_trunc('month', date) AS DATE)",
}
# in the order of each table's primary key: its index is written from start to end, not
# at random places (on 400,000 lines the two took 6.1 s in an import, 3.1 s so)
_MONTHS = """
INSERT INTO sale_month (account_id, month, amount_kop, orders)
SELECT account_id, {month} AS m, SUM(amount_kop),
    COUNT(DISTINCT CASE WHEN amount_kop > 0
          THEN COALESCE('d:' || doc_no, 't:' || CAST(date AS VARCHAR(10))) END)
FROM sale_line{scan}
WHERE deleted_at IS NULL{only}
GROUP BY account_id, m
ORDER BY account_id, m
"""
_GROUPS = """
INSERT INTO sale_month_group (account_id, month, product_group)
SELECT account_id, {month} AS m, product_group
FROM sale_line{scan}
WHERE deleted_at IS NULL AND amount_kop > 0 AND product_group IS NOT NULL{only}
GROUP BY account_id, m, product_group
ORDER BY account_id, m, product_group
"""
_FEW = 900  # more accounts than this (bound values): the whole table in one pass
_MOST = 0.25  # a span longer than this share of the sales' days is read from end to end


def rebuild_sales_months(
    conn: Connection,
    accounts: Collection[str] | None = None,
    span: tuple[date, date] | None = None,
) -> None:
    """Replace the monthly aggregates of ``accounts`` (all: ``None``) in the months of
    ``span`` (all: ``None``) with those of their live sale lines."""
    month = _MONTH["postgresql" if conn.dialect.name == "postgresql" else "sqlite"]
    ids = sorted(set(accounts)) if accounts is not None and len(accounts) <= _FEW else None
    if ids is not None and not ids:
        return
    kept: list[str] = []  # what the rows to replace share
    lines: list[str] = []  # what the lines that replace them share
    params: dict[str, Any] = {}
    if ids is not None:
        kept.append("account_id IN :ids")
        lines.append("account_id IN :ids")
        params["ids"] = ids
    if span is not None:
        first = span[0].replace(day=1)
        after = _next_month(span[1])
        kept.append("month >= :m0 AND month < :m1")
        lines.append("date >= :m0 AND date < :m1")
        params["m0"], params["m1"] = adapt_date(conn, first), adapt_date(conn, after)
    scan = " NOT INDEXED" if ids is None and _most_lines(conn, span) else ""
    for table, sql in (("sale_month", _MONTHS), ("sale_month_group", _GROUPS)):
        where = (" WHERE " + " AND ".join(kept)) if kept else ""
        only = "".join(f" AND {c}" for c in lines)
        statement = text(f"DELETE FROM {table}{where}")
        insert = text(sql.format(month=month, only=only, scan=scan))
        if ids is not None:
            statement = statement.bindparams(bindparam("ids", expanding=True))
            insert = insert.bindparams(bindparam("ids", expanding=True))
        conn.execute(statement, params)
        conn.execute(insert, params)


def _most_lines(conn: Connection, span: tuple[date, date] | None) -> bool:
    """On SQLite: whether the lines of ``span`` (all: ``None``) are most of the table, so
    that reading the table through is quicker than through the date index (which visits
    the lines in date order, at random places of the table: 2× slower on 400,000
    lines). PostgreSQL's planner weighs this itself."""
    if conn.dialect.name != "sqlite":
        return False
    if span is None:
        return True
    low, high = conn.execute(text("SELECT MIN(date), MAX(date) FROM sale_line")).one()
    if low is None:
        return False
    low, high = (d if isinstance(d, date) else date.fromisoformat(str(d)) for d in (low, high))
    covered = (min(span[1], high) - max(span[0], low)).days + 1
    return covered > _MOST * ((high - low).days + 1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
