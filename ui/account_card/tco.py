"""Account card → TCO: our offer against the client's current option over N years, the
totals per year, the saving, a stacked bar of the cost lines (the "healthy approach":
our price higher, the total lower), losses pulled from SPIN answers, and Bain's
Elements of Value as a checklist. Saved as the user types."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.selling import spin
from core.selling.tco import (
    ELEMENTS,
    LINES,
    TIER_NAMES,
    TIERS,
    AccountTco,
    TcoError,
    TcoOption,
    element_name,
    load_tco,
    save_tco,
)
from ui.formatting import axis, money, percent
from ui.messages import Messages
from ui.ops import Executor
from ui.pictures import draw_later

SAVE_DELAY_MS = 600
# (field of TcoOption, kind): money in roubles on screen, kopecks inside
FIELDS = (
    ("price_kop", "money"),
    ("delivery_kop", "money"),
    ("installation_kop", "money"),
    ("training_kop", "money"),
    ("consumables_per_year_kop", "money"),
    ("maintenance_per_year_kop", "money"),
    ("downtime_hours_per_year", "hours"),
    ("loss_per_hour_kop", "money"),
    ("other_losses_per_year_kop", "money"),
    ("financing_rate", "percent"),
    ("prepayment_days", "days"),
    ("disposal_kop", "money"),
)
ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def tco_chart_png(
    ours: dict[str, int],
    theirs: dict[str, int],
    names: dict[str, str],
    titles: tuple[str, str],
    size: tuple[int, int],
    unit: str = "",
) -> bytes:
    """Two stacked bars (thousand roubles): each option's cost lines over the horizon."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(size[0] / 100, size[1] / 100), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    colours = (
        "#3b6ea8",
        "#7fa7d1",
        "#9aa5b1",
        "#c6ccd2",
        "#e0a82c",
        "#8cc084",
        "#4c9f70",
        "#c0504d",
        "#e08a2c",
        "#6d5fa8",
    )
    bottoms = [0.0, 0.0]
    for i, line in enumerate(LINES):
        values = [ours.get(line, 0) / 100_000, theirs.get(line, 0) / 100_000]
        if not any(values):
            continue
        ax.bar(
            titles,
            values,
            bottom=bottoms,
            color=colours[i % len(colours)],
            width=0.5,
            label=names[line],
        )
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    if not any(bottoms):  # nothing entered yet: no empty axes from 0 to 1
        ax.set_axis_off()
    else:
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=8)
        ax.set_ylabel(unit, fontsize=8)
        ax.yaxis.set_major_formatter(axis("number"))
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


