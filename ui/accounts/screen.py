"""The Accounts screen: a view chooser (the standard views and the user's saved filters),
a filter box, and a sortable table of every account; new, delete and undo."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.accounts.filters import SavedFilter, dump_saved, load_saved, managers, with_saved
from core.accounts.service import AccountRow
from ui.accounts.model import COLUMNS, WIDTHS, AccountsModel, NameOrder
from ui.formatting import number, quoted
from ui.settings_store import Settings
from ui.tables import read_only_table
from ui.widgets import look

LABEL_VIEWS = ("falling_lost", "qualified")  # views built on the computed labels
SAVED = "saved:"  # the data of a saved filter in the view chooser: saved:<name>


class AccountsScreen(QWidget):
    open_account = Signal(str)
    back_to_analytics = Signal()
    create_requested = Signal()
    delete_requested = Signal(str, str)  # account id, name
    undo_requested = Signal(str)  # the account to restore

    def __init__(
        self, language: str = "en", settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.model = AccountsModel(language, self)
        self._deleted: tuple[str, str] | None = None  # the last deleted account: id, name
        self._labels_current = False  # the labels shown are from the data as it is now

        self.view_box = QComboBox(self)
        self.view_box.setToolTip(self.tr("Saved filters (Ctrl+L)"))
        self.view_box.setMinimumContentsLength(24)
        self.view_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.manager_box = QComboBox(self)
        self.manager_box.setEditable(True)
        self.manager_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.manager_box.setMinimumContentsLength(18)
        self.manager_box.setToolTip(self.tr("Your name as the responsible manager in the data"))
        editor = self.manager_box.lineEdit()
        assert editor is not None  # an editable combo box has its line edit
        editor.setPlaceholderText(self.tr("Your name as manager"))
        self.manager_box.hide()
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(
            self.tr("Filter by name, INN, region, manager or label (abc:a, behaviour:lost)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.save_button = QPushButton(self.tr("Sa&ve filter…"), self)
        self.save_button.setToolTip(self.tr("Keep this view and filter text under a name"))
        self.forget_button = QPushButton(self.tr("Forget"), self)
        self.forget_button.setToolTip(self.tr("Remove this saved filter"))
        self.forget_button.hide()
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("&New account…"), self)
        self.new_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected account (Del); Ctrl+Z undoes"))

        self.table = read_only_table(self.model, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for name in self.settings.hidden_account_columns:
            if name in COLUMNS and name != "name":
                self.table.setColumnHidden(COLUMNS.index(name), True)

        self.undo_label = QLabel(self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(self.undo_delete)
        undo = QHBoxLayout()
        undo.setContentsMargins(0, 0, 0, 0)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_row = QWidget(self)
        self.undo_row.setLayout(undo)
        self.undo_row.hide()

        self.subset_label = QLabel(self)
        self.subset_label.setObjectName("drillDown")
        self.back_button = QPushButton(self.tr("← &Back to the table"), self)
        self.back_button.clicked.connect(self.back_to_analytics)
        self.all_button = QPushButton(self.tr("Show &all accounts"), self)
        self.all_button.clicked.connect(lambda: self.show_subset(None))
        drill = QHBoxLayout()
        drill.addWidget(self.subset_label, 1)
        drill.addWidget(self.back_button)
        drill.addWidget(self.all_button)
        self.drill_row = QWidget(self)
        self.drill_row.setLayout(drill)
        drill.setContentsMargins(0, 0, 0, 0)
        self.drill_row.hide()

        top = QHBoxLayout()
        top.addWidget(self.view_box)
        top.addWidget(self.manager_box)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.forget_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        title_row = QHBoxLayout()
        title = QLabel(self.tr("Accounts"), self)
        look(title, "screenTitle")
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.drill_row)
        layout.addLayout(top)
        layout.addWidget(self.undo_row)
        layout.addWidget(self.table, 1)

        self._fill_views()
        self.view_box.currentIndexChanged.connect(self._view_chosen)
        self.manager_box.currentTextChanged.connect(self._manager_typed)
        self.filter_box.textChanged.connect(self._filter)
        self.save_button.clicked.connect(lambda: self.save_filter())
        self.forget_button.clicked.connect(self.forget_filter)
        self.new_button.clicked.connect(self.create_requested.emit)
        self.delete_button.clicked.connect(self.delete_current)
        on_table = Qt.ShortcutContext.WidgetShortcut
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self._open_current),
            (QKeySequence(Qt.Key.Key_Enter), self._open_current),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_current),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
        ):
            QShortcut(key, self.table, slot, context=on_table)
        # Ctrl+F is the window's "Find account" (Go menu), which comes here
        QShortcut(QKeySequence.StandardKey.New, self, self.create_requested.emit)
        QShortcut(QKeySequence("Ctrl+L"), self, self.view_box.showPopup)

    def _column_menu(self, pos: QPoint) -> None:
        """Right-click on the header: show or hide columns (kept between sessions)."""
        menu = QMenu(self)
        for column, title in enumerate(self.model.headers()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(COLUMNS[column] != "name")
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self.settings.hidden_account_columns = [
            COLUMNS[c] for c in range(len(COLUMNS)) if self.table.isColumnHidden(c)
        ]

    # -- the views -----------------------------------------------------------------------
    def standard_views(self) -> list[tuple[str, str]]:
        return [
            ("all", self.tr("All accounts")),
            ("mine", self.tr("My accounts")),
            ("falling_lost", self.tr("Falling and lost")),
            ("no_decision_maker_contact", self.tr("No contact with an ЛПР for 90 days")),
            ("qualified", self.tr("Qualified (BANT ≥ 9)")),
        ]

    def saved_filters(self) -> list[SavedFilter]:
        return load_saved(self.settings.saved_filters)

    def _fill_views(self, select: str = "all") -> None:
        self.view_box.blockSignals(True)
        self.view_box.clear()
        for key, text in self.standard_views():
            self.view_box.addItem(text, key)
        saved = self.saved_filters()
        if saved:
            self.view_box.insertSeparator(self.view_box.count())
            for f in saved:
                self.view_box.addItem("★ " + f.name, SAVED + f.name)
        self.view_box.setCurrentIndex(max(0, self.view_box.findData(select)))
        self.view_box.blockSignals(False)

    def current_view(self) -> str:
        return str(self.view_box.currentData() or "all")

    def choose_view(self, key: str) -> None:
        """Select a standard view (``mine``…) or a saved filter (``saved:<name>``)."""
        index = self.view_box.findData(key)
        if index >= 0:
            self.view_box.setCurrentIndex(index)

    def _view_chosen(self) -> None:
        key = self.current_view()
        saved = {SAVED + f.name: f for f in self.saved_filters()}.get(key)
        view = saved.view if saved else key
        if saved is not None:
            self.filter_box.setText(saved.text)
        self.forget_button.setVisible(saved is not None)
        self.manager_box.setVisible(view == "mine")
        if view == "mine":
            self._fill_managers()
        self._apply_view(view)

    def _fill_managers(self) -> None:
        mine = self.settings.my_manager
        self.manager_box.blockSignals(True)
        self.manager_box.clear()
        self.manager_box.addItems(managers(self.model.rows()))
        self.manager_box.setCurrentText(mine)
        self.manager_box.blockSignals(False)
        if not mine:
            self.manager_box.setFocus()

    def _manager_typed(self, text: str) -> None:
        self.settings.my_manager = text.strip()
        self._apply_view("mine")

    def _apply_view(self, view: str) -> None:
        self.model.set_view(view, self.settings.my_manager or None)
        self._update_count()

    def _base_view(self) -> str:
        key = self.current_view()
        if key.startswith(SAVED):
            saved = {SAVED + f.name: f for f in self.saved_filters()}.get(key)
            return saved.view if saved else "all"
        return key

    def save_filter(self, name: str | None = None) -> None:
        """Keep the current view and filter text as the user's own filter."""
        if name is None:
            current = self.current_view()
            proposal = current[len(SAVED) :] if current.startswith(SAVED) else ""
            name, ok = QInputDialog.getText(
                self, self.tr("Save filter"), self.tr("Name of the filter:"), text=proposal
            )
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        new = SavedFilter(name, self._base_view(), self.filter_box.text().strip())
        self.settings.saved_filters = dump_saved(with_saved(self.saved_filters(), new))
        self._fill_views(SAVED + name)
        self.forget_button.show()

    def forget_filter(self) -> None:
        key = self.current_view()
        if not key.startswith(SAVED):
            return
        name = key[len(SAVED) :]
        kept = [f for f in self.saved_filters() if f.name != name]
        self.settings.saved_filters = dump_saved(kept)
        self.filter_box.clear()
        self._fill_views("all")
        self._view_chosen()

    # -- data ------------------------------------------------------------------------------
    def _current_account(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def _keep_current(self, current: str | None) -> None:
        """The account the user was on stays selected when the rows are reset (new
        labels, the list read again after a change)."""
        if current is not None and self._current_account() != current:
            row = self.model.row_of(current)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def set_rows(
        self,
        rows: list[AccountRow],
        search: list[str] | None = None,
        by_name: NameOrder | None = None,
    ) -> None:
        current = self._current_account()
        self.model.set_rows(rows, search, by_name)
        self._keep_current(current)
        self._update_count()

    def update_rows(self, rows: list[AccountRow], search: list[str]) -> bool:
        """Some accounts saved: their rows only (False: read the whole list)."""
        current = self._current_account()
        if not self.model.update_rows(rows, search):
            return False
        self._keep_current(current)
        self._update_count()
        return True

    def show_subset(self, ids: list[str] | None, what: str = "") -> None:
        """Only these accounts (a segment's drill-down), or every account again. A
        drill-down shows every account of the segment: the view and the filter text
        chosen on this screen are put aside, not applied a second time."""
        if ids is not None:
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.blockSignals(False)
            self.model.set_filter("")
            if self.current_view() != "all":
                self.view_box.blockSignals(True)
                self.choose_view("all")
                self.view_box.blockSignals(False)
                self.forget_button.hide()
                self.manager_box.hide()
                self.model.set_view("all")
        self.model.set_subset(ids)
        self.subset_label.setText(
            self.tr("Drill-down: %1 (%2 accounts)")
            .replace("%1", what)
            .replace("%2", number(len(ids)))
            if ids is not None
            else ""
        )
        self.drill_row.setVisible(ids is not None)
        self._update_count()

    def set_meetings(self, meetings: dict[str, tuple[bool, date | None]]) -> None:
        current = self._current_account()
        self.model.set_meetings(meetings)
        self._keep_current(current)
        self._update_count()

    def set_labels(
        self, labels: dict[str, dict[str, Any]], search: dict[str, str] | None = None
    ) -> None:
        self._labels_current = True
        current = self._current_account()
        self.model.set_labels(labels, search)
        self._keep_current(current)
        self._update_count()

    def labels_current(self) -> bool:
        """The labels shown are those of the data as it is."""
        return self._labels_current

    def labels_stale(self) -> None:
        """The data changed: the labels are being computed again."""
        self._labels_current = False
        self._update_count()

    def waiting_for_labels(self) -> bool:
        """The rows shown depend on labels that are not computed yet."""
        if self._labels_current:
            return False
        view = self._base_view()
        return view in LABEL_VIEWS or ":" in self.filter_box.text()

    def select_account(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- new, delete, undo -------------------------------------------------------------------
    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        account_id = self.model.account_id(index.row())
        name = self.model.name(index.row())
        self.delete_requested.emit(account_id, name)

    def deleted(self, account_id: str, name: str) -> None:
        """The window deleted the account: offer to undo it."""
        self._deleted = (account_id, name)
        self.undo_label.setText(
            self.tr("%1 deleted. Ctrl+Z or Undo brings it back.").replace("%1", quoted(name))
        )
        self.undo_row.show()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        account_id, _name = self._deleted
        self._deleted = None
        self.undo_row.hide()
        self.undo_requested.emit(account_id)

    def can_undo(self) -> bool:
        return self._deleted is not None

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, "Fieldbook", text)

    # -- filter and count -------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setToolTip("")
        if self.waiting_for_labels():
            self.count_label.setText(self.tr("computing labels…"))
            self.count_label.setToolTip(
                self.tr("This view is built on the segment labels; they are being computed.")
            )
        elif shown == total:
            self.count_label.setText(self.tr("%1 accounts").replace("%1", number(total)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 accounts")
                .replace("%1", number(shown))
                .replace("%2", number(total))
            )
        self.delete_button.setEnabled(shown > 0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_account.emit(self.model.account_id(index.row()))

    def _open_current(self) -> None:
        self._activated(self.table.currentIndex())
