"""The main window: a navigation column and the screen it selects."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

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
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from core.accounts import workspace as ws
from core.accounts.service import AccountNotFound, account_card, list_accounts

if TYPE_CHECKING:
    from ui.account_card.card import AccountCardWidget
from core.database import Database
from ui.accounts.screen import AccountsScreen
from ui.analytics.screen import AnalyticsScreen
from ui.dashboard.screen import DashboardScreen
from ui.importing.screen import ACCEPTED_SUFFIXES, ImportScreen
from ui.proposals.screen import ProposalsScreen
from ui.settings.screen import SettingsScreen
from ui.settings_store import Settings
from ui.spin_bank.screen import SpinBankScreen
from ui.welcome.screen import WelcomeScreen
from ui.workers import Worker

log = logging.getLogger("fieldbook.ui.main_window")

SCREENS = ("accounts", "analytics", "dashboard", "questions", "proposals", "import", "settings")


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, db: Database, settings: Settings, language: str = "en") -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.language = language
        self.worker: Worker | None = None
        self.card: AccountCardWidget | None = None
        self._card_dirty = False  # the open card changed what the list shows
        self.demo_options: object | None = None  # None: the default demo company
        self.meetings_worker: Worker | None = None
        self._meetings_again = False
        self._closing = False
        self.setWindowTitle("Fieldbook")
        self.setMinimumSize(720, 480)
        self._build()
        self.reload_accounts()
        self._restore()
        self._menu()
        self.setAcceptDrops(True)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        for key, text in (
            ("accounts", self.tr("Accounts")),
            ("analytics", self.tr("Analytics")),
            ("dashboard", self.tr("Dashboard")),
            ("questions", self.tr("Question bank")),
            ("proposals", self.tr("Proposals")),
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
        self.import_screen = ImportScreen(self.db, self)
        self.import_screen.imported.connect(self._after_import)
        self.accounts = AccountsScreen(self.language, self.settings, self)
        self.accounts.open_account.connect(self.open_account)
        self.accounts.create_requested.connect(self.new_account)
        self.accounts.delete_requested.connect(self.delete_account)
        self.accounts.undo_requested.connect(self.restore_account)
        self.accounts.back_to_analytics.connect(lambda: self.show_screen("analytics"))
        self.analytics = AnalyticsScreen(self.db, self)
        self.analytics.drill_down.connect(self._drill_down)
        self.analytics.computed.connect(self._labels_computed)
        self.settings_screen = SettingsScreen(self.settings, self.db.display_name(), self.db, self)
        self.settings_screen.language_changed.connect(self.language_requested)
        self.settings_screen.thresholds_changed.connect(self._thresholds_changed)
        self.questions = SpinBankScreen(self.db, self.language, self)
        self.dashboard = DashboardScreen(self.db, self)
        self.proposals = ProposalsScreen(self.db, self)
        self.proposals.open_proposal.connect(self.open_proposal)
        pages = (
            self.welcome,
            self.accounts,
            self.analytics,
            self.dashboard,
            self.questions,
            self.proposals,
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
        for number, key in enumerate(SCREENS, start=1):
            action = QAction(self.nav.item(number - 1).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go.addAction(action)
        find = QAction(self.tr("&Find account"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        go.addAction(find)

    def retranslate(self, language: str) -> None:
        """Rebuild every screen in the new language, keeping the data and the screen."""
        current = self.current_screen()
        self.language = language
        self._build()
        self._menu()
        self.reload_accounts()
        self.show_screen(current)

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
        if key == "settings":
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
        elif self.accounts.model.total_count() == 0:
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

    # -- accounts ------------------------------------------------------------------------
    def reload_accounts(self) -> None:
        self.accounts.set_rows(list_accounts(self.db))
        self._read_meetings()

    def _read_meetings(self) -> None:
        """The last contact with an ЛПР of every account, read off the GUI thread after
        the list is shown (at 20,000 accounts it is a query of 0.2–0.3 s)."""
        if self.meetings_worker is not None:
            self._meetings_again = True
            return
        engine = self.db.engine
        worker = Worker(lambda _p, _c: ws.decision_maker_meetings(engine), self)
        self.meetings_worker = worker

        def finished() -> None:
            worker.wait()
            self.meetings_worker = None
            if self._meetings_again and not self._closing:
                self._meetings_again = False
                self._read_meetings()

        def succeeded(meetings: dict[str, tuple[bool, object]]) -> None:
            if not self._closing:
                self.accounts.set_meetings(meetings)  # type: ignore[arg-type]
            finished()

        worker.succeeded.connect(succeeded)
        worker.failed.connect(lambda summary, _d: (log.warning("ЛПР contacts: %s", summary),
                                                   finished()))  # fmt: skip
        worker.cancelled.connect(finished)
        worker.start()

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

        def save(values: dict[str, object]) -> None:
            created.append(ws.create_account(self.db, values))

        dialog = RecordDialog(
            self.tr("New account"), fields, {"manager": self.settings.my_manager}, save, self
        )
        self.new_account_dialog = dialog  # tests reach the open dialog here
        if not dialog.exec() or not created:
            return None
        self.reload_accounts()
        self.open_account(created[0])
        QTimer.singleShot(0, self._background_analysis)
        return created[0]

    def delete_account(self, account_id: str, name: str) -> None:
        """Delete (a tombstone): the account leaves the list, Undo brings it back."""
        ws.delete_account(self.db, account_id)
        self.reload_accounts()
        self.accounts.deleted(account_id, name)
        self.statusBar().showMessage(self.tr("«%1» deleted").replace("%1", name), 8000)
        QTimer.singleShot(0, self._background_analysis)

    def restore_account(self, account_id: str) -> None:
        ws.restore_account(self.db, account_id)
        self.reload_accounts()
        self.accounts.select_account(account_id)
        QTimer.singleShot(0, self._background_analysis)

    def open_account(self, account_id: str) -> None:
        try:
            card = account_card(self.db, account_id)
        except AccountNotFound:
            QMessageBox.warning(self, "Fieldbook", self.tr("This account no longer exists."))
            self.reload_accounts()
            return
        from ui.account_card.card import AccountCardWidget  # loaded with the first card

        self.close_card()
        self.card = AccountCardWidget(self.db, card, self.language, self.analytics.analysis, self)
        self.card.back.connect(self.close_card)
        self.card.changed.connect(self._card_changed)
        self.stack.addWidget(self.card)
        self.stack.setCurrentWidget(self.card)

    def open_proposal(self, account_id: str, proposal_id: str) -> None:
        """Open the account's card at its Proposal tab, on that proposal."""
        self.open_account(account_id)
        if self.card is not None:
            self.card.tabs.setCurrentWidget(self.card.proposal)
            self.card.proposal.reload(proposal_id)

    def _card_changed(self) -> None:
        self._card_dirty = True

    def close_card(self) -> None:
        if self.card is None:
            return
        self.card.flush()
        if self._card_dirty:
            self._card_dirty = False
            self.reload_accounts()
            QTimer.singleShot(0, self._background_analysis)  # the labels follow the edits
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
        self.reload_accounts()
        self.analytics.invalidate()

    # -- analytics -------------------------------------------------------------------------
    def _drill_down(self, ids: list[str], what: str) -> None:
        self.close_card()
        self.accounts.show_subset(ids, what)
        self.show_screen("accounts")
        self.accounts.table.setFocus()

    def _labels_computed(self) -> None:
        analysis = self.analytics.analysis
        # the list shows the labels of the standard view: 12 months to the latest sale
        standard = analysis is not None and analysis.months == 12
        if standard and analysis.labels and analysis.as_of == analysis.latest_sale:
            self.accounts.set_labels(analysis.labels)
            if self.card is not None:
                self.card.set_analysis(analysis)

    def _thresholds_changed(self) -> None:
        """New thresholds: the tables and the list's labels are computed again."""
        self.analytics.invalidate()
        QTimer.singleShot(0, self._background_analysis)

    def compute_labels_soon(self, delay_ms: int = 1500) -> None:
        """Compute the analysis in the background shortly after start-up, so that the
        account list gets its segment labels without the user asking."""
        QTimer.singleShot(delay_ms, self._background_analysis)

    def _background_analysis(self) -> None:
        if self.accounts.model.total_count() and not self.analytics.busy():
            self.analytics.compute()

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
        engine = self.db.engine
        options = self.demo_options if isinstance(self.demo_options, DemoOptions) else DemoOptions()
        worker = Worker(lambda progress, _cancelled: generate(engine, options, progress), self)
        self.worker = worker
        self.demo_dialog = dialog
        worker.progress.connect(lambda p, _m: dialog.setValue(p))
        dialog.canceled.connect(worker.cancel)

        def done() -> None:
            dialog.close()
            self.worker = None
            self.reload_accounts()
            self.analytics.invalidate()
            self.show_screen("accounts")

        def failed(summary: str, _details: str) -> None:
            done()
            QMessageBox.warning(
                self,
                "Fieldbook",
                self.tr("The demo company could not be created: %1").replace("%1", summary),
            )

        worker.succeeded.connect(lambda _r: done())
        worker.cancelled.connect(done)
        worker.failed.connect(failed)
        dialog.show()
        worker.start()

    # -- persistence ---------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        self.show_screen(self.settings.last_screen)

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
            if self.import_screen.worker is not None:
                self.import_screen.worker.wait()
        if self.worker is not None and self.worker.is_running():
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
            self.worker.wait()
        if self.card is not None:
            self.card.flush()  # what is being typed is saved
        self.settings_screen.flush()
        self.analytics.stop()  # nothing to keep: stop the analysis and the charts
        self.dashboard.stop()
        self._closing = True
        if self.meetings_worker is not None:
            self.meetings_worker.wait()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_screen = self.current_screen()
        self.settings.sync()
        super().closeEvent(event)
