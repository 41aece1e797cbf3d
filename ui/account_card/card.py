"""The account card: the account's fields and its metrics, window against the one before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.accounts import workspace as ws
from core.accounts.plan import DIMENSIONS, monthly_revenue, yearly_indicators
from core.accounts.plan import progress_level as mean_level
from core.accounts.service import AccountCard, account_card
from core.analytics.churn_trust import quality as churn_quality
from core.analytics.client_metrics import ClientMetrics
from core.selling.bant import bant_status
from ui.account_card.charts import monthly_png
from ui.account_card.discounts import DiscountsBox
from ui.account_card.fields import AccountFields
from ui.account_card.plan import PlanTab
from ui.account_card.proposal import ProposalTab
from ui.account_card.satisfaction import SatisfactionTab
from ui.account_card.scoring import ScoringTab
from ui.account_card.spin import SpinTab
from ui.account_card.tabs import ActivitiesTab, ContactsTab, OpportunitiesTab, TasksTab
from ui.account_card.tco import TcoTab
from ui.account_card.words import Words
from ui.analytics.labels import segment_label
from ui.derived import DerivedState
from ui.formatting import day, money, number, percent
from ui.messages import translate
from ui.ops import Executor
from ui.pictures import draw_later
from ui.widgets import look

if TYPE_CHECKING:
    from core.analytics.service import Analysis

MetricGetter = Callable[[ClientMetrics], str]


class AccountCardWidget(QWidget):
    """One account: Overview, Contacts, Activities, Opportunities, Scoring and the
    Development plan. Everything typed is saved as the user works."""

    back = Signal()
    changed = Signal()  # the user changed something on the card (its tabs say so)
    brief_saved = Signal(object)  # the Path of the visit brief just written
    ready = Signal()  # its first reads are shown: the card can be shown whole

    def __init__(
        self,
        ops: Executor,
        derived: DerivedState,
        card: AccountCard,
        language: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.derived = derived
        self.card = card
        self._steps: list[dict[str, Any]] = []  # the next steps, soonest first
        self._decision_maker: tuple[bool, date | None] | None = None
        self._shown_whole = False  # its first reads arrived (``ready``)
        self.language = language
        self.account_id = card.account.id
        self.words = Words(self)
        back = QPushButton(self.tr("← Accounts"), self)
        back.setToolTip(self.tr("Back to the account list (Esc)"))
        back.clicked.connect(self.back)
        self.title = QLabel(card.account.name, self)
        look(self.title, "cardTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.brief_button = QPushButton(self.tr("Visit &brief (PDF)…"), self)
        self.brief_button.setToolTip(self.tr("One page to read before the visit (Ctrl+Shift+B)"))
        self.brief_button.clicked.connect(lambda: self.save_brief())
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, lambda: self.save_brief())
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        head.addWidget(self.brief_button)

        self.tabs = QTabWidget(self)
        self.fields = AccountFields(ops, self.account_id, language, card.values, self)
        self.fields.saved.connect(self._field_saved)
        self.analysis: Analysis | None = None
        self._stale = True
        self.tabs.addTab(self._overview(card), self.tr("Overview"))
        # the other tabs are built when first shown (or first asked for): a card opens
        # in the time of its Overview, not of ten tabs
        self._built: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        for name, title in self._tab_titles():
            page = QWidget(self.tabs)
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        for i in range(min(self.tabs.count(), 10)):  # Alt+1 … Alt+9, Alt+0 for the tenth
            key = QKeySequence(f"Alt+{(i + 1) % 10}")
            QShortcut(key, self, lambda i=i: self.tabs.setCurrentIndex(i))
        ops.hub.changed.connect(self._data_changed)
        derived.ready.connect(self.set_analysis)
        derived.stale.connect(self._labels_stale)
        self.set_analysis(derived.analysis)
        self._read_facts()

    # -- the tabs, built when first needed ---------------------------------------------------
    def _tab_titles(self) -> list[tuple[str, str]]:
        return [
            ("contacts", self.tr("Contacts")),
            ("activities", self.tr("Activities")),
            ("tasks", self.tr("Tasks")),
            ("opportunities", self.tr("Opportunities")),
            ("spin", self.tr("SPIN")),
            ("tco", self.tr("TCO")),
            ("proposal", self.tr("Proposal")),
            ("scoring", self.tr("Scoring: BANT and BCG")),
            ("satisfaction", self.tr("Satisfaction")),
            ("plan", self.tr("Development plan")),
        ]

    def _make(self, name: str) -> QWidget:
        ops, lane, language = self.ops, self.derived.background, self.language
        account, page = self.account_id, self._pages[name]
        if name == "contacts":
            return ContactsTab(ops, account, page)
        if name == "activities":
            return ActivitiesTab(ops, account, page)
        if name == "opportunities":
            return OpportunitiesTab(ops, account, page)
        if name == "tasks":
            return TasksTab(ops, account, page)
        if name == "spin":
            return SpinTab(ops, account, language, page)
        if name == "tco":
            return TcoTab(ops, lane, account, language, page)
        if name == "proposal":
            proposal = ProposalTab(ops, lane, account, language, page)
            proposal.set_strategy(self.derived.strategy(account) if self.analysis else None)
            return proposal
        if name == "scoring":
            scoring = ScoringTab(ops, lane, account, self.words, page)
            scoring.set_analysis(self.analysis)
            return scoring
        if name == "satisfaction":
            return SatisfactionTab(ops, account, page)
        plan = PlanTab(ops, lane, account, self.card.account.name, language, page)
        plan.suggest_dsl(self.derived.labels(account).get("dsl_level"))
        return plan

    def tab(self, name: str) -> Any:
        """The tab ``name`` (contacts, activities, …, plan), built if it was not yet."""
        if name not in self._built:
            tab = self._make(name)
            layout = self._pages[name].layout()
            assert layout is not None
            layout.addWidget(tab)
            self._built[name] = tab
            changed = getattr(tab, "changed", None)
            if changed is not None:
                changed.connect(self._something_changed)
        return self._built[name]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self._pages[name])

    def current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next((n for n, page in self._pages.items() if page is current), "overview")

    def _tab_shown(self, _index: int) -> None:
        name = self.current_tab()
        if name != "overview":
            self.tab(name)

    contacts = property(lambda self: self.tab("contacts"))
    activities = property(lambda self: self.tab("activities"))
    tasks = property(lambda self: self.tab("tasks"))
    opportunities = property(lambda self: self.tab("opportunities"))
    spin = property(lambda self: self.tab("spin"))
    tco = property(lambda self: self.tab("tco"))
    proposal = property(lambda self: self.tab("proposal"))
    scoring = property(lambda self: self.tab("scoring"))
    satisfaction = property(lambda self: self.tab("satisfaction"))
    plan = property(lambda self: self.tab("plan"))

    # -- keeping it current ----------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        """Another tab, another screen or an import changed data: show the truth."""
        if kinds & {ch.CONTACTS, ch.ACTIVITIES}:
            self._read_facts()
        if kinds & {ch.SALES}:
            self.ops.submit(
                account_card,
                self.account_id,
                key=("card", self.account_id),
                done=self._card_read,
                failed=lambda _exc: None,  # deleted meanwhile: the list will say so
                owner=self,
            )

    def _read_facts(self) -> None:
        """The next steps and the last contact with an ЛПР of this account."""
        account_id = self.account_id
        self.ops.submit(
            lambda db: (ws.next_steps(db, account_id), ws.decision_maker_meeting(db, account_id)),
            key=("card-facts", account_id),
            done=self._facts_read,
            owner=self,
        )

    def _facts_read(self, facts: tuple[list[dict[str, Any]], tuple[bool, date | None]]) -> None:
        self._steps, self._decision_maker = facts
        self._show_summary()
        if not self._shown_whole:
            self._shown_whole = True
            self.ready.emit()

    def _card_read(self, card: AccountCard) -> None:
        """New sales: the metrics, the yearly indicators and the chart again."""
        self.card = card
        self._fill_metrics(card)
        self._fill_yearly(card)
        self._draw_chart()

    def _labels_stale(self) -> None:
        self._stale = True
        self._show_summary()

    # -- state shared by the tabs ----------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """The client-base analysis (labels, suggested BCG scores) arrived or changed."""
        self.analysis = analysis
        self._stale = analysis is None or not self.derived.current
        built = self._built
        if "scoring" in built:
            built["scoring"].set_analysis(analysis)  # type: ignore[attr-defined]
        scores = analysis.scores if analysis is not None else None
        if "proposal" in built:
            strategy = scores.strategy(self.account_id) if scores else None
            built["proposal"].set_strategy(strategy)  # type: ignore[attr-defined]
        labels = analysis.labels.get(self.account_id, {}) if analysis is not None else {}
        if "plan" in built:
            built["plan"].suggest_dsl(labels.get("dsl_level"))  # type: ignore[attr-defined]
        if analysis is not None and hasattr(self, "discounts"):
            strategy = scores.strategy(self.account_id) if scores else None
            self.discounts.load(strategy, analysis.as_of, analysis.months)
        self._show_summary()

    def _field_saved(self, key: str) -> None:
        if key == "name":
            self.title.setText(self.fields.values["name"])
        self.changed.emit()

    def _something_changed(self) -> None:
        self._show_summary()
        self.changed.emit()

    def save_brief(self, path: str | None = None) -> None:
        """Write the visit brief to a PDF the user chooses (or ``path``). It is read
        after the pending edits are saved (the same serial executor), off the GUI thread;
        ``brief_saved`` says where it went."""
        from core.accounts.brief import brief_document, write_brief

        self.flush()
        if path is None:
            name = self.fields.values.get("name") or self.card.account.name
            safe = "".join(ch for ch in str(name) if ch.isalnum() or ch in " -_").strip()
            word = self.tr("Brief")
            suggested = str(Path.home() / f"{word} {safe}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the visit brief"), suggested, self.tr("PDF (*.pdf)")
            )
            if not path:
                return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        labels = self.analysis.labels.get(self.account_id) if self.analysis else None
        account_id, language, target = self.account_id, self.language, path
        self.ops.submit(
            lambda db: write_brief(brief_document(db, account_id, labels), target, language),
            done=self._brief_written,
            failed=self._brief_failed,
            owner=self,
        )

    def _brief_written(self, written: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Brief saved to %1").replace("%1", str(written)), 8000
            )
        self.brief_saved.emit(written)

    def _brief_failed(self, exc: BaseException) -> None:
        from core.accounts.brief import BriefError
        from ui.messages import Messages

        cause = exc.__cause__ if isinstance(exc, BriefError) else None
        if isinstance(cause, OSError) and cause.strerror:
            reason = cause.strerror
        else:
            reason = Messages(self).failure(exc)
        text = self.tr("The brief could not be saved: %1").replace("%1", reason)
        self.last_error = text
        QMessageBox.warning(self, "Fieldbook", text)

    def flush(self) -> None:
        """Save whatever is being typed (before the card closes or the window quits)."""
        self.fields.flush()
        for tab in self._built.values():
            flush = getattr(tab, "flush", None)
            if flush is not None:
                flush()

    # -- overview ----------------------------------------------------------------------------
    def _overview(self, card: AccountCard) -> QWidget:
        page = QWidget(self)
        fields_box = QGroupBox(self.tr("Account"), page)
        QVBoxLayout(fields_box).addWidget(self.fields)
        summary_box = QGroupBox(self.tr("Where it stands"), page)
        self.summary = QLabel(summary_box)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(summary_box).addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(fields_box, 3)
        top.addWidget(summary_box, 2)
        figures = QHBoxLayout()
        figures.addWidget(self._metrics_table(card), 1)
        figures.addWidget(self._yearly_table(), 1)
        self.chart = QLabel(page)
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(220)
        inner = QVBoxLayout(page)
        inner.addLayout(top)
        inner.addLayout(figures)
        inner.addWidget(self.chart)
        self.discounts = DiscountsBox(self.ops, self.account_id, page)
        inner.addWidget(self.discounts)
        self._draw_chart()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _show_summary(self) -> None:
        w = self.words
        labels = self.analysis.labels.get(self.account_id, {}) if self.analysis else {}
        # what is typed on a tab already built, else what the analysis last computed
        scoring = self._built.get("scoring")
        steps = self._steps
        dm = self._decision_maker
        plan = self._built.get("plan")
        if plan is not None:
            values = plan.values  # type: ignore[attr-defined]
            level = mean_level({k: v for k, v in values.items() if k in DIMENSIONS})
        else:
            level = labels.get("progress_level")
        bant: int | None
        if scoring is not None:
            bant = scoring._current_bant().total  # type: ignore[attr-defined]
            result = getattr(scoring, "result", None)
            strategy = result.strategy if result is not None else None
        else:
            bant = None if labels.get("bant") is None else int(labels["bant"])
            strategy = labels.get("bcg_strategy")

        def row(label: str, value: str) -> str:
            return f"<tr><td style='color:#666;padding-right:12px'>{escape(label)}</td>" \
                   f"<td><b>{escape(value)}</b></td></tr>"  # fmt: skip

        if self.analysis is None or self._stale:
            segment = self.tr("computing…")
        else:
            segment = " · ".join(
                filter(None, (
                    f"{labels.get('abc') or ''}{labels.get('xyz') or ''}",
                    labels.get("kml"), labels.get("dsl"), labels.get("rfm"),
                ))
            ) or self.tr("no sales in the window")  # fmt: skip
        rows = [
            row(self.tr("Segments"), segment),
            row(self.tr("Purchase behaviour"),
                segment_label(labels["behaviour"]) if labels.get("behaviour") else "—"),
            row(self.tr("Lifecycle (4R)"), w.lifecycle(labels.get("lifecycle"))),
            row(self.tr("BANT"), f"{bant} / 12 · {w.bant_status(bant_status(bant))}"
                if bant is not None else self.tr("not scored")),
            row(self.tr("BCG strategy"), w.strategy(strategy)),
            row(self.tr("Progress level"), number(level, 2) if level is not None else "—"),
            row(self.tr("Last meeting with a decision maker"),
                "…" if dm is None else day(dm[1]) if dm[1] else self.tr("none logged")),
            *self._risk_rows(labels),
        ]  # fmt: skip
        if steps:
            step = steps[0]
            when = day(step["next_step_date"]) if step["next_step_date"] else ""
            rows.append(row(self.tr("Next step"), f"{step['next_step']} {when}".strip()))
        else:
            rows.append(row(self.tr("Next step"), self.tr("none: log an activity")))
        self.summary.setText("<table>" + "".join(rows) + "</table>")

    def _risk_rows(self, labels: dict[str, Any]) -> list[str]:
        """Churn risk with its reasons and expected loss, and how far the model is to be
        trusted (its backtest), in grey beneath."""
        if self.analysis is None or self._stale or self.analysis.churn is None:
            return []
        risk = labels.get("churn_risk")
        name = self.tr("Risk of leaving")
        label = f"<td style='color:#666;padding-right:12px'>{escape(name)}</td>"
        if risk is None:
            value = escape(self.tr("not scored: no purchase in 12 months"))
            return [f"<tr>{label}<td>{value}</td></tr>"]
        head = percent(risk, 0)
        loss = labels.get("churn_loss")
        if loss:
            said = self.tr("expected loss %1 ₽").replace("%1", money(loss * 100))
            head += " · " + said.replace(" ₽", "\u00a0₽")  # the sign never alone on a line
        reasons = "; ".join(translate(t) for t in labels.get("churn_reasons") or [])
        quality = escape(translate(churn_quality(self.analysis.churn)))
        lines = [f"<b>{escape(head)}</b>"]
        if reasons:
            lines.append(escape(reasons))
        lines.append(f"<span style='color:#666'>{quality}</span>")
        return [f"<tr>{label}<td>{'<br>'.join(lines)}</td></tr>"]

    def _yearly_table(self) -> QWidget:
        box = QGroupBox(self.tr("Indicators by calendar year"), self)
        layout = QVBoxLayout(box)
        self.no_years = QLabel(self.tr("No sales yet."), box)
        self.yearly = QTableWidget(box)
        self.yearly.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.yearly.verticalHeader().setVisible(False)
        self.yearly.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.no_years)
        layout.addWidget(self.yearly)
        self._fill_yearly(self.card)
        return box

    def _fill_yearly(self, card: AccountCard) -> None:
        years = yearly_indicators(card.lines)
        self.no_years.setVisible(not years)
        self.yearly.setVisible(bool(years))
        if not years:
            return
        rows = [
            (self.tr("Revenue"), lambda m: money(m.revenue_kop)),
            (self.tr("LTV"), lambda m: money(m.ltv_kop)),
            (self.tr("Average check"), lambda m: money(m.avg_check_kop)),
            (self.tr("Checks"), lambda m: number(m.orders)),
            (self.tr("Average SKU cost"), lambda m: money(m.avg_sku_cost_kop)),
            (self.tr("Check depth"), lambda m: number(m.check_depth, 2)),
            (self.tr("SKUs sold"), lambda m: number(m.skus_sold)),
            (self.tr("Orders"), lambda m: number(m.orders)),
        ]
        self.yearly.clear()
        self.yearly.setRowCount(len(rows))
        self.yearly.setColumnCount(len(years) + 1)
        self.yearly.setHorizontalHeaderLabels([self.tr("Indicator")] + [str(y.year) for y in years])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, (label, getter) in enumerate(rows):
            self.yearly.setItem(r, 0, QTableWidgetItem(label))
            for c, year in enumerate(years, start=1):
                item = QTableWidgetItem(getter(year.metrics))
                item.setTextAlignment(right)
                self.yearly.setItem(r, c, item)
        self.yearly.resizeColumnsToContents()
        self.yearly.setMinimumHeight(24 * (len(rows) + 1) + 8)

    def _draw_chart(self) -> None:
        lines = self.card.lines
        end = self.card.as_of or date.today()
        months = monthly_revenue(lines, end, 36)
        names = [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        title = self.tr("Revenue by month, last 36 months, thousand ₽")
        size = (max(self.width() - 60, 900), 220)
        draw_later(
            self.derived.background,
            self.chart,
            ("monthly", self.account_id),
            monthly_png,
            months,
            title,
            names,
            size,
        )

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
        self.metrics.verticalHeader().setDefaultSectionSize(24)
        self.no_metrics = QLabel(
            self.tr("No sales yet: metrics appear after sales are imported."), box
        )
        self.metrics_caption = QLabel(box)
        self.no_cost = QLabel(self.tr("No cost in the data: gross profit equals revenue."), box)
        layout.addWidget(self.no_metrics)
        layout.addWidget(self.metrics_caption)
        layout.addWidget(self.metrics, 1)
        layout.addWidget(self.no_cost)
        self._fill_metrics(card)
        return box

    def _fill_metrics(self, card: AccountCard) -> None:
        empty = card.window is None or card.current_metrics is None
        empty = empty or card.previous_metrics is None
        for widget in (self.metrics_caption, self.metrics):
            widget.setVisible(not empty)
        self.no_metrics.setVisible(empty)
        self.no_cost.hide()
        if empty:
            return
        assert card.window is not None and card.previous is not None
        assert card.current_metrics is not None and card.previous_metrics is not None
        self.metrics_caption.setText(
            self.tr("Window %1 – %2 against %3 – %4")
            .replace("%1", day(card.window.start))
            .replace("%2", day(card.window.end))
            .replace("%3", day(card.previous.start))
            .replace("%4", day(card.previous.end))
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
        self.metrics.setMinimumHeight(24 * (len(rows) + 1) + 8)
        self.no_cost.setVisible(
            not card.current_metrics.cost_known and bool(card.current_metrics.revenue_kop)
        )
