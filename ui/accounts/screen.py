"""The Accounts screen: a filter box over a sortable table of every account."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.accounts.service import AccountRow
from ui.accounts.model import AccountsModel
from ui.formatting import number
from ui.tables import read_only_table


class AccountsScreen(QWidget):
    open_account = Signal(str)
    back_to_analytics = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AccountsModel(language, self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(
            self.tr("Filter by name, INN, region, manager or label (abc:a, behaviour:lost)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.count_label = QLabel(self)
        self.table = read_only_table(self.model, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate((240, 95, 140, 140, 150, 115, 80, 70, 105)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self._open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        self.subset_label = QLabel(self)
        self.subset_label.setObjectName("drillDown")
        self.back_button = QPushButton(self.tr("← &Back to the table"), self)
        self.back_button.clicked.connect(self.back_to_analytics)
        self.all_button = QPushButton(self.tr("Show &all accounts"), self)
        self.all_button.clicked.connect(lambda: self.show_subset(None))
        drill = QHBoxLayout()
        drill.addWidget(self.subset_label, 1)
        drill.addWidget(self.back_button)
        drill.addWidget(self.all_button)
        self.drill_row = QWidget(self)
        self.drill_row.setLayout(drill)
        drill.setContentsMargins(0, 0, 0, 0)
        self.drill_row.setStyleSheet("QWidget#drillRow { background: #eaf1fa; }")
        self.drill_row.hide()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Accounts"), self)
        title.setObjectName("screenTitle")
        layout.addWidget(title)
        layout.addWidget(self.drill_row)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.model.set_rows(rows)
        self._update_count()

    def show_subset(self, ids: list[str] | None, what: str = "") -> None:
        """Only these accounts (a segment's drill-down), or every account again."""
        self.model.set_subset(ids)
        self.subset_label.setText(
            self.tr("Drill-down: %1 (%2 accounts)")
            .replace("%1", what)
            .replace("%2", number(len(ids)))
            if ids is not None
            else ""
        )
        self.drill_row.setVisible(ids is not None)
        self._update_count()

    def set_labels(self, labels: dict[str, dict[str, object]]) -> None:
        self.model.set_labels(labels)
        self._update_count()

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("%1 accounts").replace("%1", number(total)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 accounts")
                .replace("%1", number(shown))
                .replace("%2", number(total))
            )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_account.emit(self.model.account_id(index.row()))

    def _open_current(self) -> None:
        self._activated(self.table.currentIndex())
