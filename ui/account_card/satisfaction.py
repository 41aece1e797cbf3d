"""Account card → Satisfaction: the account's NPS answers with CSI, its OTIF by quarter
(the trend), and a form to type a survey answer taken on a visit or a call."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.kpi.satisfaction import account_satisfaction, record_answer
from ui.formatting import day, number, percent
from ui.ops import Executor
from ui.widgets import DateField

# the attributes a new answer offers (the seed's examples), with their importance
ATTRIBUTES = (
    ("Качество товара", 5.0),
    ("Сроки поставки", 4.0),
    ("Цена", 4.0),
    ("Работа менеджера", 3.0),
)
DEPARTMENTS = ("Отдел продаж", "Логистика", "Сервис", "Бухгалтерия")


class AnswerDialog(QDialog):
    """One survey answer: date, our department rated, NPS 0–10 and attribute ratings."""

    def __init__(self, ops: Executor, account_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.account_id = ops, account_id
        self.saved: str | None = None
        self.setWindowTitle(self.tr("Survey answer"))
        self.on = DateField(self)
        self.department = QComboBox(self)
        self.department.setEditable(True)
        self.department.addItems(DEPARTMENTS)
        self.nps = QSpinBox(self)
        self.nps.setRange(-1, 10)
        self.nps.setSpecialValueText(self.tr("not asked"))
        self.nps.setValue(-1)
        self.comment = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.on)
        form.addRow(self.tr("Our department rated:"), self.department)
        form.addRow(self.tr("Would recommend us, 0–10:"), self.nps)
        self.ratings: list[tuple[QLineEdit, QSpinBox, QDoubleSpinBox]] = []
        box = QGroupBox(self.tr("Ratings 1–5 (0: not rated) and their importance"), self)
        grid = QFormLayout(box)
        for name, weight in ATTRIBUTES:
            attr = QLineEdit(name, box)
            rating = QSpinBox(box)
            rating.setRange(0, 5)
            rating.setSpecialValueText("—")
            importance = QDoubleSpinBox(box)
            importance.setRange(0.1, 10)
            importance.setDecimals(1)
            importance.setValue(weight)
            row = QHBoxLayout()
            row.addWidget(rating)
            row.addWidget(QLabel(self.tr("importance"), box))
            row.addWidget(importance)
            grid.addRow(attr, row)
            self.ratings.append((attr, rating, importance))
        form.addRow(self.tr("Comment:"), self.comment)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        score = self.nps.value() if self.nps.value() >= 0 else None
        rated = [
            (a.text().strip(), r.value(), w.value())
            for a, r, w in self.ratings
            if r.value() > 0 and a.text().strip()
        ]
        if score is None and not rated:
            self.error.setText(self.tr("Give the NPS score or at least one rating."))
            return
        when = self.on.value() or date.today()

        def saved(answer_id: str) -> None:
            self.saved = answer_id
            self.accept()

        def refused(exc: BaseException) -> None:
            from ui.messages import Messages

            text = Messages(self).failure(exc)
            self.error.setText(text)

        self.ops.submit(
            record_answer, self.account_id, when, score, self.department.currentText(), rated,
            self.comment.text().strip() or None, done=saved, failed=refused, owner=self,
        )  # fmt: skip


class SatisfactionTab(QWidget):
    changed = Signal()

    def __init__(self, ops: Executor, account_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.account_id = ops, account_id
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.add_button = QPushButton(self.tr("&Add a survey answer…"), self)
        self.add_button.clicked.connect(self.add_answer)
        self.answers = QTableWidget(0, 5, self)
        self.answers.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Department"), self.tr("NPS answer"), self.tr("CSI"),
             self.tr("Comment")]
        )  # fmt: skip
        self.otif = QTableWidget(0, 4, self)
        self.otif.setHorizontalHeaderLabels(
            [self.tr("Quarter"), self.tr("Deliveries"), self.tr("OTIF"), self.tr("OTIF, %")]
        )
        for table in (self.answers, self.otif):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Survey answers (NPS, CSI)"), self))
        left.addWidget(self.answers)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Deliveries on time and in full, by quarter"), self))
        right.addWidget(self.otif)
        tables.addLayout(left, 3)
        tables.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        ops.hub.changed.connect(self._data_changed)
        self.reload()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.SURVEYS in kinds:
            self.reload()

    def reload(self) -> None:
        self.ops.submit(
            account_satisfaction, self.account_id, key=("satisfaction", self.account_id),
            done=self._show, owner=self,
        )  # fmt: skip

    def _show(self, data: dict[str, Any]) -> None:
        answers = data["answers"]
        self.answers.setRowCount(len(answers))
        for r, a in enumerate(answers):
            cells = (
                day(a["date"]),
                a["department"] or "",
                "" if a["nps"] is None else str(a["nps"]),
                "" if a["csi"] is None else number(a["csi"], 2),
                a.get("comment") or "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(text)  # a long comment, whole
                elif c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.answers.setItem(r, c, item)
        trend = data["otif_by_quarter"]
        self.otif.setRowCount(len(trend))
        for r, (q, o) in enumerate(trend.items()):
            for c, text in enumerate((q, str(o.deliveries), str(o.otif), percent(o.share, 0))):
                self.otif.setItem(r, c, QTableWidgetItem(text))
        self.answers.resizeColumnsToContents()
        self.otif.resizeColumnsToContents()
        nps = data["nps"]
        text = (
            self.tr("NPS %1 (%2 answers: %3 promoters, %4 passives, %5 detractors)")
            .replace("%1", number(nps.score, 0))
            .replace("%2", str(nps.answers))
            .replace("%3", str(nps.promoters))
            .replace("%4", str(nps.passives))
            .replace("%5", str(nps.detractors))
        )
        if nps.score is None:
            text = self.tr("No NPS answers yet.")
        if trend:
            last_q, last = list(trend.items())[-1]
            text += " · " + self.tr("OTIF %1 in %2").replace("%1", percent(last.share, 0)).replace(
                "%2", last_q
            )
        self.summary.setText(text)

    def add_answer(self) -> None:
        dialog = AnswerDialog(self.ops, self.account_id, self)
        self.answer_dialog = dialog
        if dialog.exec() and dialog.saved:
            self.changed.emit()  # the hub makes the tab read them again
