"""The account list model: Qt's model contract, filtering and sorting."""

from datetime import date

from PySide6.QtCore import QLocale, Qt

from core.accounts.service import AccountRow, list_accounts
from ui.accounts.model import ACCOUNT_ID_ROLE, COLUMNS, AccountsModel

DAYS = COLUMNS.index("days")


def row(i, name, inn, region, manager, revenue, days):
    return AccountRow(
        id=f"id{i}",
        name=name,
        name_norm=name.lower().replace("ооо ", ""),
        inn=inn,
        kpp=None,
        industry=1,
        region=region,
        channel=None,
        manager=manager,
        revenue_kop=revenue,
        revenue_prev_kop=None,
        gross_profit_kop=None,
        orders=None,
        ltv_kop=None,
        days_since_purchase=days,
    )


ROWS = [
    row(1, "ООО Вега", "7707083893", "Москва", "Петров", 500_00, 3),
    row(2, "ООО Альфа", "5001007322", "Казань", "Иванова", 900_00, None),
    row(3, "ООО Бриз", "7801234567", "Санкт-Петербург", "Петров", None, 40),
]


def names(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, demo_db):
    model = AccountsModel("en")
    model.set_rows(list_accounts(demo_db))
    qtmodeltester.check(model)
    model.set_filter("а")
    qtmodeltester.check(model)


def test_sorted_by_name_without_the_legal_form_by_default():
    model = AccountsModel("en")
    model.set_rows(ROWS)
    assert names(model) == ["ООО Альфа", "ООО Бриз", "ООО Вега"]


def test_filter_matches_name_inn_region_and_manager_case_insensitively():
    model = AccountsModel("en")
    model.set_rows(ROWS)
    model.set_filter("петров")
    assert names(model) == ["ООО Бриз", "ООО Вега"]
    model.set_filter("500100")
    assert names(model) == ["ООО Альфа"]
    model.set_filter("санкт бриз")  # every word must match
    assert names(model) == ["ООО Бриз"]
    model.set_filter("КАЗАНЬ")
    assert names(model) == ["ООО Альфа"]
    model.set_filter("")
    assert model.rowCount() == 3 and model.total_count() == 3


