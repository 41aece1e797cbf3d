"""Every segmentation of METHODS.md §3–§4: the labels of each account and the segment
tables, with their columns in the order of METHODS.md and a total row.

Group rows aggregate as sums, then ratios of sums: average check = Σ revenue / Σ orders,
check depth = Σ slots / Σ orders, average SKU cost = Σ revenue / Σ slots, LTV and checks
(deals) per client = Σ / clients, D = Σ diversity / clients, average SOW = mean with an
unknown SOW counted as 0 (as the seeds do), average days since purchase = mean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from core.analytics.clients import ClientTable, client_table
from core.analytics.dataset import Dataset
from core.analytics.kinds import BY, CAPACITY_COLUMNS, KINDS, MONEY, SEGMENT_LABELS, SIZES
from core.analytics.thresholds import (  # noqa: F401 (the segmentation's public names)
    ORDERED_PAIRS,
    THRESHOLD_PREFIX,
    ThresholdError,
    Thresholds,
    thresholds_from,
)

# which tables a warning of the segmentation concerns
WARNS = {
    "no_cost": ("abc-xyz", "spl", "psc", "dsl", "bcg"),
    "no_competitors": ("kml", "bcg"),
    "no_receivables": ("spl",),
    "no_capacity": ("psc",),
}


def warnings_for(kind: str, warnings: list[str]) -> list[str]:
    return [w for w in warnings if kind in WARNS.get(w.partition(":")[0], (kind,))]


BEHAVIOURS = ("new", "lost", "falling", "growing", "stable", "returned", "dormant", "prospect")
LIFECYCLE = {
    "prospect": "reach",
    "new": "react",
    "falling": "reengage",
    "lost": "reengage",
    "dormant": "reengage",
    "stable": "refresh",
    "growing": "refresh",
    "returned": "refresh",
}
PERSONAS = ("new", "best", "stingy", "not_stably_best", "expensive_little", "normal")


# --- ranking rules of §2 and §3 ---------------------------------------------------------


def ranked_groups(values: np.ndarray, names: np.ndarray, k: int) -> np.ndarray:
    """1..k by ascending value, ties by name: group = ⌊k·(r − 1)/n⌋ + 1."""
    n = len(values)
    out = np.zeros(n, dtype=np.int64)
    if n == 0:
        return out
    order = np.lexsort((names, values))
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(1, n + 1)
    return (k * (ranks - 1)) // n + 1


def cumulative_classes(values: np.ndarray, names: np.ndarray, a: float, b: float) -> np.ndarray:
    """0 (top: cumulative share ≤ a), 1 (≤ b), 2 (rest); descending, ties by name, the
    cumulative share including the client itself."""
    n = len(values)
    out = np.full(n, 2, dtype=np.int64)
    if n == 0:
        return out
    order = np.lexsort((names, -values))
    total = values.sum()
    if total <= 0:
        return out
    share = np.cumsum(values[order]) / total
    cls = np.where(share <= a + 1e-12, 0, np.where(share <= b + 1e-12, 1, 2))
    out[order] = cls
    return out


# --- labels ---------------------------------------------------------------------------------


@dataclass
class Segmentation:
    clients: ClientTable
    labels: pd.DataFrame  # one row per account; label columns
    thresholds: Thresholds
    warnings: list[str] = field(default_factory=list)
    competitors_per_client: dict[int, set[str]] = field(default_factory=dict)
    dataset: Dataset | None = None
    _previous: ClientTable | None = None

    def previous_clients(self) -> ClientTable:
        """The per-client metrics of the previous window (computed once, on demand)."""
        if self._previous is None:
            assert self.dataset is not None
            self._previous = client_table(
                self.dataset, self.clients.previous.end, self.clients.months
            )
        return self._previous


def segment(
    ds: Dataset, as_of: date | None = None, months: int = 12, thresholds: Thresholds | None = None
) -> Segmentation:
    """Labels of every account for ``as_of`` (default: the latest sale date)."""
    th = thresholds or Thresholds()
    if as_of is None:
        latest = ds.latest_sale
        as_of = latest.date() if latest is not None else date.today()
    ct = client_table(ds, as_of, months)
    f = ct.frame
    n = len(f)
    names = f["name"].to_numpy().astype(str)
    act = f["active"].to_numpy()
    idx = np.flatnonzero(act)
    labels = pd.DataFrame(index=range(n))
    warnings: list[str] = []

    def on_active(values: np.ndarray, fill: Any = None) -> np.ndarray:
        out = np.full(n, fill, dtype=object)
        out[idx] = values
        return out

    rev = f["revenue"].to_numpy()[idx]
    gp = f["gross_profit"].to_numpy()[idx]
    nm = names[idx]
    if not ct.cost_known and len(idx):
        warnings.append("no_cost")
    # ABC / XYZ
    abc = cumulative_classes(rev, nm, th.abc_a, th.abc_b)
    labels["abc"] = on_active(np.array(["A", "B", "C"], dtype=object)[abc])
    monthly = ct.monthly[idx]
    mean = monthly.mean(axis=1)
    std = monthly.std(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = np.where(mean > 0, std / np.where(mean > 0, mean, 1), np.inf)
    xyz = np.where(cv < th.xyz_x, "X", np.where(cv < th.xyz_y, "Y", "Z")).astype(object)
    labels["xyz"] = on_active(xyz)
    # levels used by several segmentations
    level_l = 3 - cumulative_classes(gp, nm, th.abc_a, th.abc_b)  # L3 top
    sys_ = f["systematicity"].to_numpy()[idx]
    level_s = np.where(sys_ >= th.systematic_s3, 3, np.where(sys_ >= th.systematic_s2, 2, 1))
    # KML
    comp = ds.competitors
    per_client: dict[int, set[str]] = {}
    shares: dict[int, list[float]] = {}
    for a, name, share in zip(
        comp["acc"].to_numpy(),
        comp["competitor"].to_numpy(),
        comp["share"].to_numpy(),
        strict=True,
    ):
        per_client.setdefault(int(a), set()).add(str(name).strip().lower())
        if share is not None and share == share:
            shares.setdefault(int(a), []).append(float(share))
    sow_all = f["sow"].to_numpy()
    k_level = np.ones(len(idx), dtype=np.int64)
    m_level = np.full(len(idx), 3, dtype=np.int64)
    no_competitor_data = 0
    for j, a in enumerate(idx):
        count = len(per_client.get(int(a), ()))
        k_level[j] = 1 if count < th.k2_from else (2 if count < th.k3_from else 3)
        suppliers = list(shares.get(int(a), []))
        if not per_client.get(int(a)):
            no_competitor_data += 1
            continue
        ours = sow_all[a]
        suppliers.append(0.0 if ours != ours else float(ours))
        total = sum(suppliers)
        hhi = 1.0 if total <= 0 else sum((s / total) ** 2 for s in suppliers)
        m_level[j] = 1 if hhi < th.hhi_m1 else (2 if hhi < th.hhi_m2 else 3)
    if no_competitor_data:
        warnings.append(f"no_competitors:{no_competitor_data}")
    ltv_level = 3 - cumulative_classes(f["ltv"].to_numpy()[idx], nm, th.abc_a, th.abc_b)
    labels["kml"] = on_active(
        np.array(
            [f"K{k}_M{m}_L{L}" for k, m, L in zip(k_level, m_level, ltv_level, strict=True)],
            dtype=object,
        )
    )
    # SPL
    overdue = _overdue(ds, ct)
    if ds.receivables.empty and len(idx):
        warnings.append("no_receivables")
    p_level = np.where(overdue[idx], 1, 3)
    labels["spl"] = on_active(
        np.array(
            [f"S{s}_P{p}_L{L}" for s, p, L in zip(level_s, p_level, level_l, strict=True)],
            dtype=object,
        )
    )
    # PSC and personas
    sku_cost = np.nan_to_num(f["avg_sku_cost"].to_numpy()[idx], nan=0.0)
    price = ranked_groups(sku_cost, nm, 3)
    per_unit = f["revenue_per_capacity_unit"].to_numpy()[idx]
    has_cap = ~np.isnan(per_unit)
    cap_level = np.zeros(len(idx), dtype=np.int64)
    if has_cap.any():
        cap_level[has_cap] = ranked_groups(per_unit[has_cap], nm[has_cap], 3)
    if (~has_cap).any():
        warnings.append(f"no_capacity:{int((~has_cap).sum())}")
    first_sale = f["first_sale"].to_numpy()[idx]
    new_from = np.datetime64(ct.window.end, "s") - np.timedelta64(th.new_days, "D")
    is_new = first_sale > new_from
    persona = np.full(len(idx), "normal", dtype=object)
    rules = [
        ("expensive_little", (price == 3) & (cap_level == 1)),
        ("not_stably_best", (level_s == 1) & (cap_level >= 2)),
        ("stingy", (level_s >= 2) & (price == 1)),
        ("best", (level_s == 3) & (cap_level == 3)),
        ("new", is_new),
    ]
    for name, mask in rules:  # the last assignment wins: applied in reverse order of priority
        persona[mask] = name
    labels["persona"] = on_active(persona)
    psc = np.array(
        [
            f"P{p}_S{s}_C{c}" if c else None
            for p, s, c in zip(price, level_s, cap_level, strict=True)
        ],
        dtype=object,
    )
    labels["psc"] = on_active(psc)
    # DSL
    d = f["diversity"].to_numpy()[idx]
    d_level = np.where(d >= th.dsl_d3_from, 3, np.where(d >= 2, 2, 1))
    top = np.nan_to_num(f["top_group_share"].to_numpy()[idx], nan=1.0)
    s_level = np.where(top >= th.dsl_s1, 1, np.where(top >= th.dsl_s2, 2, 3))
    dsl_level = np.where(d_level == 1, 1, np.where(s_level == 1, 2, 3))
    labels["dsl"] = on_active(
        np.array(
            [f"D{a}_S{b}_L{c}" for a, b, c in zip(d_level, s_level, level_l, strict=True)],
            dtype=object,
        )
    )
    labels["dsl_level"] = on_active(dsl_level.astype(object))
    # what the BCG suggestions read (core.analytics.scoring): not labels of DESIGN.md
    counts = np.array([len(per_client.get(int(a), ())) for a in idx], dtype=np.int64)
    has_competitors = counts > 0
    labels["_k"] = on_active(np.where(has_competitors, k_level, 0).astype(object), 0)
    labels["_competitors"] = on_active(counts.astype(object), 0)
    labels["_d"] = on_active(d_level.astype(object), 0)
    # RFM
    days = f["days_since_purchase"].to_numpy()[idx].astype(np.float64)
    r = ranked_groups(-days, nm, 5)
    fr = ranked_groups(f["orders"].to_numpy()[idx].astype(np.float64), nm, 5)
    mo = ranked_groups(rev, nm, 5)
    labels["rfm"] = on_active(
        np.array([f"R{a}F{b}M{c}" for a, b, c in zip(r, fr, mo, strict=True)], dtype=object)
    )
    # purchase behaviour (every account)
    labels["behaviour"] = _behaviour(f, th)
    labels["lifecycle"] = labels["behaviour"].map(LIFECYCLE)
    return Segmentation(ct, labels, th, warnings, per_client, ds)


def _overdue(ds: Dataset, ct: ClientTable) -> np.ndarray:
    """Accounts whose receivables were overdue at some time inside the window: the interval
    (due date, paid date or as-of] meets the window."""
    n = len(ct.frame)
    rec = ds.receivables
    out = np.zeros(n, dtype=bool)
    if rec.empty:
        return out
    start = np.datetime64(ct.window.start, "s")
    end = np.datetime64(ct.window.end, "s")
    due = rec["due_date"].to_numpy()
    paid = rec["paid_date"].to_numpy()
    settled = np.where(np.isnat(paid), end, paid)
    mask = (~np.isnat(due)) & (due < end) & (settled > due) & (settled >= start)
    out[rec["acc"].to_numpy()[mask]] = True
    return out


def _behaviour(f: pd.DataFrame, th: Thresholds) -> pd.Series:
    now = f["active"].to_numpy()
    prev = f["active_prev"].to_numpy()
    before = f["bought_before"].to_numpy()
    ever = now | before
    first = f["first_sale"].to_numpy()
    rev = f["revenue"].to_numpy()
    rev_prev = f["revenue_prev"].to_numpy()
    out = np.full(len(f), "prospect", dtype=object)
    both = now & prev
    out[both] = "stable"
    out[both & (rev < th.falling_below * rev_prev)] = "falling"
    out[both & (rev > th.growing_above * rev_prev)] = "growing"
    out[now & ~prev & before] = "returned"
    out[now & ~before] = "new"
    out[~now & prev] = "lost"
    out[~now & ~prev & ever] = "dormant"
    del first
    return pd.Series(out, index=f.index)


# --- tables ---------------------------------------------------------------------------------

COLUMNS: dict[str, tuple[str, ...]] = {
    "abc-xyz": (
        "revenue",
        "revenue_share",
        "gross_profit",
        "gross_profit_share",
        "clients",
        "clients_share",
        "orders",
        "avg_check",
    ),
    "kml": (
        "revenue",
        "revenue_share",
        "ltv",
        "clients",
        "avg_sow",
        "deals_per_client",
        "avg_check",
        "avg_days_since_purchase",
        "unique_competitors",
        "unique_regions",
    ),
    "spl": (
        "revenue",
        "revenue_share",
        "clients",
        "clients_share",
        "ltv",
        "avg_check",
        "check_depth",
        "avg_sku_cost",
        "orders",
        "skus_sold",
        "checks_per_client",
    ),
    "psc": (
        "revenue",
        "revenue_share",
        "gross_profit",
        "gross_profit_share",
        "clients",
        "clients_share",
        "ltv",
        "avg_check",
        "avg_sku_cost",
        "check_depth",
        "checks_per_client",
        "diversity",
        "slots",
        "capacity_units",
        "revenue_per_capacity_unit",
    ),
    "dsl": (
        "revenue",
        "revenue_share",
        "clients",
        "clients_share",
        "ltv",
        "checks_per_client",
        "avg_check",
        "check_depth",
        "avg_sku_cost",
        "slots",
        "orders",
        "skus_sold",
    ),
    "rfm": (
        "revenue",
        "revenue_share",
        "clients",
        "clients_share",
        "orders",
        "avg_check",
        "avg_days_since_purchase",
    ),
    "behaviour": ("clients", "clients_share", "revenue", "revenue_share", "lost_sales"),
}


@dataclass
class SegmentTable:
    kind: str
    as_of: date
    window_months: int
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]  # each: "segment", "level" (0 leaf, 1 subtotal), the columns,
    total: dict[str, Any]  # and "accounts" (the account ids, for drill-down)
    warnings: list[str]


def _aggregate_groups(
    scope: pd.DataFrame, key: pd.Series, totals: dict[str, float], seg: Segmentation
) -> dict[Any, dict[str, Any]]:
    """Every column of every group at once: sums per group, then ratios of sums."""
    g = pd.DataFrame(
        {
            "key": key.to_numpy(),
            "revenue": scope["revenue"].to_numpy(np.float64),
            "gross_profit": scope["gross_profit"].to_numpy(np.float64),
            "ltv": scope["ltv"].to_numpy(np.float64),
            "orders": scope["orders"].to_numpy(np.float64),
            "slots": scope["slots"].to_numpy(np.float64),
            "skus_sold": scope["skus_sold"].to_numpy(np.float64),
            "diversity": scope["diversity"].to_numpy(np.float64),
            "sow": scope["sow"].fillna(0.0).to_numpy(np.float64),
            "days": scope["days_since_purchase"].to_numpy(np.float64),
            "capacity": scope["capacity_units"].fillna(0.0).to_numpy(np.float64),
            "lost": np.where(
                scope["behaviour"].isin(["falling", "lost"]),
                scope["revenue_prev"] - scope["revenue"],
                0.0,
            ),
        }
    )
    has_cap = g["capacity"] > 0
    g["cap_revenue"] = np.where(has_cap, g["revenue"], 0.0)
    g["cap_units"] = np.where(has_cap, g["capacity"], 0.0)
    g["clients"] = 1
    grouped = g.groupby("key", sort=False)
    sums = grouped.sum()
    means = grouped[["sow", "days"]].mean()
    regions = scope["region"].groupby(key.to_numpy(), sort=False).nunique()
    competitors: dict[Any, set[str]] = {}
    for k, a in zip(key.to_numpy(), scope.index, strict=True):
        found = seg.competitors_per_client.get(int(a))
        if found:
            competitors.setdefault(k, set()).update(found)

    def ratio(a: float, b: float) -> float | None:
        return float(a) / float(b) if b else None

    out: dict[Any, dict[str, Any]] = {}
    for k, r in sums.iterrows():
        clients = int(r["clients"])
        revenue, orders, slots = float(r["revenue"]), float(r["orders"]), float(r["slots"])
        out[k] = {
            "revenue": revenue,
            "revenue_share": ratio(revenue, totals["revenue"]),
            "gross_profit": float(r["gross_profit"]),
            "gross_profit_share": ratio(r["gross_profit"], totals["gross_profit"]),
            "clients": clients,
            "clients_share": ratio(clients, totals["clients"]),
            "ltv": ratio(r["ltv"], clients),
            "avg_check": ratio(revenue, orders),
            "check_depth": ratio(slots, orders),
            "avg_sku_cost": ratio(revenue, slots),
            "orders": int(orders),
            "slots": int(slots),
            "skus_sold": int(r["skus_sold"]),
            "checks_per_client": ratio(orders, clients),
            "deals_per_client": ratio(orders, clients),
            "diversity": ratio(r["diversity"], clients),
            "avg_sow": float(means.at[k, "sow"]),
            "avg_days_since_purchase": float(means.at[k, "days"]),
            "unique_competitors": len(competitors.get(k, ())),
            "unique_regions": int(regions.get(k, 0)),
            "capacity_units": float(r["capacity"]),
            "revenue_per_capacity_unit": ratio(r["cap_revenue"], r["cap_units"]),
            "lost_sales": float(r["lost"]),
        }
    return out


def _empty(columns: tuple[str, ...]) -> dict[str, Any]:
    return dict.fromkeys(columns, None) | {"clients": 0, "revenue": 0.0}


def _order_key(kind: str, segment: str) -> tuple[Any, ...]:
    if kind == "behaviour":
        return (BEHAVIOURS.index(segment),)
    if kind == "psc" and segment in PERSONAS:
        return (PERSONAS.index(segment),)
    return (segment,)


def segment_table(seg: Segmentation, kind: str, by: str | None = None) -> SegmentTable:
    """The table of ``kind``: for PSC, ``by`` = "persona" (default) or "cell"; for
    purchase behaviour, "channel" or "manager" gives the lost sales by that key."""
    if kind not in KINDS:
        raise ValueError(kind)
    if by is not None and by not in BY.get(kind, ()):
        raise ValueError(f"{kind} has no rows by {by}")
    if kind == "capacity":
        return _capacity_table(seg)
    if kind == "top":
        return _top_table(seg)
    if kind == "coverage":
        return _coverage_table(seg)
    if kind == "behaviour" and by in ("channel", "manager"):
        return _lost_sales_table(seg, by)
    f = seg.clients.frame.join(seg.labels)
    if kind == "behaviour":
        scope = f
        key = f["behaviour"]
    else:
        scope = f[f["active"]]
        if kind == "abc-xyz":
            key = scope["abc"] + scope["xyz"]
        elif kind == "psc":
            column = "psc" if by == "cell" else "persona"
            scope = scope[scope[column].notna()]
            key = scope[column]
        else:
            key = scope[kind]
    columns = COLUMNS[kind]
    totals = {
        "revenue": float(scope["revenue"].sum()),
        "gross_profit": float(scope["gross_profit"].sum()),
        "clients": float(len(scope)),
    }
    rows: list[dict[str, Any]] = []
    values = _aggregate_groups(scope, key, totals, seg)
    everything = _aggregate_groups(scope, pd.Series("total", index=scope.index), totals, seg)
    members = dict(list(scope.groupby(key, sort=False)["id"]))

    def row(name: str, level: int, data: dict[str, Any], ids: list[str]) -> dict[str, Any]:
        return {"segment": name, "level": level, **{c: data[c] for c in columns}, "accounts": ids}

    ordered = sorted(values, key=lambda s: _order_key(kind, str(s)))
    if kind == "dsl":
        level_of = scope.groupby(key, sort=False)["dsl_level"].first()
        levels = scope["dsl_level"].to_numpy()
        sub = _aggregate_groups(scope, pd.Series(levels, index=scope.index), totals, seg)
        for level in (1, 2, 3):
            if level not in sub:
                continue
            ids = scope["id"][levels == level].tolist()
            rows.append(row(f"level_{level}", 1, sub[level], ids))
            for name in ordered:
                if int(level_of[name]) == level:
                    rows.append(row(str(name), 0, values[name], members[name].tolist()))
    else:
        rows.extend(row(str(n), 0, values[n], members[n].tolist()) for n in ordered)
    total = row("total", 2, everything.get("total", _empty(columns)), scope["id"].tolist())
    return _table(seg, kind, columns, rows, total)


def _table(seg: Segmentation, kind: str, columns: tuple[str, ...], rows, total, warnings=()):
    return SegmentTable(
        kind,
        seg.clients.as_of,
        seg.clients.months,
        columns,
        rows,
        total,
        [*warnings_for(kind, seg.warnings), *warnings],
    )


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def capacity_band(potential: np.ndarray, size: np.ndarray, names: np.ndarray) -> np.ndarray:
    """Potential tertiles within each business size, 1 = the largest third; 0 where the
    size or the potential is unknown."""
    band = np.zeros(len(potential), dtype=np.int64)
    for name in SIZES:
        mask = (size == name) & ~np.isnan(potential)
        if mask.any():
            band[mask] = ranked_groups(-potential[mask], names[mask], 3)  # descending
    return band


def _capacity_table(seg: Segmentation) -> SegmentTable:
    """ABC × potential capacity (seed 002): rows A/B/C by revenue, columns size × band,
    each cell the clients now and in the previous window (ABC of that window)."""
    f = seg.clients.frame
    names = f["name"].fillna("").to_numpy().astype(str)
    band = capacity_band(
        f["potential_kop"].to_numpy(np.float64), f["size"].to_numpy().astype(object), names
    )
    cell = np.array(
        [f"{sz}_{b}" if b else "unknown" for sz, b in zip(f["size"], band, strict=True)],
        dtype=object,
    )
    prev = seg.previous_clients().frame
    th = seg.thresholds
    abc_now = seg.labels["abc"].to_numpy()
    has_now = pd.notna(abc_now)
    abc_prev = np.full(len(f), None, dtype=object)
    active_prev = np.flatnonzero(prev["active"].to_numpy())
    classes = cumulative_classes(
        prev["revenue"].to_numpy()[active_prev], names[active_prev], th.abc_a, th.abc_b
    )
    abc_prev[active_prev] = np.array(["A", "B", "C"], dtype=object)[classes]
    ids = f["id"].to_numpy()

    def row(name: str, now_mask: np.ndarray, prev_mask: np.ndarray) -> dict[str, Any]:
        out: dict[str, Any] = {"segment": name, "level": 0}
        for column in CAPACITY_COLUMNS:
            key = column.removesuffix("_prev")
            mask = prev_mask if column.endswith("_prev") else now_mask
            out[column] = int(np.count_nonzero(mask & (cell == key)))
        out["accounts"] = ids[now_mask].tolist()
        return out

    rows = [row(c, abc_now == c, abc_prev == c) for c in ("A", "B", "C")]
    total = row("total", has_now, pd.notna(abc_prev))
    total["level"] = 2
    extra = []
    unknown = int(np.count_nonzero(has_now & (cell == "unknown")))
    if unknown:
        extra.append(f"no_potential:{unknown}")
    return _table(seg, "capacity", CAPACITY_COLUMNS, rows, total, extra)


TOP_COLUMNS = ("client", "revenue", "revenue_share", "client_prev", "revenue_prev", "share_prev")


def _top_table(seg: Segmentation) -> SegmentTable:
    """Each of the N largest clients' share of company revenue, this window vs the
    previous one (seed 002's top-N)."""
    n = seg.thresholds.top_n
    f = seg.clients.frame
    names = f["name"].fillna("").to_numpy().astype(str)
    ids = f["id"].to_numpy()

    def ranking(revenue: np.ndarray) -> tuple[np.ndarray, float]:
        order = np.lexsort((names, -revenue))
        order = order[revenue[order] > 0][:n]
        return order, float(revenue[revenue > 0].sum())

    now = f["revenue"].to_numpy(np.float64)
    before = f["revenue_prev"].to_numpy(np.float64)
    top_now, total_now = ranking(now)
    top_prev, total_prev = ranking(before)
    rows = []
    for rank in range(max(len(top_now), len(top_prev))):
        a = top_now[rank] if rank < len(top_now) else None
        b = top_prev[rank] if rank < len(top_prev) else None
        rows.append(
            {
                "segment": str(rank + 1),
                "level": 0,
                "client": names[a] if a is not None else None,
                "revenue": now[a] if a is not None else None,
                "revenue_share": _ratio(now[a], total_now) if a is not None else None,
                "client_prev": names[b] if b is not None else None,
                "revenue_prev": before[b] if b is not None else None,
                "share_prev": _ratio(before[b], total_prev) if b is not None else None,
                "accounts": [ids[i] for i in (a, b) if i is not None],
            }
        )
    total = {
        "segment": "total",
        "level": 2,
        "client": None,
        "revenue": float(now[top_now].sum()),
        "revenue_share": _ratio(float(now[top_now].sum()), total_now),
        "client_prev": None,
        "revenue_prev": float(before[top_prev].sum()),
        "share_prev": _ratio(float(before[top_prev].sum()), total_prev),
        "accounts": sorted({*ids[top_now].tolist(), *ids[top_prev].tolist()}),
    }
    return _table(seg, "top", TOP_COLUMNS, rows, total)


COVERAGE_COLUMNS = ("active", "acquired", "potential", "total_outlets", "acquisition", "coverage")


def _region_key(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def _coverage_table(seg: Segmentation) -> SegmentTable:
    """Acquisition and coverage by region (seed 002): active = clients with sales in the
    previous window; acquired = new clients in the window; potential and total outlets
    from the region universe. % acquisition = acquired / potential; % coverage =
    (active + acquired) / total."""
    f = seg.clients.frame
    behaviour = seg.labels["behaviour"].to_numpy()
    region = np.array([_region_key(r) for r in f["region"]], dtype=object)
    shown: dict[str, str] = {}
    for raw, key in zip(f["region"], region, strict=True):
        if key and key not in shown:
            shown[key] = str(raw).strip()
    universe: dict[str, tuple[float | None, float | None]] = {}
    assert seg.dataset is not None
    for raw, total, potential in seg.dataset.regions[
        ["region", "total_outlets", "potential_outlets"]
    ].itertuples(index=False):
        key = _region_key(raw)
        if key:
            universe[key] = (total, potential)
            shown.setdefault(key, str(raw).strip())
    active = f["active_prev"].to_numpy()
    acquired = behaviour == "new"
    ids = f["id"].to_numpy()

    def row(name: str, mask: np.ndarray, totals: tuple[float | None, float | None]):
        n_active = int(np.count_nonzero(mask & active))
        n_acquired = int(np.count_nonzero(mask & acquired))
        total, potential = totals
        return {
            "segment": name,
            "level": 0,
            "active": n_active,
            "acquired": n_acquired,
            "potential": potential,
            "total_outlets": total,
            "acquisition": _ratio(n_acquired, potential) if potential else None,
            "coverage": _ratio(n_active + n_acquired, total) if total else None,
            "accounts": ids[mask & (active | acquired)].tolist(),
        }

    keys = sorted(k for k in shown if k in universe or np.any((region == k) & (active | acquired)))
    rows = [row(shown[k], region == k, universe.get(k, (None, None))) for k in keys]
    if np.any((region == "") & (active | acquired)):
        rows.append(row("no_region", region == "", (None, None)))
    known = [k for k in keys if k in universe]
    in_universe = np.isin(region, known) if known else np.zeros(len(f), dtype=bool)
    sums = (
        float(sum(universe[k][0] or 0 for k in known)) or None,
        float(sum(universe[k][1] or 0 for k in known)) or None,
    )
    total = row("total", np.ones(len(f), dtype=bool), (None, None))
    covered = row("total", in_universe, sums)  # ratios over the regions with a universe
    total.update(
        level=2,
        potential=covered["potential"],
        total_outlets=covered["total_outlets"],
        acquisition=covered["acquisition"],
        coverage=covered["coverage"],
    )
    missing = [] if universe else ["no_universe"]
    return _table(seg, "coverage", COVERAGE_COLUMNS, rows, total, missing)


LOST_COLUMNS = (
    "falling_clients",
    "lost_clients",
    "revenue_prev",
    "revenue",
    "lost_sales",
    "lost_sales_share",
)


def _lost_sales_table(seg: Segmentation, by: str) -> SegmentTable:
    """Lost sales = Σ (previous − window revenue) over falling and lost clients, by
    channel or by manager (seed 002)."""
    f = seg.clients.frame
    behaviour = seg.labels["behaviour"].to_numpy()
    losing = np.isin(behaviour, ["falling", "lost"])
    key = np.array([str(v).strip() if v is not None and v == v else "" for v in f[by]])
    lost = np.where(losing, f["revenue_prev"].to_numpy() - f["revenue"].to_numpy(), 0.0)
    grand = float(lost.sum())
    ids = f["id"].to_numpy()

    def row(name: str, mask: np.ndarray, level: int) -> dict[str, Any]:
        m = mask & losing
        value = float(lost[m].sum())
        return {
            "segment": name,
            "level": level,
            "falling_clients": int(np.count_nonzero(mask & (behaviour == "falling"))),
            "lost_clients": int(np.count_nonzero(mask & (behaviour == "lost"))),
            "revenue_prev": float(f["revenue_prev"].to_numpy()[m].sum()),
            "revenue": float(f["revenue"].to_numpy()[m].sum()),
            "lost_sales": value,
            "lost_sales_share": _ratio(value, grand),
            "accounts": ids[m].tolist(),
        }

    names = sorted({k for k, m in zip(key, losing, strict=True) if m})
    rows = [row(name or "none", key == name, 0) for name in names]
    rows.sort(key=lambda r: -r["lost_sales"])
    return _table(seg, f"lost-sales-{by}", LOST_COLUMNS, rows, row("total", key == key, 2))


def to_json(table: SegmentTable, money: Callable[[float], float] | None = None) -> dict[str, Any]:
    """DESIGN.md's shape: money in roubles (2 decimals), shares as fractions."""

    def value(column: str, v: Any) -> Any:
        if v is None or (isinstance(v, float) and v != v):
            return None
        if column in MONEY:
            return round(float(v) / 100, 2)
        if column.endswith("_share") or column == "avg_sow":
            return round(float(v), 4)
        if isinstance(v, float):
            return round(v, 4)
        return v

    def clean(row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"segment": row["segment"]}
        if row.get("level"):
            out["level"] = row["level"]
        out.update({c: value(c, row[c]) for c in table.columns})
        return out

    return {
        "kind": table.kind,
        "as_of": table.as_of.isoformat(),
        "window_months": table.window_months,
        "columns": list(table.columns),
        "rows": [clean(r) for r in table.rows],
        "total": clean(table.total),
        "warnings": table.warnings,
    }


def account_labels(seg: Segmentation) -> dict[str, dict[str, Any]]:
    """Account id → the segment labels of DESIGN.md (null where not computable)."""
    f = seg.clients.frame
    cols = SEGMENT_LABELS
    out: dict[str, dict[str, Any]] = {}
    values = {c: seg.labels[c].to_numpy() for c in cols}
    for i, aid in enumerate(f["id"].to_numpy()):
        labels = {}
        for c in cols:
            v = values[c][i]
            labels[c] = (
                None
                if v is None or (isinstance(v, float) and v != v)
                else (int(v) if c == "dsl_level" else v)
            )
        out[str(aid)] = labels
    return out
