"""Tasks: what a rep is to do, by a day (issue "The rep's day").

A task is a record of its account (``core.accounts.workspace``: made, edited, deleted
and brought back like every record). An activity's next step with a date is a task kept
in step with it. Here: closing a task with its outcome (and the next one it leads to),
the tasks due across the base, for the reminders and the overdue count; and the tasks
Fieldbook suggests from what is recorded, which the rep accepts or dismisses.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from core import changes as ch
from core.accounts import workspace as ws
from core.accounts.workspace import WorkspaceError
from core.database import Database
from core.selling.proposal_docs import iso_date
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import Account, Activity, Opportunity, Proposal, SurveyAnswer, Task


@ch.changes(ch.TASKS)
def close_task(
    db: Database,
    task_id: str,
    outcome: str,
    status: str = "done",
    next_title: str | None = None,
    next_due: date | None = None,
) -> str | None:
    """Close the task (done or cancelled) with what came of it; with ``next_title``,
    the next task of the same account, owner and contact, due ``next_due``. Returns the
    next task's id. A task closed meanwhile (by a colleague) is refused, not closed twice."""
    if status not in ("done", "cancelled"):
        raise WorkspaceError("task_status", "A task is open, done or cancelled.")
    if next_title is not None and not next_title.strip():
        raise WorkspaceError("task_title", "A task needs a title.")
    now = utcnow()
    with writing(db.engine) as conn:
        task = conn.execute(
            select(Task.account_id, Task.owner, Task.contact_id, Task.opportunity_id).where(
                Task.id == task_id, Task.deleted_at.is_(None), Task.status == "open"
            )
        ).first()
        if task is None:
            raise WorkspaceError("task_closed", "The task was closed or deleted meanwhile.")
        conn.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(status=status, outcome=outcome.strip() or None, done_at=now, updated_at=now)
        )
        if next_title is None:
            return None
        following = new_id()
        conn.execute(
            insert(Task).values(
                id=following, account_id=task.account_id, title=next_title.strip()[:300],
                due_on=next_due, owner=task.owner, status="open", contact_id=task.contact_id,
                opportunity_id=task.opportunity_id, source="manual", created_at=now,
                updated_at=now,
            )
        )  # fmt: skip
    return following


def due_tasks(db: Database, today: date, owner: str | None = None) -> list[dict[str, Any]]:
    """The open tasks due by ``today`` (overdue first; on a day, those with an hour
    first), of live accounts, with the account's name; ``owner`` keeps one manager's
    (its case ignored): the task's owner, or the account's manager for a task with none,
    as the worklist counts them."""
    query = (
        select(
            Task.id, Task.account_id, Account.name, Task.title, Task.due_on, Task.due_time,
            func.coalesce(Task.owner, Account.manager),
        )
        .join(Account, Account.id == Task.account_id)
        .where(
            Task.deleted_at.is_(None), Account.deleted_at.is_(None), Task.status == "open",
            Task.due_on <= today,
        )
        .order_by(Task.due_on, Task.due_time.is_(None), Task.due_time, Account.name)
    )  # fmt: skip
    keys = ("id", "account_id", "account", "title", "due_on", "due_time", "owner")
    with db.engine.connect() as conn:
        rows: list[dict[str, Any]] = [
            dict(zip(keys, row, strict=True)) for row in conn.execute(query)
        ]
    if owner:  # compared here: SQLite's lower() leaves Cyrillic as it is
        wanted = owner.strip().casefold()
        rows = [r for r in rows if str(r["owner"] or "").strip().casefold() == wanted]
    return rows


def overdue_count(db: Database, today: date, owner: str | None = None) -> int:
    """How many open tasks were due before ``today``."""
    return sum(1 for t in due_tasks(db, today, owner) if t["due_on"] < today)


# how many days ahead of a proposal's validity its follow-up is suggested; how long a
# detractor's answer may wait for a follow-up before one is suggested (seed 000, Block 4)
PROPOSAL_AHEAD_DAYS = 5
DETRACTOR_WAIT_DAYS = 7
DETRACTOR_MAX_NPS = 6

SUGGESTED = {
    "ru": {
        "proposal": "Связаться по КП {number}: срок действия до {day}",
        "opportunity": "Обновить сделку «{title}»: ожидаемое закрытие {day} прошло",
        "detractor": "Перезвонить после оценки NPS {nps}: договориться об инициативе",
    },
    "en": {
        "proposal": "Follow up proposal {number}: valid until {day}",
        "opportunity": "Update the opportunity “{title}”: its expected close {day} has passed",
        "detractor": "Call back after the NPS score of {nps}: agree a pilot initiative",
    },
}


