"""Trade fairs and acquisition channels (METHODS.md §13; seed 000's stand programme,
seed 002's channels).

An event (a trade fair, a seminar, a conference) has its dates, place and cost lines.
A lead met at the stand is captured in one step (:func:`capture_lead`): the account is
created (lead source "event", the event) or, when it is already known, joined; the
person becomes a contact, the meeting an activity «met at …» with the next step, which
is the rep's task (``core.accounts.workspace``'s next-step task), and a quick BANT. All of
it is one transaction: a capture lands whole or not at all.

Duplicates are looked for while the rep types, against an index of the base read once
(:func:`lead_index`) and matched in memory (:meth:`LeadIndex.matches`): by INN, by the
normalised name, by phone (read with the phonenumbers library, so that 8 (495) 123-45-67
and +7 495 1234567 are the same) and by e-mail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from core import changes as ch
from core.accounts import workspace as ws
from core.accounts.names import normalise_name
from core.database import Database
from core.inn import is_valid_inn
from core.messages import say
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import Account, Activity, BantScore, Contact, Event, EventLead

EVENT_TYPES = ("trade_fair", "seminar", "conference", "other")
SOURCES = ws.LEAD_SOURCES
COSTS = ("stand_kop", "travel_kop", "materials_kop", "staff_kop")
EVENT_FIELDS = ("name", "type", "starts_on", "ends_on", "place", *COSTS, "note")


class EventError(ValueError):
    """A rule of events or leads; its first argument is a :class:`core.messages.Text`."""


# --- events --------------------------------------------------------------------------------


def _check_event(values: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EVENT_FIELDS:
            raise EventError(say("field", "unknown field {field}", field=key))
        clean[key] = value.strip() or None if isinstance(value, str) else value
    if "name" in clean and not clean["name"]:
        raise EventError(say("event_name", "An event needs a name."))
    if clean.get("type") not in (None, *EVENT_TYPES):
        raise EventError(
            say("event_type", "An event is a trade fair, seminar, conference or other.")
        )
    starts, ends = clean.get("starts_on"), clean.get("ends_on")
    if starts is not None and ends is not None and ends < starts:
        raise EventError(say("event_dates", "An event cannot end before it starts."))
    for cost in COSTS:
        if clean.get(cost) is not None and clean[cost] < 0:
            raise EventError(say("event_cost", "A cost cannot be negative."))
    return clean


@ch.changes(ch.EVENTS)
def save_event(db: Database, values: Mapping[str, Any], event_id: str | None = None) -> str:
    """Create (no ``event_id``) or change an event; its id."""
    clean = _check_event(values)
    now = utcnow()
    with writing(db.engine) as conn:
        if event_id is None:
            if not clean.get("name"):
                raise EventError(say("event_name", "An event needs a name."))
            event_id = new_id()
            conn.execute(
                insert(Event).values(
                    id=event_id, created_at=now, updated_at=now,
                    **{"type": "trade_fair", **clean},
                )
            )  # fmt: skip
        else:
            conn.execute(update(Event).where(Event.id == event_id).values(**clean, updated_at=now))
    return event_id


@ch.changes(ch.EVENTS)
def delete_event(db: Database, event_id: str) -> None:
    """A tombstone: its leads keep their source, the event's name is kept for them."""
    with writing(db.engine) as conn:
        conn.execute(
            update(Event)
            .where(Event.id == event_id, Event.deleted_at.is_(None))
            .values(deleted_at=utcnow(), updated_at=utcnow())
        )


def list_events(db: Database) -> list[dict[str, Any]]:
    """Every live event, the latest first, with its total cost (kopecks)."""
    cols = [Event.id, *(getattr(Event, f) for f in EVENT_FIELDS)]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(*cols)
            .where(Event.deleted_at.is_(None))
            .order_by(Event.starts_on.desc(), Event.name)
        ).all()
    out = []
    for row in rows:
        event = dict(zip(("id", *EVENT_FIELDS), row, strict=True))
        event["cost_kop"] = sum(int(event[c] or 0) for c in COSTS)
        out.append(event)
    return out


# --- finding the lead among those already known ---------------------------------------------


