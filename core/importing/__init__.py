"""Importing Excel and CSV files: clients, sales and the other kinds of METHODS.md §1."""

from core.importing.engine import ImportRejected, ImportReport, RowError
from core.importing.fields import KIND_BY_KEY, KINDS
from core.importing.readers import FileRejected
from core.importing.session import ImportSession, save_error_rows

__all__ = [
    "KINDS",
    "KIND_BY_KEY",
    "FileRejected",
    "ImportRejected",
    "ImportReport",
    "ImportSession",
    "RowError",
    "save_error_rows",
]
