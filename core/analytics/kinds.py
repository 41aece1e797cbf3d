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
