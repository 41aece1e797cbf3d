"""Every threshold of METHODS.md with its default, checked, and read from the company's
settings (a plain module: Settings reads it without loading the analytics engine)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Thresholds:
    """Every threshold of METHODS.md, with its default."""

    abc_a: float = 0.80
    abc_b: float = 0.95
    xyz_x: float = 0.25
    xyz_y: float = 0.50
    systematic_s3: float = 0.75
    systematic_s2: float = 0.40
    k2_from: int = 2  # competitors: 0–1 → K1, 2–3 → K2, ≥ 4 → K3
    k3_from: int = 4
    hhi_m1: float = 0.25
    hhi_m2: float = 0.50
    dsl_d3_from: int = 4  # product groups: 1 → D1, 2–3 → D2, ≥ 4 → D3
    dsl_s1: float = 0.80
    dsl_s2: float = 0.50
    falling_below: float = 0.70
    growing_above: float = 1.30
    new_days: int = 90
    top_n: int = 8
    churn_horizon_days: int = 90  # H of churn risk (METHODS.md §12)

    def check(self) -> None:
        """Raise ThresholdError when a value is out of range or the pairs are out of order."""
        shares = ("abc_a", "abc_b", "xyz_x", "xyz_y", "systematic_s3", "systematic_s2",
                  "hhi_m1", "hhi_m2", "dsl_s1", "dsl_s2")  # fmt: skip
        for name in shares:
            value = getattr(self, name)
            if not 0 < value <= (1 if name not in ("xyz_x", "xyz_y") else 10):
                raise ThresholdError(name, f"{name} must be above 0 and at most 1")
        for low, high in ORDERED_PAIRS:
            if getattr(self, low) >= getattr(self, high):
                raise ThresholdError(low, f"{low} must be below {high}", other=high)
        if self.k2_from < 1 or self.dsl_d3_from < 3:
            raise ThresholdError("k2_from", "competitor and group counts are too small")
        if not 0 < self.falling_below < 1 < self.growing_above:
            raise ThresholdError("falling_below", "falling is below 1, growing above 1")
        if self.new_days < 1 or self.top_n < 1:
            raise ThresholdError("new_days", "days and top N are at least 1")
        if not 7 <= self.churn_horizon_days <= 730:
            raise ThresholdError("churn_horizon_days", "the churn horizon is 7 to 730 days")


ORDERED_PAIRS = (
    ("abc_a", "abc_b"),
    ("xyz_x", "xyz_y"),
    ("systematic_s2", "systematic_s3"),
    ("hhi_m1", "hhi_m2"),
    ("dsl_s2", "dsl_s1"),
    ("k2_from", "k3_from"),
)


class ThresholdError(ValueError):
    """``name`` is the threshold at fault; ``other`` the one it must stay below."""

    def __init__(self, name: str, message: str, other: str | None = None):
        super().__init__(message)
        self.name = name
        self.other = other


THRESHOLD_PREFIX = "analysis."  # the app_setting keys: analysis.abc_a, …


def thresholds_from(stored: Mapping[str, Any]) -> Thresholds:
    """Thresholds from stored settings (name → value), defaults for what is missing; a
    stored set that does not pass the checks falls back to the defaults entirely."""
    defaults = Thresholds()
    values: dict[str, Any] = {}
    for f in fields(Thresholds):
        value = stored.get(f.name)
        kind = type(getattr(defaults, f.name))
        if isinstance(value, int | float) and not isinstance(value, bool):
            values[f.name] = kind(value)
    try:
        th = replace(defaults, **values)
        th.check()
    except (ThresholdError, ValueError):
        return defaults
    return th
