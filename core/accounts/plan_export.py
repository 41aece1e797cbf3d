"""The account development plan as a document: gathered from the database and written
to .xlsx laid out like the seed's template ("План развития клиента" and "Политика
прогрессов"), or to PDF with a bundled Cyrillic font (DejaVu Sans, its licence beside it).
A file is written under a temporary name and renamed when complete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from core.accounts.plan import (
    DIMENSIONS,
    MILESTONES,
    YearIndicators,
    milestone_text,
    progress_level,
    share_reached,
    yearly_indicators,
)
from core.accounts.service import account_lines
from core.accounts.workspace import list_records, milestones, plan_values
from core.database import Database
from core.markets import market_name
from core.pdf import new_pdf
from storage.models import Account, JointProject

TEXT = {
    "ru": {
        "title": "План развития клиента",
        "company": "1 Название компании",
        "manager": "2 Ответственный менеджер",
        "industry": "3 Тип клиента (отрасль)",
        "progress": "4 Уровень прогрессов",
        "dsl_level": "Уровни DSL",
        "equipment_park": "Парк техники",
        "joint_projects_level": "Совместные проекты",
        "production_visit": "Визит на производство",
        "joint_promo": "Совместные промо-материалы",
        "decision_maker_knowledge": "Знание ЛПР",
        "size": "5 Размер компании",
        "client_revenue": "Выручка",
        "sales_plan": "План продаж",
        "cooperation": "6 Краткое описание сотрудничества с компанией",
        "indicators": "7 Текущие финансовые показатели",
        "indicator": "Показатель",
        "revenue": "Выручка",
        "ltv": "LTV",
        "avg_check": "Средний чек",
        "checks": "Количество чеков",
        "avg_sku_cost": "Средняя стоимость SKU",
        "check_depth": "Глубина чека",
        "skus_sold": "Количество проданных SKU",
        "orders": "Количество заказов",
        "projects": "8 Совместные проекты",
        "project": "Проект",
        "status": "Статус",
        "start": "Начало",
        "end": "Окончание",
        "result": "Результат",
        "policy": "Политика прогрессов",
        "milestone": "Веха",
        "reached_on": "Дата",
        "note": "Примечание",
        "reached": "Достигнуто: {n} из {total} ({share})",
        "none": "нет",
        "no_sales": "нет продаж",
    },
    "en": {
        "title": "Account development plan",
        "company": "1 Company",
        "manager": "2 Responsible manager",
        "industry": "3 Client type (industry)",
        "progress": "4 Progress level",
        "dsl_level": "DSL level",
        "equipment_park": "Equipment park",
        "joint_projects_level": "Joint projects",
        "production_visit": "Production visit",
        "joint_promo": "Joint promo materials",
        "decision_maker_knowledge": "Knowledge of the decision maker",
        "size": "5 Company size",
        "client_revenue": "Revenue",
        "sales_plan": "Sales plan",
        "cooperation": "6 Description of cooperation",
        "indicators": "7 Current financial indicators",
        "indicator": "Indicator",
        "revenue": "Revenue",
        "ltv": "LTV",
        "avg_check": "Average check",
        "checks": "Checks",
        "avg_sku_cost": "Average SKU cost",
        "check_depth": "Check depth",
        "skus_sold": "SKUs sold",
        "orders": "Orders",
        "projects": "8 Joint projects",
        "project": "Project",
        "status": "Status",
        "start": "Start",
        "end": "End",
        "result": "Result",
        "policy": "Progress policy",
        "milestone": "Milestone",
        "reached_on": "Date",
        "note": "Note",
        "reached": "Reached: {n} of {total} ({share})",
        "none": "none",
        "no_sales": "no sales",
    },
}

# the seed's rows of "current financial indicators": (key, metric attribute, kind)
INDICATORS = (
    ("revenue", "revenue_kop", "money"),
    ("ltv", "ltv_kop", "money"),
    ("avg_check", "avg_check_kop", "money"),
    ("checks", "orders", "int"),
    ("avg_sku_cost", "avg_sku_cost_kop", "money"),
    ("check_depth", "check_depth", "number"),
    ("skus_sold", "skus_sold", "int"),
    ("orders", "orders", "int"),  # METHODS.md §2: orders and checks are one count
)


class PlanExportError(Exception):
    pass


@dataclass(frozen=True)
class PlanDocument:
    name: str
    manager: str | None
    industry: int | None
    plan: dict[str, Any]
    years: list[YearIndicators]
    projects: list[dict[str, Any]]
    milestones: dict[int, tuple[date | None, str | None]]

    @property
    def progress_level(self) -> float | None:
        return progress_level({k: self.plan.get(k) for k in DIMENSIONS})

    @property
    def share_reached(self) -> float:
        return share_reached(n for n, (on, _note) in self.milestones.items() if on)


def plan_document(db: Database, account_id: str) -> PlanDocument:
    with db.sessions() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise PlanExportError("the account does not exist")
        name, manager, industry = account.name, account.manager, account.industry
    return PlanDocument(
        name=name,
        manager=manager,
        industry=industry,
        plan=plan_values(db, account_id),
        years=yearly_indicators(account_lines(db, account_id)),
        projects=list_records(db, JointProject, account_id),
        milestones=milestones(db, account_id),
    )


def _value(metrics: Any, attr: str, kind: str) -> float | int | None:
    value = getattr(metrics, attr)
    if value is None:
        return None
    if kind == "money":
        return round(value / 100, 2)
    return round(value, 2) if kind == "number" else int(value)


def _rubles(kop: int | None) -> float | None:
    return None if kop is None else round(kop / 100, 2)


def write_plan(doc: PlanDocument, path: str | Path, language: str = "ru") -> Path:
    """Write the plan to ``path``: .xlsx or .pdf by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise PlanExportError("the plan is written to .xlsx or .pdf")
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".xlsx":
            _write_xlsx(doc, tmp, language)
        else:
            _write_pdf(doc, tmp, language)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlanExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


