"""The main window: a navigation column and the screen it selects."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from core import changes as ch
from core.accounts import workspace as ws
from core.accounts.filters import managers
from core.accounts.service import (
    AccountCard,
    AccountNotFound,
    AccountRow,
    account_card,
    list_accounts,
)
from core.problems import problem

if TYPE_CHECKING:
    from core.analytics.service import Analysis
    from ui.account_card.card import AccountCardWidget
    from ui.accounts.model import NameOrder
from core.database import Database
from ui.accounts.screen import AccountsScreen
from ui.analytics.screen import AnalyticsScreen
from ui.dashboard.screen import DashboardScreen
from ui.derived import DerivedState
from ui.events.screen import EventsScreen
from ui.formatting import quoted
from ui.importing.screen import ACCEPTED_SUFFIXES, ImportScreen
from ui.messages import Messages
from ui.ops import Cancelled, Executor, Job
from ui.proposals.screen import ProposalsScreen
from ui.reminders import Reminders
from ui.settings.screen import SettingsScreen
from ui.settings_store import Settings
from ui.spin_bank.screen import SpinBankScreen
from ui.today.screen import TodayScreen
from ui.welcome.screen import WelcomeScreen
from ui.widgets import after_paint, look

log = logging.getLogger("fieldbook.ui.main_window")


def _load_card_modules(_db: Database) -> bool:
    """Import the card's modules on the background lane after start-up: the first card
    then opens in the time of its widgets, not of a third of a second of imports on the
    GUI thread. (Module code only: no widget is made here.)"""
    import ui.account_card.card  # noqa: F401

    return True


@dataclass
class AccountList:
    """The account list as read, with what the list and the filters need of it made off
    the GUI thread (on 20,000 accounts the managers and the names' sort keys alone held
    the window for a tenth of a second)."""

    rows: list[AccountRow]
    search: list[str]
    managers: list[str] | None = None  # for the whole list only
    by_name: NameOrder | None = None
    # the first reading only: the labels kept for the data as it is, and their search texts
    labels: dict[str, dict[str, Any]] | None = None
    label_search: dict[str, str] | None = None


def _accounts_with_search(db: Database, ids: frozenset[str] | None = None) -> AccountList:
    """The account list (or the rows of ``ids``) with its search texts."""
    from ui.accounts.model import name_order, row_search_text

    rows = list_accounts(db, ids)
    if ids is not None:
        return AccountList(rows, row_search_text(rows))
    return AccountList(rows, row_search_text(rows), managers(rows), name_order(rows))


def _accounts_and_kept_labels(db: Database) -> AccountList:
    """The window's first reading of its list: with the labels when they are kept for
    the data as it is (a restart, nothing changed since), so that they show with the
    list, not after the analysis has been read."""
    from core.analytics.stored import kept_labels
    from ui.accounts.model import label_search_text

    read = _accounts_with_search(db)
    labels = kept_labels(db) if read.rows else None
    if labels is not None:
        read.labels, read.label_search = labels, label_search_text(labels)
    return read


SCREENS = (
    "accounts", "analytics", "dashboard", "questions", "proposals", "events", "import",
    "settings",
)  # fmt: skip
CARD_SHOWN_MS = 150  # a card waits for its first reads this long at most
HOME = "today"  # the rep's day, first in the navigation (Ctrl+0)


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, db: Database, settings: Settings, language: str = "en") -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.language = language
        # every database operation of the window: the serial lane and the long reads
        self.ops = Executor(db, "database", parent=self)
        self.background = Executor(db, "background", hub=self.ops.hub, parent=self)
        self.hub = self.ops.hub
        self.derived = DerivedState(self.background, self.hub, self)
        self.messages = Messages(self)
        self.worker: Job | None = None  # the demo being created
        self.card: AccountCardWidget | None = None
        self._card_waiting: AccountCardWidget | None = None  # made, not shown yet
        self.demo_options: object | None = None  # None: the default demo company
        self._closing = False
        self._accounts_loaded = False  # the list has been read at least once
        self._select_after_reload: str | None = None
        self._restored_screen = "accounts"
        self._busy_box: QMessageBox | None = None
        self._retry_jobs: list[tuple[Executor, Job, BaseException]] = []
        self.last_failure: str | None = None  # the last failure shown (tests read it)
        self.ops.failure.connect(lambda exc, job: self._job_failed(self.ops, exc, job))
        self.background.failure.connect(
            lambda exc, job: self._job_failed(self.background, exc, job)
        )
        self.hub.changed.connect(self._data_changed)
        self.derived.ready.connect(self._labels_ready)
        self.derived.stale.connect(self._labels_stale)
        self.setWindowTitle("Fieldbook")
        self.setMinimumSize(720, 480)
        # the tasks due: a count in the status bar, a notification when one falls due
        self.task_counts = QLabel(self)
        self.task_counts.setObjectName("taskCounts")
        self.task_counts.hide()
        self.statusBar().addPermanentWidget(self.task_counts)
        self._counts = (0, 0)
        self.reminders = Reminders(self.background, self, writer=self.ops)
        self.reminders.language = language
        self.reminders.counts.connect(self._show_task_counts)
        self._build()
        self.reload_accounts()
        # the tasks due and the day's suggestions a moment after the window is up: not
        # beside the account list's first read, which has the window's attention
        QTimer.singleShot(3000, self.reminders.refresh)
        self._restore()
        self._menu()
        self.setAcceptDrops(True)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget(self)
        look(self.nav, "navigation")
        self.nav.setFixedWidth(190)
        for key, text in (
            ("today", self.tr("Today")),
            ("accounts", self.tr("Accounts")),
            ("analytics", self.tr("Analytics")),
            ("dashboard", self.tr("Dashboard")),
            ("questions", self.tr("Question bank")),
            ("proposals", self.tr("Proposals")),
            ("events", self.tr("Events")),
            ("import", self.tr("Import")),
            ("settings", self.tr("Settings")),
        ):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomeScreen(self.db.display_name(), self)
        self.welcome.demo_requested.connect(self.create_demo)
        self.welcome.import_requested.connect(self.import_file)
        self.import_screen = ImportScreen(self.ops, self)
        self.import_screen.imported.connect(self._after_import)
        self.import_screen.show_accounts.connect(lambda: self.show_screen("accounts"))
        self.settings.database = self.db.display_name()  # its saved filters are its own
        self.accounts = AccountsScreen(self.language, self.settings, self)
        self.accounts.open_account.connect(self.open_account)
        self.accounts.create_requested.connect(self.new_account)
        self.accounts.delete_requested.connect(self.delete_account)
        self.accounts.undo_requested.connect(self.restore_account)
        self.accounts.back_to_analytics.connect(lambda: self.show_screen("analytics"))
        self.analytics = AnalyticsScreen(self.derived, self)
        self.analytics.drill_down.connect(self._drill_down)
        self.settings_screen = SettingsScreen(self.settings, self.db.display_name(), self.ops, self)
        self.settings_screen.language_changed.connect(self.language_requested)
        self.settings_screen.thresholds_changed.connect(self._thresholds_changed)
        self.questions = SpinBankScreen(self.ops, self.language, self)
        self.dashboard = DashboardScreen(self.ops, self.background, self)
        self.proposals = ProposalsScreen(self.ops, self)
        self.proposals.open_proposal.connect(self.open_proposal)
        self.events = EventsScreen(self.ops, self.settings, self)
        self.events.open_account.connect(self.open_account)
        self.dashboard.open_account.connect(self.open_account)
        self.today = TodayScreen(self.ops, self.background, self.derived, self.settings, self)
        self.today.open_account.connect(self.open_account_at)
        # the reminders and the counts follow the manager chosen on Today
        self.reminders.owner = self.today.who.currentData()
        self.today.who.currentIndexChanged.connect(self._today_manager_changed)
        pages = (
            self.welcome,
            self.today,
            self.accounts,
            self.analytics,
            self.dashboard,
            self.questions,
            self.proposals,
            self.events,
            self.import_screen,
        )
        for page in (*pages, self.settings_screen):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", self.db.display_name()))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        QShortcut(QKeySequence("Alt+Left"), self, self._escape)

    def _menu(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import a file…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(lambda: self.import_file())
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go = bar.addMenu(self.tr("&Go"))
        for number, key in enumerate((HOME, *SCREENS)):
            action = QAction(self.nav.item(number).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go.addAction(action)
        find = QAction(self.tr("&Find account"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        go.addAction(find)

    def _show_task_counts(self, overdue: int, due_today: int) -> None:
        self._counts = (overdue, due_today)
        self._today_counted(overdue + due_today)
        parts = []
        if overdue:
            parts.append(self.tr("overdue tasks: %1").replace("%1", str(overdue)))
        if due_today:
            parts.append(self.tr("due today: %1").replace("%1", str(due_today)))
        self.task_counts.setText(" · ".join(parts))
        self.task_counts.setStyleSheet("color: #b3261e;" if overdue else "")
        self.task_counts.setVisible(bool(parts))

    def retranslate(self, language: str) -> None:
        """Rebuild every screen in the new language, keeping the data and the screen.
        The open card's pending input is saved first and the card opens again on the
        same tab, so nothing typed is lost and no old widget is left behind."""
        current = self.current_screen()
        card_at: tuple[str, int] | None = None
        if self.card is not None:
            if self.stack.currentWidget() is self.card:  # one left behind stays closed
                card_at = (self.card.account_id, self.card.tabs.currentIndex())
            self.close_card()
        self.settings_screen.flush()
        self.ops.drain()  # the saves land before the screens that made them go
        self.language = language
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self._menu()
        self._accounts_loaded = False
        self.reload_accounts()
        self.show_screen(current)
        if self.derived.analysis is not None:
            self._labels_ready(self.derived.analysis)
        if card_at is not None:
            self.open_account(card_at[0], tab=card_at[1])
        self._show_task_counts(*self._counts)  # in the new language
        self.reminders.language = language

    # -- navigation ----------------------------------------------------------------------
    def current_screen(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "accounts"

    def show_screen(self, key: str) -> None:
        keys = [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]
        row = keys.index(key) if key in keys else 0
        if self.nav.currentRow() == row:
            self._nav_changed(row)
        else:
            self.nav.setCurrentRow(row)

    def _nav_changed(self, row: int) -> None:
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else "accounts"
        if key == "today":
            self.stack.setCurrentWidget(self.today)
        elif key == "settings":
            self.stack.setCurrentWidget(self.settings_screen)
        elif key == "import":
            self.stack.setCurrentWidget(self.import_screen)
        elif key == "analytics":
            self.stack.setCurrentWidget(self.analytics)
        elif key == "questions":
            self.stack.setCurrentWidget(self.questions)
        elif key == "dashboard":
            self.stack.setCurrentWidget(self.dashboard)
        elif key == "proposals":
            self.stack.setCurrentWidget(self.proposals)
        elif key == "events":
            self.stack.setCurrentWidget(self.events)
        elif self._accounts_loaded and self.accounts.model.total_count() == 0:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.accounts)
        self.settings.last_screen = str(key)

    def _escape(self) -> None:
        if self.card is not None and self.stack.currentWidget() is self.card:
            self.close_card()

    def _find(self) -> None:
        self.show_screen("accounts")
        self.accounts.focus_filter()

    # -- reaching the data ----------------------------------------------------------------
    def settle(self, timeout_ms: int = 30_000) -> bool:
        """Wait, delivering results, until every database operation asked for so far is
        done, on both lanes: the writes and short reads, and the long reads (the
        analysis) they set off (closing the window; tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            left = max(1, int((deadline - time.monotonic()) * 1000))
            ops_done = self.ops.drain(left)
            left = max(1, int((deadline - time.monotonic()) * 1000))
            background_done = self.background.drain(left)
            if ops_done and background_done and self.ops.idle():
                return True
            if time.monotonic() >= deadline:
                return False

    def _data_changed(self, kinds: frozenset[str]) -> None:
        """An operation changed data: refresh what the list shows."""
        if self._closing:
            return
        touched = getattr(kinds, "accounts", None)
        if kinds == {ch.ACCOUNTS} and touched and self._accounts_loaded:
            self._refresh_accounts(touched)  # an account's fields: its row only
        elif kinds & {ch.ACCOUNTS, ch.SALES}:
            self.reload_accounts()  # the rows, then the ЛПР contacts
        elif kinds & {ch.CONTACTS, ch.ACTIVITIES}:
            self._read_meetings()  # the rows are as they were: only the ЛПР column

    def _job_failed(self, lane: Executor, exc: BaseException, job: Job) -> None:
        """A database operation without its own error handling failed: say why in one
        sentence; offer to try again when that can help (a busy database)."""
        if isinstance(exc, Cancelled) or self._closing:
            return
        text = self.messages.failure(exc)
        self.last_failure = text
        found = problem(exc)
        if found is None and getattr(exc, "code", None) is None:
            log.error("operation %s failed", job.fn.__name__, exc_info=exc)
        if found is not None and found.retry:
            self._retry_jobs.append((lane, job, exc))
            if self._busy_box is not None:
                return  # one question for all the operations that met the same trouble
            box = QMessageBox(QMessageBox.Icon.Warning, "Fieldbook", text, parent=self)
            box.setInformativeText(
                self.tr("Nothing is lost: what you did is kept until the database answers.")
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Retry)
            box.finished.connect(lambda result: self._busy_answered(result))
            self._busy_box = box
            box.open()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Fieldbook", text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _busy_answered(self, result: int) -> None:
        jobs, self._retry_jobs = self._retry_jobs, []
        self._busy_box = None
        for lane, job, exc in jobs:
            if result == QMessageBox.StandardButton.Retry:
                lane.retry(job)
            elif job.failed is not None and job.alive():
                job.failed(exc)  # given up: the caller shows what was not saved

    # -- accounts ------------------------------------------------------------------------
    def reload_accounts(self) -> None:
        """Read the account list (merged with a read already queued), then the last
        contact with an ЛПР of every account (a query of its own: 0.2–0.3 s at 20,000)."""
        first = (
            not self._accounts_loaded
            and self.derived.analysis is None
            and self.derived.trusts_kept()
        )
        read = _accounts_and_kept_labels if first else _accounts_with_search
        self.ops.submit(read, key="accounts", done=self._accounts_read, owner=self)

    def _refresh_accounts(self, ids: frozenset[str]) -> None:
        """Read only these accounts' rows again (their fields were saved)."""

        def read(result: AccountList) -> None:
            model = self.accounts.model
            before = {r.id: r.manager for r in model.rows() if r.id in ids}
            if not self.accounts.update_rows(result.rows, result.search):
                self.reload_accounts()
            elif any(before.get(r.id) != r.manager for r in result.rows):
                # a manager renamed or moved: Today's choice of managers, made again from
                # the list as it is now, off the GUI thread
                rows = list(model.rows())
                self.ops.submit(
                    lambda _db: managers(rows), done=self.today.set_managers, owner=self
                )

        self.ops.submit(
            _accounts_with_search, ids, key=("account rows", ids), done=read, owner=self
        )

    def _accounts_read(self, read: AccountList) -> None:
        rows = read.rows
        if read.labels is not None and self.derived.analysis is None:
            self.accounts.set_labels(read.labels, read.label_search)  # before the rows: once
        self.accounts.set_rows(rows, read.search, read.by_name)
        self.today.set_managers(read.managers if read.managers is not None else managers(rows))
        first = not self._accounts_loaded
        self._accounts_loaded = True
        if first and not rows and self.current_screen() == self._restored_screen:
            self.show_screen("accounts")  # an empty database opens on the welcome screen
        elif self.current_screen() == "accounts" and not self._card_shown():
            self._nav_changed(self.nav.currentRow())  # the welcome screen or the list
        if self._select_after_reload is not None:
            self.accounts.select_account(self._select_after_reload)
            self._select_after_reload = None
        if not first:
            self._read_meetings()
        elif self.accounts.table.isVisible() and rows:
            # the list's first paint goes before the reads that follow it
            after_paint(self.accounts.table.viewport(), lambda: self._after_first_list(rows))
        else:
            self._after_first_list(rows)

    def _after_first_list(self, rows: list[AccountRow]) -> None:
        """What follows the first reading of the list: the ЛПР meetings, the labels
        and the card's modules, in the background."""
        if self._closing:
            return
        self._read_meetings()
        if rows and self.derived.analysis is None:
            self.derived.start()
        self.background.submit(_load_card_modules, key=("load card modules",))

    def _read_meetings(self) -> None:
        """The last contact with an ЛПР of every account (a query of its own)."""
        self.ops.submit(
            ws.decision_maker_meetings,
            key="meetings",
            done=self.accounts.set_meetings,
            owner=self.accounts,
        )

    def new_account(self) -> str | None:
        """Ask for the new account's first fields, create it and open its card."""
        from core.markets import MARKETS, market_name
        from ui.account_card.records import Field, RecordDialog

        created: list[str] = []
        industries = [(None, "—")] + [(c, market_name(c, self.language)) for c in MARKETS]
        fields = [
            Field("name", self.tr("Name"), required=True),
            Field("inn", self.tr("INN")),
            Field("industry", self.tr("Industry"), "choice", industries),
            Field("region", self.tr("Region")),
            Field("manager", self.tr("Manager")),
        ]
        dialog = RecordDialog(
            self.tr("New account"),
            fields,
            {"manager": self.settings.my_manager},
            lambda values: (ws.create_account, values),
            self.ops,
            self,
            done=created.append,
        )
        self.new_account_dialog = dialog  # tests reach the open dialog here
        if not dialog.exec() or not created:
            return None
        self.open_account(created[0])
        return created[0]

    def delete_account(self, account_id: str, name: str) -> None:
        """Delete (a tombstone): the account leaves the list, Undo brings it back."""

        def deleted(_result: object) -> None:
            self.accounts.deleted(account_id, name)
            self.statusBar().showMessage(self.tr("%1 deleted").replace("%1", quoted(name)), 8000)

        self.ops.submit(ws.delete_account, account_id, done=deleted, owner=self)

    def restore_account(self, account_id: str) -> None:
        self._select_after_reload = account_id
        self.ops.submit(ws.restore_account, account_id, owner=self)

    def open_account(self, account_id: str, tab: int | None = None) -> None:
        """Read the account and show its card (``tab``: open on that tab)."""

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AccountNotFound):
                QMessageBox.warning(self, "Fieldbook", self.tr("This account no longer exists."))
                self.reload_accounts()
            else:
                self._job_failed(self.ops, exc, job)

        job = self.ops.submit(
            account_card,
            account_id,
            key=("open_account",),
            done=lambda card: self._show_card(card, tab),
            failed=failed,
            owner=self,
        )

    def _show_card(self, card: AccountCard, tab: int | None = None) -> None:
        from ui.account_card.card import AccountCardWidget  # loaded with the first card

        self.close_card()
        self.card = widget = AccountCardWidget(self.ops, self.derived, card, self.language, self)
        widget.back.connect(self.close_card)
        self.stack.addWidget(widget)
        if tab is not None:
            widget.tabs.setCurrentIndex(tab)
        # shown once its first reads are in (or after CARD_SHOWN_MS): made, filled and
        # shown in one turn of the event loop, a card held the window 100 ms and more on
        # 20,000 accounts, and was painted twice, before and after its reads
        showing = self.stack.currentWidget()
        self._card_waiting = widget
        widget.ready.connect(lambda: self._raise_card(widget, showing))
        QTimer.singleShot(CARD_SHOWN_MS, widget, lambda: self._raise_card(widget, showing))

    def _raise_card(self, widget: AccountCardWidget, showing: QWidget | None) -> None:
        """Show the card made for the screen ``showing``, once, unless the user has gone
        on to another screen or card meanwhile."""
        if widget is not self._card_waiting:
            return  # shown already (a late read does not bring it back), or replaced
        self._card_waiting = None
        if widget is self.card and self.stack.currentWidget() is showing:
            self.stack.setCurrentWidget(widget)

    def _card_shown(self) -> bool:
        return self.card is not None and self.stack.currentWidget() is self.card

    def open_proposal(self, account_id: str, proposal_id: str) -> None:
        """Open the account's card at its Proposal tab, on that proposal."""

        def opened(card: AccountCard) -> None:
            self._show_card(card)
            if self.card is not None:
                self.card.show_tab("proposal")
                self.card.proposal.reload(proposal_id)

        self.ops.submit(account_card, account_id, key=("open_account",), done=opened, owner=self)

    def open_account_at(self, account_id: str, tab: str) -> None:
        """Open the account's card on the tab ``tab`` (contacts, tasks, …)."""

        def opened(card: AccountCard) -> None:
            self._show_card(card)
            if self.card is not None and tab in self.card._pages:
                self.card.show_tab(tab)

        self.ops.submit(account_card, account_id, key=("open_account",), done=opened, owner=self)

    def _today_manager_changed(self, _index: int) -> None:
        self.reminders.owner = self.today.who.currentData()
        self.reminders.refresh()

    def _today_counted(self, count: int) -> None:
        """The navigation's «Today» says how many tasks are due (the overdue included)."""
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == HOME:
                base = self.tr("Today")
                item.setText(f"{base} ({count})" if count else base)

    def close_card(self) -> None:
        if self.card is None:
            return
        self.card.flush()  # submitted before the card goes: the saves still land
        was_shown = self.stack.currentWidget() is self.card
        self.stack.removeWidget(self.card)
        self.card.deleteLater()
        self.card = None
        if was_shown:
            self.stack.setCurrentWidget(self.accounts)
            self.accounts.table.setFocus()

    # -- importing -----------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> None:
        """Show the Import screen and read ``path`` (or ask for a file)."""
        self.show_screen("import")
        if self.import_screen.busy():
            return
        if path:
            self.import_screen.open_file(path)
        else:
            self.import_screen.choose_file()

    def _after_import(self) -> None:
        self.hub.announce(ch.ALL)

    # -- analytics -------------------------------------------------------------------------
    def _drill_down(self, ids: list[str], what: str) -> None:
        self.close_card()
        self.accounts.show_subset(ids, what)
        self.show_screen("accounts")
        self.accounts.table.setFocus()

    def _labels_ready(self, analysis: Analysis) -> None:
        self.accounts.set_labels(analysis.labels, self.derived.search)
        collector = getattr(QApplication.instance(), "idle_collector", None)
        if collector is not None:  # started: the long-lived objects leave the full passes
            collector.busy = lambda: not (self.ops.idle() and self.background.idle())
            collector.freeze_once()

    def _labels_stale(self) -> None:
        self.accounts.labels_stale()

    def _thresholds_changed(self) -> None:
        """New thresholds: the tables and the list's labels are computed again."""
        self.hub.announce({ch.SETTINGS})

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if Path(path).suffix.lower() in ACCEPTED_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.import_file(path)

    # -- the demo company ----------------------------------------------------------------
    def create_demo(self) -> None:
        from core.demo import DemoOptions, generate

        if self.worker is not None:
            return
        dialog = QProgressDialog(
            self.tr("Creating the demo company…"), self.tr("Cancel"), 0, 100, self
        )
        dialog.setWindowTitle("Fieldbook")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        options = self.demo_options if isinstance(self.demo_options, DemoOptions) else DemoOptions()
        self.demo_dialog = dialog

        def finished() -> None:
            dialog.close()
            self.worker = None
            self.show_screen("accounts")

        def failed(exc: BaseException) -> None:
            finished()
            if not isinstance(exc, Cancelled):
                QMessageBox.warning(
                    self,
                    "Fieldbook",
                    self.tr("The demo company could not be created: %1").replace(
                        "%1", self.messages.failure(exc)
                    ),
                )

        job = self.ops.submit(
            lambda db, progress, _cancelled: generate(db, options, progress),
            progress=lambda p, _m: dialog.setValue(p),
            changes=ch.ALL,
            done=lambda _r: finished(),
            failed=failed,
            owner=self,
        )
        self.worker = job
        dialog.canceled.connect(job.cancel)
        dialog.show()

    # -- persistence ---------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        self.show_screen(self.settings.last_screen)
        self._restored_screen = self.current_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_screen.busy():
            answer = QMessageBox.question(
                self,
                "Fieldbook",
                self.tr("An import is running. Stop it and quit? Nothing of it will be kept."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.import_screen.cancel()
        if self.worker is not None:
            answer = QMessageBox.question(
                self,
                "Fieldbook",
                self.tr(
                    "The demo company is still being created. Stop and quit? "
                    "Nothing of it will be kept."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.worker.cancel()
        if self.card is not None:
            self.card.flush()  # what is being typed is saved
        self.settings_screen.flush()
        self.analytics.stop()  # nothing to keep: stop the analysis and the charts
        self.dashboard.stop()
        self.derived.stop()
        self._closing = True
        self.ops.shutdown()  # the saves just submitted land before the window goes
        self.background.shutdown(5_000)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_screen = self.current_screen()
        self.settings.sync()
        super().closeEvent(event)
