"""The plans grid: managers down, the twelve months across, the revenue plan (₽) and the
new-clients plan on two tabs. A cell saves when it is edited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from core.kpi.plans import PlanError, plan_grid, set_plan
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.resize(1100, 520)
        self._loading = False
        self.reload()

    def reload(self) -> None:
        """Read the year's plans (shown when they arrive)."""
        self.ops.submit(plan_grid, self.year.value(), key="plan-grid", done=self._show, owner=self)

    def _show(self, grid: dict[str, dict[int, tuple[int | None, int | None]]]) -> None:
        names = sorted(set(self.managers) | set(grid), key=str.lower)
        self.managers = names
        months = [date(2000, m, 1).strftime("%m") for m in range(1, 13)]
        self._loading = True
        for table, part in ((self.revenue, 0), (self.clients, 1)):
            table.setRowCount(len(names))
            table.setColumnCount(12)
            table.setHorizontalHeaderLabels(months)
            table.setVerticalHeaderLabels(names)
            for r, name in enumerate(names):
                for m in range(1, 13):
                    value = grid.get(name, {}).get(m, (None, None))[part]
                    text = (
                        "" if value is None else (f"{value / 100:.0f}" if part == 0 else str(value))
                    )
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    table.setItem(r, m - 1, item)
            table.resizeColumnsToContents()
        self._loading = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        table = item.tableWidget()
        manager = self.managers[item.row()]
        month = date(self.year.value(), item.column() + 1, 1)
        raw = item.text().replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
        text = item.text()

        def refused(_exc: BaseException | None = None) -> None:
            self.status.setText(
                self.tr("«%1» is not a plan: a number, not negative.").replace("%1", text)
            )

        try:
            value = float(raw) if raw else 0.0
            if table is not self.revenue and value != int(value):
                raise ValueError(raw)
        except ValueError:
            refused()
            return
        values = (
            {"revenue_kop": round(value * 100)}
            if table is self.revenue
            else {"new_clients": int(value)}
        )

        def saved(_result: object) -> None:
            self.status.clear()
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
