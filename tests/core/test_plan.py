from datetime import date

import pytest

from core.accounts.plan import (
    MILESTONES,
    PlanError,
    dsl_dimension,
    milestone_text,
    monthly_revenue,
    progress_level,
    share_reached,
    yearly_indicators,
)
from core.analytics.client_metrics import Line

SEED = {
    "dsl_level": 3,
    "equipment_park": 4,
    "joint_projects_level": 3,
    "production_visit": 3,
    "joint_promo": 4,
    "decision_maker_knowledge": 4,
}


def test_the_seeds_progress_level():
    assert progress_level(SEED) == pytest.approx(3.5)


def test_progress_level_of_what_is_rated():
    assert progress_level({"dsl_level": 2, "joint_promo": 5}) == pytest.approx(3.5)
    assert progress_level({}) is None
    with pytest.raises(PlanError):
        progress_level({"dsl_level": 6})


def test_milestones_are_the_23_of_the_seed():
    assert len(MILESTONES) == 23
    assert milestone_text(1, "ru").startswith("Отправляем презентацию")
    assert milestone_text(23, "en") == "Our people attend the client's internal meetings"
    assert share_reached([1, 2, 2, 5]) == pytest.approx(3 / 23)


def test_dsl_dimension_from_the_dsl_level():
    assert [dsl_dimension(x) for x in (1, 2, 3, None)] == [1, 3, 5, None]


def line(d, doc, sku, amount, group="g"):
    return Line(date.fromisoformat(d), doc, sku, group, 1.0, amount)


LINES = [
    line("2024-03-01", "1", "a", 100_00),
    line("2024-03-01", "1", "b", 50_00),
    line("2024-11-05", "2", "a", 150_00),
    line("2025-02-10", "3", "a", 300_00),
    line("2025-02-11", "4", "c", -20_00),  # a return: revenue, but no check
]


def test_yearly_indicators_by_hand():
    years = yearly_indicators(LINES)
    assert [y.year for y in years] == [2024, 2025]
    y24, y25 = (y.metrics for y in years)
    # 2024: revenue 100 + 50 + 150 = 300; checks 1 and 2; slots (1,a) (1,b) (2,a) = 3
    assert y24.revenue_kop == 300_00
    assert y24.orders == 2
    assert y24.avg_check_kop == 150_00
    assert y24.check_depth == pytest.approx(1.5)
    assert y24.avg_sku_cost_kop == 100_00
    assert y24.skus_sold == 2
    assert y24.ltv_kop == 300_00
    # 2025: 300 − 20 = 280 revenue, one check; LTV = all history to the year's end = 580
    assert y25.revenue_kop == 280_00
    assert y25.orders == 1
    assert y25.ltv_kop == 580_00


def test_monthly_revenue_of_the_last_months():
    months = monthly_revenue(LINES, date(2025, 2, 28), 4)
    assert months == [
        (date(2024, 11, 1), 150_00),
        (date(2024, 12, 1), 0),
        (date(2025, 1, 1), 0),
        (date(2025, 2, 1), 280_00),
    ]
