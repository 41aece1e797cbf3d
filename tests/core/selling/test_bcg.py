from datetime import date

import pytest

from core.selling.bcg import (
    BcgError,
    assess,
    assortment_suggestion,
    competition_suggestion,
    decision_maker_suggestion,
    level,
    sow_suggestion,
    strategy,
)
from core.selling.discount import DEFAULT_MAX_DISCOUNT, PolicyError, policy, validate


@pytest.mark.parametrize(
    ("sow", "score"),
    [(0.0, 1), (0.19, 1), (0.2, 2), (0.34, 2), (0.4, 3), (0.6, 4), (0.79, 4), (0.8, 5), (1.0, 5)],
)
def test_share_of_wallet_score(sow, score):
    assert sow_suggestion(sow).score == score


def test_the_reason_says_why():
    assert sow_suggestion(0.34).reason.english() == "SOW 34% → 2"
    assert sow_suggestion(None).score is None


def test_competition_and_assortment():
    assert [competition_suggestion(k).score for k in (1, 2, 3)] == [5, 3, 1]
    assert competition_suggestion(None).score is None
    assert [assortment_suggestion(d).score for d in (1, 2, 3)] == [1, 3, 5]
    assert assortment_suggestion(3, 5).reason.english() == "D3: 5 product groups → 5"


def test_decision_maker_contact():
    today = date(2026, 11, 22)
    assert decision_maker_suggestion(False, None, today).score == 1
    assert decision_maker_suggestion(True, None, today).score == 2
    assert decision_maker_suggestion(True, date(2026, 8, 24), today).score == 5  # 90 days
    assert decision_maker_suggestion(True, date(2026, 8, 23), today).score == 4  # 91 days
    assert decision_maker_suggestion(True, date(2026, 1, 1), today).score == 3
    assert decision_maker_suggestion(True, date(2025, 1, 1), today).score == 2


@pytest.mark.parametrize(
    ("mean", "expected"),
    [(5, "high"), (3.67, "high"), (3.66, "medium"), (2.33, "medium"), (2.32, "low"), (None, None)],
)
def test_levels(mean, expected):
    assert level(mean) == expected


def test_the_matrix():
    assert strategy("high", "high") == "strengthen"
    assert strategy("high", "medium") == strategy("high", "low") == "invest"
    assert strategy("medium", "high") == "invest_selectively"
    assert strategy("medium", "medium") == "protect_focus"
    assert strategy("medium", "low") == "minimise_harvest"
    assert strategy("low", "high") == "protect_position"
    assert strategy("low", "medium") == "harvest"
    assert strategy("low", "low") == "consider_ending"
    assert strategy(None, "high") is None


def test_assess_uses_the_override_and_leaves_out_what_is_unscored():
    suggested = {
        "share_of_wallet": 2,
        "decision_maker_contact": 5,
        "potential": 4,
        "growth": 5,
        "marginality": 3,
        "competition": 3,
        "assortment": 5,
    }
    # relationship: (2 + 5) / 2 = 3.5 → medium; attractiveness: (4+5+3+3+5)/5 = 4.0 → high
    result = assess(suggested, {})
    assert result.relationship == pytest.approx(3.5)
    assert result.attractiveness == pytest.approx(4.0)
    assert result.strategy == "invest"
    # the manager knows more: price orientation 5, loyalty 4, and SOW really 4
    # relationship: (4 + 5 + 4 + 5) / 4 = 4.5 → strong → strengthen
    result = assess(suggested, {"price_orientation": 5, "loyalty": 4, "share_of_wallet": 4})
    assert result.relationship == pytest.approx(4.5)
    assert result.scores["share_of_wallet"] == 4
    assert result.strategy == "strengthen"


def test_no_score_on_an_axis_gives_no_strategy():
    result = assess({"potential": 5}, {})
    assert result.attractiveness_level == "high"
    assert result.relationship_level is None and result.strategy is None


def test_bad_scores_are_refused():
    with pytest.raises(BcgError):
        assess({"potential": 6}, {})
    with pytest.raises(BcgError):
        assess({}, {"charm": 3})


def test_discount_policy_defaults_and_settings():
    assert DEFAULT_MAX_DISCOUNT["strengthen"] == 0.10
    assert DEFAULT_MAX_DISCOUNT["invest"] == 0.12
    assert DEFAULT_MAX_DISCOUNT["consider_ending"] == 0.0
    stored = {"harvest": 0.05, "invest": "lots"}
    assert policy(stored)["harvest"] == 0.05
    assert policy(stored)["invest"] == 0.12  # a broken value falls back to the default
    assert validate({"harvest": 0.04}) == {"harvest": 0.04}
    with pytest.raises(PolicyError):
        validate({"harvest": 1.5})
