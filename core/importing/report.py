"""What an import reports: its counts, the rows it rejected and why, the warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[int, str], None]
ERRORS_IN_JSON = 1000


class ImportRejected(Exception):
    """The whole file is refused (``--strict`` with row errors, no usable columns…)."""


@dataclass
class RowError:
    row: int
    column: str
    value: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


@dataclass
class ImportReport:
    file: str
    kind: str
    sheet: str
    header_row: int
    mapping: dict[str, str] = field(default_factory=dict)  # column header → field key
    dry_run: bool = False
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0  # rows that changed nothing (the repeats below included)
    repeated: int = 0  # of those, rows repeating the client of an earlier row of the file
    skipped: int = 0
    accounts_created: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    # (Excel row, original cells, the row's problems) of every skipped row
    error_rows: list[tuple[int, list[Any], str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # not imported, in file order

    def to_json(self, limit: int = ERRORS_IN_JSON) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": self.mapping,
            "ignored_columns": self.ignored_columns,
            "dry_run": self.dry_run,
            "rows_read": self.rows_read,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "repeated": self.repeated,
            "skipped": self.skipped,
            "accounts_created": self.accounts_created,
            "error_count": len(self.errors),
            "errors": [e.to_json() for e in self.errors[:limit]],
            "warnings": [w.to_json() for w in self.warnings[:limit]],
            "duplicates": self.duplicates,
        }


@dataclass
class Parsed:
    row: int
    cells: list[Any]
    values: dict[str, Any]
    csi: list[tuple[str, int]] = field(default_factory=list)
