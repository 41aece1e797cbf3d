"""The account list as a user drives it: standard views, saved filters, new, delete, undo."""

from PySide6.QtCore import Qt

from core.accounts import workspace as ws
from core.accounts.service import list_accounts


def visible_ids(screen):
    return [screen.model.account_id(r) for r in range(screen.model.rowCount())]


def test_my_accounts_asks_for_the_name_and_remembers_it(qtbot, window, settings):
    screen = window.accounts
    rows = list_accounts(window.db)
    manager = rows[0].manager
    expected = {r.id for r in rows if r.manager == manager}
    screen.choose_view("mine")
    assert screen.manager_box.isVisible()
    assert screen.model.rowCount() == 0  # no name yet: nothing is "mine"
    screen.manager_box.setCurrentText(manager)
    assert set(visible_ids(screen)) == expected
    assert settings.my_manager == manager
    assert f"{len(expected)} of 120 accounts" == screen.count_label.text()


def test_a_saved_filter_keeps_the_view_and_the_text(qtbot, window, settings):
    screen = window.accounts
    for r in list_accounts(window.db)[:3]:
        ws.record_bant(window.db, r.id, ws.Bant(3, 3, 3, 0), {})
    screen.set_labels({r.id: {"bant": 9} for r in list_accounts(window.db)[:3]})
    screen.choose_view("qualified")
    assert screen.model.rowCount() == 3
    screen.filter_box.setText("ООО")
    screen.save_filter("Квалифицированные ООО")
    assert "Квалифицированные ООО" in settings.saved_filters
    screen.choose_view("all")
    screen.filter_box.clear()
    assert screen.model.rowCount() == 120
    index = screen.view_box.findText("★ Квалифицированные ООО")
    assert index > 0
    screen.view_box.setCurrentIndex(index)
    assert screen.filter_box.text() == "ООО"
    assert 0 < screen.model.rowCount() <= 3
    assert screen.forget_button.isVisible()
    screen.forget_filter()
    assert screen.view_box.findText("★ Квалифицированные ООО") == -1
    assert screen.model.rowCount() == 120


def test_saved_filters_belong_to_their_database(qtbot, window, settings):
    window.accounts.filter_box.setText("ООО")
    window.accounts.save_filter("Мои ООО")
    assert "Мои ООО" in settings.saved_filters
    here = settings.database
    settings.database = "/elsewhere/other.db"  # another database opened with these settings
    assert "Мои ООО" not in settings.saved_filters
    settings.database = here
    assert "Мои ООО" in settings.saved_filters


def test_new_account_through_the_dialog_opens_its_card(qtbot, window, monkeypatch):
    from ui.account_card.records import RecordDialog

    def fill(dialog):  # what the user types in the dialog, instead of its event loop
        dialog._accept()  # no name: refused, the dialog stays
        window.settle()
        assert dialog.error.text() == "An account needs a name."
        dialog.widgets["name"].setText("ООО «Новый клиент»")
        dialog.widgets["inn"].setText("123")
        dialog._accept()
        window.settle()
        assert "INN 123 is not valid" in dialog.error.text()
        assert dialog.result() == 0
        dialog.widgets["inn"].setText("7707083893")
        dialog._accept()
        window.settle()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.keyClick(window.accounts.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    assert window.card is not None
    assert window.card.title.text() == "ООО «Новый клиент»"
    assert window.accounts.model.total_count() == 121
    names = [r.name for r in list_accounts(window.db)]
    assert "ООО «Новый клиент»" in names


def test_delete_leaves_the_list_and_undo_brings_it_back(qtbot, window):
    screen = window.accounts
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(2, 0))
    gone = screen.model.account_id(2)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    window.settle()
    assert gone not in visible_ids(screen)
    assert screen.model.total_count() == 119
    assert screen.undo_row.isVisible()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    assert gone in visible_ids(screen)
    assert screen.model.total_count() == 120
    assert not screen.undo_row.isVisible()
    assert screen.model.account_id(screen.table.currentIndex().row()) == gone


def test_a_column_hidden_from_the_header_menu_stays_hidden(qtbot, window, settings):
    from ui.accounts.model import COLUMNS
    from ui.accounts.screen import AccountsScreen

    inn = COLUMNS.index("inn")
    window.accounts.set_column_shown(inn, False)
    assert settings.hidden_account_columns == ["inn"]
    again = AccountsScreen("en", settings)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(inn)


def test_the_last_contact_with_a_decision_maker_arrives_after_the_list(qtbot, window):
    from datetime import date, timedelta

    screen = window.accounts
    account_id = screen.model.account_id(0)
    met = date.today() - timedelta(days=10)
    contact = ws.save_record(window.db, "contact", account_id,
                             {"name": "Орлова Анна", "is_decision_maker": True})  # fmt: skip
    ws.save_record(window.db, "activity", account_id,
                   {"date": met, "type": "visit", "contact_id": contact})  # fmt: skip
    window.reload_accounts()
    qtbot.waitUntil(lambda: screen.model.meeting(account_id) == (True, met), timeout=5000)
    screen.choose_view("no_decision_maker_contact")
    assert account_id not in visible_ids(screen)
    assert 0 < screen.model.rowCount() < 120
