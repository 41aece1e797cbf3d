"""The Question bank screen: the SPIN questions by block, in Russian and English, with
their markets; add, edit, reorder, retire; export to .xlsx and import it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.markets import MARKETS, market_name
from core.selling import spin
from ui.ops import Executor
from ui.widgets import look

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def block_names() -> dict[str, str]:
    return {
        "S": QCoreApplication.translate("SpinBlocks", "Situation"),
        "P": QCoreApplication.translate("SpinBlocks", "Problem"),
        "I": QCoreApplication.translate("SpinBlocks", "Implication"),
        "N": QCoreApplication.translate("SpinBlocks", "Need-payoff"),
    }


class QuestionDialog(QDialog):
    """Add or edit one question; refused input keeps the dialog open with the reason."""

    def __init__(
        self,
        ops: Executor,
        language: str,
        question: spin.Question | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self.question = ops, question
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit the question") if question else self.tr("New question"))
        self.block = QComboBox(self)
        for code, name in block_names().items():
            self.block.addItem(f"{code} · {name}", code)
        self.block.setCurrentIndex(max(0, self.block.findData(question.block if question else "S")))
        self.text_ru = QPlainTextEdit(question.text_ru if question else "", self)
        self.text_en = QPlainTextEdit(question.text_en if question else "", self)
        for editor in (self.text_ru, self.text_en):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(80)
        self.markets = QListWidget(self)
        chosen = set(question.industries) if question else set()
        for market in MARKETS:
            item = QListWidgetItem(f"{market}. {market_name(market, language)}")
            item.setData(ID_ROLE, market)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if market in chosen else Qt.CheckState.Unchecked
            )
            self.markets.addItem(item)
        self.markets.setMaximumHeight(200)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Block:"), self.block)
        form.addRow(self.tr("Russian:"), self.text_ru)
        form.addRow(self.tr("English:"), self.text_en)
        form.addRow(self.tr("Markets (none ticked: all):"), self.markets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def chosen_markets(self) -> list[int]:
        return [
            int(self.markets.item(i).data(ID_ROLE))
            for i in range(self.markets.count())
            if self.markets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Save on the executor; the dialog closes when it landed, or says why not."""

        def saved(question_id: str) -> None:
            self.buttons.setEnabled(True)
            self.saved_id = question_id
            self.accept()

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            self.buttons.setEnabled(True)
            if isinstance(exc, spin.SpinError):
                self.error.setText(
                    self.tr("A question needs its text in Russian or English.")
                    if exc.code == "text"
                    else Messages(self).failure(exc)
                )
            else:
                self.error.setText(Messages(self).failure(exc))

        self.buttons.setEnabled(False)
        self.ops.submit(
            spin.save_question,
            str(self.block.currentData()),
            self.text_ru.toPlainText(),
            self.text_en.toPlainText(),
            self.chosen_markets(),
            self.question.id if self.question else None,
            done=saved,
            failed=refused,
            owner=self,
        )


