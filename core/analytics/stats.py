"""Keeping the per-account figures cache in step with the sales data."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Connection

from core.analytics.window import analysis_window, previous_window
from storage.stamps import SALES, touch_stamp
from storage.stats import clear_account_stats, latest_sale_date, rebuild_account_stats

WINDOW_MONTHS = 12


def refresh_account_stats(conn: Connection, as_of: date | None = None) -> date | None:
    """Rebuild the cache for the as-of date (default: the latest sale date in the data)
    and mark the sales data changed (every change of sale lines ends here, in its own
    transaction). Returns the as-of date used, or None when there are no sales."""
    touch_stamp(conn, SALES)
    as_of = as_of or latest_sale_date(conn)
    if as_of is None:
        clear_account_stats(conn)
        return None
    win = analysis_window(as_of, WINDOW_MONTHS)
    prev = previous_window(as_of, WINDOW_MONTHS)
    rebuild_account_stats(conn, as_of, (win.start, win.end), (prev.start, prev.end))
    return as_of
