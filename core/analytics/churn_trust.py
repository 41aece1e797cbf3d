"""How far to trust the churn risk, in words: read by the window's card and Today
screen, which must not load pandas for it (the churn model's module does)."""

from __future__ import annotations

from typing import Any

from core.messages import Text, say

MODEL = "gradient_boosting"
RULE = "rule"


def quality(s: Any) -> Text:
    """How far to trust the risk, in one sentence: the model in use and its backtest
    (``s``: the churn ``Summary``)."""
    b = s.backtest
    model = (
        say("churn_by_model", "learned from the company's history")
        if s.model == MODEL
        else say("churn_by_rule", "too little history for a model: recency against the usual gap")
    )
    # the test is of the model in use only when the history before T had enough for it
    if b.auc is None or b.top_decile_capture is None or b.model != s.model:
        return say("churn_untested", "{model}; too little history to test it yet", model=model)
    return say(
        "churn_quality",
        "{model}; tested on {day}: AUC {auc}, the riskiest 10% held {capture}% of those "
        "who then left",
        model=model,
        day=b.scored_on,
        auc=round(b.auc, 2),
        capture=round(100 * b.top_decile_capture),
    )
