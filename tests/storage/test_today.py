"""The rep's worklist on a hand-built day (both engines): what is in it, in what order,
and one manager's share of it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from core.accounts import workspace as ws
from core.database import open_database
from core.today import to_json, worklist


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_the_worklist_of_a_day(db):
    """1 December 2026. ООО «А» (Петров, key): a task 3 days overdue (priority 103), one
    due today at 10:00 (100), a deal that was to close on 20 Nov (stuck: 60 + 6 idle
    days / 2 = 63), no ЛПР among its contacts (50). ООО «Б» (Иванова, key): its ЛПР met on
    15 Nov (recent: nothing), a task due tomorrow (not yet), a suggestion (40). ООО «В»
    (Петров, key): a deal at the proposal with no BANT (63; one at the solution is not
    asked about), its ЛПР last met on 1 Aug (over 90 days: 50), a task done (gone)."""
    a = ws.create_account(db, {"name": "ООО «А»", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО «Б»", "manager": "Иванова"})
    c = ws.create_account(db, {"name": "ООО «В»", "manager": "Петров"})
    ws.save_record(db, "task", a, {"title": "Позвонить", "due_on": date(2026, 11, 28)})
    ws.save_record(db, "task", a, {"title": "Встреча", "due_on": date(2026, 12, 1),
                                   "due_time": "10:00"})  # fmt: skip
    ws.save_record(db, "task", b, {"title": "Завтра", "due_on": date(2026, 12, 2)})
    ws.save_record(db, "task", b, {"title": "Связаться по КП", "due_on": date(2026, 12, 1),
                                   "status": "suggested"})  # fmt: skip
    ws.save_record(db, "task", c, {"title": "Было", "due_on": date(2026, 11, 1), "status": "done"})
    ws.save_record(db, "opportunity", a, {"title": "Склад", "stage": "negotiation",
                                          "expected_close": date(2026, 11, 20)})  # fmt: skip
    ws.save_record(db, "opportunity", b, {"title": "Рано", "stage": "qualification",
                                          "expected_close": date(2026, 12, 20)})  # fmt: skip
    ws.save_record(db, "opportunity", c, {"title": "Линия", "stage": "proposal"})
    ws.save_record(db, "opportunity", c, {"title": "Рано тоже", "stage": "solution"})
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE opportunity SET updated_at = :t"), {"t": "2026-11-25 12:00:00"})
    lpr_b = ws.save_record(db, "contact", b, {"name": "Лпр Б", "is_decision_maker": True})
    ws.save_record(db, "activity", b, {"date": date(2026, 11, 15), "type": "visit",
                                       "contact_id": lpr_b})  # fmt: skip
    lpr_c = ws.save_record(db, "contact", c, {"name": "Лпр В", "is_decision_maker": True})
    ws.save_record(db, "activity", c, {"date": date(2026, 8, 1), "type": "visit",
                                       "contact_id": lpr_c})  # fmt: skip

    items = worklist(db, date(2026, 12, 1), labels={k: {"abc": "A"} for k in (a, b, c)})
    shown = [(i["kind"], i["account"], i["priority"]) for i in items]
    assert shown == [
        ("task", "ООО «А»", 103),
        ("task", "ООО «А»", 100),
        ("stuck_opportunity", "ООО «А»", 63),
        ("stuck_opportunity", "ООО «В»", 63),
        ("no_lpr_contact", "ООО «А»", 50),
        ("no_lpr_contact", "ООО «В»", 50),
        ("task", "ООО «Б»", 40),
    ]
    out = to_json(items)
    assert out[0]["reason"] == "overdue by 3 days" and out[0]["action"] == "Позвонить"
    assert out[0]["due"] == "2026-11-28"
    assert out[1]["reason"] == "due today at 10:00"
    assert out[2]["reason"] == "«Склад» was to close on 2026-11-20"
    assert out[3]["reason"] == "«Линия» is at the proposal with BANT 0 of 12"
    assert out[4]["reason"] == "key account (A) with no decision maker among its contacts"
    assert out[5]["reason"] == "key account (A): the decision maker last met 2026-08-01"
    assert set(out[0]) == {"kind", "account_id", "account", "due", "priority", "reason", "action"}

    mine = worklist(db, date(2026, 12, 1), manager=" петров ", labels={k: {"abc": "A"} for k in (a, b, c)})
    assert {i["account"] for i in mine} == {"ООО «А»", "ООО «В»"}
    assert worklist(db, date(2026, 12, 1), labels={k: {"abc": "A"} for k in (a, b, c)}, limit=2) == items[:2]
