"""The visit brief: one A4 page to read the evening before a visit. The address and
phone, key metrics for the window and the one before, segment labels (with a legend) and
the BCG strategy, overdue invoices, open opportunities, the latest proposal, BANT gaps,
the SPIN questions not yet answered, the last activities and the next step (flagged when
its date has passed), the buying committee with the decision makers first, and the
account's notes. Written to PDF with the bundled DejaVu Sans (Cyrillic everywhere);
every name is printed as text, never as markup.

The page is always one: long texts end in "…", lists end in «и ещё N», and when the
whole still does not fit, the lists are shortened step by step until it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from core.accounts import workspace as ws
from core.accounts.plan_export import _format_number
from core.accounts.service import account_card
from core.analytics.client_metrics import ClientMetrics
from core.database import Database
from core.export import write_whole
from core.formatting import money, percent
from core.markets import market_name
from core.messages import cannot_write, say
from core.pdf import close_fonts, new_pdf
from core.plurals import count
from core.selling import spin
from core.selling.bant import CRITERIA
from storage.models import Activity, Contact, Opportunity, Task

# how much of each list a page shows, from the first try to the last; then «и ещё N»
LIMITS = (
    {"questions": 6, "activities": 4, "contacts": 7, "invoices": 4, "opportunities": 4,
     "tasks": 5, "notes": 400, "text": 110},
    {"questions": 4, "activities": 3, "contacts": 5, "invoices": 3, "opportunities": 3,
     "tasks": 3, "notes": 220, "text": 90},
    {"questions": 2, "activities": 2, "contacts": 3, "invoices": 2, "opportunities": 2,
     "tasks": 2, "notes": 120, "text": 70},
    {"questions": 1, "activities": 1, "contacts": 2, "invoices": 1, "opportunities": 1,
     "tasks": 1, "notes": 60, "text": 50},
)  # fmt: skip

TEXT: dict[str, dict[str, Any]] = {
    "ru": {
        "title": "Бриф к визиту",
        "inn": "ИНН", "industry": "Отрасль", "region": "Регион", "manager": "Менеджер",
        "address": "Адрес", "phone": "Телефон",
        "legend": "K — конкуренты у клиента (1 — мало, 3 — много), M — монополизация "
        "поставщиков (1 — рынок раздроблен, 3 — один доминирует), L — уровень LTV; "
        "D — товарных групп, S — концентрация на одной группе (1 — одна группа).",
        "invoices": "Просроченные счета", "invoices_none": "Просроченных счетов нет.",
        "invoice": "{doc}: {a} ₽, просрочен на {d} (срок {due})",
        "invoices_total": "Всего просрочено: {a} ₽",
        "opportunities": "Открытые сделки", "opportunities_none": "Открытых сделок нет.",
        "tasks": "Открытые задачи", "tasks_none": "Открытых задач нет.",
        "opportunity": "{title}: {stage}, {a} ₽, закрытие {d}",
        "proposal": "Последнее КП", "proposal_none": "КП ещё не было.",
        "proposal_line": "№ {n}: {a} ₽ с НДС; срок решения {d}; действительно до {v}",
        "notes": "Заметки",
        "overdue": "срок прошёл",
        "stages": {"qualification": "квалификация", "needs": "потребности",
                   "solution": "решение", "proposal": "КП", "negotiation": "переговоры"},
        "as_of": "Данные на {d}; окно {m} мес.",
        "metrics": "Ключевые показатели", "metric": "Показатель",
        "now": "Текущее окно", "before": "Прошлое окно",
        "revenue": "Выручка", "gross_profit": "Валовая прибыль", "orders": "Заказы",
        "avg_check": "Средний чек", "diversity": "Товарных групп (D)", "sow": "Доля кошелька (SOW)",
        "days": "Дней с покупки",
        "labels": "Метки и стратегия", "abc": "ABC-XYZ", "behaviour": "Динамика покупок",
        "lifecycle": "Жизненный цикл", "kml": "KML", "dsl": "DSL", "strategy": "Стратегия BCG",
        "bant": "BANT", "bant_none": "BANT ещё не оценивали.",
        "bant_total": "Итого {t} из 12; пробелы:", "bant_full": "Итого {t} из 12; пробелов нет.",
        "budget": "Бюджет", "authority": "Полномочия", "need": "Потребность", "timing": "Сроки",
        "spin": "Вопросы SPIN без ответа", "spin_none": "На все вопросы есть ответы.",
        "more": "и ещё {n}",
        "activities": "Последние активности", "activities_none": "Активностей нет.",
        "next_step": "Следующий шаг", "committee": "Закупочный комитет",
        "committee_none": "Контактов нет.", "decision_maker": "ЛПР", "influencer": "ЛВР",
        "role": {"economic": "экономический покупатель", "technical": "технический покупатель",
                 "user": "пользователь", "coach": "коуч"},
        "hint_no_dm": "В комитете нет ЛПР.",
        "hint_small": "В комитете {n}; в B2B в среднем 5,4.",
        "unknown": "—",
        "codes": {
            "new": "первые покупки", "lost": "прекратились", "falling": "падают",
            "growing": "растут", "stable": "стабильны", "returned": "возобновились",
            "dormant": "редкие", "prospect": "ещё не покупал", "reach": "привлечение (Reach)",
            "react": "первые покупки (React)", "reengage": "возврат (Re-engage)",
            "refresh": "развитие (Refresh)",
            "visit": "визит", "call": "звонок", "meeting": "встреча", "seminar": "семинар",
            "email": "письмо", "other": "другое",
        },
    },
    "en": {
        "title": "Visit brief",
        "inn": "INN", "industry": "Industry", "region": "Region", "manager": "Manager",
        "address": "Address", "phone": "Phone",
        "legend": "K: competitors at the client (1 few, 3 many), M: supplier monopolisation "
        "(1 fragmented, 3 one dominates), L: LTV level; D: product groups, S: concentration "
        "on one group (1 one group).",
        "invoices": "Overdue invoices", "invoices_none": "No overdue invoices.",
        "invoice": "{doc}: {a} ₽, {d} overdue (due {due})",
        "invoices_total": "Overdue in all: {a} ₽",
        "opportunities": "Open opportunities", "opportunities_none": "No open opportunities.",
        "tasks": "Open tasks", "tasks_none": "No open tasks.",
        "opportunity": "{title}: {stage}, {a} ₽, closing {d}",
        "proposal": "Latest proposal", "proposal_none": "No proposal yet.",
        "proposal_line": "No. {n}: {a} ₽ with VAT; decision by {d}; valid until {v}",
        "notes": "Notes",
        "overdue": "overdue",
        "stages": {"qualification": "qualification", "needs": "needs", "solution": "solution",
                   "proposal": "proposal", "negotiation": "negotiation"},
        "as_of": "Data as of {d}; window {m} months.",
        "metrics": "Key metrics", "metric": "Metric",
        "now": "This window", "before": "Previous window",
        "revenue": "Revenue", "gross_profit": "Gross profit", "orders": "Orders",
        "avg_check": "Average check", "diversity": "Product groups (D)",
        "sow": "Share of wallet (SOW)", "days": "Days since purchase",
        "labels": "Labels and strategy", "abc": "ABC-XYZ", "behaviour": "Behaviour",
        "lifecycle": "Lifecycle", "kml": "KML", "dsl": "DSL", "strategy": "BCG strategy",
        "bant": "BANT", "bant_none": "BANT not scored yet.",
        "bant_total": "Total {t} of 12; gaps:", "bant_full": "Total {t} of 12; no gaps.",
        "budget": "Budget", "authority": "Authority", "need": "Need", "timing": "Timing",
        "spin": "SPIN questions not answered yet", "spin_none": "Every question has an answer.",
        "more": "and {n} more",
        "activities": "Last activities", "activities_none": "No activities.",
        "next_step": "Next step", "committee": "Buying committee",
        "committee_none": "No contacts.", "decision_maker": "decision maker",
        "influencer": "influencer",
        "role": {"economic": "economic buyer", "technical": "technical buyer", "user": "user",
                 "coach": "coach"},
        "hint_no_dm": "The committee has no decision maker.",
        "hint_small": "The committee has {n}; the B2B average is 5.4.",
        "unknown": "—",
        "codes": {
            "new": "new", "lost": "lost", "falling": "falling", "growing": "growing",
            "stable": "stable", "returned": "returned", "dormant": "dormant",
            "prospect": "prospect", "reach": "Reach (attract)", "react": "React (new)",
            "reengage": "Re-engage (win back)", "refresh": "Refresh (develop)",
            "visit": "visit", "call": "call", "meeting": "meeting", "seminar": "seminar",
            "email": "e-mail", "other": "other",
        },
    },
}  # fmt: skip
STRATEGY_NAMES = {
    "ru": {
        "strengthen": "Укрепление", "invest": "Зона инвестиций",
        "invest_selectively": "Выборочно инвестировать",
        "protect_focus": "Защищать и фокусироваться",
        "minimise_harvest": "Минимизировать инвестиции и собрать урожай",
        "protect_position": "Защищать позиции и доход", "harvest": "Сбор урожая",
        "consider_ending": "Рассмотрение завершения отношений",
    },
    "en": {
        "strengthen": "Strengthen", "invest": "Invest",
        "invest_selectively": "Invest selectively", "protect_focus": "Protect and focus",
        "minimise_harvest": "Minimise investment, harvest",
        "protect_position": "Protect position and income", "harvest": "Harvest",
        "consider_ending": "Consider ending",
    },
}  # fmt: skip


class BriefError(Exception):
    pass


@dataclass
class Brief:
    name: str
    inn: str | None
    industry: int | None
    region: str | None
    manager: str | None
    as_of: date | None
    months: int
    current: ClientMetrics | None
    previous: ClientMetrics | None
    labels: dict[str, Any]
    bant: ws.BantEntry | None
    unanswered: list[spin.Question]
    activities: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    hints: list[str] = field(default_factory=list)
    address: str | None = None
    phone: str | None = None
    notes: str | None = None
    invoices: list[dict[str, Any]] = field(default_factory=list)  # overdue, oldest due first
    opportunities: list[dict[str, Any]] = field(default_factory=list)  # open ones
    tasks: list[dict[str, Any]] = field(default_factory=list)  # open ones, soonest due first
    proposal: dict[str, Any] | None = None  # the latest: number, total, deadline, validity
    today: date = field(default_factory=date.today)


def brief_document(
    db: Database,
    account_id: str,
    labels: dict[str, Any] | None = None,
    today: date | None = None,
) -> Brief:
    """Gather the brief of one account; ``labels`` are its segment labels (from the
    analysis), or none when they have not been computed."""
    try:
        card = account_card(db, account_id)
    except LookupError as exc:
        raise BriefError(say("no_account", "the account does not exist")) from exc
    a = SimpleNamespace(**card.values)
    spin.ensure_bank(db)
    history = ws.bant_history(db, account_id)
    activities = sorted(
        ws.list_records(db, Activity, account_id), key=lambda r: r["date"], reverse=True
    )
    # the decision makers (ЛПР) first, then the influencers, the economic buyers, the rest
    contacts = sorted(
        ws.list_records(db, Contact, account_id),
        key=lambda c: (
            not c.get("is_decision_maker"),
            not c.get("is_influencer"),
            c.get("buying_role") != "economic",
        ),
    )
    months = len(card.window.periods) if card.window is not None else 12
    today = today or date.today()
    return Brief(
        name=a.name,
        inn=a.inn,
        industry=a.industry,
        region=a.region,
        manager=a.manager,
        as_of=card.as_of,
        months=months,
        current=card.current_metrics,
        previous=card.previous_metrics,
        labels=dict(labels or {}),
        bant=history[0] if history else None,
        unanswered=spin.unanswered(db, account_id, a.industry),
        activities=activities,
        contacts=contacts,
        hints=ws.committee_hints(contacts),
        address=getattr(a, "address", None),
        phone=getattr(a, "phone", None),
        notes=getattr(a, "notes", None),
        invoices=_overdue(db, account_id, today),
        opportunities=[
            o
            for o in ws.list_records(db, Opportunity, account_id)
            if o.get("stage") in ws.OPEN_STAGES and not o.get("closed_on")
        ],
        proposal=_latest_proposal(db, account_id),
        tasks=[t for t in ws.list_records(db, Task, account_id) if t["status"] == "open"],
        today=today,
    )


def _overdue(db: Database, account_id: str, today: date) -> list[dict[str, Any]]:
    """The account's unpaid invoices past their due date, oldest due first."""
    from sqlalchemy import select

    from storage.models import Receivable

    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Receivable.document, Receivable.amount_kop, Receivable.due_date)
            .where(
                Receivable.account_id == account_id,
                Receivable.deleted_at.is_(None),
                Receivable.paid_date.is_(None),
                Receivable.due_date < today,
            )
            .order_by(Receivable.due_date)
        ).all()
    return [
        {"document": d or "—", "amount_kop": a, "due": due, "days": (today - due).days}
        for d, a, due in rows
    ]


