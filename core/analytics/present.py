"""Segment tables as the user reads them: column kinds, English titles (the command
line's; the window has its own translated ones for the same keys), values in roubles,
and export to .xlsx and .csv."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.analytics.kinds import CAPACITY_COLUMNS, MONEY

if TYPE_CHECKING:
    from core.analytics.segments import SegmentTable
from core.export import Column, write_csv, write_xlsx

SHARES = {
    "avg_sow", "share_prev", "acquisition", "coverage", "lost_sales_share", "discount_rate",
    "conversion",
}  # fmt: skip
TEXT = {"client", "client_prev"}
INTS = {
    "clients",
    "orders",
    "slots",
    "skus_sold",
    "unique_competitors",
    "unique_regions",
    "active",
    "acquired",
    "falling_clients",
    "lost_clients",
    "potential",
    "total_outlets",
    "lines",
    "lines_above_policy",
    "leads",
    *CAPACITY_COLUMNS,
}

TITLES = {
    "segment": "Segment",
    "revenue": "Revenue",
    "revenue_share": "% of total revenue",
    "gross_profit": "Gross profit",
    "gross_profit_share": "% of total gross profit",
    "clients": "Clients",
    "clients_share": "% of clients",
    "ltv": "LTV per client",
    "avg_check": "Average check",
    "check_depth": "Check depth",
    "avg_sku_cost": "Average SKU cost",
    "orders": "Orders",
    "slots": "Slots",
    "skus_sold": "SKUs sold",
    "checks_per_client": "Checks per client",
    "deals_per_client": "Deals per client",
    "diversity": "Diversity (D)",
    "avg_sow": "Average SOW",
    "avg_days_since_purchase": "Average days since purchase",
    "unique_competitors": "Unique competitors",
    "unique_regions": "Unique regions",
    "capacity_units": "Capacity units",
    "revenue_per_capacity_unit": "Revenue per capacity unit",
    "lost_sales": "Lost sales",
    "revenue_prev": "Revenue, previous window",
    "client": "Client",
    "client_prev": "Client, previous window",
    "share_prev": "% of revenue, previous window",
    "active": "Active",
    "acquired": "Acquired",
    "potential": "Potential",
    "total_outlets": "Total outlets",
    "acquisition": "% acquisition",
    "coverage": "% coverage",
    "falling_clients": "Falling clients",
    "lost_clients": "Lost clients",
    "lost_sales_share": "% of lost sales",
    "list_amount": "List amount",
    "discount": "Discount",
    "discount_rate": "Discount, % of list",
    "lines": "Lines with discount data",
    "lines_above_policy": "Lines above the policy",
    "lines_above_policy_share": "% of lines above the policy",
    "excess_discount": "Excess discount",
    "excess_share": "Excess, % of revenue",
    "implicit_discount": "Implicit discount (late payment)",
    "headline_share": "Excess + implicit, % of revenue",
    "leads": "Leads",
    "conversion": "Lead → client",
    "cost": "Cost",
    "cost_per_client": "Cost per new client",
}
SIZE_TITLES = {"large": "Large", "medium": "Medium", "small": "Small"}


def column_kind(key: str) -> str:
    if key in TEXT or key == "segment":
        return "text"
    if key in MONEY:
        return "money"
    if key.endswith("_share") or key in SHARES:
        return "share"
    if key in INTS:
        return "int"
    return "number"


def english_title(key: str) -> str:
    if key in TITLES:
        return TITLES[key]
    if key in CAPACITY_COLUMNS:  # large_1_prev → "Large 1, previous"
        parts = key.split("_")
        if parts[0] == "unknown":
            title = "Unknown potential"
        else:
            title = f"{SIZE_TITLES[parts[0]]} {parts[1]}"
        return f"{title}, previous" if key.endswith("_prev") else title
    return key.replace("_", " ").capitalize()


def display_value(key: str, value: Any) -> Any:
    """Money in roubles, the rest as computed; None for a missing or NaN value."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if column_kind(key) == "money":
        return float(value) / 100
    return value


def table_matrix(
    table: SegmentTable, segment_name: Callable[[str], str] = str
) -> tuple[list[list[Any]], set[int]]:
    """The rows then the total as lists of display values; the indexes of the rows to
    show in bold (subtotals and the total)."""
    rows = [*table.rows, table.total]
    out = [
        [segment_name(str(r["segment"]))] + [display_value(c, r[c]) for c in table.columns]
        for r in rows
    ]
    bold = {i for i, r in enumerate(rows) if r.get("level")}
    return out, bold


def export_table(
    table: SegmentTable,
    path: str | Path,
    title: Callable[[str], str] = english_title,
    segment_name: Callable[[str], str] = str,
    heading: str | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Write the table as .xlsx (formatted) or .csv, by the file's suffix."""
    path = Path(path)
    matrix, bold = table_matrix(table, segment_name)
    keys = ["segment", *table.columns]
    if path.suffix.lower() == ".csv":
        return write_csv(path, [title(k) for k in keys], matrix)
    columns = [
        Column(title(k), column_kind(k), width=22 if k in ("segment", *TEXT) else None)
        for k in keys
    ]
    return write_xlsx(path, table.kind, columns, matrix, bold, heading, notes or [])
