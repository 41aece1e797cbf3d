"""The account's own fields on the Overview, saved as the user works: a field is saved
when the user leaves it (notes: a moment after typing stops). An edit made while the
account changed elsewhere is not written over the other change: the user chooses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.accounts import workspace as ws
from core.markets import MARKETS, market_name
from ui.account_card.words import Words
from ui.messages import Messages
from ui.ops import Executor
from ui.widgets import ElidedComboBox


class AccountFields(QWidget):
    saved = Signal(str)  # the field saved

    def __init__(
        self,
        ops: Executor,
        account_id: str,
        language: str,
        values: dict[str, Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self.account_id = ops, account_id
        self.values = dict(values)
        # the version the next save is made against: saves run one after another on the
        # executor, each against the version the one before it wrote
        self._version = [self.values["version"]]
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        columns = QHBoxLayout()
        forms = (QFormLayout(), QFormLayout())
        for f in forms:
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            columns.addLayout(f, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(columns)
        sizes = [(None, "—"), ("large", self.tr("large")), ("medium", self.tr("medium")),
                 ("small", self.tr("small"))]  # fmt: skip
        statuses = [("client", self.tr("client")), ("prospect", self.tr("prospect"))]
        industries = [(None, "—")] + [(code, market_name(code, language)) for code in MARKETS]
        sources = [(None, "—"), *Words(self).lead_sources().items()]
        spec: list[tuple[str, str, str, Any]] = [
            ("name", self.tr("Name"), "text", None),
            ("inn", self.tr("INN"), "text", None),
            ("kpp", self.tr("KPP"), "text", None),
            ("code", self.tr("Code"), "text", None),
            ("industry", self.tr("Industry"), "choice", industries),
            ("region", self.tr("Region"), "text", None),
            ("channel", self.tr("Channel"), "text", None),
            ("manager", self.tr("Manager"), "text", None),
            ("size", self.tr("Business size"), "choice", sizes),
            ("potential_kop", self.tr("Potential, ₽ per year"), "money", None),
            ("capacity_units", self.tr("Capacity units"), "number", None),
            ("status", self.tr("Status"), "choice", statuses),
            ("lead_source", self.tr("Lead source"), "choice", sources),
            ("phone", self.tr("Phone"), "text", None),
            ("email", self.tr("E-mail"), "text", None),
            ("address", self.tr("Address"), "text", None),
            ("notes", self.tr("Notes"), "long", None),
        ]
        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(800)
        self.notes_timer.timeout.connect(lambda: self._commit("notes"))
        for i, (key, label, kind, choices) in enumerate(spec):
            editor = self._editor(key, kind, choices)
            self.editors[key] = editor
            if kind == "long":
                outer.addWidget(QLabel(label + ":", self))
                outer.addWidget(editor)
            else:
                forms[0 if i < 8 else 1].addRow(label + ":", editor)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020;")
        outer.addWidget(self.status)
        self._load()

    def _editor(self, key: str, kind: str, choices: Any) -> QWidget:
        if kind == "choice":
            # a long market name elides instead of widening the card past the window
            combo = ElidedComboBox(self, 14)
            for value, text in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._commit(k))
            return combo
        if kind in ("money", "number"):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 1e12)
            spin.setDecimals(0 if kind == "money" else 1)
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText("—")
            spin.editingFinished.connect(lambda k=key: self._commit(k))
            return spin
        if kind == "long":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(70)
            text.textChanged.connect(self._notes_typed)
            return text
        line = QLineEdit(self)
        line.editingFinished.connect(lambda k=key: self._commit(k))
        return line

    def _notes_typed(self) -> None:
        if not self._loading:
            self.notes_timer.start()

    def _load(self) -> None:
        self._loading = True
        try:
            for key, editor in self.editors.items():
                value = self.values.get(key)
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                elif isinstance(editor, QDoubleSpinBox):
                    v = value or 0
                    editor.setValue(v / 100 if key == "potential_kop" else v)
                elif isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value or "")
                elif isinstance(editor, QLineEdit):
                    editor.setText(value or "")
                    editor.setCursorPosition(0)
        finally:
            self._loading = False

    def value_of(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QDoubleSpinBox):
            v = editor.value()
            if v == 0:
                return None
            return round(v * 100) if key == "potential_kop" else v
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() or None
        assert isinstance(editor, QLineEdit)
        return editor.text().strip() or None

    def _commit(self, key: str) -> None:
        if self._loading:
            return
        value = self.value_of(key)
        if value == self.values.get(key):
            return
        self.values[key] = value  # shown as saved; a refusal puts the saved value back
        self._save(key, value)

    def _save(self, key: str, value: Any, base: int | None = None) -> None:
        account_id, version = self.account_id, self._version
        if base is not None:
            version[0] = base

        def save(db: Any) -> int:
            version[0] = ws.update_account(db, account_id, version[0], {key: value})
            return version[0]

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ws.EditConflict):
                self._conflict(key, value, exc.current)
                return
            self.status.setText(Messages(self).failure(exc))
            self.ops.submit(ws.account_values, account_id, done=self._reloaded, owner=self)

        self.ops.submit(save, changes={ch.ACCOUNTS}, touched=[account_id],
                        done=lambda _v: self._saved(key), failed=failed, owner=self)  # fmt: skip

    def _saved(self, key: str) -> None:
        self.values["version"] = self._version[0]
        self.status.clear()
        self.saved.emit(key)

    def _reloaded(self, values: dict[str, Any]) -> None:
        """Back to what is saved (after a refusal)."""
        self.values = values
        self._version[0] = values["version"]
        self._load()

    def _conflict(self, key: str, value: Any, current: dict[str, Any]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        box.setText(
            self.tr(
                "This account was changed elsewhere (an import or a colleague) after you "
                "opened it. Keep your change, or take the saved version?"
            )
        )
        keep = box.addButton(self.tr("Keep my change"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Take the saved version"), QMessageBox.ButtonRole.RejectRole)
        self.conflict_box = box  # tests answer it here
        box.exec()
        self._reloaded(current)
        if box.clickedButton() is keep:
            self.values[key] = value
            self._load()
            self._save(key, value, base=current["version"])
        else:
            self.saved.emit(key)

    def flush(self) -> None:
        """Save what is being typed now (the card is closing)."""
        if self.notes_timer.isActive():
            self.notes_timer.stop()
            self._commit("notes")
        focused = self.focusWidget()
        for key, editor in self.editors.items():
            if editor is focused and not isinstance(editor, QPlainTextEdit):
                self._commit(key)
