"""Account card → SPIN: a walk through the question bank for the account's market, one
question at a time, keyboard first. Enter saves the answer and goes to the next
question (Shift+Enter starts a new line), Page Down skips, Page Up goes back. The
previous answer and its date are shown; an Implication answer may carry a money figure
that the TCO calculator can use."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.accounts import workspace as ws
from core.selling import spin
from ui.formatting import day, money
from ui.ops import Executor
from ui.spin_bank.screen import block_names

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class SpinTab(QWidget):
    changed = Signal()

    def __init__(
        self, ops: Executor, account_id: str, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops, self.account_id, self.language = ops, account_id, language
        self.questions: list[spin.Question] = []
        self.answers: dict[str, spin.Answer] = {}
        self.current = -1

        self.outline = QListWidget(self)
        self.outline.setMinimumWidth(300)
        self.outline.setWordWrap(True)
        self.outline.setSpacing(2)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.currentRowChanged.connect(self._outline_chosen)
        self.market_only = QCheckBox(self.tr("Only the questions for the account's market"), self)
        self.market_only.setChecked(True)
        self.market_only.toggled.connect(lambda _on: self.reload())
        self.progress = QLabel(self)
        left = QVBoxLayout()
        left.addWidget(self.market_only)
        left.addWidget(self.outline, 1)
        left.addWidget(self.progress)

        self.block_label = QLabel(self)
        self.block_label.setStyleSheet("color: #555; font-weight: bold;")
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        big = QFont(self.question_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.question_label.setFont(big)
        self.previous = QLabel(self)
        self.previous.setWordWrap(True)
        self.previous.setStyleSheet("color: #555;")
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(
            self.tr("The client's answer. Enter: save and next · Shift+Enter: new line")
        )
        self.editor.installEventFilter(self)
        self.editor.setMaximumHeight(240)
        self.money_label = QLabel(self.tr("Money figure (e.g. losses per year):"), self)
        self.money = QDoubleSpinBox(self)
        self.money.setRange(0, 1e12)
        self.money.setDecimals(0)
        self.money.setGroupSeparatorShown(True)
        self.money.setSuffix(" ₽")
        self.money.setSpecialValueText("—")
        self.money.setMaximumWidth(220)
        self.money.installEventFilter(self)
        money_row = QHBoxLayout()
        money_row.addWidget(self.money_label)
        money_row.addWidget(self.money)
        money_row.addStretch(1)
        self.back_button = QPushButton(self.tr("← Back"), self)
        self.back_button.setToolTip(self.tr("The previous question (Page Up)"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setToolTip(self.tr("The next question, nothing saved (Page Down)"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self.tr("Save and next"), self)
        self.next_button.setToolTip(self.tr("Save the answer and go on (Enter)"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.save_and_next)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.block_label)
        right.addWidget(self.question_label)
        right.addWidget(self.previous)
        right.addWidget(self.editor)
        right.addLayout(money_row)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        for key, slot in ((Qt.Key.Key_PageUp, self.go_back), (Qt.Key.Key_PageDown, self.skip)):
            QShortcut(
                QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        self._loaded = False

    def block_name(self, block: str) -> str:
        return block_names()[block]

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
            self._loaded = True
        self.editor.setFocus()

    def reload(self) -> None:
        """The bank (filled with the seed's questions the first time) and the answers."""
        account_id, market_only = self.account_id, self.market_only.isChecked()

        def read(db: Any) -> tuple[list[spin.Question], dict[str, spin.Answer]]:
            spin.ensure_bank(db)
            industry = ws.account_values(db, account_id).get("industry")
            by_block = spin.questions_for(db, industry if market_only else None)
            questions = [q for block in spin.BLOCKS for q in by_block[block]]
            return questions, spin.latest_answers(db, account_id)

        self.ops.submit(read, key=("spin", account_id), done=self._read, owner=self)

    def _read(self, result: tuple[list[spin.Question], dict[str, spin.Answer]]) -> None:
        current_id = (
            self.questions[self.current].id if 0 <= self.current < len(self.questions) else None
        )
        self.questions, self.answers = result
        current_id = (
            self.questions[self.current].id if 0 <= self.current < len(self.questions) else None
        )
        self.outline.blockSignals(True)
        self.outline.clear()
        for q in self.questions:
            item = QListWidgetItem()
            item.setData(QUESTION_ROLE, q.id)
            self.outline.addItem(item)
        self.outline.blockSignals(False)
        self._refresh_outline()
        ids = [q.id for q in self.questions]
        first_open = next((i for i, q in enumerate(self.questions) if q.id not in self.answers), 0)
        self.show_question(ids.index(current_id) if current_id in ids else first_open)

    def _refresh_outline(self) -> None:
        for i, q in enumerate(self.questions):
            item = self.outline.item(i)
            mark = "✓" if q.id in self.answers else "·"
            item.setText(f"{mark} {q.block}  {q.text(self.language)}")
            item.setToolTip(q.text(self.language))
        done = sum(1 for q in self.questions if q.id in self.answers)
        self.progress.setText(
            self.tr("%1 of %2 questions answered")
            .replace("%1", str(done))
            .replace("%2", str(len(self.questions)))
        )

    # -- moving -------------------------------------------------------------------------------
    def show_question(self, index: int) -> None:
        if not self.questions:
            self.current = -1
            self.block_label.setText("")
            self.question_label.setText(self.tr("The question bank is empty for this market."))
            for w in (self.editor, self.money, self.next_button, self.skip_button):
                w.setEnabled(False)
            return
        index = max(0, min(index, len(self.questions) - 1))
        self.current = index
        q = self.questions[index]
        self.block_label.setText(
            self.tr("%1 · question %2 of %3")
            .replace("%1", self.block_name(q.block))
            .replace("%2", str(index + 1))
            .replace("%3", str(len(self.questions)))
        )
        self.question_label.setText(q.text(self.language))
        last = self.answers.get(q.id)
        if last is None:
            self.previous.setText(self.tr("Not asked yet."))
        else:
            figure = f" · {money(last.money_kop)} ₽" if last.money_kop is not None else ""
            self.previous.setText(
                self.tr("Last answer, %1: %2")
                .replace("%1", day(last.answered_on))
                .replace("%2", (last.answer or "—") + figure)
            )
        self.editor.setPlainText(last.answer if last else "")
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        money_block = q.block == spin.MONEY_BLOCK
        self.money_label.setVisible(money_block)
        self.money.setVisible(money_block)
        self.money.setValue((last.money_kop or 0) / 100 if last else 0)
        for w in (self.editor, self.money, self.next_button, self.skip_button):
            w.setEnabled(True)
        self.back_button.setEnabled(index > 0)
        self.status.setStyleSheet("color: #b00020;")
        self.status.clear()
        self.outline.blockSignals(True)
        self.outline.setCurrentRow(index)
        self.outline.blockSignals(False)
        self.editor.setFocus()

    def _outline_chosen(self, row: int) -> None:
        if row != self.current:
            self.save_current()
            self.show_question(row)

    def save_current(self) -> bool:
        """Keep what is typed for the current question; True when something was saved."""
        if not 0 <= self.current < len(self.questions):
            return False
        q = self.questions[self.current]
        figure = round(self.money.value() * 100) if q.block == spin.MONEY_BLOCK else None
        text = self.editor.toPlainText().strip()
        last = self.answers.get(q.id)
        if (not text and not figure) or (
            last is not None and last.answer == text and last.money_kop == (figure or None)
        ):
            return False
        # shown as answered at once; the executor saves it, in order, off the GUI thread
        self.answers[q.id] = spin.Answer(q.id, text, figure or None, date.today())
        self._refresh_outline()
        account_id = self.account_id

        def saved(_result: Any) -> None:
            self.changed.emit()

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            self.status.setText(Messages(self).failure(exc))
            self.reload()

        self.ops.submit(
            spin.save_answer, account_id, q.id, text, figure or None, done=saved,
            failed=refused, owner=self,
        )  # fmt: skip
        return True

    def save_and_next(self) -> None:
        self.save_current()
        if self.current < len(self.questions) - 1:
            self.show_question(self.current + 1)
        else:
            self.status.setStyleSheet("color: #2e7d32;")
            self.status.setText(self.tr("That was the last question."))

    def skip(self) -> None:
        if self.current < len(self.questions) - 1:
            self.show_question(self.current + 1)

    def go_back(self) -> None:
        self.save_current()
        if self.current > 0:
            self.show_question(self.current - 1)

    def flush(self) -> None:
        """Save what is typed (the card or the window is closing)."""
        self.save_current()

    # -- Enter in the editor ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if enter and not shifted:
                self.save_and_next()
                return True
        return super().eventFilter(watched, event)
