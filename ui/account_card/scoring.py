"""The Scoring tab: BANT with its history, and the BCG factors with the suggested score,
the reason and the manager's override; the levels and the strategy in words; the 3×3
matrix of all accounts with this one highlighted."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.accounts import workspace as ws
from core.selling.bant import CRITERIA, Bant
from core.selling.bcg import FACTORS, RELATIONSHIP, Suggestion, assess
from ui.account_card.charts import bcg_matrix_png
from ui.account_card.words import Words
from ui.formatting import number
from ui.ops import Executor
from ui.pictures import draw_later

if TYPE_CHECKING:  # the analysis service loads pandas: not on the GUI thread
    from core.analytics.service import Analysis

log = logging.getLogger("fieldbook.ui.scoring")


class ScoringTab(QWidget):
    changed = Signal()
    matrix_drawn = Signal()

    def __init__(
        self,
        ops: Executor,
        background: Executor,
        account_id: str,
        words: Words,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self.background = ops, background
        self.account_id, self.words = account_id, words
        self.suggestions: dict[str, Suggestion] = {}
        self.analysis: Analysis | None = None
        self.overrides: dict[str, int | None] = {}  # the user's own scores
        self._loading = False
        layout = QHBoxLayout(self)
        layout.addWidget(self._bant_box(), 2)
        layout.addWidget(self._bcg_box(), 3)
        self.bant_timer = QTimer(self)
        self.bant_timer.setSingleShot(True)
        self.bant_timer.setInterval(1200)
        self.bant_timer.timeout.connect(self.save_bant)
        self._show_bant_total()
        self.refresh_bcg()
        self.reload()

    def reload(self) -> None:
        """Read the BANT history and the user's BCG scores (shown when they arrive)."""
        account_id = self.account_id
        self.ops.submit(
            lambda db: (ws.bant_history(db, account_id), ws.bcg_overrides(db, account_id)),
            key=("scoring", account_id),
            done=self._read,
            owner=self,
        )

    def _read(self, read: tuple[list[ws.BantEntry], dict[str, int | None]]) -> None:
        history, self.overrides = read
        if not self.bant_timer.isActive():  # what is being typed wins
            self._load_bant(history)
        else:
            self._fill_history(history)
        self.refresh_bcg()

    # -- BANT ----------------------------------------------------------------------------
    def _bant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("BANT qualification"), self)
        grid = QGridLayout()
        names = {
            "budget": self.tr("Budget"),
            "authority": self.tr("Authority (ЛПР / ЛВР)"),
            "need": self.tr("Need"),
            "timing": self.tr("Time"),
        }
        self.bant_spins: dict[str, QSpinBox] = {}
        self.bant_notes: dict[str, QLineEdit] = {}
        grid.addWidget(QLabel(self.tr("0 unknown · 1 signals · 2 partly confirmed · 3 confirmed")),
                       0, 0, 1, 3)  # fmt: skip
        for r, key in enumerate(CRITERIA, start=1):
            spin = QSpinBox(box)
            spin.setRange(0, 3)
            spin.valueChanged.connect(self._bant_edited)
            note = QLineEdit(box)
            note.setPlaceholderText(self.tr("what we know"))
            note.textEdited.connect(self._bant_edited)
            self.bant_spins[key], self.bant_notes[key] = spin, note
            grid.addWidget(QLabel(names[key] + ":"), r, 0)
            grid.addWidget(spin, r, 1)
            grid.addWidget(note, r, 2)
        self.bant_total = QLabel(box)
        self.bant_total.setObjectName("bantTotal")
        grid.addWidget(self.bant_total, 5, 0, 1, 3)
        self.history = QTableWidget(0, 7, box)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Scored"), "B", "A", "N", "T", self.tr("Total"), self.tr("Status")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("History (every change, newest first):")))
        layout.addWidget(self.history, 1)
        return box

    def _current_bant(self) -> Bant:
        return Bant(*(self.bant_spins[k].value() for k in CRITERIA))

    def _bant_edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._show_bant_total()
        self.bant_timer.start()

    def _show_bant_total(self) -> None:
        bant = self._current_bant()
        self.bant_total.setText(
            self.tr("Total %1 of 12: %2")
            .replace("%1", str(bant.total))
            .replace("%2", self.words.bant_status(bant.status))
        )

    def save_bant(self) -> None:
        """Keep the assessment as shown (a history entry, when it changed)."""
        self.bant_timer.stop()
        notes = {k: self.bant_notes[k].text() for k in CRITERIA}
        account_id = self.account_id

        def saved(changed: bool) -> None:
            if changed:
                self.ops.submit(
                    ws.bant_history, account_id, key=("bant", account_id),
                    done=self._fill_history, owner=self,
                )  # fmt: skip
                self.changed.emit()

        self.ops.submit(
            ws.record_bant, account_id, self._current_bant(), notes, done=saved, owner=self
        )

    def flush(self) -> None:
        """Save the BANT being typed (closing)."""
        if self.bant_timer.isActive():
            self.save_bant()

    def _load_bant(self, history: list[ws.BantEntry]) -> None:
        self._loading = True
        try:
            if history:
                latest = history[0]
                for k in CRITERIA:
                    self.bant_spins[k].setValue(getattr(latest.bant, k))
                    self.bant_notes[k].setText(latest.notes.get(k, ""))
        finally:
            self._loading = False
        self._show_bant_total()
        self._fill_history(history)

    def _fill_history(self, history: list[ws.BantEntry]) -> None:
        self.history.setRowCount(len(history))
        for r, entry in enumerate(history):
            b = entry.bant
            local = entry.scored_at.astimezone()
            cells = [local.strftime("%d.%m.%Y %H:%M"), b.budget, b.authority, b.need, b.timing,
                     b.total, self.words.bant_status(b.status)]  # fmt: skip
            for c, value in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(str(value)))
        self.history.resizeColumnsToContents()

    # -- BCG -----------------------------------------------------------------------------
    def _bcg_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("BCG: attractiveness × relationship"), self)
        self.factors = QTableWidget(len(FACTORS), 4, box)
        self.factors.setHorizontalHeaderLabels(
            [self.tr("Factor"), self.tr("Suggested"), self.tr("Why"), self.tr("Your score")]
        )
        self.factors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factors.verticalHeader().setVisible(False)
        self.factors.verticalHeader().setDefaultSectionSize(26)
        header = self.factors.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.override_boxes: dict[str, QComboBox] = {}
        for r, factor in enumerate(FACTORS):
            axis = self.tr("Relationship") if factor in RELATIONSHIP else self.tr("Attractiveness")
            item = QTableWidgetItem(self.words.factor(factor))
            item.setToolTip(f"{axis}: {self.words.factor(factor)}")
            self.factors.setItem(r, 0, item)
            combo = QComboBox(self.factors)
            combo.addItem("—", None)
            for score in range(1, 6):
                combo.addItem(str(score), score)
            combo.currentIndexChanged.connect(lambda _i, f=factor: self._override(f))
            self.override_boxes[factor] = combo
            self.factors.setCellWidget(r, 3, combo)
        self.factors.setColumnWidth(0, 230)
        self.factors.setColumnWidth(1, 90)
        self.factors.setFixedHeight(
            26 * len(FACTORS) + self.factors.horizontalHeader().sizeHint().height() + 4
        )
        self.levels = QLabel(box)
        self.levels.setWordWrap(True)
        self.strategy = QLabel(box)
        self.strategy.setObjectName("bcgStrategy")
        self.strategy.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.matrix = QLabel(box)
        self.matrix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix.setMinimumHeight(260)
        layout = QVBoxLayout(box)
        layout.addWidget(self.factors)
        layout.addWidget(self.levels)
        layout.addWidget(self.strategy)
        layout.addWidget(self.matrix, 1)
        return box

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        scores = analysis.scores if analysis is not None else None
        self.suggestions = scores.suggestions(self.account_id) if scores else {}
        self.refresh_bcg()

    def refresh_bcg(self) -> None:
        overrides = self.overrides
        self._loading = True
        try:
            for r, factor in enumerate(FACTORS):
                s = self.suggestions.get(factor)
                self.factors.setItem(r, 1, QTableWidgetItem("" if s is None or s.score is None
                                                            else str(s.score)))  # fmt: skip
                reason = self.words.reason(s.reason) if s is not None else self.tr("computing…")
                if s is None and self.analysis is not None:
                    reason = self.tr("no data: score it yourself")
                why = QTableWidgetItem(reason)
                why.setToolTip(reason)
                self.factors.setItem(r, 2, why)
                combo = self.override_boxes[factor]
                combo.setCurrentIndex(max(0, combo.findData(overrides.get(factor))))
        finally:
            self._loading = False
        self._show_result(overrides)

    def _override(self, factor: str) -> None:
        if self._loading:
            return
        value = self.override_boxes[factor].currentData()
        s = self.suggestions.get(factor)
        self.overrides[factor] = value
        self.ops.submit(
            ws.set_bcg_override, self.account_id, factor, value,
            suggested=s.score if s else None, reason=s.reason.english() if s else None,
            owner=self,
        )  # fmt: skip
        self._show_result(self.overrides)
        self.changed.emit()

    def _show_result(self, overrides: dict[str, int | None]) -> None:
        result = assess({f: s.score for f, s in self.suggestions.items()}, overrides)
        self.result = result
        w = self.words
        self.levels.setText(
            self.tr("Relationship %1 (%2) · attractiveness %3 (%4)")
            .replace("%1", number(result.relationship, 2) or "—")
            .replace("%2", w.relationship_level(result.relationship_level))
            .replace("%3", number(result.attractiveness, 2) or "—")
            .replace("%4", w.attractiveness_level(result.attractiveness_level))
        )
        self.strategy.setText(
            self.tr("Strategy: %1").replace("%1", w.strategy(result.strategy))
            if result.strategy
            else self.tr("Strategy: score both axes to see it")
        )
        self._draw_matrix()

    def _draw_matrix(self) -> None:
        """Draw the 3×3 matrix of every account off the GUI thread (20,000 bubbles take a
        third of a second); asked again meanwhile, the latest request is drawn once."""
        scores = self.analysis.scores if self.analysis is not None else None
        account, result = self.account_id, self.result

        def points() -> tuple[Any, ...]:  # on the background lane: 20,000 accounts' bubbles
            if scores is None:
                import numpy as np

                return (np.zeros((0, 4)),)
            return (scores.matrix_points(account, result),)

        width = min(max(self.matrix.width(), 480), 640)
        # as tall as the space it is shown in: a taller picture was cut at its top
        height = min(max(self.matrix.height(), 260), 420)
        names = self.words.strategies()
        titles = (self.tr("Relationship (strong ← → weak)"), self.tr("Attractiveness"))
        draw_later(
            self.background,
            self.matrix,
            ("bcg-matrix", self.account_id),
            bcg_matrix_png,
            names,
            titles,
            (width, height),
            shown=self.matrix_drawn.emit,
            prepare=points,
        )
