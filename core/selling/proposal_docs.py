"""ABCD proposals kept with the data, and their export.

A proposal is a document of the account (``proposal.content``): the people addressed,
the texts of blocks A, B and D, the items of block C, the VAT rate (None: «Без НДС»),
the terms and whether the TCO comparison goes in. It gets the company's number
(«КП-2026-0042», the pattern of the company profile) once, when it is made. A new
proposal starts from what is known: a draft of block A from the client's SPIN answers,
the ticked Elements of Value from the TCO, the VAT rate from Settings, the terms from the
company profile. Every export writes an editable DOCX (docxtpl, from the company's
template or the bundled one) or a PDF (fpdf2 with the bundled DejaVu Sans), laid out by
``proposal_print``, and keeps the revision with its content: the same content exported
again, in either format, is the same revision. Text is always text: names with ``<``,
``&`` or a leading ``=`` are printed literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from core import changes as ch
from core.accounts import workspace as ws
from core.company import company_profile, number_from, yearly
from core.database import Database
from core.export import write_whole
from core.messages import cannot_write, joined, say
from core.selling import spin
from core.selling.discount import SETTINGS_PREFIX as DISCOUNT_PREFIX
from core.selling.discount import allowed, policy, tiers
from core.selling.proposal import (
    DEFAULT_VAT,
    Item,
    ProposalError,
    discount_excesses,
    emphasised_factors,
    totals,
)
from core.selling.proposal_print import ProposalDocument, context, write_docx, write_pdf
from core.selling.tco import load_tco
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import Account, Contact, Proposal, ProposalVersion
from storage.stamps import read_settings, write_settings

TEMPLATE = (
    Path(__file__).resolve().parent.parent.parent / "resources" / "templates" / "proposal.docx"
)
TEMPLATE_SETTING = "proposal.template"  # a company's own .docx template (a path)
VALID_DAYS = 30


def vat_rate(db: Database) -> float:
    value = read_settings(db.engine, "proposal.").get("vat_rate")
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        return float(value)
    return DEFAULT_VAT


@ch.changes(ch.SETTINGS)
def set_vat_rate(db: Database, rate: float) -> None:
    if not 0 <= rate < 1:
        raise ProposalError(say("vat_rate", "the VAT rate is a fraction: 0.20 for 20 %"))
    write_settings(db.engine, "proposal.", {"vat_rate": rate})


def template_path(db: Database) -> Path:
    """The company's own template when it is set and exists, else the bundled one."""
    own = read_settings(db.engine, "proposal.").get("template")
    if isinstance(own, str) and own and Path(own).is_file():
        return Path(own)
    return TEMPLATE


@ch.changes(ch.SETTINGS)
def set_template(db: Database, path: str | None) -> None:
    """Choose a company template (None: back to the bundled one); it must render."""
    if path:
        from docxtpl import DocxTemplate

        try:
            DocxTemplate(path).get_undeclared_template_variables()
        except Exception as exc:  # not a .docx, or broken Jinja fields
            raise ProposalError(
                say(
                    "template",
                    "{name} is not a usable .docx template: {why}",
                    name=Path(path).name,
                    why=str(exc),
                )
            ) from exc
    write_settings(db.engine, "proposal.", {"template": path or None})


def discount_maximum(db: Database, strategy: str | None, deal_kop: float = 0) -> float:
    """The maximum discount of the strategy from the company's policy; without a
    strategy (a prospect with no sales), the policy's "new client" value; a deal of
    ``deal_kop`` (its list amount) gets the extra of the deal-size tier it reaches."""
    stored = read_settings(db.engine, DISCOUNT_PREFIX)
    return allowed(policy(stored), tiers(stored), strategy, deal_kop)


ADDRESSEES = 2  # a КП is addressed to one or two people


def default_addressees(contacts: list[dict[str, Any]]) -> list[str]:
    """Whom a new proposal is addressed to: the decision makers (ЛПР) first, then the
    economic buyer, then anyone with a buying role; at most :data:`ADDRESSEES`."""
    ranked = sorted(
        (c for c in contacts if c.get("is_decision_maker") or c.get("buying_role")),
        key=lambda c: (not c.get("is_decision_maker"), c.get("buying_role") != "economic"),
    )
    return [c["id"] for c in ranked[:ADDRESSEES]]


