"""Discount edges (METHODS.md §11) on tiny hand-built data: an order is its account's
own, a line given away is the deepest discount, a list price below the price paid is no
discount, and a larger deal's tier is the one that counts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.analytics import discounts as D
from core.analytics.dataset import build_dataset
from core.analytics.segments import segment, to_json
from core.selling.discount import DEFAULT_MAX_DISCOUNT, PolicyError, allowed, validate_tiers

COLUMNS = ["account_id", "date", "doc_no", "sku", "product_group", "amount_kop", "cost_kop",
           "discount_kop"]  # fmt: skip


def measured(lines, tiers=()):
    ids = sorted({r[0] for r in lines})
    accounts = pd.DataFrame(
        [(i, i, None, None, None, None, None, None, None, None, "client") for i in ids],
        columns=["id", "name", "inn", "industry", "region", "channel", "manager", "size",
                 "potential_kop", "capacity_units", "status"],
    )  # fmt: skip
    frame = pd.DataFrame([(*r[:6], None, r[6]) for r in lines], columns=COLUMNS)
    seg = segment(build_dataset(accounts, frame), date(2026, 6, 30))
    return D.measure(seg, dict.fromkeys(ids, "harvest"), D.Terms(dict(DEFAULT_MAX_DISCOUNT), tiers))


def test_two_accounts_documents_of_one_number_are_two_orders():
    """Each account's document «1» lists 10 000 ₽; a tier from 15 000 ₽ (+3 points) is
    reached by neither: both keep harvest's 2 %, so 1 000 off each is 800 too much."""
    lines = [("a", "2026-03-01", "1", "S", "G", 900_000, 100_000),
             ("b", "2026-03-01", "1", "S", "G", 900_000, 100_000)]  # fmt: skip
    t = to_json(D.discounts_table(measured(lines, ((1_500_000, 0.03),)), "strategy"))
    assert t["total"]["excess_discount"] == pytest.approx(2 * 800)


def test_a_line_given_away_counts_and_a_negative_discount_does_not():
    """A free line (0 paid, 500 off) is 100 % off: 500 − 2 % × 500 = 490 excess; a list
    price below the price paid (−30) is no discount at all."""
    lines = [("a", "2026-03-01", "1", "S", "G", 0, 50_000),
             ("a", "2026-03-02", "2", "S", "G", 33_000, -3_000)]  # fmt: skip
    total = to_json(D.discounts_table(measured(lines), "strategy"))["total"]
    assert total["lines"] == 2
    assert total["discount"] == pytest.approx(500)
    assert total["list_amount"] == pytest.approx(500 + 330)
    assert total["excess_discount"] == pytest.approx(490)


def test_the_largest_tier_reached_counts_and_tiers_rise_with_the_deal():
    tiers = ((100_000, 0.02), (500_000, 0.05))
    assert allowed(DEFAULT_MAX_DISCOUNT, tiers, "harvest", 600_000) == pytest.approx(0.07)
    assert allowed(DEFAULT_MAX_DISCOUNT, tiers, "harvest", 200_000) == pytest.approx(0.04)
    with pytest.raises(PolicyError):
        validate_tiers([(100_000, 0.05), (500_000, 0.02)])  # more for less: refused
