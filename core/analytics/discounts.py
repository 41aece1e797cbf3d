"""Discounts in the sales history (METHODS.md §11, seed 000's Block 2): how much the
managers give off the list, how much of it goes beyond the policy of the account's BCG
strategy (the excess discount, «лишняя скидка»), and what late payment costs (the
implicit discount, «неявная скидка»).

Every sale line of the analysis window with a positive amount takes part; returns are
left out. A line's discount was resolved at import (a discount column, a list price or
a discount per cent); a line without any has no discount data and is counted apart. The
allowed rate is the policy's maximum for the account's current strategy (the new-client
value without one), plus the extra of the deal-size tier its order reaches: an order's
size is the list amount of all its lines (a document, or the account's day without one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from core.analytics.segments import Segmentation, SegmentTable
from core.selling.bcg import STRATEGIES
from core.selling.discount import allowed

BY = ("strategy", "manager", "group", "abc")
COLUMNS = (
    "revenue",
    "list_amount",
    "discount",
    "discount_rate",
    "lines",
    "lines_above_policy",
    "lines_above_policy_share",
    "excess_discount",
    "excess_share",
    "implicit_discount",
    "headline_share",
)
MONEY = {"revenue", "list_amount", "discount", "excess_discount", "implicit_discount"}
UNSCORED = "unscored"
NONE = "none"  # the row of lines with no manager, product group or ABC class
_DAY = np.timedelta64(1, "D")


@dataclass(frozen=True)
class Terms:
    """The policy the history is measured against."""

    limits: dict[str, float]  # strategy (and "new_client") → the maximum discount
    tiers: tuple[tuple[int, float], ...] = ()  # (deal list amount from, kopecks; extra)
    financing_rate: float = 0.16  # a year, for the implicit discount


@dataclass
class Measured:
    """The window's lines with their discount figures, and each account's implicit
    discount; every table and the card read these."""

    as_of: date
    months: int
    lines: pd.DataFrame  # acc, day, order, group, amount, discount, has_data, list, allowed…
    implicit: np.ndarray  # kopecks per account (dataset order)
    strategies: list[str | None]  # per account
    accounts: pd.DataFrame  # the dataset's accounts (id, name, manager, …)
    abc: np.ndarray  # per account: "A"/"B"/"C" or None
    group_names: np.ndarray  # the product groups' names (``lines.group`` indexes it)
    limits: dict[str, float]  # the policy's maximum by strategy (and the new client's)


def measure(seg: Segmentation, strategies: dict[str, str | None], terms: Terms) -> Measured:
    """The discount figures of every line of the window (METHODS.md §11)."""
    ds = seg.dataset
    assert ds is not None
    window = seg.clients.window
    lines = ds.lines
    day = lines["date"].to_numpy()
    # the lines sold (a line given away, 0 paid, is the deepest discount); returns are out
    inside = (
        (day >= np.datetime64(window.start, "s"))
        & (day <= np.datetime64(window.end, "s"))
        & (lines["amount_kop"].to_numpy() >= 0)
    )
    part = lines[inside]
    acc = part["acc"].to_numpy(np.int64)
    amount = part["amount_kop"].to_numpy(np.float64)
    # a list price below the price paid is no discount (a negative one would lower it)
    discount = np.maximum(part["discount_kop"].to_numpy(np.float64), 0.0)
    has = ~np.isnan(discount)
    listed = amount + np.where(has, discount, 0.0)
    # an order: the account's document, or its day for lines without one (§2); two
    # accounts' documents of the same number are two orders
    days = part["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    doc = part["doc"].to_numpy(np.int64)
    order = np.where(doc >= 0, acc * (1 << 32) + doc, -(acc * 100_000 + days % 100_000) - 1)
    ids = ds.accounts["id"].astype(str).tolist()
    strategy_of = [strategies.get(i) for i in ids]
    keep = listed > 0
    if not keep.all():
        part, acc, amount, discount, has, listed, order = (
            part[keep], acc[keep], amount[keep], discount[keep], has[keep], listed[keep],
            order[keep],
        )  # fmt: skip
    base = np.array([allowed(terms.limits, (), s) for s in strategy_of] or [0.0])
    limit = line_limits(listed, order, base[acc] if len(acc) else np.zeros(0), terms.tiers)
    excess = excess_of(discount, listed, limit)
    frame = pd.DataFrame(
        {
            "acc": acc,
            "date": part["date"].to_numpy(),
            "order": order,
            "group": part["group"].to_numpy(np.int64),
            "amount": amount,
            "discount": np.where(has, discount, 0.0),
            "has_data": has,
            "list": listed,
            "allowed": limit,
            "excess": excess,
            "above": has & (excess > 0.5),  # more than half a kopeck over
        }
    )
    labels = seg.labels
    abc = labels["abc"].to_numpy(dtype=object) if "abc" in labels else np.full(len(ids), None)
    return Measured(
        seg.clients.as_of,
        seg.clients.months,
        frame,
        _implicit(ds.receivables, len(ids), window.start, seg.clients.as_of,
                  terms.financing_rate),
        strategy_of,
        ds.accounts,
        abc,
        ds.group_names,
        dict(terms.limits),
    )  # fmt: skip


def line_limits(
    listed: np.ndarray, order: np.ndarray, base: np.ndarray, tiers: tuple[tuple[int, float], ...]
) -> np.ndarray:
    """Each line's allowed rate: its account's maximum (``base``), plus the extra of the
    largest tier its order's list amount reaches, at most 100 %."""
    if len(listed) == 0:
        return np.zeros(0)
    deal = pd.Series(listed).groupby(order).transform("sum").to_numpy(np.float64)
    extra = np.zeros(len(listed))
    for start, points in tiers:  # the largest extra the order reaches (as allowed() does)
        extra = np.where(deal >= start, np.maximum(extra, points), extra)
    return np.minimum(base.astype(np.float64) + extra, 1.0)


