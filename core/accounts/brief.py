"""The visit brief: one page to read the evening before a visit. Key metrics for the
window and the one before, segment labels and the BCG strategy, BANT gaps, the SPIN
questions not yet answered, the last activities and the next step, and the buying
committee. Written to PDF with the bundled DejaVu Sans (Cyrillic everywhere); every
name is printed as text, never as markup."""

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
from core.markets import market_name
from core.pdf import new_pdf
from core.selling import spin
from core.selling.bant import CRITERIA
from storage.models import Activity, Contact

MAX_QUESTIONS = 8
MAX_ACTIVITIES = 5
MAX_CONTACTS = 8

TEXT: dict[str, dict[str, Any]] = {
    "ru": {
        "title": "Бриф к визиту",
        "inn": "ИНН", "industry": "Отрасль", "region": "Регион", "manager": "Менеджер",
        "as_of": "Данные на {d}; окно {m} мес.",
        "metrics": "Ключевые показатели", "metric": "Показатель",
        "now": "Текущее окно", "before": "Прошлое окно",
        "revenue": "Выручка", "gross_profit": "Валовая прибыль", "orders": "Заказы",
        "avg_check": "Средний чек", "diversity": "Товарных групп (D)", "sow": "Доля кошелька (SOW)",
        "days": "Дней с покупки",
        "labels": "Метки и стратегия", "abc": "ABC-XYZ", "behaviour": "Поведение",
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
        "hint_small": "В комитете {n} чел.; в B2B в среднем 5,4.",
        "unknown": "—",
        "codes": {
            "new": "новые", "lost": "потерянные", "falling": "падающие", "growing": "растущие",
            "stable": "стабильные", "returned": "вернувшиеся", "dormant": "спящие",
            "prospect": "потенциальный", "reach": "Reach (привлечь)", "react": "React (новые)",
            "reengage": "Re-engage (возврат)", "refresh": "Refresh (развитие)",
            "visit": "визит", "call": "звонок", "meeting": "встреча", "seminar": "семинар",
            "email": "письмо", "other": "другое",
        },
    },
    "en": {
        "title": "Visit brief",
        "inn": "INN", "industry": "Industry", "region": "Region", "manager": "Manager",
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
        "committee_none": "No contacts.", "decision_maker": "ЛПР (decision maker)",
        "influencer": "ЛВР (influencer)",
        "role": {"economic": "economic buyer", "technical": "technical buyer", "user": "user",
                 "coach": "coach"},
        "hint_no_dm": "The committee has no decision maker.",
        "hint_small": "The committee has {n} members; the B2B average is 5.4.",
        "unknown": "—",
        "codes": {"reengage": "re-engage"},
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


def brief_document(db: Database, account_id: str, labels: dict[str, Any] | None = None) -> Brief:
    """Gather the brief of one account; ``labels`` are its segment labels (from the
    analysis), or none when they have not been computed."""
    try:
        card = account_card(db, account_id)
    except LookupError as exc:
        raise BriefError("the account does not exist") from exc
    a = SimpleNamespace(**card.values)
    spin.ensure_bank(db)
    history = ws.bant_history(db, account_id)
    activities = sorted(
        ws.list_records(db, Activity, account_id), key=lambda r: r["date"], reverse=True
    )
    contacts = ws.list_records(db, Contact, account_id)
    months = len(card.window.periods) if card.window is not None else 12
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
    )


def write_brief(brief: Brief, path: str | Path, language: str = "ru") -> Path:
    """The brief as a PDF at ``path`` (written under a temporary name, then renamed)."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise BriefError("the brief is written to .pdf")
    tmp = path.with_name(path.name + ".part")
    try:
        _write_pdf(brief, tmp, language if language in TEXT else "ru")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BriefError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _money(kop: float | int | None, language: str) -> str:
    return _format_number(None if kop is None else kop / 100, "money", language)


def _write_pdf(brief: Brief, path: Path, language: str) -> None:
    from fpdf.fonts import FontFace

    t = TEXT[language]
    pdf = new_pdf(f"{t['title']}: {brief.name}", bottom_margin=10)
    pdf.set_margins(12, 10, 12)
    pdf.add_page()
    head = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))
    unknown = t["unknown"]

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, t["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, brief.name, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("DejaVu", "", 8.5)
    facts = [
        f"{t['inn']}: {brief.inn or unknown}",
        f"{t['industry']}: {market_name(brief.industry, language) or unknown}",
        f"{t['region']}: {brief.region or unknown}",
        f"{t['manager']}: {brief.manager or unknown}",
    ]
    pdf.multi_cell(0, 4.5, " · ".join(facts), new_x="LMARGIN", new_y="NEXT", align="L")
    if brief.as_of is not None:
        as_of = t["as_of"].format(d=brief.as_of.strftime("%d.%m.%Y"), m=brief.months)
        pdf.cell(0, 4.5, as_of, new_x="LMARGIN", new_y="NEXT")

    def section(title: str) -> None:
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)

    def line(text: str) -> None:
        pdf.multi_cell(0, 4.3, text, new_x="LMARGIN", new_y="NEXT", align="L")

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
            "sow": unknown if m.sow is None else f"{m.sow:.0%}",
            "days": unknown if m.days_since_purchase is None else str(m.days_since_purchase),
        }
        return values[key]

    keys = ("revenue", "gross_profit", "orders", "avg_check", "diversity", "sow", "days")
    with pdf.table(col_widths=(70, 58, 58), headings_style=head, line_height=4.6,
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
    pdf.set_font("DejaVu", "B", 8.5)
    line(f"{t['strategy']}: {strategy}")
    pdf.set_font("DejaVu", "", 8.5)

    section(t["bant"])
    if brief.bant is None:
        line(t["bant_none"])
    else:
        b = brief.bant.bant
        gaps = [c for c in CRITERIA if getattr(b, c) < 3]
        line((t["bant_total"] if gaps else t["bant_full"]).format(t=b.total))
        for c in gaps:
            note = brief.bant.notes.get(c)
            line(f"  • {t[c]}: {getattr(b, c)}/3" + (f" — {note}" if note else ""))

    section(t["spin"])
    if not brief.unanswered:
        line(t["spin_none"])
    for q in brief.unanswered[:MAX_QUESTIONS]:
        line(f"  • {q.block}: {q.text(language)}")
    if len(brief.unanswered) > MAX_QUESTIONS:
        line("    " + t["more"].format(n=len(brief.unanswered) - MAX_QUESTIONS))

    section(t["activities"])
    if not brief.activities:
        line(t["activities_none"])
    for act in brief.activities[:MAX_ACTIVITIES]:
        when = act["date"].strftime("%d.%m.%Y") if act.get("date") else ""
        kind = code(act.get("type")) if act.get("type") else ""
        text = f"  • {when} {kind}: {act.get('summary') or ''}".rstrip(": ")
        line(text)
    upcoming = next((a for a in brief.activities if a.get("next_step")), None)
    if upcoming is not None:
        pdf.set_font("DejaVu", "B", 8.5)
        due = upcoming.get("next_step_date")
        line(f"{t['next_step']}: {upcoming['next_step']}"
             + (f" ({due.strftime('%d.%m.%Y')})" if due else ""))  # fmt: skip
        pdf.set_font("DejaVu", "", 8.5)

    section(t["committee"])
    if not brief.contacts:
        line(t["committee_none"])
    for person in brief.contacts[:MAX_CONTACTS]:
        parts = [person.get("name") or ""]
        if person.get("position"):
            parts.append(person["position"])
        if person.get("buying_role"):
            parts.append(t["role"].get(person["buying_role"], person["buying_role"]))
        flags = [t["decision_maker"]] if person.get("is_decision_maker") else []
        if person.get("is_influencer"):
            flags.append(t["influencer"])
        contact = " · ".join(p for p in (person.get("phone"), person.get("email")) if p)
        line("  • " + ", ".join(parts) + (f" [{', '.join(flags)}]" if flags else "")
             + (f" — {contact}" if contact else ""))  # fmt: skip
    for hint in brief.hints:
        key = "hint_no_dm" if hint == "no_decision_maker" else "hint_small"
        line(t[key].format(n=len(brief.contacts)))
    pdf.output(str(path))
