"""The account development plan as a document: gathered from the database and written
to .xlsx laid out like the seed's template ("План развития клиента" and "Политика
прогрессов"), or to PDF with a bundled Cyrillic font (DejaVu Sans, its licence beside it).
A file is written under a temporary name and renamed when complete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

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
from core.export import write_whole
from core.formatting import day, money, number, percent
from core.markets import market_name
from core.messages import cannot_write, say
from core.pdf import close_fonts, new_pdf
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
        "orders": "Количество заказов (чеков)",
        "partial": "по {d}",
        "partial_note": "Текущий год ещё идёт: его показатели — по {d}.",
        "avg_sku_cost": "Средняя стоимость SKU",
        "check_depth": "Глубина чека",
        "skus_sold": "Количество проданных SKU",
        "projects": "8 Совместные проекты",
        "project": "Проект",
        "status": "Статус",
        "start": "Начало",
        "end": "Окончание",
        "result": "Результат",
        "policy": "Политика прогрессов",
        "no": "№",
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
        "orders": "Orders (checks)",
        "partial": "to {d}",
        "partial_note": "The current year is still running: its figures run to {d}.",
        "avg_sku_cost": "Average SKU cost",
        "check_depth": "Check depth",
        "skus_sold": "SKUs sold",
        "projects": "8 Joint projects",
        "project": "Project",
        "status": "Status",
        "start": "Start",
        "end": "End",
        "result": "Result",
        "policy": "Progress policy",
        "no": "No.",
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
    ("orders", "orders", "int"),  # METHODS.md §2: orders and checks are one count
    ("avg_sku_cost", "avg_sku_cost_kop", "money"),
    ("check_depth", "check_depth", "number"),
    ("skus_sold", "skus_sold", "int"),
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
    through: date | None = None  # the latest sale of the data: a running year runs to it
    today: date | None = None

    def year_label(self, year: int, language: str) -> str:
        """The year, marked when it is still running («2026, по 30.11.2026»)."""
        today = self.today or date.today()
        if year < today.year or self.through is None:
            return str(year)
        return f"{year}, " + TEXT[language]["partial"].format(d=day(self.through, language))

    @property
    def running_year(self) -> bool:
        today = self.today or date.today()
        return bool(self.years) and self.years[-1].year >= today.year and self.through is not None

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
            raise PlanExportError(say("no_account", "the account does not exist"))
        name, manager, industry = account.name, account.manager, account.industry
    lines = account_lines(db, account_id)
    return PlanDocument(
        name=name,
        manager=manager,
        industry=industry,
        plan=plan_values(db, account_id),
        years=yearly_indicators(lines),
        projects=list_records(db, JointProject, account_id),
        milestones=milestones(db, account_id),
        through=_latest_sale(db),
    )


def _latest_sale(db: Database) -> date | None:
    """The last day the sales data covers: a year that has not ended runs to it."""
    from sqlalchemy import func, select

    from storage.models import SaleLine

    with db.engine.connect() as conn:
        return conn.execute(
            select(func.max(SaleLine.date)).where(SaleLine.deleted_at.is_(None))
        ).scalar()


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
        raise PlanExportError(say("plan_format", "the plan is written to .xlsx or .pdf"))
    try:
        if suffix == ".xlsx":
            write_whole(path, lambda fh: _write_xlsx(doc, fh, language))
        else:
            write_whole(path, lambda fh: _write_pdf(doc, fh, language))
    except OSError as exc:
        raise PlanExportError(cannot_write(path, exc)) from exc
    return path


MONEY_FORMAT = '#,##0.00 "₽"'
FONT = "Arial"
LINE_CHARS = 1.0  # characters of 10 pt Arial per unit of column width, at most


def _write_xlsx(doc: PlanDocument, out: IO[bytes], language: str) -> None:
    """Two sheets laid out like the seed's template, each printed on A4, fitted to the
    page's width, with its heading rows repeated, named fonts and bordered tables."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    t = TEXT[language]
    wb = Workbook()
    ws = wb.active
    ws.title = t["title"][:31]
    plain, bold = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
    title_font = Font(name=FONT, size=14, bold=True)
    head_fill = PatternFill("solid", fgColor="DDE4EE")
    thin = Side(style="thin", color="8A94A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical="top")
    wrapped = Alignment(wrap_text=True, vertical="top")

    def page(sheet: Worksheet, landscape: bool, title_rows: str) -> None:
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages down as it needs
        sheet.page_margins.left = sheet.page_margins.right = 0.6
        sheet.page_margins.top = sheet.page_margins.bottom = 0.7
        sheet.print_title_rows = title_rows
        sheet.print_area = f"A1:{get_column_letter(sheet.max_column)}{sheet.max_row}"
        sheet.oddFooter.center.text = "&P / &N"
        sheet.oddFooter.center.font = FONT

    def height(text: str, width_chars: float) -> float:
        """The row height a wrapped text needs: its lines × 13 points."""
        lines = 0
        for part in text.splitlines() or [""]:
            lines += max(1, -(-len(part) // max(1, int(width_chars * LINE_CHARS))))
        return max(15.0, 13.0 * lines)

    def put(row: int, col: int, value: Any, fmt: str | None = None, strong: bool = False,
            sheet: Worksheet = ws, framed: bool = False):  # fmt: skip
        cell = sheet.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
            cell.data_type = "s"
        if fmt:
            cell.number_format = fmt
        cell.font = bold if strong else plain
        cell.alignment = top
        if framed:
            cell.border = box
        return cell

    years = doc.years
    year_cols = max(len(years), 1)
    ws.column_dimensions["A"].width = 44
    for j in range(year_cols):
        ws.column_dimensions[get_column_letter(2 + j)].width = 17
    last_col = 1 + year_cols
    put(1, 1, t["title"]).font = title_font
    r = 3
    for label, value in (
        (t["company"], doc.name),
        (t["manager"], doc.manager or ""),
        (t["industry"], market_name(doc.industry, language) if doc.industry else ""),
    ):
        put(r, 1, label, strong=True)
        put(r, 2, value)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=max(2, last_col))
        r += 1
    put(r, 1, t["progress"], strong=True)
    level = doc.progress_level
    put(r, 2, None if level is None else round(level, 2), "0.0#", strong=True)
    for i, key in enumerate(DIMENSIONS, start=1):
        put(r + i, 1, "    " + t[key])
        put(r + i, 2, doc.plan.get(key))
    r += len(DIMENSIONS) + 1
    put(r, 1, t["size"], strong=True)
    put(r + 1, 1, "    " + t["client_revenue"])
    put(r + 1, 2, _rubles(doc.plan.get("client_revenue_kop")), MONEY_FORMAT)
    put(r + 2, 1, "    " + t["sales_plan"])
    put(r + 2, 2, _rubles(doc.plan.get("sales_plan_kop")), MONEY_FORMAT)
    r += 4
    put(r, 1, t["cooperation"], strong=True)
    cooperation = doc.plan.get("cooperation") or ""
    note = put(r + 1, 1, cooperation)
    note.alignment = wrapped
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=max(2, last_col))
    width = 44 + 17 * max(1, last_col - 1)
    ws.row_dimensions[r + 1].height = height(cooperation, width)
    r += 3
    put(r, 1, t["indicators"], strong=True)
    r += 1
    put(r, 1, t["indicator"], strong=True, framed=True).fill = head_fill
    for j, year in enumerate(years, start=2):
        cell = put(r, j, doc.year_label(year.year, language), strong=True, framed=True)
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="right", wrap_text=True, vertical="top")
    formats = {"money": MONEY_FORMAT, "int": "#,##0", "number": "0.00"}
    for i, (key, attr, kind) in enumerate(INDICATORS, start=1):
        put(r + i, 1, t[key], framed=True)
        for j, year in enumerate(years, start=2):
            put(r + i, j, _value(year.metrics, attr, kind), formats[kind], framed=True)
    if not years:
        put(r, 2, t["no_sales"])
    r += len(INDICATORS) + 1
    if doc.running_year and doc.through is not None:
        put(r, 1, t["partial_note"].format(d=day(doc.through, language))).font = Font(
            name=FONT, size=9, italic=True
        )
    r += 2
    put(r, 1, t["projects"], strong=True)
    r += 1
    project_cols = ("project", "status", "start", "end", "result")
    for j, key in enumerate(project_cols, start=1):
        put(r, j, t[key], strong=True, framed=True).fill = head_fill
    for i, project in enumerate(doc.projects, start=1):
        put(r + i, 1, project["name"], framed=True).alignment = wrapped
        put(r + i, 2, project["status"] or "", framed=True)
        put(r + i, 3, project["start_date"], "DD.MM.YYYY", framed=True)
        put(r + i, 4, project["end_date"], "DD.MM.YYYY", framed=True)
        put(r + i, 5, project["result"] or "", framed=True).alignment = wrapped
        ws.row_dimensions[r + i].height = max(
            height(project["name"], 44), height(project["result"] or "", 17)
        )
    if not doc.projects:
        put(r + 1, 1, t["none"])
    for j in range(year_cols + 2, 6):  # the projects table is five columns wide
        ws.column_dimensions[get_column_letter(j)].width = 17
    page(ws, landscape=False, title_rows="1:1")

    policy = wb.create_sheet(t["policy"][:31])
    for col, w in (("A", 5), ("B", 64), ("C", 12), ("D", 34)):
        policy.column_dimensions[col].width = w
    put(1, 1, t["policy"], sheet=policy).font = title_font
    policy.merge_cells("A1:D1")
    for j, key in enumerate(("no", "milestone", "reached_on", "note"), start=1):
        cell = put(3, j, t.get(key, key), strong=True, sheet=policy, framed=True)
        cell.fill = head_fill
    for n in range(1, len(MILESTONES) + 1):
        on, text = doc.milestones.get(n, (None, None))
        row = 3 + n
        put(row, 1, n, sheet=policy, framed=True)
        put(row, 2, milestone_text(n, language), sheet=policy, framed=True).alignment = wrapped
        put(row, 3, on, "DD.MM.YYYY", sheet=policy, framed=True)
        put(row, 4, text or "", sheet=policy, framed=True).alignment = wrapped
        policy.row_dimensions[row].height = max(
            height(milestone_text(n, language), 64), height(text or "", 34)
        )
    reached = sum(1 for on, _ in doc.milestones.values() if on)
    put(5 + len(MILESTONES), 2, t["reached"].format(
        n=reached, total=len(MILESTONES), share=percent(doc.share_reached, language)
    ), strong=True, sheet=policy)  # fmt: skip
    page(policy, landscape=False, title_rows="3:3")
    wb.save(out)


