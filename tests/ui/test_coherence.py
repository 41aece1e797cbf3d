"""One coherent application: every screen shows the current truth, and the window never
waits on the database. Each test is a defect a user saw before the serial executor and
the change hub (issue "One coherent application")."""

from __future__ import annotations

import ast
import itertools
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from sqlalchemy import event

from core.accounts import workspace as ws
from core.database import open_database
from tests.locks import hold_write_lock, release
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _wait_labels(qtbot, win) -> None:
    """Until the labels of the data as it is now are computed and shown."""
    qtbot.waitUntil(lambda: win.derived.current and win.background.idle(), timeout=60_000)
    win.settle()


def _add_contact(win, card, name: str, decision_maker: bool = False) -> None:
    """Add a contact through the Contacts tab's dialog, as the user would."""
    from ui.account_card.records import RecordDialog

    def fill(dialog):
        dialog.widgets["name"].setText(name)
        dialog.widgets["is_decision_maker"].setChecked(decision_maker)
        dialog._accept()
        win.settle()  # the save runs on the executor; the dialog closes when it landed
        return dialog.result()

    RecordDialog.exec = fill  # type: ignore[method-assign]
    try:
        card.contacts.add()
    finally:
        del RecordDialog.exec
    win.settle()


def _open(win, account_id: str):
    win.open_account(account_id)
    win.settle()
    return win.card


def test_the_ui_reaches_no_storage_and_no_sqlalchemy():
    """The layering of DESIGN.md: ``ui`` names no ORM class and never reaches for the
    engine: it hands core the ``Database`` and plain values."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("storage", "sqlalchemy"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
            if isinstance(node, ast.Attribute) and node.attr == "engine":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: .engine")
    assert offenders == []


def test_no_database_call_runs_on_the_gui_thread(qtbot, window):
    """Open a card, walk every tab, edit, add a contact, visit every screen: every
    statement the window sends to the database runs off the GUI thread."""

    on_gui: list[str] = []
    gui = threading.main_thread()

    def record(_conn, _cursor, statement, *_args):
        if threading.current_thread() is gui:
            on_gui.append(statement[:80])

    engine = window.db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        card = _open(window, window.accounts.model.account_id(0))
        for i in range(card.tabs.count()):
            card.tabs.setCurrentIndex(i)
            window.settle()
        region = card.fields.editors["region"]
        region.setText("Тверь")
        region.editingFinished.emit()

        _add_contact(window, card, "Зайцева Ольга")
        window.close_card()
        for screen in ("analytics", "dashboard", "questions", "proposals", "settings"):
            window.show_screen(screen)
            window.settle()
        qtbot.waitUntil(lambda: window.background.idle(), timeout=60_000)
        window.settle()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert on_gui == []


def test_labels_follow_the_demo_created_from_the_welcome_screen(qtbot, tmp_path, settings):
    """Before: "falling and lost" showed 0 of the demo's accounts until Analytics was
    opened. Now the labels are computed after the demo without opening it."""
    from core.analytics.service import analyse
    from core.demo import DemoOptions

    db = open_database(str(tmp_path / "empty.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.demo_options = DemoOptions(accounts=60, lines=2400, seed=5, end=date(2026, 6, 30))
    win.show()
    win.settle()
    assert win.stack.currentWidget() is win.welcome
    win.create_demo()
    qtbot.waitUntil(lambda: win.worker is None, timeout=60_000)
    win.accounts.choose_view("falling_lost")
    _wait_labels(qtbot, win)
    assert win.analytics.analysis is None  # Analytics was never opened
    labels = analyse(db.engine).labels  # the core's own labels of this data
    expected = {a for a, lab in labels.items() if lab.get("behaviour") in ("falling", "lost")}
    shown = {win.accounts.model.account_id(r) for r in range(win.accounts.model.rowCount())}
    assert expected and shown == expected
    assert "computing" not in win.accounts.count_label.text()
    db.close()


def test_a_view_on_labels_says_it_is_computing_until_they_come(qtbot, window):
    screen = window.accounts
    _wait_labels(qtbot, window)
    screen.choose_view("qualified")
    model = screen.model
    shown = {model.account_id(r) for r in range(model.rowCount())}
    qualified = len(shown)  # the demo's BANT scores of 9 and more
    assert 0 < qualified < 120 and screen.count_label.text() == f"{qualified} of 120 accounts"
    account_id = next(a.id for a in model.rows() if a.id not in shown)
    seen = []
    window.ops.submit(
        ws.record_bant, account_id, ws.Bant(3, 3, 3, 1), {},
        done=lambda _r: seen.append(screen.count_label.text()),
    )  # fmt: skip
    window.settle()
    assert seen == ["computing labels…"]  # the labels are out of date: it says so
    _wait_labels(qtbot, window)
    assert screen.count_label.text() == f"{qualified + 1} of 120 accounts"
    assert account_id in {model.account_id(r) for r in range(model.rowCount())}


def test_an_open_card_follows_a_new_decision_maker(qtbot, window):
    """Before: after marking a contact ЛПР and logging a visit, the Scoring tab still
    said "no ЛПР among the contacts", and the proposal kept the old strategy's limit."""

    _wait_labels(qtbot, window)
    scores = window.derived.analysis.scores
    account_id = next(
        a
        for a in window.accounts.model.rows()
        if (s := scores.suggestions(a.id).get("decision_maker_contact")) is not None
        and s.reason.code == "dm_none"
    ).id
    card = _open(window, account_id)
    before = card.scoring.suggestions["decision_maker_contact"]
    assert before.reason.code == "dm_none"
    assert "no ЛПР among the contacts" in card.scoring.factors.item(4, 2).text()

    _add_contact(window, card, "Никитина Юлия", decision_maker=True)
    contact = next(c["id"] for c in card.contacts.records if c["name"] == "Никитина Юлия")
    window.ops.submit(
        ws.save_record,
        "activity",
        account_id,
        {"date": date.today(), "type": "visit", "contact_id": contact,
         "next_step": "Отправить КП", "next_step_date": date(2030, 1, 15)},
    )  # fmt: skip
    window.settle()
    _wait_labels(qtbot, window)
    after = card.scoring.suggestions["decision_maker_contact"]
    assert after.reason.code == "dm_recent" and after.score is not None
    assert "ЛПР met today" in card.scoring.factors.item(4, 2).text()  # not "0 days ago"
    assert card.proposal.strategy == window.derived.strategy(account_id)
    assert card.proposal.strategy == window.derived.analysis.labels[account_id]["bcg_strategy"]
    from ui.formatting import day

    summary = card.summary.text()
    assert f"Отправить КП {day(date(2030, 1, 15))}" in summary  # the new next step
    assert day(date.today()) in summary  # the meeting with the ЛПР


