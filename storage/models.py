"""SQLAlchemy 2 models of every entity of METHODS.md §1 and of what the account
workspace, the selling tools and the KPI panel store.

Money is integer kopecks (``*_kop`` columns, BigInteger), never float.
Quantities and shares are floats: they are not money.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, Record, UtcDateTime

ACCOUNT_FK = "account.id"


def _account_fk() -> Mapped[str]:
    return mapped_column(ForeignKey(ACCOUNT_FK, ondelete="CASCADE"), index=True)


# --- the client base -------------------------------------------------------------------


class Account(Record):
    """A client or prospect (контрагент)."""

    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(500))
    name_norm: Mapped[str] = mapped_column(String(500), index=True, default="")
    code: Mapped[str | None] = mapped_column(String(100), index=True)
    inn: Mapped[str | None] = mapped_column(String(12), index=True)
    kpp: Mapped[str | None] = mapped_column(String(9))
    industry: Mapped[int | None] = mapped_column(Integer)  # market 1..12, METHODS.md §9
    region: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str | None] = mapped_column(String(100))
    manager: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[str | None] = mapped_column(String(10))  # large / medium / small
    potential_kop: Mapped[int | None] = mapped_column(BigInteger)
    capacity_units: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="client")  # prospect / client
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # where the lead came from (METHODS.md §13): search / event / referral / website /
    # email / cold_call / partner / other; with the event for one met at an event
    # (revision 0006; the event keeps a tombstone when deleted, so no foreign key)
    lead_source: Mapped[str | None] = mapped_column(String(20))
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # Optimistic concurrency: an edit made against an old version is detected, not lost.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Product(Record):
    """A SKU of the catalogue built from sales data or typed in."""

    __tablename__ = "product"

    sku: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(500), default="")
    product_group: Mapped[str | None] = mapped_column(String(200))
    price_kop: Mapped[int | None] = mapped_column(BigInteger)
    unit: Mapped[str | None] = mapped_column(String(20))


class SaleLine(Record):
    """One line of a sales document. Returns are negative lines."""

    __tablename__ = "sale_line"
    __table_args__ = (
        Index("ix_sale_line_account_date", "account_id", "date"),
        Index("ix_sale_line_date", "date"),
    )

    account_id: Mapped[str] = mapped_column(ForeignKey(ACCOUNT_FK, ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    doc_no: Mapped[str | None] = mapped_column(String(100))
    sku: Mapped[str | None] = mapped_column(String(100))
    product_group: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    cost_kop: Mapped[int | None] = mapped_column(BigInteger)
    discount_kop: Mapped[int | None] = mapped_column(BigInteger)
    # Identical lines inside one document are told apart by their occurrence number.
    occurrence: Mapped[int] = mapped_column(Integer, default=1)


class CompetitorPresence(Record):
    __tablename__ = "competitor_presence"

    account_id: Mapped[str] = _account_fk()
    competitor: Mapped[str] = mapped_column(String(200))
    share: Mapped[float | None] = mapped_column(Float)  # of the client's wallet, 0..1


class Receivable(Record):
    __tablename__ = "receivable"

    account_id: Mapped[str] = _account_fk()
    document: Mapped[str | None] = mapped_column(String(100))
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    paid_date: Mapped[dt.date | None] = mapped_column(Date)


class Contact(Record):
    """A member of the client's buying committee."""

    __tablename__ = "contact"

    account_id: Mapped[str] = _account_fk()
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(300))
    department: Mapped[str | None] = mapped_column(String(200))
    # economic / technical / user / coach (METHODS.md §6)
    buying_role: Mapped[str | None] = mapped_column(String(20))
    is_decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)  # ЛПР
    is_influencer: Mapped[bool] = mapped_column(Boolean, default=False)  # ЛВР
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))


