"""Proposal totals, VAT and the discount guard, worked by hand."""

from __future__ import annotations

import pytest

from core.selling.discount import DEFAULT_MAX_DISCOUNT
from core.selling.proposal import (
    Item,
    ProposalError,
    blocking_excesses,
    discount_excesses,
    emphasised_factors,
    totals,
)

# Kopecks are rounded half up, as on an invoice.
# 10 pumps at 12 345.67 ₽ less 5 % = 123 456.70 × 0.95 = 117 283.865 → 117 283.87 ₽
# 3 services at 2 000 ₽ less 12 % = 6 000 × 0.88 = 5 280 ₽
# 2.5 m of hose at 99.99 ₽, no discount = 249.975 → 249.98 ₽
ITEMS = [
    Item("Насос ЦН-100", 10, 1_234_567, 0.05, sku="P-100"),
    Item("Сервис", 3, 200_000, 0.12),
    Item("Шланг, м", 2.5, 9_999),
]


def test_lines_and_totals_with_vat_by_hand():
    assert [i.amount_kop for i in ITEMS] == [11_728_387, 528_000, 24_998]
    t = totals(ITEMS)
    assert t.gross_kop == 12_345_670 + 600_000 + 24_998  # 12 970 668
    assert t.net_kop == 11_728_387 + 528_000 + 24_998  # 12 281 385 = 122 813.85 ₽
    assert t.discount_kop == 12_970_668 - 12_281_385
    # the default rate, 22 %: 12 281 385 × 0.22 = 2 701 904.7 kopecks, half up
    assert t.vat_kop == 2_701_905
    assert t.total_kop == 14_983_290  # 12 281 385 + 2 701 905 = 149 832.90 ₽
    assert totals(ITEMS, 0.10).vat_kop == 1_228_139  # 1 228 138.5 kopecks, half up
    assert totals([]).total_kop == 0


def test_the_discount_guard_by_hand():
    # strategy "protect position": at most 5 %. The pump's 5 % is within; the service's 12 %
    # is 7 points above: 3 × 2 000 × 0.07 = 420 ₽.
    maximum = DEFAULT_MAX_DISCOUNT["protect_position"]
    excesses = discount_excesses(ITEMS, maximum)
    assert [(e.index, e.excess_kop) for e in excesses] == [(1, 42_000)]
    assert blocking_excesses(ITEMS, maximum) == excesses
    kept = [*ITEMS[:1], Item("Сервис", 3, 200_000, 0.12, keep_reason="ввод в эксплуатацию"),
            ITEMS[2]]  # fmt: skip
    assert discount_excesses(kept, maximum)[0].kept
    assert blocking_excesses(kept, maximum) == []
    # "consider ending": no discount at all, so the pump's 5 % is flagged too:
    # 10 × 12 345.67 × 0.05 = 6 172.835 ₽ → 6 172.84 ₽
    ending = discount_excesses(ITEMS, DEFAULT_MAX_DISCOUNT["consider_ending"])
    assert [(e.index, e.excess_kop) for e in ending] == [(0, 617_284), (1, 72_000)]
    assert discount_excesses(ITEMS, None) == []  # no strategy: nothing to check against


def test_bad_items_are_refused():
    for bad in (dict(name=" ", quantity=1, price_kop=1), dict(name="x", quantity=0, price_kop=1),
                dict(name="x", quantity=1, price_kop=-1),
                dict(name="x", quantity=1, price_kop=1, discount=1.0)):  # fmt: skip
        with pytest.raises(ProposalError):
            Item(**bad)
    with pytest.raises(ProposalError):
        totals(ITEMS, 20)
    assert Item.from_dict(ITEMS[0].to_dict()) == ITEMS[0]


def test_factors_follow_the_roles_addressed():
    assert emphasised_factors(["economic"]) == [
        "acceptable_price",
        "flexibility",
        "stability",
        "commitment",
        "cost_reduction",
    ]
    assert emphasised_factors(["user", "technical"]) == [
        "availability",
        "variety",
        "feedback",
        "functionality",
    ]
    assert len(emphasised_factors([None])) == 9  # nobody's role known: all of them


def test_years_take_the_form_their_number_needs() -> None:
    from core.plurals import count

    # Russian: 1, 21, 101 год; 2–4, 22 года; 5–20, 25 лет (11–14 are "many")
    assert [count(n, "year", "ru") for n in (1, 2, 4, 5, 11, 14, 21, 22, 25, 101)] == [
        "1 год", "2 года", "4 года", "5 лет", "11 лет", "14 лет", "21 год", "22 года",
        "25 лет", "101 год",
    ]  # fmt: skip
    assert [count(n, "year", "en") for n in (1, 3)] == ["1 year", "3 years"]
