"""Per-client metrics (METHODS.md §2) for every account at once, vectorised.

One row per account (in the dataset's account order). Counts follow §2 exactly:
returns (negative lines) count in revenue and LTV but in neither orders, slots, SKUs,
product groups nor active months; an order is a document number, or (account, date)
for a line without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from core.analytics.dataset import Dataset
from core.analytics.window import Window, analysis_window, previous_window


@dataclass
class ClientTable:
    as_of: date
    months: int
    window: Window
    previous: Window
    frame: pd.DataFrame  # one row per account
    monthly: np.ndarray  # accounts × periods revenue (kopecks), zero months included
    cost_known: bool


def _day(d: date) -> np.datetime64:
    return np.datetime64(d, "s")


def _count_distinct(acc: np.ndarray, keys: list[np.ndarray], n: int) -> np.ndarray:
    """Per account, how many distinct key tuples its rows hold."""
    if len(acc) == 0:
        return np.zeros(n, dtype=np.int64)
    frame = pd.DataFrame({"acc": acc, **{f"k{i}": k for i, k in enumerate(keys)}})
    unique = frame.drop_duplicates()
    return np.bincount(unique["acc"].to_numpy(), minlength=n)


def client_table(ds: Dataset, as_of: date, months: int = 12) -> ClientTable:
    window = analysis_window(as_of, months)
    previous = previous_window(as_of, months)
    accounts = ds.accounts
    n = len(accounts)
    lines = ds.lines
    dates = lines["date"].to_numpy()
    acc = lines["acc"].to_numpy()
    amount = lines["amount_kop"].to_numpy()
    cost = lines["cost_kop"].to_numpy()
    upto = dates <= _day(window.end)
    in_win = upto & (dates >= _day(window.start))
    in_prev = (dates >= _day(previous.start)) & (dates <= _day(previous.end))
    before_win = dates < _day(window.start)
    positive = amount > 0

    def total(mask: np.ndarray, weights: np.ndarray) -> np.ndarray:
        return np.bincount(acc[mask], weights=weights[mask].astype(np.float64), minlength=n)

    revenue = total(in_win, amount)
    known_cost = np.where(np.isnan(cost), 0.0, cost)  # no cost: gross profit is revenue
    gross_profit = total(in_win, amount - known_cost)
    cost_known = bool(np.any(~np.isnan(cost[in_win]))) if in_win.any() else False
    revenue_prev = total(in_prev, amount)
    ltv = total(upto, amount)

    # orders: the document, or the day for lines without one
    doc_codes = lines["doc"].to_numpy()
    day_codes = dates.astype("datetime64[D]").astype(np.int64)
    order_key = np.where(doc_codes >= 0, doc_codes, -(day_codes + 1))
    sku_codes = lines["sku"].to_numpy()
    group_codes = lines["group"].to_numpy()
    w = in_win & positive
    orders = _count_distinct(acc[w], [order_key[w]], n)
    slots = _count_distinct(acc[w], [order_key[w], sku_codes[w]], n)
    has_sku = w & (sku_codes >= 0)
    skus = _count_distinct(acc[has_sku], [sku_codes[has_sku]], n)
    has_group = w & (group_codes >= 0)
    diversity = _count_distinct(acc[has_group], [group_codes[has_group]], n)

    starts = np.array([_day(lo) for lo, _ in window.periods])
    period = np.searchsorted(starts, dates, side="right") - 1
    active_months = _count_distinct(acc[w], [period[w]], n)
    monthly = np.zeros((n, months), dtype=np.float64)
    np.add.at(monthly, (acc[in_win], period[in_win]), amount[in_win])

    # the largest product group's share of the client's revenue (DSL's S)
    group_rev = pd.DataFrame(
        {"acc": acc[in_win & (group_codes >= 0)], "g": group_codes[in_win & (group_codes >= 0)]}
    )
    group_rev["amount"] = amount[in_win & (group_codes >= 0)]
    top_group = np.zeros(n)
    if not group_rev.empty:
        best = group_rev.groupby(["acc", "g"])["amount"].sum().groupby(level=0).max()
        top_group[best.index.to_numpy()] = best.to_numpy()

    pos_upto = upto & positive
    first = pd.Series(dates[pos_upto]).groupby(acc[pos_upto]).min()
    last = pd.Series(dates[pos_upto]).groupby(acc[pos_upto]).max()
    first_sale = pd.Series(pd.NaT, index=range(n), dtype="datetime64[s]")
    last_sale = first_sale.copy()
    first_sale.iloc[first.index.to_numpy()] = first.to_numpy()
    last_sale.iloc[last.index.to_numpy()] = last.to_numpy()
    as_of_ts = pd.Timestamp(as_of)
    days = (as_of_ts - last_sale).dt.days

    bought_in_window = np.bincount(acc[w], minlength=n) > 0
    bought_in_previous = np.bincount(acc[in_prev & positive], minlength=n) > 0
    bought_before_window = np.bincount(acc[before_win & positive], minlength=n) > 0

    potential = accounts["potential_kop"].to_numpy(dtype=np.float64)
    capacity = accounts["capacity_units"].to_numpy(dtype=np.float64)
    comp = ds.competitors
    known_shares = comp[comp["share"].notna()]
    share_sum = np.bincount(
        known_shares["acc"].to_numpy(dtype=np.int64),
        weights=known_shares["share"].to_numpy(dtype=np.float64),
        minlength=n,
    )
    has_shares = np.bincount(known_shares["acc"].to_numpy(dtype=np.int64), minlength=n) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        sow = np.where(
            potential > 0,
            np.clip(revenue / potential, 0.0, 1.0),
            np.where(has_shares, np.clip(1.0 - share_sum, 0.0, 1.0), np.nan),
        )
        avg_check = np.where(orders > 0, revenue / np.maximum(orders, 1), np.nan)
        depth = np.where(orders > 0, slots / np.maximum(orders, 1), np.nan)
        sku_cost = np.where(slots > 0, revenue / np.maximum(slots, 1), np.nan)
        margin = np.where(revenue != 0, gross_profit / np.where(revenue == 0, 1, revenue), np.nan)
        per_unit = np.where(capacity > 0, revenue / np.where(capacity > 0, capacity, 1), np.nan)
        top_share = np.where(revenue > 0, top_group / np.where(revenue > 0, revenue, 1), np.nan)

    frame = pd.DataFrame(
        {
            "id": accounts["id"].to_numpy(),
            "name": accounts["name"].fillna("").to_numpy(),
            "region": accounts["region"].to_numpy(),
            "channel": accounts["channel"].to_numpy(),
            "manager": accounts["manager"].to_numpy(),
            "size": accounts["size"].to_numpy(),
            "potential_kop": potential,
            "capacity_units": capacity,
            "revenue": revenue,
            "revenue_prev": revenue_prev,
            "gross_profit": gross_profit,
            "ltv": ltv,
            "orders": orders,
            "slots": slots,
            "skus_sold": skus,
            "diversity": diversity,
            "active_months": active_months,
            "systematicity": active_months / months,
            "avg_check": avg_check,
            "check_depth": depth,
            "avg_sku_cost": sku_cost,
            "margin": margin,
            "revenue_per_capacity_unit": per_unit,
            "sow": sow,
            "top_group_share": top_share,
            "first_sale": first_sale.to_numpy(),
            "last_sale": last_sale.to_numpy(),
            "days_since_purchase": days.to_numpy(),
            "active": bought_in_window,
            "active_prev": bought_in_previous,
            "bought_before": bought_before_window,
        }
    )
    return ClientTable(as_of, months, window, previous, frame, monthly, cost_known)