def _format_number(value: float | int | None, kind: str, language: str) -> str:
    if value is None:
        return "—"
    if kind == "int":
        return number(int(value), language)
    if kind == "money":
        return money(round(value * 100), language) + "\u00a0₽"
    return number(value, language, 2)


def _write_pdf(doc: PlanDocument, out: IO[bytes], language: str) -> None:
    from fpdf.fonts import FontFace

    t = TEXT[language]
    pdf = new_pdf(
        f"{t['title']}: {doc.name}",
        footer=f"{t['title']} · {doc.name} · {{page}} / {{nb}}",
        language=language,
    )
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 10, t["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 8, doc.name, new_x="LMARGIN", new_y="NEXT", align="L")
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
    pdf.multi_cell(
        0, 6, doc.plan.get("cooperation") or "—", new_x="LMARGIN", new_y="NEXT", align="L"
    )
    section(t["indicators"])
    if doc.years:
        years = doc.years[-5:]  # a page holds five years; the .xlsx holds them all
        widths = (60, *([120 / len(years)] * len(years)))
        with pdf.table(col_widths=widths, headings_style=head, line_height=6,
                       text_align=("LEFT", *("RIGHT",) * len(years))) as table:  # fmt: skip
            table.row((t["indicator"], *(doc.year_label(y.year, language) for y in years)))
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
        if doc.running_year and doc.through is not None:
            pdf.set_font("DejaVu", "", 8)
            pdf.multi_cell(0, 5, t["partial_note"].format(d=day(doc.through, language)),
                           new_x="LMARGIN", new_y="NEXT", align="L")  # fmt: skip
            pdf.set_font("DejaVu", "", 10)
    else:
        pdf.cell(0, 6, t["no_sales"], new_x="LMARGIN", new_y="NEXT")
    section(t["projects"])
    if doc.projects:
        with pdf.table(
            col_widths=(50, 25, 25, 25, 55), headings_style=head, line_height=6, text_align="LEFT"
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
    with pdf.table(
        col_widths=(8, 107, 22, 43), headings_style=head, line_height=5, text_align="LEFT"
    ) as table:
        table.row((t["no"], t["milestone"], t["reached_on"], t["note"]))
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
        t["reached"].format(
            n=reached, total=len(MILESTONES), share=percent(doc.share_reached, language)
        ),
    )  # fmt: skip
    try:
        pdf.output(out)
    finally:
        close_fonts(pdf)
