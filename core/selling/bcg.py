"""BCG scoring of an account: attractiveness × relationship (METHODS.md §5).

Ten factors, each scored 1–5. The application suggests a score from data where it can
(with the reason, e.g. ``SOW 34% → 2``); the manager may override it, and both are kept.
Each axis is the mean of its scored factors (the override where given, else the
suggestion); a mean ≥ 3.67 is strong/high, ≥ 2.33 medium, else weak/low. The two
levels give the strategy from the 3×3 matrix.

Suggestions that need the whole client base (quintiles) are computed by the analytics
(``core.analytics.segments.bcg_suggestions``) with the rules below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

RELATIONSHIP = (
    "share_of_wallet",
    "price_orientation",
    "dependency",
    "loyalty",
    "decision_maker_contact",
)
ATTRACTIVENESS = ("potential", "growth", "marginality", "competition", "assortment")
FACTORS = RELATIONSHIP + ATTRACTIVENESS

HIGH_FROM = 3.67
MEDIUM_FROM = 2.33
LEVELS = ("low", "medium", "high")  # relationship: weak / medium / strong, shown in words

# attractiveness level → relationship level → strategy (METHODS.md §5, the 3×3 matrix)
MATRIX: dict[str, dict[str, str]] = {
    "high": {"high": "strengthen", "medium": "invest", "low": "invest"},
    "medium": {
        "high": "invest_selectively",
        "medium": "protect_focus",
        "low": "minimise_harvest",
    },
    "low": {"high": "protect_position", "medium": "harvest", "low": "consider_ending"},
}
STRATEGIES = (
    "strengthen",
    "invest",
    "invest_selectively",
    "protect_focus",
    "minimise_harvest",
    "protect_position",
    "harvest",
    "consider_ending",
)


class BcgError(ValueError):
    pass


def _percent(fraction: float) -> int:
    """A fraction as whole percent, halves away from zero (57.5% → 58%)."""
    scaled = abs(fraction) * 100 + 1e-9
    return int(scaled + 0.5) * (1 if fraction >= 0 else -1)


@dataclass(frozen=True)
class Reason:
    """Why a score was suggested: a code the UI words in its language, and the figures."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        v = {"score": None, **self.values}
        texts = {
            "sow": "SOW {pct} → {score}",
            "sow_unknown": "share of wallet unknown (no potential, no competitor shares)",
            "potential": "potential in quintile {quintile} of the client base → {score}",
            "potential_unknown": "potential unknown",
            "growth": "revenue {change} on the previous window, quintile {quintile} → {score}",
            "growth_new": "no revenue in the previous window, quintile {quintile} → {score}",
            "growth_none": "no sales in either window",
            "margin": "margin {pct}, quintile {quintile} → {score}",
            "margin_unknown": "no cost in the data",
            "competition": "K{k}: {count} competitors known → {score}",
            "competition_unknown": "no competitor data",
            "assortment": "D{d}: {count} product groups → {score}",
            "assortment_none": "no sales in the window",
            "dm_recent": "ЛПР met {days} days ago → {score}",
            "dm_old": "ЛПР last met {days} days ago → {score}",
            "dm_never": "ЛПР known, no meeting logged → {score}",
            "dm_none": "no ЛПР among the contacts → {score}",
            "manual": "scored by the manager",
        }
        if "pct" not in v and "share" in v:
            v["pct"] = f"{_percent(v['share'])}%"
        if "change" not in v and "ratio" in v:
            v["change"] = f"{_percent(v['ratio']):+d}%"
        return texts.get(self.code, self.code).format(**v)


@dataclass(frozen=True)
class Suggestion:
    score: int | None
    reason: Reason


# --- the rules that need only the account ------------------------------------------------


def sow_suggestion(sow: float | None) -> Suggestion:
    """Share of wallet: < 20% → 1, < 40% → 2, < 60% → 3, < 80% → 4, else 5."""
    if sow is None:
        return Suggestion(None, Reason("sow_unknown"))
    score = 1 + sum(sow >= edge for edge in (0.2, 0.4, 0.6, 0.8))
    return Suggestion(score, Reason("sow", {"share": sow, "score": score}))


def competition_suggestion(k_level: int | None, count: int = 0) -> Suggestion:
    """K3 (many competitors) → 1, K2 → 3, K1 → 5."""
    if k_level is None:
        return Suggestion(None, Reason("competition_unknown"))
    score = {1: 5, 2: 3, 3: 1}[k_level]
    return Suggestion(score, Reason("competition", {"k": k_level, "count": count, "score": score}))


def assortment_suggestion(d_level: int | None, groups: int = 0) -> Suggestion:
    """D3 (broad) → 5, D2 → 3, D1 → 1."""
    if d_level is None:
        return Suggestion(None, Reason("assortment_none"))
    score = {1: 1, 2: 3, 3: 5}[d_level]
    return Suggestion(score, Reason("assortment", {"d": d_level, "count": groups, "score": score}))


