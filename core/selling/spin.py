"""The SPIN question bank and the answers of each account (METHODS.md §6).

Four blocks: Situation, Problem, Implication, Need-payoff. Each question has a Russian
and an English text, the markets it is for (METHODS.md §9; none = every market), an
order within its block, and may be retired (kept for the answers given to it, no longer
asked). The starting bank is the table of example questions of seed 000. Answers are
kept per account with their date; an Implication answer may carry a money figure (e.g.
losses from supply interruptions per year) that the TCO calculator can use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from core import changes as ch
from core.database import Database
from core.messages import say
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import SpinAnswer, SpinQuestion

BLOCKS = ("S", "P", "I", "N")
MONEY_BLOCK = "I"  # an Implication answer may carry a money figure

# Seed 000, table "SPIN": the example questions of each block, in the seed's order, with
# our English. Two typos of the seed are corrected: "Часто ли вы бываете перебоями с
# поставками?" → "… сталкиваетесь с перебоями в поставках?" and "оборотчиваемость" →
# "оборачиваемость".
STARTER: tuple[tuple[str, str, str], ...] = (
    ("S", "Как идут продажи компании?", "How are the company's sales going?"),
    (
        "S",
        "У кого вы сейчас приобретаете изделия из пластика?",
        "Whom do you buy plastic products from now?",
    ),
    (
        "S",
        "Какие характеристики продукции считаете наиболее важными?",
        "Which characteristics of the products do you consider most important?",
    ),
    (
        "P",
        "Есть ли трудности при взаимодействии с поставщиками?",
        "Do you have difficulties in working with your suppliers?",
    ),
    (
        "P",
        "Часто ли вы сталкиваетесь с перебоями в поставках?",
        "How often do you face interruptions in supply?",
    ),
    (
        "P",
        "Хотелось бы увеличить объемы продаж (оборачиваемость/маржинальность)?",
        "Would you like to increase your sales volumes (turnover, margin)?",
    ),
    (
        "P",
        "Думали ли вы о том, что можно снизить себестоимость?",
        "Have you thought about lowering your cost of goods?",
    ),
    (
        "P",
        "Ваш постоянный поставщик всегда отгружает продукцию в течение двух-трех дней "
        "без предоплаты?",
        "Does your regular supplier always ship within two or three days without prepayment?",
    ),
    (
        "I",
        "А сколько денег вы теряете при незапланированных перебоях поставок?",
        "How much money do you lose on unplanned interruptions in supply?",
    ),
    (
        "I",
        "Если ситуация не изменится, останутся ли с вами постоянные клиенты?",
        "If the situation does not change, will your regular customers stay with you?",
    ),
    (
        "I",
        "На сколько падают продажи, если поставщик несвоевременно отгружает товары?",
        "How much do your sales fall when the supplier ships late?",
    ),
    (
        "N",
        "Сколько вы сможете сэкономить, если замените оборудование на более технологичное?",
        "How much could you save by replacing the equipment with more advanced equipment?",
    ),
    (
        "N",
        "Поможет ли решить вашу проблему своевременная отгрузка оборудования/товаров?",
        "Would on-time shipment of the equipment or goods solve your problem?",
    ),
)


class SpinError(ValueError):
    """Bad input; ``code`` names the rule for the window's message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Question:
    id: str
    block: str
    text_ru: str
    text_en: str
    industries: tuple[int, ...] = ()
    position: int = 0
    retired: bool = False

    def text(self, language: str) -> str:
        """The text in ``language``, the other one when it is missing."""
        first, second = (
            (self.text_ru, self.text_en) if language == "ru" else (self.text_en, self.text_ru)
        )
        return first or second

    def for_market(self, industry: int | None) -> bool:
        return not self.industries or industry is None or industry in self.industries


@dataclass(frozen=True)
class Answer:
    question_id: str
    answer: str
    money_kop: int | None
    answered_on: date


@dataclass
class BankImport:
    added: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def _check(block: str, text_ru: str, text_en: str, industries: Iterable[int]) -> None:
    if block not in BLOCKS:
        raise SpinError("block", f"a SPIN block is one of {', '.join(BLOCKS)}, not {block!r}")
    if not (text_ru or "").strip() and not (text_en or "").strip():
        raise SpinError("text", "A question needs its text in Russian or English.")
    for code in industries:
        if not isinstance(code, int) or not 1 <= code <= 12:
            raise SpinError("market", f"a market is 1–12 (METHODS.md §9), not {code!r}")


@ch.changes(ch.SPIN)
def ensure_bank(db: Database) -> bool:
    """Fill the bank with the starting questions when it has never had any; True when
    it did. A bank whose questions were all retired is left as it is."""
    with writing(db.engine) as conn:
        if conn.execute(select(func.count()).select_from(SpinQuestion)).scalar():
            return False
        now = utcnow()
        positions: dict[str, int] = {}
        rows = []
        for block, ru, en in STARTER:
            positions[block] = positions.get(block, 0) + 1
            rows.append(
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "block": block,
                    "text_ru": ru,
                    "text_en": en,
                    "industries": [],
                    "position": positions[block],
                }
            )
        conn.execute(insert(SpinQuestion), rows)
    return True


