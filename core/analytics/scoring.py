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
    STRATEGIES,
    BcgResult,
    Suggestion,
    assess,
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


def bcg_suggestions(
    seg: Segmentation, decision_makers: DecisionMakers, today: date
) -> dict[str, dict[str, Suggestion]]:
    """Account id → factor → the suggested score with its reason, for every account.
    Price orientation, dependency and loyalty have no data behind them: the manager
    scores those."""
    f = seg.clients.frame
    names = f["name"].to_numpy().astype(str)
    ids = f["id"].to_numpy()
    potential = np.nan_to_num(f["potential_kop"].to_numpy(np.float64), nan=0.0)
    revenue = f["revenue"].to_numpy(np.float64)
    previous = f["revenue_prev"].to_numpy(np.float64)
    active = f["active"].to_numpy()
    sow = f["sow"].to_numpy(np.float64)
    margin = f["margin"].to_numpy(np.float64)

    q_potential = _quintiles(potential, names, potential > 0)
    traded = (revenue != 0) | (previous != 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(
            previous > 0, (revenue - previous) / np.where(previous > 0, previous, 1), np.inf
        )
    q_growth = _quintiles(np.where(traded, growth, 0.0), names, traded)
    margin_known = seg.clients.cost_known & active & (revenue > 0) & ~np.isnan(margin)
    q_margin = _quintiles(np.nan_to_num(margin), names, margin_known)
    k_level = seg.labels["_k"].to_numpy()
    competitors = seg.labels["_competitors"].to_numpy()
    d_level = seg.labels["_d"].to_numpy()
    groups = f["diversity"].to_numpy()

    result: dict[str, dict[str, Suggestion]] = {}
    for i, account_id in enumerate(ids):
        dm = decision_makers.get(str(account_id), (False, None))
        g = growth[i]
        result[str(account_id)] = {
            "share_of_wallet": sow_suggestion(None if np.isnan(sow[i]) else float(sow[i])),
            "decision_maker_contact": decision_maker_suggestion(dm[0], dm[1], today),
            "potential": quintile_suggestion("potential", int(q_potential[i]) or None),
            "growth": (
                quintile_suggestion("growth", int(q_growth[i]), ratio=float(g))
                if traded[i] and np.isfinite(g)
                else quintile_suggestion("growth_new", int(q_growth[i]))
                if traded[i]
                else quintile_suggestion("growth", None)
            ),
            "marginality": quintile_suggestion(
                "margin", int(q_margin[i]) or None, share=float(np.nan_to_num(margin[i]))
            ),
            "competition": competition_suggestion(int(k_level[i]) or None, int(competitors[i])),
            "assortment": assortment_suggestion(int(d_level[i]) or None, int(groups[i])),
        }
    return result


@dataclass(frozen=True)
class AccountScores:
    """What the list, the labels and the BCG matrix need of every account's scoring."""

    suggestions: dict[str, dict[str, Suggestion]]
    overrides: dict[str, dict[str, int | None]]
    results: dict[str, BcgResult]
    bant: dict[str, int]
    progress: dict[str, float]
    revenue: dict[str, float]  # roubles in the window: the bubbles of the BCG matrix

    def matrix_points(
        self, highlight: str | None = None, own: BcgResult | None = None
    ) -> list[tuple[float, float, float, bool]]:
        """The bubbles of the 3×3 matrix: (relationship, attractiveness, revenue in
        roubles, highlighted) for every account with both axes scored; ``own`` replaces
        the highlighted account's stored result (the card's unsaved state)."""
        out = []
        for account_id, result in self.results.items():
            hot = account_id == highlight
            if hot and own is not None:
                result = own
            if result.relationship is not None and result.attractiveness is not None:
                revenue = self.revenue.get(account_id, 0.0)
                out.append((result.relationship, result.attractiveness, revenue, hot))
        return out

    def labels(self, account_id: str) -> dict[str, Any]:
        result = self.results.get(account_id)
        return {
            "bant": self.bant.get(account_id),
            "bcg_strategy": result.strategy if result else None,
            "progress_level": self.progress.get(account_id),
        }


def account_scores(engine: Engine, seg: Segmentation, today: date | None = None) -> AccountScores:
    """Suggested BCG scores for every account with the managers' overrides, the levels and
    strategies, the latest BANT totals and the progress levels (a few small queries)."""
    today = today or date.today()
    suggestions = bcg_suggestions(seg, decision_maker_meetings(engine), today)
    overrides = all_bcg_overrides(engine)
    results = {
        account_id: assess({f: s.score for f, s in factors.items()}, overrides.get(account_id, {}))
        for account_id, factors in suggestions.items()
    }
    f = seg.clients.frame
    revenue = dict(zip(f["id"].astype(str), f["revenue"].to_numpy(np.float64) / 100, strict=True))
    return AccountScores(
        suggestions,
        overrides,
        results,
        latest_bant_totals(engine),
        progress_levels(engine),
        revenue,
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
    strategy = [
        (r.strategy if (r := scores.results.get(str(i))) is not None else None) or UNSCORED
        for i in f["id"]
    ]
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
