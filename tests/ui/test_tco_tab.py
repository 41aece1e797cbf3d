"""Account card → TCO: typed costs give the hand-worked totals, kept after closing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.selling import spin
from core.selling.tco import load_tco
from ui.formatting import money


def _tco_tab(window, row=0):
    account_id = window.accounts.model.account_id(row)
    window.open_account(account_id)
    window.settle()
    window.card.show_tab("tco")
    window.settle()  # built when first shown; the saved TCO is read
    return window.card.tco, account_id


def test_typed_costs_give_the_totals_and_the_saving(qtbot, window):
    tab, account_id = _tco_tab(window)
    tab.years.setValue(3)
    ours = {"price_kop": 1_200_000, "delivery_kop": 20_000, "installation_kop": 30_000,
            "training_kop": 10_000, "consumables_per_year_kop": 50_000,
            "maintenance_per_year_kop": 40_000, "downtime_hours_per_year": 10,
            "loss_per_hour_kop": 15_000, "disposal_kop": 10_000}  # fmt: skip
    theirs = {"price_kop": 1_000_000, "delivery_kop": 50_000, "installation_kop": 30_000,
              "consumables_per_year_kop": 80_000, "maintenance_per_year_kop": 90_000,
              "downtime_hours_per_year": 40, "loss_per_hour_kop": 15_000,
              "financing_rate": 16, "prepayment_days": 90, "disposal_kop": 10_000}  # fmt: skip
    for side, values in (("ours", ours), ("theirs", theirs)):
        for name, value in values.items():
            tab.boxes[(side, name)].setValue(value)
    tab.flush()
    window.settle()
    # worked by hand in tests/core/selling/test_tco.py: 1 990 000 against 3 439 452.05
    total_row = tab.results.rowCount() - 1
    assert tab.results.rowCount() == 4
    assert tab.results.item(total_row, 0).text() == money(1_990_000_00)
    assert tab.results.item(total_row, 1).text() == money(3_439_452_05)
    assert tab.results.item(total_row, 2).text() == money(1_449_452_05)
    assert tab.results.item(0, 0).text() == money(1_500_000_00)
    assert f"The client saves {money(1_449_452_05)} ₽" in tab.saving.text()
    assert "Healthy approach" in tab.saving.text()
    # the bar chart is drawn in the worker process and shown when it comes
    qtbot.waitUntil(lambda: not tab.chart.pixmap().isNull(), timeout=30_000)
    tab.elements.topLevelItem(1).child(1).setCheckState(0, Qt.CheckState.Checked)
    tab.flush()
    window.settle()

    window.close_card()
    window.settle()
    kept = load_tco(window.db, account_id)
    assert kept.comparison().ours.total == 199_000_000
    assert kept.elements == ("cost_reduction",)
    tab, _ = _tco_tab(window)
    assert tab.boxes[("theirs", "financing_rate")].value() == 16
    assert tab.elements.topLevelItem(1).child(1).checkState(0) == Qt.CheckState.Checked


def test_losses_come_from_spin_answers(qtbot, window):
    tab, account_id = _tco_tab(window, row=2)
    tab.pull_losses()
    window.settle()
    assert "No Implication answer" in tab.status.text()
    spin.ensure_bank(window.db)
    implication = [q for q in spin.questions(window.db) if q.block == "I"]
    spin.save_answer(window.db, account_id, implication[0].id, "перебои", 700_000_00)
    spin.save_answer(window.db, account_id, implication[2].id, "падение", 300_000_00)
    tab.pull_losses()
    window.settle()
    assert tab.boxes[("theirs", "other_losses_per_year_kop")].value() == 1_000_000
    assert load_tco(window.db, account_id).theirs.other_losses_per_year_kop == 1_000_000_00
    assert "from 2 SPIN answers" in tab.status.text()
