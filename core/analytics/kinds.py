"""The segment tables' names (imported by the command line without pandas)."""

KINDS = (
    "abc-xyz",
    "kml",
    "spl",
    "psc",
    "dsl",
    "rfm",
    "behaviour",
    "capacity",
    "top",
    "coverage",
)
BY = {"psc": ("persona", "cell"), "behaviour": ("segment", "channel", "manager")}
# the segment labels each account carries (DESIGN.md's ``labels``, the computed ones)
SEGMENT_LABELS = (
    "abc",
    "xyz",
    "kml",
    "spl",
    "psc",
    "persona",
    "dsl",
    "dsl_level",
    "rfm",
    "behaviour",
    "lifecycle",
)

SIZES = ("large", "medium", "small")
# the columns of the ABC × potential capacity table: each size's three potential bands,
# now and in the previous window, and the accounts whose potential is unknown
CAPACITY_COLUMNS = (
    *(f"{size}_{band}{sfx}" for size in SIZES for band in (1, 2, 3) for sfx in ("", "_prev")),
    "unknown",
    "unknown_prev",
)
# the columns that hold money (kopecks inside, roubles in JSON and exports)
MONEY = {
    "revenue",
    "revenue_prev",
    "gross_profit",
    "ltv",
    "avg_check",
    "avg_sku_cost",
    "revenue_per_capacity_unit",
    "lost_sales",
    "list_amount",  # the discounts table (core.analytics.discounts)
    "discount",
    "excess_discount",
    "implicit_discount",
    "cost",  # acquisition by channel (core.events)
    "cost_per_client",
}