def questions(db: Database, include_retired: bool = False) -> list[Question]:
    """The bank in block order (S, P, I, N), then by position."""
    query = select(SpinQuestion).where(SpinQuestion.deleted_at.is_(None))
    if not include_retired:
        query = query.where(SpinQuestion.retired_at.is_(None))
    with db.sessions() as session:
        rows = session.scalars(query).all()
        out = [
            Question(
                q.id,
                q.block,
                q.text_ru or "",
                q.text_en or "",
                tuple(q.industries or ()),
                q.position,
                q.retired_at is not None,
            )
            for q in rows
        ]
    return sorted(out, key=lambda q: (BLOCKS.index(q.block), q.position, q.text_ru))


def questions_for(db: Database, industry: int | None) -> dict[str, list[Question]]:
    """The live questions for an account of ``industry``, by block."""
    out: dict[str, list[Question]] = {b: [] for b in BLOCKS}
    for q in questions(db):
        if q.for_market(industry):
            out[q.block].append(q)
    return out


@ch.changes(ch.SPIN)
def save_question(
    db: Database,
    block: str,
    text_ru: str,
    text_en: str,
    industries: Sequence[int] = (),
    question_id: str | None = None,
) -> str:
    """Add a question at the end of its block, or edit one (a changed block puts it at
    the end of the new block)."""
    _check(block, text_ru, text_en, industries)
    values: dict[str, Any] = {
        "block": block,
        "text_ru": (text_ru or "").strip(),
        "text_en": (text_en or "").strip(),
        "industries": sorted(set(industries)),
    }
    with writing(db.engine) as conn:
        last = conn.execute(
            select(func.max(SpinQuestion.position)).where(SpinQuestion.block == block)
        ).scalar()
        now = utcnow()
        if question_id is None:
            question_id = new_id()
            conn.execute(
                insert(SpinQuestion).values(
                    id=question_id,
                    created_at=now,
                    updated_at=now,
                    position=(last or 0) + 1,
                    **values,
                )
            )
        else:
            old_block = conn.execute(
                select(SpinQuestion.block).where(SpinQuestion.id == question_id)
            ).scalar()
            if old_block is None:
                raise SpinError("missing", "The question no longer exists.")
            if old_block != block:
                values["position"] = (last or 0) + 1
            conn.execute(
                update(SpinQuestion)
                .where(SpinQuestion.id == question_id)
                .values(updated_at=now, **values)
            )
    return question_id


@ch.changes(ch.SPIN)
def move_question(db: Database, question_id: str, step: int) -> None:
    """Move a question up (−1) or down (+1) within its block, among the live ones."""
    bank = questions(db)
    mine = next((q for q in bank if q.id == question_id), None)
    if mine is None:
        return
    block = [q for q in bank if q.block == mine.block]
    i = block.index(mine)
    j = i + step
    if not 0 <= j < len(block):
        return
    block[i], block[j] = block[j], block[i]
    now = utcnow()
    with writing(db.engine) as conn:
        for position, q in enumerate(block, start=1):
            if q.position != position:
                conn.execute(
                    update(SpinQuestion)
                    .where(SpinQuestion.id == q.id)
                    .values(position=position, updated_at=now)
                )


@ch.changes(ch.SPIN)
def retire_question(db: Database, question_id: str, retired: bool = True) -> None:
    """Stop asking a question (its answers stay), or bring it back."""
    with writing(db.engine) as conn:
        conn.execute(
            update(SpinQuestion)
            .where(SpinQuestion.id == question_id)
            .values(retired_at=utcnow() if retired else None, updated_at=utcnow())
        )


# --- answers -------------------------------------------------------------------------------


@ch.changes(ch.SPIN)
def save_answer(
    db: Database,
    account_id: str,
    question_id: str,
    answer: str,
    money_kop: int | None = None,
    on: date | None = None,
) -> bool:
    """Keep an answer with its date (a new row: earlier answers stay); False when it is
    the same as the latest one, or empty with no money figure."""
    text = (answer or "").strip()
    if money_kop is not None and money_kop < 0:
        raise SpinError("money", "A money figure cannot be negative.")
    if not text and money_kop is None:
        return False
    latest = latest_answers(db, account_id).get(question_id)
    if latest is not None and latest.answer == text and latest.money_kop == money_kop:
        return False
    now = utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(SpinAnswer).values(
                id=new_id(),
                created_at=now,
                updated_at=now,
                account_id=account_id,
                question_id=question_id,
                answer=text,
                money_kop=money_kop,
                answered_on=on or date.today(),
            )
        )
    return True


def latest_answers(db: Database, account_id: str) -> dict[str, Answer]:
    """Question id → the account's latest answer to it."""
    query = (
        select(
            SpinAnswer.question_id,
            SpinAnswer.answer,
            SpinAnswer.money_kop,
            SpinAnswer.answered_on,
            SpinAnswer.created_at,
        )
        .where(SpinAnswer.account_id == account_id, SpinAnswer.deleted_at.is_(None))
        .order_by(SpinAnswer.answered_on, SpinAnswer.created_at)
    )
    out: dict[str, Answer] = {}
    with db.engine.connect() as conn:
        for qid, text, money, on, _created in conn.execute(query):
            out[qid] = Answer(qid, text or "", money, on)  # the latest one wins
    return out