def test_a_drill_down_is_not_filtered_a_second_time(qtbot, window):
    """Before: the header said 299 accounts, the list showed 6 (the saved view and the
    filter text of the Accounts screen applied again)."""
    screen = window.accounts
    screen.choose_view("qualified")  # no account is qualified in the demo
    screen.filter_box.setText("ООО")
    ids = [screen.model.rows()[i].id for i in range(0, 120, 3)]
    window._drill_down(ids, "K1_M1_L1")
    assert screen.model.rowCount() == len(ids) == 40
    assert "40 accounts" in screen.subset_label.text()


def test_the_dashboard_follows_an_import_of_old_data(qtbot, tmp_path, settings):
    """Before: after an import it still said there were no clients, on the current
    quarter, when the data ended years earlier."""
    from core.demo import DemoOptions

    db = open_database(str(tmp_path / "empty.db"))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()
    win.show_screen("dashboard")
    qtbot.waitUntil(lambda: win.dashboard.panel is not None, timeout=30_000)
    assert "no accounts yet" in win.dashboard.period_label.text()
    win.demo_options = DemoOptions(accounts=40, lines=1500, seed=3, end=date(2021, 5, 31))
    win.show_screen("accounts")
    win.create_demo()
    qtbot.waitUntil(lambda: win.worker is None, timeout=60_000)
    win.show_screen("dashboard")
    qtbot.waitUntil(
        lambda: win.dashboard.panel is not None and win.dashboard.panel.period.label == "2021-Q2",
        timeout=30_000,
    )
    assert "no accounts yet" not in win.dashboard.period_label.text()
    assert win.dashboard.panel.figures["plan"].fact > 0  # May 2021's revenue
    db.close()


