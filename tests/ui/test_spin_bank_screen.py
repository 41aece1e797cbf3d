"""The Question bank screen: the seed's bank, add, reorder, retire, export and import."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.selling import spin


def test_the_bank_screen(qtbot, window, tmp_path, monkeypatch):
    from ui.spin_bank.screen import QuestionDialog

    window.show_screen("questions")
    window.settle()  # the bank is read off the GUI thread
    screen = window.questions
    assert screen.table.rowCount() == 13
    assert screen.table.item(0, 2).text() == "Как идут продажи компании?"
    assert screen.table.item(0, 4).text() == "all"

    def type_question(dialog):  # what the user types, instead of the dialog's loop
        dialog.save()  # nothing typed: refused, the dialog stays
        window.settle()
        assert "needs its text" in dialog.error.text()
        dialog.block.setCurrentIndex(dialog.block.findData("I"))
        dialog.text_ru.setPlainText("Сколько стоит час простоя линии?")
        dialog.markets.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        window.settle()
        return dialog.result()

    monkeypatch.setattr(QuestionDialog, "exec", type_question)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    assert screen.table.rowCount() == 14
    new = screen.current()
    assert (new.block, new.position, new.industries) == ("I", 4, (1,))
    qtbot.keyClick(screen.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    assert screen.current().id == new.id and screen.current().position == 3
    screen.toggle_retired()
    window.settle()
    assert screen.current().retired
    assert new.id not in [q.id for q in spin.questions(window.db)]

    screen.export(str(tmp_path / "bank"))
    window.settle()
    path = tmp_path / "bank.xlsx"
    assert path.exists() and str(path) in screen.status.text()
    screen.toggle_retired()  # back in use …
    window.settle()
    assert not screen.current().retired
    screen.import_file(str(path))  # … and the file says retired again
    window.settle()
    assert "0 questions added, 14 updated." in screen.status.text()
    assert screen.current().retired
    assert new.id not in [q.id for q in spin.questions(window.db)]
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    refused = []
    monkeypatch.setattr("ui.spin_bank.screen.QMessageBox.warning", lambda *a: refused.append(a[2]))
    screen.import_file(str(tmp_path / "bad.xlsx"))
    window.settle()
    assert refused and "could not be read" in refused[0]
