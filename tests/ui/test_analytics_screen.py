"""The Analytics screen driven as a user would: compute off the GUI thread, switch
segmentations without computing again, drill down to the accounts and back, change
the window, export the table and the chart."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.analytics.labels import VIEWS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def analytics(qtbot, window):
    screen = window.analytics
    with qtbot.waitSignal(screen.computed, timeout=60_000):
        window.show_screen("analytics")
    assert screen.analysis is not None
    return screen


def test_every_segmentation_shows_without_computing_again(qtbot, window, analytics):
    computed = []
    analytics.computed.connect(lambda: computed.append(1))
    for key, kind, _by in VIEWS:
        analytics.set_view(key)
        assert not analytics.busy()  # shown from what was computed once
        table = analytics.model.table()
        assert table is not None and table.kind.startswith(kind if kind != "behaviour" else "")
        last = analytics.model.rowCount() - 1
        assert analytics.model.data(analytics.model.index(last, 0)) == "Total"
    assert computed == []


def test_table_matches_the_command_line(qtbot, window, analytics, demo_db):
    analytics.set_view("kml")
    cli = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "segments", "kml", "--db", demo_db.url],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(cli.stdout)
    model = analytics.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount() - 1)] == [
        r["segment"] for r in expected["rows"]
    ]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Revenue"
    clients = [int(model.data(model.index(r, 4)).replace(",", "")) for r in range(model.rowCount())]
    assert clients == [r["clients"] for r in expected["rows"]] + [expected["total"]["clients"]]
    assert "No competitor data" in analytics.warnings_label.text()


def test_drill_down_lists_the_segment_accounts_and_goes_back(qtbot, window, analytics):
    analytics.set_view("behaviour")
    model = analytics.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["segment"] == "lost")
    expected = set(model.row_data(row)["accounts"])
    index = model.index(row, 0)
    rect = analytics.table.visualRect(index)
    qtbot.mouseClick(analytics.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(analytics.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    accounts = window.accounts
    assert window.stack.currentWidget() is accounts
    shown = {accounts.model.account_id(r) for r in range(accounts.model.rowCount())}
    assert shown == expected and shown
    assert "Lost" in accounts.subset_label.text()
    assert all(accounts.model.label(a, "behaviour") == "lost" for a in shown)
    qtbot.mouseClick(accounts.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is analytics
    assert analytics.current_view()[0] == "behaviour"  # where the user was
    window.show_screen("accounts")
    qtbot.mouseClick(accounts.all_button, Qt.MouseButton.LeftButton)
    assert accounts.model.rowCount() == 120


def test_labels_reach_the_account_list_and_filter_it(qtbot, window, analytics):
    accounts = window.accounts
    accounts.filter_box.setText("behaviour:lost")
    lost = accounts.model.rowCount()
    table = analytics.analysis.table("behaviour")
    expected = next(r["clients"] for r in table.rows if r["segment"] == "lost")
    assert lost == expected


def test_changing_the_window_computes_again(qtbot, window, analytics):
    with qtbot.waitSignal(analytics.computed, timeout=60_000):
        analytics.window_box.setValue(6)
        analytics.window_box.editingFinished.emit()
    assert analytics.model.table().window_months == 6
    assert "6 months" in analytics.window_label.text()


def test_export_table_and_chart(qtbot, window, analytics, tmp_path, monkeypatch):
    analytics.set_view("dsl")
    target = tmp_path / "dsl.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    analytics.export_table()
    book = load_workbook(target)
    sheet = book.active
    assert sheet.cell(1, 1).value.startswith("DSL")
    assert sheet.cell(3, 1).value == "Segment"
    assert sheet.cell(4, 1).value.startswith("Level 1") and sheet.cell(4, 1).font.b
    total_row = 3 + analytics.model.rowCount()
    assert sheet.cell(total_row, 1).value == "Total"
    assert sheet.cell(total_row, 2).number_format == "#,##0.00"
    assert sheet.cell(total_row, 2).value == pytest.approx(
        analytics.model.table().total["revenue"] / 100
    )
    book.close()
    for name in ("chart.png", "chart.svg"):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        analytics.export_chart()
        assert out.exists()
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")[:500]


def test_empty_database_says_there_are_no_sales(qtbot, tmp_path, settings):
    from core.database import open_database
    from ui.main_window import MainWindow

    db = open_database(str(tmp_path / "empty.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()
    screen = win.analytics
    with qtbot.waitSignal(screen.computed, timeout=30_000):
        win.show_screen("analytics")
    assert screen.empty_label.isVisible() and not screen.splitter.isVisible()
    assert "no sales" in screen.empty_label.text()
    assert not screen.export_button.isEnabled() and not screen.chart_button.isEnabled()
    db.close()
