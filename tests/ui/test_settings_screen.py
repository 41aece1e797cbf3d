"""The Settings screen: the discount policy and the thresholds, saved as the user types."""

from core import company_settings as cs
from core.analytics.service import data_key


def test_a_discount_typed_in_settings_is_kept(qtbot, window):
    screen = window.settings_screen
    window.show_screen("settings")
    screen.tabs.setCurrentIndex(screen.tabs.indexOf(screen.discount_boxes["invest"].parentWidget()))
    assert screen.discount_boxes["invest"].value() == 12.0
    screen.discount_boxes["invest"].setValue(14.5)
    window.settle()
    assert cs.discount_policy(window.db)["invest"] == 0.145
    screen.reset_discounts()
    window.settle()
    assert screen.discount_boxes["invest"].value() == 12.0
    assert cs.discount_policy(window.db)["invest"] == 0.12


def test_thresholds_save_after_typing_and_an_inconsistent_set_is_refused(qtbot, window):
    screen = window.settings_screen
    before = data_key(window.db.engine)
    with qtbot.waitSignal(screen.thresholds_changed, timeout=3000):
        screen.threshold_boxes["top_n"].setValue(10)  # saved after a short pause
    window.settle()
    assert cs.thresholds(window.db).top_n == 10
    assert data_key(window.db.engine) != before  # the analysis will be computed again

    screen.threshold_boxes["abc_a"].setValue(97)  # above B's 95 %
    assert not screen.save_thresholds()
    assert "must be below" in screen.threshold_status.text()
    assert "group B" in screen.threshold_status.text()
    assert cs.thresholds(window.db).abc_a == 0.80
    screen.reset_thresholds()
    window.settle()
    assert screen.threshold_boxes["abc_a"].value() == 80
    assert cs.thresholds(window.db).top_n == 8


def test_a_threshold_waiting_to_be_saved_is_saved_when_the_window_closes(qtbot, window):
    window.settings_screen.threshold_boxes["new_days"].setValue(60)
    window.close()  # the pending save is made, and lands, before the window goes
    assert cs.thresholds(window.db).new_days == 60


def test_vat_and_the_company_template(qtbot, window, tmp_path):
    from core.selling import proposal_docs as docs

    screen = window.settings_screen
    assert screen.vat.value() == 22  # the standard rate since 1 January 2026
    screen.vat.setValue(10)
    window.settle()
    assert docs.vat_rate(window.db) == 0.10
    broken = tmp_path / "broken.docx"
    broken.write_text("not a document")
    screen.choose_template(str(broken))
    window.settle()
    assert "cannot be used" in screen.proposal_status.text()
    assert docs.template_path(window.db) == docs.TEMPLATE
    own = tmp_path / "ours.docx"
    own.write_bytes(docs.TEMPLATE.read_bytes())
    screen.choose_template(str(own))
    window.settle()
    assert screen.proposal_status.text() == "Saved."
    assert docs.template_path(window.db) == own and str(own) in screen.template_label.text()
    screen.choose_template("")
    window.settle()
    assert docs.template_path(window.db) == docs.TEMPLATE


def test_the_proposals_screen_opens_a_proposal_in_its_card(qtbot, window):
    from core.selling import proposal_docs as docs

    account_id = window.accounts.model.account_id(4)
    before = docs.list_proposals(window.db)  # the demo's
    pid = docs.create_proposal(window.db, account_id)
    window.show_screen("proposals")
    window.settle()
    screen = window.proposals
    assert screen.table.rowCount() == len(before) + 1
    number = next(p["number"] for p in docs.list_proposals(window.db) if p["id"] == pid)
    assert screen.table.item(0, 0).text() == number  # the newest first
    screen.table.selectRow(0)
    screen.table.setFocus()
    from PySide6.QtCore import Qt

    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    window.settle()
    assert window.card is not None and window.card.account_id == account_id
    assert window.card.current_tab() == "proposal"
    assert window.card.proposal.proposal_id == pid


def test_the_company_profile_is_saved_and_a_wrong_value_named(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from core.company import company_profile

    screen = window.settings_screen
    window.show_screen("settings")
    page = screen.company
    screen.tabs.setCurrentWidget(page)
    window.settle()
    page.edits["name"].setText("ООО «Северный поток»")
    page.edits["inn"].setText("7707083894")  # the check digit is 3
    page.save()
    window.settle()
    assert "The INN is not valid" in page.status.text()
    assert company_profile(window.db)["name"] == "ООО «ПолимерСнаб»"  # the demo's: kept
    page.edits["inn"].setText("7707083893")
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    page.choose_logo(str(logo))
    page.save()
    window.settle()
    stored = company_profile(window.db)
    assert (stored["name"], stored["inn"]) == ("ООО «Северный поток»", "7707083893")
    assert stored["logo"] and page.status.text() == "Saved."
    assert not page.logo.pixmap().isNull()
