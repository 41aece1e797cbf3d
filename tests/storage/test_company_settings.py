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
