"""The Today screen: the rep's day, ranked, keyboard-first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from core.accounts import tasks
from core.accounts import workspace as ws


def test_the_day_opens_the_account_on_the_right_tab_and_moves_a_task_on(qtbot, window):
    account = window.accounts.model.account_id(0)
    yesterday = date.today() - timedelta(days=1)
    ws.save_record(window.db, "task", account, {"title": "Срочно перезвонить",
                                                "due_on": yesterday})  # fmt: skip
    window.settle()
    with qtbot.waitSignal(window.today.shown, timeout=20_000):
        window.show_screen("today")
    screen = window.today
    assert window.stack.currentWidget() is screen
    rows = [i for i, item in enumerate(screen.items) if item.get("task_id")
            and screen.table.item(i, 4).text() == "Срочно перезвонить"]  # fmt: skip
    assert len(rows) == 1
    row = rows[0]
    assert screen.table.item(row, 0).text() == "task"
    assert screen.table.item(row, 3).text() == "overdue, days: 1"  # (ru: «просрочено на 1 дн.»)
    assert screen.table.item(row, 0).foreground().color().name() == "#b3261e"
    priorities = [i["priority"] for i in screen.items]
    assert priorities == sorted(priorities, reverse=True)
    window.reminders.refresh()  # the navigation counts the tasks due, the overdue included
    window.settle()
    due = len(tasks.due_tasks(window.db, date.today()))
    assert due >= 1 and window.nav.item(0).text() == f"Today ({due})"

    # Enter: the account's card, on its Tasks tab
    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card is not None and window.card.account_id == account)
    window.settle()
    assert window.card.current_tab() == "tasks"
    window.close_card()

    # Ctrl+T: tomorrow, so no longer in today's list
    window.show_screen("today")
    window.settle()
    row = next(i for i, item in enumerate(screen.items)
               if screen.table.item(i, 4).text() == "Срочно перезвонить")  # fmt: skip
    screen.table.setFocus()
    screen.table.selectRow(row)
    with qtbot.waitSignal(screen.shown, timeout=20_000):
        qtbot.keyClick(screen.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert all(screen.table.item(i, 4).text() != "Срочно перезвонить"
               for i in range(screen.table.rowCount()))  # fmt: skip
    (task,) = [t for t in ws.list_records(window.db, "task", account)
               if t["title"] == "Срочно перезвонить"]  # fmt: skip
    assert task["due_on"] == date.today() + timedelta(days=1)