def phone_key(text: str | None) -> str | None:
    """A phone number as one key whatever its format: E.164 when the library reads it as
    a Russian or international number, else its digits (at least 6)."""
    if not text or not text.strip():
        return None
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, "RU")
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits if len(digits) >= 6 else None


def inn_digits(text: str | None) -> str | None:
    """The INN as typed, spaces and dashes left out (an INN that lost its leading zero
    in Excel is not guessed here: the checksum tells)."""
    if not text:
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits or None


@dataclass(frozen=True)
class Match:
    account_id: str
    account: str  # its name
    why: str  # inn / name / phone / email
    contact_id: str | None = None
    contact: str | None = None


@dataclass
class LeadIndex:
    """The base as the duplicate check reads it, read once off the GUI thread."""

    by_inn: dict[str, tuple[str, str]] = field(default_factory=dict)  # inn → (id, name)
    by_name: dict[str, tuple[str, str]] = field(default_factory=dict)  # name_norm → …
    by_phone: dict[str, list[tuple[str, str, str | None, str | None]]] = field(
        default_factory=dict
    )  # key → [(account id, name, contact id, contact name)]
    by_email: dict[str, list[tuple[str, str, str | None, str | None]]] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)  # the product groups, to choose from

    def add(self, account_id: str, name: str, inn: str | None = None, phone: str | None = None,
            email: str | None = None, contact_id: str | None = None,
            contact: str | None = None) -> None:  # fmt: skip
        if inn:
            self.by_inn.setdefault(inn, (account_id, name))
        if name:
            self.by_name.setdefault(normalise_name(name), (account_id, name))
        key = phone_key(phone)
        if key:
            self.by_phone.setdefault(key, []).append((account_id, name, contact_id, contact))
        if email and email.strip():
            self.by_email.setdefault(email.strip().casefold(), []).append(
                (account_id, name, contact_id, contact)
            )

    def matches(
        self,
        company: str | None = None,
        inn: str | None = None,
        phone: str | None = None,
        email: str | None = None,
    ) -> list[Match]:
        """The known accounts (and contacts) the lead may be, the surest first: the INN,
        then the e-mail, the phone, the name; each account once."""
        found: list[Match] = []
        seen: set[str] = set()

        def keep(m: Match) -> None:
            if m.account_id not in seen:
                seen.add(m.account_id)
                found.append(m)

        digits = inn_digits(inn)
        if digits and digits in self.by_inn:
            keep(Match(*self.by_inn[digits], "inn"))
        if email and email.strip():
            for a, n, c, cn in self.by_email.get(email.strip().casefold(), []):
                keep(Match(a, n, "email", c, cn))
        key = phone_key(phone)
        if key:
            for a, n, c, cn in self.by_phone.get(key, []):
                keep(Match(a, n, "phone", c, cn))
        if company and company.strip():
            norm = normalise_name(company)
            if norm and norm in self.by_name:
                keep(Match(*self.by_name[norm], "name"))
        return found


def lead_index(db: Database) -> LeadIndex:
    """Every live account's INN, name, phone and e-mail, and its contacts' phones and
    e-mails."""
    index = LeadIndex()
    names: dict[str, str] = {}
    with db.engine.connect() as conn:
        for aid, name, inn, phone, email in conn.execute(
            select(Account.id, Account.name, Account.inn, Account.phone, Account.email).where(
                Account.deleted_at.is_(None)
            )
        ):
            index.add(aid, name, inn, phone, email)
            names[aid] = name
        for cid, aid, person, phone, email in conn.execute(
            select(Contact.id, Contact.account_id, Contact.name, Contact.phone, Contact.email)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.deleted_at.is_(None), Account.deleted_at.is_(None))
        ):
            account = names.get(aid, "")
            if phone:
                key = phone_key(phone)
                if key:
                    index.by_phone.setdefault(key, []).append((aid, account, cid, person))
            if email and email.strip():
                index.by_email.setdefault(email.strip().casefold(), []).append(
                    (aid, account, cid, person)
                )
        from storage.models import Product

        index.groups = sorted(
            {g for (g,) in conn.execute(select(Product.product_group).distinct()) if g},
            key=str.casefold,
        )
    return index


# --- the capture -------------------------------------------------------------------------


