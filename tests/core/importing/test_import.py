"""Importing into the database: matching, idempotence, row errors, atomicity
(issue 3, rules 1, 4, 6, 7, 9). Every expected number is counted by hand from the
rows written in the test."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from core.database import Database, open_database
from core.importing import ImportRejected, ImportSession, save_error_rows
from core.importing import matching as import_matching
from core.importing import writers as import_writers
from tests.core.importing.files import write_csv, xlsx

ROOT = Path(__file__).resolve().parents[3]
RETAIL = ROOT.parent / "shared" / "data" / "online_retail"

CLIENT_HEADER = ["Контрагент", "ИНН", "КПП", "Код", "Регион", "Менеджер"]


def _import(db: Database, path: Path, **kw: Any):
    session = ImportSession(path, kind=kw.pop("kind", None), sheet=kw.pop("sheet", None))
    return session.run(db.engine, **kw)


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


@pytest.fixture
def db(db_url: str):
    database = open_database(db_url)
    yield database
    database.close()


def clients_file(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "clients.xlsx",
        {
            "Клиенты": [
                CLIENT_HEADER,
                ['ООО "Ромашка"', "7707083893", "770701001", "К-001", "Москва", "Иванов"],
                # Excel made this INN a number and lost its leading zero
                ["ПАО «Банк Уралсиб»", 274062111, None, "К-002", "Уфа", "Петров"],
                ["ИП Сидоров", "500100732259", None, None, "Тверь", "Иванов"],
                ["Ошибка", "7707083894", None, None, "Москва", "Иванов"],  # bad checksum
                [None, None, None, None, "Москва", "Иванов"],  # no client at all
                ['ООО "Ромашка"', "7707083893", "770701001", "К-001", "Москва", "Иванов"],  # dup
            ]
        },
    )


def test_clients_import_then_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = clients_file(tmp_path)
    report = _import(db, path)
    assert report.kind == "clients"
    assert report.sheet == "Клиенты"
    assert report.rows_read == 6
    # rows 2, 3, 4 new; row 7 repeats row 2; rows 5 and 6 rejected
    assert (report.inserted, report.updated, report.unchanged, report.skipped) == (3, 0, 1, 2)
    errors = {(e.row, e.column): e.message for e in report.errors}
    assert errors[(5, "B (ИНН)")] == "INN 7707083894 fails its checksum"
    assert errors[(6, "A (Контрагент)")].startswith("no client")
    stored = _rows(db, "SELECT name, inn, kpp, code, region, manager FROM account ORDER BY inn")
    assert stored == [
        ("ПАО «Банк Уралсиб»", "0274062111", None, "К-002", "Уфа", "Петров"),
        ("ИП Сидоров", "500100732259", None, None, "Тверь", "Иванов"),
        ('ООО "Ромашка"', "7707083893", "770701001", "К-001", "Москва", "Иванов"),
    ]
    again = _import(db, path)
    assert (again.inserted, again.updated, again.unchanged, again.skipped) == (0, 0, 4, 2)
    assert _rows(db, "SELECT COUNT(*) FROM account") == [(3,)]


def test_matching_order_inn_code_name(db: Database, tmp_path: Path) -> None:
    _import(db, clients_file(tmp_path))
    update = xlsx(
        tmp_path / "update.xlsx",
        {
            "S": [
                CLIENT_HEADER,
                # same INN, another spelling: matched by INN; the manager changes → updated
                ["ромашка ООО", "7707083893", None, None, "Москва", "Смирнов"],
                # no INN: matched by its code; the name differs only by ПАО → unchanged
                ["Банк Уралсиб", None, None, "К-002", "Уфа", "Петров"],
                # no INN, no code: matched by the normalised name «сидоров» → unchanged
                ["сидоров", None, None, None, "Тверь", "Иванов"],
                # the same INN with another KPP is another branch: a new account
                ["ООО Ромашка (филиал)", "7707083893", "771001001", None, "СПб", "Иванов"],
            ]
        },
    )
    report = _import(db, update)
    assert (report.inserted, report.updated, report.unchanged) == (1, 1, 2)
    assert _rows(db, "SELECT manager FROM account WHERE code = 'К-001'") == [("Смирнов",)]
    assert _rows(db, "SELECT name FROM account WHERE code = 'К-002'") == [("ПАО «Банк Уралсиб»",)]
    assert _rows(db, "SELECT COUNT(*) FROM account WHERE inn = '7707083893'") == [(2,)]


def test_likely_duplicates_are_listed(db: Database, tmp_path: Path) -> None:
    # Two accounts with one INN, typed in by hand before any import, are offered for merging;
    # an import itself never makes such a pair (it matches by INN first).
    with db.engine.begin() as conn:
        for aid, name in (("a1", "Альфа"), ("a2", "АЛЬФА-Трейд")):
            conn.execute(
                text(
                    "INSERT INTO account (id, created_at, updated_at, name, name_norm, inn, "
                    "status, version) VALUES (:id, '2024-01-01 00:00:00.000000', "
                    "'2024-01-01 00:00:00.000000', :n, :n, '7736050003', 'client', 1)"
                ),
                {"id": aid, "n": name},
            )
    path = xlsx(tmp_path / "b.xlsx", {"S": [["Контрагент", "ИНН"], ["Бета", "7707083893"]]})
    report = _import(db, path)
    assert report.inserted == 1
    assert len(report.duplicates) == 1
    assert report.duplicates[0]["inn"] == "7736050003"
    assert sorted(a["name"] for a in report.duplicates[0]["accounts"]) == ["АЛЬФА-Трейд", "Альфа"]


def test_same_client_twice_in_one_file_keeps_the_first(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "b.xlsx",
        {"S": [["Контрагент", "ИНН"], ["Альфа", "7736050003"], ["Бета", "7736050003"]]},
    )
    report = _import(db, path)
    assert (report.inserted, report.unchanged) == (1, 1)
    assert report.warnings[0].row == 3
    assert "row 2" in report.warnings[0].message
    assert _rows(db, "SELECT name FROM account") == [("Альфа",)]


SALES_HEADER = [
    "Дата",
    "Документ",
    "Контрагент",
    "ИНН",
    "Артикул",
    "Номенклатурная группа",
    "Количество",
    "Сумма",
]


def sales_file(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "sales.xlsx",
        {
            "Продажи": [
                ["Продажи за январь 2024"],
                [],
                SALES_HEADER,
                ["05.01.2024", "РН-1", "ООО Ромашка", "7707083893", "B-1", "Болты", 10, "1 000,00"],
                # two identical lines of one invoice stay two lines
                ["05.01.2024", "РН-1", "ООО Ромашка", "7707083893", "B-2", "Болты", 1, "50,50"],
                ["05.01.2024", "РН-1", "ООО Ромашка", "7707083893", "B-2", "Болты", 1, "50,50"],
                # a return: negative quantity and amount
                ["10.01.2024", "ВЗ-1", "ООО Ромашка", "7707083893", "B-1", "Болты", -2, "-200"],
                # an unknown client is created
                [date(2024, 1, 12), "РН-2", "ООО Лютик", None, "N-1", "Гайки", 5, 250],
                ["31.02.2024", "РН-3", "ООО Лютик", None, "N-1", "Гайки", 5, 250],  # no such day
                ["13.01.2024", "РН-4", "ООО Лютик", None, "N-1", "Гайки", 5, "пять"],
                ["Итого", None, None, None, None, None, 19, "1 351,00"],
            ]
        },
    )


def test_sales_import_occurrences_returns_and_new_clients(db: Database, tmp_path: Path) -> None:
    path = sales_file(tmp_path)
    report = _import(db, path)
    assert report.kind == "sales"
    assert report.header_row == 3
    assert report.rows_read == 7
    assert (report.inserted, report.unchanged, report.skipped) == (5, 0, 2)
    assert report.accounts_created == 2
    assert {(e.row, e.column) for e in report.errors} == {(9, "A (Дата)"), (10, "H (Сумма)")}
    lines = _rows(
        db,
        "SELECT a.name, s.doc_no, s.sku, s.quantity, s.amount_kop, s.occurrence FROM sale_line s "
        "JOIN account a ON a.id = s.account_id ORDER BY s.date, s.sku, s.occurrence",
    )
    assert lines == [
        ("ООО Ромашка", "РН-1", "B-1", 10.0, 100_000, 1),
        ("ООО Ромашка", "РН-1", "B-2", 1.0, 5_050, 1),
        ("ООО Ромашка", "РН-1", "B-2", 1.0, 5_050, 2),
        ("ООО Ромашка", "ВЗ-1", "B-1", -2.0, -20_000, 1),
        ("ООО Лютик", "РН-2", "N-1", 5.0, 25_000, 1),
    ]
    # the account figures are refreshed: Ромашка 1000 + 50.50 + 50.50 − 200 = 901.00
    assert _rows(
        db,
        "SELECT st.revenue_kop FROM account_stats st JOIN account a ON a.id = st.account_id "
        "WHERE a.name = 'ООО Ромашка'",
    ) == [(90_100,)]
    assert _rows(db, "SELECT sku, product_group FROM product ORDER BY sku") == [
        ("B-1", "Болты"),
        ("B-2", "Болты"),
        ("N-1", "Гайки"),
    ]
    stamp = _rows(db, "SELECT token FROM data_stamp WHERE name = 'sales'")
    assert len(stamp) == 1  # the analytics cache of the lines knows they changed
    # … and the import has already made that cache for the new stamp: the first
    # analysis reads it, not the database
    from core.analytics.dataset import cache_file, load_columns

    url = db.engine.url.render_as_string(hide_password=True)
    cached = load_columns(cache_file(url), stamp[0][0])
    assert cached is not None and sorted(cached.amount.tolist()) == sorted(
        [100_000, 5_050, 5_050, -20_000, 25_000]
    )
    again = _import(db, path)
    assert (again.inserted, again.unchanged, again.skipped, again.accounts_created) == (0, 5, 2, 0)
    assert _rows(db, "SELECT COUNT(*) FROM sale_line") == [(5,)]
    # nothing changed: the cache stays valid
    assert _rows(db, "SELECT token FROM data_stamp WHERE name = 'sales'") == stamp


def test_amount_from_quantity_and_price(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "s.csv",
        "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
        "536365,85123A,6,2010-12-01 08:26,2.55,17850,United Kingdom\n"
        "C536379,D,-1,2010-12-01 09:41,27.50,14527,United Kingdom\n"
        "536366,22633,6,2010-12-01 08:28,1.85,,United Kingdom\n",
        "utf-8",
    )
    report = _import(db, path)
    assert report.kind == "sales"
    assert (report.inserted, report.skipped) == (2, 1)
    assert report.errors[0].row == 4
    assert report.errors[0].column == "F (CustomerID)"
    assert _rows(
        db,
        "SELECT a.code, a.region, s.amount_kop FROM sale_line s JOIN account a "
        "ON a.id = s.account_id ORDER BY s.amount_kop",
    ) == [
        ("14527", "United Kingdom", -2750),  # −1 × 27.50
        ("17850", "United Kingdom", 1530),  # 6 × 2.55
    ]


def test_error_rows_saved_fixed_and_imported_again(db: Database, tmp_path: Path) -> None:
    report = _import(db, sales_file(tmp_path))
    out = save_error_rows(report, tmp_path / "errors.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [*SALES_HEADER, "Error", "Row"]
    assert [r[-1] for r in rows[1:]] == [9, 10]
    assert "31.02.2024" in rows[1][-2]
    # the user fixes both rows in the error file and imports it
    ws.cell(row=2, column=1, value="28.02.2024")
    ws.cell(row=3, column=8, value="5,00")
    ws.parent.save(out)
    fixed = _import(db, out)
    assert (fixed.kind, fixed.inserted, fixed.skipped) == ("sales", 2, 0)
    assert _rows(db, "SELECT COUNT(*) FROM sale_line") == [(7,)]


def test_error_file_keeps_formula_like_text_as_text(tmp_path: Path, database: Database) -> None:
    path = xlsx(
        tmp_path / "c.xlsx",
        {"S": [["Контрагент", "ИНН"], ['=HYPERLINK("x")', "123"], ["@evil", "7707083894"]]},
    )
    session = ImportSession(path)
    report = session.run(database.engine, dry_run=True)
    out = save_error_rows(report, tmp_path / "e.xlsx")
    import zipfile

    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet


def test_strict_rejects_the_whole_file(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="2 row"):
        _import(db, clients_file(tmp_path), strict=True)
    assert _rows(db, "SELECT COUNT(*) FROM account") == [(0,)]


def test_a_session_run_once_lets_go_of_its_rows(db: Database, tmp_path: Path) -> None:
    """The command line reads a sheet once: its rows are let go of as they are parsed
    (the peak memory of a large workbook), with the same result and the rejected rows
    kept whole for the error file; such a session cannot run again."""
    session = ImportSession(sales_file(tmp_path))
    report = session.run(db.engine, once=True)
    assert (report.inserted, report.skipped, report.accounts_created) == (5, 2, 2)
    assert session.table.sheet.rows == []
    assert [cells[0] for _row, cells, _why in report.error_rows] == ["31.02.2024", "13.01.2024"]
    assert [row for row, _cells, _why in report.error_rows] == [9, 10]
    assert _rows(db, "SELECT COUNT(*) FROM sale_line") == [(5,)]
    with pytest.raises(RuntimeError, match="open the file again"):
        session.run(db.engine)


def test_no_full_collection_while_a_file_is_read_and_imported(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Python's automatic full garbage collection is held off while the cells are read
    and written (each pass scanned them all again), and is as it was afterwards, also
    after a failure."""
    import gc

    from core.collector import NEVER
    from core.importing import readers
    from core.importing import session as import_session

    seen: list[int] = []
    for module, name in ((readers, "open_workbook"), (import_session, "run_import")):
        real = getattr(module, name)

        def watched(*args, real=real, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(gc.get_threshold()[2])
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)
    monkeypatch.setattr(import_session, "open_workbook", readers.open_workbook)
    kept = gc.get_threshold()  # a window made before in this process switched it off
    gc.set_threshold(700, 10, 10)  # Python's own
    request.addfinalizer(lambda: gc.set_threshold(*kept))
    before = gc.get_threshold()
    session = ImportSession(sales_file(tmp_path))
    assert gc.get_threshold() == before
    session.run(db.engine)
    assert seen == [NEVER, NEVER] and gc.get_threshold() == before
    with pytest.raises(ImportRejected):
        session.run(db.engine, strict=True)  # rows 9 and 10 have errors
    assert gc.get_threshold() == before


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = _import(db, sales_file(tmp_path), dry_run=True)
    assert (report.inserted, report.skipped, report.accounts_created) == (5, 2, 2)
    assert _rows(db, "SELECT COUNT(*) FROM sale_line") == [(0,)]
    assert _rows(db, "SELECT COUNT(*) FROM account") == [(0,)]


