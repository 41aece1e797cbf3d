"""The analysis window of METHODS.md §2, with its precise edges.

When the as-of date is the last day of a month the window is whole calendar months
(the ``months`` months ending with the as-of month); otherwise it is the dates ``d``
with ``as_of − months < d ≤ as_of``. The previous window is the same span before it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


def last_day_of_month(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def is_month_end(d: date) -> bool:
    return d == last_day_of_month(d)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the target month's length."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


@dataclass(frozen=True)
class Window:
    """Dates ``start ≤ d ≤ end``, split into ``periods`` (oldest first) for active months."""

    start: date
    end: date
    periods: tuple[tuple[date, date], ...]

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= d <= self.end

    def period_index(self, d: date) -> int | None:
        """Which period (0 = oldest) holds ``d``; None when outside the window."""
        if not self.start <= d <= self.end:
            return None
        for i, (lo, hi) in enumerate(self.periods):
            if lo <= d <= hi:
                return i
        return None  # pragma: no cover - periods tile the window


def _boundary(as_of: date, months_back: int) -> date:
    """The exclusive lower edge ``as_of − months_back`` (month ends stay month ends)."""
    if is_month_end(as_of):
        return last_day_of_month(add_months(as_of.replace(day=1), -months_back))
    return add_months(as_of, -months_back)


def analysis_window(as_of: date, months: int = 12) -> Window:
    if months < 1:
        raise ValueError("a window has at least one month")
    periods = []
    for k in range(months - 1, -1, -1):
        lo = _boundary(as_of, k + 1) + timedelta(days=1)
        hi = as_of if k == 0 else _boundary(as_of, k)
        periods.append((lo, hi))
    return Window(start=periods[0][0], end=as_of, periods=tuple(periods))


def previous_window(as_of: date, months: int = 12) -> Window:
    """The ``months`` months just before :func:`analysis_window` of the same as-of date."""
    return analysis_window(_boundary(as_of, months), months)
