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


def test_accounts_at_risk_on_today_with_reasons_and_the_card_says_how_far_to_trust_it(
    qtbot, window
):
    """The demo's accounts drifting away are on Today, the largest expected loss first,
    with their reasons and action; Enter opens the card, whose summary gives the risk
    beside the model's backtest; Ctrl+Shift+D takes the account off the list."""
    window.settle()
    assert window.derived.analysis is not None and window.derived.analysis.churn is not None
    with qtbot.waitSignal(window.today.shown, timeout=20_000):
        window.show_screen("today")
    screen = window.today
    rows = [i for i, item in enumerate(screen.items) if item["kind"] == "churn_risk"]
    assert rows, "the demo has accounts at risk"
    losses = [screen.items[i]["expected_loss"] for i in rows]
    assert losses == sorted(losses, reverse=True)
    row = rows[0]
    item = screen.items[row]
    labels = window.derived.analysis.labels[item["account_id"]]
    assert labels["churn_risk"] >= 0.5
    assert screen.table.item(row, 0).text() == "risk of leaving"
    why = screen.table.item(row, 3).text()
    assert why.startswith(f"risk of leaving {round(100 * labels['churn_risk'])}%")
    assert ": " in screen.table.item(row, 4).text()  # the 4R stage: the effort

    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.card is not None and window.card.account_id == item["account_id"]
    )
    window.settle()
    assert window.card.current_tab() == "overview"
    summary = window.card.summary.text()
    assert "Risk of leaving" in summary and "AUC" in summary
    window.close_card()

    window.show_screen("today")
    window.settle()
    row = next(
        i
        for i, it in enumerate(screen.items)
        if it["kind"] == "churn_risk" and it["account_id"] == item["account_id"]
    )
    screen.table.setFocus()
    screen.table.selectRow(row)
    assert screen.dismiss_button.isEnabled() and screen.later_button.isEnabled()
    with qtbot.waitSignal(screen.shown, timeout=20_000):
        qtbot.keyClick(
            screen.table,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not any(it["kind"] == "churn_risk" and it["account_id"] == item["account_id"]
                   for it in screen.items)  # fmt: skip
    kept = [t for t in ws.list_records(window.db, "task", item["account_id"])
            if t["source"] == "churn_risk"]  # fmt: skip
    assert [t["status"] for t in kept] == ["dismissed"]


def test_a_team_lead_picks_any_manager_named_in_the_accounts(qtbot, window):
    window.settle()
    screen = window.today
    names = [screen.who.itemText(i) for i in range(screen.who.count())]
    managers = {r.manager.strip() for r in window.accounts.model.rows() if r.manager}
    assert names[0] == "Everyone" and set(names[1:]) == managers
    with qtbot.waitSignal(window.today.shown, timeout=20_000):
        window.show_screen("today")
    one = names[1]
    with qtbot.waitSignal(screen.shown, timeout=20_000):
        screen.who.setCurrentIndex(1)
    owners = {r.id: r.manager for r in window.accounts.model.rows()}
    assert screen.items and all(
        (owners[i["account_id"]] or "").strip() == one or i["kind"] == "task" for i in screen.items
    )
