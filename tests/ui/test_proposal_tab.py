"""Account card → Proposal: build one, see totals and the guard, export with versions."""

from __future__ import annotations

import pytest
from docx import Document

from core.selling import proposal_docs as docs
from core.selling.proposal import Item
from ui.formatting import money


def _tab(window, row=0):
    account_id = window.accounts.model.account_id(row)
    window.open_account(account_id)
    window.settle()  # the card and its tabs are read off the GUI thread
    window.card.show_tab("proposal")
    window.settle()  # the tab is built when first shown and reads its proposals
    return window.card.proposal, account_id


def _export(window, tab, kind, path):
    """Export and wait for it (it runs on the executor, after the save)."""
    written = []
    tab.exported.connect(written.append)
    tab.last_error = None
    tab.export(kind, path)
    window.settle()
    tab.exported.disconnect(written.append)
    return written[0] if written else None


def test_build_guard_and_export_a_proposal(qtbot, window, tmp_path, monkeypatch):
    tab, account_id = _tab(window)
    assert tab.empty.isVisible() and not tab.docx_button.isEnabled()
    tab.new_proposal()
    window.settle()
    assert tab.proposal_id is not None and tab.body.isVisible()
    # no items: refused before the file dialog opens
    monkeypatch.setattr("ui.account_card.proposal.QMessageBox.warning", lambda *a: None)
    monkeypatch.setattr("ui.account_card.proposal.QFileDialog.getSaveFileName",
                        lambda *a: pytest.fail("the file dialog opened"))  # fmt: skip
    assert _export(window, tab, "docx", None) is None
    assert "not exported: the proposal has no items" in tab.last_error
    # the rest is asked about: here, no next step (the demo's first account has contacts)
    asked: list[str] = []
    monkeypatch.setattr(tab, "confirm", lambda q: asked.append(q) or True)
    tab.block_b.setPlainText("Поставка со склада за 24 часа")
    tab.add_item(Item("Насос ЦН-100", 10, 1_234_567, 0.05))
    tab.add_item(Item("Сервис", 3, 200_000, 0.12))
    # 117 283.87 + 5 280.00 = 122 563.87; VAT 22 % 26 964.05 (26 964.0514); total 149 527.92
    assert money(12_256_387, 2) in tab.totals.text()
    assert money(14_952_792, 2) in tab.totals.text()
    tab.set_strategy("protect_position")  # at most 5 %
    assert "Сервис: discount 12" in tab.guard.text() and "give a reason" in tab.guard.text()
    monkeypatch.setattr("ui.account_card.proposal.QMessageBox.warning", lambda *a: None)
    assert _export(window, tab, "docx", str(tmp_path / "kp")) is None  # no reason yet
    assert "not exported" in tab.last_error and not (tmp_path / "kp.docx").exists()
    tab.items.item(1, 7).setText("пусконаладка")
    assert "kept: пусконаладка" in tab.guard.text()
    written = _export(window, tab, "docx", str(tmp_path / "kp"))
    assert written == tmp_path / "kp.docx"
    assert asked and "it proposes no next step" in asked[-1] and "anyway" in asked[-1]
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Поставка со склада за 24 часа" in text
    calculation = next(t for t in document.tables if t.rows[0].cells[1].text == "Item")
    last = [c.text for c in calculation.rows[-1].cells]
    assert last[0] == "Total due:" and last[-1] == "149,527.92"  # the window speaks English
    assert _export(window, tab, "pdf", str(tmp_path / "kp.pdf")) == tmp_path / "kp.pdf"
    listed = docs.list_proposals(window.db, account_id)
    assert (listed[0]["exports"], listed[0]["revision"]) == (2, 1)  # the same content twice

    # edits are kept when the card closes, and the same proposal comes back
    tab.items.item(0, 3).setText("12")
    window.close_card()
    window.settle()
    content = docs.proposal_content(window.db, listed[0]["id"])
    assert content["items"][0]["quantity"] == 12
    tab, _ = _tab(window)
    assert tab.items.rowCount() == 2 and tab.items.item(0, 3).text() == "12"


def test_a_bad_number_is_explained_and_not_saved(qtbot, window):
    tab, _account = _tab(window, row=1)
    tab.new_proposal()
    window.settle()
    tab.add_item(Item("Насос", 1, 100_00))
    tab.flush()
    tab.items.item(0, 3).setText("два")
    assert not tab.save()
    assert "is not a number" in tab.status.text()


def test_an_item_from_the_sku_catalogue(qtbot, window, monkeypatch):
    from ui.account_card.proposal import CatalogueDialog

    tab, _account = _tab(window, row=2)
    tab.new_proposal()
    window.settle()
    catalogue = docs.catalogue(window.db)
    assert catalogue and catalogue[0].price_kop  # the demo's SKUs, best sellers first

    def choose(dialog):
        dialog.filter.setText(catalogue[0].sku)
        assert dialog.list.count() >= 1
        dialog.accept()
        return 1

    monkeypatch.setattr(CatalogueDialog, "exec", choose)
    tab.pick_from_catalogue()
    qtbot.waitUntil(lambda: tab.items.rowCount() == 1, timeout=20_000)
    item = tab.row_item(0)
    assert (item.sku, item.price_kop, item.quantity) == (
        catalogue[0].sku,
        catalogue[0].price_kop,
        1,
    )


def test_a_price_is_read_as_the_importer_reads_money(qtbot, window):
    """One money rule: "0,125" is 12.5 kopecks, rounded half up to 13, as the importer
    has it (the card used to drop the half kopeck: 12)."""
    from core.importing.values import money as importer_money

    tab, _account = _tab(window, row=3)
    tab.new_proposal()
    window.settle()
    tab.add_item(Item("Шайба", 1, 0))
    for typed, kopecks in (("0,125", 13), ("1 495,50", 149_550), ("2.005", 201)):
        tab.items.item(0, 4).setText(typed)
        assert tab.row_item(0).price_kop == kopecks == importer_money(typed)
