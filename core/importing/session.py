"""One import as the wizard and the command line drive it: open a file, find its table,
guess the kind and the column mapping (or take the one the user corrected last time),
let the user change them, run a dry run or the import, save the rejected rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

from core.collector import no_full_collection
from core.database import Database, engine_of
from core.importing.engine import run_import
from core.importing.fields import (
    KIND_BY_KEY,
    Kind,
    guess_kind,
    guess_mapping,
    header_signature,
    missing_required,
)
from core.importing.ids import new_ids
from core.importing.readers import FileRejected, Workbook, open_workbook
from core.importing.report import ImportRejected, ImportReport, Progress
from core.importing.table import Table, find_table
from core.messages import Text
from storage.bulk import adapt_datetime
from storage.db import writing

PREVIEW_ROWS = 20


class ImportSession:
    def __init__(self, path: str | Path, sheet: str | None = None, kind: str | None = None):
        self.path = Path(path)
        with no_full_collection():  # millions of cells: core.collector
            self.book: Workbook = open_workbook(self.path)
        self.table: Table
        self.kind: Kind
        self.mapping: dict[int, str] = {}
        self.mapping_source = "guessed"  # or "remembered"
        self._forced_kind = kind
        self._spent = False  # run once with its rows let go of
        if kind is not None and kind not in KIND_BY_KEY:
            raise FileRejected(
                Text(
                    "not_kind",
                    "«{kind}» is not a kind of file ({kinds}).",
                    kind=kind,
                    kinds=", ".join(KIND_BY_KEY),
                )
            )
        with no_full_collection():
            self.select_sheet(sheet)

    # -- choosing ----------------------------------------------------------------------
    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheet_names)

    def select_sheet(self, name: str | None) -> None:
        if name is not None and name not in self.book.sheet_names:
            raise FileRejected(
                Text(
                    "no_sheet_of",
                    "The file has no sheet «{name}»; its sheets: {sheets}.",
                    name=name,
                    sheets=", ".join(self.book.sheet_names),
                )
            )
        table = find_table(self.book, name)
        if table is None:
            if all(_sheet_empty(self.book, s) for s in ([name] if name else self.book.sheet_names)):
                raise FileRejected(
                    Text("empty_sheets", "The file is empty: no sheet holds any data.")
                )
            where = f"sheet «{name}»" if name else "any sheet"
            raise FileRejected(
                Text(
                    "no_header",
                    "No header row with recognisable columns was found in {where} "
                    "(for example «Контрагент», «ИНН», «Дата», «Сумма»).",
                    where=where,
                )
            )
        self.table = table
        kind = KIND_BY_KEY[self._forced_kind] if self._forced_kind else guess_kind(table.headers)
        if kind is None:
            kind = KIND_BY_KEY["clients"]
        self.set_kind(kind.key)

    def set_header_row(self, row: int) -> None:
        """Use Excel row ``row`` as the header (the user's correction of the guess)."""
        sheet = self.table.sheet
        if not 1 <= row <= len(sheet.rows):
            raise ValueError(row)
        headers = [("" if c is None else str(c).strip()) for c in sheet.rows[row - 1]]
        while headers and not headers[-1]:
            headers.pop()
        self.table = Table(sheet, row - 1, headers)
        self.set_kind(self.kind.key)

    def set_kind(self, key: str) -> None:
        self.kind = KIND_BY_KEY[key]
        self.mapping = guess_mapping(self.kind, self.table.headers)
        self.mapping_source = "guessed"

    def set_column(self, column: int, field_key: str | None) -> None:
        """Map ``column`` to ``field_key`` (None: ignore the column)."""
        if field_key is None:
            self.mapping.pop(column, None)
            return
        f = self.kind.field(field_key)
        if not f.multi:
            for j, key in list(self.mapping.items()):
                if key == field_key:
                    del self.mapping[j]
        self.mapping[column] = field_key

    def ignored_columns(self) -> list[str]:
        """The headers of the columns no field is mapped to, in file order: the user is
        told of each, never left to find a column dropped in silence."""
        return [
            str(header).strip()
            for j, header in enumerate(self.table.headers)
            if j not in self.mapping and header is not None and str(header).strip()
        ]

    def missing(self) -> list[str]:
        """Sentences naming the required fields no column is mapped to."""
        out = []
        for group in missing_required(self.kind, self.mapping):
            out.append(" or ".join(self.kind.field(k).label for k in group))
        return out

    # -- remembering the user's mapping -------------------------------------------------
    def signature(self) -> str:
        return header_signature(self.table.headers)

    def apply_remembered(self, engine: Engine | Database) -> bool:
        """Take the mapping the user saved for these headers, if any (kind included unless
        the kind was given)."""
        engine = engine_of(engine)
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT kind, mapping FROM import_mapping WHERE header_signature = :s "
                    "AND deleted_at IS NULL ORDER BY updated_at DESC"
                ),
                {"s": self.signature()},
            ).first()
        if row is None:
            return False
        kind, mapping = row
        if self._forced_kind and kind != self._forced_kind:
            return False
        if isinstance(mapping, str):
            mapping = json.loads(mapping)
        if kind not in KIND_BY_KEY:
            return False
        self.kind = KIND_BY_KEY[kind]
        keys = set(self.kind.keys)
        self.mapping = {
            int(j): key
            for j, key in mapping.items()
            if key in keys and int(j) < len(self.table.headers)
        }
        self.mapping_source = "remembered"
        return True

    def remember(self, engine: Engine | Database) -> None:
        """Save the current kind and mapping for files with the same headers."""
        engine = engine_of(engine)
        from datetime import UTC, datetime

        payload = json.dumps({str(j): k for j, k in sorted(self.mapping.items())})
        with writing(engine) as conn:
            stamp = adapt_datetime(conn, datetime.now(UTC))
            sig = self.signature()
            conn.execute(text("DELETE FROM import_mapping WHERE header_signature = :s"), {"s": sig})
            conn.execute(
                text(
                    "INSERT INTO import_mapping (id, created_at, updated_at, kind, "
                    "header_signature, mapping) VALUES (:id, :t, :t, :k, :s, :m)"
                ),
                {"id": new_ids(1)[0], "t": stamp, "k": self.kind.key, "s": sig, "m": payload},
            )

    # -- looking and running ------------------------------------------------------------
    def preview(self, n: int = PREVIEW_ROWS) -> list[tuple[int, list[Any]]]:
        out = []
        for row in self.table.data_rows():
            out.append(row)
            if len(out) >= n:
                break
        return out

    def run(
        self,
        engine: Engine | Database,
        *,
        dry_run: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
        prepare_cache: bool = True,
        once: bool = False,
    ) -> ImportReport:
        """Import (or a dry run). ``prepare_cache``: make the analytics' line cache after
        new sales (the command line; the window leaves it to its analysis process, where
        reading a million lines into pandas holds no thread of the window). ``once``: the
        session is not run again (the command line): the sheet's rows are let go of as
        they are read, and the session cannot run again."""
        if self._spent:
            raise RuntimeError("this import session let go of its rows: open the file again")
        self._spent = once
        engine = engine_of(engine)
        missing = self.missing()
        if missing:
            raise ImportRejected(
                Text(
                    "unmapped",
                    "No column is mapped to {fields} (needed for {kind}).",
                    fields="; ".join(missing),
                    kind=self.kind.key,
                )
            )
        report = ImportReport(
            file=str(self.path),
            kind=self.kind.key,
            sheet=self.table.sheet.name if self.book.kind != "csv" else "",
            header_row=self.table.header_row,
            mapping={
                self.table.headers[j] or self.table.sheet.column_letter(j): key
                for j, key in sorted(self.mapping.items())
            },
            dry_run=dry_run,
            headers=list(self.table.headers),
            ignored_columns=self.ignored_columns(),
        )
        with no_full_collection():
            return run_import(
                engine,
                self.table,
                self.kind,
                self.mapping,
                report,
                dry_run=dry_run,
                strict=strict,
                progress=progress,
                prepare_cache=prepare_cache,
                release_rows=once,
            )


