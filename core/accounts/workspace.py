"""Reading and writing what the account card edits: the account's fields (with conflict
detection), its buying committee, activities, opportunities, BANT history, BCG
overrides, development plan, milestones and joint projects.

Every write is its own short transaction, so that the card can save as the user types
and nothing is half-written. Deleting is a tombstone (``deleted_at``), so that it can be
undone and a shared server can learn of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, insert, select, update
from sqlalchemy.engine import Engine

from core import changes as ch
from core.accounts.names import normalise_name
from core.accounts.plan import DIMENSIONS, MILESTONES, check_dimension, progress_level
from core.database import Database, engine_of
from core.inn import is_valid_inn, is_valid_kpp
from core.selling.bant import CRITERIA, Bant
from core.selling.bcg import FACTORS, check_score
from storage.base import Record, new_id, utcnow
from storage.columns import ACCOUNT_FIELDS
from storage.db import all_rows, writing
from storage.models import (
    Account,
    Activity,
    BantScore,
    BcgScore,
    Contact,
    DevelopmentPlan,
    JointProject,
    MilestoneReached,
    Opportunity,
    Task,
)


def _new_row(model: type[Any], **values: Any) -> Any:
    """An INSERT of a new record: a fresh id and both timestamps set to now."""
    now = utcnow()
    return insert(model).values(id=new_id(), created_at=now, updated_at=now, **values)


class WorkspaceError(ValueError):
    """Bad input. ``code`` names the rule (the window shows it in the user's language;
    ``values`` fill its blanks); the message is the English wording."""

    def __init__(self, code: str, message: str, **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


class EditConflict(Exception):
    """The account was changed elsewhere (an import, another user) since it was loaded."""

    def __init__(self, current: dict[str, Any]):
        super().__init__("the account was changed elsewhere")
        self.current = current


# --- the account ------------------------------------------------------------------------

SIZES = ("large", "medium", "small")
STATUSES = ("client", "prospect")


# where a lead came from (METHODS.md §13; core.events.SOURCES says the same)
LEAD_SOURCES = ("search", "event", "referral", "website", "email", "cold_call", "partner", "other")


def clean_account(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in ACCOUNT_FIELDS:
            raise WorkspaceError("field", f"unknown account field {key!r}", field=key)
        if isinstance(value, str):
            value = value.strip() or None
        if key == "name" and not value:
            raise WorkspaceError("account_name", "An account needs a name.")
        if key == "inn" and value is not None and not is_valid_inn(value):
            raise WorkspaceError(
                "inn", f"INN {value} is not valid: 10 or 12 digits with a checksum.", value=value
            )
        if key == "kpp" and value is not None and not is_valid_kpp(value):
            raise WorkspaceError("kpp", f"KPP {value} is not valid: 9 characters.", value=value)
        if key == "industry" and value is not None and value not in range(1, 13):
            raise WorkspaceError("industry", "The industry is one of the 12 markets.")
        if key == "size" and value is not None and value not in SIZES:
            raise WorkspaceError("size", f"Business size is one of {', '.join(SIZES)}.")
        if key == "status" and value not in STATUSES:
            raise WorkspaceError("status", f"Status is one of {', '.join(STATUSES)}.")
        if key in ("potential_kop", "capacity_units") and value is not None and value < 0:
            raise WorkspaceError("negative_potential", "Potential and capacity cannot be negative.")
        if key == "lead_source" and value is not None and value not in LEAD_SOURCES:
            raise WorkspaceError(
                "lead_source", f"A lead source is one of {', '.join(LEAD_SOURCES)}.", value=value
            )
        out[key] = value
    if "name" in out:
        out["name_norm"] = normalise_name(out["name"])
    return out


def account_values(db: Database, account_id: str) -> dict[str, Any]:
    """The account's editable fields with its ``version`` (KeyError when gone)."""
    cols = [getattr(Account, f) for f in ACCOUNT_FIELDS]
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Account.version, Account.deleted_at, *cols).where(Account.id == account_id)
        ).one_or_none()
    if row is None or row[1] is not None:
        raise KeyError(account_id)
    return {"version": row[0], **dict(zip(ACCOUNT_FIELDS, row[2:], strict=True))}


