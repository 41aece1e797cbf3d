"""The Dashboard on the demo company: rings, the drill-down and its export."""

from __future__ import annotations

from openpyxl import load_workbook

from core.kpi.panel import panel, parse_period


def test_the_panel_on_the_demo_company(qtbot, window, tmp_path):
    window.settings_screen.matrix_edit.setPlainText("*: Спецодежда")
    window.settings_screen.departments_edit.setPlainText(
        "Опт: " + (window.accounts.model.rows()[0].manager or "")
    )
    assert window.settings_screen.save_kpi()
    window.settle()
    window.show_screen("dashboard")
    screen = window.dashboard
    screen.year.setValue(2026)
    screen.kind.setCurrentIndex(screen.kind.findData("quarter"))
    screen.part.setValue(3)
    qtbot.waitUntil(
        lambda: (
            not screen.busy()
            and screen.panel is not None
            and screen.panel.period.label == "2026-Q3"
        ),
        timeout=20_000,
    )
    expected = panel(window.db, parse_period("2026-Q3"))
    for key, ring in screen.rings.items():
        assert ring.figure is not None
        assert (ring.figure.fact, ring.figure.plan) == (
            expected.figures[key].fact,
            expected.figures[key].plan,
        )
    assert screen.rings["assortment"].figure.plan > 0  # the matrix from Settings is used
    assert "2026-Q3" in screen.period_label.text()
    assert screen.scope.findData("department:Опт") > 0

    with qtbot.waitSignal(screen.drill_opened, timeout=20_000):
        screen.drill("plan")
    dialog = screen.drill_dialog
    ids = {a["id"] for a in dialog.accounts}
    assert ids == set(expected.figures["plan"].accounts)  # exactly the accounts counted
    assert sum(x["amount_kop"] for x in dialog.lines) == expected.figures["plan"].fact
    written = dialog.export(str(tmp_path / "plan"))
    assert written == tmp_path / "plan.xlsx"
    sheet = load_workbook(written).active
    assert sheet.max_row - 1 == len(ids)
    assert (tmp_path / "plan-lines.xlsx").exists()
    dialog.close()
    with qtbot.waitSignal(screen.drill_opened, timeout=20_000):
        screen.drill("new_clients")
    new = screen.drill_dialog
    assert new is not dialog and new.lines is None
    new.close()


def test_bad_kpi_settings_are_explained(qtbot, window):
    screen = window.settings_screen
    screen.matrix_edit.setPlainText("13: Спецодежда")
    assert not screen.save_kpi()
    assert "is not «market: groups»" in screen.kpi_status.text()


def test_plans_typed_in_the_grid_change_the_panel(qtbot, window):
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from core.kpi.plans import plan_grid

    window.show_screen("dashboard")
    screen = window.dashboard
    qtbot.waitUntil(lambda: not screen.busy() and screen.panel is not None, timeout=20_000)
    screen.edit_plans()
    dialog = screen.plans_dialog
    window.settle()
    dialog.year.setValue(2027)  # a year with no plans yet
    window.settle()
    dialog.add_manager("Новый Менеджер")
    window.settle()
    row = dialog.managers.index("Новый Менеджер")
    dialog.revenue.item(row, 0).setText("1500000")
    dialog.clients.item(row, 0).setText("3")
    window.settle()
    dialog.clients.item(row, 1).setText("два")
    assert "is not a plan" in dialog.status.text()
    assert plan_grid(window.db, 2027)["Новый Менеджер"] == {1: (1_500_000_00, 3)}
    # months by name, a total per manager and per month, not editable
    assert dialog.revenue.horizontalHeaderItem(0).text() == "Jan"
    assert dialog.revenue.horizontalHeaderItem(12).text() == "Year"
    dialog.revenue.item(row, 1).setText("500000")
    window.settle()
    total = dialog.revenue.item(row, 12)
    assert total.text() == QLocale().toString(2_000_000.0, "f", 0)  # 1 500 000 + 500 000
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable
    last = dialog.revenue.rowCount() - 1
    assert dialog.revenue.verticalHeaderItem(last).text() == "Total"
    assert dialog.revenue.item(last, 1).text() == QLocale().toString(500_000.0, "f", 0)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()


def test_the_satisfaction_tables_on_the_dashboard(qtbot, window):
    from core.kpi.satisfaction import nps_table

    window.show_screen("dashboard")
    screen = window.dashboard
    screen.kind.setCurrentIndex(screen.kind.findData("year"))
    screen.year.setValue(2026)
    qtbot.waitUntil(
        lambda: (
            not screen.busy() and screen.panel is not None and screen.panel.period.label == "2026"
        ),
        timeout=20_000,
    )
    screen.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.background.idle(), timeout=20_000)
    expected = nps_table(window.db, screen.period().start, screen.period().end)
    assert screen.nps_table.rowCount() == len(expected.rows) + 1
    last = screen.nps_table.rowCount() - 1
    assert screen.nps_table.item(last, 1).text() == str(expected.total["answers"])
    assert screen.otif_table.rowCount() >= 2


def test_a_period_in_progress_and_a_rings_accounts(qtbot, window):
    """The current quarter says it is in progress and compares with the plan to date; a
    ring's list has revenue and the figure's own count, sorts, and opens an account on
    Enter."""
    from datetime import date

    from PySide6.QtCore import Qt

    window.show_screen("dashboard")
    screen = window.dashboard
    today = date.today()
    screen.year.setValue(today.year)
    screen.kind.setCurrentIndex(screen.kind.findData("quarter"))
    screen.part.setValue((today.month - 1) // 3 + 1)
    qtbot.waitUntil(lambda: not screen.busy() and screen.panel is not None, timeout=20_000)
    current = screen.period()
    assert screen.pro_rata.isVisibleTo(screen) and screen.pro_rata.isChecked()
    assert f"in progress: month {current.months_begun(today)} of 3" in screen.period_label.text()
    plan = screen.panel.figures["plan"]
    assert plan.full_plan is not None and plan.plan <= plan.full_plan
    screen.pro_rata.setChecked(False)
    qtbot.waitUntil(lambda: not screen.busy() and screen.panel.figures["plan"].full_plan is None)

    with qtbot.waitSignal(screen.drill_opened, timeout=20_000):
        screen.drill("orders")
    dialog = screen.drill_dialog
    table = dialog.accounts_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-2:] == ["Revenue, ₽", "Orders"]
    if table.rowCount() >= 2:  # largest revenue first, as numbers (not as text)
        assert table.item(0, 3).key >= table.item(1, 3).key
        table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        counts = [table.item(r, 4).key for r in range(table.rowCount())]
        assert counts == sorted(counts)
    assert table.rowCount() > 0
    table.setFocus()
    table.setCurrentCell(0, 0)
    wanted = table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card is not None and window.card.account_id == wanted)
    assert not dialog.isVisible()