def quintile_suggestion(code: str, quintile: int | None, **values: Any) -> Suggestion:
    """A factor scored by the account's quintile in the base: quintile 1 → 1 … 5 → 5."""
    if quintile is None:
        return Suggestion(None, Reason(f"{code}_unknown" if code != "growth" else "growth_none"))
    return Suggestion(quintile, Reason(code, {"quintile": quintile, "score": quintile, **values}))


def decision_maker_suggestion(
    has_decision_maker: bool, last_met: date | None, today: date
) -> Suggestion:
    """An ЛПР met in the last 90 days → 5 (METHODS.md §5); our reading of the rest of the
    scale: met within 180 days → 4, within a year → 3, longer ago or never met → 2, no ЛПР
    among the contacts → 1."""
    if not has_decision_maker:
        return Suggestion(1, Reason("dm_none", {"score": 1}))
    if last_met is None:
        return Suggestion(2, Reason("dm_never", {"score": 2}))
    days = (today - last_met).days
    score = 5 if days <= 90 else 4 if days <= 180 else 3 if days <= 365 else 2
    return Suggestion(
        score, Reason("dm_recent" if score == 5 else "dm_old", {"days": days, "score": score})
    )


# --- levels and the strategy ------------------------------------------------------------


def check_score(value: int | None) -> None:
    if value is not None and (
        not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5
    ):
        raise BcgError(f"a BCG score is a whole number from 1 to 5, not {value!r}")


def level(mean: float | None) -> str | None:
    """≥ 3.67 → high (strong), ≥ 2.33 → medium, else low (weak); None when unscored."""
    if mean is None:
        return None
    if mean >= HIGH_FROM:
        return "high"
    if mean >= MEDIUM_FROM:
        return "medium"
    return "low"


def strategy(attractiveness: str | None, relationship: str | None) -> str | None:
    if attractiveness is None or relationship is None:
        return None
    return MATRIX[attractiveness][relationship]


@dataclass(frozen=True)
class BcgResult:
    scores: dict[str, int | None]  # the score used per factor: override, else suggestion
    relationship: float | None  # the mean
    attractiveness: float | None
    relationship_level: str | None
    attractiveness_level: str | None
    strategy: str | None


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def assess(suggested: Mapping[str, int | None], overrides: Mapping[str, int | None]) -> BcgResult:
    """Combine the suggested scores with the manager's overrides into levels and strategy.
    A factor with neither is left out of its axis' mean; an axis with no factor scored has
    no level, and then there is no strategy."""
    for value in (*suggested.values(), *overrides.values()):
        check_score(value)
    unknown = (set(suggested) | set(overrides)) - set(FACTORS)
    if unknown:
        raise BcgError(f"unknown BCG factors: {', '.join(sorted(unknown))}")
    used: dict[str, int | None] = {}
    for factor in FACTORS:
        override = overrides.get(factor)
        used[factor] = override if override is not None else suggested.get(factor)
    rel = _mean([v for f in RELATIONSHIP if (v := used[f]) is not None])
    att = _mean([v for f in ATTRACTIVENESS if (v := used[f]) is not None])
    rel_level, att_level = level(rel), level(att)
    return BcgResult(used, rel, att, rel_level, att_level, strategy(att_level, rel_level))


LEVELS = ("low", "medium", "high")


def assess_many(
    scores: Mapping[str, Any],
) -> tuple[Any, Any, list[str | None]]:
    """``assess`` for many accounts at once: ``scores`` maps each factor to an array of
    the scores used (override, else suggestion; NaN where neither). Returns the
    relationship and attractiveness means (NaN when an axis has no score) and the
    strategies, by the same rules as ``assess``."""
    import numpy as np

    n = len(next(iter(scores.values()))) if scores else 0

    def axis(factors: tuple[str, ...]) -> Any:
        stack = np.vstack([np.asarray(scores.get(f, np.full(n, np.nan)), float) for f in factors])
        known = ~np.isnan(stack)
        count = known.sum(axis=0)
        total = np.where(known, stack, 0.0).sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(count > 0, total / np.maximum(count, 1), np.nan)

    rel, att = axis(RELATIONSHIP), axis(ATTRACTIVENESS)

    def levels(mean: Any) -> Any:
        return np.where(
            np.isnan(mean), -1, np.where(mean >= HIGH_FROM, 2, np.where(mean >= MEDIUM_FROM, 1, 0))
        )

    rel_level, att_level = levels(rel), levels(att)
    strategies: list[str | None] = [
        MATRIX[LEVELS[a]][LEVELS[r]] if a >= 0 and r >= 0 else None
        for a, r in zip(att_level.tolist(), rel_level.tolist(), strict=True)
    ]
    return rel, att, strategies
