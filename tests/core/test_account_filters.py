"""The account list's standard views and the user's saved filters, by hand."""

from datetime import date

import pytest

from core.accounts.filters import (
    SavedFilter,
    dump_saved,
    load_saved,
    managers,
    matches,
    with_saved,
)
from core.accounts.service import AccountRow

TODAY = date(2026, 11, 22)


def account(manager=None):
    return AccountRow(
        id="a", name="ООО Вега", name_norm="вега", inn=None, kpp=None, industry=None,
        region=None, channel=None, manager=manager, revenue_kop=None, revenue_prev_kop=None,
        gross_profit_kop=None, orders=None, ltv_kop=None, days_since_purchase=None,
    )  # fmt: skip


def test_mine_compares_names_ignoring_case_spaces_and_yo():
    assert matches("mine", account("Алёшин  Пётр"), {}, TODAY, "алешин петр")
    assert not matches("mine", account("Алёшин Пётр"), {}, TODAY, "Петров")
    assert not matches("mine", account(None), {}, TODAY, "")
    assert not matches("mine", account("Петров"), {}, TODAY, None)


def test_falling_and_lost():
    assert matches("falling_lost", account(), {"behaviour": "falling"}, TODAY)
    assert matches("falling_lost", account(), {"behaviour": "lost"}, TODAY)
    assert not matches("falling_lost", account(), {"behaviour": "dormant"}, TODAY)
    assert not matches("falling_lost", account(), {}, TODAY)


def test_no_decision_maker_contact_for_90_days():
    # 22 Nov 2026 − 90 days = 24 Aug 2026: a meeting on that day is within the 90 days
    def no_contact(meeting):
        return matches("no_decision_maker_contact", account(), {}, TODAY, None, meeting)

    assert not no_contact((True, date(2026, 8, 24)))
    assert no_contact((True, date(2026, 8, 23)))
    assert no_contact((True, None))  # an ЛПР, never met
    assert no_contact((False, None))  # no ЛПР at all


def test_qualified_is_bant_nine_or_more():
    assert matches("qualified", account(), {"bant": 9}, TODAY)
    assert matches("qualified", account(), {"bant": 12}, TODAY)
    assert not matches("qualified", account(), {"bant": 8}, TODAY)
    assert not matches("qualified", account(), {"bant": None}, TODAY)


def test_all_and_an_unknown_view():
    assert matches("all", account(), {}, TODAY)
    with pytest.raises(ValueError):
        matches("favourites", account(), {}, TODAY)


def test_saved_filters_round_trip_and_replace_by_name():
    saved = with_saved([], SavedFilter("Москва, падающие", "falling_lost", "москва"))
    saved = with_saved(saved, SavedFilter("Мои", "mine", ""))
    saved = with_saved(saved, SavedFilter("мои", "qualified", "abc:a"))  # same name
    assert load_saved(dump_saved(saved)) == [
        SavedFilter("Москва, падающие", "falling_lost", "москва"),
        SavedFilter("мои", "qualified", "abc:a"),
    ]


def test_unreadable_saved_filters_are_skipped():
    assert load_saved("not json") == []
    assert load_saved('{"name": "x"}') == []
    assert load_saved('[{"name": ""}, {"name": "A", "view": "bogus"}, 5]') == [
        SavedFilter("A", "all", "")
    ]


def test_managers_are_listed_once_each():
    rows = [account("Петров "), account("петров"), account(None), account("Иванова")]
    assert managers(rows) == ["Иванова", "Петров"]
