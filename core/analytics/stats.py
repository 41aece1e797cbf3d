"""Keeping the per-account figures cache in step with the sales data."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.engine import Connection

from core.analytics.window import analysis_window, previous_window
from storage.stamps import ACCOUNT_FIGURES, SALES, SALES_MONTHS, read_stamp, touch_stamp
from storage.stats import (
    clear_account_stats,
    latest_sale_date,
    rebuild_account_stats,
    rebuild_sales_months,
    stats_as_of,
)

WINDOW_MONTHS = 12
# the way the account figures are made (storage.stats): a new one makes every account's
# figures again, not only those of new lines
FIGURES_FORMAT = 1
_FIGURES = f"{ACCOUNT_FIGURES}.{FIGURES_FORMAT}"  # its stamp: the sales token they were made from


def ensure_sales_months(conn: Connection) -> None:
    """Rebuild the sales by month when they are not those of the sales data as it is
    (after the upgrade that made them; lines written by something else than
    :func:`refresh_account_stats`). In the caller's write transaction."""
    sales = read_stamp(conn, SALES)
    if sales is None or read_stamp(conn, SALES_MONTHS) != sales:
        rebuild_sales_months(conn)
        if sales is None:  # lines written without one: from now on, the sales have one
            sales = touch_stamp(conn, SALES)
        touch_stamp(conn, SALES_MONTHS, sales)


def refresh_account_stats(
    conn: Connection,
    as_of: date | None = None,
    accounts: Collection[str] | None = None,
    span: tuple[date, date] | None = None,
) -> date | None:
    """Rebuild the cache for the as-of date (default: the latest sale date in the data),
    the sales by month (only those of ``accounts`` in the months of ``span`` when only
    their lines of those days changed and the rest was in step) and mark the sales
    data changed (every change of sale lines ends here, in its own transaction).
    Returns the as-of date used, or None when there are no sales."""
    before = read_stamp(conn, SALES)
    in_step = before is not None and read_stamp(conn, SALES_MONTHS) == before
    figures_in_step = before is not None and read_stamp(conn, _FIGURES) == before
    token = touch_stamp(conn, SALES)
    if in_step:
        rebuild_sales_months(conn, accounts, span)
    else:
        rebuild_sales_months(conn)
    touch_stamp(conn, SALES_MONTHS, token)
    as_of = as_of or latest_sale_date(conn)
    if as_of is None:
        clear_account_stats(conn)
        touch_stamp(conn, _FIGURES, token)
        return None
    win = analysis_window(as_of, WINDOW_MONTHS)
    prev = previous_window(as_of, WINDOW_MONTHS)
    # the same day as before and every other line as it was when the figures were made:
    # only these accounts' figures can have changed (a week's sales into a million lines:
    # 1.1 s → 0.1 s)
    only = accounts if figures_in_step and stats_as_of(conn) == as_of else None
    rebuild_account_stats(conn, as_of, (win.start, win.end), (prev.start, prev.end), only)
    touch_stamp(conn, _FIGURES, token)
    return as_of