@ch.changes(ch.PROPOSALS)
def create_proposal(db: Database, account_id: str, today: date | None = None) -> str:
    """A new proposal for the account, prefilled from what is known."""
    today = today or date.today()
    with db.engine.connect() as conn:
        if (
            conn.execute(
                select(Account.id).where(Account.id == account_id, Account.deleted_at.is_(None))
            ).first()
            is None
        ):
            raise ProposalError(say("no_account", "the account does not exist"))
    spin.ensure_bank(db)
    bank = {q.id: q for q in spin.questions(db, include_retired=True)}
    answers = spin.latest_answers(db, account_id)
    # a draft of Block A for the rep to rewrite as prose: what the client said in the
    # SPIN interview (situation and problems), never the questions themselves
    situation = [
        a.answer.strip()
        for qid, a in answers.items()
        if qid in bank and bank[qid].block in ("S", "P") and a.answer and a.answer.strip()
    ]
    contacts = ws.list_records(db, Contact, account_id)
    tco = load_tco(db, account_id)
    content = {
        "contacts": default_addressees(contacts),
        "block_a": "\n".join(situation),
        "block_b": "",
        "elements": list(tco.elements),
        "items": [],
        "vat_rate": vat_rate(db),
        "include_tco": tco.comparison().theirs.total > 0,
        "next_step": "",
        "deadline": None,
        "valid_until": (today + timedelta(days=VALID_DAYS)).isoformat(),
        "our_contacts": "",
    }
    profile = company_profile(db)
    for key in ("payment_terms", "delivery_terms", "warranty_terms"):
        content[key] = profile.get(key, "")
    proposal_id = new_id()
    now = utcnow()
    # the number is the company's: taken under the serial write lock, so that two
    # laptops on one server never give the same one
    with writing(db.engine, serial=True) as conn:
        number, sequence = _next_number(conn, profile["number_pattern"], today)
        conn.execute(
            insert(Proposal).values(
                id=proposal_id,
                created_at=now,
                updated_at=now,
                account_id=account_id,
                number=number,
                sequence=sequence,
                title="",
                status="draft",
                content=content,
            )
        )
    return proposal_id


def _next_number(conn: Any, pattern: str, today: date) -> tuple[str, int]:
    """The next number of the pattern: one more than the highest sequence given (this
    year's when the pattern prints the year; deleted proposals count, numbers are never
    given twice), and further on while that number exists (a changed pattern)."""
    query = select(func.max(Proposal.sequence))
    if yearly(pattern):
        start = datetime(today.year, 1, 1, tzinfo=UTC)
        query = query.where(Proposal.created_at >= start)
    sequence = int(conn.execute(query).scalar() or 0) + 1
    while True:
        number = number_from(pattern, today, sequence)
        taken = conn.execute(select(Proposal.id).where(Proposal.number == number)).first()
        if taken is None:
            return number, sequence
        sequence += 1


def proposal_content(db: Database, proposal_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Proposal.content).where(
                Proposal.id == proposal_id, Proposal.deleted_at.is_(None)
            )
        ).first()
    if row is None:
        raise ProposalError(say("no_proposal", "the proposal does not exist"))
    return dict(row[0] or {})


@ch.changes(ch.PROPOSALS)
def save_proposal(db: Database, proposal_id: str, content: dict[str, Any]) -> None:
    """Keep the edited proposal; its items are checked first."""
    [Item.from_dict(i) for i in content.get("items") or []]
    totals([], _vat(content))
    with writing(db.engine) as conn:
        done = conn.execute(
            update(Proposal)
            .where(Proposal.id == proposal_id)
            .values(content=content, updated_at=utcnow())
        ).rowcount
    if not done:
        raise ProposalError(say("no_proposal", "the proposal does not exist"))


@ch.changes(ch.PROPOSALS)
def delete_proposal(db: Database, proposal_id: str) -> None:
    with writing(db.engine) as conn:
        conn.execute(
            update(Proposal)
            .where(Proposal.id == proposal_id)
            .values(deleted_at=utcnow(), updated_at=utcnow())
        )


def list_proposals(db: Database, account_id: str | None = None) -> list[dict[str, Any]]:
    """Every live proposal (or the account's), newest first: its number, date (made),
    revision (0 before its first export), exports, total with VAT, status, manager."""
    versions = (
        select(
            ProposalVersion.proposal_id,
            func.count().label("n"),
            func.max(ProposalVersion.number).label("revision"),
            func.max(ProposalVersion.exported_at).label("last"),
        )
        .group_by(ProposalVersion.proposal_id)
        .subquery()
    )
    query = (
        select(
            Proposal.id,
            Proposal.number,
            Proposal.account_id,
            Account.name,
            Account.manager,
            Proposal.status,
            Proposal.created_at,
            Proposal.updated_at,
            versions.c.n,
            versions.c.revision,
            versions.c.last,
            Proposal.content,
        )
        .join(Account, Account.id == Proposal.account_id)
        .outerjoin(versions, versions.c.proposal_id == Proposal.id)
        .where(Proposal.deleted_at.is_(None), Account.deleted_at.is_(None))
        .order_by(Proposal.updated_at.desc(), Proposal.id)
    )
    if account_id is not None:
        query = query.where(Proposal.account_id == account_id)
    out = []
    with db.engine.connect() as conn:
        for row in conn.execute(query):
            content = row.content or {}
            items = [Item.from_dict(i) for i in content.get("items") or []]
            out.append(
                {
                    "id": row.id,
                    "number": row.number or "",
                    "account_id": row.account_id,
                    "client": row.name,
                    "manager": row.manager or "",
                    "status": row.status,
                    "created_at": row.created_at,
                    "updated_at": row.updated_at,
                    "revision": row.revision or 0,
                    "exports": row.n or 0,
                    "exported_at": row.last,
                    "total_kop": totals(items, _vat(content)).total_kop,
                }
            )
    return out


