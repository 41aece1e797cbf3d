"""Account card → Satisfaction: answers, CSI, the OTIF trend, an answer typed by hand."""

from __future__ import annotations

from core.kpi.satisfaction import account_satisfaction


def test_type_an_answer_on_the_card(qtbot, window, monkeypatch):
    from ui.account_card.satisfaction import AnswerDialog

    account_id = window.accounts.model.account_id(0)
    window.open_account(account_id)
    window.settle()
    tab = window.card.satisfaction
    window.card.show_tab("satisfaction")
    window.settle()
    before = account_satisfaction(window.db, account_id)
    assert tab.answers.rowCount() == len(before["answers"])
    assert tab.otif.rowCount() == len(before["otif_by_quarter"])

    def type_answer(dialog):
        dialog.save()  # nothing given: refused
        assert "NPS score or at least one rating" in dialog.error.text()
        dialog.nps.setValue(6)  # a detractor
        dialog.ratings[0][1].setValue(5)  # quality 5, importance 5
        dialog.ratings[2][1].setValue(2)  # price 2, importance 4
        dialog.comment.setText("Долго ждали доставку")
        dialog.save()
        window.settle()
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", type_answer)
    tab.add_answer()
    window.settle()
    after = account_satisfaction(window.db, account_id)
    assert after["nps"].detractors == before["nps"].detractors + 1
    newest = after["answers"][0]
    assert newest["nps"] == 6 and newest["csi"] == (5 * 5 + 2 * 4) / 9  # 33 / 9
    assert tab.answers.rowCount() == len(before["answers"]) + 1
    # the comment is in the answers table (it was typed, then never shown)
    row = next(r for r in range(tab.answers.rowCount())
               if tab.answers.item(r, 4).text() == "Долго ждали доставку")  # fmt: skip
    assert tab.answers.item(row, 2).text() == "6"
    assert "NPS" in tab.summary.text()
