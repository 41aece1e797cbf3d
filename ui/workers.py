"""Long work off the GUI thread: a task that reports progress and can be cancelled.

A task is a callable ``task(progress, is_cancelled) -> result``. Results and errors
cross to the GUI thread only through signals (STYLE.md, habit 6).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger("fieldbook.ui.workers")

Progress = Callable[[int, str], None]
Task = Callable[[Progress, Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task's transaction rolls back."""


class _Runner(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self._cancel = False

    def request_cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def _progress(self, percent: int, message: str) -> None:
        if self._cancel:
            raise Cancelled
        self.progress.emit(percent, message)

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self._progress, self.is_cancelled)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user, never lost
            details = traceback.format_exc()
            log.error("background task failed:\n%s", details)
            self.failed.emit(f"{type(exc).__name__}: {exc}", details)
        else:
            self.succeeded.emit(result)


class Worker(QObject):
    """Runs one task in its own QThread; emit-only API for the GUI side."""

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, task: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(task)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        for source, target in (
            (self._runner.progress, self.progress),
            (self._runner.succeeded, self.succeeded),
            (self._runner.failed, self.failed),
            (self._runner.cancelled, self.cancelled),
        ):
            source.connect(target)
        for done in (self._runner.succeeded, self._runner.failed, self._runner.cancelled):
            # QThread.quit is thread-safe: called directly, so that wait() on the GUI
            # thread never waits for a queued quit that only the GUI thread could deliver.
            done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.request_cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)
