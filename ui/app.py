"""Starting the window: logging, translations, error handling, the database, the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.errors import ErrorReporter
from ui.i18n import LanguageManager, effective_language
from ui.settings_store import APPLICATION, ORGANISATION, Settings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # The executor's threads run Python (rows, pickling for the worker processes) while
    # the GUI thread waits in Qt. Every return of the GUI thread into Python (a slot, a
    # model's data()) waits for the interpreter lock up to the switch interval: 5 ms by
    # default, and a repaint re-enters Python dozens of times. 0.5 ms keeps the window
    # answering while a worker thread computes.
    sys.setswitchinterval(0.0005)
    if not hasattr(app, "idle_collector"):
        from ui.idle_gc import IdleCollector

        app.idle_collector = IdleCollector(app)  # type: ignore[attr-defined]
    return app


def run_app(db: str | None = None) -> int:
    from core.database import DatabaseError, open_database
    from core.logs import setup_logging

    log_path = setup_logging()
    app = create_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.apply(effective_language(settings.language))
    reporter = ErrorReporter(log_path)
    reporter.install()
    try:
        database = open_database(db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Fieldbook", str(exc))
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(database, settings, languages.language)

    def switch(setting: str) -> None:
        language = effective_language(setting)
        languages.apply(language)
        window.retranslate(language)

    window.language_requested.connect(switch)
    window.show()
    code = app.exec()
    from ui import processes

    processes.shutdown()
    reporter.uninstall()
    database.close()
    return code
