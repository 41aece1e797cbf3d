"""BANT qualification (Скоринг по Шиффману), METHODS.md §5.

Budget, Authority (who we talk to: ЛПР/ЛВР), Need and Timing are each scored 0 (unknown
or no), 1 (signals), 2 (partly confirmed) or 3 (confirmed). The total 0–12 gives the
status: ≥ 9 qualified, 5–8 developing, < 5 not qualified.
"""

from __future__ import annotations

from dataclasses import dataclass

CRITERIA = ("budget", "authority", "need", "timing")
QUALIFIED_FROM = 9
DEVELOPING_FROM = 5
STATUSES = ("not_qualified", "developing", "qualified")


class BantError(ValueError):
    pass


@dataclass(frozen=True)
class Bant:
    budget: int = 0
    authority: int = 0
    need: int = 0
    timing: int = 0

    def __post_init__(self) -> None:
        for name in CRITERIA:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 3:
                raise BantError(f"{name} must be a whole number from 0 to 3, not {value!r}")

    @property
    def total(self) -> int:
        return self.budget + self.authority + self.need + self.timing

    @property
    def status(self) -> str:
        return bant_status(self.total)


def bant_status(total: int) -> str:
    """``qualified`` (≥ 9), ``developing`` (5–8) or ``not_qualified`` (< 5)."""
    if not 0 <= total <= 12:
        raise BantError(f"a BANT total is 0–12, not {total}")
    if total >= QUALIFIED_FROM:
        return "qualified"
    if total >= DEVELOPING_FROM:
        return "developing"
    return "not_qualified"
