"""The analytics screen's words: segmentations, columns, segment names and warnings,
in the user's language (the Russian ones are the methodology's own terms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.analytics.kinds import CAPACITY_COLUMNS
from core.selling.bcg import STRATEGIES

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
    ("bcg", "bcg", None),
    ("discounts", "discounts", "strategy"),
    ("discounts-manager", "discounts", "manager"),
    ("discounts-group", "discounts", "group"),
    ("discounts-abc", "discounts", "abc"),
    ("acquisition", "acquisition", None),
)


def view_label(key: str) -> str:
    return {
        "abc-xyz": QCoreApplication.translate("Analytics", "ABC-XYZ: revenue and stability"),
        "kml": QCoreApplication.translate("Analytics", "KML: whom to sell to"),
        "spl": QCoreApplication.translate("Analytics", "SPL: how to sell (payment behaviour)"),
        "psc": QCoreApplication.translate("Analytics", "PSC: personas"),
        "psc-cell": QCoreApplication.translate("Analytics", "PSC: the 27 P_S_C cells"),
        "dsl": QCoreApplication.translate("Analytics", "DSL: what to sell (assortment breadth)"),
        "behaviour": QCoreApplication.translate("Analytics", "Purchase behaviour"),
        "lost-channel": QCoreApplication.translate("Analytics", "Lost sales by channel"),
        "lost-manager": QCoreApplication.translate("Analytics", "Lost sales by manager"),
        "capacity": QCoreApplication.translate("Analytics", "ABC × potential capacity"),
        "top": QCoreApplication.translate("Analytics", "Top clients' share of revenue"),
        "coverage": QCoreApplication.translate("Analytics", "Acquisition and coverage by region"),
        "rfm": QCoreApplication.translate("Analytics", "RFM"),
        "bcg": QCoreApplication.translate(
            "Analytics", "BCG strategies: relationship × attractiveness"
        ),
        "discounts": QCoreApplication.translate("Analytics", "Discounts by BCG strategy"),
        "discounts-manager": QCoreApplication.translate("Analytics", "Discounts by manager"),
        "discounts-group": QCoreApplication.translate("Analytics", "Discounts by product group"),
        "discounts-abc": QCoreApplication.translate("Analytics", "Discounts by ABC class"),
        "acquisition": QCoreApplication.translate(
            "Analytics",
            "Acquisition by channel: leads, new clients (their revenue and gross profit in "
            "their first 12 months), cost",
        ),
    }.get(key, key)


def column_label(key: str) -> str:
    if key in CAPACITY_COLUMNS:
        parts = key.split("_")
        if parts[0] == "unknown":
            title = QCoreApplication.translate("Analytics", "Unknown potential")
        else:
            size = {
                "large": QCoreApplication.translate("Analytics", "Large"),
                "medium": QCoreApplication.translate("Analytics", "Medium"),
                "small": QCoreApplication.translate("Analytics", "Small"),
            }[parts[0]]
            title = f"{size} {parts[1]}"
        return title + (
            QCoreApplication.translate("Analytics", ", before") if key.endswith("_prev") else ""
        )
    return {
        "segment": QCoreApplication.translate("Analytics", "Segment"),
        "revenue": QCoreApplication.translate("Analytics", "Revenue"),
        "revenue_share": QCoreApplication.translate("Analytics", "% of revenue"),
        "gross_profit": QCoreApplication.translate("Analytics", "Gross profit"),
        "gross_profit_share": QCoreApplication.translate("Analytics", "% of gross profit"),
        "clients": QCoreApplication.translate("Analytics", "Clients"),
        "clients_share": QCoreApplication.translate("Analytics", "% of clients"),
        "ltv": QCoreApplication.translate("Analytics", "LTV per client"),
        "avg_check": QCoreApplication.translate("Analytics", "Average check"),
        "check_depth": QCoreApplication.translate("Analytics", "Check depth"),
        "avg_sku_cost": QCoreApplication.translate("Analytics", "Average SKU cost"),
        "orders": QCoreApplication.translate("Analytics", "Orders"),
        "slots": QCoreApplication.translate("Analytics", "Slots"),
        "skus_sold": QCoreApplication.translate("Analytics", "SKUs sold"),
        "checks_per_client": QCoreApplication.translate("Analytics", "Checks per client"),
        "deals_per_client": QCoreApplication.translate("Analytics", "Deals per client"),
        "diversity": QCoreApplication.translate("Analytics", "D (product groups)"),
        "avg_sow": QCoreApplication.translate("Analytics", "Average SOW"),
        "avg_days_since_purchase": QCoreApplication.translate("Analytics", "Days since purchase"),
        "unique_competitors": QCoreApplication.translate("Analytics", "Competitors"),
        "unique_regions": QCoreApplication.translate("Analytics", "Regions"),
        "capacity_units": QCoreApplication.translate("Analytics", "Capacity units"),
        "revenue_per_capacity_unit": QCoreApplication.translate(
            "Analytics", "Revenue per capacity unit"
        ),
        "lost_sales": QCoreApplication.translate("Analytics", "Lost sales"),
        "revenue_prev": QCoreApplication.translate("Analytics", "Revenue before"),
        "client": QCoreApplication.translate("Analytics", "Client"),
        "client_prev": QCoreApplication.translate("Analytics", "Client before"),
        "share_prev": QCoreApplication.translate("Analytics", "% of revenue before"),
        "active": QCoreApplication.translate("Analytics", "Active"),
        "acquired": QCoreApplication.translate("Analytics", "Acquired"),
        "potential": QCoreApplication.translate("Analytics", "Potential"),
        "total_outlets": QCoreApplication.translate("Analytics", "All possible clients"),
        "acquisition": QCoreApplication.translate("Analytics", "% acquisition"),
        "coverage": QCoreApplication.translate("Analytics", "% coverage"),
        "falling_clients": QCoreApplication.translate("Analytics", "Falling"),
        "lost_clients": QCoreApplication.translate("Analytics", "Lost"),
        "lost_sales_share": QCoreApplication.translate("Analytics", "% of lost sales"),
        "list_amount": QCoreApplication.translate("Analytics", "List amount"),
        "discount": QCoreApplication.translate("Analytics", "Discount"),
        "discount_rate": QCoreApplication.translate("Analytics", "Discount, % of list"),
        "lines": QCoreApplication.translate("Analytics", "Lines with discount data"),
        "lines_above_policy": QCoreApplication.translate("Analytics", "Lines above the policy"),
        "lines_above_policy_share": QCoreApplication.translate(
            "Analytics", "% of lines above the policy"
        ),
        "excess_discount": QCoreApplication.translate("Analytics", "Excess discount"),
        "excess_share": QCoreApplication.translate("Analytics", "Excess, % of revenue"),
        "implicit_discount": QCoreApplication.translate(
            "Analytics", "Implicit discount (late payment)"
        ),
        "headline_share": QCoreApplication.translate(
            "Analytics", "Excess + implicit, % of revenue"
        ),
        "leads": QCoreApplication.translate("Analytics", "Leads"),
        "conversion": QCoreApplication.translate("Analytics", "Lead → client"),
        "cost": QCoreApplication.translate("Analytics", "Cost"),
        "cost_per_client": QCoreApplication.translate("Analytics", "Cost per new client"),
    }.get(key, key)


def segment_label(name: str) -> str:
    """Behaviours, personas, DSL levels, BCG strategies and the total in words; codes
    as they are."""
    if name in STRATEGIES:
        from ui.account_card.words import Words

        return Words().strategy(name)
    return {
        "total": QCoreApplication.translate("Analytics", "Total"),
        "new": QCoreApplication.translate("Analytics", "New"),
        "lost": QCoreApplication.translate("Analytics", "Lost"),
        "falling": QCoreApplication.translate("Analytics", "Falling"),
        "growing": QCoreApplication.translate("Analytics", "Growing"),
        "stable": QCoreApplication.translate("Analytics", "Stable"),
        "returned": QCoreApplication.translate("Analytics", "Returned"),
        "dormant": QCoreApplication.translate("Analytics", "Dormant"),
        "prospect": QCoreApplication.translate("Analytics", "Prospect (never bought)"),
        "best": QCoreApplication.translate("Analytics", "Best"),
        "stingy": QCoreApplication.translate("Analytics", "Stingy (systematic, much cheap)"),
        "not_stably_best": QCoreApplication.translate(
            "Analytics", "Much expensive, not systematic"
        ),
        "expensive_little": QCoreApplication.translate(
            "Analytics", "Systematically expensive, but little"
        ),
        "normal": QCoreApplication.translate("Analytics", "Normal"),
        "level_1": QCoreApplication.translate(
            "Analytics", "Level 1: buy one thing, never tried others"
        ),
        "level_2": QCoreApplication.translate("Analytics", "Level 2: tried others, still buy one"),
        "level_3": QCoreApplication.translate("Analytics", "Level 3: buy broadly"),
        "no_region": QCoreApplication.translate("Analytics", "(no region)"),
        "none": QCoreApplication.translate("Analytics", "(not set)"),
        "unscored": QCoreApplication.translate("Analytics", "(no factor scored)"),
        "search": QCoreApplication.translate("Analytics", "Search"),
        "event": QCoreApplication.translate("Analytics", "Events (trade fairs, seminars)"),
        "referral": QCoreApplication.translate("Analytics", "Referrals"),
        "website": QCoreApplication.translate("Analytics", "Website"),
        "email": QCoreApplication.translate("Analytics", "E-mail"),
        "cold_call": QCoreApplication.translate("Analytics", "Cold calls"),
        "partner": QCoreApplication.translate("Analytics", "Partners"),
        "other": QCoreApplication.translate("Analytics", "Other"),
        "unknown": QCoreApplication.translate("Analytics", "(source not recorded)"),
    }.get(name, name)


def warning_text(code: str) -> str:
    """A warning of the engine in plain words."""
    key, _, count = code.partition(":")
    text = {
        "no_cost": QCoreApplication.translate(
            "Analytics", "No cost in the sales data: gross profit is shown equal to revenue."
        ),
        "no_competitors": QCoreApplication.translate(
            "Analytics",
            "No competitor data for %1 clients: they count as K1 (no competition) and M3.",
        ),
        "no_receivables": QCoreApplication.translate(
            "Analytics", "No receivables data: every client is P3 (pays on time)."
        ),
        "no_capacity": QCoreApplication.translate(
            "Analytics", "%1 clients have no capacity units and are left out of C (PSC)."
        ),
        "no_universe": QCoreApplication.translate(
            "Analytics",
            "No region universe imported: potential, all possible clients and coverage are empty.",
        ),
        "no_potential": QCoreApplication.translate(
            "Analytics",
            "%1 clients have no potential or business size: counted under Unknown potential.",
        ),
        "no_discount_data": QCoreApplication.translate(
            "Analytics",
            "%1 of %2 lines carry no discount (no discount, list price or discount % "
            "column): they count in revenue only.",
        ),
    }.get(key, code)
    first, _, second = count.partition(":")
    return text.replace("%1", first).replace("%2", second)