@ch.changes(ch.ACCOUNTS)
def create_account(db: Database, values: Mapping[str, Any]) -> str:
    clean = clean_account({"status": "prospect", **values})
    if "name" not in clean:
        raise WorkspaceError("account_name", "An account needs a name.")
    account_id = new_id()
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(Account).values(
                id=account_id, created_at=now, updated_at=now, version=1, **clean
            )
        )
    return account_id


@ch.changes(ch.ACCOUNTS)
@ch.touches(lambda _db, account_id, *_a, **_k: [account_id])
def update_account(db: Database, account_id: str, version: int, changes: Mapping[str, Any]) -> int:
    """Save ``changes`` made on ``version`` of the account; the new version. When the
    account has changed since (another version), nothing is written and EditConflict
    carries the current values."""
    clean = clean_account(changes)
    with writing(db.engine) as conn:
        done = conn.execute(
            update(Account)
            .where(
                Account.id == account_id,
                Account.version == version,
                Account.deleted_at.is_(None),
            )
            .values(**clean, updated_at=utcnow(), version=version + 1)
        ).rowcount
    if done != 1:
        try:
            current = account_values(db, account_id)
        except KeyError:
            raise WorkspaceError("deleted", "The account has been deleted meanwhile.") from None
        raise EditConflict(current)
    return version + 1


@ch.changes(ch.ACCOUNTS)
def delete_account(db: Database, account_id: str) -> None:
    """A tombstone: the account leaves the lists and can be restored."""
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            update(Account)
            .where(Account.id == account_id, Account.deleted_at.is_(None))
            .values(deleted_at=now, updated_at=now, version=Account.version + 1)
        )


@ch.changes(ch.ACCOUNTS)
def restore_account(db: Database, account_id: str) -> None:
    """Undo a delete."""
    with writing(db.engine) as conn:
        conn.execute(
            update(Account)
            .where(Account.id == account_id)
            .values(deleted_at=None, updated_at=utcnow(), version=Account.version + 1)
        )


# --- the account's own records (contacts, activities, opportunities, projects) ----------

BUYING_ROLES = ("economic", "technical", "user", "coach")
ACTIVITY_TYPES = ("visit", "call", "meeting", "seminar", "event", "email", "other")
STAGES = ("qualification", "needs", "solution", "proposal", "negotiation", "won", "lost")
OPEN_STAGES = STAGES[:5]

_EDITABLE: dict[type[Record], tuple[str, ...]] = {
    Contact: (
        "name",
        "position",
        "department",
        "buying_role",
        "is_decision_maker",
        "is_influencer",
        "phone",
        "email",
    ),
    Activity: ("date", "type", "contact_id", "summary", "next_step", "next_step_date"),
    Opportunity: (
        "title",
        "stage",
        "amount_kop",
        "probability",
        "expected_close",
        "closed_on",
        "close_reason",
    ),
    JointProject: ("name", "status", "start_date", "end_date", "result"),
    Task: (
        "title",
        "due_on",
        "due_time",
        "owner",
        "status",
        "note",
        "outcome",
        "contact_id",
        "opportunity_id",
        "proposal_id",
        "source",  # where it came from (core.today.settle: the item it was made for)
        "source_id",
    ),
}
# a suggestion (made by core.accounts.tasks.suggest) is accepted (open) or dismissed
TASK_STATUSES = ("open", "done", "cancelled", "suggested", "dismissed")


# the record kinds the window names (it holds no ORM class), and what each changes
RECORD_KINDS: dict[str, type[Record]] = {
    "contact": Contact,
    "activity": Activity,
    "opportunity": Opportunity,
    "joint_project": JointProject,
    "task": Task,
}
RECORD_CHANGES = {
    "contact": ch.CONTACTS,
    "activity": ch.ACTIVITIES,
    "opportunity": ch.OPPORTUNITIES,
    "joint_project": ch.PLANS,
    "task": ch.TASKS,
}
RecordKind = str | type[Record]


