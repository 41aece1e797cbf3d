"""The Proposals screen: every ABCD proposal of every account, newest first; Enter or a
double click opens it in its account's card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.selling import proposal_docs as docs
from ui.formatting import day, moment, money
from ui.ops import Executor
from ui.widgets import look

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProposalsScreen(QWidget):
    open_proposal = Signal(str, str)  # account id, proposal id

    def __init__(self, ops: Executor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[dict[str, Any]] = []
        title = QLabel(self.tr("Proposals"), self)
        look(title, "screenTitle")
        self.count = QLabel(self)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Client"),
                self.tr("Date"),
                self.tr("Total with VAT, ₽"),
                self.tr("Revision"),
                self.tr("Status"),
                self.tr("Manager"),
                self.tr("Last export"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self._open,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.empty = QLabel(
            self.tr("No proposals yet. Open an account and build one on its Proposal tab."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count)
        layout.addWidget(self.empty, 1)  # the empty state takes the space the table would
        layout.addWidget(self.table, 1)
        ops.hub.changed.connect(self._data_changed)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {ch.PROPOSALS, ch.ACCOUNTS} and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self.ops.submit(docs.list_proposals, key="all-proposals", done=self._show, owner=self)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        statuses = {"draft": self.tr("draft"), "sent": self.tr("sent")}
        for r, p in enumerate(self.rows):
            made = p["created_at"].astimezone().date() if p["created_at"] else None
            exported = moment(p["exported_at"]) or "—"
            cells = (
                str(p["number"]),
                str(p["client"]),
                day(made),
                money(p["total_kop"], 2),
                str(p["revision"]) if p["revision"] else "—",
                statuses.get(p["status"], p["status"]),
                str(p["manager"]),
                exported,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("%1 proposals").replace("%1", str(len(self.rows))))
        self.empty.setVisible(not self.rows)
        self.count.setVisible(bool(self.rows))  # not «0 proposals» above «no proposals yet»
        self.table.setVisible(bool(self.rows))

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            p = self.rows[row]
            self.open_proposal.emit(str(p["account_id"]), str(p["id"]))
