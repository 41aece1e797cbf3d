"""Events: the trade fairs, seminars and conferences, each with its leads, their funnel
and what the event returned (METHODS.md §13). Quick capture at the stand (Ctrl+L), the
leads exported to .xlsx (Ctrl+E), the follow-up tasks made for every lead without one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core import events as ev
from ui.events.capture import CaptureDialog
from ui.formatting import day, money, number, percent
from ui.messages import Messages
from ui.ops import Executor
from ui.settings_store import Settings
from ui.widgets import look

WATCHED = frozenset({ch.EVENTS, ch.ACCOUNTS, ch.SALES, ch.OPPORTUNITIES, ch.SCORES, ch.TASKS})
FOLLOW_UP_DAYS = 2


def _words(_owner: QWidget | None = None) -> dict[str, str]:
    """The event types and the funnel's stages in the window's language."""

    return {
        "trade_fair": QCoreApplication.translate("Events", "trade fair"),
        "seminar": QCoreApplication.translate("Events", "seminar"),
        "conference": QCoreApplication.translate("Events", "conference"),
        "other": QCoreApplication.translate("Events", "other"),
        "lead": QCoreApplication.translate("Events", "lead"),
        "qualified": QCoreApplication.translate("Events", "qualified (BANT ≥ 9)"),
        "opportunity": QCoreApplication.translate("Events", "opportunity"),
        "won": QCoreApplication.translate("Events", "won"),
        "client": QCoreApplication.translate("Events", "first purchase"),
    }


def _figures_of(db: Any) -> list[Any]:
    """Every event with its figures (read on the serial lane)."""
    return [ev.event_figures(db, e["id"]) for e in ev.list_events(db)]


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class EventDialog(QDialog):
    """A new event, or one changed: name, type, dates, place, the four cost lines."""

    def __init__(self, event: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = _words(self)
        self.setWindowTitle(self.tr("Event") if event else self.tr("New event"))
        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        for code in ev.EVENT_TYPES:
            self.type.addItem(words[code], code)
        self.starts = QDateEdit(self)
        self.ends = QDateEdit(self)
        for box in (self.starts, self.ends):
            box.setCalendarPopup(True)
            box.setDate(QDate.currentDate())
        self.place = QLineEdit(self)
        self.costs: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&From:"), self.starts)
        form.addRow(self.tr("&To:"), self.ends)
        form.addRow(self.tr("&Place:"), self.place)
        labels = {
            "stand_kop": self.tr("Stand, ₽:"),
            "travel_kop": self.tr("Travel, ₽:"),
            "materials_kop": self.tr("Materials, ₽:"),
            "staff_kop": self.tr("Staff, ₽:"),
        }
        for cost in ev.COSTS:
            money_box = QDoubleSpinBox(self)
            money_box.setRange(0, 1e12)
            money_box.setDecimals(0)
            money_box.setGroupSeparatorShown(True)
            money_box.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.costs[cost] = money_box
            form.addRow(labels[cost], money_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        form.addRow(self.problem)
        form.addRow(buttons)
        if event:
            self.name.setText(event["name"] or "")
            self.type.setCurrentIndex(max(0, self.type.findData(event["type"])))
            for box, value in ((self.starts, event["starts_on"]), (self.ends, event["ends_on"])):
                if value:
                    box.setDate(QDate(value.year, value.month, value.day))
            self.place.setText(event["place"] or "")
            for cost, money_box in self.costs.items():
                money_box.setValue((event[cost] or 0) / 100)

    def accept(self) -> None:
        """Closed only with what can be saved: what is wrong is said, and kept typed."""
        values = self.values()
        if not values["name"].strip():
            self.problem.setText(self.tr("An event needs a name."))
            self.name.setFocus()
            return
        if values["ends_on"] < values["starts_on"]:
            self.problem.setText(self.tr("An event cannot end before it starts."))
            self.ends.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "type": self.type.currentData(),
            "starts_on": self.starts.date().toPython(),
            "ends_on": self.ends.date().toPython(),
            "place": self.place.text(),
            **{cost: round(box.value() * 100) for cost, box in self.costs.items()},
        }


class EventsScreen(QWidget):
    open_account = Signal(str)
    shown = Signal()  # the list was filled (tests wait for it)

    def __init__(self, ops: Executor, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.settings = ops, settings
        self.figures: list[ev.EventFigures] = []
        title = QLabel(self.tr("Events"), self)
        look(title, "screenTitle")
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.new_button.setToolTip(self.tr("A trade fair, seminar or conference (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_event)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.clicked.connect(self.edit_event)
        self.capture_button = QPushButton(self.tr("Quick &capture…"), self)
        look(self.capture_button, "primaryButton")
        self.capture_button.setToolTip(self.tr("Capture the leads at the stand (Ctrl+L)"))
        self.capture_button.clicked.connect(self.capture)
        self.export_button = QPushButton(self.tr("E&xport leads…"), self)
        self.export_button.setToolTip(self.tr("The event's leads with their status (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export_leads())
        self.tasks_button = QPushButton(self.tr("Follow-up &tasks"), self)
        self.tasks_button.setToolTip(
            self.tr("A follow-up task for every lead with no open task, due in two days")
        )
        self.tasks_button.clicked.connect(self.follow_up)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        for b in (self.new_button, self.edit_button, self.capture_button, self.export_button,
                  self.tasks_button):  # fmt: skip
            top.addWidget(b)
        self.events = QTableWidget(0, 9, self)
        self.events.setHorizontalHeaderLabels([
            self.tr("Event"), self.tr("Type"), self.tr("Dates"), self.tr("Place"),
            self.tr("Cost, ₽"), self.tr("Leads"), self.tr("New clients"),
            self.tr("Gross profit, 12 mo., ₽"), self.tr("ROI"),
        ])  # fmt: skip
        self.leads = QTableWidget(0, 8, self)
        self.leads.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Person"), self.tr("Phone"), self.tr("E-mail"),
            self.tr("Status"), self.tr("BANT"), self.tr("Next task"), self.tr("Due"),
        ])  # fmt: skip
        for table in (self.events, self.leads):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
        self.events.itemSelectionChanged.connect(self._show_event)
        self.events.doubleClicked.connect(lambda _i: self.edit_event())
        self.leads.doubleClicked.connect(lambda _i: self._open_lead())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.leads, self._open_lead,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.leads, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.events)
        split.addWidget(lower)
        split.setSizes([220, 480])
        self.empty = QLabel(
            self.tr("No events yet. «New event…» (Ctrl+N) adds the trade fair you go to; "
                    "then «Quick capture» takes its leads at the stand."), self)  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        look(self.empty, "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)  # the empty state takes the space the tables would
        layout.addWidget(split, 1)
        self.split = split
        for keys, slot in (("Ctrl+N", self.new_event), ("Ctrl+L", self.capture),
                           ("Ctrl+E", self.export_leads)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ops.hub.changed.connect(self._data_changed)
        self._selection_changed()

    # -- reading ----------------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self.ops.submit(_figures_of, key="events", done=self._show, owner=self)

    def selected(self) -> ev.EventFigures | None:
        row = self.events.currentRow()
        return self.figures[row] if 0 <= row < len(self.figures) else None

    def _show(self, figures: list[ev.EventFigures]) -> None:
        keep = self.selected()
        kept = keep.event["id"] if keep is not None else None
        self.figures = figures
        words = _words(self)
        self.events.setRowCount(len(figures))
        for r, f in enumerate(figures):
            e = f.event
            dates = " – ".join(filter(None, (day(e["starts_on"]), day(e["ends_on"]))))
            cells = [
                _cell(e["name"]), _cell(words.get(e["type"], e["type"])), _cell(dates),
                _cell(e["place"] or ""), _cell(money(f.cost_kop), True),
                _cell(number(len(f.leads)), True), _cell(number(f.new_clients), True),
                _cell(money(f.gross_profit_kop), True),
                _cell(percent(f.roi, 0) if f.roi is not None else "—", True),
            ]  # fmt: skip
            for c, cell in enumerate(cells):
                self.events.setItem(r, c, cell)
        self.events.resizeColumnsToContents()
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not figures)
        self.split.setVisible(bool(figures))
        row = next((r for r, f in enumerate(figures) if f.event["id"] == kept), 0)
        if figures:
            self.events.selectRow(row)
        self._show_event()
        self.shown.emit()

    def _show_event(self) -> None:
        f = self.selected()
        self._selection_changed()
        words = _words(self)
        if f is None:
            self.summary.clear()
            self.leads.setRowCount(0)
            return
        funnel = " → ".join(f"{words[s]} {f.funnel[s]}" for s in ev.STAGES)

        def rub(kop: float | None) -> str:
            return money(kop) + "\u00a0₽" if kop is not None else "—"

        per_lead, per_client = rub(f.cost_per_lead_kop), rub(f.cost_per_new_client_kop)
        said = self.tr("Funnel")
        self.summary.setText(
            f"<b>{said}:</b> {funnel}<br>"
            + self.tr(
                "Cost per lead %1 · per new client %2 · gross profit of the new clients "
                "in the 12 months from the event %3 · ROI %4"
            )
            .replace("%1", per_lead)
            .replace("%2", per_client)
            .replace("%3", rub(f.gross_profit_kop))
            .replace("%4", percent(f.roi, 0) if f.roi is not None else "—")
        )
        self.leads.setRowCount(len(f.leads))
        for r, lead in enumerate(f.leads):
            status = words[lead.stage] + (self.tr(" (known account)") if lead.joined else "")
            cells = [
                _cell(lead.account), _cell(lead.contact or ""), _cell(lead.phone or ""),
                _cell(lead.email or ""), _cell(status),
                _cell("" if lead.bant is None else str(lead.bant), True),
                _cell(lead.next_task or ""), _cell(day(lead.next_due)),
            ]  # fmt: skip
            for c, cell in enumerate(cells):
                self.leads.setItem(r, c, cell)
        self.leads.resizeColumnsToContents()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for b in (self.edit_button, self.capture_button, self.export_button, self.tasks_button):
            b.setEnabled(chosen)

    # -- acting ----------------------------------------------------------------------------
    def new_event(self) -> None:
        dialog = EventDialog(None, self)
        self.dialog = dialog  # tests reach the open dialog here
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ops.submit(ev.save_event, dialog.values(), failed=self._refused, owner=self)

    def edit_event(self) -> None:
        f = self.selected()
        if f is None:
            return
        dialog = EventDialog(f.event, self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ops.submit(ev.save_event, dialog.values(), f.event["id"], failed=self._refused,
                            owner=self)  # fmt: skip

    def capture(self) -> None:
        f = self.selected()
        if f is None:
            return
        dialog = CaptureDialog(self.ops, f.event, self.settings.my_manager.strip() or None, self)
        self.capture_dialog = dialog  # kept while open (and tests reach it here)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # modal, and the list behind follows each lead saved

    def _open_lead(self) -> None:
        f = self.selected()
        row = self.leads.currentRow()
        if f is not None and 0 <= row < len(f.leads):
            self.open_account.emit(f.leads[row].account_id)

    def export_leads(self, path: str | None = None) -> None:
        f = self.selected()
        if f is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the leads"),
                str(Path.home() / f"{f.event['name']}.xlsx"), self.tr("Excel (*.xlsx)"),
            )  # fmt: skip
            if not path:
                return
        words = _words(self)
        headers = [self.leads.horizontalHeaderItem(c).text() for c in range(8)]  # type: ignore[union-attr]
        rows = [
            [lead.account, lead.contact, lead.phone, lead.email, words[lead.stage], lead.bant,
             lead.next_task, lead.next_due]
            for lead in f.leads
        ]  # fmt: skip
        self.ops.submit(_export, path, f.event["name"], headers, rows, failed=self._refused,
                        owner=self)  # fmt: skip

    def follow_up(self) -> None:
        f = self.selected()
        if f is None:
            return
        without = [lead.account_id for lead in f.leads if lead.next_task is None]
        if not without:
            QMessageBox.information(self, "Fieldbook", self.tr("Every lead has an open task."))
            return
        title = self.tr("Follow up after «%1»").replace("%1", f.event["name"])
        due = date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.ops.submit(ev.follow_up_tasks, without, title, due, failed=self._refused,
                        owner=self)  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Fieldbook", Messages(self).failure(exc))


def _export(_db: Any, path: str, sheet: str, headers: list[str], rows: list[list[Any]]) -> None:
    from core.export import Column, write_xlsx

    columns = (
        [Column(h, "text") for h in headers[:5]]
        + [Column(headers[5], "int")]
        + [Column(h, "text") for h in headers[6:]]
    )
    name = "".join(c for c in sheet if c not in "[]:*?/\\")[:31].strip() or "leads"
    write_xlsx(Path(path), name, columns, rows, set(), sheet, [])
