"""Today: the rep's home. One list, ranked, of what needs doing (``core.today``): tasks
due and overdue, Fieldbook's suggestions, stuck opportunities, key accounts without an
ЛПР met lately. Keyboard-first: Enter opens the account on the tab the item is about,
Ctrl+Enter closes a task with its outcome, Ctrl+T moves it to tomorrow; a suggestion is
accepted (Ctrl+Shift+A) or dismissed (Ctrl+Shift+D)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.accounts import tasks
from core.accounts import workspace as ws
from core.today import SETTLED, settle, worklist
from ui.derived import DerivedState
from ui.formatting import day
from ui.messages import Messages
from ui.ops import Executor
from ui.settings_store import Settings
from ui.widgets import ElidedComboBox, look

# the card's tab each kind of item is about
TAB_OF = {
    "task": "tasks",
    "detractor": "tasks",
    "stuck_opportunity": "opportunities",
    "no_lpr_contact": "contacts",
    "churn_risk": "overview",
}
LIMIT = 500  # the first so many items are listed: a day's work, not the whole base
WATCHED = frozenset({ch.TASKS, ch.ACTIVITIES, ch.OPPORTUNITIES, ch.CONTACTS, ch.ACCOUNTS,
                     ch.SCORES})  # fmt: skip


class TodayScreen(QWidget):
    open_account = Signal(str, str)  # the account, the card's tab
    shown = Signal()  # the list was filled (tests wait for it)

    def __init__(
        self,
        ops: Executor,
        background: Executor,
        derived: DerivedState,
        settings: Settings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self.background, self.derived, self.settings = ops, background, derived, settings
        self.items: list[dict[str, Any]] = []
        self._stale = True
        title = QLabel(self.tr("Today"), self)
        look(title, "screenTitle")
        self.date_label = QLabel(self)
        self.who = ElidedComboBox(self, 24)
        self.who.addItem(self.tr("Everyone"), None)
        mine = settings.my_manager.strip()
        if mine:
            self.who.addItem(mine, mine)
            self.who.setCurrentIndex(1)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the account on what the item is about (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("&Done…"), self)
        self.done_button.setToolTip(
            self.tr("Close the task, or mark the item done, with its outcome (Ctrl+Enter)")
        )
        self.done_button.clicked.connect(self.close_selected)
        self.later_button = QPushButton(self.tr("&Tomorrow"), self)
        self.later_button.setToolTip(
            self.tr("Move the task, or put the item off as a task, to tomorrow (Ctrl+T)")
        )
        self.later_button.clicked.connect(self.snooze_selected)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Take the suggested task as yours (Ctrl+Shift+A)"))
        self.accept_button.clicked.connect(lambda: self._decide("open"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.dismiss_button.setToolTip(
            self.tr(
                "Not needed: a suggested task is not suggested again, another item leaves "
                "the list for 30 days (Ctrl+Shift+D)"
            )
        )
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Manager:"), self))
        top.addWidget(self.who)
        top.addSpacing(12)
        top.addWidget(self.date_label, 1)
        for b in (self.open_button, self.done_button, self.later_button, self.accept_button,
                  self.dismiss_button):  # fmt: skip
            top.addWidget(b)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Account"),
                self.tr("Due"),
                self.tr("Why"),
                self.tr("What to do"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        look(self.empty, "hint")
        # the selected item in full: its reasons and action do not fit a row
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        for keys, slot in (
            (Qt.Key.Key_Return, self.open_selected),
            (Qt.Key.Key_Enter, self.open_selected),
            ("Ctrl+Return", self.close_selected),
            ("Ctrl+Enter", self.close_selected),
            ("Ctrl+T", self.snooze_selected),
            ("Ctrl+Shift+A", lambda: self._decide("open")),
            ("Ctrl+Shift+D", self.dismiss_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # changes come in bursts (a card's fields, an import): read once they settle
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(1500)
        self._soon.timeout.connect(self._changed_settled)
        ops.hub.changed.connect(self._data_changed)
        derived.ready.connect(lambda _a: self._data_changed(WATCHED))
        # a day that turns while the screen is open: read again (yesterday's «today» goes)
        self._day = date.today()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._selection_changed()

    # -- reading ---------------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self._stale = True
            self._soon.start()

    def _tick(self) -> None:
        if date.today() != self._day:
            self._day = date.today()
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _changed_settled(self) -> None:
        if self.isVisible():  # hidden, it reads again when shown (the list is long)
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_managers(self, names: list[str]) -> None:
        """Everyone, then every manager named in the accounts (a team lead looks at each
        rep's day); the choice is kept."""
        chosen = self.who.currentData()
        mine = self.settings.my_manager.strip()
        wanted = [n for n in ([mine] if mine else []) + names]
        seen: set[str] = set()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for name in wanted:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                self.who.addItem(name, name)
        at = self.who.findData(chosen) if chosen is not None else 0
        self.who.setCurrentIndex(max(at, 0))
        self.who.blockSignals(False)
        if self.who.currentData() != chosen:
            self.refresh()

    def _labels(self) -> dict[str, dict[str, Any]]:
        """The accounts' labels the list reads (key accounts, churn risk)."""
        analysis = self.derived.analysis
        return analysis.labels if analysis is not None else {}

    def refresh(self) -> None:
        self._stale = False
        self.background.submit(
            worklist, date.today(), self.who.currentData(), self._labels(), LIMIT,
            key="today", done=self._show, owner=self,
        )  # fmt: skip

    def _show(self, items: list[dict[str, Any]]) -> None:
        keep = self.selected()
        self.items = items
        messages = Messages(self)
        kinds = {
            "task": self.tr("task"),
            "detractor": self.tr("detractor"),
            "stuck_opportunity": self.tr("stuck deal"),
            "no_lpr_contact": self.tr("no ЛПР contact"),
            "churn_risk": self.tr("risk of leaving"),
        }
        today = date.today()
        self.date_label.setText(day(today))
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            suggested = item.get("status") == "suggested"
            what = kinds.get(item["kind"], item["kind"])
            if suggested:
                what += " · " + self.tr("suggested")
            cells = [
                what,
                item["account"],
                day(item["due"]) if item["due"] else "",
                messages.text(item["reason"]),
                messages.text(item["action"]),
            ]
            late = item["kind"] == "task" and item["due"] is not None and item["due"] < today
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if late and not suggested:
                    cell.setForeground(QColor("#b3261e"))
                elif suggested:
                    cell.setForeground(QColor("#2f5fa8"))
                    font = cell.font()
                    font.setItalic(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        for c, limit in enumerate((170, 260, 100, 300)):  # the rest to «What to do»
            self.table.setColumnWidth(c, min(self.table.columnWidth(c) + 16, limit))
        self.empty.setText(self.tr("Nothing needs doing today."))
        self.empty.setVisible(not items)
        if items:
            again = next((r for r, i in enumerate(items) if keep and _same(i, keep)), 0)
            self.table.selectRow(again)
        self._selection_changed()
        self.shown.emit()

    # -- acting ----------------------------------------------------------------------------
    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selection_changed(self) -> None:
        item = self.selected()
        task = item is not None and "task_id" in item
        status = item.get("status") if item else None
        other = item is not None and item["kind"] in SETTLED  # acted on through a task
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled((task and status == "open") or other)
        self.later_button.setEnabled((task and status == "open") or other)
        self.accept_button.setEnabled(status == "suggested")
        self.dismiss_button.setEnabled(status == "suggested" or other)
        self._show_detail(item)

    def _show_detail(self, item: dict[str, Any] | None) -> None:
        if item is None:
            self.detail.clear()
            return
        row = self.table.currentRow()
        messages = Messages(self)
        first = self.table.item(row, 0)
        what = first.text() if first is not None else ""
        lines = [
            f"<b>{escape(item['account'])}</b> · {escape(what)}",
            escape(messages.text(item["reason"])),
            f"<b>{escape(self.tr('What to do'))}:</b> {escape(messages.text(item['action']))}",
        ]
        analysis = self.derived.analysis
        if item["kind"] == "churn_risk" and analysis is not None and analysis.churn is not None:
            from core.analytics.churn_trust import quality  # how far to trust the risk

            lines.append(
                f"<span style='color:#666'>{escape(messages.text(quality(analysis.churn)))}</span>"
            )
        self.detail.setText("<br>".join(lines))

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_account.emit(item["account_id"], TAB_OF.get(item["kind"], "overview"))

    def close_selected(self) -> None:
        from ui.account_card.tabs import CloseTaskDialog

        item = self.selected()
        if item is not None and item["kind"] in SETTLED:
            self._settle_with_outcome(item)
            return
        if item is None or item.get("status") != "open" or "task_id" not in item:
            return
        dialog = CloseTaskDialog(Messages(self).text(item["action"]), self)
        self.close_dialog = dialog  # tests reach the open dialog here
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, status, next_title, next_due = dialog.values()
        self.ops.submit(
            tasks.close_task, item["task_id"], outcome, status, next_title, next_due,
            failed=self._refused, owner=self,
        )  # fmt: skip

    def _settle_with_outcome(self, item: dict[str, Any]) -> None:
        """An item that is not a task, done: what came of it, kept as a task done today
        (and a next task, when one is asked for)."""
        from ui.account_card.tabs import CloseTaskDialog

        title = Messages(self).text(item["action"])
        dialog = CloseTaskDialog(title, self)
        self.close_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, status, next_title, next_due = dialog.values()
        how = "done" if status == "done" else "dismiss"
        self.ops.submit(
            settle, item, how, title, date.today(), outcome, next_title, next_due,
            failed=self._refused, owner=self,
        )  # fmt: skip

    def _settle(self, item: dict[str, Any], how: str) -> None:
        title = Messages(self).text(item["action"])
        self.ops.submit(settle, item, how, title, date.today(), failed=self._refused, owner=self)

    def dismiss_selected(self) -> None:
        item = self.selected()
        if item is not None and item["kind"] in SETTLED:
            self._settle(item, "dismiss")
        else:
            self._decide("dismissed")

    def snooze_selected(self) -> None:
        item = self.selected()
        if item is not None and item["kind"] in SETTLED:
            self._settle(item, "later")
            return
        if item is None or item.get("status") != "open" or "task_id" not in item:
            return
        self.ops.submit(
            ws.save_record, "task", item["account_id"],
            {"due_on": date.today() + timedelta(days=1)}, item["task_id"],
            failed=self._refused, owner=self,
        )  # fmt: skip

    def _decide(self, status: str) -> None:
        item = self.selected()
        if item is None or item.get("status") != "suggested":
            return
        self.ops.submit(
            ws.save_record, "task", item["account_id"], {"status": status}, item["task_id"],
            failed=self._refused, owner=self,
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, "Fieldbook", Messages(self).failure(exc))


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["kind"], a["account_id"], a.get("task_id")) == (
        b["kind"], b["account_id"], b.get("task_id"))  # fmt: skip
