"""Unexpected errors: logged, then shown in a dialog; the application keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("fieldbook.ui.errors")


class _Relay(QObject):
    """Carries an error report from any thread to the GUI thread."""

    report = Signal(str, str)


class ErrorReporter:
    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.relay = _Relay()
        self.relay.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.shown: list[str] = []
        self.last_box: QMessageBox | None = None
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(value, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value, args.exc_traceback)

    def report(self, exc: BaseException, tb: TracebackType | None = None) -> None:
        text = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
        log.error("unexpected error:\n%s", text)
        self.relay.report.emit(f"{type(exc).__name__}: {exc}", text)

    def _show(self, summary: str, details: str) -> None:
        self.shown.append(summary)
        if QApplication.instance() is None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "ErrorReporter",
                "Something went wrong, but your data is saved and Fieldbook keeps running.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorReporter", "{error}\n\nThe details are in the log: {path}"
            )
            .replace("{error}", summary)
            .replace("{path}", str(self.log_path))
        )
        box.setDetailedText(details)
        box.setModal(True)
        self.last_box = box
        box.show()