def _model(kind: RecordKind) -> type[Record]:
    if isinstance(kind, str):
        try:
            return RECORD_KINDS[kind]
        except KeyError:
            raise WorkspaceError("kind", f"unknown record kind {kind!r}", value=kind) from None
    return kind


def _record_change(_db: Any, kind: RecordKind, *_args: Any, **_kwargs: Any) -> set[str]:
    model = _model(kind)
    changed = {next(c for k, c in RECORD_CHANGES.items() if RECORD_KINDS[k] is model)}
    if model is Activity:
        changed.add(ch.TASKS)  # its next step is a task
    return changed


def _check_record(model: type[Record], values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key not in _EDITABLE[model]:
            raise WorkspaceError("field", f"unknown field {key!r}", field=key)
        if isinstance(value, str) and key not in ("date",):
            values[key] = value.strip() or None
    if model is Contact:
        if "name" in values and not values["name"]:
            raise WorkspaceError("contact_name", "A contact needs a name.")
        if values.get("buying_role") not in (None, *BUYING_ROLES):
            raise WorkspaceError(
                "buying_role", "The buying role is economic, technical, user or coach."
            )
    if model is Activity:
        if "date" in values and not isinstance(values["date"], date):
            raise WorkspaceError("activity_date", "An activity needs a date.")
        if values.get("type") not in (None, *ACTIVITY_TYPES):
            raise WorkspaceError("activity_type", "Unknown activity type.")
    if model is Opportunity:
        if "title" in values and not values["title"]:
            raise WorkspaceError("opportunity_title", "An opportunity needs a title.")
        if values.get("stage") not in (None, *STAGES):
            raise WorkspaceError("stage", "Unknown opportunity stage.")
        p = values.get("probability")
        if p is not None and not 0 <= p <= 1:
            raise WorkspaceError("probability", "A probability is 0–100%.")
        if values.get("stage") in ("won", "lost") and not values.get("closed_on"):
            values["closed_on"] = date.today()
    if model is JointProject and "name" in values and not values["name"]:
        raise WorkspaceError("project_name", "A joint project needs a name.")
    if model is Task:
        if "title" in values and not values["title"]:
            raise WorkspaceError("task_title", "A task needs a title.")
        if values.get("status") not in (None, *TASK_STATUSES):
            raise WorkspaceError(
                "task_status", "A task is open, done or cancelled.", value=values["status"]
            )
        if values.get("due_on") is not None and not isinstance(values["due_on"], date):
            raise WorkspaceError("task_due", "A task's due day is a date.")
        when = values.get("due_time")
        if when is not None and not _is_clock(str(when)):
            raise WorkspaceError("task_time", "A time of day is hh:mm, 00:00–23:59.", value=when)
        if when is not None:  # "9:30" kept as "09:30": the hours sort as times
            hours, _, minutes = str(when).partition(":")
            values["due_time"] = f"{int(hours):02d}:{minutes}"


def _is_clock(text: str) -> bool:
    hours, _, minutes = text.partition(":")
    return (
        len(minutes) == 2
        and hours.isdigit()
        and minutes.isdigit()
        and int(hours) < 24
        and int(minutes) < 60
    )


def list_records(db: Database, kind: RecordKind, account_id: str) -> list[dict[str, Any]]:
    """The account's live records of one kind as dicts (with ``id``)."""
    model = _model(kind)
    fields = _EDITABLE[model]
    cols = [model.id, *(getattr(model, f) for f in fields)]
    orders: dict[type[Record], list[Any]] = {
        Contact: [Contact.name],
        Activity: [Activity.date.desc(), Activity.created_at.desc()],
        Opportunity: [Opportunity.expected_close, Opportunity.title],
        JointProject: [JointProject.start_date, JointProject.name],
        # open ones first, soonest due first; then the closed, latest first
        Task: [
            case((Task.status == "open", 0), (Task.status == "suggested", 1), else_=2),
            Task.due_on,
            Task.due_time.is_(None),
            Task.due_time,
            Task.created_at.desc(),
        ],
    }
    order = orders[model]
    query = (
        select(*cols)
        .where(model.account_id == account_id, model.deleted_at.is_(None))  # type: ignore[attr-defined]
        .order_by(*order)
    )
    with db.engine.connect() as conn:
        return [dict(zip(("id", *fields), row, strict=True)) for row in conn.execute(query)]


@ch.changes(_record_change)
def save_record(
    db: Database,
    kind: RecordKind,
    account_id: str,
    values: Mapping[str, Any],
    record_id: str | None = None,
) -> str:
    """Insert (no ``record_id``) or update one record; its id."""
    model = _model(kind)
    clean = dict(values)
    _check_record(model, clean)
    now = utcnow()
    with writing(db.engine) as conn:
        if record_id is None:
            record_id = new_id()
            if model is Contact and not clean.get("name"):
                raise WorkspaceError("contact_name", "A contact needs a name.")
            conn.execute(
                insert(model).values(
                    id=record_id, account_id=account_id, created_at=now, updated_at=now, **clean
                )
            )
        else:
            conn.execute(
                update(model)
                .where(model.id == record_id, model.account_id == account_id)  # type: ignore[attr-defined]
                .values(**clean, updated_at=now)
            )
        if model is Task and clean.get("status") in ("done", "cancelled"):
            conn.execute(
                update(Task).where(Task.id == record_id, Task.done_at.is_(None)).values(done_at=now)
            )
        if model is Activity and ({"next_step", "next_step_date", "contact_id"} & set(clean)):
            # only when the step was written: a summary edited later does not undo a task
            # the rep has moved on
            next_step_task(conn, account_id, record_id)
    return record_id


def next_step_task(conn: Any, account_id: str, activity_id: str) -> None:
    """An activity's next step with a date is an open task, kept in step with it (one
    per activity): made when the step is written, its title and day following the
    activity's, cancelled when the step is cleared. A task already closed is left as
    it was closed."""
    step = conn.execute(
        select(Activity.next_step, Activity.next_step_date, Activity.contact_id).where(
            Activity.id == activity_id
        )
    ).one()
    title, due, contact = (step.next_step or "").strip(), step.next_step_date, step.contact_id
    task = conn.execute(
        select(Task.id, Task.status).where(
            Task.source == "activity", Task.source_id == activity_id, Task.deleted_at.is_(None)
        )
    ).first()
    now = utcnow()
    if task is None:
        if title and due is not None:
            manager = conn.execute(select(Account.manager).where(Account.id == account_id))
            conn.execute(
                insert(Task).values(
                    id=new_id(), account_id=account_id, title=title[:300], due_on=due,
                    owner=manager.scalar(), status="open", contact_id=contact,
                    source="activity", source_id=activity_id, created_at=now, updated_at=now,
                )
            )  # fmt: skip
        return
    if task.status != "open":
        return
    if title and due is not None:
        values: dict[str, Any] = {"title": title[:300], "due_on": due, "contact_id": contact}
    else:
        values = {"status": "cancelled", "done_at": now}
    conn.execute(update(Task).where(Task.id == task.id).values(**values, updated_at=now))


@ch.changes(_record_change)
def delete_record(db: Database, kind: RecordKind, record_id: str) -> None:
    model = _model(kind)
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            update(model).where(model.id == record_id).values(deleted_at=now, updated_at=now)
        )
        if model is Activity:  # its next step's task goes (and comes back) with it
            conn.execute(
                update(Task)
                .where(Task.source == "activity", Task.source_id == record_id)
                .where(Task.deleted_at.is_(None))
                .values(deleted_at=now, updated_at=now)
            )


