"""The account card: the account's fields and its metrics, window against the one before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.accounts.service import AccountCard
from core.analytics.client_metrics import ClientMetrics
from core.markets import market_name
from ui.formatting import day, money, number, percent

MetricGetter = Callable[[ClientMetrics], str]


class AccountCardWidget(QWidget):
    back = Signal()

    def __init__(self, card: AccountCard, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        account = card.account
        back = QPushButton(self.tr("← Accounts"), self)
        back.setToolTip(self.tr("Back to the account list (Esc)"))
        back.clicked.connect(self.back)
        self.title = QLabel(account.name, self)
        self.title.setObjectName("cardTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview(card, language), self.tr("Overview"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def _overview(self, card: AccountCard, language: str) -> QWidget:
        page = QWidget(self)
        account = card.account
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        size_names = {
            "large": self.tr("large"),
            "medium": self.tr("medium"),
            "small": self.tr("small"),
        }
        status_names = {"client": self.tr("client"), "prospect": self.tr("prospect")}
        fields = (
            (self.tr("INN / KPP"), " / ".join(filter(None, (account.inn, account.kpp)))),
            (self.tr("Code"), account.code or ""),
            (self.tr("Industry"), market_name(account.industry, language)),
            (self.tr("Region"), account.region or ""),
            (self.tr("Channel"), account.channel or ""),
            (self.tr("Manager"), account.manager or ""),
            (self.tr("Business size"), size_names.get(account.size or "", "")),
            (self.tr("Potential, per year"), money(account.potential_kop)),
            (self.tr("Capacity units"), number(account.capacity_units)),
            (self.tr("Status"), status_names.get(account.status, account.status)),
        )
        for label, value in fields:
            shown = QLabel(value or "—", page)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", shown)
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left, 2)
        layout.addWidget(self._metrics_table(card), 3)
        return page

    def _metric_rows(self) -> list[tuple[str, MetricGetter]]:
        return [
            (self.tr("Revenue"), lambda m: money(m.revenue_kop)),
            (self.tr("Gross profit"), lambda m: money(m.gross_profit_kop)),
            (self.tr("Margin"), lambda m: percent(m.margin)),
            (self.tr("Orders"), lambda m: number(m.orders)),
            (self.tr("Average check"), lambda m: money(m.avg_check_kop)),
            (self.tr("Slots (order lines)"), lambda m: number(m.slots)),
            (self.tr("Check depth"), lambda m: number(m.check_depth, 2)),
            (self.tr("Average SKU cost"), lambda m: money(m.avg_sku_cost_kop)),
            (self.tr("SKUs sold"), lambda m: number(m.skus_sold)),
            (self.tr("Diversity (product groups)"), lambda m: number(m.diversity)),
            (self.tr("Active months"), lambda m: number(m.active_months)),
            (self.tr("Systematicity"), lambda m: percent(m.systematicity, 0)),
            (self.tr("Share of wallet"), lambda m: percent(m.sow, 0)),
            (
                self.tr("Revenue per capacity unit"),
                lambda m: money(m.revenue_per_capacity_unit_kop),
            ),
            (self.tr("LTV"), lambda m: money(m.ltv_kop)),
            (self.tr("Last purchase"), lambda m: day(m.last_sale)),
            (self.tr("Days since purchase"), lambda m: number(m.days_since_purchase)),
        ]

    def _metrics_table(self, card: AccountCard) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.metrics = QTableWidget(box)
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.verticalHeader().setVisible(False)
        self.metrics.setAlternatingRowColors(True)
        if card.window is None or card.current_metrics is None or card.previous_metrics is None:
            layout.addWidget(
                QLabel(self.tr("No sales yet: metrics appear after sales are imported."), box)
            )
            layout.addStretch(1)
            return box
        assert card.previous is not None
        caption = QLabel(
            self.tr("Window %1 – %2 against %3 – %4")
            .replace("%1", day(card.window.start))
            .replace("%2", day(card.window.end))
            .replace("%3", day(card.previous.start))
            .replace("%4", day(card.previous.end)),
            box,
        )
        rows = self._metric_rows()
        self.metrics.setColumnCount(3)
        self.metrics.setRowCount(len(rows))
        self.metrics.setHorizontalHeaderLabels(
            [self.tr("Metric"), self.tr("Last 12 months"), self.tr("Previous 12 months")]
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, (label, getter) in enumerate(rows):
            self.metrics.setItem(r, 0, QTableWidgetItem(label))
            for c, metrics in ((1, card.current_metrics), (2, card.previous_metrics)):
                item = QTableWidgetItem(getter(metrics))
                item.setTextAlignment(right)
                self.metrics.setItem(r, c, item)
        header = self.metrics.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.metrics.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(caption)
        layout.addWidget(self.metrics, 1)
        if not card.current_metrics.cost_known and card.current_metrics.revenue_kop:
            layout.addWidget(
                QLabel(self.tr("No cost in the data: gross profit equals revenue."), box)
            )
        return box
