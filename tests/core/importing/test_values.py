"""Cell values as 1C, Bitrix24 and hand-made files hold them (issue 3, rule 5)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.importing import values as v


@pytest.mark.parametrize(
    ("raw", "kop"),
    [
        ("14 443 081,40", 1_444_308_140),
        ("14\u00a0443\u00a0081,40", 1_444_308_140),  # non-breaking spaces
        ("14\u202f443\u202f081,40", 1_444_308_140),  # narrow no-break spaces
        ("1,234.50", 123_450),
        ("1.234,50", 123_450),
        ("1 234.5", 123_450),
        ("100 р.", 10_000),
        ("100 руб.", 10_000),
        ("2 500 ₽", 250_000),
        ("£3.50", 350),
        ("-5,25", -525),
        ("−5,25", -525),  # typographic minus
        ("(100,00)", -10_000),
        ("1 234,00-", -123_400),  # 1C's trailing minus
        (14443081.4, 1_444_308_140),
        (7, 700),
        ("0,005", 1),  # half a kopeck rounds up
    ],
)
def test_money(raw: object, kop: int) -> None:
    assert v.money(raw) == kop


@pytest.mark.parametrize("raw", ["abc", "1,2,3.4.5", "12 кг", "--5"])
def test_not_a_number(raw: str) -> None:
    with pytest.raises(v.ValueProblem, match="not a number"):
        v.money(raw)


def test_empty_cells_are_none() -> None:
    assert v.money("") is None
    assert v.money("   ") is None
    assert v.number(None) is None
    assert v.date_value("") is None


def test_formula_error_is_a_problem() -> None:
    with pytest.raises(v.ValueProblem, match="#DIV/0!"):
        v.money("#DIV/0!")
    with pytest.raises(v.ValueProblem, match="#N/A"):
        v.text("#N/A")


@pytest.mark.parametrize(
    ("raw", "share"),
    [("34%", 0.34), ("34 %", 0.34), (0.34, 0.34), (34, 0.34), ("12,5%", 0.125), ("0", 0.0)],
)
def test_share(raw: object, share: float) -> None:
    assert v.share(raw) == pytest.approx(share)


def test_percent_number() -> None:
    assert v.number("12%") == pytest.approx(0.12)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        (date(2024, 1, 5), date(2024, 1, 5)),
        (datetime(2024, 1, 5, 10, 30), date(2024, 1, 5)),
        (45296.0, date(2024, 1, 5)),  # Excel serial: 1899-12-30 + 45296 days
        ("45296", date(2024, 1, 5)),
        ("05.01.2024", date(2024, 1, 5)),
        ("5.1.2024", date(2024, 1, 5)),
        ("05.01.24", date(2024, 1, 5)),
        ("05.01.98", date(1998, 1, 5)),
        ("2024-01-05", date(2024, 1, 5)),
        ("2024-01-05 10:30", date(2024, 1, 5)),
        ("05.01.2024 10:30:15", date(2024, 1, 5)),
        ("2024-01-05T10:30:00", date(2024, 1, 5)),
    ],
)
def test_dates(raw: object, day: date) -> None:
    assert v.date_value(raw) == day


@pytest.mark.parametrize("raw", ["31.02.2024", "завтра", "2024/13/45", 12.0])
def test_not_a_date(raw: object) -> None:
    with pytest.raises(v.ValueProblem):
        v.date_value(raw)


def test_months() -> None:
    assert v.month("03.2026") == date(2026, 3, 1)
    assert v.month("2026-03") == date(2026, 3, 1)
    assert v.month("Март 2026") == date(2026, 3, 1)
    assert v.month("май 2026") == date(2026, 5, 1)
    assert v.month(date(2026, 3, 17)) == date(2026, 3, 1)


def test_inn_padding_and_checksum() -> None:
    # Excel turned 0274062111 into the number 274062111: the lost zero comes back.
    assert v.inn(274062111.0) == "0274062111"
    assert v.inn("274062111") == "0274062111"
    assert v.inn("7707083893") == "7707083893"
    assert v.inn(" 7707 083 893 ") == "7707083893"
    assert v.inn("500100732259") == "500100732259"  # 12 digits, both check digits right
    with pytest.raises(v.ValueProblem, match="checksum"):
        v.inn("7707083894")  # last digit changed
    with pytest.raises(v.ValueProblem, match="checksum"):
        v.inn("500100732250")
    with pytest.raises(v.ValueProblem, match="10 or 12 digits"):
        v.inn("12345")
    with pytest.raises(v.ValueProblem, match="10 or 12 digits"):
        v.inn("77070838AB")


def test_kpp() -> None:
    assert v.kpp("773601001") == "773601001"
    assert v.kpp(23601001.0) == "023601001"
    assert v.kpp("7736AB001") == "7736AB001"
    with pytest.raises(v.ValueProblem, match="KPP"):
        v.kpp("7736")
    with pytest.raises(v.ValueProblem, match="KPP"):
        v.kpp("7736010011")


def test_codes_from_numbers_lose_the_point_zero() -> None:
    assert v.text(17850.0) == "17850"
    assert v.text("  Ромашка ") == "Ромашка"
    assert v.text(2.5) == "2.5"


def test_choices() -> None:
    assert v.market(4) == 4
    assert v.market("FMCG") == 12
    assert v.market("Сельское хозяйство") == 11
    assert v.size("Крупный") == "large"
    assert v.status("Потенциальный клиент") == "prospect"
    assert v.buying_role("Технический покупатель") == "technical"
    assert v.flag("да") is True
    assert v.flag("нет") is False
    with pytest.raises(v.ValueProblem):
        v.market("Космос")
    with pytest.raises(v.ValueProblem):
        v.nps(11)


def test_quantity_times_price_in_kopecks_rounded_half_up() -> None:
    assert v.kop_of(3.0, 1_999) == 5_997  # a whole quantity: exact
    assert v.kop_of(-2.0, 150) == -300  # a return
    assert v.kop_of(1.5, 333) == 500  # 499.5 → 500
    assert v.kop_of(0.1, 5) == 1  # 0.5 → 1, not the float's 0.5000000000000001 or 0.49…
    assert v.kop_of(2.675, 100) == 268  # 267.5 as written, though the float is 2.67499…
