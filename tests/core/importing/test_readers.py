"""Reading files as they come, and refusing whole the ones that cannot be taken
(issue 3, rules 2, 3 and 8)."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path

import pytest

from core.importing import FileRejected, ImportSession
from core.importing.readers import detect_delimiter, open_workbook
from tests.core.importing.files import patch_part, write_csv, xlsx

HEADER = ["Контрагент", "ИНН", "Регион"]


def test_header_on_row_five_under_a_merged_title_blank_and_total_rows(tmp_path: Path) -> None:
    rows = [
        ["Отчёт по клиентам за 2024 год", None, None],
        ["Отбор: Менеджер = Иванов", None, None],
        [],
        [],
        HEADER,
        ["ООО «Ромашка»", "7707083893", "Москва"],
        [],  # a blank row inside the data
        ["ПАО «Лютик»", "7736050003", "Казань"],
        ["Итого", None, None],
    ]
    path = xlsx(tmp_path / "c.xlsx", {"Клиенты": rows}, merges={"Клиенты": ["A1:C1"]})
    session = ImportSession(path)
    assert session.table.header_row == 5
    assert session.kind.key == "clients"
    data = session.preview()
    assert [r for r, _ in data] == [6, 8]  # Excel row numbers; blank row 7 and total row 9 left out
    assert data[1][1][0] == "ПАО «Лютик»"


def test_cover_sheet_is_passed_over_and_named(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "book.xlsx",
        {
            "Инструкция": [["Как заполнять этот файл"], ["1. Вставьте клиентов на лист «Данные»"]],
            "Данные": [HEADER, ["ООО «Ромашка»", "7707083893", "Москва"]],
        },
    )
    session = ImportSession(path)
    assert session.table.sheet.name == "Данные"
    assert session.sheet_names == ["Инструкция", "Данные"]
    with pytest.raises(FileRejected, match="Инструкция"):
        ImportSession(path, sheet="Инструкция")
    with pytest.raises(FileRejected, match="no sheet «Нет»"):
        ImportSession(path, sheet="Нет")


def test_cp1251_semicolon_csv(tmp_path: Path) -> None:
    text = (
        "Контрагент;ИНН;Сумма долга;Срок оплаты\r\nООО «Ромашка»;7707083893;1 234,50;31.01.2024\r\n"
    )
    path = write_csv(tmp_path / "debt.csv", text, "cp1251")
    book = open_workbook(path)
    assert (book.encoding, book.delimiter) == ("cp1251", ";")
    session = ImportSession(path)
    assert session.kind.key == "receivables"
    assert session.preview()[0][1] == ["ООО «Ромашка»", "7707083893", "1 234,50", "31.01.2024"]


def test_utf8_bom_csv_with_quoted_commas_and_quotes(tmp_path: Path) -> None:
    text = (
        "Client,INN,Address\n"
        '"Romashka, LLC",7707083893,"12 ""Lenina"" st, Moscow"\n'
        '"Multi\nline",7736050003,x\n'
    )
    path = tmp_path / "c.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    book = open_workbook(path)
    assert (book.encoding, book.delimiter) == ("utf-8-sig", ",")
    rows = book.sheet(book.sheet_names[0]).rows
    assert rows[0] == ["Client", "INN", "Address"]  # the BOM is not part of the first header
    assert rows[1] == ["Romashka, LLC", "7707083893", '12 "Lenina" st, Moscow']
    assert rows[2][0] == "Multi\nline"


def test_tab_delimited_text() -> None:
    assert detect_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert detect_delimiter("a;b;c\n1,5;2,5;3\n") == ";"
    assert detect_delimiter("a,b,c\n1,2,3\n") == ","


@pytest.mark.parametrize("space", [" ", "\n", "\t", "\r\n"])
def test_formula_cells_take_cached_values_and_errors_are_row_errors(
    tmp_path: Path, space: str
) -> None:
    path = xlsx(
        tmp_path / "f.xlsx",
        {
            "S": [
                ["Дата", "Контрагент", "Сумма"],
                [date(2024, 1, 5), "ООО «Ромашка»", 10],
                [date(2024, 1, 6), "ООО «Ромашка»", 20],
            ]
        },
    )

    def formulas(xml: bytes) -> bytes:
        # C2: a formula with its cached value 30; C3: a formula whose cached value is
        # #DIV/0!, its attributes apart by ``space`` (XML allows any white space there)
        xml = xml.replace(
            b'<c r="C2" t="n"><v>10</v></c>', b'<c r="C2"><f>A1*0+30</f><v>30</v></c>'
        )
        return xml.replace(
            b'<c r="C3" t="n"><v>20</v></c>',
            b'<c r="C3"' + space.encode() + b't="e"><f>1/0</f><v>#DIV/0!</v></c>',
        )

    patch_part(path, "xl/worksheets/sheet1.xml", formulas)
    book = open_workbook(path)
    sheet = book.sheet("S")
    assert sheet.rows[1][2] == 30
    assert sheet.errors == {(2, 2): "#DIV/0!"}


def test_empty_workbook(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "empty.xlsx", {"Лист1": []})
    with pytest.raises(FileRejected, match="empty"):
        ImportSession(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(FileRejected, match="The file is empty"):
        ImportSession(path)


def test_no_recognisable_columns(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "x.xlsx", {"S": [["Foo", "Bar", "Baz"], [1, 2, 3]]})
    with pytest.raises(FileRejected, match="No header row"):
        ImportSession(path)


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02 binary stuff \xff\xfe" * 50)
    with pytest.raises(FileRejected, match="not a spreadsheet"):
        ImportSession(path)


def test_random_zip_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    with pytest.raises(FileRejected, match="zip archive, not a spreadsheet"):
        ImportSession(path)


def test_truncated_file(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "t.xlsx", {"S": [HEADER] + [["ООО «Ромашка»", "7707083893", "М"]] * 200})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileRejected, match="damaged or incomplete"):
        ImportSession(path)


def test_password_protected_file(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE compound file holding an EncryptionInfo stream.
    path = tmp_path / "secret.xlsx"
    body = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
    )
    path.write_bytes(body + b"\x00" * 1024)
    with pytest.raises(FileRejected, match="password"):
        ImportSession(path)


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "bomb.xlsx", {"S": [HEADER, ["&lol9;", "7707083893", "M"]]})
    bomb = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>\n"
    )
    patch_part(path, "xl/worksheets/sheet1.xml", lambda xml: bomb + xml.split(b"?>", 1)[-1])
    with pytest.raises(FileRejected, match="entity"):
        ImportSession(path)


def test_oversize_sheet_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "big.xlsx", {"S": [HEADER, ["ООО «Ромашка»", "7707083893", "M"]]})

    def far_cell(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheetData>",
            b'<row r="2000000"><c r="A2000000" t="n"><v>1</v></c></row></sheetData>',
        ).replace(b'<dimension ref="A1:C2"/>', b"")

    patch_part(path, "xl/worksheets/sheet1.xml", far_cell)
    with pytest.raises(FileRejected, match="1,048,576"):
        ImportSession(path)


def test_wide_sparse_sheet_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "wide.xlsx", {"S": [HEADER, ["ООО «Ромашка»", "7707083893", "M"]]})

    def far_cell(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheetData>",
            b'<row r="900000"><c r="XFD900000" t="n"><v>1</v></c></row></sheetData>',
        )

    patch_part(path, "xl/worksheets/sheet1.xml", far_cell)
    with pytest.raises(FileRejected, match="too large"):
        ImportSession(path)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "zb.xlsx", {"S": [HEADER, ["ООО «Ромашка»", "7707083893", "M"]]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.xml", b"<a>" + b" " * 60_000_000 + b"</a>")
    with pytest.raises(FileRejected, match="zip bomb"):
        ImportSession(path)


SALES_ROWS = [
    ["Отчёт о продажах"],
    [],
    ["Дата", "Контрагент", "ИНН", "Сумма"],
    [date(2024, 1, 5), "ООО «Ромашка»", "7707083893", 1234.5],
    [date(2024, 2, 6), "ПАО «Газпром»", "7736050003", "2 000,00"],
]


def _check_sales_table(path: Path) -> None:
    session = ImportSession(path)
    assert session.kind.key == "sales"
    assert session.table.header_row == 3
    rows = session.preview()
    assert [r for r, _ in rows] == [4, 5]
    assert rows[0][1][1] == "ООО «Ромашка»"
    assert rows[0][1][3] == 1234.5
    from core.importing import values

    assert values.date_value(rows[1][1][0]) == date(2024, 2, 6)


def test_ods(tmp_path: Path) -> None:
    from tests.core.importing.files import ods

    _check_sales_table(ods(tmp_path / "sales.ods", {"Продажи": SALES_ROWS}))


def test_legacy_xls(tmp_path: Path) -> None:
    from tests.core.importing.files import xls

    _check_sales_table(xls(tmp_path / "sales.xls", {"Продажи": SALES_ROWS}))


def test_xlsm(tmp_path: Path) -> None:
    book = xlsx(tmp_path / "sales.xlsx", {"Продажи": SALES_ROWS})
    _check_sales_table(book.rename(tmp_path / "sales.xlsm"))
