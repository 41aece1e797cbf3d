"""Per-client metrics of METHODS.md §2 for one account, on plain Python values.

The account card needs them for one client at a time; reading that client's lines and
computing here takes milliseconds and keeps the rule in one place that tests can check
by hand. Money is integer kopecks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.analytics.window import Window


@dataclass(frozen=True)
class Line:
    """The fields of a sale line that the metrics read."""

    date: date
    doc_no: str | None
    sku: str | None
    product_group: str | None
    quantity: float
    amount_kop: int
    cost_kop: int | None = None


@dataclass(frozen=True)
class ClientMetrics:
    revenue_kop: int
    gross_profit_kop: int
    cost_known: bool  # False: no line had a cost, gross profit is revenue
    orders: int
    slots: int
    skus_sold: int
    diversity: int
    avg_check_kop: float | None
    check_depth: float | None
    avg_sku_cost_kop: float | None
    active_months: int
    systematicity: float
    margin: float | None
    revenue_per_capacity_unit_kop: float | None
    sow: float | None
    ltv_kop: int
    days_since_purchase: int | None
    first_sale: date | None
    last_sale: date | None


def share_of_wallet(
    revenue_kop: int, potential_kop: int | None, competitor_shares: Sequence[float | None]
) -> float | None:
    """Our revenue / potential (capped at 1) when potential is known; else 1 − Σ competitor
    shares when shares are known; else unknown."""
    if potential_kop:
        return max(0.0, min(1.0, revenue_kop / potential_kop))
    known = [s for s in competitor_shares if s is not None]
    if known:
        return max(0.0, 1.0 - sum(known))
    return None


def _order_key(line: Line) -> str:
    return f"d:{line.doc_no}" if line.doc_no else f"t:{line.date.isoformat()}"


def client_metrics(
    lines: Iterable[Line],
    window: Window,
    *,
    potential_kop: int | None = None,
    competitor_shares: Sequence[float | None] = (),
    capacity_units: float | None = None,
) -> ClientMetrics:
    """The metrics of one client over ``window``; LTV and dates use all lines up to its end.

    Returns (negative lines) count in revenue, never in orders or slots."""
    revenue = gross_profit = ltv = 0
    cost_known = False
    orders: set[str] = set()
    slots: set[tuple[str, str | None]] = set()
    skus: set[str] = set()
    groups: set[str] = set()
    active: set[int] = set()
    first: date | None = None
    last: date | None = None
    for line in lines:
        if line.date > window.end:
            continue
        ltv += line.amount_kop
        if line.amount_kop > 0:
            first = line.date if first is None or line.date < first else first
            last = line.date if last is None or line.date > last else last
        period = window.period_index(line.date)
        if period is None:
            continue
        revenue += line.amount_kop
        if line.cost_kop is not None:
            cost_known = True
            gross_profit += line.amount_kop - line.cost_kop
        else:
            gross_profit += line.amount_kop
        if line.amount_kop <= 0:
            continue
        key = _order_key(line)
        orders.add(key)
        slots.add((key, line.sku))
        if line.sku:
            skus.add(line.sku)
        if line.product_group:
            groups.add(line.product_group)
        active.add(period)
    n_orders, n_slots = len(orders), len(slots)
    months = len(window.periods)
    return ClientMetrics(
        revenue_kop=revenue,
        gross_profit_kop=gross_profit,
        cost_known=cost_known,
        orders=n_orders,
        slots=n_slots,
        skus_sold=len(skus),
        diversity=len(groups),
        avg_check_kop=revenue / n_orders if n_orders else None,
        check_depth=n_slots / n_orders if n_orders else None,
        avg_sku_cost_kop=revenue / n_slots if n_slots else None,
        active_months=len(active),
        systematicity=len(active) / months,
        margin=gross_profit / revenue if revenue else None,
        revenue_per_capacity_unit_kop=revenue / capacity_units if capacity_units else None,
        sow=share_of_wallet(revenue, potential_kop, competitor_shares),
        ltv_kop=ltv,
        days_since_purchase=(window.end - last).days if last else None,
        first_sale=first,
        last_sale=last,
    )
