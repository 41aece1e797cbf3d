"""BCG factor suggestions for every account at once (METHODS.md §5): the factors scored
from the account's place in the client base (quintiles) or from its segment levels.
The rules themselves are in ``core.selling.bcg``; this module only ranks the base."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.engine import Engine

from core.accounts.workspace import (
    all_bcg_overrides,
    decision_maker_meetings,
    latest_bant_totals,
    progress_levels,
)
from core.analytics.segments import (
    Segmentation,
    SegmentTable,
    _aggregate_groups,
    _empty,
    _table,
    ranked_groups,
)
from core.selling.bcg import (
    FACTORS,
    STRATEGIES,
    BcgResult,
    Suggestion,
    assess,
    assess_many,
    assortment_suggestion,
    competition_suggestion,
    decision_maker_suggestion,
    quintile_suggestion,
    sow_suggestion,
)

# account id → (has a decision maker among the contacts, last meeting with one)
DecisionMakers = Mapping[str, tuple[bool, date | None]]


def _quintiles(values: np.ndarray, names: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Quintile 1–5 of ``values`` among the accounts in ``mask`` (0 outside it), ranked
    by the rule of METHODS.md §2 (ascending, ties by name)."""
    out = np.zeros(len(values), dtype=np.int64)
    if mask.any():
        out[mask] = ranked_groups(values[mask], names[mask], 5)
    return out


@dataclass(frozen=True)
class _Inputs:
    """What the suggestions read of every account, as arrays in the frame's order."""

    ids: list[str]
    sow: np.ndarray
    has_dm: np.ndarray
    days_since_dm: np.ndarray  # NaN: no meeting with an ЛПР logged
    last_met: list[date | None]
    q_potential: np.ndarray
    traded: np.ndarray
    growth: np.ndarray
    q_growth: np.ndarray
    q_margin: np.ndarray
    margin: np.ndarray
    k_level: np.ndarray
    competitors: np.ndarray
    d_level: np.ndarray
    groups: np.ndarray
    today: date