@dataclass
class Lead:
    """What the rep types at the stand."""

    company: str = ""
    inn: str | None = None
    person: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    groups: Sequence[str] = ()  # the product groups asked about
    bant: tuple[int, int, int, int] = (0, 0, 0, 0)  # budget, authority, need, timing: 0–3
    note: str | None = None
    next_step: str | None = None
    next_date: date | None = None


@dataclass(frozen=True)
class Captured:
    account_id: str
    created: bool  # a new account (False: the lead joined a known one)
    contact_id: str | None
    activity_id: str


def _lead_errors(lead: Lead) -> None:
    if not lead.company.strip():
        raise EventError(say("lead_company", "A lead needs the company's name."))
    digits = inn_digits(lead.inn)
    if digits and not is_valid_inn(digits):
        raise EventError(
            say("inn", "INN {value} is not valid: 10 or 12 digits with a checksum.", value=digits)
        )
    if any(not 0 <= v <= 3 for v in lead.bant):
        raise EventError(say("lead_bant", "Each BANT criterion is 0 to 3."))
    if lead.next_step and lead.next_step.strip() and lead.next_date is None:
        raise EventError(say("lead_next_date", "The next step needs a date."))


@ch.changes(ch.ACCOUNTS, ch.CONTACTS, ch.ACTIVITIES, ch.TASKS, ch.SCORES, ch.EVENTS)
def capture_lead(
    db: Database,
    event_id: str,
    lead: Lead,
    join: str | None = None,
    manager: str | None = None,
    today: date | None = None,
    contact: str | None = None,
) -> Captured:
    """Save a lead met at the event, in one transaction: the account (new, source
    "event", or ``join``, the known one the rep chose), the person as its contact, the
    activity «met at the event» with the product groups asked about and the next step (a
    task, due ``next_date``), and the quick BANT when any criterion is scored. ``contact``:
    the known person the lead is (matched by phone or e-mail): met again, not added twice.
    A phone or e-mail with no person's name is the new account's own."""
    _lead_errors(lead)
    today = today or date.today()
    now = utcnow()
    digits = inn_digits(lead.inn)
    # one capture at a time across the team's writers: the INN check and the insert
    with writing(db.engine, serial=True) as conn:
        event = conn.execute(
            select(Event.name).where(Event.id == event_id, Event.deleted_at.is_(None))
        ).scalar()
        if event is None:
            raise EventError(say("event_gone", "The event has been deleted meanwhile."))
        if join is None and digits:
            # the INN names one company: a lead of a known INN joins it, never doubles it
            join = conn.execute(
                select(Account.id).where(Account.inn == digits, Account.deleted_at.is_(None))
            ).scalar()
        created = join is None
        if join is None:
            account_id = new_id()
            nobody = not (lead.person and lead.person.strip())
            values = ws.clean_account({
                "name": lead.company, "inn": digits, "status": "prospect",
                "lead_source": "event", "event_id": event_id, "manager": manager,
                "phone": lead.phone if nobody else None, "email": lead.email if nobody else None,
            })  # fmt: skip
            conn.execute(
                insert(Account).values(
                    id=account_id, created_at=now, updated_at=now, version=1, **values
                )
            )
        else:
            account_id = join
            live = conn.execute(
                select(Account.id).where(Account.id == join, Account.deleted_at.is_(None))
            ).scalar()
            if live is None:
                raise EventError(say("deleted", "The account has been deleted meanwhile."))
        contact_id = None
        if contact is not None and join is not None:
            known = conn.execute(
                select(Contact.id, Contact.name).where(
                    Contact.id == contact, Contact.account_id == join, Contact.deleted_at.is_(None)
                )
            ).first()
            typed = " ".join((lead.person or "").casefold().split())
            # the same person (no other name typed): met again, not added twice
            if known is not None and typed in ("", " ".join(known.name.casefold().split())):
                contact_id = known.id
        if contact_id is None and lead.person and lead.person.strip():
            contact_id = new_id()
            conn.execute(
                insert(Contact).values(
                    id=contact_id, account_id=account_id, created_at=now, updated_at=now,
                    name=lead.person.strip(), position=(lead.position or "").strip() or None,
                    phone=(lead.phone or "").strip() or None,
                    email=(lead.email or "").strip() or None,
                    is_decision_maker=False, is_influencer=False,
                )
            )  # fmt: skip
        summary = [f"Встреча на мероприятии «{event}»"]
        if lead.groups:
            summary.append("Интересовались: " + ", ".join(lead.groups))
        if lead.note and lead.note.strip():
            summary.append(lead.note.strip())
        activity_id = new_id()
        step = (lead.next_step or "").strip() or None
        conn.execute(
            insert(Activity).values(
                id=activity_id, account_id=account_id, created_at=now, updated_at=now,
                date=today, type="event", contact_id=contact_id, summary="\n".join(summary),
                next_step=step, next_step_date=lead.next_date if step else None,
            )
        )  # fmt: skip
        if step:
            ws.next_step_task(conn, account_id, activity_id)
        if any(lead.bant):
            b, a, n, t = lead.bant
            conn.execute(
                insert(BantScore).values(
                    id=new_id(), account_id=account_id, created_at=now, updated_at=now,
                    budget=b, authority=a, need=n, timing=t,
                    notes={"source": f"Экспресс-оценка на «{event}»"}, scored_at=now,
                )
            )  # fmt: skip
        conn.execute(
            insert(EventLead).values(
                id=new_id(), event_id=event_id, account_id=account_id, contact_id=contact_id,
                activity_id=activity_id, joined=not created, created_at=now, updated_at=now,
            )
        )  # fmt: skip
    return Captured(account_id, created, contact_id, activity_id)