def excess_of(discount: np.ndarray, listed: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """max(0, discount − allowed × list amount); 0 for a line without discount data."""
    has = ~np.isnan(discount)
    return np.where(has, np.maximum(0.0, np.nan_to_num(discount) - limit * listed), 0.0)


def _implicit(
    receivables: pd.DataFrame, n: int, start: date, as_of: date, rate: float
) -> np.ndarray:
    """Per account: amount × rate × days late / 365 of the receivables paid after their
    due day or still open on the as-of date, for the days late that fall in the window
    (a debt overdue since before the window counts from the window's first day)."""
    out = np.zeros(n)
    if receivables.empty:
        return out
    due = receivables["due_date"].to_numpy().astype("datetime64[D]")
    paid = receivables["paid_date"].to_numpy().astype("datetime64[D]")
    end = np.datetime64(as_of, "D")
    settled = np.where(np.isnat(paid) | (paid > end), end, paid)  # open: late to the as-of
    # the late days (due, settled] within the window's days [start, as-of]
    first = np.maximum(due, np.datetime64(start, "D") - np.timedelta64(1, "D"))
    late = np.maximum(0, (settled - first) / _DAY)
    cost = receivables["amount_kop"].to_numpy(np.float64) * rate * late / 365
    take = ~np.isnat(due) & (late > 0)
    np.add.at(out, receivables["acc"].to_numpy(np.int64)[take], cost[take])
    return out


# --- the tables --------------------------------------------------------------------------


def _row(name: Any, part: pd.DataFrame, implicit: float, accounts: list[str]) -> dict[str, Any]:
    data = part[part["has_data"]]
    revenue = float(part["amount"].sum())
    listed = float(data["list"].sum())
    discount = float(data["discount"].sum())
    lines = len(data)
    above = int(data["above"].sum())
    excess = float(data["excess"].sum())
    return {
        "segment": name,
        "level": 0,
        "revenue": revenue,
        "list_amount": listed,
        "discount": discount,
        "discount_rate": discount / listed if listed else None,
        "lines": lines,
        "lines_above_policy": above,
        "lines_above_policy_share": above / lines if lines else None,
        "excess_discount": excess,
        "excess_share": excess / revenue if revenue else None,
        "implicit_discount": implicit,
        "headline_share": (excess + implicit) / revenue if revenue else None,
        "accounts": accounts,
    }


def discounts_table(m: Measured, by: str = "strategy") -> SegmentTable:
    """The §11 table with rows by BCG strategy, manager, product group or ABC class, and
    the total (whose ``headline_share`` is the seed's headline)."""
    if by not in BY:
        raise ValueError(f"discounts have no rows by {by}")
    f = m.lines
    ids = m.accounts["id"].astype(str).to_numpy()
    if by == "group":
        key = f["group"].to_numpy()
        # an account's implicit discount, shared by its revenue in each group
        revenue = pd.DataFrame({"acc": f["acc"], "key": key, "amount": f["amount"]})
        per = revenue.groupby(["acc", "key"])["amount"].sum()
        whole = per.groupby(level=0).transform("sum")
        shares = (per / whole).reset_index(name="share")
        implicit_of: dict[Any, float] = {}
        for acc, k, share in shares.itertuples(index=False):
            implicit_of[k] = implicit_of.get(k, 0.0) + float(m.implicit[acc]) * float(share)
        untraded = np.setdiff1d(np.flatnonzero(m.implicit), shares["acc"].unique())
        if len(untraded):
            implicit_of[-1] = implicit_of.get(-1, 0.0) + float(m.implicit[untraded].sum())
    else:
        per_account = {
            "strategy": np.array([s or UNSCORED for s in m.strategies], dtype=object),
            "manager": m.accounts["manager"].fillna("").astype(str).str.strip().to_numpy(object),
            "abc": np.array([a if isinstance(a, str) else "" for a in m.abc], dtype=object),
        }[by]
        key = per_account[f["acc"].to_numpy()] if len(f) else np.zeros(0, dtype=object)
        implicit_of = {}
        for acc in np.flatnonzero(m.implicit):
            k = per_account[acc]
            implicit_of[k] = implicit_of.get(k, 0.0) + float(m.implicit[acc])
    if len(f) and key.dtype == object:  # group by integer codes: faster than by text
        codes, names = pd.factorize(key)
        groups = {names[c]: part for c, part in f.groupby(codes, sort=False)}
    else:
        groups = dict(list(f.groupby(key, sort=False))) if len(f) else {}
    members = {k: _ids(ids, part["acc"].to_numpy()) for k, part in groups.items()}
    keys = set(groups) | set(implicit_of)
    rows = [
        _row(k, groups.get(k, f.iloc[0:0]), implicit_of.get(k, 0.0), members.get(k, []))
        for k in _ordered(by, keys, groups)
    ]
    for r in rows:
        if by == "strategy":  # the chart draws each strategy's discount against it
            r["policy"] = allowed(m.limits, (), None if r["segment"] == UNSCORED else r["segment"])
        if by == "group":
            r["segment"] = _group_name(r["segment"], m.group_names)
        if r["segment"] == "":
            r["segment"] = NONE
    total = _row("total", f, float(m.implicit.sum()), _ids(ids, f["acc"].to_numpy()))
    missing = int((~f["has_data"]).sum()) if len(f) else 0
    # the lines with no discount data count in revenue only: "no_discount_data:N:M"
    warnings = [f"no_discount_data:{missing}:{len(f)}"] if missing else []
    return SegmentTable("discounts", m.as_of, m.months, COLUMNS, rows, total, warnings)


def _ids(ids: np.ndarray, acc: np.ndarray) -> list[str]:
    """The account ids of these lines, each once, sorted (for the drill-down)."""
    return sorted(ids[np.unique(acc)].astype(str).tolist())


def _ordered(by: str, keys: set[Any], groups: dict[Any, pd.DataFrame]) -> list[Any]:
    if by == "strategy":
        order = [*STRATEGIES, UNSCORED]
        return [k for k in order if k in keys]
    if by == "abc":
        return sorted(keys, key=lambda k: (k == "", k))
    if by == "manager":
        return sorted(keys, key=lambda k: (k == "", str(k).casefold()))
    # product groups: the largest revenue first, lines without a group last
    return sorted(
        keys,
        key=lambda k: (k == -1, -(float(groups[k]["amount"].sum()) if k in groups else 0.0)),
    )


def _group_name(code: Any, names: np.ndarray) -> str:
    if code is None or int(code) < 0:
        return ""
    return str(names[int(code)])


# --- one account, for its card -------------------------------------------------------------


@dataclass
class AccountHistory:
    """An account's discounts month by month against its policy, and its lines above it."""

    allowed: float  # its strategy's maximum (before any tier)
    tiers: bool  # the policy allows more for larger deals
    months: list[dict[str, Any]]  # month (first day), list, discount, rate, excess
    above: list[dict[str, Any]]  # date, doc_no, sku, amount, discount, rate, allowed, excess
    lines: int  # lines with discount data
    no_data: int  # lines without


def account_history(
    lines: pd.DataFrame, strategy: str | None, terms: Terms, start: date, end: date
) -> AccountHistory:
    """``lines``: the account's sale lines (date, doc_no, sku, amount_kop, discount_kop);
    those of ``start`` … ``end`` with a positive amount are measured as the base is."""
    days = pd.to_datetime(lines["date"].astype("string"), format="ISO8601")
    keep = (days.dt.date >= start) & (days.dt.date <= end) & (lines["amount_kop"] >= 0)
    part = lines[keep.to_numpy()].reset_index(drop=True)
    when = days[keep.to_numpy()].reset_index(drop=True)
    amount = part["amount_kop"].to_numpy(np.float64)
    discount = np.maximum(
        pd.to_numeric(part["discount_kop"], errors="coerce").to_numpy(np.float64), 0.0
    )
    has = ~np.isnan(discount)
    listed = amount + np.where(has, discount, 0.0)
    doc = part["doc_no"].fillna("").astype(str).to_numpy()
    order = np.where(doc != "", doc, when.dt.strftime("day %Y-%m-%d").to_numpy())
    base = allowed(terms.limits, (), strategy)
    limit = line_limits(listed, order, np.full(len(part), base), terms.tiers)
    excess = excess_of(discount, listed, limit)
    frame = pd.DataFrame(
        {
            "month": when.dt.to_period("M").dt.start_time.dt.date,
            "list": np.where(has, listed, 0.0),
            "discount": np.where(has, discount, 0.0),
            "excess": excess,
        }
    )
    months = []
    for month, g in frame.groupby("month", sort=True):
        listed_sum = float(g["list"].sum())
        months.append({
            "month": month, "list": listed_sum, "discount": float(g["discount"].sum()),
            "rate": float(g["discount"].sum()) / listed_sum if listed_sum else None,
            "excess": float(g["excess"].sum()),
        })  # fmt: skip
    above = [
        {
            "date": when[i].date(), "doc_no": doc[i] or None, "sku": part.at[i, "sku"],
            "amount": amount[i], "discount": discount[i], "rate": discount[i] / listed[i],
            "allowed": float(limit[i]), "excess": float(excess[i]),
        }
        for i in np.flatnonzero(has & (excess > 0.5))
    ]  # fmt: skip
    above.sort(key=lambda r: -r["excess"])
    return AccountHistory(base, bool(terms.tiers), months, above, int(has.sum()), int((~has).sum()))
