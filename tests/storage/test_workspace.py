"""The account workspace's storage: conflicts, tombstones and history (both engines)."""

from __future__ import annotations

from datetime import date

import pytest

from core.accounts import workspace as ws
from core.database import open_database
from core.selling.bant import Bant
from storage.models import Activity, Contact, Opportunity


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_create_edit_and_a_conflicting_edit(db):
    account_id = ws.create_account(db, {"name": "ООО «Аллегро»", "inn": "7707083893"})
    values = ws.account_values(db, account_id)
    assert values["version"] == 1 and values["status"] == "prospect"
    version = ws.update_account(db, account_id, 1, {"region": "Казань"})
    assert version == 2
    # another editor (an import, a colleague) saves on top of version 2 …
    ws.update_account(db, account_id, 2, {"manager": "Петров"})
    # … so an edit still based on version 2 is refused and the current values returned
    with pytest.raises(ws.EditConflict) as conflict:
        ws.update_account(db, account_id, 2, {"region": "Уфа"})
    assert conflict.value.current["manager"] == "Петров"
    assert conflict.value.current["region"] == "Казань"
    assert ws.account_values(db, account_id)["version"] == 3


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "  "), ("inn", "7707083894"), ("kpp", "12"), ("industry", 13), ("size", "huge")],
)
def test_bad_account_input_is_refused(db, field, value):
    account_id = ws.create_account(db, {"name": "Бета"})
    with pytest.raises(ws.WorkspaceError):
        ws.update_account(db, account_id, 1, {field: value})
    assert ws.account_values(db, account_id)["version"] == 1  # nothing written


def test_delete_is_a_tombstone_and_can_be_undone(db):
    from core.accounts.service import list_accounts

    account_id = ws.create_account(db, {"name": "Гамма"})
    ws.delete_account(db, account_id)
    assert [r.id for r in list_accounts(db)] == []
    with pytest.raises(KeyError):
        ws.account_values(db, account_id)
    ws.restore_account(db, account_id)
    assert [r.name for r in list_accounts(db)] == ["Гамма"]


def test_records_save_list_delete(db):
    account_id = ws.create_account(db, {"name": "Дельта"})
    boss = ws.save_record(
        db,
        Contact,
        account_id,
        {"name": "Иванов И. И.", "is_decision_maker": True, "buying_role": "economic"},
    )
    ws.save_record(db, Contact, account_id, {"name": "Петров", "buying_role": "technical"})
    contacts = ws.list_records(db, Contact, account_id)
    assert [c["name"] for c in contacts] == ["Иванов И. И.", "Петров"]
    # two people, one of them ЛПР: only the committee is small (2 < 5.4)
    assert ws.committee_hints(contacts) == ["small_committee"]
    ws.delete_record(db, Contact, boss)
    assert ws.committee_hints(ws.list_records(db, Contact, account_id)) == [
        "no_decision_maker",
        "small_committee",
    ]
    with pytest.raises(ws.WorkspaceError):
        ws.save_record(db, Contact, account_id, {"name": "X", "buying_role": "boss"})
    ws.restore_record(db, Contact, boss)
    ws.save_record(
        db,
        Activity,
        account_id,
        {
            "date": date(2026, 11, 2),
            "type": "visit",
            "contact_id": boss,
            "summary": "Обсудили поставку",
            "next_step": "Отправить КП",
            "next_step_date": date(2026, 11, 30),
        },
    )
    assert ws.decision_maker_meetings(db.engine)[account_id] == (True, date(2026, 11, 2))
    assert ws.next_steps(db, account_id)[0]["next_step"] == "Отправить КП"
    won = ws.save_record(db, Opportunity, account_id, {"title": "Поставка", "stage": "won"})
    assert ws.list_records(db, Opportunity, account_id)[0]["closed_on"] == date.today()
    assert won


def test_bant_history_keeps_every_change(db):
    account_id = ws.create_account(db, {"name": "Ежик"})
    assert ws.record_bant(db, account_id, Bant(1, 1, 1, 1), {"need": "есть боль"})
    assert not ws.record_bant(db, account_id, Bant(1, 1, 1, 1), {"need": "есть боль"})
    assert ws.record_bant(db, account_id, Bant(3, 2, 3, 1))
    history = ws.bant_history(db, account_id)
    assert [h.bant.total for h in history] == [9, 4]  # newest first
    assert history[1].notes == {"need": "есть боль"}
    assert ws.latest_bant_totals(db.engine) == {account_id: 9}


def test_bcg_override_history_and_latest(db):
    account_id = ws.create_account(db, {"name": "Жук"})
    ws.set_bcg_override(db, account_id, "share_of_wallet", 4, suggested=2, reason="SOW 34% → 2")
    ws.set_bcg_override(db, account_id, "loyalty", 5)
    ws.set_bcg_override(db, account_id, "share_of_wallet", None, suggested=2)
    assert ws.bcg_overrides(db, account_id) == {"share_of_wallet": None, "loyalty": 5}
    with pytest.raises(ws.WorkspaceError):
        ws.set_bcg_override(db, account_id, "charm", 3)


def test_plan_and_milestones(db):
    account_id = ws.create_account(db, {"name": "Зима"})
    ws.save_plan(db, account_id, {"dsl_level": 3, "equipment_park": 4})
    ws.save_plan(
        db,
        account_id,
        {
            "joint_projects_level": 3,
            "production_visit": 3,
            "joint_promo": 4,
            "decision_maker_knowledge": 4,
            "cooperation": "Поставки с 2023 года",
        },
    )
    plan = ws.plan_values(db, account_id)
    assert plan["equipment_park"] == 4 and plan["cooperation"] == "Поставки с 2023 года"
    assert ws.progress_levels(db.engine) == {account_id: pytest.approx(3.5)}
    ws.set_milestone(db, account_id, 1, date(2026, 3, 1), "презентация отправлена")
    ws.set_milestone(db, account_id, 20, date(2026, 5, 1))
    ws.set_milestone(db, account_id, 20, None)  # unticked
    assert ws.milestones(db, account_id) == {1: (date(2026, 3, 1), "презентация отправлена")}
    with pytest.raises(ws.WorkspaceError):
        ws.set_milestone(db, account_id, 24, date(2026, 1, 1))
