"""Importing Excel and CSV files: clients, sales and the other kinds of METHODS.md §1.

The names below load their modules on first use, so that ``KINDS`` (needed by the
command line's parser) costs no import of the reading and writing machinery.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

KINDS = (
    "clients",
    "sales",
    "contacts",
    "competitors",
    "receivables",
    "deliveries",
    "surveys",
    "plans",
    "regions",
    "costs",
)

_WHERE = {
    "ImportRejected": "core.importing.report",
    "ImportReport": "core.importing.report",
    "RowError": "core.importing.report",
    "KIND_BY_KEY": "core.importing.fields",
    "FileRejected": "core.importing.readers",
    "ImportSession": "core.importing.session",
    "save_error_rows": "core.importing.session",
}

__all__ = ["KINDS", *_WHERE]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(name)