# --- what an event brought (METHODS.md §13) ------------------------------------------------

STAGES = ("lead", "qualified", "opportunity", "won", "client")  # the funnel, in order
QUALIFIED_FROM = 9  # BANT (METHODS.md §5)


@dataclass
class LeadRow:
    """One lead of an event and how far it got."""

    account_id: str
    account: str
    joined: bool  # a known account met again
    contact: str | None
    phone: str | None
    email: str | None
    bant: int | None
    stage: str  # the furthest of STAGES reached
    first_purchase: date | None  # on or after the event's first day (a new client)
    gross_profit_kop: float  # in the 12 months from the event's first day
    next_task: str | None
    next_due: date | None


@dataclass
class EventFigures:
    event: dict[str, Any]
    leads: list[LeadRow]
    funnel: dict[str, int]  # each stage: how many leads reached it (or further)
    new_clients: int
    gross_profit_kop: float  # of the new clients, 12 months from the event's first day
    cost_kop: int

    @property
    def cost_per_lead_kop(self) -> float | None:
        return self.cost_kop / len(self.leads) if self.leads and self.cost_kop else None

    @property
    def cost_per_new_client_kop(self) -> float | None:
        return self.cost_kop / self.new_clients if self.new_clients and self.cost_kop else None

    @property
    def roi(self) -> float | None:
        """(gross profit − cost) / cost; None without a cost."""
        return (self.gross_profit_kop - self.cost_kop) / self.cost_kop if self.cost_kop else None


def _start(event: Mapping[str, Any]) -> date:
    return event["starts_on"] or event["created"]