class Activity(Record):
    __tablename__ = "activity"

    account_id: Mapped[str] = _account_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(30))  # visit / call / meeting / seminar / …
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    summary: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_date: Mapped[dt.date | None] = mapped_column(Date)


class Opportunity(Record):
    __tablename__ = "opportunity"

    account_id: Mapped[str] = _account_fk()
    title: Mapped[str] = mapped_column(String(300))
    # qualification / needs / solution / proposal / negotiation / won / lost (METHODS.md §8)
    stage: Mapped[str] = mapped_column(String(20), default="qualification")
    amount_kop: Mapped[int | None] = mapped_column(BigInteger)
    probability: Mapped[float | None] = mapped_column(Float)
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(Text)


class Delivery(Record):
    __tablename__ = "delivery"

    account_id: Mapped[str] = _account_fk()
    order_no: Mapped[str | None] = mapped_column(String(100))
    promised_date: Mapped[dt.date] = mapped_column(Date)
    delivered_date: Mapped[dt.date | None] = mapped_column(Date)
    qty_ordered: Mapped[float] = mapped_column(Float)
    qty_delivered: Mapped[float | None] = mapped_column(Float)


class SurveyAnswer(Record):
    __tablename__ = "survey_answer"

    account_id: Mapped[str] = _account_fk()
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    department: Mapped[str | None] = mapped_column(String(200))  # our department rated
    date: Mapped[dt.date] = mapped_column(Date)
    nps: Mapped[int | None] = mapped_column(Integer)  # 0..10
    comment: Mapped[str | None] = mapped_column(Text)


class CsiRating(Record):
    """One attribute's rating (1..5) inside a survey answer, with its importance."""

    __tablename__ = "csi_rating"

    survey_id: Mapped[str] = mapped_column(
        ForeignKey("survey_answer.id", ondelete="CASCADE"), index=True
    )
    attribute: Mapped[str] = mapped_column(String(200))
    rating: Mapped[int] = mapped_column(Integer)
    importance: Mapped[float] = mapped_column(Float, default=1.0)


class SalesPlan(Record):
    __tablename__ = "sales_plan"

    manager: Mapped[str] = mapped_column(String(200), index=True)
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    revenue_plan_kop: Mapped[int | None] = mapped_column(BigInteger)
    new_clients_plan: Mapped[int | None] = mapped_column(Integer)


class RegionUniverse(Record):
    __tablename__ = "region_universe"

    region: Mapped[str] = mapped_column(String(200), index=True)
    total_outlets: Mapped[int | None] = mapped_column(Integer)
    potential_outlets: Mapped[int | None] = mapped_column(Integer)


# --- selling an account (METHODS.md §5, §6) ---------------------------------------------


class SpinQuestion(Record):
    __tablename__ = "spin_question"

    block: Mapped[str] = mapped_column(String(1))  # S / P / I / N
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    industries: Mapped[list[int]] = mapped_column(JSON, default=list)  # empty = all markets
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class SpinAnswer(Record):
    __tablename__ = "spin_answer"

    account_id: Mapped[str] = _account_fk()
    question_id: Mapped[str] = mapped_column(ForeignKey("spin_question.id", ondelete="CASCADE"))
    answer: Mapped[str] = mapped_column(Text, default="")
    money_kop: Mapped[int | None] = mapped_column(BigInteger)
    answered_on: Mapped[dt.date] = mapped_column(Date)


