"""Reading a table's rows into field values, with the row-level rules: each cell parsed
once per distinct value, text checked against its column's length on both engines,
formula errors and missing required fields reported with the Excel row and column."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from core.importing import values as v
from core.importing.fields import Kind
from core.importing.report import (
    ImportRejected,
    ImportReport,
    Parsed,
    Progress,
    RowError,
)
from core.importing.table import Table
from core.messages import Text
from core.messages import message as said

MEMO_LIMIT = 100_000


# --- parsing -----------------------------------------------------------------------------


# where each kind's fields land: its own table first, then the accounts it matches
_KIND_TABLES = {
    "clients": ("account",),
    "sales": ("sale_line", "product", "account"),
    "contacts": ("contact", "account"),
    "competitors": ("competitor_presence", "account"),
    "receivables": ("receivable", "account"),
    "deliveries": ("delivery", "account"),
    "surveys": ("survey_answer", "contact", "account"),
    "plans": ("sales_plan",),
    "regions": ("region_universe",),
    "costs": ("channel_cost",),
}


_NAMES = {
    "account_name": ("account", "name"),
    "product_name": ("product", "name"),
    "contact_name": ("contact", "name"),
}


def text_limit(kind: str, key: str) -> int | None:
    """The most characters the database column of field ``key`` holds (None: no limit).
    PostgreSQL refuses a longer value, SQLite would keep it: the import checks it on
    both engines, so that a file that imports on a laptop imports on the server."""
    from storage.models import Base

    if key in _NAMES:
        table, column_name = _NAMES[key]
        return getattr(Base.metadata.tables[table].columns[column_name].type, "length", None)
    for name in _KIND_TABLES.get(kind, ()):
        column = Base.metadata.tables[name].columns.get(key)
        if column is not None:
            return getattr(column.type, "length", None)
    return None


def _limited(parse: Callable[[Any], Any], limit: int) -> Callable[[Any], Any]:
    def checked(raw: Any) -> Any:
        value = parse(raw)
        if isinstance(value, str) and len(value) > limit:
            raise v.ValueProblem(
                Text(
                    "text_too_long",
                    "the text is {length:,} characters long; this field holds at most {limit:,}",
                    length=len(value),
                    limit=limit,
                )
            )
        return value

    return checked


def _attribute_limit() -> int:
    from storage.models import Base

    length = Base.metadata.tables["csi_rating"].columns["attribute"].type.length  # type: ignore[attr-defined]
    return int(length)


class Parser:
    def __init__(self, table: Table, kind: Kind, mapping: dict[int, str], report: ImportReport):
        self.table = table
        self.kind = kind
        self.report = report
        self.columns: list[tuple[int, str, Callable[[Any], Any], str]] = []
        self.csi_columns: list[tuple[int, str]] = []
        for j, key in sorted(mapping.items()):
            f = kind.field(key)
            header = table.headers[j] if j < len(table.headers) else ""
            if f.multi:
                # the column's header is the rated attribute's name, kept with each rating
                most = _attribute_limit()
                if len(header) > most:
                    raise ImportRejected(
                        Text(
                            "header_too_long",
                            "The header of column {column} is {length:,} characters long; "
                            "a rated attribute's name holds at most {limit:,}: shorten it.",
                            column=table.sheet.column_letter(j),
                            length=len(header),
                            limit=most,
                        )
                    )
                self.csi_columns.append((j, header))
            else:
                parse = f.parse
                if table.sheet.date1904 and parse is v.date_value:
                    parse = v.date_1904  # serial numbers count from 1904-01-01
                limit = text_limit(kind.key, key)
                if limit is not None:
                    parse = _limited(parse, limit)
                self.columns.append((j, key, parse, header))
        self._missing_words: dict[tuple[str, ...], tuple[str, Text]] = {}
        self.header_of = {key: h for _, key, _, h in self.columns}
        self.col_of = {key: j for j, key, _, _ in self.columns}

    def where(self, j: int) -> str:
        header = self.table.headers[j] if j < len(self.table.headers) else ""
        letter = self.table.sheet.column_letter(j)
        return f"{letter} ({header})" if header else letter

    def rows(
        self, progress: Progress, start: int, span: int, release: bool = False
    ) -> Iterator[Parsed]:
        """The parsed rows; ``release``: the sheet lets go of each row once read."""
        sheet_errors = self.table.sheet.errors
        row_problems = self.table.sheet.row_problems
        total = max(1, len(self.table.sheet.rows) - self.table.header_index)
        # Cells repeat (client names, INNs, dates, groups): each distinct value of a
        # column is parsed once.
        plan: list[tuple[int, str, Callable[[Any], Any], dict[Any, Any]]] = [
            (j, key, parse, {}) for j, key, parse, _header in self.columns
        ]
        for n, (row_no, cells) in enumerate(self.table.data_rows(release)):
            if n % 2000 == 0:
                progress(start + span * (row_no - self.table.header_index) // total, "reading rows")
            self.report.rows_read += 1
            values: dict[str, Any] = {}
            problems: list[RowError] = []
            if row_problems and row_no - 1 in row_problems:
                shown, message = row_problems[row_no - 1]
                self.reject(row_no, cells, [RowError(row_no, "—", shown, message)])
                continue
            for j, key, parse, memo in plan:
                raw = cells[j]
                if raw is None or raw == "":
                    if sheet_errors and (row_no - 1, j) in sheet_errors:
                        problems.append(
                            RowError(
                                row_no,
                                self.where(j),
                                sheet_errors[(row_no - 1, j)],
                                f"the cell holds the formula error {sheet_errors[(row_no - 1, j)]}",
                            )
                        )
                    continue
                try:
                    value = memo[raw]
                except (KeyError, TypeError) as miss:  # TypeError: an unhashable cell value
                    try:
                        value = parse(raw)
                    except v.ValueDoubt as doubt:  # kept, with a warning; never memoised
                        value = doubt.value
                        self.report.warnings.append(
                            RowError(row_no, self.where(j), cell_text(raw), said(doubt))
                        )
                    except v.ValueProblem as exc:
                        problems.append(RowError(row_no, self.where(j), cell_text(raw), said(exc)))
                        continue
                    else:
                        if isinstance(miss, KeyError) and len(memo) < MEMO_LIMIT:
                            memo[raw] = value
                if value is not None:
                    values[key] = value
            csi: list[tuple[str, int]] = []
            for j, header in self.csi_columns:
                try:
                    rating = v.rating(cells[j])
                except v.ValueProblem as exc:
                    problems.append(RowError(row_no, self.where(j), cell_text(cells[j]), said(exc)))
                    continue
                if rating is not None:
                    csi.append((header, rating))
            if not problems:
                problems = self._required(row_no, values, csi)
            if problems:
                self.reject(row_no, cells, problems)
                continue
            yield Parsed(row_no, cells, values, csi)

    def _required(self, row_no: int, values: dict[str, Any], csi: list[Any]) -> list[RowError]:
        for group in self.kind.required:
            for k in group:
                if k in values:
                    break
            else:
                if "csi" in group and csi:
                    continue
                return self._missing(row_no, group)
        return []

    def _missing(self, row_no: int, group: tuple[str, ...]) -> list[RowError]:
        words = self._missing_words.get(group)
        if words is None:  # the same column and words for every row missing this group
            words = self._missing_words[group] = self._missing_text(group)
        return [RowError(row_no, words[0], "", words[1])]

    def _missing_text(self, group: tuple[str, ...]) -> tuple[str, Text]:
        mapped = [k for k in group if k in self.col_of]
        names = [self.header_of[k] or self.kind.field(k).label for k in mapped]
        column = self.where(self.col_of[mapped[0]]) if mapped else ""
        verb = "is" if len(names) == 1 else "are"
        if group == ("account_name", "inn", "code"):
            message = Text(
                "no_client", "no client: {names} " + verb + " empty", names=", ".join(names)
            )
        else:
            message = Text("empty", "{names} " + verb + " empty", names=" / ".join(names))
        return column, message

    def reject(self, row_no: int, cells: list[Any], problems: list[RowError]) -> None:
        self.report.errors.extend(problems)
        self.report.skipped += 1
        one = len(problems) == 1  # a plain str, as the join makes
        words = str(problems[0].message) if one else "; ".join(p.message for p in problems)
        self.report.error_rows.append((row_no, cells, words))

    def column(self, key: str) -> str:
        return self.where(self.col_of[key]) if key in self.col_of else ""


def cell_text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "" if raw is None else str(raw)
