"""Reading spreadsheets and CSV files as rows of cell values, refusing what is unsafe.

A workbook (.xlsx, .xlsm, .xls, .ods) is read by python-calamine; a text table (.csv,
.txt) by the csv module after its encoding (UTF-8 with or without BOM, UTF-16 with BOM,
cp1251) and delimiter (``;``, ``,``, tab, ``|``) are detected.

Before calamine sees an .xlsx its parts are checked: the zip must be whole, no XML part
may declare a DOCTYPE or entities (the "billion laughs" family), no part may inflate
past :data:`MAX_PART_BYTES` or at a ratio a real sheet never has, and no sheet may
reach past Excel's own 1,048,576 rows or hold more cells than :data:`MAX_CELLS`
(calamine allocates the whole rectangle at once, so a single far-away cell would
otherwise exhaust memory). The same scan collects formula-error cells (``#DIV/0!``),
which calamine reads as empty.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.messages import Text, say

MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLUMNS = 16_384
MAX_CELLS = 60_000_000
MAX_PART_BYTES = 2_000_000_000
MAX_RATIO = 200  # inflated / compressed size of one part above 10 MB
MAX_TEXT_BYTES = 1_000_000_000
PROLOGUE_LIMIT = 1 << 20

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
# a cell beyond column AZ, a row number of seven digits, or a formula error
# (a literal leading space keeps the search fast; attributes separated by other white
# space send the chunk to the slower, exact pattern)
_SUSPECT = re.compile(rb' r="(?:[A-Z]{3}\d|[B-Z][A-Z]\d|[A-Z]{0,2}\d{7})| t="e"')
_SUSPECT_EXACT = re.compile(rb'\sr="(?:[A-Z]{3}\d|[B-Z][A-Z]\d|[A-Z]{0,2}\d{7})|\st="e"')
_ODD_SPACE = (b'\nr="', b'\tr="', b'\rr="', b'\nt="', b'\tt="', b'\rt="')
_ROW_TAG = re.compile(rb'<row\b[^>]*?\br="(\d{1,9})"')
NARROW_COLUMNS = 52  # AZ: sheets no wider than this are not scanned cell by cell
_CELL_REF = re.compile(rb'<c\b[^>]*?\sr="([A-Z]{1,4})(\d{1,9})"')
_ERROR_CELL = re.compile(rb'<c\b([^>]*?)\st="e"([^>]*)>(.*?)</c>', re.S)
_REF_ATTR = re.compile(rb'\sr="([A-Z]{1,4})(\d{1,9})"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_DIMENSION = re.compile(rb'<dimension\s+ref="([A-Z]{1,4})?(\d+)?(?::([A-Z]{1,4})(\d+))?"')
_ROOT_START = re.compile(rb"<[A-Za-z]")


class FileRejected(Exception):
    """The whole file is refused; the message is one sentence for the user."""


@dataclass
class Sheet:
    """Rows of one sheet. ``rows[i]`` is what Excel shows as row ``i + 1``; ``rows[i][j]``
    is the cell in column ``col0 + j`` (0-based), so the user's row and column can be named.
    """

    name: str
    rows: list[list[Any]]
    col0: int = 0
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # row index → (the value shown, why the row cannot be read): a row error of the import
    row_problems: dict[int, tuple[str, str]] = field(default_factory=dict)
    date1904: bool = False  # the workbook's serial dates count from 1904-01-01

    def column_letter(self, j: int) -> str:
        return column_letter(self.col0 + j)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _column_index(letters: bytes) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + (ch - 64)
    return value - 1


class Workbook:
    """An opened file: its sheet names and, on demand, each sheet's rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = ""  # "xlsx", "xls", "ods", "csv"
        self.sheet_names: list[str] = []
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self._sheets: dict[str, Sheet] = {}
        self._calamine: Any = None
        self._sheet_parts: dict[str, str] = {}
        self.date1904 = False  # serial numbers count days from 1904-01-01

    def sheet(self, name: str) -> Sheet:
        if name not in self._sheets:
            if name not in self.sheet_names:
                raise FileRejected(say("no_sheet", "The file has no sheet «{name}».", name=name))
            self._sheets[name] = self._load(name)
        return self._sheets[name]

    def _load(self, name: str) -> Sheet:
        import python_calamine as pc

        errors: dict[tuple[int, int], str] = {}
        if self.kind == "xlsx":
            part = self._sheet_parts.get(name)
            if part is not None:
                errors = _scan_sheet_part(self.path, part, name)
        try:
            data = self._calamine.get_sheet_by_name(name)
            if data.height > MAX_ROWS or data.width > MAX_COLUMNS:
                raise FileRejected(
                    say(
                        "sheet_rows_over_excel",
                        "Sheet «{name}» has {rows:,} rows, more than Excel itself allows "
                        "({limit:,}); it was not read.",
                        name=name,
                        rows=data.height,
                        limit=MAX_ROWS,
                    )
                )
            if data.height * data.width > MAX_CELLS:
                raise FileRejected(
                    say(
                        "sheet_too_large",
                        "Sheet «{name}» is too large to import ({cells:,} cells).",
                        name=name,
                        cells=MAX_CELLS,
                    )
                )
            rows = list(data.iter_rows())  # each row a new list already
            col0 = data.start[1] if data.start else 0
        except (pc.CalamineError, pc.ZipError, pc.XmlError) as exc:
            raise FileRejected(_damaged(exc)) from exc
        except (ValueError, OSError) as exc:
            raise FileRejected(_damaged(exc)) from exc
        shifted = {(r, c - col0): text for (r, c), text in errors.items()}
        return Sheet(name, rows, col0, shifted, date1904=self.date1904)