@ch.changes(ch.TASKS)
def suggest(db: Database, today: date, language: str = "ru") -> int:
    """Suggest the tasks the records call for, each once (a suggestion accepted, done or
    dismissed is not made again); how many were made.

    - a proposal sent and still open whose validity ends within 5 days: follow it up;
    - an open opportunity past its expected close: update or close it;
    - a detractor (NPS 0–6) answer of 7 or more days ago with no activity since: call
      back and agree an initiative (the initiative taken is the task's outcome)."""
    words = SUGGESTED["en" if language == "en" else "ru"]
    made: list[dict[str, Any]] = []
    with writing(db.engine) as conn:
        seen = {
            (source, source_id)
            for source, source_id in conn.execute(
                select(Task.source, Task.source_id).where(Task.source_id.is_not(None))
            )
        }
        managers: dict[str, str | None] = {}
        live: set[str] = set()
        candidates: list[tuple[Any, ...]] = []

        def offer(source: str, source_id: str, account: str, title: str, due: date,
                  **links: Any) -> None:  # fmt: skip
            if (source, source_id) not in seen:
                seen.add((source, source_id))
                candidates.append((source, source_id, account, title, due, links))

        def make(source: str, source_id: str, account: str, title: str, due: date,
                 links: dict[str, Any]) -> None:  # fmt: skip
            if account not in live:
                return
            made.append({
                "id": new_id(), "account_id": account, "title": title[:300], "due_on": due,
                "owner": managers.get(account), "status": "suggested", "source": source,
                "source_id": source_id, "contact_id": None, "opportunity_id": None,
                "proposal_id": None, **links,
            })  # fmt: skip

        proposals = conn.execute(
            select(Proposal.id, Proposal.account_id, Proposal.number, Proposal.content).where(
                Proposal.deleted_at.is_(None), Proposal.status == "sent"
            )
        )
        for pid, account, number, content in proposals:
            valid = iso_date((content or {}).get("valid_until"))
            if valid is not None and today <= valid <= today + timedelta(PROPOSAL_AHEAD_DAYS):
                title = words["proposal"].format(
                    number=number or "", day=valid.strftime("%d.%m.%Y")
                )
                offer("proposal", pid, account, title, max(today, valid - timedelta(2)),
                      proposal_id=pid)  # fmt: skip
        late = conn.execute(
            select(Opportunity.id, Opportunity.account_id, Opportunity.title,
                   Opportunity.expected_close)
            .where(Opportunity.deleted_at.is_(None), Opportunity.expected_close < today,
                   Opportunity.stage.in_(ws.OPEN_STAGES), Opportunity.closed_on.is_(None))
        )  # fmt: skip
        for oid, account, title, close in late:
            text = words["opportunity"].format(title=title, day=f"{close:%d.%m.%Y}")
            offer("opportunity", oid, account, text, today, opportunity_id=oid)
        latest_activity = {
            account: day
            for account, day in conn.execute(
                select(Activity.account_id, func.max(Activity.date))
                .where(Activity.deleted_at.is_(None))
                .group_by(Activity.account_id)
            )
        }
        detractors = conn.execute(
            select(SurveyAnswer.id, SurveyAnswer.account_id, SurveyAnswer.date,
                   SurveyAnswer.nps, SurveyAnswer.contact_id)
            .where(SurveyAnswer.deleted_at.is_(None), SurveyAnswer.nps <= DETRACTOR_MAX_NPS,
                   SurveyAnswer.date <= today - timedelta(DETRACTOR_WAIT_DAYS))
        )  # fmt: skip
        for sid, account, answered, nps, contact in detractors:
            since = latest_activity.get(account)
            if since is not None and since >= answered:
                continue  # somebody has been in touch since the answer
            offer("detractor", sid, account, words["detractor"].format(nps=nps), today,
                  contact_id=contact)  # fmt: skip
        # the managers of only the accounts suggested for, and whether they are live
        involved = sorted({c[2] for c in candidates})
        for start in range(0, len(involved), 900):
            part = select(Account.id, Account.manager).where(
                Account.deleted_at.is_(None), Account.id.in_(involved[start : start + 900])
            )
            for account, manager in conn.execute(part):
                live.add(account)
                managers[account] = manager
        for candidate in candidates:
            make(*candidate)
        if made:
            now = utcnow()
            conn.execute(insert(Task), [{**m, "created_at": now, "updated_at": now} for m in made])
    return len(made)
