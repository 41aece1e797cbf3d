"""The account list's saved filters (issue 4): which accounts each standard view shows.

A filter is a base view plus, optionally, the text typed in the filter box; the user's
own filters are saved as that pair under a name. The rules live here so that the window
and the tests read the same ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from core.accounts.service import AccountRow
from core.selling.bant import QUALIFIED_FROM

VIEWS = ("all", "mine", "falling_lost", "no_decision_maker_contact", "qualified")
NO_CONTACT_DAYS = 90  # "no contact with a decision maker for 90 days" (seed 002, §5)


@dataclass(frozen=True)
class SavedFilter:
    """The user's own filter: a name, the base view and the filter text."""

    name: str
    view: str = "all"
    text: str = ""


def matches(
    view: str,
    row: AccountRow,
    labels: Mapping[str, Any],
    today: date,
    manager: str | None = None,
    meeting: tuple[bool, date | None] = (False, None),
) -> bool:
    """Whether the account belongs to the standard view. ``meeting``: whether the
    account has an ЛПР among its contacts, and the last activity with one
    (``workspace.decision_maker_meetings``).

    - ``mine``: the responsible manager is ``manager`` (case and spaces ignored);
    - ``falling_lost``: purchase behaviour "falling" or "lost" against the previous window;
    - ``no_decision_maker_contact``: no activity with an ЛПР in the last 90 days,
      including accounts whose committee has no ЛПР at all;
    - ``qualified``: the latest BANT total is 9 or more.
    """
    if view == "all":
        return True
    if view == "mine":
        return bool(manager) and _same_person(row.manager, manager)
    if view == "falling_lost":
        return labels.get("behaviour") in ("falling", "lost")
    if view == "no_decision_maker_contact":
        met = meeting[1]
        return met is None or met < today - timedelta(days=NO_CONTACT_DAYS)
    if view == "qualified":
        bant = labels.get("bant")
        return bant is not None and bant >= QUALIFIED_FROM
    raise ValueError(f"unknown view {view!r}")


def _same_person(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return " ".join((s or "").lower().replace("ё", "е").split())

    return bool(norm(a)) and norm(a) == norm(b)


def managers(rows: list[AccountRow]) -> list[str]:
    """The responsible managers named in the accounts, sorted, each once."""
    seen: dict[str, str] = {}
    for r in rows:
        if r.manager and r.manager.strip():
            seen.setdefault(" ".join(r.manager.lower().split()), r.manager.strip())
    return sorted(seen.values(), key=str.lower)


def load_saved(text: str | None) -> list[SavedFilter]:
    """The user's filters from their stored JSON; anything unreadable is skipped."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            continue
        view = item.get("view") if item.get("view") in VIEWS else "all"
        out.append(SavedFilter(str(item["name"]).strip(), str(view), str(item.get("text") or "")))
    return out


def dump_saved(filters: list[SavedFilter]) -> str:
    return json.dumps(
        [{"name": f.name, "view": f.view, "text": f.text} for f in filters], ensure_ascii=False
    )


def with_saved(filters: list[SavedFilter], new: SavedFilter) -> list[SavedFilter]:
    """The list with ``new`` added, replacing a filter of the same name."""
    key = new.name.strip().lower()
    return [f for f in filters if f.name.strip().lower() != key] + [new]
