"""The rep's day: one list, ranked, of what needs doing (issue "The rep's day").

Seed 002: «Что надо сделать сейчас, чтобы получить наилучший результат в будущем?».
Each item is ``{kind, account_id, account, due, priority, reason, action}``:

- ``task``: an open task due by today (the overdue first), or one Fieldbook suggests;
- ``detractor``: a suggested call-back after a detractor's NPS answer;
- ``stuck_opportunity``: an open opportunity untouched for 30 days or past its
  expected close, or past qualification with BANT gaps (total under 9);
- ``no_lpr_contact``: a key account (ABC = A) with no activity with a decision maker
  (ЛПР) in 90 days, or none among its contacts.

Churn risk (METHODS.md §12) joins the list when it is computed. ``reason`` and ``action``
are :class:`core.messages.Text`: the English the command line prints, with a code and
values the window shows in its language. ``priority`` ranks the list (higher first).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from core.accounts import workspace as ws
from core.database import Database
from core.messages import say
from core.plurals import count
from storage.models import Account, Opportunity, Task

STUCK_DAYS = 30
NO_LPR_DAYS = 90
QUALIFIED_FROM = 9  # BANT (METHODS.md §7)
KINDS = ("task", "churn_risk", "stuck_opportunity", "no_lpr_contact", "detractor")


def worklist(
    db: Database,
    today: date,
    manager: str | None = None,
    key_accounts: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """What needs doing on ``today``, ranked; ``manager`` keeps one manager's accounts
    (its case ignored), ``key_accounts`` are the accounts of ABC class A (from the
    analysis: the caller has it)."""
    with db.engine.connect() as conn:
        accounts = {
            a: (name, owner)
            for a, name, owner in conn.execute(
                select(Account.id, Account.name, Account.manager).where(
                    Account.deleted_at.is_(None)
                )
            )
        }
        task_rows = conn.execute(
            select(Task.id, Task.account_id, Task.title, Task.due_on, Task.due_time,
                   Task.status, Task.source, Task.owner)
            .where(Task.deleted_at.is_(None), Task.status.in_(("open", "suggested")))
        ).fetchall()  # fmt: skip
        deals = conn.execute(
            select(Opportunity.id, Opportunity.account_id, Opportunity.title,
                   Opportunity.stage, Opportunity.expected_close, Opportunity.updated_at)
            .where(Opportunity.deleted_at.is_(None), Opportunity.stage.in_(ws.OPEN_STAGES),
                   Opportunity.closed_on.is_(None))
        ).fetchall()  # fmt: skip
    wanted = manager.strip().casefold() if manager and manager.strip() else None

    def mine(account: str, owner: str | None = None) -> bool:
        if account not in accounts:
            return False
        if wanted is None:
            return True
        who = owner if owner else accounts[account][1]
        return str(who or "").strip().casefold() == wanted

    items: list[dict[str, Any]] = []

    def add(kind: str, account: str, due: date | None, priority: float, reason: Any,
            action: Any, **extra: Any) -> None:  # fmt: skip
        items.append({
            "kind": kind, "account_id": account, "account": accounts[account][0],
            "due": due, "priority": round(priority, 1), "reason": reason, "action": action,
            **extra,
        })  # fmt: skip

    for tid, account, title, due, hour, status, source, owner in task_rows:
        if not mine(account, owner):
            continue
        if status == "suggested":
            kind = "detractor" if source == "detractor" else "task"
            add(kind, account, due, 40, say("suggested", "suggested by Fieldbook"),
                say("task", "{title}", title=title), task_id=tid, status=status)  # fmt: skip
            continue
        if due is None or due > today:
            continue
        late = (today - due).days
        reason = (
            say("task_overdue", "overdue by {span}", days=late, span=count(late, "day", "en"))
            if late
            else say("task_today_at", "due today at {hour}", hour=hour)
            if hour
            else say("task_today", "due today")
        )
        add("task", account, due, 100 + min(late, 60), reason,
            say("task", "{title}", title=title), task_id=tid, status=status)  # fmt: skip

    bant = ws.latest_bant_totals(db.engine)
    for oid, account, title, stage, close, touched in deals:
        if not mine(account):
            continue
        idle = max(0, (today - touched.date()).days) if touched is not None else 0
        if close is not None and close < today:
            reason = say("deal_past_close", "«{title}» was to close on {day}", title=title,
                         day=close)  # fmt: skip
        elif idle > STUCK_DAYS:
            reason = say("deal_idle", "«{title}» has not moved for {span}", title=title,
                         days=idle, span=count(idle, "day", "en"))  # fmt: skip
        elif stage != "qualification" and bant.get(account, 0) < QUALIFIED_FROM:
            reason = say("deal_bant", "«{title}» is past qualification with BANT {total} of 12",
                         title=title, total=bant.get(account, 0))  # fmt: skip
        else:
            continue
        add("stuck_opportunity", account, close, 60 + min(idle, 60) / 2, reason,
            say("deal_action", "move the deal on, or close it as lost"),
            opportunity_id=oid)  # fmt: skip

    met = ws.decision_maker_meetings(db.engine)
    since = today - timedelta(days=NO_LPR_DAYS)
    for account in key_accounts:
        if not mine(account):
            continue
        has, last = met.get(account, (False, None))
        if not has:
            reason = say("no_lpr", "key account (A) with no decision maker among its contacts")
        elif last is None or last < since:
            reason = (
                say("lpr_never", "key account (A): never met its decision maker")
                if last is None
                else say(
                    "lpr_since", "key account (A): the decision maker last met {day}", day=last
                )
            )
        else:
            continue
        add("no_lpr_contact", account, None, 50, reason,
            say("lpr_action", "arrange a meeting with the decision maker (ЛПР)"))  # fmt: skip

    items.sort(key=lambda i: (-i["priority"], i["due"] or date.max, i["account"]))
    return items


def to_json(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``today --format json``: the items with dates as ISO text and words in English."""
    return [
        {
            "kind": i["kind"],
            "account_id": i["account_id"],
            "account": i["account"],
            "due": i["due"].isoformat() if i["due"] else None,
            "priority": i["priority"],
            "reason": str(i["reason"]),
            "action": str(i["action"]),
        }
        for i in items
    ]
