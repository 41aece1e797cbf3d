"""Tasks: what a rep is to do, by a day (issue "The rep's day").

A task is a record of its account (``core.accounts.workspace``: made, edited, deleted
and brought back like every record). An activity's next step with a date is a task kept
in step with it. Here: closing a task with its outcome (and the next one it leads to),
and the tasks due across the base, for the reminders and the overdue count.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select, update

from core import changes as ch
from core.accounts.workspace import WorkspaceError
from core.database import Database
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import Account, Task


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
    (its case ignored)."""
    query = (
        select(
            Task.id, Task.account_id, Account.name, Task.title, Task.due_on, Task.due_time,
            Task.owner,
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
