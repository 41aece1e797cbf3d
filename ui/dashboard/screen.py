"""The Dashboard: the management KPI panel of seed 002 for a manager, a department or
the company and a month, quarter or year. Each figure is a ring, "done X % / not done
Y %", with the plan and the fact in numbers; a click opens the accounts behind it (and
for revenue, the sales lines), exportable to .xlsx. Computed in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.kpi.panel import FIGURES, MONEY_FIGURES, Figure, Panel, Period, parse_period
from ui.formatting import money, number, percent
from ui.ops import Cancelled, Executor

GREEN, RED, GREY = QColor("#2e7d32"), QColor("#c0504d"), QColor("#d5dae0")


class Ring(QWidget):
    """One KPI: a ring filled to fact / plan, the share in the middle, plan and fact."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.title = key, title
        self.figure: Figure | None = None
        self.lines: tuple[str, str] = ("", "")
        self.setMinimumSize(220, 230)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click for the accounts behind this figure"))

    def set_figure(self, figure: Figure | None, lines: tuple[str, str]) -> None:
        self.figure, self.lines = figure, lines
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(QRectF(0, 4, w, 22), Qt.AlignmentFlag.AlignHCenter, self.title)
        size = min(w - 40, h - 110)
        rect = QRectF((w - size) / 2, 32, size, size)
        pen = QPen(GREY, 16)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawArc(rect, 0, 360 * 16)
        share = self.figure.share if self.figure is not None else None
        if share is not None:
            pen.setColor(GREEN if share >= 1 else RED)
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, -int(min(share, 1.0) * 360 * 16))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        p.setFont(big)
        p.setPen(QColor("#222"))
        p.drawText(
            rect, Qt.AlignmentFlag.AlignCenter, percent(share, 0) if share is not None else "—"
        )
        p.setFont(self.font())
        p.setPen(QColor("#444"))
        top = rect.bottom() + 8
        wrap = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        metrics = p.fontMetrics()
        for text in self.lines:  # a long line wraps under the ring, never cut at its edges
            needed = metrics.boundingRect(QRect(0, 0, w - 8, 1000), int(wrap), text).height()
            p.drawText(QRectF(4, top, w - 8, needed), int(wrap), text)
            top += max(needed, 18)
        p.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.figure is not None:
            self.clicked.emit(self.key)


