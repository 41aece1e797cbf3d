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
