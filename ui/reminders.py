"""Reminders of tasks while the window runs (issue "The rep's day").

Every minute, and whenever tasks, activities or accounts change, the tasks due by today
are read on the background lane. A task whose moment has come (its day, at its hour when
it has one) is announced once by a desktop notification, or, where the desktop has no
notification area, in the status bar with the window's taskbar entry flashing. The ones
already overdue when the window opens are announced together, so a task never goes by
unseen. The counts of overdue and due-today tasks are given to whoever shows them.
Once a day (and at the start) the tasks the records call for are suggested.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from core import changes as ch
from core.accounts import tasks
from ui.formatting import day
from ui.ops import Executor

WATCHED = frozenset({ch.TASKS, ch.ACTIVITIES, ch.ACCOUNTS})


def moment(task: dict[str, Any]) -> datetime:
    """When a task falls due: its day at its hour, or at the day's start."""
    hour = time(0, 0)
    if task.get("due_time"):
        hours, _, minutes = str(task["due_time"]).partition(":")
        hour = time(int(hours), int(minutes))
    return datetime.combine(task["due_on"], hour)


def _told_key(task: dict[str, Any]) -> str:
    return f"{task['id']}@{task['due_on']}T{task.get('due_time') or ''}"


class Reminders(QObject):
    counts = Signal(int, int)  # overdue, due today (not yet overdue)
    reminded = Signal(list)  # the tasks just announced

    def __init__(
        self,
        lane: Executor,
        window: QWidget,
        clock: Callable[[], datetime] = datetime.now,
        interval_ms: int = 60_000,
        writer: Executor | None = None,
    ):
        super().__init__(window)
        self.lane, self.window, self.clock = lane, window, clock
        self.writer = writer  # the serial lane, for the suggestions (a write)
        self.language = "ru"
        self._suggested_on: object = None  # the day suggestions were last made
        self.owner: str | None = None  # only this manager's tasks, when set
        self.told: set[str] = set()  # id@day·hour of the tasks announced
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # changes come in bursts (a card's fields, an import): read once they settle
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(2000)
        self._soon.timeout.connect(self.refresh)
        lane.hub.changed.connect(self._data_changed)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self._soon.start()

    def refresh(self) -> None:
        today = self.clock().date()
        if self.writer is not None and self._suggested_on != today:
            # once a day (and at the start): the tasks the records call for, suggested
            self._suggested_on = today
            self.writer.submit(tasks.suggest, today, self.language, key="suggest", owner=self)
        self.lane.submit(
            tasks.due_tasks, self.clock().date(), self.owner,
            key="reminders", done=self._read, owner=self,
        )  # fmt: skip

    def _read(self, due: list[dict[str, Any]]) -> None:
        now = self.clock()
        today = now.date()
        overdue = sum(1 for t in due if t["due_on"] < today)
        self.counts.emit(overdue, len(due) - overdue)
        # told once per task and moment: a task moved to another day or hour is told again
        fallen = [t for t in due if _told_key(t) not in self.told and moment(t) <= now]
        if not fallen:
            return
        self.told.update(_told_key(t) for t in fallen)
        self._announce(fallen)
        self.reminded.emit(fallen)

    def _announce(self, fallen: list[dict[str, Any]]) -> None:
        if len(fallen) == 1:
            t = fallen[0]
            title = self.tr("Task due: %1").replace("%1", t["title"])
            when = day(t["due_on"]) + (f" {t['due_time']}" if t.get("due_time") else "")
            text = f"{t['account']} · {when}"
        else:
            title = self.tr("Tasks due: %1").replace("%1", str(len(fallen)))
            text = "\n".join(f"{t['account']}: {t['title']}" for t in fallen[:3])
            if len(fallen) > 3:
                text += "\n…"
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.setToolTip("Fieldbook")
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(f"{title} — {text.splitlines()[0]}", 30_000)
        QApplication.alert(self.window)  # the taskbar entry asks for attention