@ch.changes(_record_change)
def restore_record(db: Database, kind: RecordKind, record_id: str) -> None:
    model = _model(kind)
    with writing(db.engine) as conn:
        gone = conn.execute(select(model.deleted_at).where(model.id == record_id)).scalar()
        conn.execute(
            update(model).where(model.id == record_id).values(deleted_at=None, updated_at=utcnow())
        )
        if model is Activity and gone is not None:  # its task, deleted with it (not before)
            conn.execute(
                update(Task)
                .where(Task.source == "activity", Task.source_id == record_id)
                .where(Task.deleted_at == gone)
                .values(deleted_at=None, updated_at=utcnow())
            )


# --- the buying committee ----------------------------------------------------------------

B2B_COMMITTEE_AVERAGE = 5.4  # people in a B2B buying decision (seed 002)


def committee_hints(contacts: list[dict[str, Any]]) -> list[str]:
    """``no_decision_maker`` and/or ``small_committee`` (fewer than the B2B average 5.4)."""
    hints = []
    if not any(c.get("is_decision_maker") for c in contacts):
        hints.append("no_decision_maker")
    if len(contacts) < B2B_COMMITTEE_AVERAGE:
        hints.append("small_committee")
    return hints


# --- BANT --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BantEntry:
    bant: Bant
    notes: dict[str, str]
    scored_at: datetime


