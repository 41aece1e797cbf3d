"""TCO over a horizon, checked against a hand-worked example, and the Elements of Value."""

from __future__ import annotations

import pytest

from core.selling.tco import (
    ELEMENTS,
    TIERS,
    TcoError,
    TcoOption,
    check_elements,
    compare,
    element_name,
    total_cost,
)

R = 100  # kopecks in a rouble

# Ours: price 1 200 000 ₽, delivery 20 000, installation 30 000, training 10 000; a year:
# consumables 50 000, maintenance 40 000, downtime 10 h × 15 000 = 150 000; disposal 10 000.
OURS = TcoOption(
    price_kop=1_200_000 * R, delivery_kop=20_000 * R, installation_kop=30_000 * R,
    training_kop=10_000 * R, consumables_per_year_kop=50_000 * R,
    maintenance_per_year_kop=40_000 * R, downtime_hours_per_year=10,
    loss_per_hour_kop=15_000 * R, disposal_kop=10_000 * R,
)  # fmt: skip
# Theirs: price 1 000 000 ₽ paid 90 days ahead at 16 %: 1 000 000 × 0.16 × 90 / 365 =
# 39 452.054… ₽ → 3 945 205 kopecks; delivery 50 000, installation 30 000; a year:
# consumables 80 000, maintenance 90 000, downtime 40 h × 15 000 = 600 000; disposal 10 000.
THEIRS = TcoOption(
    price_kop=1_000_000 * R, delivery_kop=50_000 * R, installation_kop=30_000 * R,
    consumables_per_year_kop=80_000 * R, maintenance_per_year_kop=90_000 * R,
    downtime_hours_per_year=40, loss_per_hour_kop=15_000 * R, financing_rate=0.16,
    prepayment_days=90, disposal_kop=10_000 * R,
)  # fmt: skip


def test_our_offer_over_three_years_by_hand():
    # year 1: 1 200 000 + 20 000 + 30 000 + 10 000 + (50 000 + 40 000 + 150 000) = 1 500 000
    # year 2: 240 000; year 3: 240 000 + disposal 10 000 = 250 000; total 1 990 000
    result = total_cost(OURS, 3)
    assert result.per_year == (1_500_000 * R, 240_000 * R, 250_000 * R)
    assert result.total == 1_990_000 * R
    assert result.by_line["downtime"] == 450_000 * R
    assert result.by_line["price"] == 1_200_000 * R
    assert sum(result.by_line.values()) == result.total


def test_the_client_option_and_the_saving_by_hand():
    # year 1: 1 000 000 + 50 000 + 30 000 + 39 452.05 + 770 000 = 1 889 452.05
    # year 2: 770 000; year 3: 780 000; total 3 439 452.05
    assert THEIRS.financing_kop == 3_945_205
    comparison = compare(OURS, THEIRS, 3)
    assert comparison.theirs.per_year == (188_945_205, 770_000 * R, 780_000 * R)
    assert comparison.theirs.total == 343_945_205
    assert comparison.saving == 343_945_205 - 199_000_000  # 1 449 452.05 ₽
    assert comparison.saving_share == pytest.approx(144_945_205 / 343_945_205)
    assert comparison.healthy(OURS, THEIRS)  # our price is higher, the total lower
    cheaper_but_costlier = TcoOption(price_kop=900_000 * R, downtime_hours_per_year=200,
                                     loss_per_hour_kop=15_000 * R)  # fmt: skip
    assert not compare(cheaper_but_costlier, THEIRS, 3).healthy(cheaper_but_costlier, THEIRS)


def test_one_year_puts_disposal_in_year_one_and_bad_input_is_refused():
    one = total_cost(TcoOption(price_kop=100, consumables_per_year_kop=10, disposal_kop=5), 1)
    assert one.per_year == (115,)
    with pytest.raises(TcoError):
        total_cost(OURS, 0)
    with pytest.raises(TcoError):
        TcoOption(price_kop=-1)
    with pytest.raises(TcoError):
        TcoOption(financing_rate=16)  # a percentage typed as a number
    assert TcoOption.from_dict(OURS.to_dict()) == OURS


def test_the_forty_elements_of_value_in_five_tiers():
    assert len(ELEMENTS) == 40
    counts = {tier: sum(1 for t, *_ in ELEMENTS.values() if t == tier) for tier in TIERS}
    assert counts == {"table_stakes": 4, "functional": 5, "ease_of_doing_business": 21,
                      "individual": 7, "inspirational": 3}  # fmt: skip
    assert element_name("cost_reduction", "ru") == "Снижение затрат"
    assert check_elements(["hope", "acceptable_price"]) == ["acceptable_price", "hope"]
    with pytest.raises(TcoError):
        check_elements(["free_lunch"])
