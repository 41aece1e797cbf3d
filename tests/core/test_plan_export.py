"""The development plan exported to .xlsx (read back cell by cell) and PDF (text
extracted), on an account whose figures are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from core.accounts import workspace as ws
from core.accounts.plan_export import PlanExportError, plan_document, write_plan
from core.database import open_database
from storage.models import JointProject, SaleLine

NAME = "ООО «Аллегро»"


@pytest.fixture
def account(sqlite_url):
    db = open_database(sqlite_url)
    account_id = ws.create_account(
        db, {"name": NAME, "manager": "Иванов Иван Иванович", "industry": 2, "status": "client"}
    )
    with db.sessions.begin() as session:
        for d, doc, sku, amount in [
            ("2024-03-01", "1", "a", 100_00),
            ("2024-03-01", "1", "b", 50_00),
            ("2024-11-05", "2", "a", 150_00),
            ("2025-02-10", "3", "a", 300_00),
        ]:
            session.add(
                SaleLine(account_id=account_id, date=date.fromisoformat(d), doc_no=doc, sku=sku,
                         product_group="g", quantity=1, amount_kop=amount)
            )  # fmt: skip
    ws.save_plan(
        db, account_id,
        {"dsl_level": 3, "equipment_park": 4, "joint_projects_level": 3, "production_visit": 3,
         "joint_promo": 4, "decision_maker_knowledge": 4, "client_revenue_kop": 10_000_000_00,
         "sales_plan_kop": 4_000_000_00, "cooperation": "=поставки с 2023 года"},
    )  # fmt: skip
    ws.set_milestone(db, account_id, 1, date(2026, 3, 1), "отправили")
    ws.set_milestone(db, account_id, 14, date(2026, 6, 2))
    ws.save_record(
        db, JointProject, account_id,
        {"name": "Семинар для закупщиков", "status": "done", "start_date": date(2026, 4, 1)},
    )  # fmt: skip
    yield db, account_id
    db.close()


def test_xlsx_cell_by_cell(account, tmp_path):
    db, account_id = account
    path = write_plan(plan_document(db, account_id), tmp_path / "plan.xlsx", "ru")
    wb = load_workbook(path)
    sheet = wb["План развития клиента"]
    cells = {
        (row, col): sheet.cell(row=row, column=col).value
        for row in range(1, 45)
        for col in range(1, 6)
    }

    def right_of(label, col=2):
        rows = [r for (r, c), v in cells.items() if c == 1 and str(v).strip() == label]
        assert rows, label
        return cells[(rows[0], col)]

    assert right_of("1 Название компании") == NAME
    assert right_of("2 Ответственный менеджер") == "Иванов Иван Иванович"
    assert right_of("3 Тип клиента (отрасль)") == "Отели, рестораны и розничная торговля"
    assert right_of("4 Уровень прогрессов") == 3.5  # (3 + 4 + 3 + 3 + 4 + 4) / 6
    assert right_of("Парк техники") == 4
    assert right_of("Выручка") == 10_000_000
    assert right_of("План продаж") == 4_000_000
    # text starting with "=" stays text, not a formula
    row = next(
        r for (r, c), v in cells.items() if v == "6 Краткое описание сотрудничества с компанией"
    )
    assert cells[(row + 1, 1)] == "=поставки с 2023 года"
    assert sheet.cell(row=row + 1, column=1).data_type == "s"
    # yearly indicators: 2024 = 100 + 50 + 150 = 300 ₽ in checks 1 and 2; 2025 = 300 ₽
    header = next(r for (r, c), v in cells.items() if c == 1 and v == "Показатель")
    assert cells[(header, 2)] == "2024" and cells[(header, 3)] == "2025"
    by_label = {cells[(header + i, 1)]: (cells[(header + i, 2)], cells[(header + i, 3)])
                for i in range(1, 8)}  # fmt: skip
    assert by_label["Выручка"] == (300, 300)
    assert by_label["LTV"] == (300, 600)
    assert by_label["Средний чек"] == (150, 300)
    assert by_label["Количество заказов (чеков)"] == (2, 1)  # one row: the same count
    assert by_label["Средняя стоимость SKU"] == (100, 300)  # 300 / 3 slots; 300 / 1
    assert by_label["Глубина чека"] == (1.5, 1)
    assert by_label["Количество проданных SKU"] == (2, 1)
    assert sheet.cell(row=header + 1, column=2).number_format == '#,##0.00 "₽"'
    project_row = next(r for (r, c), v in cells.items() if v == "Семинар для закупщиков")
    assert cells[(project_row, 2)] == "done"
    policy = wb["Политика прогрессов"]
    assert policy.cell(row=4, column=2).value.startswith("Отправляем презентацию")
    assert policy.cell(row=4, column=3).value.date() == date(2026, 3, 1)
    assert policy.cell(row=4, column=4).value == "отправили"
    assert policy.cell(row=3 + 23, column=1).value == 23
    assert policy.cell(row=5 + 23, column=2).value == "Достигнуто: 2 из 23 (9\u00a0%)"
    # printed on A4, fitted to the width, the heading rows repeated, named fonts, borders
    for printed, titles in ((sheet, "$1:$1"), (policy, "$3:$3")):
        assert int(printed.page_setup.paperSize) == 9  # A4 in the OOXML numbering
        assert printed.sheet_properties.pageSetUpPr.fitToPage
        assert (printed.page_setup.fitToWidth, printed.page_setup.fitToHeight) == (1, 0)
        assert printed.print_title_rows == titles and printed.print_area
        assert {c.font.name for row in printed.iter_rows() for c in row if c.value} == {"Arial"}
    assert sheet.cell(row=header + 1, column=2).border.left.style == "thin"
    assert policy.cell(row=4, column=2).border.bottom.style == "thin"
    # the policy's long milestones get the height of their wrapped lines
    assert policy.row_dimensions[3 + 22].height > policy.row_dimensions[3 + 2].height


def test_pdf_has_the_cyrillic_name(account, tmp_path):
    from pypdf import PdfReader

    db, account_id = account
    path = write_plan(plan_document(db, account_id), tmp_path / "plan.pdf", "ru")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert NAME in text
    assert "План развития клиента" in text
    assert "Политика прогрессов" in text
    assert "Наши сотрудники посещают внутренние совещания клиента" in text
    assert not list(tmp_path.glob("*.part"))


def test_a_bad_target_is_refused(account, tmp_path):
    db, account_id = account
    with pytest.raises(PlanExportError):
        write_plan(plan_document(db, account_id), tmp_path / "plan.docx")
    with pytest.raises(PlanExportError):
        write_plan(plan_document(db, account_id), tmp_path / "missing" / "plan.xlsx")


def test_a_year_still_running_is_marked(account):
    from dataclasses import replace

    db, account_id = account
    doc = plan_document(db, account_id)
    assert doc.through is not None
    assert doc.year_label(2025, "ru") == "2025"  # over: this year is later
    running = replace(doc, today=date(2025, 6, 1))
    assert running.year_label(2025, "ru") == f"2025, по {doc.through:%d.%m.%Y}"
    assert running.year_label(2025, "en") == f"2025, to {doc.through:%d.%m.%Y}"
    assert running.year_label(2024, "ru") == "2024" and running.running_year
