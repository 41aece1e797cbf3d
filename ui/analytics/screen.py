"""The Analytics screen: choose a segmentation, an as-of date and a window; the table
with its chart; double-click a row for its accounts; export the table and the chart.

Every table of one as-of date and window is computed at once in a worker thread (the
first time after a change of data: a few seconds on a million lines, with progress
and Cancel); switching between segmentations afterwards only shows what is there."""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.analytics.present import export_table
from ui import formatting as fmt
from ui.analytics.labels import VIEWS, column_label, segment_label, view_label, warning_text
from ui.analytics.model import ACCOUNTS_ROLE, SegmentTableModel
from ui.derived import DerivedState
from ui.tables import read_only_table
from ui.widgets import DateField, ElidedComboBox, look
from ui.workers import Worker

if TYPE_CHECKING:  # the engine (pandas) is loaded when the first analysis runs
    from core.analytics.service import Analysis

log = logging.getLogger("fieldbook.ui.analytics")


class AnalyticsScreen(QWidget):
    drill_down = Signal(list, str)  # account ids, what they are
    computed = Signal()  # the tables asked for are shown (computed or from memory)
    charts_ready = Signal()  # every chart of the analysis is drawn
    charts_partial = Signal(object, object)  # size, {view: PNG}: the first chart, early

    def __init__(self, derived: DerivedState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.derived = derived
        self.analysis: Analysis | None = None
        self._waiting: tuple[date | None, int] | None = None  # asked, not yet shown
        self._stopped = False  # the window is closing: start no more work
        self._chosen_as_of: date | None = None  # None: the latest sale date
        self._charts: dict[str, bytes] = {}  # view → PNG at self._chart_size
        self._chart_size: tuple[int, int] = (0, 0)
        self.chart_worker: Worker | None = None
        self._charts_for: Analysis | None = None
        self._build()
        self.charts_partial.connect(self._first_chart_drawn, Qt.ConnectionType.QueuedConnection)
        derived.computed.connect(self._computed)
        derived.progress.connect(self._progress)
        derived.failed.connect(self._failed)
        derived.stale.connect(self._stale)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.view_box = ElidedComboBox(self, 32)
        for key, _kind, _by in VIEWS:
            self.view_box.addItem(view_label(key), key)
        self.view_box.currentIndexChanged.connect(self._show_view)
        self.as_of_edit = DateField(self)
        self.as_of_edit.setToolTip(self.tr("The last day of the analysis window"))
        self.as_of_edit.editingFinished.connect(self._parameters_changed)
        self.latest_button = QToolButton(self)
        self.latest_button.setText(self.tr("Latest sale"))
        self.latest_button.setToolTip(self.tr("Set the as-of date to the latest sale date"))
        self.latest_button.clicked.connect(self._use_latest)
        self.window_box = QSpinBox(self)
        self.window_box.setRange(1, 60)
        self.window_box.setValue(12)
        self.window_box.setSuffix(self.tr(" months"))
        self.window_box.editingFinished.connect(self._parameters_changed)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Compute again from the data (F5)"))
        self.refresh_button.clicked.connect(lambda: self.compute(force=True))
        self.export_button = QPushButton(self.tr("&Export table…"), self)
        self.export_button.setToolTip(self.tr("Save the table as .xlsx or .csv (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_table)
        self.chart_button = QPushButton(self.tr("Save &chart…"), self)
        self.chart_button.setToolTip(self.tr("Save the chart as .png or .svg"))
        self.chart_button.clicked.connect(self.export_chart)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.compute(force=True))
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_table)

        bar = QHBoxLayout()
        label = QLabel(self.tr("&Segmentation:"), self)
        label.setBuddy(self.view_box)
        bar.addWidget(label)
        bar.addWidget(self.view_box, 1)
        as_of_label = QLabel(self.tr("&As of:"), self)
        as_of_label.setBuddy(self.as_of_edit)
        bar.addSpacing(12)
        bar.addWidget(as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.latest_button)
        window_label = QLabel(self.tr("&Window:"), self)
        window_label.setBuddy(self.window_box)
        bar.addSpacing(12)
        bar.addWidget(window_label)
        bar.addWidget(self.window_box)
        bar.addWidget(self.refresh_button)

        self.window_label = QLabel(self)
        self.window_label.setObjectName("analysisWindow")
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setObjectName("analysisWarnings")
        self.warnings_label.setStyleSheet(
            "QLabel#analysisWarnings { background: #fff4e0; border: 1px solid #f0d29a;"
            " border-radius: 3px; padding: 4px 8px; color: #5c4100; }"
        )
        self.warnings_label.hide()
        # a view's headline figure, on a line of its own (the discounts: what they cost)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.hide()

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        busy = QHBoxLayout()
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget(self)
        self.busy_row.setLayout(busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()

        self.model = SegmentTableModel(self)
        self.table = read_only_table(self.model, self)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.doubleClicked.connect(self._drill)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._drill_current)

        self.chart_holder = QLabel(self)
        self.chart_holder.setObjectName("chart")
        self.chart_holder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_holder.setMinimumHeight(200)
        ignored = QSizePolicy.Policy.Ignored  # the picture follows the area, not the reverse
        self.chart_holder.setSizePolicy(ignored, ignored)
        self.chart_holder.setStyleSheet("QLabel#chart { background: white; color: #777; }")
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(400)
        self._resize_timer.timeout.connect(self._render_charts)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_label = QLabel(
            self.tr("There are no sales yet. Import a sales file or create the demo company."),
            self,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Analytics"), self)
        look(title, "screenTitle")
        layout.addWidget(title)
        layout.addLayout(bar)
        # the second row: what the table covers, and what can be done with it; at
        # 1280×800 the buttons no longer squeeze the choices of the first row
        second = QHBoxLayout()
        second.addWidget(self.window_label, 1)
        second.addWidget(self.export_button)
        second.addWidget(self.chart_button)
        layout.addLayout(second)
        layout.addWidget(self.headline)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.splitter, 1)
        self._set_enabled_actions()

    # -- computing -------------------------------------------------------------------------
    def busy(self) -> bool:
        return self._waiting is not None

    def _parameters(self) -> tuple[date | None, int]:
        return self._chosen_as_of, self.window_box.value()

    def _parameters_changed(self) -> None:
        if self.analysis is None:
            return
        shown = self.as_of_edit.value() or date.today()
        if shown != self.analysis.as_of:
            self._chosen_as_of = None if shown == self.analysis.latest_sale else shown
        if (shown, self.window_box.value()) != (self.analysis.as_of, self.analysis.months):
            self.compute()

    def _use_latest(self) -> None:
        self._chosen_as_of = None
        self.compute()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.compute()

    def compute(self, force: bool = False) -> None:
        """Show the tables for the chosen parameters: at once when the data has not
        changed since they were computed, else when the background computation (with
        progress and Cancel) brings them."""
        if self._stopped:
            return
        params = self._parameters()
        cached = None if force else self.derived.cached(*params)
        if cached is not None:
            self._waiting = None
            self._show(cached)
            self._set_enabled_actions()
            self.computed.emit()
            return
        self._waiting = params
        self.progress.setValue(0)
        self._progress(0, "load")
        self.busy_row.show()
        self._set_enabled_actions()
        self.derived.request(*params, force=force)

    def _stale(self) -> None:
        """The data changed: what is shown is computed again (at once when shown)."""
        if self.isVisible():
            self.compute()

    def _computed(self, analysis: Analysis) -> None:
        if self._waiting is None or self._stopped:
            return
        as_of, months = self._waiting
        if months != analysis.months or (as_of is not None and as_of != analysis.as_of):
            return  # another computation's result
        if as_of is None and analysis.latest_sale not in (None, analysis.as_of):
            return
        self._waiting = None
        self.busy_row.hide()
        self._show(analysis)
        self._set_enabled_actions()
        self.computed.emit()

    def _progress(self, percent: int, stage: str) -> None:
        if self._waiting is None:
            return
        self.progress.setValue(percent)
        self.progress_label.setText(
            {
                "load": self.tr("Reading the sales lines…"),
                "segment": self.tr("Computing the per-client metrics…"),
                "tables": self.tr("Building the segment tables…"),
            }.get(stage, "")
        )

    def cancel(self) -> None:
        if self._waiting is not None:
            self.derived.background.cancel(("analysis", *self._waiting))
        self._waiting = None
        self.busy_row.hide()
        self._set_enabled_actions()
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._waiting is None:
            return
        self._waiting = None
        self.busy_row.hide()
        self._set_enabled_actions()
        self.computed.emit()
        from ui.messages import Messages

        QMessageBox.warning(
            self,
            "Fieldbook",
            self.tr("The analysis could not be computed: %1").replace(
                "%1", Messages(self).failure(exc)
            ),
        )

    # -- showing ---------------------------------------------------------------------------
    def _show(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.as_of_edit.blockSignals(True)
        d = analysis.as_of
        self.as_of_edit.set_value(d)
        self.as_of_edit.blockSignals(False)
        self.window_box.setValue(analysis.months)
        empty = analysis.latest_sale is None
        self.empty_label.setVisible(empty)
        self.splitter.setVisible(not empty)
        self.window_label.setVisible(not empty)
        if empty:
            self.model.set_table(None)
            self.warnings_label.hide()
            self._set_enabled_actions()
            return
        if self._charts_for is not analysis:
            self._charts = {}
            self._charts_for = analysis
            if self.chart_worker is not None:
                self.chart_worker.cancel()
                self._charts_finished()
            QTimer.singleShot(0, self._render_charts)
        self._show_view()

    def current_view(self) -> tuple[str, str, str | None]:
        return VIEWS[max(0, self.view_box.currentIndex())]

    def set_view(self, key: str) -> None:
        index = self.view_box.findData(key)
        if index >= 0:
            self.view_box.setCurrentIndex(index)

    def _show_view(self) -> None:
        if self.analysis is None:
            return
        view, kind, by = self.current_view()
        table = self.analysis.table(kind, by)
        self.model.set_table(table)
        self._fit_columns()
        window = table.as_of
        self.window_label.setText(
            self.tr(
                "%1 months to %2 · %3 clients in the table · double-click a row for its accounts"
            )
            .replace("%1", str(table.window_months))
            .replace("%2", fmt.day(window))
            .replace("%3", fmt.number(len(table.total.get("accounts", ()))))
        )
        self.headline.setVisible(kind == "discounts")
        if kind == "discounts":  # seed 000's headline: what the discounts cost
            total = table.total
            lost = float(total.get("excess_discount") or 0) + float(
                total.get("implicit_discount") or 0
            )
            said = (
                self.tr("excess and implicit discounts: %1 ₽, %2 of revenue")
                .replace("%1", fmt.money(lost))
                .replace("%2", fmt.percent(total.get("headline_share"), 1))
            )
            self.headline.setText(f"<b>{escape(said)}</b>")
        warnings = [warning_text(w) for w in dict.fromkeys(table.warnings)]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._show_chart(view)
        self._set_enabled_actions()

    def _fit_columns(self) -> None:
        """Each column as wide as its longest text, within limits: measured on the
        texts the model formatted once (Qt's resizeColumnsToContents asked the model
        for every cell in every role: 50 ms of the window's time on a large table)."""
        bold = QFontMetrics(self.model.bold_font())
        header = self.table.horizontalHeader().fontMetrics()
        for column in range(self.model.columnCount()):
            limit = 320 if column == 0 else 190
            text = self.model.widest(column)
            width = max(bold.horizontalAdvance(text), header.horizontalAdvance(text)) + 24
            self.table.setColumnWidth(column, max(70, min(limit, width)))

    # -- charts: drawn off the GUI thread, all at once, then only shown ------------------
    def _chart_target(self) -> tuple[int, int]:
        return (max(self.chart_holder.width(), 400), max(self.chart_holder.height(), 200))

    def _render_charts(self) -> None:
        """Draw every view's chart in a worker at the chart area's size."""
        if self.analysis is None or self.chart_worker is not None or self._stopped:
            return
        analysis = self.analysis
        size = self._chart_target()
        jobs = [(v, analysis.table(k, b), view_label(v)) for v, k, b in VIEWS]
        current = self.current_view()[0]
        jobs.sort(key=lambda job: job[0] != current)  # the one on screen first
        language = fmt.ui_language()

        def task(progress: Any, cancelled: Any) -> tuple[tuple[int, int], dict[str, bytes]]:
            # drawn in the worker process: matplotlib there holds no GIL of the window
            from ui import processes
            from ui.analytics.chart import chart_inputs, render_all

            light, bare = chart_inputs(analysis, jobs)
            first, rest = bare[:1], bare[1:]  # the chart on screen comes first
            out = processes.run(render_all, first, light, size, language)
            self.charts_partial.emit(size, out)
            if not cancelled():
                out.update(processes.run(render_all, rest, light, size, language))
            progress(100, "charts")
            return size, out

        worker = Worker(task, self)
        self.chart_worker = worker
        worker.succeeded.connect(self._charts_drawn)
        worker.failed.connect(lambda *_: self._charts_finished())
        worker.cancelled.connect(self._charts_finished)
        worker.start()

    def _charts_finished(self) -> None:
        if self.chart_worker is not None:
            self.chart_worker.wait()
        self.chart_worker = None

    def _first_chart_drawn(self, size: tuple[int, int], charts: dict[str, bytes]) -> None:
        """The chart on screen, drawn before the others."""
        if self._stopped or self.chart_worker is None:
            return
        self._chart_size = size
        self._charts = dict(charts)
        self._show_chart(self.current_view()[0])

    def _charts_drawn(self, result: tuple[tuple[int, int], dict[str, bytes]]) -> None:
        self._charts_finished()
        size, charts = result
        self._chart_size = size
        self._charts = charts
        self._show_chart(self.current_view()[0])
        self.charts_ready.emit()
        if size != self._chart_target():  # resized meanwhile
            self._resize_timer.start()

    def _show_chart(self, view: str) -> None:
        data = self._charts.get(view)
        if data is None:
            self.chart_holder.setPixmap(QPixmap())
            self.chart_holder.setText(self.tr("Drawing the chart…"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        self.chart_holder.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.analysis is not None and self._chart_size != self._chart_target():
            self._resize_timer.start()

    def _set_enabled_actions(self) -> None:
        has = self.analysis is not None and self.model.rowCount() > 0
        idle = self._waiting is None
        for widget in (self.export_button, self.chart_button):
            widget.setEnabled(has and idle)
        for control in (self.refresh_button, self.as_of_edit, self.window_box, self.latest_button):
            control.setEnabled(idle)

    # -- drill-down and export ------------------------------------------------------------
    def _drill_current(self) -> None:
        self._drill(self.table.currentIndex())

    def _drill(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        ids = self.model.data(self.model.index(index.row(), 0), ACCOUNTS_ROLE) or []
        if not ids:
            return
        row = self.model.row_data(index.row())
        what = f"{view_label(self.current_view()[0])}: {segment_label(str(row['segment']))}"
        self.drill_down.emit(list(ids), what)

    def _suggested_name(self, suffix: str) -> str:
        view = self.current_view()[0]
        as_of = self.analysis.as_of.isoformat() if self.analysis else ""
        return str(Path.home() / f"fieldbook-{view}-{as_of}{suffix}")

    def export_table(self) -> None:
        table = self.model.table()
        if table is None or self._waiting is not None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the table"),
            self._suggested_name(".xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        view = self.current_view()[0]
        heading = (
            f"{view_label(view)} · {table.as_of.strftime('%d.%m.%Y')}, {table.window_months} "
            + self.tr("months")
        )
        notes = [warning_text(w) for w in dict.fromkeys(table.warnings)]
        try:
            export_table(table, target, column_label, segment_label, heading, notes)
        except OSError as exc:
            QMessageBox.warning(
                self, "Fieldbook",
                self.tr("The table could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )  # fmt: skip
            return
        self.window_label.setText(self.tr("Saved %1").replace("%1", str(target)))

    def export_chart(self) -> None:
        if self.analysis is None or self.model.table() is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            self._suggested_name(".png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        try:
            self.save_chart(target)
        except OSError as exc:
            QMessageBox.warning(
                self, "Fieldbook",
                self.tr("The chart could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )  # fmt: skip
            return
        self.window_label.setText(self.tr("Saved %1").replace("%1", str(target)))

    def save_chart(self, target: Path) -> Path:
        from core.export import write_whole
        from ui.analytics.chart import figure

        assert self.analysis is not None
        view, kind, by = self.current_view()
        fig = figure(
            view, self.analysis.table(kind, by), self.analysis, view_label(view), (1200, 600)
        )
        return write_whole(
            target, lambda fh: fig.savefig(fh, format=target.suffix.lstrip(".").lower(), dpi=150)
        )

    def stop(self) -> None:
        """Stop the chart worker and wait for it (the window is closing); a result that
        arrives afterwards starts nothing new."""
        self._stopped = True
        if self.chart_worker is not None:
            self.chart_worker.cancel()
            self.chart_worker.wait()
