"""The Dashboard: the management KPI panel of seed 002 for a manager, a department or
the company and a month, quarter or year. Each figure is a ring, "done X % / not done
Y %", with the plan and the fact in numbers; a click opens the accounts behind it (and
for revenue, the sales lines), exportable to .xlsx. Computed in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
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
from core import plurals
from core.kpi.panel import FIGURES, MONEY_FIGURES, Figure, Panel, Period, parse_period
from ui.formatting import day, money, number, percent, ui_language
from ui.ops import Cancelled, Executor
from ui.widgets import ElidedComboBox, look

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


class _Cell(QTableWidgetItem):
    """A cell shown formatted and sorted by its value (numbers as numbers)."""

    def __init__(self, text: str, key: Any = None):
        super().__init__(text)
        self.key = text.casefold() if key is None else key
        if isinstance(key, int | float):
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", other.text())
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return str(mine) < str(theirs)


class DrillDialog(QDialog):
    """The accounts behind a figure, with their revenue in the period and the figure's
    own count (orders, activities, won deals…), sortable by any column; Enter or a
    double-click opens the account. For revenue also the sales lines. To .xlsx."""

    open_account = Signal(str)

    def __init__(
        self,
        title: str,
        accounts: list[dict[str, Any]],
        lines: list[dict[str, Any]] | None,
        parent: QWidget | None = None,
        own: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.accounts, self.lines, self.own = accounts, lines, own
        tabs = QTabWidget(self)
        headers = [self.tr("Client"), self.tr("INN"), self.tr("Manager"), self.tr("Revenue, ₽")]
        if own:
            headers.append(own)
        rows = []
        for a in accounts:
            revenue = a.get("revenue_kop") or 0
            row: list[_Cell] = [
                _Cell(a["name"]),
                _Cell(a["inn"] or ""),
                _Cell(a["manager"] or ""),
                _Cell(money(revenue), revenue),
            ]
            row[0].setData(Qt.ItemDataRole.UserRole, a["id"])
            if own:
                value = a.get("own")
                row.append(_Cell("" if value is None else number(value), value or 0))
            rows.append(row)
        self.accounts_table = self._table(headers, rows)
        self.accounts_table.setSortingEnabled(True)
        self.accounts_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.accounts_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.accounts_table.doubleClicked.connect(lambda index: self._open(index.row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.accounts_table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.accounts_table.currentRow()))
        tabs.addTab(
            self.accounts_table, self.tr("Accounts (%1)").replace("%1", number(len(accounts)))
        )
        if lines is not None:
            self.lines_table = self._table(
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
                    [
                        _Cell(x["client"]),
                        _Cell(day(x["date"]), x["date"].toordinal()),
                        _Cell(x["doc_no"] or ""),
                        _Cell(x["sku"] or ""),
                        _Cell(x["product_group"] or ""),
                        _Cell(number(x["quantity"], 2), x["quantity"]),
                        _Cell(money(x["amount_kop"], 2), x["amount_kop"]),
                    ]
                    for x in lines
                ],
            )
            self.lines_table.setSortingEnabled(True)
            tabs.addTab(
                self.lines_table, self.tr("Sales lines (%1)").replace("%1", number(len(lines)))
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

    def _table(self, headers: list[str], rows: list[list[_Cell]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _open(self, row: int) -> None:
        item = self.accounts_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_account.emit(str(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()

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
                    Column(self.tr("Revenue, ₽"), "money"),
                    *([Column(self.own, "number")] if self.own else []),
                ],
                [
                    (
                        a["name"],
                        a["inn"],
                        a["manager"],
                        (a.get("revenue_kop") or 0) / 100,
                        *([a.get("own")] if self.own else []),
                    )
                    for a in self.accounts
                ],
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
    open_account = Signal(str)  # chosen in a ring's list of accounts

    def __init__(self, ops: Executor, background: Executor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.background = ops, background
        self.panel: Panel | None = None
        self._stopped = False
        self._dirty = False  # the data changed while the screen was hidden
        self._period_chosen = False  # the user chose the period: keep it
        self._latest_sale: date | None = None
        title = QLabel(self.tr("Dashboard"), self)
        look(title, "screenTitle")
        self.scope = ElidedComboBox(self, 28)  # a department's or a manager's long name
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
        self.pro_rata = QCheckBox(self.tr("Plan to &date"), self)
        self.pro_rata.setToolTip(
            self.tr(
                "While the period is in progress, compare with the plan of the days gone by "
                "(the revenue plan, new clients and the activity norm)"
            )
        )
        self.pro_rata.setChecked(True)
        self.pro_rata.toggled.connect(lambda _on: self.compute())
        top.addWidget(self.pro_rata)
        self.plans_button = QPushButton(self.tr("&Plans…"), self)
        self.plans_button.setToolTip(self.tr("Type the managers' monthly plans"))
        self.plans_button.clicked.connect(self.edit_plans)
        top.addWidget(self.plans_button)
        self.period_label = QLabel(self)
        self.period_label.setWordWrap(True)  # the period, its managers and a hint: long in Russian
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
        period, today = self.period(), date.today()
        self.pro_rata.setVisible(period.elapsed(today) is not None)
        self.background.submit(
            panel, period, self.scope.currentData(), today, self.pro_rata.isChecked(),
            key="kpi-panel", done=self._computed, failed=self._failed, owner=self,
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
        text = (
            self.tr("%1: %2 – %3 · %4")
            .replace("%1", p.label)
            .replace("%2", day(p.start))
            .replace("%3", day(p.end))
            .replace("%4", plurals.count(len(result.managers), "manager", ui_language()))
        )
        if result.elapsed is not None and result.today is not None:
            if p.months > 1:
                progress = (
                    self.tr("in progress: month %1 of %2")
                    .replace("%1", str(p.months_begun(result.today)))
                    .replace("%2", str(p.months))
                )
            else:
                progress = (
                    self.tr("in progress: day %1 of %2")
                    .replace("%1", str((result.today - p.start).days + 1))
                    .replace("%2", str(p.days))
                )
            if self.pro_rata.isChecked():
                progress += " · " + self.tr("plans to date (%1 of the period)").replace(
                    "%1", percent(result.elapsed, 0)
                )
            text += " · " + progress
        self.period_label.setText(text)
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
            if key in MONEY_FIGURES:
                return money(v) + " ₽"
            return number(v, 0 if float(v).is_integer() else 1)  # 81 activities, a norm of 531,4

        if f.plan is None:
            return (self.tr("no assortment matrix in Settings"), "")
        if f.full_plan is not None:
            return (
                self.tr("fact %1 · plan to date %2").replace("%1", value(f.fact))
                .replace("%2", value(f.plan)),
                self.tr("period's plan %1").replace("%1", value(f.full_plan)),
            )  # fmt: skip
        plan_word = {
            "orders": self.tr("a year before"),
            "conversion": self.tr("closed"),
            "stable_base": self.tr("period before"),
        }.get(key, self.tr("plan"))
        fact_word = {"conversion": self.tr("won")}.get(key, self.tr("fact"))
        done = f.share
        rest = (
            ""
            if done is None or done >= 1  # nothing left to do: no «not done 0 %»
            else self.tr("not done %1").replace("%1", percent(1 - done, 0))
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
        revenue = self.panel.revenue
        self.background.submit(
            lambda db: (drill_accounts(db, figure.accounts),
                        sales_lines(db, figure.accounts, period) if with_lines else None),
            key="kpi-drill",
            done=lambda read: self._show_drill(key, figure, revenue, *read),
            owner=self,
        )  # fmt: skip
        return None

    def _own_column(self, key: str) -> str | None:
        """The heading of a figure's own count per account (None: revenue says it)."""
        return {
            "orders": self.tr("Orders"),
            "conversion": self.tr("Deals won"),
            "activities": self.tr("Activities"),
            "assortment": self.tr("Product groups bought"),
        }.get(key)

    def _show_drill(
        self,
        key: str,
        figure: Figure,
        revenue: dict[str, int],
        accounts: list[dict[str, Any]],
        lines: Any,
    ) -> None:
        assert self.panel is not None
        own = self._own_column(key)
        for a in accounts:
            a["revenue_kop"] = revenue.get(a["id"], 0)
            a["own"] = figure.by_account.get(a["id"]) if own else None
        dialog = DrillDialog(
            f"{self.titles()[key]} · {self.panel.period.label}", accounts, lines, self, own
        )
        dialog.open_account.connect(self.open_account)
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
