"""The account card driven as a user would: edit a field and find it again after closing,
tick a milestone, override a BCG score (the strategy follows), record BANT, add a
contact, export the plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from core.accounts import workspace as ws
from core.selling.bcg import FACTORS


def _open(window, row=0):
    account_id = window.accounts.model.account_id(row)
    window.open_account(account_id)
    window.settle()  # the card and its tabs are read off the GUI thread
    return window.card, account_id


def test_an_edited_field_is_kept_after_closing_and_reopening(qtbot, window):
    card, account_id = _open(window)
    region = card.fields.editors["region"]
    region.setFocus()
    region.selectAll()
    qtbot.keyClicks(region, "Kaliningrad")
    qtbot.keyClick(region, Qt.Key.Key_Tab)  # leaving the field saves it
    window.close_card()
    window.settle()
    assert ws.account_values(window.db, account_id)["region"] == "Kaliningrad"
    model = window.accounts.model
    row = [model.account_id(r) for r in range(model.rowCount())].index(account_id)
    card, _ = _open(window, row)
    assert card.fields.editors["region"].text() == "Kaliningrad"


def test_text_typed_in_the_notes_is_saved_when_the_card_closes(qtbot, window):
    card, account_id = _open(window)
    card.fields.editors["notes"].setPlainText("Call before the fair")
    window.close_card()  # before the debounce fired: the flush saves it
    window.settle()
    assert ws.account_values(window.db, account_id)["notes"] == "Call before the fair"


def test_a_conflicting_edit_is_detected(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    card, account_id = _open(window)
    version = ws.account_values(window.db, account_id)["version"]
    ws.update_account(window.db, account_id, version, {"manager": "Someone Else"})  # elsewhere
    asked = []

    def exec_(box):
        asked.append(box.text())
        box.buttons()[1].click()  # take the saved version
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    region = card.fields.editors["region"]
    region.setText("Omsk")
    region.editingFinished.emit()
    window.settle()
    assert asked and "changed elsewhere" in asked[0]
    saved = ws.account_values(window.db, account_id)
    assert saved["manager"] == "Someone Else" and saved["region"] != "Omsk"
    assert card.fields.editors["manager"].text() == "Someone Else"


def test_tick_a_milestone(qtbot, window):
    card, account_id = _open(window)
    card.plan.tick(3)
    window.settle()
    assert ws.milestones(window.db, account_id)[3][0] == date.today()
    assert card.plan.share.text().startswith("Reached 1 of 23")


def test_a_bcg_override_changes_the_strategy(qtbot, window):
    card, account_id = _open(window)
    scoring = card.scoring
    # score every factor by hand: all 5 → strengthen; then relationship all 1 → invest
    for factor in FACTORS:
        box = scoring.override_boxes[factor]
        box.setCurrentIndex(box.findData(5))
    assert scoring.result.strategy == "strengthen"
    assert scoring.strategy.text() == "Strategy: Strengthen"
    for factor in ("share_of_wallet", "price_orientation", "dependency", "loyalty",
                   "decision_maker_contact"):  # fmt: skip
        box = scoring.override_boxes[factor]
        box.setCurrentIndex(box.findData(1))
    assert scoring.result.strategy == "invest"
    window.settle()
    assert ws.bcg_overrides(window.db, account_id)["loyalty"] == 1
    # the matrix is drawn off the GUI thread, once more after the last change
    qtbot.waitUntil(lambda: window.background.idle(), timeout=20_000)
    assert not scoring.matrix.pixmap().isNull()


def test_bant_is_recorded_with_its_history(qtbot, window):
    card, account_id = _open(window)
    scoring = card.scoring
    for key, value in (("budget", 3), ("authority", 2), ("need", 3), ("timing", 1)):
        scoring.bant_spins[key].setValue(value)
    assert scoring.bant_total.text() == "Total 9 of 12: qualified"
    window.close_card()  # the pending assessment is kept
    window.settle()
    assert ws.latest_bant_totals(window.db.engine)[account_id] == 9


def test_add_a_contact_through_the_dialog(qtbot, window, monkeypatch):
    from ui.account_card.records import RecordDialog

    card, account_id = _open(window)
    card.show_tab("contacts")
    window.settle()  # the tab is built when shown, and reads its records
    before = len(card.contacts.records)

    def fill_and_save(dialog):
        dialog.widgets["name"].setText("Anna Petrova")
        dialog.widgets["is_decision_maker"].setChecked(True)
        dialog._accept()
        window.settle()  # the save runs on the executor; the dialog closes when it landed
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill_and_save)
    card.contacts.add()
    window.settle()  # the hub tells the tab, which reads its records again
    assert len(card.contacts.records) == before + 1
    names = [c["name"] for c in ws.list_records(window.db, "contact", account_id)]
    assert "Anna Petrova" in names


def test_export_the_plan(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    card, _account_id = _open(window)
    with qtbot.waitSignal(card.plan.exported, timeout=20_000) as blocker:
        card.plan.export("xlsx", str(tmp_path / "plan.xlsx"))
    written = blocker.args[0]
    sheet = load_workbook(written).active
    assert sheet["B3"].value == card.card.account.name


def test_an_activitys_next_step_shows_as_a_task_and_is_closed_with_its_outcome(
    qtbot, window, monkeypatch
):
    """Log a visit with a next step: the Tasks tab shows it (due in red when past); Done…
    asks what came of it and plans the next task a week on."""
    from datetime import date, timedelta

    from ui.account_card.records import RecordDialog
    from ui.account_card.tabs import CloseTaskDialog

    card, account_id = _open(window)
    card.show_tab("activities")
    window.settle()
    yesterday = date.today() - timedelta(days=1)

    def log_visit(dialog):
        dialog.widgets["summary"].setPlainText("Обсудили поставки")
        dialog.widgets["next_step"].setText("Отправить КП с графиком")
        dialog.widgets["next_step_date"].set_value(yesterday)
        dialog._accept()
        window.settle()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", log_visit)
    card.activities.add()
    window.settle()
    card.show_tab("tasks")
    window.settle()
    tab = card.tasks
    mine = [t for t in tab.records if t["title"] == "Отправить КП с графиком"]
    assert len(mine) == 1 and mine[0]["status"] == "open" and mine[0]["due_on"] == yesterday
    row = tab.records.index(mine[0])
    assert tab.table.item(row, 0).foreground().color().name() == "#b3261e"  # overdue

    def close(dialog):
        dialog.outcome.setPlainText("КП отправлено, ждут до пятницы")
        dialog.next_title.setText("Позвонить по КП")
        return CloseTaskDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseTaskDialog, "exec", close)
    tab.table.selectRow(row)
    tab.close_selected()
    window.settle()
    saved = {t["title"]: t for t in ws.list_records(window.db, "task", account_id)}
    assert saved["Отправить КП с графиком"]["status"] == "done"
    assert saved["Отправить КП с графиком"]["outcome"] == "КП отправлено, ждут до пятницы"
    assert saved["Позвонить по КП"]["due_on"] == date.today() + timedelta(days=7)
    assert {t["title"] for t in tab.records} >= {"Позвонить по КП"}  # the tab read them again


def test_a_suggested_task_is_accepted_or_dismissed_on_the_card(qtbot, window):
    from datetime import date

    from core.accounts import tasks

    card, account_id = _open(window)
    ws.save_record(window.db, "opportunity", account_id, {
        "title": "Просроченная сделка", "stage": "negotiation",
        "expected_close": date(2026, 1, 15)})  # fmt: skip
    tasks.suggest(window.db, date(2026, 11, 30), "ru")
    card.show_tab("tasks")
    window.settle()
    tab = card.tasks
    (row,) = [i for i, t in enumerate(tab.records) if "Просроченная сделка" in t["title"]]
    assert tab.records[row]["status"] == "suggested"
    assert tab.table.item(row, 2).font().italic()
    tab.table.selectRow(row)
    assert tab.accept_button.isEnabled() and not tab.done_button.isEnabled()
    tab.accept_button.click()
    window.settle()
    (task,) = [t for t in tab.records if "Просроченная сделка" in t["title"]]
    assert task["status"] == "open"


def test_the_overview_shows_the_accounts_discounts_against_its_policy(qtbot, window):
    """The card's own discount history: its months with the rate given, and its lines
    above the policy, each over the maximum of its strategy (checked against the sale
    lines read here with SQL)."""
    from sqlalchemy import text

    window.settle()
    scores = window.derived.analysis.scores
    with window.db.engine.connect() as conn:
        account = conn.execute(
            text(
                "SELECT account_id FROM sale_line WHERE discount_kop > 0 AND amount_kop > 0 "
                "GROUP BY account_id ORDER BY SUM(discount_kop) DESC LIMIT 1"
            )
        ).scalar()
    window.open_account(account)
    qtbot.waitUntil(lambda: window.card is not None and window.card.account_id == account)
    box = window.card.discounts
    qtbot.waitUntil(lambda: box.history is not None, timeout=20_000)
    h = box.history
    from core.selling.discount import DEFAULT_MAX_DISCOUNT, maximum_for

    assert h.allowed == maximum_for(DEFAULT_MAX_DISCOUNT, scores.strategy(account))
    assert box.months.rowCount() == len(h.months) > 0
    assert h.lines > 0 and "%" in box.summary.text()
    for line in h.above:
        assert line["rate"] > line["allowed"]
        assert line["excess"] == pytest.approx(
            line["discount"] - line["allowed"] * (line["amount"] + line["discount"])
        )
    assert box.lines.rowCount() == min(len(h.above), 100)
