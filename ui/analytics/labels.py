"""The analytics screen's words: segmentations, columns, segment names and warnings,
in the user's language (the Russian ones are the methodology's own terms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.analytics.segments import CAPACITY_COLUMNS


def _t(text: str) -> str:
    return QCoreApplication.translate("Analytics", text)


# (view key, segment kind, rows by) in the order of the chooser
VIEWS: tuple[tuple[str, str, str | None], ...] = (
    ("abc-xyz", "abc-xyz", None),
    ("kml", "kml", None),
    ("spl", "spl", None),
    ("psc", "psc", "persona"),
    ("psc-cell", "psc", "cell"),
    ("dsl", "dsl", None),
    ("behaviour", "behaviour", None),
    ("lost-channel", "behaviour", "channel"),
    ("lost-manager", "behaviour", "manager"),
    ("capacity", "capacity", None),
    ("top", "top", None),
    ("coverage", "coverage", None),
    ("rfm", "rfm", None),
)


def view_label(key: str) -> str:
    return {
        "abc-xyz": _t("ABC-XYZ: revenue and stability"),
        "kml": _t("KML: whom to sell to"),
        "spl": _t("SPL: how to sell (payment behaviour)"),
        "psc": _t("PSC: personas"),
        "psc-cell": _t("PSC: the 27 P_S_C cells"),
        "dsl": _t("DSL: what to sell (assortment breadth)"),
        "behaviour": _t("Purchase behaviour"),
        "lost-channel": _t("Lost sales by channel"),
        "lost-manager": _t("Lost sales by manager"),
        "capacity": _t("ABC × potential capacity"),
        "top": _t("Top clients' share of revenue"),
        "coverage": _t("Acquisition and coverage by region"),
        "rfm": _t("RFM"),
    }.get(key, key)


def column_label(key: str) -> str:
    if key in CAPACITY_COLUMNS:
        parts = key.split("_")
        if parts[0] == "unknown":
            title = _t("Unknown potential")
        else:
            size = {"large": _t("Large"), "medium": _t("Medium"), "small": _t("Small")}[parts[0]]
            title = f"{size} {parts[1]}"
        return title + (_t(", before") if key.endswith("_prev") else "")
    return {
        "segment": _t("Segment"),
        "revenue": _t("Revenue"),
        "revenue_share": _t("% of revenue"),
        "gross_profit": _t("Gross profit"),
        "gross_profit_share": _t("% of gross profit"),
        "clients": _t("Clients"),
        "clients_share": _t("% of clients"),
        "ltv": _t("LTV per client"),
        "avg_check": _t("Average check"),
        "check_depth": _t("Check depth"),
        "avg_sku_cost": _t("Average SKU cost"),
        "orders": _t("Orders"),
        "slots": _t("Slots"),
        "skus_sold": _t("SKUs sold"),
        "checks_per_client": _t("Checks per client"),
        "deals_per_client": _t("Deals per client"),
        "diversity": _t("D (product groups)"),
        "avg_sow": _t("Average SOW"),
        "avg_days_since_purchase": _t("Days since purchase"),
        "unique_competitors": _t("Competitors"),
        "unique_regions": _t("Regions"),
        "capacity_units": _t("Capacity units"),
        "revenue_per_capacity_unit": _t("Revenue per capacity unit"),
        "lost_sales": _t("Lost sales"),
        "revenue_prev": _t("Revenue before"),
        "client": _t("Client"),
        "client_prev": _t("Client before"),
        "share_prev": _t("% of revenue before"),
        "active": _t("Active"),
        "acquired": _t("Acquired"),
        "potential": _t("Potential"),
        "total_outlets": _t("All possible clients"),
        "acquisition": _t("% acquisition"),
        "coverage": _t("% coverage"),
        "falling_clients": _t("Falling"),
        "lost_clients": _t("Lost"),
        "lost_sales_share": _t("% of lost sales"),
    }.get(key, key)


def segment_label(name: str) -> str:
    """Behaviours, personas, DSL levels and the total in words; codes as they are."""
    return {
        "total": _t("Total"),
        "new": _t("New"),
        "lost": _t("Lost"),
        "falling": _t("Falling"),
        "growing": _t("Growing"),
        "stable": _t("Stable"),
        "returned": _t("Returned"),
        "dormant": _t("Dormant"),
        "prospect": _t("Prospect (never bought)"),
        "best": _t("Best"),
        "stingy": _t("Stingy (systematic, much cheap)"),
        "not_stably_best": _t("Much expensive, not systematic"),
        "expensive_little": _t("Systematically expensive, but little"),
        "normal": _t("Normal"),
        "level_1": _t("Level 1: buy one thing, never tried others"),
        "level_2": _t("Level 2: tried others, still buy one"),
        "level_3": _t("Level 3: buy broadly"),
        "no_region": _t("(no region)"),
        "none": _t("(not set)"),
    }.get(name, name)


def warning_text(code: str) -> str:
    """A warning of the engine in plain words."""
    key, _, count = code.partition(":")
    text = {
        "no_cost": _t("No cost in the sales data: gross profit is shown equal to revenue."),
        "no_competitors": _t(
            "No competitor data for %1 clients: they count as K1 (no competition) and M3."
        ),
        "no_receivables": _t("No receivables data: every client is P3 (pays on time)."),
        "no_capacity": _t("%1 clients have no capacity units and are left out of C (PSC)."),
        "no_universe": _t(
            "No region universe imported: potential, all possible clients and coverage are empty."
        ),
        "no_potential": _t(
            "%1 clients have no potential or business size: counted under Unknown potential."
        ),
    }.get(key, code)
    return text.replace("%1", count)