def event_figures(db: Database, event_id: str) -> EventFigures:
    """An event's leads with their stage, its funnel, the gross profit of its new
    clients in the 12 months from its first day, its cost, cost per lead and per new
    client, ROI."""
    from sqlalchemy import func

    from core.analytics.window import add_months
    from storage.models import Opportunity, SaleLine, Task

    with db.engine.connect() as conn:
        row = conn.execute(
            select(Event.id, *(getattr(Event, f) for f in EVENT_FIELDS), Event.created_at)
            .where(Event.id == event_id)
        ).one()  # fmt: skip
        event = dict(zip(("id", *EVENT_FIELDS, "created"), row, strict=True))
        event["created"] = event["created"].date()
        event["cost_kop"] = sum(int(event[c] or 0) for c in COSTS)
        start = _start(event)
        end = add_months(start, 12)
        leads = conn.execute(
            select(EventLead.account_id, Account.name, EventLead.joined, Contact.name,
                   Contact.phone, Contact.email)
            .join(Account, Account.id == EventLead.account_id)
            .outerjoin(Contact, Contact.id == EventLead.contact_id)
            .where(EventLead.event_id == event_id, EventLead.deleted_at.is_(None),
                   Account.deleted_at.is_(None))
            .order_by(EventLead.created_at)
        ).all()  # fmt: skip
        ids = sorted({r[0] for r in leads})
        first: dict[str, date] = {}
        before: set[str] = set()
        profit: dict[str, float] = {}
        deals: dict[str, set[str]] = {}
        tasks: dict[str, tuple[str, date | None]] = {}
        for part in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for aid, day in conn.execute(
                select(SaleLine.account_id, func.min(SaleLine.date))
                .where(SaleLine.account_id.in_(part), SaleLine.deleted_at.is_(None),
                       SaleLine.amount_kop > 0, SaleLine.date >= start)
                .group_by(SaleLine.account_id)
            ):  # fmt: skip
                first[aid] = day if isinstance(day, date) else date.fromisoformat(str(day))
            before |= {
                aid
                for (aid,) in conn.execute(
                    select(SaleLine.account_id)
                    .where(SaleLine.account_id.in_(part), SaleLine.deleted_at.is_(None),
                           SaleLine.amount_kop > 0, SaleLine.date < start)
                    .distinct()
                )
            }  # fmt: skip
            for aid, amount, cost in conn.execute(
                select(SaleLine.account_id, SaleLine.amount_kop, SaleLine.cost_kop)
                .where(SaleLine.account_id.in_(part), SaleLine.deleted_at.is_(None),
                       SaleLine.date >= start, SaleLine.date < end)
            ):  # fmt: skip
                # no cost known: gross profit is the revenue (METHODS.md §2)
                profit[aid] = profit.get(aid, 0.0) + amount - (cost if cost is not None else 0)
            for aid, stage in conn.execute(
                select(Opportunity.account_id, Opportunity.stage)
                .where(Opportunity.account_id.in_(part), Opportunity.deleted_at.is_(None))
            ):  # fmt: skip
                deals.setdefault(aid, set()).add(stage)
            for aid, title, due in conn.execute(
                select(Task.account_id, Task.title, Task.due_on)
                .where(Task.account_id.in_(part), Task.deleted_at.is_(None),
                       Task.status == "open")
                .order_by(Task.due_on.desc())
            ):  # fmt: skip
                tasks[aid] = (title, due)  # the soonest last: it wins
    bant = ws.latest_bant_totals(db.engine)
    rows: list[LeadRow] = []
    # one row per account: two people of one company met at the stand are one lead
    firsts: dict[str, list[Any]] = {}
    for aid, name, joined, person, phone, email in leads:
        if aid in firsts:
            firsts[aid][2] = firsts[aid][2] and joined  # joined only if every one was
            continue
        firsts[aid] = [aid, name, joined, person, phone, email]
    for aid, name, joined, person, phone, email in firsts.values():
        new = aid in first and aid not in before
        stages = deals.get(aid, set())
        score = bant.get(aid)
        if new:
            stage = "client"
        elif "won" in stages:
            stage = "won"
        elif stages - {"lost"}:
            stage = "opportunity"
        elif score is not None and score >= QUALIFIED_FROM:
            stage = "qualified"
        else:
            stage = "lead"
        task = tasks.get(aid)
        rows.append(LeadRow(
            aid, name, bool(joined), person, phone, email, score, stage,
            first.get(aid) if new else None, profit.get(aid, 0.0) if new else 0.0,
            task[0] if task else None, task[1] if task else None,
        ))  # fmt: skip
    reached = {s: sum(1 for r in rows if STAGES.index(r.stage) >= k) for k, s in enumerate(STAGES)}
    new_clients = [r for r in rows if r.stage == "client"]
    return EventFigures(
        event, rows, reached, len(new_clients),
        sum(r.gross_profit_kop for r in new_clients), event["cost_kop"],
    )  # fmt: skip