def answer_history(db: Database, account_id: str, question_id: str) -> list[Answer]:
    """Every answer of the account to one question, the newest first."""
    query = (
        select(
            SpinAnswer.question_id, SpinAnswer.answer, SpinAnswer.money_kop, SpinAnswer.answered_on
        )
        .where(
            SpinAnswer.account_id == account_id,
            SpinAnswer.question_id == question_id,
            SpinAnswer.deleted_at.is_(None),
        )
        .order_by(SpinAnswer.answered_on.desc(), SpinAnswer.created_at.desc())
    )
    with db.engine.connect() as conn:
        return [Answer(q, t or "", m, d) for q, t, m, d in conn.execute(query)]


def implication_losses(db: Database, account_id: str) -> list[tuple[Question, Answer]]:
    """The account's Implication answers that carry a money figure (for TCO)."""
    bank = {q.id: q for q in questions(db, include_retired=True)}
    return [
        (bank[qid], a)
        for qid, a in latest_answers(db, account_id).items()
        if a.money_kop is not None and qid in bank and bank[qid].block == MONEY_BLOCK
    ]


def unanswered(db: Database, account_id: str, industry: int | None) -> list[Question]:
    """The live questions for the account's market that it has not answered yet."""
    answered = latest_answers(db, account_id)
    return [
        q for block in questions_for(db, industry).values() for q in block if q.id not in answered
    ]


# --- the bank as a spreadsheet ---------------------------------------------------------------

BANK_COLUMNS = ("id", "block", "position", "text_ru", "text_en", "markets", "retired")


def export_bank(db: Database, path: str | Path) -> Path:
    """The whole bank (retired questions too) as .xlsx, one question per row."""
    from core.export import Column, write_xlsx

    rows = [
        (
            q.id,
            q.block,
            q.position,
            q.text_ru,
            q.text_en,
            ", ".join(str(i) for i in q.industries),
            "yes" if q.retired else "",
        )
        for q in questions(db, include_retired=True)
    ]
    columns = [
        Column("id", width=38),
        Column("block", width=7),
        Column("position", "int", 9),
        Column("text_ru", width=70),
        Column("text_en", width=70),
        Column("markets", width=12),
        Column("retired", width=9),
    ]
    return write_xlsx(path, "SPIN", columns, rows)


def _markets(value: Any) -> list[int]:
    text = "" if value is None else str(value)
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part:
            if not part.isdigit():
                raise SpinError(
                    "market",
                    say(
                        "spin_markets",
                        "markets are numbers 1–12 separated by commas: «{text}»",
                        text=text,
                    ),
                )
            out.append(int(part))
    return out


@ch.changes(ch.SPIN)
def import_bank(db: Database, path: str | Path) -> BankImport:
    """Read a bank exported by ``export_bank`` (possibly edited, or another company's):
    a row whose id is in this bank updates that question, any other row is added. A
    row with a problem is reported and skipped; the rest is imported."""
    from openpyxl import load_workbook

    report = BankImport()
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a workbook, damaged, wrong format
        raise SpinError(
            "file",
            say(
                "spin_unreadable",
                "{name} is not a readable .xlsx file: {why}",
                name=Path(path).name,
                why=str(exc),
            ),
        ) from exc
    try:
        sheet = book.active
        rows = list(sheet.iter_rows(values_only=True)) if sheet is not None else []
    finally:
        book.close()
    if not rows:
        raise SpinError("file", say("spin_empty", "The workbook is empty."))
    header = [str(c or "").strip().lower() for c in rows[0]]
    missing = [c for c in ("block", "text_ru", "text_en") if c not in header]
    if missing:
        raise SpinError(
            "file",
            say("spin_columns", "The sheet has no column {columns}.", columns=", ".join(missing)),
        )
    col = {name: header.index(name) for name in BANK_COLUMNS if name in header}
    known = {q.id for q in questions(db, include_retired=True)}

    def cell(row: Sequence[Any], name: str) -> Any:
        i = col.get(name)
        return row[i] if i is not None and i < len(row) else None

    for number, row in enumerate(rows[1:], start=2):
        if all(v is None or str(v).strip() == "" for v in row):
            continue
        try:
            block = str(cell(row, "block") or "").strip().upper()[:1]
            ru, en = str(cell(row, "text_ru") or ""), str(cell(row, "text_en") or "")
            markets = _markets(cell(row, "markets"))
            qid = str(cell(row, "id") or "").strip() or None
            existing = qid if qid in known else None
            saved = save_question(db, block, ru, en, markets, existing)
            retired = str(cell(row, "retired") or "").strip().lower() in ("yes", "да", "1", "x")
            if retired:
                retire_question(db, saved, True)
            elif existing:
                retire_question(db, saved, False)
        except SpinError as exc:
            report.errors.append(f"row {number}: {exc}")
            continue
        if existing:
            report.updated += 1
        else:
            report.added += 1
    return report