def test_failure_while_writing_leaves_the_database_unchanged(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(db, clients_file(tmp_path))
    before = _rows(db, "SELECT id, name, manager, version FROM account ORDER BY id")
    calls = {"n": 0}
    real = import_writers.bulk_insert

    def failing(conn, table, columns, rows):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if table == "sale_line":
            raise OSError("disk full")
        return real(conn, table, columns, rows)

    monkeypatch.setattr(import_writers, "bulk_insert", failing)  # the lines…
    monkeypatch.setattr(import_matching, "bulk_insert", failing)  # …and the new accounts
    with pytest.raises(OSError, match="disk full"):
        _import(db, sales_file(tmp_path))
    assert calls["n"] >= 2  # the new accounts were written before the failure…
    assert _rows(db, "SELECT id, name, manager, version FROM account ORDER BY id") == before
    assert _rows(db, "SELECT COUNT(*) FROM sale_line") == [(0,)]  # …and rolled back with it


def test_cancel_leaves_the_database_unchanged(db: Database, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(percent: int, _what: str) -> None:
        if percent >= 62:
            raise Stop

    with pytest.raises(Stop):
        _import(db, sales_file(tmp_path), progress=progress)
    assert _rows(db, "SELECT COUNT(*) FROM account") == [(0,)]


def test_killed_import_leaves_the_database_unchanged(tmp_path: Path) -> None:
    db_path = tmp_path / "k.db"
    header = "Дата;Документ;Контрагент;Артикул;Количество;Сумма\n"
    lines = "".join(
        f"{1 + i % 28:02d}.0{1 + i % 9}.2024;Д-{i // 5};Клиент {i % 3000};"
        f"SKU-{i % 700};1;{i % 997},50\n"
        for i in range(300_000)
    )
    path = write_csv(tmp_path / "big.csv", header + lines, "utf-8")
    open_database(f"sqlite:///{db_path}").close()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "import", str(path), "--db", str(db_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until it is writing, then kill it without warning
        if "writing" in line:
            time.sleep(0.3)
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM sale_line").fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM account").fetchone() == (0,)
    finally:
        conn.close()


def test_every_kind_is_guessed_and_imported(db: Database, tmp_path: Path) -> None:
    _import(db, clients_file(tmp_path))
    files = {
        "contacts": [
            ["ФИО", "Компания", "Должность", "Роль в закупке", "ЛПР", "Телефон"],
            ["Иванов Иван", "ООО Ромашка", "Директор", "Экономический", "да", "+7 900"],
        ],
        "competitors": [
            ["Контрагент", "Конкурент", "Доля"],
            ["ООО Ромашка", "ТехноСнаб", "30%"],
        ],
        "receivables": [
            ["ИНН", "Документ", "Сумма долга", "Срок оплаты", "Дата оплаты"],
            ["7707083893", "С-1", "12 000,00", "31.01.2024", None],
        ],
        "deliveries": [
            [
                "Код клиента",
                "Номер заказа",
                "Плановая дата",
                "Фактическая дата",
                "Заказано",
                "Поставлено",
            ],
            ["К-001", "З-1", "10.01.2024", "11.01.2024", 100, 99],
        ],
        "surveys": [
            ["Дата", "Контрагент", "Отдел", "NPS", "CSI: качество", "CSI: сроки"],
            ["15.01.2024", "ООО Ромашка", "Логистика", 9, 5, 4],
        ],
        "plans": [
            ["Менеджер", "Месяц", "План выручки", "План новых клиентов"],
            ["Иванов", "01.2024", "1 500 000", 3],
        ],
        "regions": [
            ["Регион", "Всего точек", "Потенциальные клиенты"],
            ["Санкт-Петербург", 1876, 246],
        ],
    }
    for kind, rows in files.items():
        path = xlsx(tmp_path / f"{kind}.xlsx", {"S": rows})
        session = ImportSession(path)
        assert session.kind.key == kind, kind
        report = session.run(db.engine)
        assert (report.inserted, report.skipped, report.accounts_created) == (1, 0, 0), kind
        again = ImportSession(path).run(db.engine)
        assert (again.inserted, again.unchanged) == (0, 1), kind
    assert _rows(db, "SELECT name, buying_role, is_decision_maker FROM contact") == [
        ("Иванов Иван", "economic", True)
    ]
    assert _rows(db, "SELECT competitor, share FROM competitor_presence") == [("ТехноСнаб", 0.3)]
    assert _rows(db, "SELECT amount_kop FROM receivable") == [(1_200_000,)]
    assert _rows(db, "SELECT qty_ordered, qty_delivered FROM delivery") == [(100.0, 99.0)]
    assert _rows(db, "SELECT attribute, rating FROM csi_rating ORDER BY attribute") == [
        ("CSI: качество", 5),
        ("CSI: сроки", 4),
    ]
    assert _rows(db, "SELECT revenue_plan_kop, new_clients_plan FROM sales_plan") == [
        (150_000_000, 3)
    ]
    assert _rows(db, "SELECT region, total_outlets, potential_outlets FROM region_universe") == [
        ("Санкт-Петербург", 1876, 246)
    ]


def test_corrected_mapping_is_remembered(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "odd.xlsx",
        {"S": [["Контрагент", "ИНН", "Куратор"], ["ООО Ромашка", "7707083893", "Иванов"]]},
    )
    session = ImportSession(path)
    assert 2 not in session.mapping  # «Куратор» is not a known synonym
    session.set_column(2, "manager")
    session.remember(db.engine)
    session.run(db.engine)
    later = ImportSession(path)
    assert later.apply_remembered(db.engine)
    assert later.mapping[2] == "manager"
    assert later.mapping_source == "remembered"


def test_missing_required_column_is_a_clear_rejection(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "s.xlsx", {"S": [["Дата", "Контрагент", "Сумма"], ["05.01.2024", "A", 1]]}
    )
    session = ImportSession(path, kind="plans")
    with pytest.raises(ImportRejected, match="Manager"):
        session.run(db.engine)


@pytest.mark.skipif(not (RETAIL / "online_retail_sample40k.xlsx").exists(), reason="no real data")
def test_real_online_retail_sample(database: Database) -> None:
    """The genuine 40,000-row sample, no mapping given. The expected counts are read from the
    file independently of the importer (openpyxl, plain Python)."""
    from openpyxl import load_workbook

    path = RETAIL / "online_retail_sample40k.xlsx"
    book = load_workbook(path, read_only=True)  # read-only: its file open until closed
    try:
        rows = list(book.active.iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    with_customer = [r for r in rows if r[6] is not None]
    customers = {int(r[6]) for r in with_customer}
    report = ImportSession(path).run(database.engine)
    assert report.mapping["CustomerID"] == "code"
    assert report.mapping["InvoiceNo"] == "doc_no"
    assert report.rows_read == len(rows)
    assert report.skipped == len(rows) - len(with_customer)
    assert report.inserted == len(with_customer)
    assert report.accounts_created == len(customers)
    total = round(sum(round(r[3] * r[5] * 100) for r in with_customer))
    assert _rows(database, "SELECT SUM(amount_kop) FROM sale_line") == [(total,)]


CRM = ROOT.parent / "shared" / "data" / "crm" / "companies_inn.csv"


@pytest.mark.skipif(not CRM.exists(), reason="no real data")
def test_real_crm_company_list(database: Database) -> None:
    """2,896 companies as a CRM collected them: lost leading zeros, bad checksums, INNs
    repeated with the name spelled differently. Expected counts come from the file read
    with the csv module and the INN rule applied by hand here."""
    import csv

    def digits_ok(inn: str) -> bool:  # the published INN check-digit rule, written out
        w10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
        w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)

        def check(part: str, weights: tuple[int, ...]) -> int:
            return sum(int(d) * k for d, k in zip(part, weights, strict=True)) % 11 % 10

        if len(inn) == 10:
            return check(inn[:9], w10) == int(inn[9])
        return check(inn[:10], w11) == int(inn[10]) and check(inn[:11], w12) == int(inn[11])

    with CRM.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    valid = []
    for row in rows:
        inn = row["INN"].strip()
        if len(inn) in (9, 11):
            inn = "0" + inn
        if inn.isdigit() and len(inn) in (10, 12) and digits_ok(inn) and row["cl_name"].strip():
            valid.append(inn)
    report = ImportSession(CRM, kind="clients").run(database.engine)
    assert report.rows_read == len(rows)
    assert report.skipped == len(rows) - len(valid)
    assert report.inserted == len(set(valid))
    assert report.unchanged == len(valid) - len(set(valid))
    assert _rows(database, "SELECT COUNT(*) FROM account") == [(len(set(valid)),)]


def test_sales_discounts_come_from_money_a_list_price_or_a_per_cent(
    db: Database, tmp_path: Path
) -> None:
    """METHODS.md §11: the discount column in money; else list price × quantity − amount;
    else amount × p / (1 − p) from «Скидка, %». A line with none has no discount data
    (NULL, not 0); a return takes none."""

    def table(path: Path, rows: list[list[str]]) -> Path:
        return write_csv(path, "\n".join(";".join(r) for r in rows) + "\n", "utf-8")

    money = table(
        tmp_path / "money.csv",
        [
            ["Дата", "Контрагент", "Номер", "Артикул", "Количество", "Сумма", "Скидка"],
            ["01.03.2026", "ООО Альфа", "Д-1", "A", "2", "900", "100"],
            ["01.03.2026", "ООО Альфа", "Д-1", "B", "1", "500", ""],
        ],
    )
    listed = table(
        tmp_path / "list.csv",
        [
            ["Дата", "Контрагент", "Номер", "Артикул", "Количество", "Сумма", "Цена по прайсу"],
            # 3 × 120.00 = 360.00 listed, 324.00 paid: 36.00 off
            ["02.03.2026", "ООО Бета", "Д-2", "A", "3", "324", "120"],
            ["02.03.2026", "ООО Бета", "В-2", "A", "-1", "-108", "120"],  # a return
        ],
    )
    percent = table(
        tmp_path / "percent.csv",
        [
            ["Дата", "Контрагент", "Номер", "Артикул", "Количество", "Сумма", "Скидка, %"],
            # 20 % off: listed 800 / 0.8 = 1 000.00, so 200.00 off
            ["03.03.2026", "ООО Гамма", "Д-3", "A", "1", "800", "20"],
            # 12.5 %: 700 × 0.125 / 0.875 = 100.00
            ["03.03.2026", "ООО Гамма", "Д-3", "B", "1", "700", "12,5%"],
        ],
    )
    for path in (money, listed, percent):
        report = _import(db, path)
        assert report.kind == "sales" and not report.errors, report.errors
    assert "discount_percent" in _import(db, percent, dry_run=True).mapping.values()
    lines = _rows(
        db,
        "SELECT a.name, s.sku, s.amount_kop, s.discount_kop FROM sale_line s "
        "JOIN account a ON a.id = s.account_id ORDER BY s.date, s.amount_kop",
    )
    assert lines == [
        ("ООО Альфа", "B", 50_000, None),
        ("ООО Альфа", "A", 90_000, 10_000),
        ("ООО Бета", "A", -10_800, None),
        ("ООО Бета", "A", 32_400, 3_600),
        ("ООО Гамма", "B", 70_000, 10_000),
        ("ООО Гамма", "A", 80_000, 20_000),
    ]


def test_a_discount_per_cent_column_is_read_as_one(db: Database, tmp_path: Path) -> None:
    """A 1C column «% скидки» of 0,5, 1 and 2 is in per cent (some value is above 1): 1 000
    paid at 0.5 % off listed 1 000 / 0.995, so 5.03 off; at 1 %: 10.10; at 2 %: 20.41. A
    column of fractions only (0,1 and 0,05, Excel's cells shown as 10 % and 5 %) is read
    as such: 111.11 and 52.63 off 1 000 and 1 000. «100%» leaves the list amount unknown
    (no data); a free line (0 paid) with a list price is all discount."""

    def table(path: Path, header: str, rows: list[str]) -> Path:
        body = "Дата;Контрагент;Артикул;Количество;Сумма;" + header + "\n"
        return write_csv(path, body + "\n".join(rows) + "\n", "utf-8")

    one_c = table(tmp_path / "1c.csv", "% скидки", [
        "01.03.2026;ООО Альфа;A;1;1000;0,5", "01.03.2026;ООО Альфа;B;1;1000;1",
        "01.03.2026;ООО Альфа;C;1;1000;2", "01.03.2026;ООО Альфа;D;1;1000;100%",
    ])  # fmt: skip
    excel = table(tmp_path / "excel.csv", "Скидка, %", [
        "02.03.2026;ООО Бета;A;1;1000;0,1", "02.03.2026;ООО Бета;B;1;1000;0,05",
    ])  # fmt: skip
    free = table(tmp_path / "free.csv", "Цена по прайсу", ["03.03.2026;ООО Гамма;A;2;0;150"])
    for path in (one_c, excel, free):
        report = _import(db, path)
        assert not report.errors, report.errors
    got = _rows(
        db,
        "SELECT a.name, s.sku, s.discount_kop FROM sale_line s JOIN account a "
        "ON a.id = s.account_id ORDER BY a.name, s.sku",
    )
    assert got == [
        ("ООО Альфа", "A", 503), ("ООО Альфа", "B", 1010), ("ООО Альфа", "C", 2041),
        ("ООО Альфа", "D", None), ("ООО Бета", "A", 11111), ("ООО Бета", "B", 5263),
        ("ООО Гамма", "A", 30000),
    ]  # fmt: skip


def test_clients_bring_their_lead_source(db: Database, tmp_path: Path) -> None:
    """«Источник» in a clients file: «Выставка» → event, «Яндекс» → search, «Сайт» →
    website; an unknown word is refused in its cell."""
    path = write_csv(
        tmp_path / "clients.csv",
        "Контрагент;Источник\nООО Альфа;Выставка\nООО Бета;Яндекс\nООО Гамма;Сайт\n"
        "ООО Дельта;из космоса\n",
        "utf-8",
    )
    report = _import(db, path)
    assert report.kind == "clients"
    assert [(e.row, e.value) for e in report.errors] == [(5, "из космоса")]
    assert _rows(db, "SELECT name, lead_source FROM account ORDER BY name") == [
        ("ООО Альфа", "event"), ("ООО Бета", "search"), ("ООО Гамма", "website"),
    ]  # fmt: skip


def test_channel_costs_by_month(db: Database, tmp_path: Path) -> None:
    """«Месяц; Канал привлечения; Затраты»: one figure per month and channel; a second
    file's figure for the same month replaces the first."""
    first = write_csv(
        tmp_path / "costs.csv",
        "Месяц;Канал привлечения;Затраты\n03.2026;Яндекс;20000\n03.2026;Сайт;5000\n",
        "utf-8",
    )
    again = write_csv(
        tmp_path / "costs2.csv", "Месяц;Канал привлечения;Затраты\n03.2026;Яндекс;25000\n", "utf-8"
    )
    assert _import(db, first).kind == "costs"
    report = _import(db, again)
    assert (report.inserted, report.updated) == (0, 1)
    assert _rows(db, "SELECT source, amount_kop FROM channel_cost ORDER BY source") == [
        ("search", 2_500_000), ("website", 500_000),
    ]  # fmt: skip