class SpinBankScreen(QWidget):
    def __init__(self, ops: Executor, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.language = ops, language
        self.bank: list[spin.Question] = []
        self._select: str | None = None  # the question to select when the bank is read
        title = QLabel(self.tr("Question bank"), self)
        look(title, "screenTitle")
        intro = QLabel(
            self.tr(
                "SPIN questions by block. A question with no market applies to every market. "
                "A retired question is no longer asked; its answers stay."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Block"),
                "#",
                self.tr("Russian"),
                self.tr("English"),
                self.tr("Markets"),
                self.tr("Retired"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        def button(text: str, tip: str, slot: object) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("&Add…"), self.tr("A new question (Ctrl+N)"), self.add)
        self.edit_button = button(self.tr("&Edit…"), self.tr("Edit (Enter)"), self.edit)
        self.up_button = button(
            self.tr("Up"), self.tr("Earlier in its block (Ctrl+Up)"), lambda: self.move_question(-1)
        )
        self.down_button = button(
            self.tr("Down"),
            self.tr("Later in its block (Ctrl+Down)"),
            lambda: self.move_question(1),
        )
        self.retire_button = button(
            self.tr("&Retire"), self.tr("Stop or resume asking it"), self.toggle_retired
        )
        self.export_button = button(
            self.tr("E&xport…"), self.tr("Save the bank as .xlsx"), lambda: self.export()
        )
        self.import_button = button(
            self.tr("&Import…"),
            self.tr("Read a bank from .xlsx (ours, edited, or another company's)"),
            lambda: self.import_file(),
        )
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.retire_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        on_table = Qt.ShortcutContext.WidgetShortcut
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit, context=on_table)
        QShortcut(
            QKeySequence("Ctrl+Up"), self.table, lambda: self.move_question(-1), context=on_table
        )
        QShortcut(
            QKeySequence("Ctrl+Down"), self.table, lambda: self.move_question(1), context=on_table
        )
        QShortcut(
            QKeySequence.StandardKey.New,
            self,
            self.add,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._loaded = False
        ops.hub.changed.connect(self._data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
            self._loaded = True

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.SPIN in kinds and self._loaded:
            self.reload(self._select)

    def reload(self, select: str | None = None) -> None:
        """Read the bank (the seed's questions the first time), then show it."""
        self._select = select
        self.ops.submit(
            lambda db: (spin.ensure_bank(db), spin.questions(db, include_retired=True))[1],
            key="spin-bank",
            done=self._show,
            owner=self,
        )

    def _show(self, bank: list[spin.Question]) -> None:
        select, self._select = self._select, None
        if select is None and self.current() is not None:
            select = self.current().id  # type: ignore[union-attr]
        self.bank = bank
        names = block_names()
        grey = QBrush(QColor("#8a8a8a"))
        self.table.setRowCount(len(self.bank))
        for r, q in enumerate(self.bank):
            markets = ", ".join(str(c) for c in q.industries) or self.tr("all")
            cells = (
                names[q.block],
                str(q.position),
                q.text_ru,
                q.text_en,
                markets,
                self.tr("retired") if q.retired else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, q.id)
                if c == 4 and q.industries:
                    item.setToolTip("\n".join(market_name(i, self.language) for i in q.industries))
                if q.retired:
                    item.setForeground(grey)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if select is not None:
            for r, q in enumerate(self.bank):
                if q.id == select:
                    self.table.selectRow(r)
                    break

    def _choose(self, question_id: str) -> None:
        """Select this question: now if the bank shown has it, else once it is read."""
        for r, q in enumerate(self.bank):
            if q.id == question_id:
                self.table.selectRow(r)
                return
        self._select = question_id

    def current(self) -> spin.Question | None:
        row = self.table.currentRow()
        return self.bank[row] if 0 <= row < len(self.bank) else None

    def add(self) -> None:
        dialog = QuestionDialog(self.ops, self.language, None, self)
        self.question_dialog = dialog
        if dialog.exec() and dialog.saved_id:
            self._choose(dialog.saved_id)

    def edit(self) -> None:
        q = self.current()
        if q is None:
            return
        dialog = QuestionDialog(self.ops, self.language, q, self)
        self.question_dialog = dialog
        if dialog.exec():
            self._choose(q.id)

    def move_question(self, step: int) -> None:
        q = self.current()
        if q is not None:
            self._select = q.id
            self.ops.submit(spin.move_question, q.id, step, owner=self)

    def toggle_retired(self) -> None:
        q = self.current()
        if q is not None:
            self._select = q.id
            self.ops.submit(spin.retire_question, q.id, not q.retired, owner=self)

    def export(self, path: str | None = None) -> None:
        """Write the bank to .xlsx off the GUI thread (``status`` says where)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the question bank"),
                str(Path.home() / "spin-bank.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return None
        target = Path(path).with_suffix(".xlsx")

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else None
            QMessageBox.warning(
                self,
                "Fieldbook",
                self.tr("The bank could not be saved: %1").replace(
                    "%1", reason or Messages(self).failure(exc)
                ),
            )

        self.ops.submit(
            spin.export_bank, target, failed=refused, owner=self,
            done=lambda written: self.status.setText(
                self.tr("Saved to %1").replace("%1", str(written))),
        )  # fmt: skip
        return None

    def import_file(self, path: str | None = None) -> None:
        """Read a bank from .xlsx off the GUI thread; the summary goes to ``status``."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a question bank"),
                str(Path.home()),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return None

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            reason = Messages(self).failure(exc)
            QMessageBox.warning(
                self, "Fieldbook", self.tr("The bank could not be read: %1").replace("%1", reason)
            )

        self.ops.submit(spin.import_bank, path, done=self._imported, failed=refused, owner=self)
        return None

    def _imported(self, report: spin.BankImport) -> None:
        text = (
            self.tr("%1 questions added, %2 updated.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
        )
        if report.errors:
            text += " " + self.tr("Skipped: %1").replace("%1", "; ".join(report.errors))
        self.status.setText(text)
