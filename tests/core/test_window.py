from datetime import date

import pytest

from core.analytics.window import add_months, analysis_window, previous_window


def test_month_end_as_of_gives_whole_calendar_months():
    w = analysis_window(date(2011, 11, 30))
    assert (w.start, w.end) == (date(2010, 12, 1), date(2011, 11, 30))
    assert len(w.periods) == 12
    assert w.periods[0] == (date(2010, 12, 1), date(2010, 12, 31))
    assert w.periods[1] == (date(2011, 1, 1), date(2011, 1, 31))
    assert w.periods[-1] == (date(2011, 11, 1), date(2011, 11, 30))


def test_february_month_end_keeps_whole_months():
    # 28 Feb is a month end: the periods are calendar months, January ends on the 31st
    w = analysis_window(date(2011, 2, 28))
    assert w.start == date(2010, 3, 1)
    assert w.periods[-2] == (date(2011, 1, 1), date(2011, 1, 31))
    assert previous_window(date(2011, 2, 28)).end == date(2010, 2, 28)


def test_mid_month_as_of_uses_rolling_one_month_periods():
    w = analysis_window(date(2011, 12, 9))
    # as-of − 12 months = 9 Dec 2010, excluded
    assert w.start == date(2010, 12, 10)
    assert w.periods[0] == (date(2010, 12, 10), date(2011, 1, 9))
    assert w.periods[-1] == (date(2011, 11, 10), date(2011, 12, 9))
    assert date(2010, 12, 9) not in w and date(2010, 12, 10) in w
    p = previous_window(date(2011, 12, 9))
    assert (p.start, p.end) == (date(2009, 12, 10), date(2010, 12, 9))


def test_periods_tile_the_window_without_gaps():
    w = analysis_window(date(2024, 3, 30), 6)
    for (_, hi), (lo, _) in zip(w.periods, w.periods[1:], strict=False):
        assert (lo - hi).days == 1
    assert w.period_index(date(2024, 3, 30)) == 5
    assert w.period_index(date(2023, 9, 30)) is None


def test_add_months_clamps_the_day():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)
    with pytest.raises(ValueError):
        analysis_window(date(2024, 1, 1), 0)