def bant_history(db: Database, account_id: str) -> list[BantEntry]:
    """Every BANT assessment of the account, the newest first."""
    query = (
        select(BantScore)
        .where(BantScore.account_id == account_id, BantScore.deleted_at.is_(None))
        .order_by(BantScore.scored_at.desc(), BantScore.created_at.desc())
    )
    with db.sessions() as session:
        return [
            BantEntry(
                Bant(r.budget, r.authority, r.need, r.timing), dict(r.notes or {}), r.scored_at
            )
            for r in session.execute(query).scalars()
        ]


@ch.changes(ch.SCORES)
def record_bant(
    db: Database, account_id: str, bant: Bant, notes: Mapping[str, str] | None = None
) -> bool:
    """Keep a new assessment (a new row: the history stays); False when nothing changed."""
    clean = {k: v.strip() for k, v in (notes or {}).items() if k in CRITERIA and v and v.strip()}
    history = bant_history(db, account_id)
    if history and history[0].bant == bant and history[0].notes == clean:
        return False
    with writing(db.engine) as conn:
        conn.execute(
            _new_row(
                BantScore,
                account_id=account_id,
                budget=bant.budget,
                authority=bant.authority,
                need=bant.need,
                timing=bant.timing,
                notes=clean,
                scored_at=utcnow(),
            )
        )
    return True


# --- BCG ---------------------------------------------------------------------------------


def bcg_overrides(db: Database, account_id: str) -> dict[str, int | None]:
    """The manager's current override per factor (the latest entry of each factor)."""
    return _latest_overrides(db.engine, account_id).get(account_id, {})


def _before(day: date | None) -> datetime | None:
    """The first moment after ``day`` (UTC): what was scored before it was known on it."""
    return None if day is None else datetime.combine(day + timedelta(days=1), time(), UTC)


def _latest_overrides(
    engine: Engine, account_id: str | None = None, upto: date | None = None
) -> dict[str, dict[str, int | None]]:
    latest = (
        select(BcgScore.account_id, BcgScore.factor, func.max(BcgScore.scored_at).label("at"))
        .where(
            BcgScore.deleted_at.is_(None),
            *([BcgScore.scored_at < _before(upto)] if upto is not None else []),
        )
        .group_by(BcgScore.account_id, BcgScore.factor)
    )
    if account_id is not None:
        latest = latest.where(BcgScore.account_id == account_id)
    sub = latest.subquery()
    query = select(BcgScore.account_id, BcgScore.factor, BcgScore.override).join(
        sub,
        and_(
            BcgScore.account_id == sub.c.account_id,
            BcgScore.factor == sub.c.factor,
            BcgScore.scored_at == sub.c.at,
        ),
    )
    out: dict[str, dict[str, int | None]] = {}
    with engine.connect() as conn:
        for acc, factor, override in conn.execute(query):
            out.setdefault(acc, {})[factor] = override
    return out


@ch.changes(ch.SCORES)
def set_bcg_override(
    db: Database,
    account_id: str,
    factor: str,
    override: int | None,
    suggested: int | None = None,
    reason: str | None = None,
) -> None:
    """Keep the manager's score for one factor next to what the application suggested
    (None clears the override). Each change is a new row, so the history stays."""
    if factor not in FACTORS:
        raise WorkspaceError("field", f"unknown BCG factor {factor!r}", field=factor)
    check_score(override)
    with writing(db.engine) as conn:
        conn.execute(
            _new_row(
                BcgScore,
                account_id=account_id,
                factor=factor,
                suggested=suggested,
                reason=reason,
                override=override,
                scored_at=utcnow(),
            )
        )


