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

    mine = worklist(
        db, date(2026, 12, 1), manager=" петров ", labels={k: {"abc": "A"} for k in (a, b, c)}
    )
    assert {i["account"] for i in mine} == {"ООО «А»", "ООО «В»"}
    assert (
        worklist(db, date(2026, 12, 1), labels={k: {"abc": "A"} for k in (a, b, c)}, limit=2)
        == items[:2]
    )


def test_accounts_at_risk_by_expected_loss_with_the_action_of_their_stage_and_strategy(db):
    """Risk 0.5 and above joins the list, the largest expected loss first (priority 58
    for the first of n, 58 − 6·k/n after); below 0.5 it does not. The action: the 4R
    stage of the purchase behaviour (falling → re-engage, stable → refresh) and the
    effort of the BCG strategy (invest → a visit with an offer; harvest → a call)."""
    from core.messages import say

    a = ws.create_account(db, {"name": "ООО «Падает»", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО «Стабильный»", "manager": "Иванова"})
    c = ws.create_account(db, {"name": "ООО «Спокойный»", "manager": "Петров"})
    labels = {
        a: {"churn_risk": 0.8, "churn_loss": 1000.0, "lifecycle": "reengage",
            "bcg_strategy": "invest",
            "churn_reasons": [say("churn_gap", "no order for {days} days, usually every {gap}",
                                  days=74, gap=21)]},
        b: {"churn_risk": 0.5, "churn_loss": 5000.0, "lifecycle": "refresh",
            "bcg_strategy": "harvest", "churn_reasons": []},
        c: {"churn_risk": 0.49, "churn_loss": 9000.0, "lifecycle": "reengage",
            "bcg_strategy": "invest", "churn_reasons": []},
    }  # fmt: skip
    items = worklist(db, date(2026, 12, 1), labels=labels)
    shown = [(i["kind"], i["account"], i["priority"]) for i in items]
    assert shown == [("churn_risk", "ООО «Стабильный»", 58), ("churn_risk", "ООО «Падает»", 55)]
    out = to_json(items)
    assert out[0]["reason"] == "risk of leaving 50%: by the model"
    assert out[0]["action"] == (
        "refresh the relationship: a call or an e-mail; no discount beyond the policy"
    )
    assert out[1]["reason"] == "risk of leaving 80%: no order for 74 days, usually every 21"
    assert out[1]["action"] == "re-engage: visit with an offer worth its potential"
    assert items[1]["expected_loss"] == 1000.0
    mine = worklist(db, date(2026, 12, 1), manager="Петров", labels=labels)
    assert [i["account"] for i in mine] == ["ООО «Падает»"]


def test_an_item_put_off_done_or_dismissed_through_a_task_of_its_own(db):
    """Ctrl+T on a stuck deal makes an open task due tomorrow (the deal leaves the list;
    tomorrow the task is there); done or dismissed, an item stays off for 30 days."""
    from core.today import settle

    a = ws.create_account(db, {"name": "ООО «А»", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО «Б»", "manager": "Петров"})
    ws.save_record(db, "opportunity", a, {"title": "Склад", "stage": "negotiation",
                                          "expected_close": date(2026, 11, 20)})  # fmt: skip
    labels = {a: {"abc": "A"}, b: {"abc": "A", "churn_risk": 0.9, "churn_loss": 10.0}}
    day = date(2026, 12, 1)
    kinds = {(i["kind"], i["account"]) for i in worklist(db, day, labels=labels)}
    assert kinds == {("stuck_opportunity", "ООО «А»"), ("no_lpr_contact", "ООО «А»"),
                     ("no_lpr_contact", "ООО «Б»"), ("churn_risk", "ООО «Б»")}  # fmt: skip
    items = {(i["kind"], i["account"]): i for i in worklist(db, day, labels=labels)}
    settle(db, items[("stuck_opportunity", "ООО «А»")], "later", "Двинуть сделку", day)
    settle(db, items[("churn_risk", "ООО «Б»")], "done", "Позвонить", day, "Заказ в январе")
    settle(db, items[("no_lpr_contact", "ООО «Б»")], "dismiss", "Встреча с ЛПР", day)
    assert {(i["kind"], i["account"]) for i in worklist(db, day, labels=labels)} == {
        ("no_lpr_contact", "ООО «А»")
    }
    tomorrow = [(i["kind"], i["account"], str(i["action"]))
                for i in worklist(db, date(2026, 12, 2), labels=labels)]  # fmt: skip
    assert ("task", "ООО «А»", "Двинуть сделку") in tomorrow
    assert ("stuck_opportunity", "ООО «А»") not in {t[:2] for t in tomorrow}
    done = [r for r in ws.list_records(db, "task", b) if r["status"] == "done"]
    assert [(r["title"], r["outcome"], r["owner"]) for r in done] == [
        ("Позвонить", "Заказ в январе", "Петров")
    ]
    # 31 days on, the account at risk and the key account are asked about again
    later = {(i["kind"], i["account"]) for i in worklist(db, date(2027, 1, 1), labels=labels)}
    assert {("churn_risk", "ООО «Б»"), ("no_lpr_contact", "ООО «Б»")} <= later


def test_a_deal_with_a_task_of_its_own_is_listed_once_as_that_task(db):
    """A deal past its close gets Fieldbook's suggestion to update it: the list shows the
    suggestion, not the deal a second time."""
    from core.accounts.tasks import suggest

    a = ws.create_account(db, {"name": "ООО «А»", "manager": "Петров"})
    ws.save_record(db, "opportunity", a, {"title": "Склад", "stage": "negotiation",
                                          "expected_close": date(2026, 11, 20)})  # fmt: skip
    day = date(2026, 12, 1)
    assert [i["kind"] for i in worklist(db, day)] == ["stuck_opportunity"]
    assert suggest(db, day, "en") == 1
    assert [(i["kind"], i["account"]) for i in worklist(db, day)] == [("task", "ООО «А»")]