def _inputs(seg: Segmentation, decision_makers: DecisionMakers, today: date) -> _Inputs:
    f = seg.clients.frame
    names = f["name"].to_numpy().astype(str)
    ids = [str(i) for i in f["id"]]
    potential = np.nan_to_num(f["potential_kop"].to_numpy(np.float64), nan=0.0)
    revenue = f["revenue"].to_numpy(np.float64)
    previous = f["revenue_prev"].to_numpy(np.float64)
    active = f["active"].to_numpy()
    margin = f["margin"].to_numpy(np.float64)
    traded = (revenue != 0) | (previous != 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(
            previous > 0, (revenue - previous) / np.where(previous > 0, previous, 1), np.inf
        )
    margin_known = seg.clients.cost_known & active & (revenue > 0) & ~np.isnan(margin)
    meetings = [decision_makers.get(i, (False, None)) for i in ids]
    last_met = [met for _has, met in meetings]
    return _Inputs(
        ids=ids,
        sow=f["sow"].to_numpy(np.float64),
        has_dm=np.array([has for has, _met in meetings], dtype=bool),
        days_since_dm=np.array(
            [(today - met).days if met is not None else np.nan for met in last_met], dtype=float
        ),
        last_met=last_met,
        q_potential=_quintiles(potential, names, potential > 0),
        traded=traded,
        growth=growth,
        q_growth=_quintiles(np.where(traded, growth, 0.0), names, traded),
        q_margin=_quintiles(np.nan_to_num(margin), names, margin_known),
        margin=margin,
        k_level=seg.labels["_k"].to_numpy(),
        competitors=seg.labels["_competitors"].to_numpy(),
        d_level=seg.labels["_d"].to_numpy(),
        groups=f["diversity"].to_numpy(),
        today=today,
    )


def _suggest(inp: _Inputs, i: int) -> dict[str, Suggestion]:
    """One account's suggestions with their reasons, by the rules of core.selling.bcg."""
    g = inp.growth[i]
    traded = bool(inp.traded[i])
    sow = inp.sow[i]
    return {
        "share_of_wallet": sow_suggestion(None if np.isnan(sow) else float(sow)),
        "decision_maker_contact": decision_maker_suggestion(
            bool(inp.has_dm[i]), inp.last_met[i], inp.today
        ),
        "potential": quintile_suggestion("potential", int(inp.q_potential[i]) or None),
        "growth": (
            quintile_suggestion("growth", int(inp.q_growth[i]), ratio=float(g))
            if traded and np.isfinite(g)
            else quintile_suggestion("growth_new", int(inp.q_growth[i]))
            if traded
            else quintile_suggestion("growth", None)
        ),
        "marginality": quintile_suggestion(
            "margin", int(inp.q_margin[i]) or None, share=float(np.nan_to_num(inp.margin[i]))
        ),
        "competition": competition_suggestion(int(inp.k_level[i]) or None, int(inp.competitors[i])),
        "assortment": assortment_suggestion(int(inp.d_level[i]) or None, int(inp.groups[i])),
    }


def _suggested_scores(inp: _Inputs) -> dict[str, np.ndarray]:
    """Every account's suggested score per factor at once (NaN: no suggestion): the same
    rules as ``_suggest`` without building a reason per account. A test holds the two
    equal account by account."""
    nan = np.nan
    sow = inp.sow
    sow_score = 1.0 + sum((np.nan_to_num(sow, nan=-1.0) >= e).astype(float)
                          for e in (0.2, 0.4, 0.6, 0.8))  # fmt: skip
    days = inp.days_since_dm
    met = np.select([days <= 90, days <= 180, days <= 365], [5.0, 4.0, 3.0], 2.0)
    dm = np.where(~inp.has_dm, 1.0, np.where(np.isnan(days), 2.0, met))
    competition = np.array([nan, 5.0, 3.0, 1.0])[np.asarray(inp.k_level, dtype=np.int64)]
    assortment = np.array([nan, 1.0, 3.0, 5.0])[np.asarray(inp.d_level, dtype=np.int64)]

    def quintile(q: np.ndarray) -> np.ndarray:
        return np.where(q > 0, q.astype(float), nan)

    return {
        "share_of_wallet": np.where(np.isnan(sow), nan, sow_score),
        "decision_maker_contact": dm,
        "potential": quintile(inp.q_potential),
        "growth": np.where(inp.traded, inp.q_growth.astype(float), nan),
        "marginality": quintile(inp.q_margin),
        "competition": competition,
        "assortment": assortment,
    }


def bcg_suggestions(
    seg: Segmentation, decision_makers: DecisionMakers, today: date
) -> dict[str, dict[str, Suggestion]]:
    """Account id → factor → the suggested score with its reason, for every account.
    Price orientation, dependency and loyalty have no data behind them: the manager
    scores those."""
    inp = _inputs(seg, decision_makers, today)
    return {account_id: _suggest(inp, i) for i, account_id in enumerate(inp.ids)}


class AccountScores:
    """What the list, the labels, the card and the BCG matrix need of every account's
    scoring. The levels and strategies of all accounts are computed at once; an
    account's suggestions with their reasons, and its full result, when asked for."""

    def __init__(
        self,
        inputs: _Inputs | None,
        used: dict[str, np.ndarray],
        overrides: dict[str, dict[str, int | None]],
        bant: dict[str, int],
        progress: dict[str, float],
        revenue: dict[str, float],
        ids: list[str] | None = None,
    ) -> None:
        self._inputs = inputs
        self.ids = inputs.ids if inputs is not None else list(ids or [])
        self._position = {account_id: i for i, account_id in enumerate(self.ids)}
        self._used = used  # factor → the score used per account (NaN: none)
        self.overrides = overrides
        self.bant = bant
        self.progress = progress
        self.revenue = revenue  # roubles in the window: the bubbles of the BCG matrix
        self._revenue_array: np.ndarray | None = None
        self.relationship, self.attractiveness, strategies = assess_many(used)
        self._strategy = dict(zip(self.ids, strategies, strict=True))

    @classmethod
    def from_scores(
        cls, scores: dict[str, dict[str, int | None]], revenue: dict[str, float] | None = None
    ) -> AccountScores:
        """Scores given by hand (account → factor → score), without suggestions."""
        ids = list(scores)
        used = {
            f: np.array([np.nan if (v := scores[a].get(f)) is None else v for a in ids], float)
            for f in FACTORS
        }
        return cls(None, used, {}, {}, {}, revenue or {}, ids)

    def suggestions(self, account_id: str) -> dict[str, Suggestion]:
        i = self._position.get(account_id)
        if i is None or self._inputs is None:
            return {}
        return _suggest(self._inputs, i)

    def strategy(self, account_id: str) -> str | None:
        return self._strategy.get(account_id)

    def result(self, account_id: str) -> BcgResult | None:
        i = self._position.get(account_id)
        if i is None:
            return None
        used = {f: None if np.isnan(v := self._used[f][i]) else int(v) for f in FACTORS}
        return assess(used, {})

    def matrix_points(
        self, highlight: str | None = None, own: BcgResult | None = None
    ) -> np.ndarray:
        """The bubbles of the 3×3 matrix, one row per account with both axes scored:
        (relationship, attractiveness, revenue in roubles, 1.0 for the highlighted
        account, else 0.0); ``own`` replaces the highlighted account's stored result (the
        card's unsaved state). An array, so that it is built without a Python loop and
        sent to the worker process that draws it as one block of bytes."""
        n = len(self.ids)
        rel = np.asarray(self.relationship, dtype=float).copy()
        att = np.asarray(self.attractiveness, dtype=float).copy()
        hot = np.zeros(n)
        where = self._position.get(highlight) if highlight is not None else None
        if where is not None:
            hot[where] = 1.0
            if own is not None:
                rel[where] = own.relationship if own.relationship is not None else np.nan
                att[where] = own.attractiveness if own.attractiveness is not None else np.nan
        revenue = self._revenue_array
        if revenue is None or len(revenue) != n:
            revenue = np.array([self.revenue.get(a, 0.0) for a in self.ids], float)
            self._revenue_array = revenue
        keep = ~np.isnan(rel) & ~np.isnan(att)
        return np.column_stack([rel, att, revenue, hot])[keep]

    def labels(self, account_id: str) -> dict[str, Any]:
        return {
            "bant": self.bant.get(account_id),
            "bcg_strategy": self._strategy.get(account_id),
            "progress_level": self.progress.get(account_id),
        }


def account_scores(engine: Engine, seg: Segmentation, today: date | None = None) -> AccountScores:
    """Suggested BCG scores for every account with the managers' overrides, the levels and
    strategies, the latest BANT totals and the progress levels (a few small queries)."""
    inp = _inputs(seg, decision_maker_meetings(engine, upto=today), today or date.today())
    f = seg.clients.frame
    revenue = dict(zip(inp.ids, f["revenue"].to_numpy(np.float64) / 100, strict=True))
    return rescored(engine, inp.ids, _suggested_scores(inp), today, inp, revenue)


def suggested_factors(scores: AccountScores) -> dict[str, np.ndarray]:
    """The suggested BCG scores behind ``scores`` (factor → score per account of
    ``scores.ids``, NaN: none), which :func:`rescored` takes back: what of the scoring
    comes from the sales, apart from what the managers gave (overrides, BANT, plans)."""
    assert scores._inputs is not None, "the scores of account_scores"
    return _suggested_scores(scores._inputs)


def rescored(
    engine: Engine,
    ids: list[str],
    suggested: Mapping[str, np.ndarray],
    today: date | None = None,
    inputs: _Inputs | None = None,
    revenue: dict[str, float] | None = None,
) -> AccountScores:
    """The scoring of the accounts ``ids`` from their suggested BCG scores: the managers'
    overrides, the latest BANT totals and the progress levels read now (small queries);
    without ``inputs`` (as :func:`account_scores` made them) it gives no suggestions."""
    n = len(ids)
    used = {f: np.array(suggested.get(f, np.full(n, np.nan)), float) for f in FACTORS}
    overrides = all_bcg_overrides(engine, upto=today)
    position = {account_id: i for i, account_id in enumerate(ids)}
    for account_id, factors in overrides.items():
        i = position.get(account_id)
        if i is None:
            continue
        for factor, value in factors.items():
            if value is not None and factor in used:
                used[factor][i] = value
    return AccountScores(
        inputs,
        used,
        overrides,
        latest_bant_totals(engine, upto=today),
        progress_levels(engine),
        revenue or {},
        ids,
    )


BCG_COLUMNS = (
    "revenue",
    "revenue_share",
    "gross_profit",
    "gross_profit_share",
    "clients",
    "clients_share",
    "avg_check",
    "avg_sow",
)
UNSCORED = "unscored"  # the row of accounts without a strategy (no factor scored)


def bcg_table(seg: Segmentation, scores: AccountScores) -> SegmentTable:
    """Every account (prospects too) by its BCG strategy, in the order of the matrix
    from "strengthen" to "consider ending"; the accounts with no factor scored last."""
    f = seg.clients.frame.join(seg.labels)
    strategy = [scores.strategy(str(i)) or UNSCORED for i in f["id"]]
    key = pd.Series(strategy, index=f.index)
    totals = {
        "revenue": float(f["revenue"].sum()),
        "gross_profit": float(f["gross_profit"].sum()),
        "clients": float(len(f)),
    }
    values = _aggregate_groups(f, key, totals, seg)
    everything = _aggregate_groups(f, pd.Series("total", index=f.index), totals, seg)
    members = dict(list(f.groupby(key, sort=False)["id"]))

    def row(name: str, level: int, data: dict[str, Any], ids: list[str]) -> dict[str, Any]:
        return {"segment": name, "level": level, **{c: data[c] for c in BCG_COLUMNS},
                "accounts": ids}  # fmt: skip

    rows = [
        row(name, 0, values[name], [str(i) for i in members[name]])
        for name in (*STRATEGIES, UNSCORED)
        if name in values
    ]
    total = row("total", 2, everything.get("total", _empty(BCG_COLUMNS)), [str(i) for i in f["id"]])
    return _table(seg, "bcg", BCG_COLUMNS, rows, total)