class BantScore(Record):
    """One BANT assessment; every change is a new row, so the history stays."""

    __tablename__ = "bant_score"

    account_id: Mapped[str] = _account_fk()
    budget: Mapped[int] = mapped_column(Integer, default=0)
    authority: Mapped[int] = mapped_column(Integer, default=0)
    need: Mapped[int] = mapped_column(Integer, default=0)
    timing: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    scored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class BcgScore(Record):
    """One BCG factor of an account: the suggested score, its reason, the override."""

    __tablename__ = "bcg_score"

    account_id: Mapped[str] = _account_fk()
    factor: Mapped[str] = mapped_column(String(40))
    suggested: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    override: Mapped[int | None] = mapped_column(Integer)
    scored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class TcoModel(Record):
    __tablename__ = "tco_model"

    account_id: Mapped[str] = _account_fk()
    title: Mapped[str] = mapped_column(String(300), default="")
    horizon_years: Mapped[int] = mapped_column(Integer, default=3)
    # cost lines of both options and the ticked Elements of Value, as a document
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Proposal(Record):
    """A commercial proposal; its number («КП-2026-0042») is the company's, given once
    when it is created, from the pattern of the company profile and the sequence."""

    __tablename__ = "proposal"
    __table_args__ = (Index("ix_proposal_number", "number", unique=True),)

    account_id: Mapped[str] = _account_fk()
    number: Mapped[str | None] = mapped_column(String(40))
    sequence: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # blocks A–D, items


class ProposalVersion(Record):
    """An exported proposal with its content; ``number`` is its revision: the same
    content exported again (in either format) is the same revision."""

    __tablename__ = "proposal_version"

    proposal_id: Mapped[str] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    exported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    file_format: Mapped[str] = mapped_column(String(10))


# --- developing an account (METHODS.md §7) ----------------------------------------------


class DevelopmentPlan(Record):
    __tablename__ = "development_plan"

    account_id: Mapped[str] = mapped_column(ForeignKey(ACCOUNT_FK, ondelete="CASCADE"), unique=True)
    cooperation: Mapped[str | None] = mapped_column(Text)
    client_revenue_kop: Mapped[int | None] = mapped_column(BigInteger)
    sales_plan_kop: Mapped[int | None] = mapped_column(BigInteger)
    dsl_level: Mapped[int | None] = mapped_column(Integer)
    equipment_park: Mapped[int | None] = mapped_column(Integer)
    joint_projects_level: Mapped[int | None] = mapped_column(Integer)
    production_visit: Mapped[int | None] = mapped_column(Integer)
    joint_promo: Mapped[int | None] = mapped_column(Integer)
    decision_maker_knowledge: Mapped[int | None] = mapped_column(Integer)


class MilestoneReached(Record):
    """One of the 23 milestones of the progress policy, reached on a date."""

    __tablename__ = "milestone_reached"

    account_id: Mapped[str] = _account_fk()
    milestone_no: Mapped[int] = mapped_column(Integer)
    reached_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class JointProject(Record):
    __tablename__ = "joint_project"

    account_id: Mapped[str] = _account_fk()
    name: Mapped[str] = mapped_column(String(300))
    status: Mapped[str | None] = mapped_column(String(50))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)


class Event(Record):
    """A trade fair, seminar or conference the company took part in, with what it cost
    (METHODS.md §13; revision 0006)."""

    __tablename__ = "event"

    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(20), default="trade_fair")  # seminar, conference…
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    stand_kop: Mapped[int | None] = mapped_column(BigInteger)
    travel_kop: Mapped[int | None] = mapped_column(BigInteger)
    materials_kop: Mapped[int | None] = mapped_column(BigInteger)
    staff_kop: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(Text)


class EventLead(Record):
    """A lead met at an event: the account it made or joined, the person, the meeting
    (revision 0006)."""

    __tablename__ = "event_lead"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[str] = _account_fk()
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    joined: Mapped[bool] = mapped_column(Boolean, default=False)  # a known account


class ChannelCost(Record):
    """What an acquisition channel cost in a month (METHODS.md §13; revision 0006)."""

    __tablename__ = "channel_cost"
    __table_args__ = (Index("ix_channel_cost_month", "month", "source"),)

    month: Mapped[dt.date] = mapped_column(Date)  # the first day of the month
    source: Mapped[str] = mapped_column(String(20))
    amount_kop: Mapped[int] = mapped_column(BigInteger)


