"""The discount policy and the analysis thresholds kept with the data (both engines)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core import company_settings as cs
from core.analytics.segments import ThresholdError, Thresholds
from core.database import open_database
from core.selling.discount import PolicyError


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_the_discount_policy_starts_at_the_issues_defaults_and_keeps_a_change(db):
    policy = cs.discount_policy(db)
    assert policy == {
        "strengthen": 0.10, "invest": 0.12, "invest_selectively": 0.08,
        "protect_focus": 0.07, "protect_position": 0.05, "minimise_harvest": 0.03,
        "harvest": 0.02, "consider_ending": 0.0,
        "new_client": 0.05,  # METHODS.md §5: an account without a strategy yet
    }  # fmt: skip
    cs.save_discount_policy(db, {**policy, "invest": 0.15})
    assert cs.discount_policy(db)["invest"] == 0.15
    assert cs.discount_policy(db)["harvest"] == 0.02
    with pytest.raises(PolicyError):
        cs.save_discount_policy(db, {"invest": 1.5})
    assert cs.discount_policy(db)["invest"] == 0.15  # the refused value left nothing
    cs.reset_discount_policy(db)
    assert cs.discount_policy(db)["invest"] == 0.12


def test_thresholds_are_checked_before_they_are_kept(db):
    assert cs.thresholds(db) == Thresholds()
    cs.save_thresholds(db, replace(Thresholds(), abc_a=0.7, top_n=10))
    assert cs.thresholds(db).abc_a == 0.7 and cs.thresholds(db).top_n == 10
    with pytest.raises(ThresholdError) as error:
        cs.save_thresholds(db, replace(Thresholds(), abc_a=0.96))  # A above B
    assert (error.value.name, error.value.other) == ("abc_a", "abc_b")
    assert cs.thresholds(db).abc_a == 0.7
    cs.reset_thresholds(db)
    assert cs.thresholds(db) == Thresholds()


def test_deal_size_tiers_and_the_financing_rate_are_kept_and_read_by_the_guard(db):
    """METHODS.md §5: a deal whose list amount reaches a tier allows its extra points on
    top of the strategy's maximum: harvest 2 %, a tier from 100 000 ₽ with 3 points more
    gives 5 % for a deal of exactly 100 000 ₽, 2 % for one kopeck less; the new client's
    5 % becomes 9 % from 500 000 ₽ (the largest tier reached)."""
    from core.selling.proposal_docs import discount_maximum

    assert cs.discount_terms(db) == ((), 0.16)  # no tier; the TCO's usual 16 % a year
    # a row typed in part (an amount, no extra yet) is not kept, nor an empty one
    cs.save_discount_terms(db, [(50_000_000, 0.04), (10_000_000, 0.03), (7_000, 0.0)], 0.12)
    assert cs.discount_terms(db) == (((10_000_000, 0.03), (50_000_000, 0.04)), 0.12)
    assert discount_maximum(db, "harvest", 9_999_999) == pytest.approx(0.02)
    assert discount_maximum(db, "harvest", 10_000_000) == pytest.approx(0.05)
    assert discount_maximum(db, None, 60_000_000) == pytest.approx(0.09)
    with pytest.raises(PolicyError):
        cs.save_discount_terms(db, [(10_000_000, 0.6)], 0.12)  # more than 50 points
    with pytest.raises(PolicyError):
        cs.save_discount_terms(db, [(10_000_000, 0.01), (10_000_000, 0.02)], 0.12)
    cs.reset_discount_policy(db)
    assert cs.discount_terms(db) == ((), 0.16)
