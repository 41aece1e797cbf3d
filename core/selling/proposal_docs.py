"""ABCD proposals kept with the data, and their output.

A proposal is a document of the account (``proposal.content``): the people addressed,
the texts of blocks A, B and D, the items of block C, the VAT rate and whether the TCO
comparison goes in. A new proposal starts from what is known: block A from the SPIN
Situation and Problem answers, the ticked Elements of Value from the TCO, the VAT rate
from Settings. Every export writes an editable DOCX (docxtpl, from the company's
template or the bundled one) or a PDF (fpdf2 with the bundled DejaVu Sans) and keeps a
numbered version with its date and content. Text is always text: names with ``<``,
``&`` or a leading ``=`` are printed literally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from core import changes as ch
from core.accounts import workspace as ws
from core.database import Database
from core.plurals import count
from core.selling import spin
from core.selling.discount import SETTINGS_PREFIX as DISCOUNT_PREFIX
from core.selling.discount import policy
from core.selling.proposal import (
    DEFAULT_VAT,
    Excess,
    Item,
    ProposalError,
    Totals,
    discount_excesses,
    emphasised_factors,
    totals,
)
from core.selling.tco import AccountTco, element_name, load_tco
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import Account, Contact, Proposal, ProposalVersion
from storage.stamps import read_settings, write_settings

TEMPLATE = (
    Path(__file__).resolve().parent.parent.parent / "resources" / "templates" / "proposal.docx"
)
TEMPLATE_SETTING = "proposal.template"  # a company's own .docx template (a path)
VALID_DAYS = 30

TEXT: dict[str, dict[str, Any]] = {
    "ru": {
        "title": "Коммерческое предложение",
        "date": "Дата",
        "to": "Кому",
        "block_a": "Ситуация и задача клиента",
        "block_b": "Решение и выгоды",
        "factors": "Важно для вас",
        "elements": "Что даёт предложение",
        "block_c": "Расчёт",
        "item": "Позиция",
        "quantity": "Кол-во",
        "price": "Цена, ₽",
        "discount": "Скидка",
        "amount": "Сумма, ₽",
        "sku": "Артикул",
        "net": "Итого без НДС, ₽",
        "vat": "НДС {r}, ₽",
        "total": "Итого с НДС, ₽",
        "summary": "Всего наименований {n}, на сумму {s} ₽",
        "tco": "Совокупная стоимость владения за {y}: наше предложение {o} ₽, "
        "текущий вариант {c} ₽, экономия {s} ₽.",
        "block_d": "Решение и следующий шаг",
        "next_step": "Следующий шаг",
        "deadline": "Срок решения",
        "valid_until": "Предложение действительно до",
        "our_contacts": "Наши контакты",
        "factor_names": {
            "acceptable_price": "приемлемая цена",
            "flexibility": "гибкость условий",
            "stability": "стабильность поставок",
            "commitment": "обязательства поставщика",
            "cost_reduction": "снижение затрат",
            "availability": "наличие",
            "variety": "ассортимент",
            "feedback": "обратная связь",
            "functionality": "функциональность",
        },
    },
    "en": {
        "title": "Commercial proposal",
        "date": "Date",
        "to": "To",
        "block_a": "Your situation and task",
        "block_b": "Solution and benefits",
        "factors": "What matters to you",
        "elements": "What the offer delivers",
        "block_c": "Calculation",
        "item": "Item",
        "quantity": "Qty",
        "price": "Price, ₽",
        "discount": "Discount",
        "amount": "Amount, ₽",
        "sku": "SKU",
        "net": "Total before VAT, ₽",
        "vat": "VAT {r}, ₽",
        "total": "Total with VAT, ₽",
        "summary": "{n} items, total {s} ₽",
        "tco": "Total cost of ownership over {y}: our offer {o} ₽, current option "
        "{c} ₽, saving {s} ₽.",
        "block_d": "Decision and next step",
        "next_step": "Next step",
        "deadline": "Decision by",
        "valid_until": "Valid until",
        "our_contacts": "Our contacts",
        "factor_names": {
            "acceptable_price": "acceptable price",
            "flexibility": "flexibility",
            "stability": "stability",
            "commitment": "commitment",
            "cost_reduction": "cost reduction",
            "availability": "availability",
            "variety": "variety",
            "feedback": "feedback",
            "functionality": "functionality",
        },
    },
}


@dataclass
class ProposalDocument:
    """One proposal as it will be printed."""

    id: str
    account_id: str
    client: str
    number: int  # the version an export will get
    today: date
    addressed: list[tuple[str, str | None]]  # (name, position): the buying roles stay ours
    block_a: str
    block_b: str
    factors: list[str]
    elements: list[str]
    items: list[Item]
    totals: Totals
    excesses: list[Excess]
    tco: AccountTco | None
    next_step: str
    deadline: date | None
    valid_until: date | None
    our_contacts: str
    content: dict[str, Any] = field(default_factory=dict)


def vat_rate(db: Database) -> float:
    value = read_settings(db.engine, "proposal.").get("vat_rate")
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        return float(value)
    return DEFAULT_VAT


@ch.changes(ch.SETTINGS)
def set_vat_rate(db: Database, rate: float) -> None:
    if not 0 <= rate < 1:
        raise ProposalError("the VAT rate is a fraction: 0.20 for 20 %")
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
            raise ProposalError(f"{Path(path).name} is not a usable .docx template: {exc}") from exc
    write_settings(db.engine, "proposal.", {"template": path or None})


def discount_maximum(db: Database, strategy: str | None) -> float | None:
    """The maximum discount of the strategy from the company's policy (None: no
    strategy, nothing to check against)."""
    if strategy is None:
        return None
    return policy(read_settings(db.engine, DISCOUNT_PREFIX)).get(strategy)


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
            raise ProposalError("the account does not exist")
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
    proposal_id = new_id()
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(Proposal).values(
                id=proposal_id,
                created_at=now,
                updated_at=now,
                account_id=account_id,
                title="",
                status="draft",
                content=content,
            )
        )
    return proposal_id


def proposal_content(db: Database, proposal_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Proposal.content).where(
                Proposal.id == proposal_id, Proposal.deleted_at.is_(None)
            )
        ).first()
    if row is None:
        raise ProposalError("the proposal does not exist")
    return dict(row[0] or {})


@ch.changes(ch.PROPOSALS)
def save_proposal(db: Database, proposal_id: str, content: dict[str, Any]) -> None:
    """Keep the edited proposal; its items are checked first."""
    [Item.from_dict(i) for i in content.get("items") or []]
    totals([], float(content.get("vat_rate", DEFAULT_VAT)))
    with writing(db.engine) as conn:
        done = conn.execute(
            update(Proposal)
            .where(Proposal.id == proposal_id)
            .values(content=content, updated_at=utcnow())
        ).rowcount
    if not done:
        raise ProposalError("the proposal does not exist")


@ch.changes(ch.PROPOSALS)
def delete_proposal(db: Database, proposal_id: str) -> None:
    with writing(db.engine) as conn:
        conn.execute(
            update(Proposal)
            .where(Proposal.id == proposal_id)
            .values(deleted_at=utcnow(), updated_at=utcnow())
        )


def list_proposals(db: Database, account_id: str | None = None) -> list[dict[str, Any]]:
    """Every live proposal (or the account's), newest first, with its exported versions."""
    versions = (
        select(
            ProposalVersion.proposal_id,
            func.count().label("n"),
            func.max(ProposalVersion.exported_at).label("last"),
        )
        .group_by(ProposalVersion.proposal_id)
        .subquery()
    )
    query = (
        select(
            Proposal.id,
            Proposal.account_id,
            Account.name,
            Proposal.status,
            Proposal.updated_at,
            versions.c.n,
            versions.c.last,
            Proposal.content,
        )
        .join(Account, Account.id == Proposal.account_id)
        .outerjoin(versions, versions.c.proposal_id == Proposal.id)
        .where(Proposal.deleted_at.is_(None), Account.deleted_at.is_(None))
        .order_by(Proposal.updated_at.desc())
    )
    if account_id is not None:
        query = query.where(Proposal.account_id == account_id)
    out = []
    with db.engine.connect() as conn:
        for pid, acc, name, status, updated, n, last, content in conn.execute(query):
            items = [Item.from_dict(i) for i in (content or {}).get("items") or []]
            rate = float((content or {}).get("vat_rate", DEFAULT_VAT))
            out.append(
                {
                    "id": pid,
                    "account_id": acc,
                    "client": name,
                    "status": status,
                    "updated_at": updated,
                    "versions": n or 0,
                    "exported_at": last,
                    "total_kop": totals(items, rate).total_kop,
                }
            )
    return out


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def proposal_document(
    db: Database, proposal_id: str, strategy: str | None = None, today: date | None = None
) -> ProposalDocument:
    """The proposal as it will be printed; ``strategy`` (the account's BCG strategy)
    sets the discount maximum that the guard checks."""
    content = proposal_content(db, proposal_id)
    with db.engine.connect() as conn:
        account_id, client = conn.execute(
            select(Proposal.account_id, Account.name)
            .join(Account, Account.id == Proposal.account_id)
            .where(Proposal.id == proposal_id)
        ).one()
        number = (
            conn.execute(
                select(func.max(ProposalVersion.number)).where(
                    ProposalVersion.proposal_id == proposal_id
                )
            ).scalar()
            or 0
        ) + 1
    people = {c["id"]: c for c in ws.list_records(db, Contact, account_id)}
    chosen = [people[c] for c in content.get("contacts") or [] if c in people]
    addressed = [(c["name"], c.get("position")) for c in chosen]
    items = [Item.from_dict(i) for i in content.get("items") or []]
    rate = float(content.get("vat_rate", DEFAULT_VAT))
    maximum = discount_maximum(db, strategy)
    tco = load_tco(db, account_id) if content.get("include_tco") else None
    return ProposalDocument(
        id=proposal_id,
        account_id=account_id,
        client=client,
        number=number,
        today=today or date.today(),
        addressed=addressed,
        block_a=str(content.get("block_a") or ""),
        block_b=str(content.get("block_b") or ""),
        factors=emphasised_factors([c.get("buying_role") for c in chosen]),
        elements=list(content.get("elements") or []),
        items=items,
        totals=totals(items, rate),
        excesses=discount_excesses(items, maximum),
        tco=tco,
        next_step=str(content.get("next_step") or ""),
        deadline=_date(content.get("deadline")),
        valid_until=_date(content.get("valid_until")),
        our_contacts=str(content.get("our_contacts") or ""),
        content=content,
    )


# --- output ---------------------------------------------------------------------------------


def _money(kop: int | float, language: str) -> str:
    sep = "\u00a0" if language == "ru" else ","
    text = f"{kop / 100:,.2f}".replace(",", "\x00")
    return text.replace(".", "," if language == "ru" else ".").replace("\x00", sep)


def amount_in_words(kop: int, language: str = "ru") -> str:
    """The total as a Russian (or English) invoice writes it: roubles in words, kopecks
    in figures: «Сто сорок девять тысяч пятьсот двадцать семь рублей 92 копейки»
    (num2words declines рубль and копейка by the number)."""
    from decimal import Decimal

    from num2words import num2words

    words = num2words(
        Decimal(kop) / 100,
        lang="ru" if language == "ru" else "en",
        to="currency",
        currency="RUB",
        cents=False,
    )
    text = " ".join(str(words).replace(",", ", ").split()).replace(" ,", ",")
    if language == "ru":
        text = text.replace(",", "")  # Russian number words take no commas
    else:
        text = text.replace("roubles, ", "roubles ").replace("rouble, ", "rouble ")
    return text[:1].upper() + text[1:]


def _number(value: float, language: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if language == "ru" else text


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def context(doc: ProposalDocument, language: str = "ru") -> dict[str, Any]:
    """The template's fields (documented in the README)."""
    t = TEXT[language if language in TEXT else "ru"]
    tco_text = ""
    if doc.tco is not None:
        c = doc.tco.comparison()
        tco_text = t["tco"].format(
            y=count(doc.tco.years, "year", language),
            o=_money(c.ours.total, language),
            c=_money(c.theirs.total, language),
            s=_money(c.saving, language),
        )
    labels = {k: v for k, v in t.items() if isinstance(v, str)}
    labels["vat"] = t["vat"].format(r=f"{doc.totals.vat_rate:.0%}")
    return {
        "t": labels,
        "number": doc.number,
        "client": doc.client,
        "date": _day(doc.today),
        # position and name; the buying roles, the discount policy and the reasons for
        # discounts above it stay in the application and its version history
        "addressed": "; ".join(f"{p} {n}" if p else n for n, p in doc.addressed) or "—",
        "block_a": doc.block_a or "—",
        "block_b": doc.block_b or "—",
        "factors": ", ".join(t["factor_names"][f] for f in doc.factors),
        "elements": ", ".join(element_name(e, language) for e in doc.elements) or "—",
        "items": [
            {
                "name": i.name,
                "quantity": _number(i.quantity, language),
                "price": _money(i.price_kop, language),
                "discount": f"{i.discount:.0%}" if i.discount else "",
                "amount": _money(i.amount_kop, language),
                "sku": i.sku,
            }
            for i in doc.items
        ],
        "net": _money(doc.totals.net_kop, language),
        "vat": _money(doc.totals.vat_kop, language),
        "total": _money(doc.totals.total_kop, language),
        "summary": t["summary"].format(n=len(doc.items), s=_money(doc.totals.total_kop, language)),
        "in_words": amount_in_words(doc.totals.total_kop, language),
        "tco": tco_text,
        "next_step": doc.next_step or "—",
        "deadline": _day(doc.deadline),
        "valid_until": _day(doc.valid_until),
        "our_contacts": doc.our_contacts or "—",
    }


@ch.changes(ch.PROPOSALS)
@dataclass(frozen=True)
class ExportCheck:
    code: str  # no_items, no_addressee, no_next_step, valid_until_past, deadline_past
    blocking: bool  # True: the proposal cannot be exported; False: a warning
    message: str  # the English sentence (the window translates the code)


def export_checks(content: dict[str, Any], today: date | None = None) -> list[ExportCheck]:
    """What is wrong with a proposal before it goes to the client, in plain words: no
    items (refused), and no addressee, no next step, a validity or a decision deadline
    already past (warned about). The window asks before its file dialog; the export
    itself refuses the blocking ones."""
    today = today or date.today()
    found = []
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


def export_proposal(
    db: Database,
    proposal_id: str,
    path: str | Path,
    language: str = "ru",
    strategy: str | None = None,
) -> tuple[Path, int]:
    """Write the proposal to ``path`` (.docx or .pdf) and keep it as a numbered version.
    Refused (ProposalError) while a discount above the policy is not kept with a
    reason. The file appears only when complete."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ProposalError("a proposal is written to .docx or .pdf")
    doc = proposal_document(db, proposal_id, strategy)
    refused = [c.message for c in export_checks(doc.content) if c.blocking]
    if refused:
        raise ProposalError("; ".join(refused))
    blocking = [e for e in doc.excesses if not e.kept]
    if blocking:
        names = ", ".join(e.item.name for e in blocking)
        raise ProposalError(f"discounts above the policy need a reason: {names}")
    values = context(doc, language)
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".docx":
            _write_docx(template_path(db), values, tmp)
        else:
            _write_pdf(values, tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProposalError(f"cannot write {path}: {exc.strerror or exc}") from exc
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(ProposalVersion).values(
                id=new_id(),
                created_at=now,
                updated_at=now,
                proposal_id=proposal_id,
                number=doc.number,
                content=doc.content,
                exported_at=now,
                file_format=suffix[1:],
            )
        )
        conn.execute(
            update(Proposal).where(Proposal.id == proposal_id).values(status="sent", updated_at=now)
        )
    return path, doc.number


def _write_docx(template: Path, values: dict[str, Any], out: Path) -> None:
    from docxtpl import DocxTemplate, Listing

    tpl = DocxTemplate(str(template))
    fields = dict(values)
    for key in ("block_a", "block_b"):  # several lines: line breaks kept, text escaped
        fields[key] = Listing(values[key])
    tpl.render(fields, autoescape=True)
    tpl.save(str(out))


def _write_pdf(values: dict[str, Any], out: Path) -> None:
    from fpdf.fonts import FontFace

    from core.pdf import FONT, new_pdf

    t = values["t"]
    pdf = new_pdf(f"{t['title']} № {values['number']}: {values['client']}")
    pdf.add_page()
    head = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))

    def text(value: str, size: float = 10, bold: bool = False, height: float = 5.5) -> None:
        pdf.set_font(FONT, "B" if bold else "", size)
        pdf.multi_cell(0, height, value, new_x="LMARGIN", new_y="NEXT", align="L")

    text(f"{t['title']} № {values['number']}", 15, True, 8)
    text(values["client"], 12, True, 7)
    text(f"{t['date']}: {values['date']}")
    text(f"{t['to']}: {values['addressed']}")
    for letter, title, body in (
        ("A", t["block_a"], values["block_a"]),
        ("B", t["block_b"], values["block_b"]),
    ):
        pdf.ln(2)
        text(f"{letter}. {title}", 12, True, 7)
        text(body)
    text(f"{t['factors']}: {values['factors']}")
    text(f"{t['elements']}: {values['elements']}")
    pdf.ln(2)
    text(f"C. {t['block_c']}", 12, True, 7)
    pdf.set_font(FONT, "", 9)
    with pdf.table(
        col_widths=(70, 18, 28, 18, 30, 26),
        headings_style=head,
        line_height=5,
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
    ) as table:
        table.row((t["item"], t["quantity"], t["price"], t["discount"], t["amount"], t["sku"]))
        for row in values["items"]:
            table.row(
                (
                    row["name"],
                    row["quantity"],
                    row["price"],
                    row["discount"],
                    row["amount"],
                    row["sku"],
                )
            )
    pdf.ln(1)
    text(f"{t['net']}: {values['net']}")
    text(f"{t['vat']}: {values['vat']}")
    text(f"{t['total']}: {values['total']}", 10, True)
    text(values["summary"])
    text(values["in_words"], 10, True)
    if values["tco"]:
        text(values["tco"])
    pdf.ln(2)
    text(f"D. {t['block_d']}", 12, True, 7)
    text(f"{t['next_step']}: {values['next_step']}")
    text(f"{t['deadline']}: {values['deadline']}")
    text(f"{t['valid_until']}: {values['valid_until']}")
    text(f"{t['our_contacts']}: {values['our_contacts']}")
    pdf.output(str(out))


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
