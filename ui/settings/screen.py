"""Settings: the interface language and the database (this laptop's), the discount
policy and the analysis thresholds (the company's, kept with the data)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core import company_settings as cs
from core.analytics.thresholds import ThresholdError, Thresholds
from core.selling.bcg import STRATEGIES
from core.selling.discount import MAX_TIERS, NEW_CLIENT
from ui.account_card.words import Words
from ui.messages import Messages
from ui.ops import Executor
from ui.settings_store import Settings
from ui.widgets import look

# thresholds shown as a percentage (stored as fractions); the rest are whole numbers
PERCENT = {
    "abc_a", "abc_b", "xyz_x", "xyz_y", "systematic_s3", "systematic_s2", "hhi_m1", "hhi_m2",
    "dsl_s1", "dsl_s2", "falling_below", "growing_above",
}  # fmt: skip
SAVE_DELAY_MS = 600  # a typed value is saved this long after the last keystroke


def percent_box(parent: QWidget, maximum: float = 100.0, decimals: int = 0) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, maximum)
    box.setDecimals(decimals)
    box.setSuffix(" %")
    box.setKeyboardTracking(False)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    box.setMaximumWidth(110)
    return box


def _company_settings(db: Any) -> dict[str, Any]:
    """Every company setting the Settings screen shows, in one read."""
    from core.kpi.panel import kpi_settings
    from core.selling import proposal_docs as docs

    template = docs.template_path(db)
    return {
        "policy": cs.discount_policy(db),
        "terms": cs.discount_terms(db),
        "vat": docs.vat_rate(db),
        "template": str(template),
        "bundled": template == docs.TEMPLATE,
        "kpi": kpi_settings(db),
        "thresholds": cs.thresholds(db),
    }


class SettingsScreen(QWidget):
    language_changed = Signal(str)
    thresholds_changed = Signal()  # the analysis must be computed again

    def __init__(
        self,
        settings: Settings,
        database_name: str,
        ops: Executor | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.ops = ops
        self._kpi_shown = False  # the KPI texts were filled from the database once
        title = QLabel(self.tr("Settings"), self)
        look(title, "screenTitle")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(database_name), self.tr("&General"))
        if ops is not None:
            from ui.settings.company import CompanyPage

            self.company = CompanyPage(ops, self)
            self.tabs.addTab(self.company, self.tr("&Company"))
            self.tabs.addTab(self._discounts(), self.tr("&Discount policy"))
            self.tabs.addTab(self._thresholds(), self.tr("Analysis &thresholds"))
            self.tabs.addTab(self._proposals(), self.tr("&Proposals"))
            self.tabs.addTab(self._kpi(), self.tr("&KPI"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        if ops is not None:
            ops.hub.changed.connect(self._data_changed)
            self.reload()

    # -- the company's settings, read and written off the GUI thread -------------------------
    def reload(self) -> None:
        """Read every company setting the tabs show (shown when they arrive)."""
        assert self.ops is not None
        self.ops.submit(_company_settings, key="company-settings", done=self._read, owner=self)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.SETTINGS in kinds and not self.threshold_timer.isActive():
            self.reload()

    def _read(self, read: dict[str, Any]) -> None:
        focused = QApplication.focusWidget()
        typing = focused is not None and self.isAncestorOf(focused)
        if not typing:  # what the user is typing is not replaced under the cursor
            self._show_policy(read["policy"])
            self._show_terms(*read["terms"])
            self.vat.blockSignals(True)
            self.vat.setValue(read["vat"] * 100)
            self.vat.blockSignals(False)
        self._show_template(read["template"], read["bundled"])
        if not self._kpi_shown:  # typed text is not replaced by a later read
            self._kpi_shown = True
            self._show_kpi(read["kpi"])
        if not self.threshold_timer.isActive():
            self._show_thresholds(read["thresholds"])

    def _refused(self, label: QLabel) -> Any:
        def show(exc: BaseException) -> None:
            from ui.messages import Messages

            label.setText(Messages(self).failure(exc))

        return show

    # -- general -----------------------------------------------------------------------------
    def _general(self, database_name: str) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.setMaximumWidth(280)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(page)
        look(self.language_note, "hint")
        database = QLabel(database_name, page)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Database:"), database)
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "Start Fieldbook with --db PATH_OR_URL, or set FIELDBOOK_DB, "
                    "to use another database."
                ),
                page,
            ),
        )
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    def _language_chosen(self) -> None:
        value = str(self.language.currentData())
        self.settings.language = value
        self.settings.sync()
        self.language_changed.emit(value)

    # -- discount policy ------------------------------------------------------------------
    def _discounts(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The largest discount a manager may give, by the account's BCG strategy, and for "
                "a new client that has none yet. "
                "Proposals check their discounts against it. Kept with the data, so the "
                "whole team shares it."
            ),
            page,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        names = Words(self).strategies()
        names[NEW_CLIENT] = self.tr("New client (no strategy yet)")
        self.discount_boxes: dict[str, QDoubleSpinBox] = {}
        for row, code in enumerate((*STRATEGIES, NEW_CLIENT)):
            box = percent_box(page, 100, 1)
            box.valueChanged.connect(self._save_discounts)
            self.discount_boxes[code] = box
            label = QLabel(names[code], page)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
        grid.setColumnStretch(2, 1)
        # deal-size tiers: a deal (its list amount) from this much allows a few points more
        tiers_intro = QLabel(
            self.tr(
                "Deal size: a proposal or an order whose list amount reaches the amount "
                "allows this many points more (0: unused)."
            ),
            page,
        )
        tiers_intro.setWordWrap(True)
        tiers = QGridLayout()
        tiers.addWidget(QLabel(self.tr("From, ₽"), page), 0, 0)
        tiers.addWidget(QLabel(self.tr("Extra"), page), 0, 1)
        self.tier_boxes: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        for row in range(MAX_TIERS):
            start = QDoubleSpinBox(page)
            start.setRange(0, 1e12)
            start.setDecimals(0)
            start.setGroupSeparatorShown(True)
            start.setKeyboardTracking(False)
            start.setAlignment(Qt.AlignmentFlag.AlignRight)
            start.setMaximumWidth(160)
            extra = percent_box(page, 50, 1)
            for box in (start, extra):
                box.valueChanged.connect(self._save_terms)
            self.tier_boxes.append((start, extra))
            tiers.addWidget(start, row + 1, 0)
            tiers.addWidget(extra, row + 1, 1)
        tiers.setColumnStretch(2, 1)
        self.financing = percent_box(page, 100, 1)
        self.financing.valueChanged.connect(self._save_terms)
        financing = QHBoxLayout()
        label = QLabel(
            self.tr("Financing rate a year, for the implicit discount of a late payment:"),
            page,
        )
        label.setBuddy(self.financing)
        financing.addWidget(label)
        financing.addWidget(self.financing)
        financing.addStretch(1)
        self.discount_status = QLabel(page)
        look(self.discount_status, "hint")
        reset = QPushButton(self.tr("Restore the defaults"), page)
        reset.clicked.connect(self.reset_discounts)
        buttons = QHBoxLayout()
        buttons.addWidget(reset)
        buttons.addWidget(self.discount_status, 1)
        outer = QVBoxLayout(page)
        outer.addWidget(intro)
        outer.addLayout(grid)
        outer.addWidget(tiers_intro)
        outer.addLayout(tiers)
        outer.addLayout(financing)
        outer.addLayout(buttons)
        outer.addStretch(1)
        return page

    def _show_terms(self, tiers: tuple[tuple[int, float], ...], rate: float) -> None:
        boxes = [b for pair in self.tier_boxes for b in pair] + [self.financing]
        for box in boxes:
            box.blockSignals(True)
        for i, (start, extra) in enumerate(self.tier_boxes):
            tier = tiers[i] if i < len(tiers) else (0, 0.0)
            start.setValue(tier[0] / 100)
            extra.setValue(tier[1] * 100)
        self.financing.setValue(rate * 100)
        for box in boxes:
            box.blockSignals(False)

    def _save_terms(self) -> None:
        assert self.ops is not None
        tiers = [
            (round(start.value() * 100), round(extra.value() / 100, 4))
            for start, extra in self.tier_boxes
        ]
        self.ops.submit(
            cs.save_discount_terms, tiers, round(self.financing.value() / 100, 4), owner=self,
            done=lambda _r: self.discount_status.setText(self.tr("Saved.")),
            failed=self._refused(self.discount_status),
        )  # fmt: skip

    def _show_policy(self, policy: dict[str, float]) -> None:
        for code, box in self.discount_boxes.items():
            box.blockSignals(True)
            box.setValue(policy[code] * 100)
            box.blockSignals(False)

    def _save_discounts(self) -> None:
        assert self.ops is not None
        values = {code: round(box.value() / 100, 4) for code, box in self.discount_boxes.items()}
        self.ops.submit(
            cs.save_discount_policy, values, owner=self,
            done=lambda _r: self.discount_status.setText(self.tr("Saved.")),
            failed=self._refused(self.discount_status),
        )  # fmt: skip

    def reset_discounts(self) -> None:
        assert self.ops is not None
        self.ops.submit(
            cs.reset_discount_policy, owner=self,
            done=lambda _r: self.discount_status.setText(
                self.tr("The default policy is restored.")),
            failed=self._refused(self.discount_status),
        )  # fmt: skip

    # -- proposals -------------------------------------------------------------------------
    def _proposals(self) -> QWidget:
        page = QWidget(self)
        self.vat = percent_box(page, 99, 0)
        self.vat.valueChanged.connect(self._save_vat)
        self.template_label = QLabel(page)
        self.template_label.setWordWrap(True)
        self.template_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose a .docx template…"), page)
        choose.clicked.connect(lambda: self.choose_template())
        bundled = QPushButton(self.tr("Use the bundled template"), page)
        bundled.clicked.connect(lambda: self.choose_template(""))
        self.proposal_status = QLabel(page)
        self.proposal_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(bundled)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("VAT rate for new proposals:"), self.vat)
        form.addRow(self.tr("Proposal template:"), self.template_label)
        form.addRow("", buttons)
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "A copy of the bundled template restyled in Word keeps working; its "
                    "fields are listed in the README."
                ),
                page,
            ),
        )
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addWidget(self.proposal_status)
        outer.addStretch(1)
        return page

    def _show_template(self, path: str, bundled: bool) -> None:
        self.template_label.setText(self.tr("the bundled template") if bundled else path)

    def _save_vat(self) -> None:
        from core.selling import proposal_docs as docs

        assert self.ops is not None
        self.ops.submit(
            docs.set_vat_rate, round(self.vat.value() / 100, 4), owner=self,
            done=lambda _r: self.proposal_status.setText(self.tr("Saved.")),
            failed=self._refused(self.proposal_status),
        )  # fmt: skip

    def choose_template(self, path: str | None = None) -> None:
        """Use the company's own template (``""``: the bundled one again); it is tried
        off the GUI thread, and refused with the reason when it does not render."""
        from core.selling import proposal_docs as docs
        from core.selling.proposal import ProposalError

        assert self.ops is not None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Proposal template"), "", self.tr("Word document (*.docx)")
            )
            if not path:
                return

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ProposalError):
                self.proposal_status.setText(
                    self.tr("This template cannot be used: %1").replace(
                        "%1", Messages(self).failure(exc)
                    )
                )
            else:
                self._refused(self.proposal_status)(exc)

        self.ops.submit(
            docs.set_template, path or None, owner=self, failed=refused,
            done=lambda _r: self.proposal_status.setText(self.tr("Saved.")),
        )  # fmt: skip

    # -- KPI ---------------------------------------------------------------------------------
    def _kpi(self) -> QWidget:
        page = QWidget(self)
        self.activity_norm = QSpinBox(page)
        self.activity_norm.setRange(1, 500)
        self.matrix_edit = QPlainTextEdit(page)
        self.matrix_edit.setPlaceholderText(self.tr("1: Workwear, Lubricants\n*: Workwear"))
        self.departments_edit = QPlainTextEdit(page)
        self.departments_edit.setPlaceholderText(self.tr("Wholesale: Ivan Petrov, Anna Ivanova"))
        save = QPushButton(self.tr("&Save the KPI settings"), page)
        save.clicked.connect(self.save_kpi)
        self.kpi_status = QLabel(page)
        self.kpi_status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Activities per manager per week:"), self.activity_norm)
        form.addRow(
            self.tr(
                "Assortment matrix (a market code 1–12 or * for the rest: the mandatory "
                "product groups):"
            ),
            self.matrix_edit,
        )
        form.addRow(self.tr("Departments (name: managers):"), self.departments_edit)
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addWidget(save)
        outer.addWidget(self.kpi_status)
        outer.addStretch(1)
        return page

    def _show_kpi(self, current: dict[str, Any]) -> None:
        self.activity_norm.setValue(int(current["activity_norm"]))
        self.matrix_edit.setPlainText(
            "\n".join(f"{k}: {', '.join(v)}" for k, v in sorted(current["matrix"].items()))
        )
        self.departments_edit.setPlainText(
            "\n".join(f"{k}: {', '.join(v)}" for k, v in sorted(current["departments"].items()))
        )

    @staticmethod
    def _pairs(text: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for line in text.splitlines():
            if ":" not in line:
                if line.strip():
                    raise ValueError(line.strip())
                continue
            key, _, values = line.partition(":")
            out[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
        return out

    def save_kpi(self) -> bool:
        from core.kpi.panel import KpiError, save_kpi_settings

        assert self.ops is not None
        try:
            matrix = self._pairs(self.matrix_edit.toPlainText())
            departments = self._pairs(self.departments_edit.toPlainText())
            bad = [k for k in matrix if k != "*" and not (k.isdigit() and 1 <= int(k) <= 12)]
            if bad:
                raise KpiError(", ".join(bad))
        except (ValueError, KpiError) as exc:
            self.kpi_status.setText(
                self.tr("Not saved: «%1» is not «market: groups» (a market is 1–12 or *).").replace(
                    "%1", str(exc)
                )
            )
            return False
        self.ops.submit(
            save_kpi_settings, self.activity_norm.value(), matrix, departments, owner=self,
            done=lambda _r: self.kpi_status.setText(self.tr("Saved.")),
            failed=self._refused(self.kpi_status),
        )  # fmt: skip
        return True

    # -- analysis thresholds ------------------------------------------------------------------
    def threshold_labels(self) -> dict[str, str]:
        return {
            "abc_a": self.tr("ABC: group A up to this cumulative share of revenue"),
            "abc_b": self.tr("ABC: group B up to this cumulative share of revenue"),
            "xyz_x": self.tr("XYZ: X when the coefficient of variation is below"),
            "xyz_y": self.tr("XYZ: Y when the coefficient of variation is below"),
            "systematic_s3": self.tr("Systematicity S3 (share of months with a purchase) from"),
            "systematic_s2": self.tr("Systematicity S2 from"),
            "k2_from": self.tr("K2 from this many competitors"),
            "k3_from": self.tr("K3 from this many competitors"),
            "hhi_m1": self.tr("M1: concentration index (HHI) below"),
            "hhi_m2": self.tr("M2: concentration index (HHI) below"),
            "dsl_d3_from": self.tr("DSL: D3 from this many product groups"),
            "dsl_s1": self.tr("DSL: S1 when the share of the main group is at least"),
            "dsl_s2": self.tr("DSL: S2 when the share of the main group is at least"),
            "falling_below": self.tr("Falling: revenue below this share of the previous window"),
            "growing_above": self.tr("Growing: revenue above this share of the previous window"),
            "new_days": self.tr("New client: first purchase within this many days"),
            "top_n": self.tr("Top clients: N"),
            "churn_horizon_days": self.tr("Risk of leaving: no purchase within this many days"),
        }

    def _thresholds(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The thresholds of the methodology. The defaults are those of the "
                "methodology; a change applies to every table, label and chart, and to "
                "the whole team."
            ),
            page,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.threshold_boxes: dict[str, QDoubleSpinBox | QSpinBox] = {}
        labels = self.threshold_labels()
        for f in fields(Thresholds):
            box: QDoubleSpinBox | QSpinBox
            if f.name in PERCENT:
                box = percent_box(
                    page, 1000 if f.name in ("xyz_x", "xyz_y", "growing_above") else 100
                )
                box.valueChanged.connect(self._threshold_typed)
            else:
                box = QSpinBox(page)
                box.setRange(1, 100000)
                box.setKeyboardTracking(False)
                box.setAlignment(Qt.AlignmentFlag.AlignRight)
                box.setMaximumWidth(110)
                box.valueChanged.connect(self._threshold_typed)
            self.threshold_boxes[f.name] = box
            form.addRow(labels[f.name] + ":", box)
        self.threshold_status = QLabel(page)
        self.threshold_status.setWordWrap(True)
        reset = QPushButton(self.tr("Restore the defaults"), page)
        reset.clicked.connect(self.reset_thresholds)
        buttons = QHBoxLayout()
        buttons.addWidget(reset)
        buttons.addWidget(self.threshold_status, 1)
        inner = QWidget(page)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(intro)
        inner_layout.addLayout(form)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.threshold_timer = QTimer(self)
        self.threshold_timer.setSingleShot(True)
        self.threshold_timer.setInterval(SAVE_DELAY_MS)
        self.threshold_timer.timeout.connect(self.save_thresholds)
        return page

    def _show_thresholds(self, th: Thresholds) -> None:
        for name, box in self.threshold_boxes.items():
            box.blockSignals(True)
            value = getattr(th, name)
            if isinstance(box, QDoubleSpinBox):
                box.setValue(value * 100)
            else:
                box.setValue(int(value))
            box.blockSignals(False)

    def typed_thresholds(self) -> Thresholds:
        values: dict[str, Any] = {}
        for name, box in self.threshold_boxes.items():
            if isinstance(box, QDoubleSpinBox):
                values[name] = round(box.value() / 100, 4)
            else:
                values[name] = box.value()
        return replace(Thresholds(), **values)

    def _threshold_typed(self) -> None:
        self.threshold_timer.start()

    def save_thresholds(self) -> bool:
        """Check what is typed (an inconsistent set is shown, not stored) and store it
        off the GUI thread; the change hub has the analysis computed again."""
        assert self.ops is not None
        self.threshold_timer.stop()
        th = self.typed_thresholds()
        try:
            th.check()
        except ThresholdError as exc:
            self.threshold_status.setStyleSheet("color: #b00020;")
            self.threshold_status.setText(self.threshold_error(exc))
            return False

        def saved(_result: object) -> None:
            self.threshold_status.setStyleSheet("")
            self.threshold_status.setText(self.tr("Saved. The analysis is computed again."))
            self.thresholds_changed.emit()

        self.ops.submit(cs.save_thresholds, th, done=saved, owner=self,
                        failed=self._refused(self.threshold_status))  # fmt: skip
        return True

    def threshold_error(self, exc: ThresholdError) -> str:
        labels = self.threshold_labels()
        name = labels.get(exc.name, exc.name)
        if exc.other:
            text = self.tr("Not saved: «%1» must be below «%2».")
            return text.replace("%1", name).replace("%2", labels.get(exc.other, exc.other))
        return self.tr("Not saved: «%1» is out of its range.").replace("%1", name)

    def reset_thresholds(self) -> None:
        assert self.ops is not None
        self.threshold_timer.stop()

        def done(_result: object) -> None:
            self.threshold_status.setStyleSheet("")
            self.threshold_status.setText(self.tr("The methodology's defaults are restored."))
            self.thresholds_changed.emit()

        self.ops.submit(cs.reset_thresholds, done=done, owner=self,
                        failed=self._refused(self.threshold_status))  # fmt: skip

    def flush(self) -> None:
        """Save a threshold still waiting for its delay (the window is closing)."""
        if getattr(self, "threshold_timer", None) is not None and self.threshold_timer.isActive():
            self.save_thresholds()
