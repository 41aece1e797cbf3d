"""A list of the account's records (contacts, activities, opportunities, joint projects)
with Add / Edit / Delete and an undo for the last delete, and the dialog that edits one
record. What a tab shows and edits is described by a list of ``Field``s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.accounts import workspace as ws
from ui.formatting import day, money, percent
from ui.ops import Executor
from ui.widgets import DateField, look


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text, long, date, optdate, choice, bool, money, percent
    choices: list[tuple[Any, str]] = field(default_factory=list)  # (value, shown text)
    in_table: bool = True
    required: bool = False


def shown(f: Field, value: Any) -> str:
    """A record's value as the table shows it."""
    if value is None or value == "":
        return ""
    if f.kind in ("date", "optdate"):
        return day(value)
    if f.kind == "money":
        return money(value)
    if f.kind == "percent":
        return percent(value, 0)
    if f.kind == "bool":
        return "✓" if value else ""
    if f.kind == "choice":
        return dict(f.choices).get(value, str(value))
    return str(value).replace("\n", " ")


class RecordDialog(QDialog):
    """Edit one record. ``save(values)`` names the core write as ``(fn, *args)``; the
    dialog runs it on the executor and closes when it succeeded. A refusal (a validation
    code of ``core``) is shown in the dialog, which keeps what was typed."""

    def __init__(
        self,
        title: str,
        fields: list[Field],
        values: dict[str, Any],
        save: Callable[[dict[str, Any]], tuple[Any, ...]],
        ops: Executor,
        parent: QWidget | None = None,
        done: Callable[[Any], None] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = fields
        self._save = save
        self._ops = ops
        self._done = done
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields:
            widget = self._widget(f, values.get(f.key))
            self.widgets[f.key] = widget
            form.addRow(f.label + (" *" if f.required else "") + ":", widget)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons = buttons
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _widget(self, f: Field, value: Any) -> QWidget:
        if f.kind == "long":
            w = QPlainTextEdit(self)
            w.setPlainText(value or "")
            w.setTabChangesFocus(True)
            w.setMinimumHeight(70)
            return w
        if f.kind in ("date", "optdate"):
            return DateField(self, optional=f.kind == "optdate", value=value or None)
        if f.kind == "choice":
            c = QComboBox(self)
            for v, text in f.choices:
                c.addItem(text, v)
            c.setCurrentIndex(max(0, c.findData(value)))
            return c
        if f.kind == "bool":
            b = QCheckBox(self)
            b.setChecked(bool(value))
            return b
        if f.kind in ("money", "percent"):
            s = QDoubleSpinBox(self)
            s.setGroupSeparatorShown(True)
            if f.kind == "money":
                s.setRange(0, 1e12)
                s.setDecimals(2)
                s.setSuffix(" ₽")
                s.setValue((value or 0) / 100)
            else:
                s.setRange(0, 100)
                s.setDecimals(0)
                s.setSuffix(" %")
                s.setValue((value or 0) * 100)
            return s
        line = QLineEdit(self)
        line.setText(value or "")
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.widgets[f.key]
            if isinstance(w, QPlainTextEdit):
                out[f.key] = w.toPlainText()
            elif isinstance(w, DateField):
                out[f.key] = w.value()
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[f.key] = w.isChecked()
            elif isinstance(w, QDoubleSpinBox):
                v = w.value()
                out[f.key] = round(v * 100) if f.kind == "money" else v / 100
                if f.kind == "money" and v == 0:
                    out[f.key] = None
            elif isinstance(w, QLineEdit):
                out[f.key] = w.text()
        return out

    def _accept(self) -> None:
        fn, *args = self._save(self.values())
        self.buttons.setEnabled(False)  # one save at a time
        self._ops.submit(fn, *args, done=self._saved, failed=self._refused, owner=self)

    def _saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        if self._done is not None:
            self._done(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from ui.messages import Messages

        self.buttons.setEnabled(True)
        self.error.setText(Messages(self).failure(exc))
        self.error.show()


class RecordsTab(QWidget):
    """The account's records of one kind, as a table with Add / Edit / Delete / Undo."""

    changed = Signal()

    kind: str  # the record kind of core.accounts.workspace: contact, activity…

    def __init__(self, ops: Executor, account_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.account_id = ops, account_id
        self.fields, self.noun = self.make_fields()
        self.records: list[dict[str, Any]] = []
        self._deleted: str | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        look(self.hint, "hint")
        self.hint.setStyleSheet("color: #8a5300;")
        self.hint.hide()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected record (Del)"))
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setToolTip(self.tr("Bring back the record just deleted (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.button_row = buttons  # a tab may add its own buttons
        shown_fields = [f for f in self.fields if f.in_table]
        self.table = QTableWidget(0, len(shown_fields), self)
        self.table.setHorizontalHeaderLabels([f.label for f in shown_fields])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit)
        ops.hub.changed.connect(self._data_changed)
        self.reload()

    def watched(self) -> set[str]:
        """What changes make this tab read its records again."""
        return {ws.RECORD_CHANGES[self.kind]}

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.watched():
            self.reload()

    def reload(self) -> None:
        """Read the records again (the table shows them when they arrive)."""
        self.ops.submit(
            ws.list_records,
            self.kind,
            self.account_id,
            key=("records", self.kind, self.account_id),
            done=self.show_records,
            owner=self,
        )

    def show_records(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        shown_fields = [f for f in self.fields if f.in_table]
        self.table.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            for c, f in enumerate(shown_fields):
                item = QTableWidgetItem(shown(f, record.get(f.key)))
                if f.kind in ("money", "percent"):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c) + 16, 320))
        has = bool(self.records)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.empty.setText(self.tr("Nothing here yet: press Add… (Ctrl+N)."))
        self.empty.setVisible(not has)
        self.after_reload()

    def make_fields(self) -> tuple[list[Field], str]:
        """The fields of a record and the record's name (a subclass says)."""
        raise NotImplementedError

    def after_reload(self) -> None:
        """Hook for a tab's hints."""

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.records and self.table.currentRow() >= 0:
            return self.records[self.table.currentRow()]
        return self.records[rows[0].row()] if rows else None

    def defaults(self) -> dict[str, Any]:
        return {}

    def _open(self, title: str, values: dict[str, Any], record_id: str | None) -> bool:
        def save(new: dict[str, Any]) -> tuple[Any, ...]:
            return (ws.save_record, self.kind, self.account_id, new, record_id)

        dialog = RecordDialog(title, self.fields, values, save, self.ops, self)
        self.dialog = dialog  # tests reach the open dialog here
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()  # the hub has told every screen, this tab included
            return True
        return False

    def add(self) -> None:
        self._open(self.tr("New: %1").replace("%1", self.noun), self.defaults(), None)

    def edit(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(self.noun, record, record["id"])

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        self._deleted = record["id"]
        self.undo_button.setEnabled(True)
        self.ops.submit(
            ws.delete_record, self.kind, record["id"], done=lambda _r: self.changed.emit(),
            owner=self,
        )  # fmt: skip

    def undo(self) -> None:
        if self._deleted is None:
            return
        record_id, self._deleted = self._deleted, None
        self.undo_button.setEnabled(False)
        self.ops.submit(
            ws.restore_record, self.kind, record_id, done=lambda _r: self.changed.emit(),
            owner=self,
        )  # fmt: skip
