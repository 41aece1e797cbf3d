"""Full garbage collections at moments the user does not feel, never under their hands.

Python's cyclic collector scans the whole heap in its oldest generation: with 20,000
accounts, their labels and the analysis in memory, that pass took 110–140 ms on the
GUI thread (measured in benchmarks/responsiveness.py), a stall the user feels. The young
generations stay automatic (a few milliseconds each). The automatic full pass is
switched off; it runs instead when the application goes to the background, and every
few minutes when no database work is pending. What is alive once the window has
started (modules, widgets, the first reads) is frozen out of every later pass, so those
passes scan only what came after.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from core.collector import NEVER

PERIOD_MS = 5 * 60_000


class IdleCollector(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.collections = 0
        self.frozen = False
        self.busy: Callable[[], bool] = lambda: False  # the window says when it works
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, NEVER)
        app.applicationStateChanged.connect(self._state_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.collect_if_idle)
        self.timer.start()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.collect()  # the user is in another window

    def collect_if_idle(self) -> bool:
        """A full collection when no work is pending; True when it ran."""
        if self.busy():
            return False
        self.collect()
        return True

    def collect(self) -> None:
        gc.collect()
        self.collections += 1

    def freeze_once(self) -> None:
        """After start-up: what is alive now is left out of every later full pass."""
        if not self.frozen:
            gc.freeze()  # no collection first: that would be the very pause avoided
            self.frozen = True
