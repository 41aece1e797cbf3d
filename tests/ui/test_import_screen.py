"""The import wizard driven as a user drives it (issue 3, rule 10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import text

from core.database import open_database
from tests.core.importing.files import xlsx
from ui.main_window import MainWindow


def _file(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "sales.xlsx",
        {
            "Инструкция": [["Выгрузка из 1С: лист «Продажи»"]],
            "Продажи": [
                ["Продажи за январь"],
                [],
                ["Дата", "Документ", "Контрагент", "ИНН", "Сумма", "Куратор"],
                [date(2024, 1, 5), "РН-1", "ООО Ромашка", "7707083893", "1 000,00", "Иванов"],
                [date(2024, 1, 6), "РН-2", "ПАО Газпром", "7736050003", "2 500,50", "Петров"],
                [date(2024, 1, 7), "РН-3", "ООО Ошибка", "7707083894", "10", "Петров"],
            ],
        },
    )


def _count(db, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_wizard_end_to_end(qtbot, tmp_path, settings) -> None:
    db = open_database(str(tmp_path / "w.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()  # the list is read off the GUI thread: empty, so the welcome screen
    assert win.stack.currentWidget() is win.welcome
    screen = win.import_screen
    win.import_file(str(_file(tmp_path)))
    assert win.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.session is not None and not screen.busy(), timeout=10_000)
    # what was found: the data sheet past the cover, the header under the title block
    assert screen.sheet_box.currentText() == "Продажи"
    assert screen.kind_box.currentData() == "sales"
    assert screen.header_spin.value() == 3
    assert screen.preview.rowCount() == 3
    assert screen.preview.verticalHeaderItem(0).text() == "4"  # Excel row number
    # the mapping is pinned above the rows: scrolled to the end, it is still in view
    screen.preview.verticalScrollBar().setValue(screen.preview.verticalScrollBar().maximum())
    assert screen.mapping.isVisible() and screen.mapping.cellWidget(0, 5).isVisible()
    # «Куратор» is not a known header: the wizard says it is not imported, and the user
    # maps it to the manager
    assert "Not imported: «Куратор»." in screen.mapping_hint.text()
    box = screen.mapping.cellWidget(0, 5)
    assert box.currentData() is None
    box.setCurrentIndex(box.findData("manager"))
    assert screen.session.mapping[5] == "manager"
    assert "Not imported" not in screen.mapping_hint.text()
    # dry run: counts, nothing written
    qtbot.mouseClick(screen.dry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None and not screen.busy(), timeout=10_000)
    assert (screen.report.inserted, screen.report.skipped) == (2, 1)
    assert "Dry run" in screen.summary.text()
    assert screen.errors.rowCount() == 1
    assert screen.errors.item(0, 0).text() == "6"
    assert _count(db, "SELECT COUNT(*) FROM sale_line") == 0
    # import: written, the account list refreshed, the mapping remembered
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.report is not None and not screen.report.dry_run and not screen.busy(),
        timeout=10_000,
    )
    assert _count(db, "SELECT COUNT(*) FROM sale_line") == 2
    assert _count(db, "SELECT COUNT(*) FROM account WHERE manager = 'Петров'") == 1
    win.settle()  # the hub has the list read again, off the GUI thread
    assert win.accounts.model.total_count() == 2
    # the rejected row saved for fixing
    out = tmp_path / "rejected.xlsx"
    screen.save_errors(str(out))
    assert out.exists()
    # the same file again: the corrected mapping comes back by itself
    screen.session = None
    win.import_file(str(_file(tmp_path)))
    qtbot.waitUntil(lambda: screen.session is not None and not screen.busy(), timeout=10_000)
    assert screen.session.mapping_source == "remembered"
    assert screen.mapping.cellWidget(0, 5).currentData() == "manager"
    db.close()


def test_a_file_that_cannot_be_read_says_why(qtbot, tmp_path, settings) -> None:
    db = open_database(str(tmp_path / "w.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"\x01\x02garbage" * 40)
    win.import_file(str(bad))
    screen = win.import_screen
    qtbot.waitUntil(lambda: not screen.busy(), timeout=10_000)
    assert "not a spreadsheet" in screen.summary.text()
    assert not screen.import_button.isEnabled()
    db.close()


def test_dropping_a_file_on_the_window_opens_it(qtbot, tmp_path, settings) -> None:
    db = open_database(str(tmp_path / "w.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_file(tmp_path)))])
    event = QDropEvent(
        QPointF(QPoint(300, 300)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)
    screen = win.import_screen
    qtbot.waitUntil(lambda: screen.session is not None and not screen.busy(), timeout=10_000)
    assert win.current_screen() == "import"
    assert screen.kind_box.currentData() == "sales"
    db.close()


def test_a_csv_says_no_sheet_and_the_accounts_are_a_click_away(qtbot, tmp_path, settings):
    db = open_database(str(tmp_path / "c.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()
    csv = tmp_path / "clients.csv"
    csv.write_text(
        "Название компании;ИНН\nООО Ромашка;7707083893\nООО Ромашка;7707083893\n",
        encoding="utf-8",
    )
    screen = win.import_screen
    win.import_file(str(csv))
    qtbot.waitUntil(lambda: screen.session is not None and not screen.busy(), timeout=10_000)
    assert "Sheet" not in screen.mapping_hint.text()
    assert screen.mapping_hint.text().startswith("Header on row 1")
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None and not screen.busy(), timeout=10_000)
    # one new client; its repeat is said once, not also as "unchanged"
    text = screen.summary.text()
    assert "2 rows read: 1 new, 0 updated, 0 already as they were" in text
    assert "1 rows repeat a client" in text
    with qtbot.waitSignal(screen.show_accounts, timeout=2000):
        screen.summary.linkActivated.emit("accounts")
    win.settle()
    assert win.stack.currentWidget() is win.accounts
    db.close()