def _latest_proposal(db: Database, account_id: str) -> dict[str, Any] | None:
    from core.selling.proposal_docs import list_proposals, proposal_content

    found = list_proposals(db, account_id)
    if not found:
        return None
    latest = found[0]
    content = proposal_content(db, latest["id"])
    return {
        "number": latest["number"],
        "total_kop": latest["total_kop"],
        "deadline": _iso(content.get("deadline")),
        "valid_until": _iso(content.get("valid_until")),
    }


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def write_brief(brief: Brief, path: str | Path, language: str = "ru") -> Path:
    """The brief as a one-page PDF at ``path`` (written under a temporary name, then
    renamed): laid out with the longest lists first, shortened until it fits."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise BriefError(say("brief_format", "the brief is written to .pdf"))
    language = language if language in TEXT else "ru"
    for limits in LIMITS:
        pdf = _layout(brief, language, limits)
        if pdf.page_no() == 1 or limits is LIMITS[-1]:
            break
        close_fonts(pdf)  # too long: laid out again with shorter lists
    try:
        write_whole(path, pdf.output)
    except OSError as exc:
        raise BriefError(cannot_write(path, exc)) from exc
    finally:
        close_fonts(pdf)
    return path


def _money(kop: float | int | None, language: str) -> str:
    return _format_number(None if kop is None else kop / 100, "money", language)


def _cut(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, ending in "…" when it was longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _layout(brief: Brief, language: str, limits: dict[str, int]) -> Any:
    from fpdf.fonts import FontFace

    t = TEXT[language]
    pdf = new_pdf(f"{t['title']}: {brief.name}", bottom_margin=8, language=language)
    pdf.set_margins(12, 10, 12)
    pdf.add_page()
    head = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))
    unknown = t["unknown"]
    width = limits["text"]

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, t["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, _cut(brief.name, 90), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("DejaVu", "", 8.5)
    facts = [
        f"{t['inn']}: {brief.inn or unknown}",
        f"{t['industry']}: {market_name(brief.industry, language) or unknown}",
        f"{t['region']}: {brief.region or unknown}",
        f"{t['manager']}: {brief.manager or unknown}",
    ]
    pdf.multi_cell(0, 4.3, " · ".join(facts), new_x="LMARGIN", new_y="NEXT", align="L")
    reach = [
        f"{t['address']}: {_cut(brief.address, 90)}" if brief.address else "",
        f"{t['phone']}: {brief.phone}" if brief.phone else "",
    ]
    if any(reach):
        pdf.multi_cell(0, 4.3, " · ".join(r for r in reach if r), new_x="LMARGIN",
                       new_y="NEXT", align="L")  # fmt: skip
    if brief.as_of is not None:
        as_of = t["as_of"].format(d=brief.as_of.strftime("%d.%m.%Y"), m=brief.months)
        pdf.cell(0, 4.3, as_of, new_x="LMARGIN", new_y="NEXT")

    def section(title: str) -> None:
        pdf.ln(1.2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)

    def line(text: str, bold: bool = False) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", 8.5)
        pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font("DejaVu", "", 8.5)

    def more(total: int, shown: int) -> None:
        if total > shown:
            line("    " + t["more"].format(n=total - shown))

    def code(value: str | None) -> str:
        return t["codes"].get(value or "", value or unknown)

    section(t["metrics"])
    now, before = brief.current, brief.previous

    def metric(m: ClientMetrics | None, key: str) -> str:
        if m is None:
            return unknown
        values = {
            "revenue": _money(m.revenue_kop, language),
            "gross_profit": _money(m.gross_profit_kop, language),
            "orders": _format_number(m.orders, "int", language),
            "avg_check": _money(m.avg_check_kop, language),
            "diversity": _format_number(m.diversity, "int", language),
            "sow": unknown if m.sow is None else percent(m.sow, language),
            "days": unknown if m.days_since_purchase is None else str(m.days_since_purchase),
        }
        return values[key]

    keys = ("revenue", "gross_profit", "orders", "avg_check", "diversity", "sow", "days")
    with pdf.table(col_widths=(70, 58, 58), headings_style=head, line_height=4.3,
                   text_align=("LEFT", "RIGHT", "RIGHT")) as table:  # fmt: skip
        table.row((t["metric"], t["now"], t["before"]))
        for key in keys:
            table.row((t[key], metric(now, key), metric(before, key)))

    section(t["labels"])
    lab = brief.labels
    abc = (lab.get("abc") or "") + (lab.get("xyz") or "")
    strategy = STRATEGY_NAMES[language].get(lab.get("bcg_strategy") or "", unknown)
    line(" · ".join([
        f"{t['abc']}: {abc or unknown}",
        f"{t['behaviour']}: {code(lab.get('behaviour'))}",
        f"{t['lifecycle']}: {code(lab.get('lifecycle'))}",
        f"{t['kml']}: {lab.get('kml') or unknown}",
        f"{t['dsl']}: {lab.get('dsl') or unknown}",
    ]))  # fmt: skip
    pdf.set_font("DejaVu", "", 7)
    pdf.multi_cell(0, 3.4, t["legend"], new_x="LMARGIN", new_y="NEXT", align="L")
    line(f"{t['strategy']}: {strategy}", bold=True)

    section(t["invoices"])
    if not brief.invoices:
        line(t["invoices_none"])
    for inv in brief.invoices[: limits["invoices"]]:
        text = t["invoice"].format(
            doc=_cut(inv["document"], 30),
            a=money(inv["amount_kop"], language),
            d=count(inv["days"], "day", language),
            due=inv["due"].strftime("%d.%m.%Y"),
        )
        line("  • " + text)
    more(len(brief.invoices), limits["invoices"])
    if len(brief.invoices) > 1:
        total = sum(inv["amount_kop"] for inv in brief.invoices)
        line(t["invoices_total"].format(a=money(total, language)), bold=True)

    section(t["opportunities"])
    if not brief.opportunities:
        line(t["opportunities_none"])
    for o in brief.opportunities[: limits["opportunities"]]:
        close = o.get("expected_close")
        text = t["opportunity"].format(
            title=_cut(o.get("title") or "", 50),
            stage=t["stages"].get(o.get("stage"), o.get("stage")),
            a=money(o.get("amount_kop") or 0, language),
            d=close.strftime("%d.%m.%Y") if close else unknown,
        )
        line("  • " + text)
    more(len(brief.opportunities), limits["opportunities"])

    section(t["tasks"])
    if not brief.tasks:
        line(t["tasks_none"])
    for task in brief.tasks[: limits["tasks"]]:
        due = task.get("due_on")
        late = f", {t['overdue']}" if due and due < brief.today else ""
        when = f" ({due.strftime('%d.%m.%Y')}{late})" if due else ""
        line(_cut(f"  • {task['title']}", width - len(when)) + when)
    more(len(brief.tasks), limits["tasks"])

    section(t["proposal"])
    if brief.proposal is None:
        line(t["proposal_none"])
    else:
        p = brief.proposal
        line(t["proposal_line"].format(
            n=p["number"], a=money(p["total_kop"], language),
            d=p["deadline"].strftime("%d.%m.%Y") if p["deadline"] else unknown,
            v=p["valid_until"].strftime("%d.%m.%Y") if p["valid_until"] else unknown))  # fmt: skip

    section(t["bant"])
    if brief.bant is None:
        line(t["bant_none"])
    else:
        b = brief.bant.bant
        gaps = [c for c in CRITERIA if getattr(b, c) < 3]
        line((t["bant_total"] if gaps else t["bant_full"]).format(t=b.total))
        for c in gaps:
            note = brief.bant.notes.get(c)
            line(_cut(f"  • {t[c]}: {getattr(b, c)}/3" + (f" — {note}" if note else ""), width))

    section(t["spin"])
    if not brief.unanswered:
        line(t["spin_none"])
    for q in brief.unanswered[: limits["questions"]]:
        line(_cut(f"  • {q.block}: {q.text(language)}", width))
    more(len(brief.unanswered), limits["questions"])

    section(t["activities"])
    if not brief.activities:
        line(t["activities_none"])
    for act in brief.activities[: limits["activities"]]:
        when = act["date"].strftime("%d.%m.%Y") if act.get("date") else ""
        kind = code(act.get("type")) if act.get("type") else ""
        line(_cut(f"  • {when} {kind}: {act.get('summary') or ''}".rstrip(": "), width))
    more(len(brief.activities), limits["activities"])
    upcoming = next((a for a in brief.activities if a.get("next_step")), None)
    if upcoming is not None:
        due = upcoming.get("next_step_date")
        late = f", {t['overdue']}" if due and due < brief.today else ""
        line(_cut(f"{t['next_step']}: {upcoming['next_step']}", width)
             + (f" ({due.strftime('%d.%m.%Y')}{late})" if due else ""), bold=True)  # fmt: skip

    section(t["committee"])
    if not brief.contacts:
        line(t["committee_none"])
    for person in brief.contacts[: limits["contacts"]]:
        parts = [person.get("name") or ""]
        if person.get("position"):
            parts.append(person["position"])
        if person.get("buying_role"):
            parts.append(t["role"].get(person["buying_role"], person["buying_role"]))
        flags = [t["decision_maker"]] if person.get("is_decision_maker") else []
        if person.get("is_influencer"):
            flags.append(t["influencer"])
        # the phone and the e-mail are never cut nor broken; the position may be cut
        phone = (person.get("phone") or "").replace(" ", "\u00a0").replace("-", "\u2011")
        contact = " · ".join(p for p in (phone, person.get("email")) if p)
        who = _cut(", ".join(parts) + (f" [{', '.join(flags)}]" if flags else ""), width)
        line("  • " + who + (f" — {contact}" if contact else ""))
    more(len(brief.contacts), limits["contacts"])
    for hint in brief.hints:
        key = "hint_no_dm" if hint == "no_decision_maker" else "hint_small"
        line(t[key].format(n=count(len(brief.contacts), "member", language)))
    if brief.notes and brief.notes.strip():
        section(t["notes"])
        line(_cut(brief.notes, limits["notes"]))
    return pdf
