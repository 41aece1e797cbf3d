"""Discounts in the sales history (METHODS.md §11) on a hand-worked fixture, imported
from files as a user would (the discount in money, a list price, a discount per cent),
on both engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from core.analytics import discounts as D
from core.analytics.dataset import load_dataset
from core.analytics.segments import segment, to_json
from core.database import open_database
from core.importing import ImportSession
from core.selling.discount import DEFAULT_MAX_DISCOUNT

AS_OF = date(2026, 6, 30)  # a month end: the window is July 2025 – June 2026

HEADER = "Дата;Контрагент;Номер;Артикул;Группа;Количество;Сумма;Скидка;Цена по прайсу;Скидка, %"
SALES = (
    HEADER
    + """;Менеджер
01.03.2026;ООО Альфа;Д-1;A1;Болты;10;9000;1000;;;Петров
01.03.2026;ООО Альфа;Д-1;A2;Гайки;1;4000;;;;Петров
01.04.2026;ООО Бета;Д-2;B1;Болты;4;8800;;2500;;Иванова
01.05.2026;ООО Бета;Д-3;B2;Гайки;1;18000;;;10%;Иванова
10.06.2026;ООО Гамма;;C1;Болты;1;950;50;;;Петров
10.06.2026;ООО Гамма;;C2;Болты;1;900;;;10;Петров
05.03.2026;ООО Альфа;В-1;A1;Болты;-1;-1000;100;;;Петров
15.06.2025;ООО Альфа;Д-0;A1;Болты;1;5000;5000;;;Петров
"""
)
RECEIVABLES = """Контрагент;Документ;Сумма;Срок оплаты;Дата оплаты
ООО Альфа;С-1;36500;01.05.2026;31.05.2026
ООО Бета;С-2;10000;20.06.2026;
ООО Гамма;С-3;5000;01.06.2026;01.06.2026
ООО Альфа;С-0;1000;01.06.2025;01.07.2025
"""


@pytest.fixture
def measured(db_url: str, tmp_path: Path):
    db = open_database(db_url)
    for name, body in (("sales.csv", SALES), ("receivables.csv", RECEIVABLES)):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        report = ImportSession(path).run(db.engine)
        assert not report.errors, report.errors
    with db.engine.connect() as conn:
        ids = dict(conn.execute(text("SELECT name, id FROM account")).all())
    seg = segment(load_dataset(db.engine, use_cache=False), AS_OF)
    strategies = {ids["ООО Альфа"]: "harvest", ids["ООО Бета"]: "protect_position"}
    # a deal (an order's list amount) of 15 000 ₽ or more allows 3 points more
    terms = D.Terms(dict(DEFAULT_MAX_DISCOUNT), ((1_500_000, 0.03),), 0.16)
    yield D.measure(seg, strategies, terms)
    db.close()


def by_segment(table: dict) -> dict:
    return {r["segment"]: r for r in table["rows"]}


def test_every_discount_figure_worked_by_hand(measured):
    """The lines of the window with a positive amount (the return of 5 March and the
    line of June 2025 are out):
    - Альфа (harvest, 2 %), order Д-1 listed 10 000 + 4 000 = 14 000 (no tier): 1 000 off
      10 000 is 10 %, allowed 200 → excess 800; its second line has no discount data;
    - Бета (protect position, 5 %): Д-2 listed 4 × 2 500 = 10 000, paid 8 800: 1 200 off
      (12 %) → excess 1 200 − 500 = 700; Д-3 at 10 %: listed 18 000 / 0.9 = 20 000, a
      deal of 15 000 or more allows 5 + 3 = 8 % → excess 2 000 − 1 600 = 400;
    - Гамма (no strategy: the new client's 5 %), one order of its day without a
      document: 50 off 1 000 (5 %: within, not above), 10 % off 1 000 → excess 50.
    Implicit: Альфа's 36 500 paid 30 days late, 36 500 × 16 % × 30 / 365 = 480; Бета's
    10 000 still open 10 days after its due day on the as-of date: 43.84; Гамма's paid
    on time; the 1 000 due on 1 June 2025 and paid on 1 July 2025 was late one day of
    the window (1 July): 1 000 × 16 % / 365 = 0.44."""
    t = to_json(D.discounts_table(measured, "strategy"))
    total = t["total"]
    revenue = 9000 + 4000 + 8800 + 18000 + 950 + 900
    assert total["revenue"] == pytest.approx(revenue)
    assert total["list_amount"] == pytest.approx(10_000 + 10_000 + 20_000 + 1_000 + 1_000)
    assert total["discount"] == pytest.approx(1000 + 1200 + 2000 + 50 + 100)
    assert total["discount_rate"] == pytest.approx(4350 / 42_000, abs=1e-4)
    assert total["lines"] == 5
    assert total["lines_above_policy"] == 4
    assert total["lines_above_policy_share"] == pytest.approx(0.8)
    assert total["excess_discount"] == pytest.approx(800 + 700 + 400 + 50)
    assert total["excess_share"] == pytest.approx(1950 / revenue, abs=1e-4)
    implicit = 480 + 10_000 * 0.16 * 10 / 365 + 1_000 * 0.16 / 365
    assert total["implicit_discount"] == pytest.approx(implicit, abs=0.01)
    assert total["headline_share"] == pytest.approx((1950 + implicit) / revenue, abs=1e-4)
    assert t["warnings"] == ["no_discount_data:1:6"]  # 1 of the 6 lines says no discount
    rows = by_segment(t)
    assert list(rows) == ["protect_position", "harvest", "unscored"]  # the matrix's order
    assert rows["harvest"]["revenue"] == pytest.approx(13_000)
    assert rows["harvest"]["excess_discount"] == pytest.approx(800)
    assert rows["harvest"]["implicit_discount"] == pytest.approx(480 + 1_000 * 0.16 / 365, abs=0.01)
    assert rows["protect_position"]["discount_rate"] == pytest.approx(3200 / 30_000, abs=1e-4)
    assert rows["protect_position"]["excess_discount"] == pytest.approx(1100)
    assert rows["unscored"]["lines"] == 2 and rows["unscored"]["lines_above_policy"] == 1
    assert rows["unscored"]["excess_discount"] == pytest.approx(50)


def test_the_four_views_agree_on_the_totals(measured):
    """Each view's rows add up to the one total: the money and the counts, and the
    implicit discount shared out by group."""
    for by in D.BY:
        t = to_json(D.discounts_table(measured, by))
        for column in ("revenue", "list_amount", "discount", "lines", "lines_above_policy",
                       "excess_discount", "implicit_discount"):  # fmt: skip
            assert sum(r[column] for r in t["rows"]) == pytest.approx(
                t["total"][column], abs=0.02
            ), (by, column)
    managers = by_segment(to_json(D.discounts_table(measured, "manager")))
    assert managers["Петров"]["excess_discount"] == pytest.approx(850)
    assert managers["Иванова"]["excess_discount"] == pytest.approx(1100)
    groups = by_segment(to_json(D.discounts_table(measured, "group")))
    assert groups["Болты"]["revenue"] == pytest.approx(9000 + 8800 + 950 + 900)
    assert groups["Гайки"]["revenue"] == pytest.approx(4000 + 18000)
    # Альфа's 480.44 shared by its revenue in each group: 9 000 and 4 000 of 13 000
    alfa = 480 + 1_000 * 0.16 / 365
    bolts = alfa * 9000 / 13_000 + (10_000 * 0.16 * 10 / 365) * 8800 / 26_800
    assert groups["Болты"]["implicit_discount"] == pytest.approx(bolts, abs=0.01)
    # ABC by the window's revenue: Бета 26 800 of 40 650 (returns count) is A
    assert by_segment(to_json(D.discounts_table(measured, "abc")))["A"]["revenue"] == (
        pytest.approx(26_800)
    )
