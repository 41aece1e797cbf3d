"""The card's discounts against the policy (METHODS.md §11): the account's discount month
by month beside what its BCG strategy allows, and the lines that went above it, the
largest excess first. Read off the GUI thread when the analysis (its strategy) is known."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import day, money, percent
from ui.ops import Executor

SHOWN_LINES = 100  # the largest excesses; the rest are counted


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setMinimumHeight(220)
    return table


def _cell(text: str, number: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _account_discounts(db: Any, *args: Any) -> Any:
    """On the database thread: the analysis service (pandas with it) is loaded there,
    not on the GUI thread when the first card opens (0.4 s)."""
    from core.analytics.service import account_discounts

    return account_discounts(db, *args)


class DiscountsBox(QGroupBox):
    shown = Signal()  # filled (tests wait for it)

    def __init__(self, ops: Executor, account_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Discounts against the policy"))
        self.ops, self.account_id = ops, account_id
        self.history: Any = None
        self.summary = QLabel(self.tr("computing…"), self)
        self.summary.setWordWrap(True)
        self.months = _table(
            self,
            [self.tr("Month"), self.tr("List amount"), self.tr("Discount"),
             self.tr("% of list"), self.tr("Excess, ₽")],
        )  # fmt: skip
        self.lines = _table(
            self,
            [self.tr("Date"), self.tr("Document"), self.tr("SKU"), self.tr("Amount"),
             self.tr("Discount"), self.tr("Allowed"), self.tr("Excess, ₽")],
        )  # fmt: skip
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("By month"), self))
        left.addWidget(self.months)
        right = QVBoxLayout()
        self.lines_title = QLabel(self.tr("Lines above the policy"), self)
        right.addWidget(self.lines_title)
        right.addWidget(self.lines)
        tables = QHBoxLayout()
        tables.addLayout(left, 2)
        tables.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tables)

    def load(self, strategy: str | None, as_of: date, months: int = 12) -> None:
        """Read the account's discounts of the window to ``as_of``."""
        self.ops.submit(
            _account_discounts, self.account_id, strategy, as_of, months,
            key=("discounts", self.account_id), done=self._show, owner=self,
        )  # fmt: skip

    def _show(self, history: Any) -> None:
        self.history = history
        h = history
        excess = sum(m["excess"] for m in h.months)
        listed = sum(m["list"] for m in h.months)
        given = sum(m["discount"] for m in h.months)
        if not h.lines:
            self.summary.setText(
                self.tr(
                    "No discount data in the sales of the window (no discount, list "
                    "price or discount % column was imported)."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "The policy allows %1 for this account; it was given %2 of the list "
                    "price on average, %3 of %4 lines above the policy, %5 ₽ of excess "
                    "discount."
                )
                .replace(
                    "%1",
                    percent(h.allowed, 1)
                    + (self.tr(" (more for a larger deal)") if h.tiers else ""),
                )
                .replace("%2", percent(given / listed if listed else None, 1))
                .replace("%3", str(len(h.above)))
                .replace("%4", str(h.lines))
                .replace("%5", money(excess))
            )
        locale = QLocale()

        def short(month: int) -> str:
            return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)

        self.months.setRowCount(len(h.months))
        for r, m in enumerate(h.months):
            cells = [
                _cell(f"{short(m['month'].month)} {m['month'].year}", number=False),
                _cell(money(m["list"])),
                _cell(money(m["discount"])),
                _cell(percent(m["rate"], 1) if m["rate"] is not None else ""),
                _cell(money(m["excess"])),
            ]
            if m["excess"] > 0.5:  # some line above what the policy allowed it
                cells[3].setForeground(Qt.GlobalColor.darkRed)
            for c, cell in enumerate(cells):
                self.months.setItem(r, c, cell)
        shown = h.above[:SHOWN_LINES]
        self.lines_title.setText(
            self.tr("Lines above the policy: %1").replace("%1", str(len(h.above)))
            if len(h.above) <= SHOWN_LINES
            else self.tr("Lines above the policy: %1, the %2 largest shown")
            .replace("%1", str(len(h.above)))
            .replace("%2", str(SHOWN_LINES))
        )
        self.lines.setRowCount(len(shown))
        for r, line in enumerate(shown):
            cells = [
                _cell(day(line["date"]), number=False),
                _cell(line["doc_no"] or "", number=False),
                _cell(str(line["sku"] or ""), number=False),
                _cell(money(line["amount"])),
                _cell(percent(line["rate"], 1)),
                _cell(percent(line["allowed"], 1)),
                _cell(money(line["excess"])),
            ]
            for c, cell in enumerate(cells):
                self.lines.setItem(r, c, cell)
        for table in (self.months, self.lines):
            table.resizeColumnsToContents()
        self.shown.emit()