def open_workbook(path: str | Path) -> Workbook:
    """Open ``path`` for reading; raises :class:`FileRejected` with the reason."""
    path = Path(path)
    if not path.exists():
        raise FileRejected(say("no_file", "The file {path} does not exist.", path=str(path)))
    if path.is_dir():
        raise FileRejected(say("folder", "{path} is a folder, not a file.", path=str(path)))
    if not path.is_file():  # a named pipe or a device would be waited on forever
        raise FileRejected(
            say(
                "not_regular",
                "{path} is not a regular file (a pipe or a device), so it was not read.",
                path=str(path),
            )
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise FileRejected(
            say("cannot_open", "The file cannot be opened: {why}.", why=str(exc.strerror or exc))
        ) from exc
    if size == 0:
        raise FileRejected(say("empty_file", "The file is empty."))
    suffix = path.suffix.lower()
    book = Workbook(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        _open_zip(book)
    elif head.startswith(_OLE_MAGIC):
        _open_ole(book, suffix)
    elif suffix in WORKBOOK_SUFFIXES:
        if _looks_like_text(head):
            _open_text(book, size)
        else:
            raise FileRejected(
                say(
                    "not_spreadsheet_suffix",
                    "The file is not a spreadsheet, although its name ends in {suffix}.",
                    suffix=suffix,
                )
            )
    elif _looks_like_text(head):
        _open_text(book, size)
    else:
        raise FileRejected(_NEITHER)
    return book


# --- zip-based workbooks -----------------------------------------------------------------


def _open_zip(book: Workbook) -> None:
    try:
        with zipfile.ZipFile(book.path) as zf:
            names = set(zf.namelist())
            infos = zf.infolist()
            if "xl/workbook.xml" in names:
                book.kind = "xlsx"
            elif "content.xml" in names and _zip_text(zf, "mimetype").endswith("spreadsheet"):
                book.kind = "ods"
            elif "xl/workbook.bin" in names:
                book.kind = "xlsb"
            elif "word/document.xml" in names:
                raise FileRejected(
                    say("word_document", "The file is a Word document, not a spreadsheet.")
                )
            else:
                raise FileRejected(
                    say("zip_archive", "The file is a zip archive, not a spreadsheet.")
                )
            for info in infos:
                _check_part_size(info)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_prologue(zf, info.filename)
            if book.kind == "xlsx":
                book.date1904 = _is_1904(zf)
                book._sheet_parts = _xlsx_sheet_parts(zf)
                for part in book._sheet_parts.values():
                    _check_dimension(zf, part)
    except zipfile.BadZipFile as exc:
        raise FileRejected(
            say(
                "incomplete",
                "The file is damaged or incomplete (it may not have finished downloading).",
            )
        ) from exc
    except (OSError, EOFError, RuntimeError) as exc:
        raise FileRejected(_damaged(exc)) from exc
    _open_calamine(book)


def _zip_text(zf: zipfile.ZipFile, name: str) -> str:
    try:
        return zf.read(name)[:200].decode("ascii", "replace").strip()
    except KeyError:
        return ""


def _check_part_size(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_PART_BYTES:
        raise FileRejected(
            say(
                "part_too_big",
                "Part {part} of the file would inflate to {size:,} bytes; "
                "it was refused as unsafe.",
                part=info.filename,
                size=info.file_size,
            )
        )
    ratio = info.file_size // max(info.compress_size, 1)
    if info.file_size > 10_000_000 and ratio > MAX_RATIO:
        raise FileRejected(
            say(
                "zip_bomb",
                "Part {part} of the file is compressed {ratio} times, which real "
                "spreadsheets never are; it was refused as a possible zip bomb.",
                part=info.filename,
                ratio=ratio,
            )
        )


def _check_prologue(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a DOCTYPE or ENTITY declaration before the root element."""
    seen = b""
    with zf.open(name) as fh:
        while len(seen) < PROLOGUE_LIMIT:
            chunk = fh.read(16384)
            if not chunk:
                break
            seen += chunk
            upper = seen.upper()
            if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
                raise FileRejected(
                    say(
                        "xml_entities",
                        "The file contains XML entity declarations, which spreadsheets never "
                        "need; it was refused as unsafe.",
                    )
                )
            stripped = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", seen, flags=re.S)
            if _ROOT_START.search(stripped):
                return
    if seen:
        raise FileRejected(
            say("xml_no_content", "The file's XML has no content where it should begin.")
        )


def _is_1904(zf: zipfile.ZipFile) -> bool:
    """Whether the workbook counts its dates from 1904 (Excel for Mac's old default):
    ``<workbookPr date1904="1"/>`` in workbook.xml (its prologue is checked already)."""
    from defusedxml import ElementTree

    try:
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    except KeyError:
        return False
    except Exception as exc:  # defusedxml raises its own errors for forbidden constructs
        raise FileRejected(
            say("structure", "The workbook's structure cannot be read ({why}).", why=str(exc))
        ) from exc
    for element in workbook.iter():
        if element.tag.endswith("}workbookPr") or element.tag == "workbookPr":
            return element.get("date1904", "").strip().lower() in ("1", "true")
    return False


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part path, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    except Exception as exc:  # defusedxml raises its own errors for forbidden constructs
        raise FileRejected(
            say("structure", "The workbook's structure cannot be read ({why}).", why=str(exc))
        ) from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.tag.endswith("Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        target = targets.get(sheet.get(f"{ns_rel}id"), "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts[sheet.get("name", "")] = path
    return parts


def _check_dimension(zf: zipfile.ZipFile, part: str) -> None:
    try:
        with zf.open(part) as fh:
            head = fh.read(4096)
    except KeyError:
        return
    m = _DIMENSION.search(head)
    if m and m.group(4):
        rows = int(m.group(4))
        if rows > MAX_ROWS:
            raise FileRejected(
                say(
                    "sheet_declares_rows",
                    "A sheet declares {rows:,} rows, more than Excel itself allows "
                    "({limit:,}); it was not read.",
                    rows=rows,
                    limit=MAX_ROWS,
                )
            )


def _scan_sheet_part(path: Path, part: str, name: str) -> dict[tuple[int, int], str]:
    """One streaming pass over a sheet's XML: refuse cells beyond Excel's limits (before
    calamine would allocate them) and collect formula-error cells by (row, column)."""
    errors: dict[tuple[int, int], str] = {}
    max_row = max_col = 0
    tail = b""
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        while True:
            chunk = fh.read(1 << 22)
            if not chunk:
                break
            data = tail + chunk
            last_row = data.rfind(b"<row ")
            if last_row >= 0:
                m = _ROW_TAG.match(data, last_row)
                if m:
                    max_row = max(max_row, int(m.group(1)))
            suspect = _SUSPECT.search(data) is not None
            if not suspect and _odd_space(data):
                suspect = _SUSPECT_EXACT.search(data) is not None
            if suspect:
                cut = data.rfind(b"</c>")
                body = data[: cut + 4] if cut >= 0 else data
                for m in _CELL_REF.finditer(body):
                    max_col = max(max_col, _column_index(m.group(1)) + 1)
                    max_row = max(max_row, int(m.group(2)))
                _check_extent(name, max_row, max_col)
                for m in _ERROR_CELL.finditer(body):
                    ref = _REF_ATTR.search(m.group(1) + b" " + m.group(2))
                    value = _VALUE.search(m.group(3))
                    if ref:
                        key = (int(ref.group(2)) - 1, _column_index(ref.group(1)))
                        errors[key] = (value.group(1) if value else b"#VALUE!").decode(
                            "utf-8", "replace"
                        )
                tail = data[cut + 4 :] if cut >= 0 else b""
            else:
                tail = data[-256:]
            if len(tail) > 1 << 20:
                tail = tail[-256:]
    _check_extent(name, max_row, max(max_col, NARROW_COLUMNS))
    return errors


def _odd_space(data: bytes) -> bool:
    """Whether an attribute of ``data`` may follow white space other than a space: a
    newline, tab or carriage return is looked for first (one pass each at memory speed;
    the marks themselves are six slower searches: 0.45 s on a 131 MB sheet)."""
    if b"\n" not in data and b"\t" not in data and b"\r" not in data:
        return False
    return any(mark in data for mark in _ODD_SPACE)


def _check_extent(name: str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise FileRejected(
            say(
                "sheet_past_limits",
                "Sheet «{name}» reaches past Excel's own limits "
                "({rows:,} rows, {columns:,} columns); it was not read.",
                name=name,
                rows=MAX_ROWS,
                columns=MAX_COLUMNS,
            )
        )
    if rows * columns > MAX_CELLS:
        raise FileRejected(
            say(
                "sheet_too_large_grid",
                "Sheet «{name}» is too large to import ({rows:,} rows × {columns:,} columns).",
                name=name,
                rows=rows,
                columns=columns,
            )
        )


def _open_calamine(book: Workbook) -> None:
    import python_calamine as pc

    try:
        book._calamine = pc.CalamineWorkbook.from_path(str(book.path))
        book.sheet_names = [
            m.name for m in book._calamine.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet
        ]
    except pc.PasswordError as exc:
        raise FileRejected(_PASSWORD) from exc
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError, OSError) as exc:
        raise FileRejected(_damaged(exc)) from exc
    if not book.sheet_names:
        raise FileRejected(say("no_worksheets", "The workbook has no worksheets."))


_PASSWORD = say(
    "password",
    "The file is protected by a password; open it in Excel, remove the password "
    "(File → Info → Protect Workbook) and save it again.",
)
_NEITHER = say("neither", "The file is neither a spreadsheet nor a text table (CSV).")


def _damaged(exc: BaseException) -> Text:
    return say("damaged", "The file is damaged and cannot be read ({why}).", why=str(exc))


def _open_ole(book: Workbook, suffix: str) -> None:
    with book.path.open("rb") as fh:
        data = fh.read(4 << 20)
    if _ENCRYPTED_MARK in data:
        raise FileRejected(_PASSWORD)
    book.kind = "xls"
    _open_calamine(book)


# --- text tables ------------------------------------------------------------------------


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 100


def detect_encoding(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def detect_delimiter(sample: str) -> str:
    # splitlines: CR-only ("CSV (Macintosh)"), LF and CRLF line ends, mixed too
    lines = [line for line in sample.splitlines() if line.strip()][:50]
    best, best_score = ",", (0.0, 0)
    for delimiter in (";", ",", "\t", "|"):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        common, freq = Counter(counts).most_common(1)[0]
        if common < 2:
            continue
        score = (freq / len(counts), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _check_line_widths(content: str, delimiter: str) -> None:
    """Refuse a line of more than Excel's column count before the CSV reader makes a
    list of its cells (a line of tens of millions of fields took gigabytes)."""
    for number, match in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", content), 1):
        line = match.group()
        if len(line) > MAX_COLUMNS and line.count(delimiter) >= MAX_COLUMNS:
            raise FileRejected(
                say(
                    "line_too_wide",
                    "Line {line:,} has more than {columns:,} columns, more than Excel "
                    "itself allows; the file was not read.",
                    line=number,
                    columns=MAX_COLUMNS,
                )
            )
        if not line:
            break


def _unclosed_quotes(
    rows: list[list[Any]], spans: list[tuple[int, int]], delimiter: str
) -> dict[int, tuple[str, str]]:
    """Records where a quote opened and was not closed where it should have been: the
    CSV reader then reads the following lines into one cell. Such a record spans several
    lines, and a line inside its long cell holds as many delimiters as a whole row: it is
    a row swallowed (a real multi-line cell, an address, holds a comma or two at most).
    Returned as row index → (the cell's start, the message), a row error of the import."""
    widths = Counter(len(r) for r in rows if len(r) > 1)
    usual = widths.most_common(1)[0][0] if widths else 0
    enough = max(2, usual - 1)  # the delimiters of a whole row
    problems: dict[int, tuple[str, str]] = {}
    for index, (record, (first, last)) in enumerate(zip(rows, spans, strict=True)):
        if last == first:
            continue
        for cell in record:
            lines = cell.splitlines()
            if len(lines) > 1 and any(line.count(delimiter) >= enough for line in lines[1:]):
                problems[index] = (
                    lines[0][:40],
                    say(
                        "open_quote",
                        "a quote opened on line {first:,} is not closed, so lines "
                        "{first:,}–{last:,} were read as one cell; close the quote in the file",
                        first=first,
                        last=last,
                    ),
                )
                break
    return problems


def _open_text(book: Workbook, size: int) -> None:
    if size > MAX_TEXT_BYTES:
        raise FileRejected(
            say(
                "text_too_large",
                "The file is larger than {mb:,} MB.",
                mb=MAX_TEXT_BYTES // 1_000_000,
            )
        )
    raw = book.path.read_bytes()
    encoding = detect_encoding(raw)
    try:
        content = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FileRejected(
            say("encoding", "The file's text encoding is not UTF-8, UTF-16 or cp1251.")
        ) from exc
    if "\x00" in content:
        raise FileRejected(_NEITHER)
    delimiter = detect_delimiter(content[:65536])
    _check_line_widths(content, delimiter)
    rows: list[list[Any]] = []
    spans: list[tuple[int, int]] = []  # per record: its first and last physical line
    try:
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
        last = 0
        for record in reader:
            rows.append(record)
            spans.append((last + 1, reader.line_num))
            last = reader.line_num
            if len(rows) > MAX_ROWS:
                raise FileRejected(
                    say(
                        "text_rows_over_excel",
                        "The file has more than {limit:,} rows, more than Excel itself allows.",
                        limit=MAX_ROWS,
                    )
                )
    except csv.Error as exc:
        raise FileRejected(
            say("csv_unreadable", "The file is not a readable CSV table ({why}).", why=str(exc))
        ) from exc
    problems = _unclosed_quotes(rows, spans, delimiter)
    if not any(any(cell.strip() for cell in r) for r in rows):
        raise FileRejected(say("empty_file", "The file is empty."))
    book.kind = "csv"
    book.encoding = encoding
    book.delimiter = delimiter
    book.sheet_names = [book.path.stem]
    book._sheets[book.path.stem] = Sheet(book.path.stem, rows, row_problems=problems)