# --- the development plan ----------------------------------------------------------------

PLAN_FIELDS = ("cooperation", "client_revenue_kop", "sales_plan_kop", *DIMENSIONS)


def plan_values(db: Database, account_id: str) -> dict[str, Any]:
    cols = [getattr(DevelopmentPlan, f) for f in PLAN_FIELDS]
    with db.engine.connect() as conn:
        row = conn.execute(
            select(*cols).where(DevelopmentPlan.account_id == account_id)
        ).one_or_none()
    return dict(zip(PLAN_FIELDS, row or (None,) * len(PLAN_FIELDS), strict=True))


@ch.changes(ch.PLANS)
def save_plan(db: Database, account_id: str, changes: Mapping[str, Any]) -> None:
    for key, value in changes.items():
        if key not in PLAN_FIELDS:
            raise WorkspaceError("field", f"unknown plan field {key!r}", field=key)
        if key in DIMENSIONS:
            check_dimension(value)
        if key.endswith("_kop") and value is not None and value < 0:
            raise WorkspaceError("negative_plan", "Revenue and plan cannot be negative.")
    now = utcnow()
    with writing(db.engine) as conn:
        done = conn.execute(
            update(DevelopmentPlan)
            .where(DevelopmentPlan.account_id == account_id)
            .values(**changes, updated_at=now)
        ).rowcount
        if not done:
            conn.execute(_new_row(DevelopmentPlan, account_id=account_id, **changes))


def milestones(db: Database, account_id: str) -> dict[int, tuple[date | None, str | None]]:
    """Milestone number → (date reached, note), for the milestones with an entry."""
    query = select(
        MilestoneReached.milestone_no, MilestoneReached.reached_on, MilestoneReached.note
    ).where(MilestoneReached.account_id == account_id, MilestoneReached.deleted_at.is_(None))
    with db.engine.connect() as conn:
        return {no: (on, note) for no, on, note in conn.execute(query)}


@ch.changes(ch.PLANS)
def set_milestone(
    db: Database, account_id: str, number: int, reached_on: date | None, note: str | None = None
) -> None:
    """Record (or clear, with no date and no note) milestone ``number`` of the policy."""
    if not 1 <= number <= len(MILESTONES):
        raise WorkspaceError("milestone", f"the progress policy has milestones 1–{len(MILESTONES)}")
    note = (note or "").strip() or None
    now = utcnow()
    where = (
        MilestoneReached.account_id == account_id,
        MilestoneReached.milestone_no == number,
        MilestoneReached.deleted_at.is_(None),
    )
    with writing(db.engine) as conn:
        if reached_on is None and note is None:
            conn.execute(
                update(MilestoneReached).where(*where).values(deleted_at=now, updated_at=now)
            )
            return
        done = conn.execute(
            update(MilestoneReached)
            .where(*where)
            .values(reached_on=reached_on, note=note, updated_at=now)
        ).rowcount
        if not done:
            conn.execute(
                _new_row(
                    MilestoneReached,
                    account_id=account_id,
                    milestone_no=number,
                    reached_on=reached_on,
                    note=note,
                )
            )


# --- what the account list and the labels read for every account -------------------------