def test_switching_the_language_with_a_card_open_keeps_what_was_typed(qtbot, window):
    """Before: RuntimeError "Internal C++ object (QTimer) already deleted"; no account
    opened again until restart, and the notes being typed were lost."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import LanguageManager

    first = window.accounts.model.account_id(0)
    card = _open(window, first)
    card.tabs.setCurrentIndex(3)
    card.fields.editors["notes"].setPlainText("Позвонить до выставки")  # timer pending
    manager = LanguageManager(QApplication.instance())
    try:
        assert manager.apply("ru")
        window.retranslate("ru")
        window.settle()
        assert window.card is not None and window.card.account_id == first
        assert window.card.tabs.currentIndex() == 3
        assert window.card.tabs.tabText(0) == "Обзор"
        assert ws.account_values(window.db, first)["notes"] == "Позвонить до выставки"
        other = window.accounts.model.account_id(1)
        window.open_account(other)
        window.settle()
        assert window.card.account_id == other
    finally:
        manager.apply("en")


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setenv("FIELDBOOK_BUSY_TIMEOUT_MS", "1500")


@pytest.mark.alone
def test_a_write_locked_by_another_process_freezes_nothing_and_is_retried(
    qtbot, short_busy_timeout, demo_db_file, tmp_path, settings
):
    """Another process holds the write lock (BEGIN IMMEDIATE): a save in the card waits
    off the GUI thread, then the user is told in one sentence and offered Retry; after
    the lock is gone, Retry saves it."""
    import shutil

    copy = tmp_path / "locked.db"
    shutil.copy(demo_db_file, copy)
    db = open_database(str(copy))  # opened after the variable is set: a short wait
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()
    account_id = win.accounts.model.account_id(0)
    card = _open(win, account_id)
    holder = hold_write_lock(f"sqlite:///{copy}")
    try:
        beats: list[float] = []
        heart = QTimer()
        heart.timeout.connect(lambda: beats.append(time.monotonic()))
        heart.start(20)
        region = card.fields.editors["region"]
        region.setText("Вологда")
        started = time.monotonic()
        region.editingFinished.emit()
        assert time.monotonic() - started < 0.1  # the save did not wait here
        qtbot.waitUntil(lambda: win._busy_box is not None, timeout=15_000)
        heart.stop()
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        assert beats and max(gaps) < 0.25  # the window kept answering while it waited
        assert win.last_failure == (
            "The database is busy: another program or a colleague is writing to it."
        )
        assert ws.account_values(db, account_id)["region"] != "Вологда"
    finally:
        release(holder)  # the other process lets go of the lock
    box = win._busy_box
    assert box is not None
    box.done(int(box.StandardButton.Retry))  # the user presses Retry
    win.settle()
    assert ws.account_values(db, account_id)["region"] == "Вологда"
    win.close()
    db.close()


def test_a_refused_record_keeps_the_dialog_and_what_was_typed(qtbot, window):
    """A validation error of core comes back through the executor as the exception
    object, and the dialog shows it in the user's language."""
    from ui.account_card.records import RecordDialog

    card = _open(window, window.accounts.model.account_id(2))
    seen = []

    def refuse(dialog):
        dialog.widgets["title"].setText("  ")
        dialog._accept()
        window.settle()
        seen.append((dialog.error.text(), dialog.result()))
        return QDialog.DialogCode.Rejected

    RecordDialog.exec = refuse  # type: ignore[method-assign]
    try:
        card.opportunities.add()
    finally:
        del RecordDialog.exec
    assert seen == [("An opportunity needs a title.", 0)]


def test_the_selected_account_stays_selected_when_the_labels_arrive(qtbot, window):
    screen = window.accounts
    _wait_labels(qtbot, window)
    screen.model.sort(5)  # by revenue: the labels do not move the rows
    screen.table.setCurrentIndex(screen.model.index(10, 0))
    chosen = screen.model.account_id(10)
    screen.set_labels(window.derived.analysis.labels, window.derived.search)
    assert screen.model.account_id(screen.table.currentIndex().row()) == chosen
    screen.set_rows(screen.model.rows())
    assert screen.model.account_id(screen.table.currentIndex().row()) == chosen


@pytest.fixture
def account_reads(monkeypatch) -> list[object]:
    """The ids of each reading of the account list from now on (None: the whole list)."""
    import ui.main_window as main_window

    reads: list[object] = []
    real = main_window.list_accounts

    def counted(db, ids=None):
        reads.append(ids)
        return real(db, ids)

    monkeypatch.setattr(main_window, "list_accounts", counted)
    return reads


def test_saving_an_accounts_field_reads_its_row_not_the_whole_list(qtbot, window, account_reads):
    """20,000 rows were read again after every field saved in a card; now the saved
    account's row is, and the list shows its new value."""
    from core.accounts import workspace as ws

    reads = account_reads
    account_id = window.accounts.model.account_id(3)
    version = ws.account_values(window.db, account_id)["version"]
    window.ops.submit(ws.update_account, account_id, version, {"region": "Чукотка"})
    window.settle()
    assert reads == [frozenset({account_id})]  # one row read, not the list
    model = window.accounts.model
    row = next(r for r in model.rows() if r.id == account_id)
    assert row.region == "Чукотка"
    window.accounts.filter_box.setText("чукотка")  # searchable at once
    assert [model.account_id(r) for r in range(model.rowCount())] == [account_id]
    # a new account is not among the rows: the whole list is read
    window.ops.submit(ws.create_account, {"name": "ООО «Новое»"})
    window.settle()
    assert reads[-1] is None


def test_a_field_saved_in_the_card_reads_its_row_not_the_whole_list(qtbot, window, account_reads):
    """The card's own save said it changed accounts without saying which: each field
    saved in a card read all 20,000 rows again (and made the window stall)."""
    account_id = window.accounts.model.account_id(5)
    card = _open(window, account_id)
    account_reads.clear()  # what the card's opening read
    reads = account_reads
    region = card.fields.editors["region"]
    region.setText("Чукотка")
    region.editingFinished.emit()
    window.settle()
    assert reads == [frozenset({account_id})]
    row = next(r for r in window.accounts.model.rows() if r.id == account_id)
    assert row.region == "Чукотка"


def test_a_manager_renamed_in_the_card_reaches_todays_choice_of_managers(qtbot, window):
    """The card's save reads only its row again: Today's list of managers (made from the
    whole list) must still follow a manager typed in a card."""
    account_id = window.accounts.model.account_id(2)
    card = _open(window, account_id)
    manager = card.fields.editors["manager"]
    manager.setText("Новикова Зоя Петровна")
    manager.editingFinished.emit()
    window.settle()
    who = window.today.who
    names = [who.itemText(i) for i in range(who.count())]
    assert "Новикова Зоя Петровна" in names
