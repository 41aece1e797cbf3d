"""What an operation changed: the names the window's change hub broadcasts.

Every write of ``core`` says what it changes with ``@changes(...)``; the window's
executor reads it after the operation succeeded and tells every screen, so that each
refreshes what it shows (DESIGN.md, "How the window reaches the data"). ``LABEL_INPUTS``
is what the derived state (segment labels, BCG strategies, discount limits) reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

ACCOUNTS = "accounts"
SALES = "sales"
CONTACTS = "contacts"
ACTIVITIES = "activities"
OPPORTUNITIES = "opportunities"
SCORES = "scores"  # BANT and BCG scores
SETTINGS = "settings"  # the company's settings (thresholds, discount policy, VAT…)
PROPOSALS = "proposals"
PLANS = "plans"  # development plans, milestones, joint projects
SPIN = "spin"  # the question bank and the answers
TCO = "tco"
SURVEYS = "surveys"  # NPS/CSI answers, deliveries
KPI_PLANS = "kpi_plans"  # the revenue and new-client plans of the managers
TASKS = "tasks"
EVENTS = "events"

ALL = frozenset(
    (ACCOUNTS, SALES, CONTACTS, ACTIVITIES, OPPORTUNITIES, SCORES, SETTINGS, PROPOSALS,
     PLANS, SPIN, TCO, SURVEYS, KPI_PLANS, TASKS, EVENTS)
)  # fmt: skip

# what the segment labels, the scoring and the strategies are computed from
LABEL_INPUTS = frozenset((ACCOUNTS, SALES, CONTACTS, ACTIVITIES, SCORES, SETTINGS, PLANS))
# what the KPI panel reads
KPI_INPUTS = frozenset((ACCOUNTS, SALES, SETTINGS, KPI_PLANS, ACTIVITIES, OPPORTUNITIES))

F = TypeVar("F", bound=Callable[..., Any])
Changes = frozenset[str] | Callable[..., Iterable[str]]


def changes(*kinds: str | Callable[..., Iterable[str]]) -> Callable[[F], F]:
    """Mark a write with what it changes: names, or one function of the call's
    arguments that returns them (``save_record`` changes what its record kind is)."""

    def mark(fn: F) -> F:
        if len(kinds) == 1 and callable(kinds[0]):
            fn.__changes__ = kinds[0]  # type: ignore[attr-defined]
        else:
            names = frozenset(str(k) for k in kinds)
            if names - ALL:
                raise ValueError(f"unknown change kinds: {sorted(names - ALL)}")
            fn.__changes__ = names  # type: ignore[attr-defined]
        return fn

    return mark


def changes_of(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> frozenset[str]:
    """What a call of ``fn`` with these arguments changes (empty for a read)."""
    marked = getattr(fn, "__changes__", None)
    if marked is None:
        return frozenset()
    if callable(marked):
        return frozenset(marked(*args, **kwargs))
    return frozenset(marked)


def touches(accounts: Callable[..., Iterable[str]]) -> Callable[[F], F]:
    """Mark a write that changes only the accounts ``accounts(db, *args)`` names (an
    account's own fields): the account list refreshes those rows, not all of them."""

    def mark(fn: F) -> F:
        fn.__accounts__ = accounts  # type: ignore[attr-defined]
        return fn

    return mark


def accounts_of(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> frozenset[str] | None:
    """The accounts a call of ``fn`` changes, when it says (None: it does not say)."""
    marked = getattr(fn, "__accounts__", None)
    return None if marked is None else frozenset(marked(*args, **kwargs))