def decision_maker_meetings(
    engine: Engine | Database,
    accounts: list[str] | None = None,
    upto: date | None = None,
) -> dict[str, tuple[bool, date | None]]:
    """Account id → (has an ЛПР among its contacts, the last activity with one); of
    ``accounts`` only, when given; with ``upto``, the activities up to that day only.

    One grouped query, read in short batches (``all_rows``): the account list asks for
    it after every change of the accounts, and a thread that converts 17,000 rows in
    one call keeps the window's thread from the interpreter lock."""
    engine = engine_of(engine)
    last = (
        select(Activity.contact_id, func.max(Activity.date).label("last"))
        .where(
            Activity.deleted_at.is_(None),
            Activity.contact_id.is_not(None),
            *([Activity.date <= upto] if upto is not None else []),
        )
        .group_by(Activity.contact_id)
        .subquery()
    )
    query = (
        select(Contact.account_id, func.max(last.c.last))
        .outerjoin(last, last.c.contact_id == Contact.id)
        .where(Contact.deleted_at.is_(None), Contact.is_decision_maker.is_(True))
        .group_by(Contact.account_id)
    )
    if accounts is not None:  # only these (read in groups: SQLite's limit on parameters)
        out: dict[str, tuple[bool, date | None]] = {}
        with engine.connect() as conn:
            for start in range(0, len(accounts), 900):
                group = accounts[start : start + 900]
                met = (
                    select(Activity.contact_id, func.max(Activity.date).label("last"))
                    .where(
                        Activity.deleted_at.is_(None),
                        Activity.contact_id.is_not(None),
                        Activity.account_id.in_(group),
                    )
                    .group_by(Activity.contact_id)
                    .subquery()
                )
                part = (
                    select(Contact.account_id, func.max(met.c.last))
                    .outerjoin(met, met.c.contact_id == Contact.id)
                    .where(
                        Contact.deleted_at.is_(None),
                        Contact.is_decision_maker.is_(True),
                        Contact.account_id.in_(group),
                    )
                    .group_by(Contact.account_id)
                )
                out.update((acc, (True, when)) for acc, when in conn.execute(part))
        return out
    with engine.connect() as conn:
        return {acc: (True, met) for acc, met in all_rows(conn, query)}


def latest_bant_totals(engine: Engine, upto: date | None = None) -> dict[str, int]:
    """Each account's latest BANT total (of the scores made by the end of ``upto``)."""
    latest = (
        select(BantScore.account_id, func.max(BantScore.scored_at).label("at"))
        .where(
            BantScore.deleted_at.is_(None),
            *([BantScore.scored_at < _before(upto)] if upto is not None else []),
        )
        .group_by(BantScore.account_id)
        .subquery()
    )
    total = BantScore.budget + BantScore.authority + BantScore.need + BantScore.timing
    query = select(BantScore.account_id, total).join(
        latest,
        and_(BantScore.account_id == latest.c.account_id, BantScore.scored_at == latest.c.at),
    )
    with engine.connect() as conn:
        return {acc: int(t) for acc, t in conn.execute(query)}


def all_bcg_overrides(engine: Engine, upto: date | None = None) -> dict[str, dict[str, int | None]]:
    return _latest_overrides(engine, upto=upto)


def progress_levels(engine: Engine) -> dict[str, float]:
    cols = [getattr(DevelopmentPlan, f) for f in DIMENSIONS]
    query = select(DevelopmentPlan.account_id, *cols).where(DevelopmentPlan.deleted_at.is_(None))
    out = {}
    with engine.connect() as conn:
        for acc, *values in conn.execute(query):
            level = progress_level(dict(zip(DIMENSIONS, values, strict=True)))
            if level is not None:
                out[acc] = level
    return out


def decision_maker_meeting(db: Database, account_id: str) -> tuple[bool, date | None]:
    """One account's (has an ЛПР among its contacts, the last activity with one)."""
    live = and_(
        Contact.deleted_at.is_(None),
        Contact.is_decision_maker.is_(True),
        Contact.account_id == account_id,
    )
    with db.engine.connect() as conn:
        has = conn.execute(select(func.count()).select_from(Contact).where(live)).scalar()
        last = conn.execute(
            select(func.max(Activity.date))
            .join(Contact, Contact.id == Activity.contact_id)
            .where(live, Activity.deleted_at.is_(None), Activity.account_id == account_id)
        ).scalar()
    return bool(has), last


def next_steps(db: Database, account_id: str) -> list[dict[str, Any]]:
    """The activities that set a next step, the latest activity first: the next step of
    the account is the one set last (a later visit replaces what an earlier one
    planned). The card, the brief and the CLI all read it from here."""
    return [r for r in list_records(db, Activity, account_id) if r["next_step"]]
