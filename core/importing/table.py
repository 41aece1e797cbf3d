"""Finding the table inside a sheet: the header row under any title block, the data rows
under it without blank rows and the total row at the end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from core.importing.fields import header_score
from core.importing.readers import Sheet, Workbook

HEADER_SEARCH_ROWS = 40
MIN_HEADER_SCORE = 2

_TOTAL = re.compile(
    r"^(итого|всего|итог|total|grand total|totals)(\s*:.*|\s+(по|for|of)\b.*)?$", re.IGNORECASE
)


_GONE: list[Any] = []  # a row the sheet let go of (one object for all of them)


@dataclass
class Table:
    sheet: Sheet
    header_index: int  # index into sheet.rows
    headers: list[str]

    @property
    def header_row(self) -> int:
        """The header's row number as Excel shows it."""
        return self.header_index + 1

    def data_rows(self, release: bool = False) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, cells) of every data row: blank and total rows left out.
        ``release``: each row is let go of by the sheet once read (an import that reads
        the sheet once holds no more of it than the rows it keeps: a 541,909-line
        workbook's cells are a few hundred MB)."""
        width = len(self.headers)
        rows = self.sheet.rows
        for index in range(self.header_index + 1, len(rows)):
            cells = rows[index]
            if release:
                rows[index] = _GONE
            if len(cells) < width:
                cells = cells + [None] * (width - len(cells))
            if is_blank_row(cells) or is_total_row(cells):
                continue
            yield index + 1, cells

        if release:
            rows.clear()

    def count_rows(self) -> int:
        return sum(1 for _ in self.data_rows())


def is_blank_row(cells: list[Any]) -> bool:
    for c in cells:
        if c is None or c == "":
            continue
        if isinstance(c, str) and not c.strip():
            continue
        return False
    return True


_TOTAL_FIRST = frozenset("ИиВвTtGg")


def is_total_row(cells: list[Any]) -> bool:
    for c in cells:
        if type(c) is str and c:
            first = c[0] if c[0] != " " else c.lstrip()[:1]
            if first in _TOTAL_FIRST and _TOTAL.match(c.strip()):
                return True
    return False


def _header_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def find_header(sheet: Sheet) -> Table | None:
    """The row among the first rows whose cells name the most fields (at least two)."""
    best_index, best_score = -1, MIN_HEADER_SCORE - 1
    for index, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        texts = [c for c in cells if isinstance(c, str) and c.strip()]
        if len(texts) < MIN_HEADER_SCORE:
            continue
        score = header_score(cells)
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        best_index = _single_known_header(sheet)
    if best_index < 0:
        return None
    headers = [_header_text(c) for c in sheet.rows[best_index]]
    while headers and not headers[-1]:
        headers.pop()
    return Table(sheet, best_index, headers)


def _single_known_header(sheet: Sheet) -> int:
    """A first row of text cells only, one of which names a field (``INN, cl_name``)."""
    for index, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        if is_blank_row(cells):
            continue
        texts = [c for c in cells if isinstance(c, str) and c.strip()]
        filled = [c for c in cells if not (c is None or c == "")]
        if len(texts) >= 2 and len(texts) == len(filled) and header_score(cells) >= 1:
            return index
        return -1
    return -1


def find_table(book: Workbook, sheet_name: str | None = None) -> Table | None:
    """The table of ``sheet_name``, or of the first sheet with a recognised header."""
    names = [sheet_name] if sheet_name else book.sheet_names
    for name in names:
        table = find_header(book.sheet(name))
        if table is not None:
            return table
    return None