def _vat(content: dict[str, Any]) -> float | None:
    """The VAT rate of the content: None for «Без НДС» (no VAT at all)."""
    if content.get("vat_rate", DEFAULT_VAT) is None:
        return None
    return float(content.get("vat_rate", DEFAULT_VAT))


def iso_date(value: Any) -> date | None:
    """A date kept in a proposal's content (ISO text), None when there is none."""
    return _date(value)


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _revisions(conn: Any, proposal_id: str) -> tuple[int, dict[str, Any] | None, date | None]:
    """The latest revision exported, its content and the day it was first exported (0,
    None, None before the first export)."""
    row = conn.execute(
        select(ProposalVersion.number, ProposalVersion.content)
        .where(ProposalVersion.proposal_id == proposal_id)
        .order_by(ProposalVersion.number.desc(), ProposalVersion.exported_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return 0, None, None
    first = conn.execute(
        select(func.min(ProposalVersion.exported_at)).where(
            ProposalVersion.proposal_id == proposal_id, ProposalVersion.number == row[0]
        )
    ).scalar()
    return int(row[0]), dict(row[1] or {}), first.astimezone().date() if first else None


def proposal_document(
    db: Database, proposal_id: str, strategy: str | None = None, today: date | None = None
) -> ProposalDocument:
    """The proposal as it will be printed; ``strategy`` (the account's BCG strategy)
    sets the discount maximum that the guard checks. Its revision is the last one
    exported when the content is unchanged, else the next."""
    content = proposal_content(db, proposal_id)
    with db.engine.connect() as conn:
        account_id, client, number = conn.execute(
            select(Proposal.account_id, Account.name, Proposal.number)
            .join(Account, Account.id == Proposal.account_id)
            .where(Proposal.id == proposal_id)
        ).one()
        last, last_content, first_sent = _revisions(conn, proposal_id)
    same = last_content == content
    revision = last if same else last + 1
    people = {c["id"]: c for c in ws.list_records(db, Contact, account_id)}
    chosen = [people[c] for c in content.get("contacts") or [] if c in people]
    items = [Item.from_dict(i) for i in content.get("items") or []]
    maximum = discount_maximum(db, strategy, sum(i.gross_kop for i in items))
    tco = load_tco(db, account_id) if content.get("include_tco") else None
    if tco is not None:
        compared = tco.comparison()
        if not (compared.ours.total or compared.theirs.total):
            tco = None  # nothing entered: no empty table for the client
    return ProposalDocument(
        id=proposal_id,
        account_id=account_id,
        client=client,
        number=number or "",
        revision=revision,
        today=today or date.today(),
        dated=first_sent if same else None,  # the same revision keeps its date
        addressed=[(c["name"], c.get("position")) for c in chosen],
        seller=company_profile(db),
        block_a=str(content.get("block_a") or ""),
        block_b=str(content.get("block_b") or ""),
        factors=emphasised_factors([c.get("buying_role") for c in chosen]),
        factor_texts={str(k): str(v) for k, v in (content.get("factor_texts") or {}).items()},
        elements=list(content.get("elements") or []),
        items=items,
        totals=totals(items, _vat(content)),
        excesses=discount_excesses(items, maximum),
        tco=tco,
        next_step=str(content.get("next_step") or ""),
        deadline=_date(content.get("deadline")),
        valid_until=_date(content.get("valid_until")),
        our_contacts=str(content.get("our_contacts") or ""),
        payment_terms=str(content.get("payment_terms") or ""),
        delivery_terms=str(content.get("delivery_terms") or ""),
        warranty_terms=str(content.get("warranty_terms") or ""),
        content=content,
    )


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


@dataclass(frozen=True)
class ExportCheck:
    code: str  # no_items, no_addressee, no_next_step, valid_until_past, deadline_past
    blocking: bool  # True: the proposal cannot be exported; False: a warning
    message: str  # the English sentence (the window translates the code)


def export_checks(
    content: dict[str, Any], today: date | None = None, seller: dict[str, str] | None = None
) -> list[ExportCheck]:
    """What is wrong with a proposal before it goes to the client, in plain words: no
    items (refused), and no addressee, no next step, a validity or a decision deadline
    already past (warned about). The window asks before its file dialog; the export
    itself refuses the blocking ones."""
    today = today or date.today()
    found = []
    if seller is not None and not (seller.get("name") or "").strip():
        found.append(
            ExportCheck("no_seller", False, "the company profile has no name for the letterhead")
        )
    if not content.get("items"):
        found.append(ExportCheck("no_items", True, "the proposal has no items"))
    if not content.get("contacts"):
        found.append(ExportCheck("no_addressee", False, "nobody is chosen to address it to"))
    if not str(content.get("next_step") or "").strip():
        found.append(ExportCheck("no_next_step", False, "it proposes no next step"))
    valid_until = _date(content.get("valid_until"))
    if valid_until is not None and valid_until < today:
        found.append(
            ExportCheck("valid_until_past", False, f"its validity ended on {_day(valid_until)}")
        )
    deadline = _date(content.get("deadline"))
    if deadline is not None and deadline < today:
        found.append(
            ExportCheck("deadline_past", False, f"its decision deadline {_day(deadline)} is past")
        )
    return found


@ch.changes(ch.PROPOSALS)
def export_proposal(
    db: Database,
    proposal_id: str,
    path: str | Path,
    language: str = "ru",
    strategy: str | None = None,
) -> tuple[Path, int]:
    """Write the proposal to ``path`` (.docx or .pdf) and keep it as a version: the
    revision it was exported as (see :func:`proposal_document`) with its content.
    Refused (ProposalError) while a discount above the policy is not kept with a
    reason. The file appears only when complete."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ProposalError(say("proposal_format", "a proposal is written to .docx or .pdf"))
    doc = proposal_document(db, proposal_id, strategy)
    refused = [
        say(c.code, c.message) for c in export_checks(doc.content, seller=doc.seller) if c.blocking
    ]
    if refused:
        raise ProposalError(joined(refused))
    blocking = [e for e in doc.excesses if not e.kept]
    if blocking:
        names = ", ".join(e.item.name for e in blocking)
        raise ProposalError(
            say("reason_needed", "discounts above the policy need a reason: {names}", names=names)
        )
    values = context(doc, language)
    author = doc.seller.get("name", "")
    template = template_path(db) if suffix == ".docx" else None
    try:
        if template is not None:
            write_whole(path, lambda fh: write_docx(template, values, fh, author))
        else:
            write_whole(path, lambda fh: write_pdf(values, fh, author))
    except OSError as exc:
        raise ProposalError(cannot_write(path, exc)) from exc
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(ProposalVersion).values(
                id=new_id(),
                created_at=now,
                updated_at=now,
                proposal_id=proposal_id,
                number=doc.revision,
                content=doc.content,
                exported_at=now,
                file_format=suffix[1:],
            )
        )
        conn.execute(
            update(Proposal).where(Proposal.id == proposal_id).values(status="sent", updated_at=now)
        )
    return path, doc.revision


def latest_proposal(db: Database, account_id: str) -> str | None:
    """The account's most recently changed live proposal."""
    found = list_proposals(db, account_id)
    return found[0]["id"] if found else None


@dataclass(frozen=True)
class CatalogueItem:
    sku: str
    name: str
    group: str
    price_kop: int | None  # the catalogue price, else the average selling price


def catalogue(db: Database) -> list[CatalogueItem]:
    """The SKUs of the catalogue (built from the sales data or typed in), with the price
    of the catalogue or, where it has none, the average selling price of the positive
    lines (amount / quantity); the best sellers first."""
    from storage.models import Product, SaleLine

    sold = (
        select(
            SaleLine.sku,
            func.sum(SaleLine.amount_kop).label("amount"),
            func.sum(SaleLine.quantity).label("qty"),
        )
        .where(
            SaleLine.deleted_at.is_(None),
            SaleLine.amount_kop > 0,
            SaleLine.quantity > 0,
            SaleLine.sku.is_not(None),
        )
        .group_by(SaleLine.sku)
        .subquery()
    )
    query = (
        select(
            Product.sku,
            Product.name,
            Product.product_group,
            Product.price_kop,
            sold.c.amount,
            sold.c.qty,
        )
        .outerjoin(sold, sold.c.sku == Product.sku)
        .where(Product.deleted_at.is_(None))
        .order_by(func.coalesce(sold.c.amount, 0).desc(), Product.sku)
    )
    out = []
    with db.engine.connect() as conn:
        for sku, name, group, price, amount, qty in conn.execute(query):
            average = round(float(amount) / float(qty)) if amount and qty else None
            out.append(CatalogueItem(sku, name or "", group or "", price or average))
    return out
