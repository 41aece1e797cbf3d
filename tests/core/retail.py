"""The real wholesaler's workbook read plainly with python-calamine, independently of
the importer: the reference the real-data tests compare with (they skip without it)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

FULL = (
    Path(__file__).resolve().parents[2].parent
    / "shared" / "data" / "online_retail" / "online_retail_full.xlsx"
)  # fmt: skip


def read_lines() -> list[tuple[str, date, str, str, int]]:
    """(customer, day, invoice, stock code, amount in kopecks) of every line with a
    customer; quantity × unit price, rounded to the kopeck."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(FULL)).get_sheet_by_index(0).to_python()
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    lines = []
    for r in body:
        customer = r[col["CustomerID"]]
        if customer in (None, ""):
            continue
        when = r[col["InvoiceDate"]]
        day = when.date() if isinstance(when, datetime) else when
        amount = round(r[col["Quantity"]] * r[col["UnitPrice"]] * 100)
        lines.append((str(int(customer)), day, str(r[col["InvoiceNo"]]),
                      str(r[col["StockCode"]]), amount))  # fmt: skip
    return lines
