"""Writing tables to .xlsx and .csv for the user: number formats kept, and text that a
spreadsheet would take for a formula (starting with =, +, - or @) stored as text."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@")
FORMATS = {
    "money": "#,##0.00",
    "share": "0.0%",
    "int": "#,##0",
    "number": "#,##0.00",
    "text": "@",
}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text, int, money (a number in roubles), share (a fraction), number
    width: int | None = None


def json_bytes(data: object) -> bytes:
    """``data`` as the command line prints JSON: indented by two spaces, UTF-8, a newline
    at the end (orjson: the standard encoder with an indent is pure Python, 11 s for
    20,000 account records)."""
    import orjson

    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


def text_cell(ws: Any, value: Any) -> Any:
    """A write-only cell for ``value``; text is always text, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


@contextlib.contextmanager
def output(path: str | Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """``with output(path, "w", encoding=…) as fh:`` a file the user asked for, that
    appears whole or not at all: written as ``<name>.part`` beside it and moved in place
    when complete; on any failure (a full disk) the part is removed and nothing is left.
    A pipe or a device (``--out /dev/stdout``) is written as it is."""
    path = Path(path)
    if _stream(path):
        with path.open(mode, **kwargs) as fh:
            yield fh
        return
    target = path.resolve() if path.is_symlink() else path  # the file a link names
    if target.exists() and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    part = target.with_name(target.name + ".part")
    try:
        with part.open(mode, **kwargs) as fh:
            yield fh
        if target.exists():
            shutil.copymode(target, part)  # a private export stays private
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _stream(path: Path) -> bool:
    """Whether ``path`` is written as it is: a pipe, a device, ``/dev/stdout`` (a link
    into /dev or /proc names an open file of this process, never one to replace)."""
    if path.exists() and not path.resolve().is_file():
        return True
    return str(path.absolute()).startswith(("/dev/", "/proc/"))


def write_whole(path: str | Path, save: Callable[[IO[bytes]], Any]) -> Path:
    """Write a document made by a library (an .xlsx or .docx, a PDF): ``save`` writes it
    into memory, then the bytes go to ``path`` through :func:`output`. A library writing
    a zip straight to a full disk fails part-way and leaves its half-closed archive to
    complain again when collected; in memory it cannot."""
    buffer = io.BytesIO()
    save(buffer)
    with output(path, "wb") as fh:
        fh.write(buffer.getbuffer())
    return Path(path)


def write_xlsx(
    path: str | Path,
    sheet: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    bold_rows: set[int] | frozenset[int] = frozenset(),
    title: str | None = None,
    notes: Sequence[str] = (),
) -> Path:
    """One sheet: an optional title line, the header (bold, frozen), the rows (those in
    ``bold_rows`` bold, e.g. subtotals and the total), then the notes. The file appears
    only when complete."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31] or "Sheet")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    first = 3 if title else 1
    ws.freeze_panes = f"B{first + 1}"
    for i, col in enumerate(columns, start=1):
        width = col.width or max(10, min(40, len(col.title) + 2))
        ws.column_dimensions[get_column_letter(i)].width = width
    if title:
        cell = text_cell(ws, title)
        cell.font = Font(bold=True, size=13)
        ws.append([cell])
        ws.append([])
    head = []
    for col in columns:
        cell = text_cell(ws, col.title)
        cell.font = bold
        cell.alignment = wrap
        head.append(cell)
    ws.append(head)
    for r, values in enumerate(rows):
        out = []
        for col, value in zip(columns, values, strict=True):
            if isinstance(value, float) and value != value:
                value = None
            cell = text_cell(ws, value)
            if value is not None and col.kind != "text":
                cell.number_format = FORMATS[col.kind]
            if r in bold_rows:
                cell.font = bold
            out.append(cell)
        ws.append(out)
    if notes:
        ws.append([])
        for note in notes:
            ws.append([text_cell(ws, note)])
    return write_whole(path, wb.save)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run (OWASP's CSV-injection rule): text that
    starts with ``= + - @``, a tab or a carriage return gets a leading ``'``, so that
    ``=HYPERLINK(…)`` or ``-1+1`` in a client's name stays text. Numbers are not text:
    a negative amount stays a number. None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class CsvWriter:
    """``csv.writer`` whose every cell goes through :func:`safe_cell`: the one way
    Fieldbook writes CSV (the window's export and the command line alike)."""

    def __init__(self, fh: Any, lineterminator: str = "\r\n") -> None:
        self._writer = csv.writer(fh, lineterminator=lineterminator)

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([safe_cell(v) for v in row])


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """UTF-8 with a BOM (so that Excel reads the Cyrillic), comma-separated."""
    path = Path(path)
    with output(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = CsvWriter(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
    return path
