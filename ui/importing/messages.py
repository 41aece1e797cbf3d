"""The importer's sentences (written in English by ``core``) in the user's language.

``core`` has no Qt, so its messages are matched here by pattern; the parts in
«guillemets», numbers and names are carried over. A sentence with no pattern is shown
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _patterns() -> list[tuple[re.Pattern[str], Callable[[], str]]]:
    rows: list[tuple[str, Callable[[], str]]] = [
        (
            r"the cell holds the formula error (.+)",
            lambda: QCoreApplication.translate(
                "ImportMessages", "the cell holds the formula error %1"
            ),
        ),
        (
            r"«(.*)» is not a number",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is not a number"),
        ),
        (
            r"the cell holds no finite number",
            lambda: QCoreApplication.translate("ImportMessages", "the cell holds no finite number"),
        ),
        (
            r"«(.*)» is not a whole number",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is not a whole number"),
        ),
        (
            r"«(.*)» is not a share between 0 and 100%",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a share between 0 and 100%"
            ),
        ),
        (
            r"«(.*)» is not a real date",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is not a real date"),
        ),
        (
            r"«(.*)» is not a date \(expected dd\.mm\.yyyy or yyyy-mm-dd\)",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)"
            ),
        ),
        (
            r"«(.*)» is not a date",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is not a date"),
        ),
        (
            r"«(.*)» is not a month",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is not a month"),
        ),
        (
            r"«(.*)» is not an INN.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not an INN (10 or 12 digits)"
            ),
        ),
        (
            r"INN (\d+) fails its checksum",
            lambda: QCoreApplication.translate("ImportMessages", "INN %1 fails its checksum"),
        ),
        (
            r"«(.*)» is not a KPP.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a KPP (9 characters)"
            ),
        ),
        (
            r"«(.*)» is not one of the 12 markets",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not one of the 12 markets"
            ),
        ),
        (
            r"«(.*)» is not a business size.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a business size (large, medium, small)"
            ),
        ),
        (
            r"«(.*)» is not a status.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a status (client or prospect)"
            ),
        ),
        (
            r"«(.*)» is not a buying role.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a buying role (economic, technical, user, coach)"
            ),
        ),
        (
            r"«(.*)» is neither yes nor no",
            lambda: QCoreApplication.translate("ImportMessages", "«%1» is neither yes nor no"),
        ),
        (
            r"«(.*)» is not an NPS score.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not an NPS score from 0 to 10"
            ),
        ),
        (
            r"«(.*)» is not a rating.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "«%1» is not a rating from 1 to 5"
            ),
        ),
        (
            r"no client: (.*) (?:is|are) empty",
            lambda: QCoreApplication.translate("ImportMessages", "no client: %1 empty"),
        ),
        (
            r"(.*) (?:is|are) empty",
            lambda: QCoreApplication.translate("ImportMessages", "empty: %1"),
        ),
        (
            r"a new client needs a name",
            lambda: QCoreApplication.translate("ImportMessages", "a new client needs a name"),
        ),
        (
            r"no amount, and no price × quantity",
            lambda: QCoreApplication.translate(
                "ImportMessages", "no amount, and no price × quantity"
            ),
        ),
        (
            r"the same client as row (\d+) .*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "the same client as row %1 with other values; row %1 was kept"
            ),
        ),
        (
            r"the same record as row (\d+).*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "the same record as row %1; it was kept"
            ),
        ),
        (
            r"The file (.*) does not exist\.",
            lambda: QCoreApplication.translate("ImportMessages", "The file %1 does not exist."),
        ),
        (
            r"The file is empty.*",
            lambda: QCoreApplication.translate("ImportMessages", "The file is empty."),
        ),
        (
            r"The file is not a spreadsheet, although its name ends in (.*)\.",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file is not a spreadsheet, although its name ends in %1."
            ),
        ),
        (
            r"The file is neither a spreadsheet nor a text table.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file is neither a spreadsheet nor a text table (CSV)."
            ),
        ),
        (
            r"The file is damaged or incomplete.*",
            lambda: QCoreApplication.translate(
                "ImportMessages",
                "The file is damaged or incomplete (it may not have finished downloading).",
            ),
        ),
        (
            r"The file is damaged and cannot be read \((.*)\)\.",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file is damaged and cannot be read (%1)."
            ),
        ),
        (
            r"The file is protected by a password.*",
            lambda: QCoreApplication.translate(
                "ImportMessages",
                "The file is protected by a password; open it in Excel, remove the password "
                "(File → Info → Protect Workbook) and save it again.",
            ),
        ),
        (
            r"The file contains XML entity declarations.*",
            lambda: QCoreApplication.translate(
                "ImportMessages",
                "The file contains XML entity declarations, which spreadsheets never need; "
                "it was refused as unsafe.",
            ),
        ),
        (
            r"Part (.*) of the file .*zip bomb\.",
            lambda: QCoreApplication.translate(
                "ImportMessages",
                "Part %1 of the file is compressed far more than real spreadsheets are; "
                "it was refused as a possible zip bomb.",
            ),
        ),
        (
            r"(?:Sheet «(.*)»|A sheet) .*(?:Excel itself allows|Excel's own limits).*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "Sheet «%1» is larger than Excel itself allows; it was not read."
            ),
        ),
        (
            r"Sheet «(.*)» is too large to import.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "Sheet «%1» is too large to import."
            ),
        ),
        (
            r"The file is a Word document, not a spreadsheet\.",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file is a Word document, not a spreadsheet."
            ),
        ),
        (
            r"The file is a zip archive, not a spreadsheet\.",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file is a zip archive, not a spreadsheet."
            ),
        ),
        (
            r"The workbook has no worksheets\.",
            lambda: QCoreApplication.translate("ImportMessages", "The workbook has no worksheets."),
        ),
        (
            r"The file's text encoding is not.*",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The file's text encoding is not UTF-8, UTF-16 or cp1251."
            ),
        ),
        (
            r"No header row with recognisable columns was found in .*",
            lambda: QCoreApplication.translate(
                "ImportMessages",
                "No header row with recognisable columns was found (for example «Контрагент», "
                "«ИНН», «Дата», «Сумма»).",
            ),
        ),
        (
            r"The table has a header but no data rows\.",
            lambda: QCoreApplication.translate(
                "ImportMessages", "The table has a header but no data rows."
            ),
        ),
        (
            r"No column is mapped to (.*) \(needed for .*\)\.",
            lambda: QCoreApplication.translate("ImportMessages", "No column is chosen for: %1."),
        ),
    ]
    return [(re.compile(f"^{p}$", re.S), make) for p, make in rows]


_COMPILED: list[tuple[re.Pattern[str], Callable[[], str]]] | None = None


def translate_message(message: str) -> str:
    """``message`` in the current language, its «quoted» parts and numbers kept."""
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = _patterns()
    for pattern, make in _COMPILED:
        m = pattern.match(message.strip())
        if m:
            value = next((g for g in m.groups() if g), "") if m.groups() else ""
            return make().replace("%1", value).strip()
    return message
