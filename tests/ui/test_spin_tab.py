"""Account card → SPIN, driven from the keyboard: answers persist and come back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from core.selling import spin


def _spin_tab(window, row=0):
    account_id = window.accounts.model.account_id(row)
    window.open_account(account_id)
    window.settle()
    card = window.card
    card.show_tab("spin")
    window.settle()  # the bank and the answers are read when the tab is first shown
    return card.spin, account_id


def test_walk_through_with_the_keyboard_and_find_the_answers_again(qtbot, window):
    tab, account_id = _spin_tab(window)
    assert len(tab.questions) == 13  # the seed's bank: no market tags, all apply
    assert tab.current == 0 and tab.previous.text() == "Not asked yet."
    qtbot.keyClicks(tab.editor, "Sales grow 10% a year")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)  # save and next
    assert tab.current == 1
    qtbot.keyClick(tab.editor, Qt.Key.Key_PageDown)  # skip the second
    assert tab.current == 2
    qtbot.keyClick(tab.editor, Qt.Key.Key_PageUp)  # back
    assert tab.current == 1
    qtbot.keyClicks(tab.editor, "Two suppliers")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(tab.editor, "and a third one")  # Shift+Enter: a new line, not saved
    assert tab.current == 1
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    # jump to the first Implication question: a money figure may go with it
    tab.show_question(8)
    assert tab.money.isVisible()
    qtbot.keyClicks(tab.editor, "Interruptions cost us")
    tab.money.setValue(1_500_000)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    assert "3 of 13" in tab.progress.text()
    window.settle()

    saved = spin.latest_answers(window.db, account_id)
    bank = spin.questions(window.db)
    assert saved[bank[0].id].answer == "Sales grow 10% a year"
    assert saved[bank[1].id].answer == "Two suppliers\nand a third one"
    assert bank[2].id not in saved
    assert saved[bank[8].id].money_kop == 1_500_000_00
    assert saved[bank[8].id].answered_on == date.today()

    window.close_card()
    window.settle()
    tab, _ = _spin_tab(window)
    assert tab.current == 2  # it starts at the first question not answered yet
    tab.show_question(1)
    assert tab.editor.toPlainText() == "Two suppliers\nand a third one"
    assert "Two suppliers" in tab.previous.text()
    assert [(q, a.money_kop) for q, a in spin.implication_losses(window.db, account_id)] == [
        (bank[8], 1_500_000_00)
    ]


def test_what_is_typed_is_saved_when_the_card_closes(qtbot, window):
    tab, account_id = _spin_tab(window, row=1)
    shown = tab.questions[tab.current]  # the demo may have answered the first ones
    tab.editor.setPlainText("Закупаем у двух поставщиков")
    window.close_card()
    window.settle()
    assert spin.latest_answers(window.db, account_id)[shown.id].answer == (
        "Закупаем у двух поставщиков"
    )


def test_a_question_tagged_for_another_market_is_not_asked(qtbot, window):
    from core.accounts import workspace as ws

    account_id = window.accounts.model.account_id(0)
    industry = ws.account_values(window.db, account_id)["industry"]
    other = 12 if industry != 12 else 11
    spin.ensure_bank(window.db)
    spin.save_question(window.db, "S", "Только для другого рынка?", "", [other])
    tab, _ = _spin_tab(window)
    assert len(tab.questions) == 13
    tab.market_only.setChecked(False)
    window.settle()
    assert len(tab.questions) == 14


def test_the_visit_brief_from_the_card(qtbot, window, tmp_path):
    from pypdf import PdfReader

    tab, _account = _spin_tab(window)
    tab.editor.setPlainText("Продажи растут")
    with qtbot.waitSignal(window.card.brief_saved, timeout=20_000) as blocker:
        window.card.save_brief(str(tmp_path / "brief"))
    written = blocker.args[0]
    assert written == tmp_path / "brief.pdf"
    text = PdfReader(str(written)).pages[0].extract_text()
    assert window.card.title.text() in text
    assert "Продажи растут" not in text  # answered questions are not in the brief …
    assert "How are the company's sales going?" not in text  # … the first was answered
    assert "Whom do you buy plastic products from now?" in text
