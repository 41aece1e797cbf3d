"""The plans grid: managers down, the twelve months across (by name), the revenue plan
(₽) and the new-clients plan on two tabs, with a total per manager and per month. A
cell saves when it is edited; Close (or Esc) closes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.importing.values import ValueProblem
from core.importing.values import number as parse_number
from core.kpi.plans import PlanError, plan_grid, set_plan
from ui.formatting import number
from ui.ops import Executor


class PlansDialog(QDialog):
    changed = Signal()

    def __init__(
        self, ops: Executor, managers: list[str], year: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops = ops
        self.managers = list(managers)
        self.setWindowTitle(self.tr("Sales plans"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        add = QPushButton(self.tr("Add a &manager…"), self)
        add.clicked.connect(lambda: self.add_manager())
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #b00020;")
        self.tabs = QTabWidget(self)
        self.revenue = QTableWidget(self)
        self.clients = QTableWidget(self)
        self.tabs.addTab(self.revenue, self.tr("Revenue plan, ₽"))
        self.tabs.addTab(self.clients, self.tr("New clients plan"))
        for table in (self.revenue, self.clients):
            table.itemChanged.connect(self._edited)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self._loading = False
        self.reload()

    def reload(self) -> None:
        """Read the year's plans (shown when they arrive)."""
        self.ops.submit(plan_grid, self.year.value(), key="plan-grid", done=self._show, owner=self)

    def _show(self, grid: dict[str, dict[int, tuple[int | None, int | None]]]) -> None:
        names = sorted(set(self.managers) | set(grid), key=str.lower)
        self.managers = names
        locale = QLocale()
        months = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat)
                  for m in range(1, 13)]  # fmt: skip
        self._loading = True
        for table, part in ((self.revenue, 0), (self.clients, 1)):
            table.setRowCount(len(names) + 1)  # and the total
            table.setColumnCount(13)  # and the total
            table.setHorizontalHeaderLabels([*months, self.tr("Year")])
            table.setVerticalHeaderLabels([*names, self.tr("Total")])
            for r, name in enumerate(names):
                for m in range(1, 13):
                    value = grid.get(name, {}).get(m, (None, None))[part]
                    amount = None if value is None else value / 100 if part == 0 else value
                    table.setItem(r, m - 1, self._cell(amount))
            self._totals(table)
            table.resizeColumnsToContents()
        self._loading = False

    @staticmethod
    def _cell(value: float | None, total: bool = False) -> QTableWidgetItem:
        text = "" if value is None else number(float(value))
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if total:  # computed, not typed
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    @staticmethod
    def _value(item: QTableWidgetItem | None) -> float:
        if item is None:
            return 0.0
        try:  # the importer's number rule: «1 500 000», "1,500,000", «2,5»
            return parse_number(item.text()) or 0.0
        except ValueProblem:
            return 0.0

    def _totals(self, table: QTableWidget) -> None:
        """The year's total of each manager and the month's total of all of them."""
        was, self._loading = self._loading, True
        rows = len(self.managers)
        for r in range(rows):
            total = sum(self._value(table.item(r, c)) for c in range(12))
            table.setItem(r, 12, self._cell(total, total=True))
        for c in range(13):
            total = sum(self._value(table.item(r, c)) for r in range(rows))
            table.setItem(rows, c, self._cell(total, total=True))
        self._loading = was

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.row() >= len(self.managers) or item.column() >= 12:
            return
        table = item.tableWidget()
        manager = self.managers[item.row()]
        month = date(self.year.value(), item.column() + 1, 1)
        text = item.text()

        def refused(_exc: BaseException | None = None) -> None:
            self.status.setText(
                self.tr("«%1» is not a plan: a number, not negative.").replace("%1", text)
            )

        try:
            value = parse_number(text) or 0.0
            if value < 0 or (table is not self.revenue and value != int(value)):
                raise ValueProblem("not a plan")
        except ValueProblem:
            refused()
            return
        values = (
            {"revenue_kop": round(value * 100)}
            if table is self.revenue
            else {"new_clients": int(value)}
        )

        def saved(_result: object) -> None:
            self.status.clear()
            self._totals(table)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PlanError):
                refused(exc)
            else:
                from ui.messages import Messages

                self.status.setText(Messages(self).failure(exc))

        self.ops.submit(
            lambda db: set_plan(db, manager, month, **values),
            changes={ch.KPI_PLANS}, done=saved, failed=failed, owner=self,
        )  # fmt: skip

    def add_manager(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add a manager"), self.tr("Name:"))
            if not ok:
                return
        name = name.strip()
        if name and name not in self.managers:
            self.managers.append(name)
            self.reload()