MONEY_FORMAT = '#,##0.00 "₽"'


def _write_xlsx(doc: PlanDocument, path: Path, language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    t = TEXT[language]
    wb = Workbook()
    ws = wb.active
    ws.title = t["title"][:31]
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE4EE")
    ws.column_dimensions["A"].width = 46
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 16

    def put(row: int, col: int, value: Any, fmt: str | None = None, strong: bool = False):
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
            cell.data_type = "s"
        if fmt:
            cell.number_format = fmt
        if strong:
            cell.font = bold
        return cell

    put(1, 1, t["title"], strong=True).font = Font(bold=True, size=14)
    r = 3
    put(r, 1, t["company"], strong=True)
    put(r, 2, doc.name)
    put(r + 1, 1, t["manager"], strong=True)
    put(r + 1, 2, doc.manager or "")
    put(r + 2, 1, t["industry"], strong=True)
    put(r + 2, 2, market_name(doc.industry, language) if doc.industry else "")
    r += 3
    put(r, 1, t["progress"], strong=True)
    level = doc.progress_level
    put(r, 3, None if level is None else round(level, 2), "0.0#")
    for i, key in enumerate(DIMENSIONS, start=1):
        put(r + i, 1, t[key])
        put(r + i, 3, doc.plan.get(key))
    r += len(DIMENSIONS) + 1
    put(r, 1, t["size"], strong=True)
    put(r + 1, 1, t["client_revenue"])
    put(r + 1, 3, _rubles(doc.plan.get("client_revenue_kop")), MONEY_FORMAT)
    put(r + 2, 1, t["sales_plan"])
    put(r + 2, 3, _rubles(doc.plan.get("sales_plan_kop")), MONEY_FORMAT)
    r += 3
    put(r, 1, t["cooperation"], strong=True)
    note = put(r + 1, 1, doc.plan.get("cooperation") or "")
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    r += 3
    put(r, 1, t["indicators"], strong=True)
    r += 1
    put(r, 1, t["indicator"], strong=True).fill = head_fill
    for j, year in enumerate(doc.years, start=2):
        put(r, j, year.year, strong=True).fill = head_fill
    formats = {"money": MONEY_FORMAT, "int": "#,##0", "number": "0.00"}
    for i, (key, attr, kind) in enumerate(INDICATORS, start=1):
        put(r + i, 1, t[key])
        for j, year in enumerate(doc.years, start=2):
            put(r + i, j, _value(year.metrics, attr, kind), formats[kind])
    if not doc.years:
        put(r, 2, t["no_sales"])
    r += len(INDICATORS) + 2
    put(r, 1, t["projects"], strong=True)
    r += 1
    for j, key in enumerate(("project", "status", "start", "end", "result"), start=1):
        put(r, j, t[key], strong=True).fill = head_fill
    for i, project in enumerate(doc.projects, start=1):
        put(r + i, 1, project["name"])
        put(r + i, 2, project["status"] or "")
        put(r + i, 3, project["start_date"], "DD.MM.YYYY")
        put(r + i, 4, project["end_date"], "DD.MM.YYYY")
        put(r + i, 5, project["result"] or "")
    if not doc.projects:
        put(r + 1, 1, t["none"])

    policy = wb.create_sheet(t["policy"][:31])
    policy.column_dimensions["A"].width = 5
    policy.column_dimensions["B"].width = 70
    policy.column_dimensions["C"].width = 13
    policy.column_dimensions["D"].width = 40
    policy.cell(row=1, column=1, value=t["policy"]).font = Font(bold=True, size=14)
    for j, key in enumerate(("№", "milestone", "reached_on", "note"), start=1):
        cell = policy.cell(row=3, column=j, value=t.get(key, key))
        cell.font = bold
        cell.fill = head_fill
    for n in range(1, len(MILESTONES) + 1):
        on, text = doc.milestones.get(n, (None, None))
        policy.cell(row=3 + n, column=1, value=n)
        policy.cell(row=3 + n, column=2, value=milestone_text(n, language))
        policy.cell(row=3 + n, column=3, value=on).number_format = "DD.MM.YYYY"
        cell = policy.cell(row=3 + n, column=4, value=text or "")
        if text and text.startswith(("=", "+", "-", "@")):
            cell.data_type = "s"
    reached = sum(1 for on, _ in doc.milestones.values() if on)
    policy.cell(
        row=5 + len(MILESTONES),
        column=2,
        value=t["reached"].format(
            n=reached, total=len(MILESTONES), share=f"{doc.share_reached:.0%}"
        ),
    ).font = bold
    wb.save(path)


def _format_number(value: float | int | None, kind: str, language: str) -> str:
    if value is None:
        return "—"
    sep = "\u00a0" if language == "ru" else ","
    if kind == "int":
        return f"{int(value):,}".replace(",", sep)
    text = f"{value:,.2f}".replace(",", "\x00").replace(".", "," if language == "ru" else ".")
    text = text.replace("\x00", sep)
    return text + (" ₽" if kind == "money" else "")


def _write_pdf(doc: PlanDocument, path: Path, language: str) -> None:
    from fpdf.fonts import FontFace

    t = TEXT[language]
    pdf = new_pdf(f"{t['title']}: {doc.name}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 10, t["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 8, doc.name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    head = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))

    def section(title: str) -> None:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    pdf.set_font("DejaVu", "", 10)
    level = doc.progress_level
    rows = [
        (t["company"], doc.name),
        (t["manager"], doc.manager or "—"),
        (t["industry"], market_name(doc.industry, language) if doc.industry else "—"),
        (t["progress"], "—" if level is None else _format_number(level, "number", language)),
        *(
            ("    " + t[k], str(doc.plan.get(k)) if doc.plan.get(k) is not None else "—")
            for k in DIMENSIONS
        ),
        (t["size"], ""),
        (
            "    " + t["client_revenue"],
            _format_number(_rubles(doc.plan.get("client_revenue_kop")), "money", language),
        ),
        (
            "    " + t["sales_plan"],
            _format_number(_rubles(doc.plan.get("sales_plan_kop")), "money", language),
        ),
    ]
    with pdf.table(
        col_widths=(110, 70), first_row_as_headings=False, line_height=6, text_align="LEFT"
    ) as table:
        for label, value in rows:
            table.row((label, value))
    section(t["cooperation"])
    pdf.multi_cell(0, 6, doc.plan.get("cooperation") or "—", new_x="LMARGIN", new_y="NEXT")
    section(t["indicators"])
    if doc.years:
        years = doc.years[-5:]  # a page holds five years; the .xlsx holds them all
        widths = (60, *([120 / len(years)] * len(years)))
        with pdf.table(col_widths=widths, headings_style=head, line_height=6,
                       text_align=("LEFT", *("RIGHT",) * len(years))) as table:  # fmt: skip
            table.row((t["indicator"], *(str(y.year) for y in years)))
            for key, attr, kind in INDICATORS:
                table.row(
                    (
                        t[key],
                        *(
                            _format_number(_value(y.metrics, attr, kind), kind, language)
                            for y in years
                        ),
                    )
                )
    else:
        pdf.cell(0, 6, t["no_sales"], new_x="LMARGIN", new_y="NEXT")
    section(t["projects"])
    if doc.projects:
        with pdf.table(
            col_widths=(50, 25, 25, 25, 55), headings_style=head, line_height=6
        ) as table:
            table.row(tuple(t[k] for k in ("project", "status", "start", "end", "result")))
            for p in doc.projects:
                table.row(
                    (
                        p["name"],
                        p["status"] or "",
                        p["start_date"].strftime("%d.%m.%Y") if p["start_date"] else "",
                        p["end_date"].strftime("%d.%m.%Y") if p["end_date"] else "",
                        p["result"] or "",
                    )
                )
    else:
        pdf.cell(0, 6, t["none"], new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 10, t["policy"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 107, 22, 43), headings_style=head, line_height=5) as table:
        table.row(("№", t["milestone"], t["reached_on"], t["note"]))
        for n in range(1, len(MILESTONES) + 1):
            on, note = doc.milestones.get(n, (None, None))
            table.row(
                (
                    str(n),
                    milestone_text(n, language),
                    on.strftime("%d.%m.%Y") if on else "",
                    note or "",
                )
            )
    reached = sum(1 for on, _ in doc.milestones.values() if on)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(
        0, 6,
        t["reached"].format(n=reached, total=len(MILESTONES), share=f"{doc.share_reached:.0%}"),
    )  # fmt: skip
    pdf.output(str(path))
