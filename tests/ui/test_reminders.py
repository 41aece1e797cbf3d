"""Reminders of tasks while the window runs, on a fake clock: the ones already due are
announced together at once, a timed one when its hour comes, none twice; the status bar
counts the overdue and the due today."""

from __future__ import annotations

from datetime import date, datetime

from core.accounts import workspace as ws


def test_tasks_are_announced_when_they_fall_due_and_counted(qtbot, window):
    account = window.accounts.model.account_id(0)
    for title, due, hour in (
        ("вчерашняя", date(2026, 11, 30), None),
        ("в 15:00", date(2026, 12, 1), "15:00"),
        ("завтрашняя", date(2026, 12, 2), None),
    ):
        ws.save_record(window.db, "task", account, {"title": title, "due_on": due,
                                                    "due_time": hour})  # fmt: skip
    now = [datetime(2026, 12, 1, 9, 0)]
    reminders = window.reminders
    reminders.clock = lambda: now[0]
    reminders.told.clear()
    heard: list[list[str]] = []
    reminders.reminded.connect(lambda fallen: heard.append([t["title"] for t in fallen]))

    reminders.refresh()
    window.settle()
    # at 9:00 the overdue one is due (and the demo's own), the 15:00 one not yet
    assert "вчерашняя" in heard[-1] and "в 15:00" not in heard[-1]
    overdue = window.task_counts.text()
    assert overdue.startswith("overdue tasks: ") and "due today: 1" in overdue
    assert not window.task_counts.isHidden()

    reminders.refresh()  # nothing new at the same minute: nothing said again
    window.settle()
    assert len(heard) == 1

    now[0] = datetime(2026, 12, 1, 15, 0)
    reminders.refresh()
    window.settle()
    assert heard[-1] == ["в 15:00"]
    assert len(heard) == 2


def test_a_task_moved_to_another_hour_is_told_again(qtbot, window):
    account = window.accounts.model.account_id(1)
    values = {"title": "созвон", "due_on": date(2026, 12, 1), "due_time": "09:00"}
    task = ws.save_record(window.db, "task", account, values)
    now = [datetime(2026, 12, 1, 9, 5)]
    reminders = window.reminders
    reminders.clock = lambda: now[0]
    heard: list[list[str]] = []
    reminders.reminded.connect(lambda fallen: heard.append([t["title"] for t in fallen]))
    reminders.refresh()
    window.settle()
    assert any("созвон" in h for h in heard)
    ws.save_record(window.db, "task", account, {"due_time": "11:00"}, task)
    now[0] = datetime(2026, 12, 1, 11, 0)
    heard.clear()
    reminders.refresh()
    window.settle()
    assert heard and "созвон" in heard[-1]
