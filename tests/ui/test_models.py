"""Every table model of the window passes pytest-qt's model tester (qutebrowser's
habit), in each state the screens put it in."""

from __future__ import annotations

from datetime import date

from core.accounts.service import list_accounts
from core.analytics.service import analyse
from ui.accounts.model import AccountsModel
from ui.analytics.model import SegmentTableModel


def test_the_account_model_in_every_state(qtmodeltester, demo_db):
    analysis = analyse(demo_db.engine)
    rows = list_accounts(demo_db)
    model = AccountsModel("en")
    qtmodeltester.check(model)  # empty, before the list is read
    model.set_rows(rows)
    model.set_labels(analysis.labels)
    qtmodeltester.check(model)
    model.set_meetings({rows[0].id: (True, date(2026, 9, 1)), rows[1].id: (True, None)})
    for view in ("mine", "falling_lost", "no_decision_maker_contact", "qualified", "all"):
        model.set_view(view, rows[0].manager)
        qtmodeltester.check(model)
    model.set_filter("behaviour:lost")
    qtmodeltester.check(model)
    model.set_subset([r.id for r in rows[:7]])
    qtmodeltester.check(model)
    model.set_subset(None)
    model.set_filter("")
    for column in range(model.columnCount()):
        model.sort(column)
    qtmodeltester.check(model)


def test_the_segment_table_model_on_every_table(qtmodeltester, demo_db):
    analysis = analyse(demo_db.engine)
    model = SegmentTableModel()
    qtmodeltester.check(model)  # no table yet
    for table in analysis.tables.values():
        model.set_table(table)
        qtmodeltester.check(model)
    model.set_table(None)
    qtmodeltester.check(model)


def test_label_filters_work_in_russian_too(demo_db):
    """«поведение:потерянные» finds what behaviour:lost does (it found 0 before)."""
    analysis = analyse(demo_db.engine)
    rows = list_accounts(demo_db)
    model = AccountsModel("ru")
    model.set_rows(rows)
    model.set_labels(analysis.labels)
    from collections import Counter

    from ui.accounts.model import RU_VALUES

    lost = sum(1 for own in analysis.labels.values() if own.get("behaviour") == "lost")
    strategies = Counter(own.get("bcg_strategy") for own in analysis.labels.values())
    strategy, count = next((s, n) for s, n in strategies.most_common() if s)
    assert lost > 0 and count > 0
    for text, expected in (
        ("behaviour:lost", lost),
        ("поведение:потерянные", lost),
        ("ПОВЕДЕНИЕ:ПОТЕРЯННЫЕ", lost),
        (f"стратегия:{RU_VALUES['bcg_strategy'][strategy]}", count),
        (f"bcg_strategy:{strategy}", count),
    ):
        model.set_filter(text)
        assert model.rowCount() == expected, text
