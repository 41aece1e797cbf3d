"""The per-account figures cache (``account_stats``), rebuilt by one SQL aggregate."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
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
FROM sale_line
WHERE deleted_at IS NULL
GROUP BY account_id
"""


def latest_sale_date(conn: Connection) -> date | None:
    value = conn.execute(text("SELECT MAX(date) FROM sale_line WHERE deleted_at IS NULL")).scalar()
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value


def clear_account_stats(conn: Connection) -> None:
    conn.execute(text("DELETE FROM account_stats"))


def rebuild_account_stats(
    conn: Connection,
    as_of: date,
    window: tuple[date, date],
    previous: tuple[date, date],
) -> None:
    """Replace the cache with the figures for ``window`` and ``previous`` (inclusive)."""
    conn.execute(text("DELETE FROM account_stats"))
    conn.execute(
        text(_REFRESH),
        {
            "as_of": adapt_date(conn, as_of),
            "ws": adapt_date(conn, window[0]),
            "we": adapt_date(conn, window[1]),
            "ps": adapt_date(conn, previous[0]),
            "pe": adapt_date(conn, previous[1]),
        },
    )