class DrillDialog(QDialog):
    """The accounts behind a figure (and the sales lines for revenue), to .xlsx."""

    def __init__(
        self,
        title: str,
        accounts: list[dict[str, Any]],
        lines: list[dict[str, Any]] | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.accounts, self.lines = accounts, lines
        tabs = QTabWidget(self)
        tabs.addTab(
            self._table(
                [self.tr("Client"), self.tr("INN"), self.tr("Manager")],
                [(a["name"], a["inn"] or "", a["manager"] or "") for a in accounts],
            ),
            self.tr("Accounts (%1)").replace("%1", str(len(accounts))),
        )
        if lines is not None:
            tabs.addTab(
                self._table(
                    [
                        self.tr("Client"),
                        self.tr("Date"),
                        self.tr("Document"),
                        self.tr("SKU"),
                        self.tr("Group"),
                        self.tr("Qty"),
                        self.tr("Amount, ₽"),
                    ],
                    [
                        (
                            x["client"],
                            x["date"].strftime("%d.%m.%Y"),
                            x["doc_no"] or "",
                            x["sku"] or "",
                            x["product_group"] or "",
                            number(x["quantity"], 2),
                            money(x["amount_kop"], 2),
                        )
                        for x in lines
                    ],
                ),
                self.tr("Sales lines (%1)").replace("%1", str(len(lines))),
            )
        export = QPushButton(self.tr("&Export to .xlsx…"), self)
        export.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addLayout(buttons)
        self.resize(860, 560)

    def _table(self, headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table

    def export(self, path: str | None = None) -> Path | None:
        from core.export import Column, write_xlsx

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                str(Path.home() / "kpi.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return None
        target = Path(path).with_suffix(".xlsx")
        try:
            write_xlsx(
                target,
                self.tr("Accounts"),
                [
                    Column(self.tr("Client"), width=40),
                    Column(self.tr("INN"), width=14),
                    Column(self.tr("Manager"), width=30),
                ],
                [(a["name"], a["inn"], a["manager"]) for a in self.accounts],
            )
            if self.lines is not None:
                lines_path = target.with_name(target.stem + "-lines.xlsx")
                write_xlsx(
                    lines_path,
                    self.tr("Sales lines"),
                    [
                        Column(self.tr("Client"), width=40),
                        Column(self.tr("Date"), width=12),
                        Column(self.tr("Document"), width=14),
                        Column(self.tr("SKU"), width=14),
                        Column(self.tr("Group"), width=20),
                        Column(self.tr("Qty"), "number"),
                        Column(self.tr("Amount, ₽"), "money"),
                    ],
                    [
                        (
                            x["client"],
                            x["date"].strftime("%d.%m.%Y"),
                            x["doc_no"],
                            x["sku"],
                            x["product_group"],
                            x["quantity"],
                            x["amount_kop"] / 100,
                        )
                        for x in self.lines
                    ],
                )
        except OSError as exc:
            QMessageBox.warning(
                self, "Fieldbook", self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc))
            )
            return None
        return target


class DashboardScreen(QWidget):
    computed = Signal()
    drill_opened = Signal()  # the drill-down dialog of a ring is open

    def __init__(self, ops: Executor, background: Executor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.background = ops, background
        self.panel: Panel | None = None
        self._stopped = False
        self._dirty = False  # the data changed while the screen was hidden
        self._period_chosen = False  # the user chose the period: keep it
        self._latest_sale: date | None = None
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("screenTitle")
        self.scope = QComboBox(self)
        self.scope.setMinimumContentsLength(28)
        self.kind = QComboBox(self)
        for key, text in (
            ("quarter", self.tr("Quarter")),
            ("month", self.tr("Month")),
            ("year", self.tr("Year")),
        ):
            self.kind.addItem(text, key)
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QSpinBox(self)
        self.part.setRange(1, 4)
        self.part.setValue((today.month - 1) // 3 + 1)
        for w in (self.scope, self.kind):
            w.currentIndexChanged.connect(self._parameters_changed)
        for s in (self.year, self.part):
            s.setKeyboardTracking(False)
            s.valueChanged.connect(self._parameters_changed)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Who:"), self))
        top.addWidget(self.scope)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.kind)
        top.addWidget(self.year)
        top.addWidget(self.part)
        top.addStretch(1)
        top.addWidget(self.progress)
        self.plans_button = QPushButton(self.tr("&Plans…"), self)
        self.plans_button.setToolTip(self.tr("Type the managers' monthly plans"))
        self.plans_button.clicked.connect(self.edit_plans)
        top.addWidget(self.plans_button)
        self.period_label = QLabel(self)
        self.rings: dict[str, Ring] = {}
        grid = QGridLayout()
        for n, key in enumerate(FIGURES):
            ring = Ring(key, self.titles()[key], self)
            ring.clicked.connect(self.drill)
            self.rings[key] = ring
            grid.addWidget(ring, n // 4, n % 4)
        rings = QWidget(self)
        rings.setLayout(grid)
        self.nps_table = self._plain_table()
        self.otif_table = self._plain_table()
        satisfaction = QWidget(self)
        # one above the other: each table has the page's width, so no column (CSI,
        # OTIF %) sits off to the right at 1280×800
        sat_layout = QVBoxLayout(satisfaction)
        for label, table in (
            (self.tr("NPS and CSI by our department and quarter"), self.nps_table),
            (self.tr("OTIF by manager"), self.otif_table),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, satisfaction))
            column.addWidget(table)
            sat_layout.addLayout(column)
        self.pages = QTabWidget(self)
        self.pages.addTab(rings, self.tr("KPI"))
        self.pages.addTab(satisfaction, self.tr("Satisfaction"))
        self.pages.currentChanged.connect(lambda _i: self._fill_satisfaction())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.period_label)
        layout.addWidget(self.pages, 1)
        self._kind_changed()
        self._loaded = False
        ops.hub.changed.connect(self._data_changed)

    def _plain_table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    def _fill_satisfaction(self) -> None:
        """The satisfaction tables of the chosen period (all time for OTIF by manager)."""
        if self.pages.currentIndex() != 1:
            return
        from core.kpi.satisfaction import nps_table, otif_table

        period = self.period()
        self.background.submit(
            lambda db: (nps_table(db, period.start, period.end),
                        otif_table(db, period.start, period.end)),
            key="satisfaction-tables",
            done=lambda tables: self._show_satisfaction(*tables),
            owner=self,
        )  # fmt: skip

    def _show_satisfaction(self, nps: Any, otif: Any) -> None:
        heads = {
            "answers": self.tr("Answers"),
            "promoters": self.tr("Promoters"),
            "passives": self.tr("Passives"),
            "detractors": self.tr("Detractors"),
            "nps": "NPS",
            "csi": "CSI",
            "deliveries": self.tr("Deliveries"),
            "on_time": self.tr("On time"),
            "in_full": self.tr("In full"),
            "otif": "OTIF",
            "otif_share": "OTIF, %",
        }
        for table, data, first in (
            (self.nps_table, nps, self.tr("Department · quarter")),
            (self.otif_table, otif, self.tr("Manager")),
        ):
            rows = [*data.rows, {**data.total, "segment": self.tr("Total")}]
            table.setColumnCount(1 + len(data.columns))
            table.setRowCount(len(rows))
            table.setHorizontalHeaderLabels([first, *(heads[c] for c in data.columns)])
            for r, row in enumerate(rows):
                cells = [str(row["segment"])]
                for c in data.columns:
                    v = row.get(c)
                    cells.append(
                        ""
                        if v is None
                        else percent(v, 1)
                        if c == "otif_share"
                        else number(v, 1)
                        if isinstance(v, float)
                        else str(v)
                    )
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c:  # figures line up on the right
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    if row.get("level") in (1, 2):
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def titles(self) -> dict[str, str]:
        return {
            "plan": self.tr("Sales plan"),
            "new_clients": self.tr("New clients"),
            "stable_base": self.tr("Stable base"),
            "orders": self.tr("Orders vs a year before"),
            "conversion": self.tr("Funnel conversion"),
            "activities": self.tr("Activity norm"),
            "assortment": self.tr("Assortment matrix"),
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._dirty:
            self._loaded, self._dirty = True, False
            self._refresh()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        """An import, a plan, a setting…: the panel shows the data as it is now."""
        if not kinds & (ch.KPI_INPUTS | {ch.SURVEYS}) or self._stopped:
            return
        if self.isVisible():
            self._refresh()
        else:
            self._dirty = True

    def _refresh(self) -> None:
        """The choices (departments, managers, the latest sale), then the panel."""
        from core.kpi.panel import panel_context

        self.background.submit(
            panel_context, key="kpi-context", done=self._context_read, owner=self
        )

    def _context_read(self, context: dict[str, Any]) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The whole company"), None)
        for name in context["departments"]:
            self.scope.addItem(self.tr("Department: %1").replace("%1", name), f"department:{name}")
        for name in context["managers"]:
            self.scope.addItem(name, name)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)
        self._latest_sale = context["latest_sale"]
        self._open_on_the_data()
        self.compute()

    def _open_on_the_data(self) -> None:
        """Unless the user chose a period: when the period shown begins after the latest
        sale (data that ends years ago), show the period of the latest sale instead of
        rings that are all empty."""
        latest = self._latest_sale
        if self._period_chosen or latest is None or self.period().start <= latest:
            return
        kind = self.kind.currentData()
        for spin, value in (
            (self.year, latest.year),
            (self.part, (latest.month - 1) // 3 + 1 if kind == "quarter" else latest.month),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.setVisible(kind != "year")
        self.part.setRange(1, 4 if kind == "quarter" else 12)

    def period(self) -> Period:
        kind = self.kind.currentData()
        if kind == "year":
            return parse_period(str(self.year.value()))
        if kind == "quarter":
            return parse_period(f"{self.year.value()}-Q{self.part.value()}")
        return parse_period(f"{self.year.value()}-{self.part.value():02d}")

    def _parameters_changed(self) -> None:
        self._kind_changed()
        if self.sender() in (self.year, self.part, self.kind):
            self._period_chosen = True
        self.compute()

    def busy(self) -> bool:
        return self.background.is_pending("kpi-panel")

    def compute(self) -> None:
        """Compute the panel in the background (asked again meanwhile: computed once
        more with the latest choice)."""
        if self._stopped:
            return
        from core.kpi.panel import panel

        self.progress.show()
        self.background.submit(
            panel, self.period(), self.scope.currentData(), key="kpi-panel",
            done=self._computed, failed=self._failed, owner=self,
        )  # fmt: skip

    def _finished(self) -> None:
        if not self.busy():
            self.progress.hide()

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        if isinstance(exc, Cancelled):
            return
        from ui.messages import Messages

        self.period_label.setText(
            self.tr("Cannot compute the panel: %1").replace("%1", Messages(self).failure(exc))
        )

    def _computed(self, result: Panel) -> None:
        self.panel = result
        p = result.period
        self.period_label.setText(
            self.tr("%1: %2 – %3 · %4 managers")
            .replace("%1", p.label)
            .replace("%2", p.start.strftime("%d.%m.%Y"))
            .replace("%3", p.end.strftime("%d.%m.%Y"))
            .replace("%4", str(len(result.managers)))
        )
        if not result.managers and not result.figures["plan"].accounts:
            self.period_label.setText(
                self.period_label.text()
                + " · "
                + self.tr("no accounts yet: import your data or create the demo company")
            )
        for key, ring in self.rings.items():
            f = result.figures.get(key)
            ring.set_figure(f, self._lines(key, f))
        self._fill_satisfaction()
        self._finished()
        self.computed.emit()

    def _lines(self, key: str, f: Figure | None) -> tuple[str, str]:
        if f is None:
            return ("", "")

        def value(v: float | None) -> str:
            if v is None:
                return "—"
            return (
                money(v) + " ₽"
                if key in MONEY_FIGURES
                else number(v, 0 if key != "activities" else 1)
            )

        if f.plan is None:
            return (self.tr("no assortment matrix in Settings"), "")
        plan_word = {
            "orders": self.tr("a year before"),
            "conversion": self.tr("closed"),
            "stable_base": self.tr("period before"),
        }.get(key, self.tr("plan"))
        fact_word = {"conversion": self.tr("won")}.get(key, self.tr("fact"))
        done = f.share
        rest = (
            ""
            if done is None
            else self.tr("not done %1").replace("%1", percent(max(0.0, 1 - done), 0))
        )
        return (f"{fact_word} {value(f.fact)} · {plan_word} {value(f.plan)}", rest)

    def drill(self, key: str) -> None:
        """Open the accounts (and for revenue the sales lines) behind a ring, read off
        the GUI thread; ``drill_opened`` says when the dialog is shown."""
        if self.panel is None:
            return None
        from core.kpi.panel import drill_accounts, sales_lines

        figure, period = self.panel.figures[key], self.panel.period
        with_lines = key in MONEY_FIGURES
        self.background.submit(
            lambda db: (drill_accounts(db, figure.accounts),
                        sales_lines(db, figure.accounts, period) if with_lines else None),
            key="kpi-drill",
            done=lambda read: self._show_drill(key, *read),
            owner=self,
        )  # fmt: skip
        return None

    def _show_drill(self, key: str, accounts: list[dict[str, Any]], lines: Any) -> None:
        assert self.panel is not None
        dialog = DrillDialog(
            f"{self.titles()[key]} · {self.panel.period.label}", accounts, lines, self
        )
        self.drill_dialog = dialog
        dialog.open()
        self.drill_opened.emit()

    def edit_plans(self) -> None:
        from ui.dashboard.plans import PlansDialog

        managers = [self.scope.itemData(i) for i in range(self.scope.count())]
        names = [m for m in managers if m and not str(m).startswith("department:")]
        dialog = PlansDialog(self.ops, names, self.year.value(), self)
        self.plans_dialog = dialog
        dialog.open()

    def stop(self) -> None:
        self._stopped = True
        self.background.cancel("kpi-panel")
