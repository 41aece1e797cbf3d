"""Account card → Proposal: the ABCD proposal builder. Choose whom it addresses, write
blocks A, B and D, fill block C with items (from the catalogue or typed in) and see the
totals with VAT and the discount guard as you type; export to DOCX or PDF, each export
a numbered version. Everything is saved as the user works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core import company_settings as cs
from core.accounts import workspace as ws
from core.importing.values import ValueProblem
from core.importing.values import money as parse_money
from core.importing.values import number as parse_number
from core.selling import proposal_docs as docs
from core.selling.proposal import DEFAULT_VAT, Item, ProposalError
from ui.formatting import exact, moment, money, percent
from ui.messages import Messages
from ui.ops import Executor
from ui.widgets import DateField

SAVE_DELAY_MS = 600
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "sku", "unit", "quantity", "price", "discount", "amount", "keep_reason")
VAT_RATES = (0.22, 0.10, 0.0)  # the rates of the Tax Code since 2026; None: no VAT


class CatalogueDialog(QDialog):
    """Pick a SKU of the catalogue; type to filter."""

    def __init__(self, items: list[docs.CatalogueItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from the catalogue"))
        self.items = items
        self.chosen: docs.CatalogueItem | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("SKU, name or group"))
        self.filter.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self._fill("")

    def _fill(self, text: str) -> None:
        needle = text.lower().strip()
        self.list.clear()
        for n, c in enumerate(self.items):
            line = f"{c.sku} · {c.name} · {c.group}"
            if needle and needle not in line.lower():
                continue
            price = f" — {money(c.price_kop, 2)} ₽" if c.price_kop is not None else ""
            item = QListWidgetItem(line + price)
            item.setData(ID_ROLE, n)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def accept(self) -> None:
        current = self.list.currentItem()
        if current is not None:
            self.chosen = self.items[int(current.data(ID_ROLE))]
        super().accept()


class ProposalTab(QWidget):
    changed = Signal()
    exported = Signal(object)  # the Path written

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
        self.strategy: str | None = None  # the account's BCG strategy: the discount maximum
        self.policy: dict[str, float] = {}  # the discount policy: strategy → maximum
        self.tiers: tuple[tuple[int, float], ...] = ()  # its deal-size tiers
        self.seller: dict[str, str] | None = None  # the company profile (None: not read)
        self.people: list[dict[str, Any]] = []  # the account's contacts
        self.proposal_id: str | None = None
        self.content: dict[str, Any] = {}
        self._loading = False

        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&New proposal"), self)
        self.new_button.clicked.connect(self.new_proposal)
        self.docx_button = QPushButton(self.tr("Export &DOCX…"), self)
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Proposal:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.docx_button)
        top.addWidget(self.pdf_button)

        self.addressed = QListWidget(self)
        self.addressed.setMaximumHeight(110)
        self.addressed.itemChanged.connect(lambda _i: self._typed())
        self.block_a = QPlainTextEdit(self)
        self.block_b = QPlainTextEdit(self)
        for editor in (self.block_a, self.block_b):
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._typed)
        self.factors = QLabel(self)
        self.factors.setWordWrap(True)
        self.factors.setStyleSheet("color: #555;")
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Addressed to (roles from Contacts):"), self))
        left.addWidget(self.addressed)
        left.addWidget(QLabel(self.tr("A. The client's situation and problem:"), self))
        left.addWidget(self.block_a, 1)
        left.addWidget(QLabel(self.tr("B. Solution and benefits:"), self))
        left.addWidget(self.block_b, 1)
        left.addWidget(self.factors)

        self.items = QTableWidget(0, len(COLUMNS), self)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("SKU"),
                self.tr("Unit"),
                self.tr("Qty"),
                self.tr("Price, ₽"),
                self.tr("Discount, %"),
                self.tr("Amount, ₽"),
                self.tr("Reason to keep the discount"),
            ]
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 70), (2, 44), (3, 52), (4, 92), (5, 72), (6, 100), (7, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.items.setColumnWidth(col, width)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.itemChanged.connect(self._item_edited)
        self.add_line = QPushButton(self.tr("Add &line"), self)
        self.add_line.clicked.connect(
            lambda: self.add_item(Item(self.tr("New item"), 1, 0, unit=self.tr("pcs")))
        )
        self.add_sku = QPushButton(self.tr("From &catalogue…"), self)
        self.add_sku.clicked.connect(self.pick_from_catalogue)
        self.remove_line = QPushButton(self.tr("&Remove line"), self)
        self.remove_line.clicked.connect(self.remove_item)
        self.vat = QComboBox(self)  # 22 %, 10 %, 0 % or «Без НДС» (a seller without VAT)
        self._vat_choices(DEFAULT_VAT)
        self.vat.currentIndexChanged.connect(self._typed)
        self.include_tco = QCheckBox(self.tr("Include the TCO comparison"), self)
        self.include_tco.toggled.connect(lambda _on: self._typed())
        line_buttons = QHBoxLayout()
        for b in (self.add_line, self.add_sku, self.remove_line):
            line_buttons.addWidget(b)
        line_buttons.addStretch(1)
        line_buttons.addWidget(QLabel(self.tr("VAT:"), self))
        line_buttons.addWidget(self.vat)
        line_buttons.addWidget(self.include_tco)
        self.totals = QLabel(self)
        self.totals.setStyleSheet("font-weight: bold;")
        self.guard = QLabel(self)
        self.guard.setWordWrap(True)
        self.guard.setStyleSheet("color: #b00020;")

        self.next_step = QLineEdit(self)
        self.deadline = DateField(self, optional=True)
        self.valid_until = DateField(self, optional=True)
        for d in (self.deadline, self.valid_until):
            d.dateChanged.connect(self._typed)
        self.our_contacts = QLineEdit(self)
        self.payment_terms = QLineEdit(self)
        self.delivery_terms = QLineEdit(self)
        self.warranty_terms = QLineEdit(self)
        for line in (self.next_step, self.our_contacts, self.payment_terms,
                     self.delivery_terms, self.warranty_terms):  # fmt: skip
            line.textChanged.connect(self._typed)
        block_d = QFormLayout()
        block_d.addRow(self.tr("Next step:"), self.next_step)
        block_d.addRow(self.tr("Decision by:"), self.deadline)
        block_d.addRow(self.tr("Valid until:"), self.valid_until)
        block_d.addRow(self.tr("Our contacts:"), self.our_contacts)
        block_d.addRow(self.tr("Payment terms:"), self.payment_terms)
        block_d.addRow(self.tr("Delivery terms:"), self.delivery_terms)
        block_d.addRow(self.tr("Warranty:"), self.warranty_terms)

        c_box = QGroupBox(self.tr("C. Calculation"), self)
        c_layout = QVBoxLayout(c_box)
        c_layout.addWidget(self.items, 1)
        c_layout.addLayout(line_buttons)
        c_layout.addWidget(self.totals)
        c_layout.addWidget(self.guard)
        d_box = QGroupBox(self.tr("D. Decision and next step"), self)
        d_box.setLayout(block_d)
        right = QVBoxLayout()
        right.addWidget(c_box, 1)
        right.addWidget(d_box)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.status = QLabel(self)
        self.empty = QLabel(self.tr("No proposal yet. Start one with New proposal."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        self.body.setLayout(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        QShortcut(
            QKeySequence("Ctrl+Shift+N"),
            self,
            self.new_proposal,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        ops.hub.changed.connect(self._data_changed)
        self._read_policy()
        self.reload()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.SETTINGS in kinds:
            self._read_policy()
        if ch.CONTACTS in kinds and self.proposal_id is not None:
            self.ops.submit(
                ws.list_records, "contact", self.account_id, done=self._people_read,
                key=("proposal-people", self.account_id), owner=self,
            )  # fmt: skip

    def _read_policy(self) -> None:
        """The discount policy and the seller's profile (checked before an export)."""
        from core.company import company_profile

        self.ops.submit(
            lambda db: (cs.discount_policy(db), cs.discount_terms(db)[0], company_profile(db)),
            key="discount-policy", done=self._policy_read, owner=self,
        )  # fmt: skip

    def _policy_read(self, read: tuple[dict[str, float], Any, dict[str, str]]) -> None:
        self.policy, self.tiers, self.seller = read
        self._show_totals()

    def _people_read(self, people: list[dict[str, Any]]) -> None:
        """The contacts changed: the list of people to address, keeping who was ticked."""
        ticked = {
            str(self.addressed.item(i).data(ID_ROLE))
            for i in range(self.addressed.count())
            if self.addressed.item(i).checkState() == Qt.CheckState.Checked
        }
        self.people = people
        was, self._loading = self._loading, True
        self._fill_people(ticked)
        self._loading = was
        self._show_totals()

    def _fill_people(self, chosen: set[str]) -> None:
        self.addressed.clear()
        for person in self.people:
            role = self.role_names().get(person.get("buying_role") or "")
            item = QListWidgetItem(person["name"] + (f" ({role})" if role else ""))
            item.setData(ID_ROLE, person["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person["id"] in chosen else Qt.CheckState.Unchecked
            )
            self.addressed.addItem(item)

    def role_names(self) -> dict[str, str]:
        return {
            "economic": self.tr("economic buyer"),
            "technical": self.tr("technical buyer"),
            "user": self.tr("user"),
            "coach": self.tr("coach"),
        }

    def factor_names(self) -> dict[str, str]:
        return {
            "acceptable_price": self.tr("acceptable price"),
            "flexibility": self.tr("flexibility"),
            "stability": self.tr("stability"),
            "commitment": self.tr("commitment"),
            "cost_reduction": self.tr("cost reduction"),
            "availability": self.tr("availability"),
            "variety": self.tr("variety"),
            "feedback": self.tr("feedback"),
            "functionality": self.tr("functionality"),
        }

    # -- proposals of the account ------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the account's proposals (then show ``select``, or the newest)."""
        self.ops.submit(
            docs.list_proposals, self.account_id, key=("proposals", self.account_id),
            done=lambda found: self._listed(found, select), owner=self,
        )  # fmt: skip

    def _listed(self, found: list[dict[str, Any]], select: str | None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for p in found:
            when = moment(p["updated_at"])
            revision = (
                self.tr("rev. %1").replace("%1", str(p["revision"]))
                if p["revision"]
                else self.tr("not sent yet")
            )
            self.chooser.addItem(
                f"{p['number']} · {when} · {money(p['total_kop'], 2)} ₽ · {revision}", p["id"]
            )
        self.chooser.blockSignals(False)
        if found:
            index = max(0, self.chooser.findData(select)) if select else 0
            self.chooser.setCurrentIndex(index)
            self._chosen()
        else:
            self.proposal_id = None
        self.empty.setVisible(not found)
        self.body.setVisible(bool(found))
        for b in (self.docx_button, self.pdf_button):
            b.setEnabled(bool(found))

    def _chosen(self) -> None:
        self.flush()
        pid = self.chooser.currentData()
        if pid:
            self.load(str(pid))

    def new_proposal(self) -> None:
        self.flush()

        def created(pid: str) -> None:
            self.reload(pid)
            self.changed.emit()

        self.ops.submit(
            docs.create_proposal, self.account_id, done=created, failed=self._refused, owner=self
        )

    def _refused(self, exc: BaseException) -> None:
        self.status.setText(Messages(self).failure(exc))

    def load(self, proposal_id: str) -> None:
        """Read a proposal and the account's contacts, then show them."""
        account_id = self.account_id
        self.ops.submit(
            lambda db: (docs.proposal_content(db, proposal_id),
                        ws.list_records(db, "contact", account_id)),
            key=("proposal", account_id),
            done=lambda read: self._loaded(proposal_id, *read),
            owner=self,
        )  # fmt: skip

    def _loaded(
        self, proposal_id: str, content: dict[str, Any], people: list[dict[str, Any]]
    ) -> None:
        self.proposal_id = proposal_id
        self.content = content
        self.people = people
        c = self.content
        self._loading = True
        try:
            self._fill_people(set(c.get("contacts") or []))
            self.block_a.setPlainText(str(c.get("block_a") or ""))
            self.block_b.setPlainText(str(c.get("block_b") or ""))
            self.items.setRowCount(0)
            for values in c.get("items") or []:
                self._append_row(Item.from_dict(values))
            self._vat_choices(c.get("vat_rate", DEFAULT_VAT))
            self.include_tco.setChecked(bool(c.get("include_tco")))
            self.next_step.setText(str(c.get("next_step") or ""))
            for edit, key in ((self.deadline, "deadline"), (self.valid_until, "valid_until")):
                edit.set_value(docs.iso_date(c.get(key)))
            self.our_contacts.setText(str(c.get("our_contacts") or ""))
            for line, key in self._terms():
                line.setText(str(c.get(key) or ""))
        finally:
            self._loading = False
        self._show_totals()

    # -- items ------------------------------------------------------------------------------------
    def _append_row(self, item: Item) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        self._set_row(row, item)

    def _set_row(self, row: int, item: Item) -> None:
        was = self._loading
        self._loading = True
        cells = (
            item.name,
            item.sku,
            item.unit,
            exact(item.quantity),
            money(item.price_kop, 2),
            exact(round(item.discount * 100, 4)),
            money(item.amount_kop, 2),
            item.keep_reason,
        )
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if COLUMNS[col] in ("quantity", "price", "discount", "amount"):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if COLUMNS[col] == "amount":
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(row, col, cell)
        self._loading = was

    def add_item(self, item: Item) -> None:
        self._append_row(item)
        self.items.setCurrentCell(self.items.rowCount() - 1, 0)
        self._typed()

    def pick_from_catalogue(self) -> None:
        """Read the SKU catalogue (off the GUI thread), then let the user pick."""
        self.background.submit(docs.catalogue, key="catalogue", done=self._pick_from, owner=self)

    def _pick_from(self, catalogue: list[Any]) -> None:
        dialog = CatalogueDialog(catalogue, self)
        self.catalogue_dialog = dialog
        if dialog.exec() and dialog.chosen is not None:
            c = dialog.chosen
            self.add_item(
                Item(c.name or c.sku, 1, c.price_kop or 0, sku=c.sku, unit=self.tr("pcs"))
            )

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._typed()

    def row_item(self, row: int) -> Item:
        def text(col: str) -> str:
            cell = self.items.item(row, COLUMNS.index(col))
            return cell.text().strip() if cell else ""

        def refused(col: str) -> ProposalError:
            return ProposalError(
                self.tr("Row %1: «%2» is not a number.")
                .replace("%1", str(row + 1))
                .replace("%2", text(col))
            )

        def number(col: str) -> float:
            try:
                return parse_number(text(col)) or 0.0
            except ValueProblem:
                raise refused(col) from None

        def price() -> int:
            try:  # the importer's money rule: kopecks rounded half up ("0,125" → 13)
                return parse_money(text("price")) or 0
            except ValueProblem:
                raise refused("price") from None

        return Item(
            text("name"),
            number("quantity"),
            price(),
            number("discount") / 100,
            text("sku"),
            text("keep_reason"),
            text("unit"),
        )

    def _item_edited(self, cell: QTableWidgetItem) -> None:
        if self._loading or COLUMNS[cell.column()] == "amount":
            return
        try:
            item = self.row_item(cell.row())
        except ProposalError as exc:
            self.status.setText(Messages(self).failure(exc))
            return
        amount = self.items.item(cell.row(), COLUMNS.index("amount"))
        if amount is not None:
            self._loading = True
            amount.setText(money(item.amount_kop, 2))
            self._loading = False
        self._typed()

    # -- saving ------------------------------------------------------------------------------------
    def typed(self) -> dict[str, Any]:
        c = dict(self.content)
        c["contacts"] = [
            str(self.addressed.item(i).data(ID_ROLE))
            for i in range(self.addressed.count())
            if self.addressed.item(i).checkState() == Qt.CheckState.Checked
        ]
        c["block_a"] = self.block_a.toPlainText()
        c["block_b"] = self.block_b.toPlainText()
        c["items"] = [self.row_item(r).to_dict() for r in range(self.items.rowCount())]
        c["vat_rate"] = self.vat.currentData()
        c["include_tco"] = self.include_tco.isChecked()
        c["next_step"] = self.next_step.text()
        for edit, key in ((self.deadline, "deadline"), (self.valid_until, "valid_until")):
            value = edit.value()
            c[key] = value.isoformat() if value else None
        c["our_contacts"] = self.our_contacts.text()
        for line, key in self._terms():
            c[key] = line.text()
        return c

    def _terms(self) -> tuple[tuple[QLineEdit, str], ...]:
        return (
            (self.payment_terms, "payment_terms"),
            (self.delivery_terms, "delivery_terms"),
            (self.warranty_terms, "warranty_terms"),
        )

    def _vat_choices(self, current: float | None) -> None:
        """The VAT rates to choose from, with the proposal's own (an older 20 %) kept."""
        rates: list[float | None] = list(VAT_RATES)
        if current is not None and all(abs(current - r) > 1e-9 for r in VAT_RATES):
            rates.insert(0, float(current))
        was = self.vat.blockSignals(True)
        self.vat.clear()
        for rate in rates:
            self.vat.addItem(self.tr("VAT %1").replace("%1", percent(rate, 0)), rate)
        self.vat.addItem(self.tr("No VAT"), None)
        index = self.vat.findData(current) if current is not None else self.vat.count() - 1
        self.vat.setCurrentIndex(max(0, index))
        self.vat.blockSignals(was)

    def _typed(self) -> None:
        if not self._loading and self.proposal_id is not None:
            self.timer.start()
            self._show_totals()

    def save(self) -> bool:
        """Keep what is typed: checked here, written on the executor; False when what
        is typed cannot be kept (the reason is shown)."""
        self.timer.stop()
        if self.proposal_id is None:
            return False
        try:
            content = self.typed()
        except ProposalError as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", Messages(self).failure(exc)))
            return False
        self.content = content
        self.status.clear()

        def refused(exc: BaseException) -> None:
            self.status.setText(self.tr("Not saved: %1").replace("%1", Messages(self).failure(exc)))

        self.ops.submit(docs.save_proposal, self.proposal_id, content, failed=refused, owner=self)
        self.changed.emit()
        return True

    def flush(self) -> None:
        if self.timer.isActive():
            self.save()

    def set_strategy(self, strategy: str | None) -> None:
        self.strategy = strategy
        self._show_totals()

    def _show_totals(self) -> None:
        if self.proposal_id is None:
            return
        try:
            items = [self.row_item(r) for r in range(self.items.rowCount())]
        except ProposalError as exc:
            self.guard.setText(Messages(self).failure(exc))
            return
        from core.selling.discount import allowed
        from core.selling.proposal import discount_excesses, emphasised_factors, totals

        t = totals(items, self.vat.currentData())
        self.totals.setText(
            self.tr("Before VAT %1 ₽ · VAT %2 ₽ · total %3 ₽")
            .replace("%1", money(t.net_kop, 2))
            .replace("%2", money(t.vat_kop, 2))
            .replace("%3", money(t.total_kop, 2))
        )
        # the strategy's maximum, with the extra of the deal-size tier the proposal reaches
        deal = sum(i.gross_kop for i in items)
        maximum = allowed(self.policy, self.tiers, self.strategy, deal) if self.policy else None
        lines = []
        for e in discount_excesses(items, maximum):
            text = (
                self.tr("%1: discount %2 is above the %3 of the strategy, %4 ₽ more")
                .replace("%1", e.item.name)
                .replace("%2", percent(e.item.discount, 0))
                .replace("%3", percent(e.maximum, 0))
                .replace("%4", money(e.excess_kop, 2))
            )
            text += (
                self.tr(" — kept: %1").replace("%1", e.item.keep_reason)
                if e.kept
                else self.tr(" — give a reason to keep it")
            )
            lines.append(text)
        self.guard.setText("\n".join(lines))
        people = {p["id"]: p.get("buying_role") for p in self.people}
        chosen = [
            people.get(str(self.addressed.item(i).data(ID_ROLE)))
            for i in range(self.addressed.count())
            if self.addressed.item(i).checkState() == Qt.CheckState.Checked
        ]
        names = self.factor_names()
        stressed = ", ".join(names[f] for f in emphasised_factors(chosen))
        self.factors.setText(self.tr("Block B stresses: %1").replace("%1", stressed))

    # -- export ------------------------------------------------------------------------------
    def _check_text(self, check: docs.ExportCheck) -> str:
        return {
            "no_items": self.tr("the proposal has no items"),
            "no_addressee": self.tr("nobody is chosen to address it to"),
            "no_next_step": self.tr("it proposes no next step"),
            "valid_until_past": self.tr("its validity date is already past"),
            "deadline_past": self.tr("its decision deadline is already past"),
            "no_seller": self.tr(
                "the company profile has no name, so the letterhead would be empty "
                "(Settings → Company)"
            ),
        }.get(check.code, check.message)

    def _checked_before_export(self) -> bool:
        """What would make the proposal wrong at the client, said before the file
        dialog: no items stops the export; the rest is asked about."""
        checks = docs.export_checks(self.content, seller=self.seller)
        blocking = [self._check_text(c) for c in checks if c.blocking]
        if blocking:
            text = self.tr("The proposal was not exported: %1.").replace("%1", "; ".join(blocking))
            self.last_error = text
            QMessageBox.warning(self, "Fieldbook", text)
            return False
        doubts = [self._check_text(c) for c in checks]
        if doubts:
            return self.confirm(
                self.tr("Before it goes to the client: %1. Export it anyway?").replace(
                    "%1", "; ".join(doubts)
                )
            )
        return True

    def confirm(self, question: str) -> bool:
        """Ask the user (a test answers for them)."""
        self.last_question = question
        answer = QMessageBox.question(
            self, "Fieldbook", question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def export(self, kind: str, path: str | None = None) -> None:
        """Save, then write the proposal (after the save, on the same executor);
        ``exported`` says where it went."""
        if self.proposal_id is None:
            return None
        if not self.save():
            return None
        if not self._checked_before_export():
            return None
        if path is None:
            filters = {"docx": self.tr("Word document (*.docx)"), "pdf": self.tr("PDF (*.pdf)")}
            name = self.tr("Proposal")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the proposal"),
                str(Path.home() / f"{name}.{kind}"),
                filters[kind],
            )
            if not path:
                return None
        if not path.lower().endswith("." + kind):
            path += "." + kind
        proposal_id = self.proposal_id

        def written(result: tuple[Path, int]) -> None:
            where, number = result
            self.status.setText(
                self.tr("Version %1 saved to %2")
                .replace("%1", str(number))
                .replace("%2", str(where))
            )
            self.reload(proposal_id)
            self.exported.emit(where)

        def refused(exc: BaseException) -> None:
            reason = Messages(self).failure(exc)
            text = self.tr("The proposal was not exported: %1").replace("%1", reason)
            self.last_error = text
            QMessageBox.warning(self, "Fieldbook", text)

        self.ops.submit(
            docs.export_proposal, proposal_id, path, self.language, self.strategy,
            done=written, failed=refused, owner=self,
        )  # fmt: skip
        return None
