"""Files that must import, or be refused with a reason (issue "Data safety"): line ends
of every kind, an unclosed quote, a line of millions of fields, a named pipe. Every number
below is counted by hand from the lines written in the test."""

from __future__ import annotations

import os
import threading
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from core.database import open_database
from core.importing import FileRejected, ImportSession
from core.importing.readers import open_workbook

HEADER = "Контрагент;ИНН;Регион"
ROWS = [
    "ООО «Ромашка»;7707083893;Москва",
    "ПАО «Газпром»;7736050003;Санкт-Петербург",
    "ИП Сидоров;500100732259;Тверь",
]


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "f.db"))
    yield database
    database.close()


def _names(db) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT name FROM account ORDER BY name"))]


@pytest.mark.parametrize(
    "ends",
    [
        ["\r", "\r", "\r", "\r"],  # Excel for Mac's "CSV (Macintosh)"
        ["\r\n", "\n", "\r", "\r\n"],  # mixed
    ],
    ids=["cr-only", "mixed"],
)
def test_csv_with_any_line_ends_imports(db, tmp_path: Path, ends: list[str]) -> None:
    lines = [HEADER, *ROWS]
    content = "".join(line + end for line, end in zip(lines, ends, strict=True))
    path = tmp_path / "clients.csv"
    path.write_bytes(content.encode("cp1251"))
    report = ImportSession(path).run(db.engine)
    assert (report.kind, report.rows_read, report.inserted, report.skipped) == ("clients", 3, 3, 0)
    assert _names(db) == ["ИП Сидоров", "ООО «Ромашка»", "ПАО «Газпром»"]