class Task(Record):
    """Something a rep is to do for an account, by a day (and an hour). Revision 0005.

    ``source`` says where it came from: typed by hand (``manual``), an activity's next
    step (``activity``, ``source_id`` that activity: one task per activity, kept in
    step with it) or a suggestion accepted (``suggested``)."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_open_due", "status", "due_on"),)

    account_id: Mapped[str] = _account_fk()
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_time: Mapped[str | None] = mapped_column(String(5))  # "14:30", the owner's clock
    owner: Mapped[str | None] = mapped_column(String(200))  # the manager
    status: Mapped[str] = mapped_column(String(12), default="open")  # open / done / cancelled
    note: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)  # what came of it, asked when closed
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    opportunity_id: Mapped[str | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL")
    )
    proposal_id: Mapped[str | None] = mapped_column(ForeignKey("proposal.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20), default="manual")
    source_id: Mapped[str | None] = mapped_column(String(36), index=True)


# --- derived data and bookkeeping (revision 0002) ---------------------------------------


class AccountStats(Base):
    """Per-account figures kept up to date after every change of sales data, so that
    the account list never scans the sales lines (a cache: it can be rebuilt)."""

    __tablename__ = "account_stats"

    account_id: Mapped[str] = mapped_column(
        ForeignKey(ACCOUNT_FK, ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[dt.date] = mapped_column(Date)
    revenue_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    revenue_prev_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    gross_profit_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    ltv_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    first_sale: Mapped[dt.date | None] = mapped_column(Date)
    last_sale: Mapped[dt.date | None] = mapped_column(Date)


class SaleMonth(Base):
    """Each account's sales by calendar month (revision 0008): what the KPI panel reads
    for any month, quarter or year instead of the lines (a cache: it can be rebuilt)."""

    __tablename__ = "sale_month"
    # a period's months in one range of the index, with what the KPI panel sums (0009)
    __table_args__ = (Index("ix_sale_month_month", "month", "account_id", "amount_kop", "orders"),)

    account_id: Mapped[str] = mapped_column(
        ForeignKey(ACCOUNT_FK, ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # its first day
    amount_kop: Mapped[int] = mapped_column(BigInteger, default=0)  # returns included
    orders: Mapped[int] = mapped_column(Integer, default=0)  # with a positive line


class SaleMonthGroup(Base):
    """The product groups each account bought (a positive line) in each month."""

    __tablename__ = "sale_month_group"

    account_id: Mapped[str] = mapped_column(
        ForeignKey(ACCOUNT_FK, ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    product_group: Mapped[str] = mapped_column(String(200), primary_key=True)


class ImportMapping(Record):
    """A column mapping the user corrected, remembered for files with the same headers."""

    __tablename__ = "import_mapping"

    kind: Mapped[str] = mapped_column(String(30))
    header_signature: Mapped[str] = mapped_column(String(64), index=True)
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


# --- revision 0003: data stamps and company settings ------------------------------------


class DataStamp(Base):
    """A token replaced whenever a body of data changes (``sales``: the sale lines), so
    that caches built from it (the analytics' columnar copy of the lines) know when
    they are stale. A token, not a counter: two clients of one server never collide."""

    __tablename__ = "data_stamp"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    token: Mapped[str] = mapped_column(String(36))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class AppSetting(Base):
    """A company-wide setting kept with the data (analysis thresholds, the discount
    policy, VAT, KPI norms), so that a team on one server shares it."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


# The latest change of each table the analysis reads, found from an index instead of a
# scan (``core.analytics.stored.data_key``: 145 → 20 ms on 20,000 accounts)
CHANGE_WATCHED = (Account, Contact, Activity, CompetitorPresence, Receivable, Delivery,
                  SurveyAnswer, Opportunity)  # fmt: skip
for _model in CHANGE_WATCHED:
    Index(f"ix_{_model.__tablename__}_updated_at", _model.updated_at)
