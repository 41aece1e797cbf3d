"""Per-client metrics on a hand-worked fixture (METHODS.md §2)."""

from datetime import date

import pytest

from core.analytics.client_metrics import Line, client_metrics, share_of_wallet
from core.analytics.window import analysis_window

AS_OF = date(2024, 12, 31)  # window: Jan–Dec 2024


def L(d, doc, sku, group, qty, amount, cost=None):
    return Line(d, doc, sku, group, qty, amount, cost)


LINES = [
    # before the window: counts in LTV only
    L(date(2023, 6, 1), "A-1", "s1", "g1", 1, 50_000, 30_000),
    # order A-2, two SKUs, two groups, January
    L(date(2024, 1, 10), "A-2", "s1", "g1", 2, 100_000, 60_000),
    L(date(2024, 1, 10), "A-2", "s2", "g2", 1, 20_000, 10_000),
    # order A-3 in March: the same SKU twice is one slot; cost unknown on one line
    L(date(2024, 3, 5), "A-3", "s1", "g1", 1, 30_000, 20_000),
    L(date(2024, 3, 5), "A-3", "s1", "g1", 1, 30_000, None),
    # a line without a document in March: its own order (account, date)
    L(date(2024, 3, 20), None, "s3", "g2", 1, 40_000, 25_000),
    # a return in May: counts in revenue, not in orders, slots or active months
    L(date(2024, 5, 2), "R-1", "s2", "g2", -1, -20_000, -10_000),
    # after the as-of date: ignored everywhere
    L(date(2025, 1, 3), "A-9", "s1", "g1", 1, 99_000, 1),
]


def test_metrics_worked_by_hand():
    m = client_metrics(LINES, analysis_window(AS_OF), capacity_units=4)
    # revenue: 100000 + 20000 + 30000 + 30000 + 40000 − 20000 = 200000
    assert m.revenue_kop == 200_000
    # gross profit: (100000−60000) + (20000−10000) + (30000−20000) + 30000 (no cost)
    #               + (40000−25000) + (−20000+10000) = 40000+10000+10000+30000+15000−10000
    assert m.gross_profit_kop == 95_000
    assert m.cost_known
    assert m.orders == 3  # (2024-03-20)
    assert m.slots == 4  # (A-2,s1) (A-2,s2) (A-3,s1) (date,s3)
    assert m.skus_sold == 3
    assert m.diversity == 2
    assert m.avg_check_kop == pytest.approx(200_000 / 3)
    assert m.check_depth == pytest.approx(4 / 3)
    assert m.avg_sku_cost_kop == pytest.approx(50_000)
    assert m.active_months == 2  # January and March; May has only a return
    assert m.systematicity == pytest.approx(2 / 12)
    assert m.margin == pytest.approx(95_000 / 200_000)
    assert m.revenue_per_capacity_unit_kop == pytest.approx(50_000)
    assert m.ltv_kop == 250_000  # 200000 + 50000 from 2023
    assert m.last_sale == date(2024, 3, 20)
    assert m.first_sale == date(2023, 6, 1)
    assert m.days_since_purchase == (AS_OF - date(2024, 3, 20)).days == 286


def test_no_cost_anywhere_means_gross_profit_is_revenue():
    lines = [L(date(2024, 2, 1), "X", "a", "g", 1, 10_000)]
    m = client_metrics(lines, analysis_window(AS_OF))
    assert m.gross_profit_kop == m.revenue_kop == 10_000
    assert not m.cost_known


def test_no_lines_gives_empty_metrics():
    m = client_metrics([], analysis_window(AS_OF))
    assert (m.revenue_kop, m.orders, m.avg_check_kop, m.days_since_purchase) == (0, 0, None, None)


def test_share_of_wallet_rules():
    assert share_of_wallet(30_000, 100_000, [0.5]) == pytest.approx(0.3)  # potential first
    assert share_of_wallet(300_000, 100_000, []) == 1.0  # capped
    assert share_of_wallet(1, None, [0.25, 0.35]) == pytest.approx(0.4)  # 1 − Σ shares
    assert share_of_wallet(1, None, []) is None
    assert share_of_wallet(1, 0, [None]) is None