def test_an_unclosed_quote_is_a_row_error_naming_its_lines(db, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    # line 3 opens a quote that nothing closes: lines 3–5 become one cell
    path.write_text(
        "\n".join([HEADER, ROWS[0], '"ООО Альфа;7736050003;Москва', ROWS[1], ROWS[2]]) + "\n",
        encoding="utf-8",
    )
    report = ImportSession(path).run(db.engine)
    assert (report.rows_read, report.inserted, report.skipped) == (2, 1, 1)
    [error] = report.errors
    assert error.row == 3
    assert "line 3" in error.message and "3–5" in error.message
    assert _names(db) == ["ООО «Ромашка»"]


def test_an_unclosed_quote_in_the_last_column_is_caught_too(db, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    # the row keeps its three cells, but its last one swallows lines 4 and 5
    path.write_text(
        "\n".join([HEADER, ROWS[0], 'ООО Альфа;7736050003;"Москва', ROWS[1], ROWS[2]]) + "\n",
        encoding="utf-8",
    )
    report = ImportSession(path).run(db.engine)
    assert (report.rows_read, report.inserted, report.skipped) == (2, 1, 1)
    assert "lines 3–5 were read as one cell" in report.errors[0].message


def test_a_multiline_address_is_not_an_unclosed_quote(db, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        f'Контрагент;ИНН;Адрес\n{ROWS[0].rsplit(";", 1)[0]};"г. Москва,\nул. Вавилова, 19"\n',
        encoding="utf-8",
    )
    report = ImportSession(path).run(db.engine)
    assert (report.rows_read, report.inserted, report.skipped) == (1, 1, 0)


def test_a_line_of_millions_of_fields_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(HEADER + "\n" + ";" * 5_000_000 + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(FileRejected, match="Line 2 has more than 16,384 columns"):
            open_workbook(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the file is 5 MB: read, decoded and scanned once it stays far below the 40 MB a
    # list of five million cells alone would take
    assert peak < 40_000_000, peak


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "clients.csv"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _try_open(pipe, outcome), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # unblock the reader so the test process can end
        with open(pipe, "wb"):
            pass
        pytest.fail("opening a named pipe waited for a writer")
    assert isinstance(outcome[0], FileRejected)
    assert "not a regular file" in str(outcome[0])


def _try_open(path: Path, outcome: list[BaseException]) -> None:
    try:
        open_workbook(path)
    except BaseException as exc:
        outcome.append(exc)


def _sales_xlsx(path: Path, dates: list[object], epoch_1904: bool, formats: dict[int, str]):
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = Workbook()
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["Дата", "Контрагент", "ИНН", "Сумма"])
    for n, when in enumerate(dates):
        ws.append([when, "ООО «Ромашка»", "7707083893", 100])
        if n in formats:
            ws.cell(row=n + 2, column=1).number_format = formats[n]
    wb.save(path)
    return path


def _dates(db) -> list[str]:
    with db.engine.connect() as conn:
        return [str(r[0]) for r in conn.execute(text("SELECT date FROM sale_line ORDER BY date"))]


def test_serial_numbers_in_a_1904_workbook_count_from_1904(db, tmp_path: Path) -> None:
    from datetime import date

    # 1904-01-01 → 2024-01-01 is 120 × 365 + 30 leap days = 43,830 days; the other 170
    # are Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 = 152, then 18 more: 19 June 2024.
    # Counted from 1900 it would read 18 June 2020 (1,462 days, four years, earlier).
    path = _sales_xlsx(tmp_path / "mac.xlsx", [44000, date(2026, 10, 5)], True, {})
    report = ImportSession(path).run(db.engine)
    assert (report.inserted, report.skipped) == (2, 0)
    assert _dates(db) == ["2024-06-19", "2026-10-05"]


def test_a_date_before_march_1900_gets_a_warning(db, tmp_path: Path) -> None:
    # serial 60 is Excel's phantom 29.02.1900; the line imports, with a row warning
    path = _sales_xlsx(tmp_path / "old.xlsx", [60, 45000], False, {0: "dd.mm.yyyy"})
    report = ImportSession(path).run(db.engine)
    assert (report.inserted, report.skipped) == (2, 0)
    [warning] = report.warnings
    assert warning.row == 2 and "29 February 1900" in warning.message


def test_text_longer_than_its_column_is_a_row_error_on_both_engines(db_url, tmp_path) -> None:
    database = open_database(db_url)
    try:
        path = tmp_path / "clients.csv"
        path.write_text(
            "\n".join(
                [
                    HEADER,
                    ROWS[0],
                    f"ООО «{'Д' * 500}»;7736050003;Москва",  # 5 + 500 + 1 = 506: over 500
                    f"ИП Сидоров;500100732259;{'Р' * 201}",  # a region over 200
                    f"ООО «{'Е' * 494}»;;Москва",  # 5 + 494 + 1 = 500: fits
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        report = ImportSession(path).run(database.engine)
        assert (report.rows_read, report.inserted, report.skipped) == (4, 2, 2)
        assert [(e.row, e.column) for e in report.errors] == [
            (3, "A (Контрагент)"),
            (4, "C (Регион)"),
        ]
        assert "506 characters long; this field holds at most 500" in report.errors[0].message
        assert "at most 200" in report.errors[1].message
    finally:
        database.close()


def test_a_rated_attributes_header_longer_than_it_holds_is_refused_on_both_engines(
    db_url, tmp_path
) -> None:
    from core.importing import ImportRejected

    database = open_database(db_url)
    try:
        fits = "CSI: " + "к" * 195  # 200 characters: what an attribute's name holds
        over = "Оценка " + "качества обслуживания " * 12  # 7 + 22 × 12 = 271, 270 trimmed
        for header in (fits, over):
            path = tmp_path / "surveys.csv"
            path.write_text(
                f"Дата;Контрагент;NPS;{header}\n15.01.2024;ООО Ромашка;9;5\n", encoding="utf-8"
            )
            session = ImportSession(path)
            assert session.kind.key == "surveys"
            if header is fits:
                assert session.run(database.engine).inserted == 1
                continue
            with pytest.raises(ImportRejected) as refused:
                session.run(database.engine)
            assert "column D is 270 characters long" in str(refused.value)
            assert "holds at most 200" in str(refused.value)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT attribute FROM csi_rating")).scalars().all() == [fits]
    finally:
        database.close()


def test_the_seeds_headers_map_and_every_other_column_is_listed(db, tmp_path) -> None:
    # a client list with the headers of seed 000's tables (the account development plan,
    # the PSC table) and two columns Fieldbook has no field for
    path = tmp_path / "clients.csv"
    path.write_text(
        "Название компании;ИНН;Отвественный менеджер;Тип клиента (отрасль);Размер компании;"
        "Кол-во кресел;Любимый цвет;Потенциальная емкость клиента;Уровни DSL\n"
        "ООО «Аллегро»;7707083893;Иванов Иван Иванович;HoReCa;крупный;89;синий;"
        "1 200 000;3\n",
        encoding="utf-8",
    )
    session = ImportSession(path)
    assert session.kind.key == "clients"
    report = session.run(db.engine)
    assert report.mapping == {
        "Название компании": "account_name",
        "ИНН": "inn",
        "Отвественный менеджер": "manager",
        "Тип клиента (отрасль)": "industry",
        "Размер компании": "size",
        "Кол-во кресел": "capacity_units",
        "Потенциальная емкость клиента": "potential",
    }
    assert report.ignored_columns == ["Любимый цвет", "Уровни DSL"]
    assert report.to_json()["ignored_columns"] == ["Любимый цвет", "Уровни DSL"]
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT capacity_units, potential_kop, size, industry FROM account")
        ).one()
    assert tuple(row) == (89.0, 120_000_000, "large", 2)  # HoReCa: hotels, restaurants


def test_seed_002s_coverage_table_imports_as_the_region_universe(db, tmp_path) -> None:
    # seed 002's case «Управление привлечением клиентов»: the universe («Общая») and the
    # targeted clients («Потенциальная») by region; the active and acquired clients are
    # what Fieldbook counts from the sales, so those columns are listed as not imported
    path = tmp_path / "regions.csv"
    path.write_text(
        "Регион;Активная;Общая;Потенциальная;Привлеченная\n"
        "Санкт-Петербург;104;1876;246;117\nКоми;75;1014;187;195\n",
        encoding="utf-8",
    )
    session = ImportSession(path, kind="regions")
    report = session.run(db.engine)
    assert report.mapping == {
        "Регион": "region",
        "Общая": "total_outlets",
        "Потенциальная": "potential_outlets",
    }
    assert report.ignored_columns == ["Активная", "Привлеченная"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT region, total_outlets, potential_outlets FROM region_universe "
                "ORDER BY total_outlets"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("Коми", 1014, 187), ("Санкт-Петербург", 1876, 246)]
