"""The Question bank screen: the seed's bank, add, reorder, retire, export and import."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.selling import spin


def test_the_bank_screen(qtbot, window, tmp_path, monkeypatch):
    from ui.spin_bank.screen import QuestionDialog

    window.show_screen("questions")
    screen = window.questions
    assert screen.table.rowCount() == 13
    assert screen.table.item(0, 2).text() == "Как идут продажи компании?"
    assert screen.table.item(0, 4).text() == "all"

    def type_question(dialog):  # what the user types, instead of the dialog's loop
        dialog.save()  # nothing typed: refused, the dialog stays
        assert "needs its text" in dialog.error.text()
        dialog.block.setCurrentIndex(dialog.block.findData("I"))
        dialog.text_ru.setPlainText("Сколько стоит час простоя линии?")
        dialog.markets.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QuestionDialog, "exec", type_question)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.table.rowCount() == 14
    new = screen.current()
    assert (new.block, new.position, new.industries) == ("I", 4, (1,))
    qtbot.keyClick(screen.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert screen.current().id == new.id and screen.current().position == 3
    screen.toggle_retired()
    assert screen.current().retired
    assert new.id not in [q.id for q in spin.questions(window.db)]

    path = screen.export(str(tmp_path / "bank"))
    assert path == tmp_path / "bank.xlsx" and path.exists()
    screen.toggle_retired()  # back in use …
    report = screen.import_file(str(path))  # … and the file says retired again
    assert (report.added, report.updated, report.errors) == (0, 14, [])
    assert "0 questions added, 14 updated." in screen.status.text()
    assert new.id not in [q.id for q in spin.questions(window.db)]
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    monkeypatch.setattr("ui.spin_bank.screen.QMessageBox.warning", lambda *a: None)
    assert screen.import_file(str(tmp_path / "bad.xlsx")) is None