def events_json(db: Database) -> list[dict[str, Any]]:
    """``events --format json``: every event with its figures (money in roubles)."""

    def rub(kop: float | None) -> float | None:
        return None if kop is None else round(kop / 100, 2)

    out = []
    for event in list_events(db):
        f = event_figures(db, event["id"])
        out.append({
            "id": event["id"], "name": event["name"], "type": event["type"],
            "start": event["starts_on"].isoformat() if event["starts_on"] else None,
            "end": event["ends_on"].isoformat() if event["ends_on"] else None,
            "place": event["place"], "cost": rub(f.cost_kop), "leads": len(f.leads),
            "qualified": f.funnel["qualified"], "opportunities": f.funnel["opportunity"],
            "won": f.funnel["won"], "clients": f.new_clients,
            "gross_profit": rub(f.gross_profit_kop),
            "roi": None if f.roi is None else round(f.roi, 4),
            "cost_per_lead": rub(f.cost_per_lead_kop),
            "cost_per_client": rub(f.cost_per_new_client_kop),
        })  # fmt: skip
    return out


@ch.changes(ch.TASKS)
def follow_up_tasks(db: Database, account_ids: Sequence[str], title: str, due: date) -> int:
    """An open task «follow up» for each of these accounts, its manager's, due ``due``,
    in one transaction; how many were made."""
    from storage.models import Task

    if not title.strip():
        raise EventError(say("task_title", "A task needs a title."))
    now = utcnow()
    with writing(db.engine) as conn:
        owners = dict(
            conn.execute(
                select(Account.id, Account.manager).where(
                    Account.id.in_(list(account_ids)), Account.deleted_at.is_(None)
                )
            ).all()
        )
        rows = [
            {"id": new_id(), "account_id": a, "title": title.strip()[:300], "due_on": due,
             "owner": owners[a], "status": "open", "source": "manual", "created_at": now,
             "updated_at": now}
            for a in dict.fromkeys(account_ids) if a in owners
        ]  # fmt: skip
        if rows:
            conn.execute(insert(Task), rows)
    return len(rows)


# --- acquisition by channel (METHODS.md §13) ------------------------------------------------

# issue «Trade fairs»'s names: "clients" are the new clients, "revenue" and
# "gross_profit" theirs in their first 12 months
ACQUISITION_COLUMNS = (
    "leads",
    "clients",
    "clients_share",
    "conversion",
    "revenue",
    "gross_profit",
    "cost",
    "cost_per_client",
)
UNKNOWN_SOURCE = "unknown"