def _sheet_empty(book: Workbook, name: str) -> bool:
    sheet = book.sheet(name)
    return not any(
        any(not (c is None or (isinstance(c, str) and not c.strip())) for c in row)
        for row in sheet.rows
    )


def save_error_rows(report: ImportReport, path: str | Path) -> Path:
    """Write the skipped rows with the original columns plus "Row" and "Error" as .xlsx,
    ready to be fixed and imported again. Text that Excel would take for a formula
    (starting with =, +, - or @) is stored as text."""
    from openpyxl import Workbook as XlsxWorkbook
    from openpyxl.styles import Font

    from core.export import text_cell, write_whole

    path = Path(path)
    wb = XlsxWorkbook(write_only=True)
    ws = wb.create_sheet("Errors")
    ws.freeze_panes = "A2"
    headers = [h or f"Column {i + 1}" for i, h in enumerate(report.headers)]
    bold = Font(bold=True)
    head = []
    for title in [*headers, "Error", "Row"]:
        cell = text_cell(ws, title)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    width = len(headers)
    for row_no, cells, message in report.error_rows:
        values = list(cells[:width]) + [None] * max(0, width - len(cells))
        ws.append([text_cell(ws, _safe(value)) for value in [*values, message, row_no]])
    return write_whole(path, wb.save)


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value == "":
        return None
    return value