class TcoTab(QWidget):
    changed = Signal()
    chart_drawn = Signal()

    def __init__(
        self,
        ops: Executor,
        background: Executor,
        account_id: str,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self.background = ops, background
        self.account_id, self.language = account_id, language
        self.tco = AccountTco()  # shown until the saved one is read
        self._loading = True  # no save while the saved values are being put in
        self.boxes: dict[tuple[str, str], QDoubleSpinBox] = {}

        self.years = QSpinBox(self)
        self.years.setRange(1, 30)
        self.years.setValue(self.tco.years)
        self.years.valueChanged.connect(self._typed)
        self.pull_button = QPushButton(self.tr("Losses from SPIN answers"), self)
        self.pull_button.setToolTip(
            self.tr(
                "Put the money figures of the Implication answers into the client's "
                "option as other losses per year"
            )
        )
        self.pull_button.clicked.connect(self.pull_losses)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Horizon, years:"), self))
        top.addWidget(self.years)
        top.addStretch(1)
        top.addWidget(self.pull_button)

        inputs = QGroupBox(self.tr("Costs"), self)
        grid = QGridLayout(inputs)
        for col, title in ((1, self.tr("Our offer")), (2, self.tr("Current option"))):
            heading = QLabel(f"<b>{title}</b>", inputs)
            heading.setWordWrap(True)  # the column is as wide as its boxes
            grid.addWidget(heading, 0, col)
        labels = self.field_labels()
        for row, (name, kind) in enumerate(FIELDS, start=1):
            label = QLabel(labels[name], inputs)
            label.setWordWrap(True)  # «Простой, часов в год» on two lines, not cut
            label.setMinimumWidth(110)
            grid.addWidget(label, row, 0)
            for col, side in enumerate(("ours", "theirs"), start=1):
                box = self._box(kind, inputs)
                option = self.tco.ours if side == "ours" else self.tco.theirs
                value = getattr(option, name)
                box.setValue(
                    value / 100 if kind == "money" else value * 100 if kind == "percent" else value
                )
                box.valueChanged.connect(self._typed)
                self.boxes[(side, name)] = box
                grid.addWidget(box, row, col)
        grid.setRowStretch(len(FIELDS) + 1, 1)  # the rows stay together at the top
        grid.setColumnStretch(0, 1)

        self.results = QTableWidget(0, 3, self)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Our offer"), self.tr("Current option"), self.tr("Saving")]
        )
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.saving = QLabel(self)
        self.saving.setWordWrap(True)
        self.saving.setStyleSheet("font-weight: bold;")
        self.chart = QLabel(self)
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(220)

        self.elements = QTreeWidget(self)
        self.elements.setHeaderLabel(self.tr("Elements of Value"))
        self.elements.headerItem().setToolTip(0, self.tr("Elements of Value the offer delivers"))
        tiers: dict[str, QTreeWidgetItem] = {}
        english_first = language != "ru"
        for tier in TIERS:
            names = TIER_NAMES[tier]
            item = QTreeWidgetItem([names[0] if english_first else names[1]])
            self.elements.addTopLevelItem(item)
            tiers[tier] = item
        ticked = set(self.tco.elements)
        for code, (tier, _en, _ru) in ELEMENTS.items():
            child = QTreeWidgetItem([element_name(code, language)])
            child.setToolTip(0, element_name(code, language))  # the whole of an elided name
            child.setData(0, ELEMENT_ROLE, code)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(
                0, Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked
            )
            tiers[tier].addChild(child)
        self.elements.expandAll()
        self.elements.itemChanged.connect(lambda *_: self._typed())

        right = QVBoxLayout()
        right.addWidget(self.results)
        right.addWidget(self.saving)
        right.addWidget(self.chart, 1)
        middle = QHBoxLayout()
        middle.addWidget(inputs, 3)
        middle.addLayout(right, 3)
        self.elements.setMinimumWidth(220)
        middle.addWidget(self.elements, 2)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self._show_results()
        self._loading = False
        ops.submit(load_tco, account_id, key=("tco", account_id), done=self._loaded, owner=self)

    def _element_items(self) -> list[QTreeWidgetItem]:
        """The 40 Elements of Value in the checklist (the tiers' children)."""
        items: list[QTreeWidgetItem] = []
        for t in range(self.elements.topLevelItemCount()):
            tier = self.elements.topLevelItem(t)
            if tier is None:
                continue
            items.extend(c for i in range(tier.childCount()) if (c := tier.child(i)) is not None)
        return items

    def _loaded(self, tco: AccountTco) -> None:
        """The saved TCO: into the inputs, then the results."""
        if self.timer.isActive():
            return  # the user is already typing: what is typed wins
        self._loading = True
        try:
            self.tco = tco
            self.years.setValue(tco.years)
            kinds = dict(FIELDS)
            for (side, name), box in self.boxes.items():
                value = getattr(tco.ours if side == "ours" else tco.theirs, name)
                kind = kinds[name]
                box.setValue(
                    value / 100 if kind == "money" else value * 100 if kind == "percent" else value
                )
            ticked = set(tco.elements)
            for child in self._element_items():
                on = child.data(0, ELEMENT_ROLE) in ticked
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._show_results()

    def field_labels(self) -> dict[str, str]:
        return {
            "price_kop": self.tr("Purchase price, ₽"),
            "delivery_kop": self.tr("Delivery, ₽"),
            "installation_kop": self.tr("Installation, ₽"),
            "training_kop": self.tr("Training, ₽"),
            "consumables_per_year_kop": self.tr("Consumables, ₽ a year"),
            "maintenance_per_year_kop": self.tr("Maintenance, ₽ a year"),
            "downtime_hours_per_year": self.tr("Downtime, hours a year"),
            "loss_per_hour_kop": self.tr("Loss per hour of downtime, ₽"),
            "other_losses_per_year_kop": self.tr("Other losses, ₽ a year"),
            "financing_rate": self.tr("Financing rate, % a year"),
            "prepayment_days": self.tr("Prepayment, days"),
            "disposal_kop": self.tr("Disposal, ₽"),
        }

    def line_names(self) -> dict[str, str]:
        return {
            "price": self.tr("Price"),
            "delivery": self.tr("Delivery"),
            "installation": self.tr("Installation"),
            "training": self.tr("Training"),
            "financing": self.tr("Financing"),
            "consumables": self.tr("Consumables"),
            "maintenance": self.tr("Maintenance"),
            "downtime": self.tr("Downtime"),
            "other_losses": self.tr("Other losses"),
            "disposal": self.tr("Disposal"),
        }

    def _box(self, kind: str, parent: QWidget) -> QDoubleSpinBox:
        box = QDoubleSpinBox(parent)
        box.setKeyboardTracking(False)
        box.setGroupSeparatorShown(True)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMaximum(1e12)
        box.setMinimumWidth(96)  # not as wide as a trillion: the labels keep their room
        box.setDecimals(2 if kind == "money" else 1 if kind in ("hours", "percent") else 0)
        if kind == "percent":
            box.setMaximum(500)
            box.setSuffix(" %")
        return box

    # -- reading what is typed ----------------------------------------------------------------
    def typed(self) -> AccountTco:
        def option(side: str) -> TcoOption:
            values: dict[str, Any] = {}
            for name, kind in FIELDS:
                v = self.boxes[(side, name)].value()
                if kind == "money":
                    values[name] = round(v * 100)
                elif kind == "percent":
                    values[name] = round(v / 100, 6)
                elif kind == "days":
                    values[name] = int(v)
                else:
                    values[name] = float(v)
            return TcoOption(**values)

        ticked = [
            str(child.data(0, ELEMENT_ROLE))
            for child in self._element_items()
            if child.checkState(0) == Qt.CheckState.Checked
        ]
        return replace(
            self.tco,
            years=self.years.value(),
            ours=option("ours"),
            theirs=option("theirs"),
            elements=tuple(ticked),
        )

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    def save(self) -> None:
        """Keep what is typed (checked here, written on the executor)."""
        self.timer.stop()
        try:
            tco = self.typed()
            tco.comparison()  # refuses what cannot be computed before anything is written
        except TcoError as exc:
            self.status.setText(Messages(self).failure(exc))
            return
        self.status.clear()
        if tco != self.tco:
            self.tco = tco
            self.ops.submit(save_tco, self.account_id, tco, failed=self._refused, owner=self)
            self.changed.emit()
        self._show_results()

    def _refused(self, exc: BaseException) -> None:
        from ui.messages import Messages

        self.status.setText(Messages(self).failure(exc))

    def flush(self) -> None:
        if self.timer.isActive():
            self.save()

    def pull_losses(self) -> None:
        self.ops.submit(
            spin.implication_losses, self.account_id, done=self._losses_read, owner=self
        )

    def _losses_read(self, losses: list[Any]) -> None:
        total = sum(a.money_kop or 0 for _q, a in losses)
        if not losses:
            self.status.setText(
                self.tr("No Implication answer of this account has a money figure.")
            )
            return
        self.boxes[("theirs", "other_losses_per_year_kop")].setValue(total / 100)
        self.save()
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(
            self.tr("%1 ₽ a year from %2 SPIN answers.")
            .replace("%1", money(total))
            .replace("%2", str(len(losses)))
        )
        self.status.setStyleSheet("color: #b00020;")

    # -- showing ---------------------------------------------------------------------------------
    def _show_results(self) -> None:
        comparison = self.tco.comparison()
        ours, theirs = comparison.ours, comparison.theirs
        rows = [
            (self.tr("Year %1").replace("%1", str(y + 1)), ours.per_year[y], theirs.per_year[y])
            for y in range(ours.years)
        ]
        rows.append((self.tr("Total"), ours.total, theirs.total))
        self.results.setRowCount(len(rows))
        self.results.verticalHeader().setDefaultSectionSize(24)
        header_height = self.results.horizontalHeader().sizeHint().height()
        self.results.setFixedHeight(header_height + 6 + 24 * min(len(rows), 8))
        self.results.setVerticalHeaderLabels([r[0] for r in rows])
        for r, (_label, a, b) in enumerate(rows):
            for c, value in enumerate((a, b, b - a)):
                item = QTableWidgetItem(money(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.results.setItem(r, c, item)
        saving = comparison.saving
        if theirs.total == 0 and ours.total == 0:
            text = self.tr("Type the costs of both options.")
        elif saving >= 0:
            text = (
                self.tr("The client saves %1 ₽ (%2) over %3 years with our offer.")
                .replace("%1", money(saving))
                .replace("%2", percent(comparison.saving_share))
                .replace("%3", str(ours.years))
            )
        else:
            text = (
                self.tr("Our offer costs the client %1 ₽ more over %2 years.")
                .replace("%1", money(-saving))
                .replace("%2", str(ours.years))
            )
        if comparison.healthy(self.tco.ours, self.tco.theirs):
            text += " " + self.tr("Healthy approach: our price is higher, the total is lower.")
        self.saving.setText(text)
        self.saving.setStyleSheet(
            "font-weight: bold; color: %s;" % ("#2e7d32" if saving >= 0 else "#b00020")
        )
        width = max(self.chart.width(), 420)
        ours_lines, theirs_lines, names = ours.by_line, theirs.by_line, self.line_names()
        sides, unit = (self.tr("Our offer"), self.tr("Current option")), self.tr("thousand ₽")
        draw_later(
            self.background,
            self.chart,
            ("tco", self.account_id),
            tco_chart_png,
            ours_lines,
            theirs_lines,
            names,
            sides,
            (min(width, 640), 260),
            unit,
            shown=self.chart_drawn.emit,
        )