def acquisition_table(engine: Any, seg: Any) -> Any:
    """The §13 table for the segmentation's window: per lead source (and, under
    "event", per event) the leads (accounts created in the window), the new clients
    (first purchase in the window), their share of all new clients, the conversion of
    the window's leads into clients, the new clients' revenue and gross profit in their
    first 12 months (to the as-of date), the cost entered and the cost per new client."""
    import numpy as np
    import pandas as pd

    from core.analytics.segments import SegmentTable
    from core.analytics.window import add_months
    from storage.models import ChannelCost

    ct = seg.clients
    window = ct.window
    ds = seg.dataset
    with engine.connect() as conn:
        accounts = pd.DataFrame(
            conn.execute(
                select(Account.id, Account.created_at, Account.lead_source, Account.event_id)
                .where(Account.deleted_at.is_(None))
            ).all(),
            columns=["id", "created", "source", "event"],
        )  # fmt: skip
        events = {
            e_id: (name, start or created.date(), sum(int(c or 0) for c in costs))
            for e_id, name, start, created, *costs in conn.execute(
                select(Event.id, Event.name, Event.starts_on, Event.created_at,
                       *(getattr(Event, c) for c in COSTS))
                .where(Event.deleted_at.is_(None))
            )
        }  # fmt: skip
        spent: dict[str, float] = {}
        for source, amount in conn.execute(
            select(ChannelCost.source, ChannelCost.amount_kop).where(
                ChannelCost.deleted_at.is_(None),
                ChannelCost.month >= window.start.replace(day=1),
                ChannelCost.month <= window.end,
            )
        ):
            spent[source] = spent.get(source, 0.0) + float(amount)
    if accounts.empty:  # nothing yet: an empty table with its total
        empty: dict[str, Any] = {"segment": "total", "level": 0, "accounts": [],
                                 **dict.fromkeys(ACQUISITION_COLUMNS, 0)}  # fmt: skip
        return SegmentTable("acquisition", ct.as_of, ct.months, ACQUISITION_COLUMNS, [], empty, [])
    f = ct.frame.set_index("id")
    accounts["source"] = accounts["source"].fillna(UNKNOWN_SOURCE)
    first = pd.to_datetime(f["first_sale"].reindex(accounts["id"]).to_numpy()).date
    accounts["first"] = first
    # a lead dates from when it was made, or its first purchase if that came earlier (a
    # client base imported today was not made today)
    made = pd.to_datetime(accounts["created"], utc=True).dt.date.to_numpy()
    created = [m if not (d is not None and d == d and d < m) else d
               for m, d in zip(made, first, strict=True)]  # fmt: skip
    accounts["lead"] = [window.start <= c <= window.end for c in created]
    accounts["new"] = [d is not None and d == d and window.start <= d <= window.end for d in first]
    accounts["client"] = [d is not None and d == d and d <= window.end for d in first]
    # each new client's revenue and gross profit in its first 12 months
    lines = ds.lines
    position = {a: i for i, a in enumerate(ds.accounts["id"].astype(str))}
    revenue: dict[str, float] = {}
    profit: dict[str, float] = {}
    new_ids = accounts.loc[accounts["new"], ["id", "first"]]
    if len(new_ids):
        # each line in its account's first 12 months as a new client: one pass over
        # the lines, the months' bounds looked up by the line's account
        n = len(ds.accounts)
        starts = np.full(n, np.iinfo(np.int64).max)
        ends = np.full(n, np.iinfo(np.int64).min)
        epoch = date(1970, 1, 1)
        for aid, start in new_ids.itertuples(index=False):
            i = position.get(aid)
            if i is not None:
                end = min(add_months(start, 12), window.end + timedelta(days=1))
                starts[i], ends[i] = (start - epoch).days, (end - epoch).days
        acc = lines["acc"].to_numpy()
        day = lines["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
        amount = lines["amount_kop"].to_numpy(np.float64)
        cost = lines["cost_kop"].to_numpy(np.float64)
        gross = amount - np.where(np.isnan(cost), 0.0, cost)
        inside = (day >= starts[acc]) & (day < ends[acc])
        by_revenue = np.bincount(acc[inside], weights=amount[inside], minlength=n)
        by_profit = np.bincount(acc[inside], weights=gross[inside], minlength=n)
        for aid in new_ids["id"]:
            i = position.get(aid)
            if i is not None:
                revenue[aid] = float(by_revenue[i])
                profit[aid] = float(by_profit[i])
    all_new = int(accounts["new"].sum())

    def row(name: str, part: pd.DataFrame, cost: float, level: int = 0) -> dict[str, Any]:
        leads = part[part["lead"]]
        new = part[part["new"]]
        converted = int((leads["client"]).sum())
        new_count = len(new)
        return {
            "segment": name, "level": level,
            "leads": len(leads), "clients": new_count,
            "clients_share": new_count / all_new if all_new else None,
            "conversion": converted / len(leads) if len(leads) else None,
            "revenue": sum(revenue.get(a, 0.0) for a in new["id"]),
            "gross_profit": sum(profit.get(a, 0.0) for a in new["id"]),
            "cost": cost, "cost_per_client": cost / new_count if new_count and cost else None,
            "accounts": sorted(set(leads["id"]) | set(new["id"])),
        }  # fmt: skip

    in_window = {e: v for e, v in events.items() if window.start <= v[1] <= window.end}
    rows = []
    for source in (*SOURCES, UNKNOWN_SOURCE):
        part = accounts[accounts["source"] == source]
        cost = spent.get(source, 0.0)
        if source == "event":
            cost += sum(v[2] for v in in_window.values())
        if part.empty and not cost:
            continue
        rows.append(row(source, part, cost, 1 if source == "event" else 0))
        if source == "event":
            for e_id, (name, _start, e_cost) in sorted(in_window.items(), key=lambda kv: kv[1][1]):
                rows.append(row(name, part[part["event"] == e_id], float(e_cost)))
    total_cost = sum(spent.values()) + sum(v[2] for v in in_window.values())
    total = row("total", accounts, total_cost)
    return SegmentTable("acquisition", ct.as_of, ct.months, ACQUISITION_COLUMNS, rows, total, [])