def test_sort_by_revenue_and_days_keeps_empty_values_last():
    model = AccountsModel("en")
    model.set_rows(ROWS)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["ООО Альфа", "ООО Вега", "ООО Бриз"]
    model.sort(DAYS, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["ООО Вега", "ООО Бриз", "ООО Альфа"]
    model.sort(DAYS, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["ООО Бриз", "ООО Вега", "ООО Альфа"]


def test_filter_keeps_the_sort_order():
    model = AccountsModel("en")
    model.set_rows(ROWS)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    model.set_filter("ооо")
    assert names(model) == ["ООО Альфа", "ООО Вега", "ООО Бриз"]
    assert model.data(model.index(0, 0), ACCOUNT_ID_ROLE) == "id2"
    assert model.account_id(2) == "id3"


def test_money_is_shown_in_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    model = AccountsModel("ru")
    model.set_rows([row(1, "ООО Вега", None, None, None, 1_234_567_00, 3)])
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        assert model.data(model.index(0, 5)) == "1\u00a0234\u00a0567"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert model.data(model.index(0, 5)) == "1,234,567"


LABELS = {
    "id1": {"abc": "A", "xyz": "X", "behaviour": "falling", "lifecycle": "reengage",
            "bcg_strategy": "harvest", "bant": 9, "progress_level": 3.5},
    "id2": {"abc": "C", "xyz": "Z", "behaviour": "stable", "lifecycle": "refresh",
            "bcg_strategy": "strengthen", "bant": 4, "progress_level": None},
    "id3": {"abc": None, "xyz": None, "behaviour": "lost", "lifecycle": "reengage",
            "bcg_strategy": None, "bant": None, "progress_level": 2.0},
}  # fmt: skip


def test_the_label_columns_show_bant_strategy_progress_and_decision_maker_contact():
    model = AccountsModel("en")
    rows = [
        row(1, "ООО Вега", None, None, "Петров", 1, 3),
        row(2, "ООО Альфа", None, None, "Иванова", 2, 3),
        row(3, "ООО Бриз", None, None, "Петров", 3, 3),
    ]
    model.set_rows(rows)
    model.set_labels(LABELS)
    model.set_meetings({"id1": (True, date(2026, 3, 5)), "id2": (True, None)})

    def cell(account, column):
        r = [model.account_id(i) for i in range(model.rowCount())].index(account)
        return model.data(model.index(r, COLUMNS.index(column)))

    assert cell("id1", "abc") == "AX"
    assert cell("id1", "bcg_strategy") == "Harvest"
    assert cell("id2", "bcg_strategy") == "Strengthen"
    assert cell("id1", "lifecycle") == "Re-engage"
    assert cell("id1", "bant") == "9"
    assert cell("id1", "progress_level") == "3.5"
    assert cell("id2", "progress_level") == ""
    assert cell("id1", "dm_contact") == QLocale().toString(
        date(2026, 3, 5), QLocale.FormatType.ShortFormat
    )
    assert cell("id2", "dm_contact") == ""  # an ЛПР, never met
    assert cell("id3", "dm_contact") == "—"  # no ЛПР at all
    model.sort(COLUMNS.index("bcg_strategy"), Qt.SortOrder.AscendingOrder)
    assert [model.account_id(i) for i in range(3)] == ["id2", "id1", "id3"]  # no strategy last
    model.sort(COLUMNS.index("bant"), Qt.SortOrder.DescendingOrder)
    assert [model.account_id(i) for i in range(3)] == ["id1", "id2", "id3"]


def test_the_risk_column_shows_the_churn_risk_with_its_reasons_in_the_tooltip():
    from core.messages import say

    model = AccountsModel("en")
    model.set_rows([row(1, "ООО Вега", None, None, "Петров", 1, 3),
                    row(2, "ООО Альфа", None, None, "Иванова", 2, 3)])  # fmt: skip
    reason = say("churn_gap", "no order for {days} days, usually every {gap}", days=74, gap=21)
    model.set_labels({"id1": {"churn_risk": 0.62, "churn_reasons": [reason]},
                      "id2": {"churn_risk": None, "churn_reasons": []}})  # fmt: skip
    column = COLUMNS.index("churn_risk")
    r1 = [model.account_id(i) for i in range(2)].index("id1")
    shown = model.data(model.index(r1, column))
    assert shown.replace("\u00a0", " ").replace(" ", "") == "62%"
    tip = model.data(model.index(r1, column), Qt.ItemDataRole.ToolTipRole)
    assert tip == "no order for 74 days, usually every 21"
    assert model.data(model.index(1 - r1, column)) == ""
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.account_id(i) for i in range(2)] == ["id1", "id2"]  # not scored last


def test_standard_views_and_the_filter_text_combine():
    model = AccountsModel("en")
    rows = [
        row(1, "ООО Вега", None, "Москва", "Петров", 1, 3),
        row(2, "ООО Альфа", None, "Казань", "Иванова", 2, 3),
        row(3, "ООО Бриз", None, "Москва", " петров ", 3, 3),
    ]
    model.set_rows(rows)
    model.set_labels(LABELS)
    model.set_meetings({"id1": (True, date(2026, 10, 1)), "id2": (True, date(2026, 1, 10))})
    today = date(2026, 11, 22)
    model.set_view("falling_lost", today=today)
    assert names(model) == ["ООО Бриз", "ООО Вега"]
    model.set_view("qualified", today=today)
    assert names(model) == ["ООО Вега"]
    # 1 Oct is 52 days before 22 Nov; 10 Jan is 316 days; Бриз has no ЛПР
    model.set_view("no_decision_maker_contact", today=today)
    assert names(model) == ["ООО Альфа", "ООО Бриз"]
    model.set_view("mine", "Петров", today=today)
    assert names(model) == ["ООО Бриз", "ООО Вега"]
    model.set_filter("бриз")
    assert names(model) == ["ООО Бриз"]
    model.set_view("mine", None, today=today)  # no name given: nobody is "mine"
    assert names(model) == []
    model.set_view("all")
    assert names(model) == ["ООО Бриз"]


def test_the_list_filters_by_lead_source_in_either_language():
    from dataclasses import replace

    model = AccountsModel("ru")
    rows = [replace(row(1, "ООО Вега", None, None, None, 1, 3), lead_source="event"),
            replace(row(2, "ООО Альфа", None, None, None, 2, 3), lead_source="website"),
            row(3, "ООО Бриз", None, None, None, 3, 3)]  # fmt: skip
    model.set_rows(rows)
    for text, expected in (("источник:мероприятие", ["id1"]), ("source:website", ["id2"]),
                           ("source:", ["id1", "id2"])):  # fmt: skip
        model.set_filter(text)
        assert sorted(model.account_id(i) for i in range(model.rowCount())) == expected, text
