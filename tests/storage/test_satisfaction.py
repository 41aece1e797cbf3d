"""NPS, CSI and OTIF worked by hand (and read from the database on both engines)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from core.accounts import workspace as ws
from core.database import open_database
from core.kpi.satisfaction import (
    SatisfactionError,
    account_satisfaction,
    csi,
    nps,
    nps_table,
    otif,
    otif_table,
    quarter,
    record_answer,
)
from storage.base import new_id, utcnow
from storage.models import Delivery


def test_nps_edges_by_hand():
    # 6 is a detractor, 7 and 8 passives, 9 and 10 promoters
    result = nps([6, 7, 8, 9, 10, 0])
    assert (result.promoters, result.passives, result.detractors) == (2, 2, 2)
    assert result.score == 0.0
    assert nps([10, 10, 9, 6]).score == 50.0  # 75 % − 25 %
    assert nps([]).score is None
    with pytest.raises(SatisfactionError):
        nps([11])


def test_csi_is_the_importance_weighted_mean():
    # (5 × 3 + 3 × 1) / (3 + 1) = 18 / 4 = 4.5
    assert csi([(5, 3.0), (3, 1.0)]) == 4.5
    assert csi([]) is None
    with pytest.raises(SatisfactionError):
        csi([(6, 1.0)])


def test_otif_late_by_a_day_or_one_unit_short_is_not_otif():
    promised = date(2026, 5, 10)
    result = otif([
        (promised, date(2026, 5, 10), 100, 100),  # on the day, in full: OTIF
        (promised, date(2026, 5, 11), 100, 100),  # a day late
        (promised, date(2026, 5, 9), 100, 99),  # early, 99 of 100
        (promised, None, 100, None),  # not delivered yet
    ])  # fmt: skip
    assert (result.otif, result.on_time, result.in_full, result.deliveries) == (1, 2, 2, 4)
    assert result.share == 0.25


def test_quarters():
    assert [quarter(date(2026, m, 1)) for m in (1, 3, 4, 12)] == [
        "2026-Q1",
        "2026-Q1",
        "2026-Q2",
        "2026-Q4",
    ]


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_tables_from_the_database(db):
    a = ws.create_account(db, {"name": "ООО Альфа", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО Бета", "manager": "Иванова"})
    record_answer(db, a, date(2026, 2, 1), 10, "Продажи", [("Качество", 5, 3.0)])
    record_answer(db, a, date(2026, 5, 1), 6, "Продажи", [("Качество", 3, 1.0)])
    record_answer(db, b, date(2026, 5, 2), 8, "Логистика")
    table = nps_table(db)
    segments = [r["segment"] for r in table.rows]
    assert segments == ["Логистика", "Логистика · 2026-Q2", "Продажи", "Продажи · 2026-Q1",
                        "Продажи · 2026-Q2"]  # fmt: skip
    sales = table.rows[2]
    assert (sales["answers"], sales["nps"], sales["csi"]) == (2, 0.0, 4.5)  # (15 + 3) / 4
    assert table.total["nps"] == 0.0 and table.total["answers"] == 3
    assert table.rows[3]["nps"] == 100.0 and table.rows[4]["nps"] == -100.0
    assert sorted(table.total["accounts"]) == sorted([a, b])

    for acc, promised, delivered, ordered, qty in (  # deliveries come by import
        (a, date(2026, 5, 10), date(2026, 5, 10), 10, 10),
        (a, date(2026, 5, 10), date(2026, 5, 11), 10, 10),
        (b, date(2026, 6, 1), date(2026, 6, 1), 100, 99),
    ):
        with db.engine.begin() as conn:
            conn.execute(insert(Delivery).values(
                id=new_id(), created_at=utcnow(), updated_at=utcnow(), account_id=acc,
                promised_date=promised, delivered_date=delivered, qty_ordered=ordered,
                qty_delivered=qty))  # fmt: skip
    by_manager = otif_table(db)
    assert [(r["segment"], r["otif"], r["deliveries"]) for r in by_manager.rows] == [
        ("Иванова", 0, 1),
        ("Петров", 1, 2),
    ]
    assert by_manager.total["otif_share"] == round(1 / 3, 4)
    mine = account_satisfaction(db, a)
    assert [x["nps"] for x in mine["answers"]] == [6, 10]  # newest first
    assert mine["otif_by_quarter"]["2026-Q2"].share == 0.5
