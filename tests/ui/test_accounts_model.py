"""The account list model: Qt's model contract, filtering and sorting."""

from PySide6.QtCore import Qt

from core.accounts.service import AccountRow, list_accounts
from ui.accounts.model import ACCOUNT_ID_ROLE, AccountsModel


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
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["ООО Вега", "ООО Бриз", "ООО Альфа"]
    model.sort(6, Qt.SortOrder.DescendingOrder)
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
