"""The Development plan tab (METHODS.md §7): the plan's fields, the six progress
dimensions and the progress level, the 23 milestones of the progress policy with the
date each was reached, the joint projects, and export to .xlsx and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.accounts import workspace as ws
from core.accounts.plan import DIMENSIONS, MILESTONES, dsl_dimension, milestone_text
from core.accounts.plan import progress_level as mean_level
from core.accounts.plan import share_reached as reached_share
from core.accounts.plan_export import plan_document, write_plan
from ui.account_card.tabs import ProjectsTab
from ui.formatting import day, number, percent
from ui.ops import Executor


class PlanTab(QWidget):
    changed = Signal()
    exported = Signal(object)  # the Path written

    def __init__(self, ops: Executor, background: Executor, account_id: str, name: str,
                 language: str, parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ops, self.background = ops, background
        self.account_id, self.name, self.language = account_id, name, language
        self.values: dict[str, Any] = {}  # until the saved plan is read
        self.reached: dict[int, tuple[date | None, str | None]] = {}
        self._loading = True
        left = QVBoxLayout()
        left.addWidget(self._plan_box())
        left.addWidget(self._progress_box())
        self.projects = ProjectsTab(ops, account_id, self)
        projects_box = QGroupBox(self.tr("Joint projects"), self)
        QVBoxLayout(projects_box).addWidget(self.projects)
        left.addWidget(projects_box, 1)
        right = QVBoxLayout()
        right.addWidget(self._milestones_box(), 1)
        export = QHBoxLayout()
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Export to PDF…"), self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        export.addStretch(1)
        export.addWidget(self.xlsx_button)
        export.addWidget(self.pdf_button)
        right.addLayout(export)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._loading = False
        ops.hub.changed.connect(self._data_changed)
        self.reload()

    def reload(self) -> None:
        """Read the plan's fields and milestones (shown when they arrive)."""
        account_id = self.account_id
        self.ops.submit(
            lambda db: (ws.plan_values(db, account_id), ws.milestones(db, account_id)),
            key=("plan", account_id),
            done=self._read,
            owner=self,
        )

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.PLANS in kinds and not self.cooperation_timer.isActive():
            self.reload()

    def _read(self, read: tuple[dict[str, Any], dict[int, tuple[date | None, str | None]]]) -> None:
        self.values, self.reached = read
        self._loading = True
        try:
            for spin, key in ((self.revenue, "client_revenue_kop"),
                              (self.sales_plan, "sales_plan_kop")):  # fmt: skip
                spin.setValue((self.values.get(key) or 0) / 100)
            if self.cooperation.toPlainText() != (self.values.get("cooperation") or ""):
                self.cooperation.setPlainText(self.values.get("cooperation") or "")
            for key, combo in self.dimensions.items():
                combo.setCurrentIndex(max(0, combo.findData(self.values.get(key))))
        finally:
            self._loading = False
        self.cooperation_timer.stop()
        self._show_level()
        self._fill_milestones()

    # -- the plan's fields -----------------------------------------------------------------
    def _plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Account development plan"), self)
        form = QFormLayout(box)
        self.revenue = self._money(self.values.get("client_revenue_kop"), "client_revenue_kop")
        self.sales_plan = self._money(self.values.get("sales_plan_kop"), "sales_plan_kop")
        self.cooperation = QPlainTextEdit(box)
        self.cooperation.setTabChangesFocus(True)
        self.cooperation.setMaximumHeight(80)
        self.cooperation_timer = QTimer(self)
        self.cooperation_timer.setSingleShot(True)
        self.cooperation_timer.setInterval(800)
        self.cooperation_timer.timeout.connect(self._save_cooperation)
        self.cooperation.textChanged.connect(
            lambda: None if self._loading else self.cooperation_timer.start()
        )
        form.addRow(self.tr("Client's revenue, ₽:"), self.revenue)
        form.addRow(self.tr("Our sales plan, ₽:"), self.sales_plan)
        form.addRow(self.tr("Cooperation:"), self.cooperation)
        return box

    def _money(self, kop: int | None, key: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 1e13)
        spin.setDecimals(0)
        spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText("—")
        spin.setValue((kop or 0) / 100)
        spin.editingFinished.connect(lambda: self._save({key: round(spin.value() * 100) or None}))
        return spin

    def _save(self, changes: dict[str, object]) -> None:
        if self._loading:
            return
        self.values.update(changes)
        self.ops.submit(ws.save_plan, self.account_id, changes, owner=self)
        self._show_level()
        self.changed.emit()

    def _save_cooperation(self) -> None:
        self.cooperation_timer.stop()
        text = self.cooperation.toPlainText().strip() or None
        if text != self.values.get("cooperation"):
            self._save({"cooperation": text})

    def flush(self) -> None:
        if self.cooperation_timer.isActive():
            self._save_cooperation()

    # -- progress ------------------------------------------------------------------------
    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress levels (1–5)"), self)
        form = QFormLayout(box)
        names = {
            "dsl_level": self.tr("DSL level"),
            "equipment_park": self.tr("Equipment park"),
            "joint_projects_level": self.tr("Joint projects"),
            "production_visit": self.tr("Production visit"),
            "joint_promo": self.tr("Joint promo materials"),
            "decision_maker_knowledge": self.tr("Knowledge of the decision maker"),
        }
        self.dimensions: dict[str, QComboBox] = {}
        for key in DIMENSIONS:
            combo = QComboBox(box)
            combo.addItem("—", None)
            for level in range(1, 6):
                combo.addItem(str(level), level)
            combo.setCurrentIndex(max(0, combo.findData(self.values.get(key))))
            combo.currentIndexChanged.connect(
                lambda _i, k=key, c=combo: self._save({k: c.currentData()})
            )
            self.dimensions[key] = combo
            form.addRow(names[key] + ":", combo)
        self.dsl_hint = QLabel(box)
        self.dsl_hint.setStyleSheet("color: palette(mid);")
        form.addRow("", self.dsl_hint)
        self.level = QLabel(box)
        self.level.setObjectName("progressLevel")
        self.level.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Progress level:"), self.level)
        self._show_level()
        return box

    def suggest_dsl(self, dsl_level: int | None) -> None:
        """Show the DSL dimension the sales data suggest (from the account's DSL label)."""
        suggested = dsl_dimension(dsl_level)
        self.dsl_hint.setText(
            self.tr("Suggested from sales: %1 (DSL level %2)")
            .replace("%1", str(suggested))
            .replace("%2", str(dsl_level))
            if suggested
            else ""
        )

    def _show_level(self) -> None:
        level = mean_level({k: self.values.get(k) for k in DIMENSIONS})
        self.level.setText(
            number(level, 2) if level is not None else self.tr("rate the dimensions")
        )

    # -- milestones ----------------------------------------------------------------------
    def _milestones_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress policy: milestones"), self)
        self.milestone_table = QTableWidget(len(MILESTONES), 3, box)
        self.milestone_table.setHorizontalHeaderLabels(
            [self.tr("Milestone"), self.tr("Reached on"), self.tr("Note")]
        )
        # a long milestone wraps onto a second line instead of ending in "…": the rows
        # take their height once filled and when a column is resized (measuring them on
        # every cell set cost 100 ms of the window's time)
        self.milestone_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.milestone_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.milestone_table.resizeRowsToContents()
        )
        self.milestone_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.milestone_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.milestone_table.setColumnWidth(2, 120)
        self.milestone_table.verticalHeader().setVisible(False)
        self.milestone_table.setWordWrap(True)
        self.share = QLabel(box)
        self.share.setObjectName("milestoneShare")
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Tick a milestone when it is reached; double-click a date or a "
                              "note to change it."), box)  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.milestone_table, 1)
        layout.addWidget(self.share)
        self._fill_milestones()
        self.milestone_table.itemChanged.connect(self._milestone_changed)
        return box

    def _fill_milestones(self) -> None:
        reached = self.reached
        table = self.milestone_table
        table.blockSignals(True)
        for n in range(1, len(MILESTONES) + 1):
            on, note = reached.get(n, (None, None))
            item = QTableWidgetItem(f"{n}. {milestone_text(n, self.language)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setToolTip(milestone_text(n, self.language))
            table.setItem(n - 1, 0, item)
            table.setItem(n - 1, 1, QTableWidgetItem(day(on)))
            table.setItem(n - 1, 2, QTableWidgetItem(note or ""))
        table.blockSignals(False)
        table.resizeRowsToContents()
        count = sum(1 for on, _ in reached.values() if on)
        self.share.setText(
            self.tr("Reached %1 of %2 (%3)")
            .replace("%1", str(count))
            .replace("%2", str(len(MILESTONES)))
            .replace("%3", percent(reached_share(n for n, (on, _) in reached.items() if on), 0))
        )

    def _milestone_changed(self, item: QTableWidgetItem) -> None:
        n = item.row() + 1
        on, note = self.reached.get(n, (None, None))
        if item.column() == 0:
            on = date.today() if item.checkState() == Qt.CheckState.Checked else None
        elif item.column() == 1:
            text = item.text().strip()
            parsed = QDate.fromString(text, "dd.MM.yyyy")
            if not parsed.isValid():
                parsed = QDate.fromString(text, "d.M.yyyy")
            if text and not parsed.isValid():
                message = self.tr("Type the date as dd.mm.yyyy, e.g. 01.03.2026.")
                QMessageBox.warning(self, "Fieldbook", message)
                self._fill_milestones()
                return
            on = date(parsed.year(), parsed.month(), parsed.day()) if text else None
        else:
            note = item.text()
        self.reached[n] = (on, note)
        self._fill_milestones()
        self.ops.submit(ws.set_milestone, self.account_id, n, on, note, owner=self)
        self.changed.emit()

    def tick(self, number_: int) -> None:
        """Tick milestone ``number_`` as reached today (what a click on its box does)."""
        item = self.milestone_table.item(number_ - 1, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked)

    # -- export --------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> None:
        self.flush()
        if path is None:
            filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF (*.pdf)")}
            safe = "".join(ch for ch in self.name if ch.isalnum() or ch in " -_").strip()
            suggested = str(Path.home() / f"{self.tr('Plan')} {safe}.{kind}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the plan"), suggested,
                                                  filters[kind])  # fmt: skip
            if not path:
                return None
            if not path.lower().endswith("." + kind):
                path += "." + kind
        account_id, language, target = self.account_id, self.language, path

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            reason = Messages(self).failure(exc)
            QMessageBox.warning(
                self,
                "Fieldbook",
                self.tr("The plan could not be saved: %1").replace("%1", str(reason)),
            )

        self.ops.submit(
            lambda db: write_plan(plan_document(db, account_id), target, language),
            done=self._written,
            failed=refused,
            owner=self,
        )
        return None

    def _written(self, written: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Plan saved to %1").replace("%1", str(written)), 8000
            )
        self.exported.emit(written)
