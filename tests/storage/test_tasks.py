"""Tasks (issue "The rep's day"): an activity's next step is a task kept in step with it,
closing asks for the outcome and may make the next one, and what is due across the base.
Both engines; every expected value worked out from the fixture by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from core.accounts import tasks
from core.accounts import workspace as ws
from core.database import open_database
from storage import migrate
from storage.db import make_engine


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def _tasks(db, account):
    return ws.list_records(db, "task", account)


def test_an_activitys_next_step_is_a_task_kept_in_step_with_it(db):
    account = ws.create_account(db, {"name": "ООО «Альфа»", "manager": "Петров"})
    person = ws.save_record(db, "contact", account, {"name": "Никитина Юлия"})
    visit = ws.save_record(db, "activity", account, {
        "date": date(2026, 11, 20), "type": "visit", "contact_id": person,
        "next_step": "Отправить КП", "next_step_date": date(2026, 12, 3),
    })  # fmt: skip
    (task,) = _tasks(db, account)
    assert (task["title"], task["due_on"], task["status"]) == (
        "Отправить КП",
        date(2026, 12, 3),
        "open",
    )
    assert (task["owner"], task["contact_id"]) == ("Петров", person)  # the account's manager

    # the step moves: the task follows, no second task
    moved = {"next_step": "Позвонить ЛПР", "next_step_date": date(2026, 12, 5)}
    ws.save_record(db, "activity", account, moved, visit)
    (task,) = _tasks(db, account)
    assert (task["title"], task["due_on"]) == ("Позвонить ЛПР", date(2026, 12, 5))

    # the activity deleted: its task goes with it, and comes back with it
    ws.delete_record(db, "activity", visit)
    assert _tasks(db, account) == []
    ws.restore_record(db, "activity", visit)
    assert len(_tasks(db, account)) == 1

    # the step cleared: the task is cancelled, not left open
    ws.save_record(db, "activity", account, {"next_step": "", "next_step_date": None}, visit)
    (task,) = _tasks(db, account)
    assert task["status"] == "cancelled"

    # an activity without a date for its step makes no task
    ws.save_record(db, "activity", account, {"date": date(2026, 11, 21), "type": "call",
                                            "next_step": "Подумать"})  # fmt: skip
    assert len(_tasks(db, account)) == 1


def test_closing_a_task_keeps_its_outcome_and_makes_the_next(db):
    account = ws.create_account(db, {"name": "ООО «Бета»", "manager": "Иванова"})
    first = ws.save_record(db, "task", account, {"title": "Встреча", "due_on": date(2026, 12, 1),
                                                "owner": "Иванова"})  # fmt: skip
    following = tasks.close_task(db, first, "Договорились о пилоте", next_title="Пилот",
                                 next_due=date(2026, 12, 15))  # fmt: skip
    rows = {t["id"]: t for t in _tasks(db, account)}
    assert rows[first]["status"] == "done" and rows[first]["outcome"] == "Договорились о пилоте"
    assert (rows[following]["title"], rows[following]["due_on"]) == ("Пилот", date(2026, 12, 15))
    assert (rows[following]["status"], rows[following]["owner"]) == ("open", "Иванова")
    with pytest.raises(ws.WorkspaceError) as refused:  # closed already: not closed twice
        tasks.close_task(db, first, "ещё раз")
    assert refused.value.code == "task_closed"
    with db.engine.connect() as conn:
        done_at = conn.execute(text("SELECT done_at FROM task WHERE id = :i"), {"i": first})
        assert done_at.scalar() is not None


@pytest.mark.parametrize(
    "values, code",
    [
        ({"title": ""}, "task_title"),
        ({"title": "x", "due_time": "25:00"}, "task_time"),
        ({"title": "x", "due_time": "9:5"}, "task_time"),
        ({"title": "x", "status": "later"}, "task_status"),
    ],
)
def test_bad_task_input_is_refused(db, values, code):
    account = ws.create_account(db, {"name": "ООО «Гамма»"})
    with pytest.raises(ws.WorkspaceError) as refused:
        ws.save_record(db, "task", account, values)
    assert refused.value.code == code


def test_what_is_due_across_the_base(db):
    """On 1 December: due 30 Nov (overdue), 1 Dec 09:00 and 1 Dec (due), 2 Dec (not yet),
    one done and one of a deleted account (neither counts). Due 3, overdue 1; Петров's 2."""
    a = ws.create_account(db, {"name": "ООО «А»", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО «Б»", "manager": "Иванова"})
    gone = ws.create_account(db, {"name": "ООО «Удалённое»"})
    ws.save_record(
        db, "task", a, {"title": "вчера", "due_on": date(2026, 11, 30), "owner": "Петров"}
    )
    ws.save_record(db, "task", a, {"title": "утром", "due_on": date(2026, 12, 1),
                                   "due_time": "09:00", "owner": "петров"})  # fmt: skip
    ws.save_record(
        db, "task", b, {"title": "сегодня", "due_on": date(2026, 12, 1), "owner": "Иванова"}
    )
    ws.save_record(db, "task", b, {"title": "завтра", "due_on": date(2026, 12, 2)})
    done = ws.save_record(db, "task", b, {"title": "сделано", "due_on": date(2026, 11, 1)})
    tasks.close_task(db, done, "готово")
    ws.save_record(db, "task", gone, {"title": "не видно", "due_on": date(2026, 11, 1)})
    ws.delete_account(db, gone)

    today = date(2026, 12, 1)
    due = tasks.due_tasks(db, today)
    assert [t["title"] for t in due] == ["вчера", "утром", "сегодня"]
    assert tasks.overdue_count(db, today) == 1
    assert [t["title"] for t in tasks.due_tasks(db, today, owner="ПЕТРОВ")] == ["вчера", "утром"]


def test_an_older_database_gets_a_task_for_each_accounts_current_next_step(db_url):
    """Upgraded from 0004: the account's latest activity's step (dated, due in the last
    30 days or later) becomes a task; an earlier, superseded step, a step without a date
    and one due long ago do not."""
    from datetime import timedelta

    engine = make_engine(db_url)
    migrate.upgrade(engine, "0004")
    stamp = "'2026-01-01 00:00:00'"
    today = date.today()
    soon = today + timedelta(days=10)
    with engine.begin() as conn:
        for acc, manager in (("a1", "'Петров'"), ("a2", "NULL"), ("a3", "NULL")):
            conn.execute(text(
                "INSERT INTO account (id, name, name_norm, status, version, manager, created_at,"
                f" updated_at) VALUES ('{acc}', '{acc}', '{acc}', 'client', 1, {manager},"
                f" {stamp}, {stamp})"
            ))  # fmt: skip
        for aid, acc, day, step, due in (
            ("x1", "a1", "2026-10-01", "'старый шаг'", "'2026-10-10'"),
            ("x2", "a1", today.isoformat(), "'Отправить КП'", f"'{soon.isoformat()}'"),
            ("x3", "a2", "2026-11-05", "'Без даты'", "NULL"),
            ("x4", "a3", "2025-01-05", "'Давний шаг'", "'2025-01-20'"),
        ):
            conn.execute(text(
                "INSERT INTO activity (id, account_id, date, type, next_step, next_step_date,"
                f" created_at, updated_at) VALUES ('{aid}', '{acc}', '{day}', 'visit', {step},"
                f" {due}, {stamp}, {stamp})"
            ))  # fmt: skip
    engine.dispose()
    database = open_database(db_url)
    try:
        made = _tasks(database, "a1")
        assert [(t["title"], t["due_on"], t["owner"]) for t in made] == [
            ("Отправить КП", soon, "Петров")
        ]
        assert _tasks(database, "a2") == [] and _tasks(database, "a3") == []
    finally:
        database.close()


def test_suggested_tasks_from_what_is_recorded_each_once(db):
    """On 1 December 2026. Suggested: the sent proposal valid until 4 Dec (due 2 Dec), the
    open opportunity that was to close on 30 Nov, the NPS 4 of 21 Nov with nobody in touch
    since. Not: a proposal valid until 11 Dec, a draft, a won deal, a future close, a
    detractor called since, one of 3 days ago, a promoter."""
    from sqlalchemy import insert, update

    from core.selling.proposal_docs import create_proposal, proposal_content, save_proposal
    from storage.base import new_id, utcnow
    from storage.db import writing
    from storage.models import Proposal, SurveyAnswer

    today = date(2026, 12, 1)
    a = ws.create_account(db, {"name": "ООО «А»", "manager": "Петров"})
    b = ws.create_account(db, {"name": "ООО «Б»"})

    def proposal(valid: str, status: str) -> str:
        pid = create_proposal(db, a, today=today)
        content = proposal_content(db, pid)
        content["valid_until"] = valid
        save_proposal(db, pid, content)
        with writing(db.engine) as conn:
            conn.execute(update(Proposal).where(Proposal.id == pid).values(status=status))
        return pid

    soon = proposal("2026-12-04", "sent")
    proposal("2026-12-11", "sent")
    proposal("2026-12-02", "draft")
    late = ws.save_record(db, "opportunity", a, {"title": "Склад", "stage": "negotiation",
                                                 "expected_close": date(2026, 11, 30)})  # fmt: skip
    ws.save_record(db, "opportunity", a, {"title": "Выиграна", "stage": "won",
                                          "expected_close": date(2026, 11, 1)})  # fmt: skip
    ws.save_record(db, "opportunity", a, {"title": "Потом", "stage": "needs",
                                          "expected_close": date(2026, 12, 20)})  # fmt: skip
    answers = [(b, date(2026, 11, 21), 4), (a, date(2026, 11, 21), 5),
               (b, date(2026, 11, 28), 3), (b, date(2026, 11, 1), 9)]  # fmt: skip
    ids = []
    with writing(db.engine) as conn:
        for account, day, nps in answers:
            ids.append(new_id())
            conn.execute(insert(SurveyAnswer).values(
                id=ids[-1], account_id=account, date=day, nps=nps, created_at=utcnow(),
                updated_at=utcnow()))  # fmt: skip
    ws.save_record(db, "activity", a, {"date": date(2026, 11, 25), "type": "call"})

    assert tasks.suggest(db, today) == 3
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT source, id, title, due_on FROM task WHERE status = 'suggested'"
        )).fetchall()  # fmt: skip
    made = {r[0]: {"id": r[1], "title": r[2], "due_on": _day(r[3])} for r in rows}
    assert made["proposal"]["due_on"] == date(2026, 12, 2)
    assert made["proposal"]["title"].startswith("Связаться по КП КП-2026-")
    assert (
        made["opportunity"]["title"]
        == "Обновить сделку «Склад»: ожидаемое закрытие 30.11.2026 прошло"
    )
    assert made["detractor"]["due_on"] == today and "NPS 4" in made["detractor"]["title"]
    assert tasks.due_tasks(db, date(2026, 12, 31)) == []  # suggestions are not due until accepted

    # each once: again nothing; a dismissed one does not come back
    ws.save_record(db, "task", a, {"status": "dismissed"}, made["opportunity"]["id"])
    assert tasks.suggest(db, today) == 0
    # accepted: an open task like any other
    ws.save_record(db, "task", a, {"status": "open"}, made["proposal"]["id"])
    assert [t["title"] for t in tasks.due_tasks(db, date(2026, 12, 2))] == [
        made["proposal"]["title"]
    ]
    with db.engine.connect() as conn:
        linked = conn.execute(
            text("SELECT proposal_id, source_id FROM task WHERE source = 'proposal'")
        )
        assert tuple(linked.one()) == (soon, soon)
    assert ids  # the fixture's answers were written
    assert late


def _day(value):
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def test_a_moved_task_stays_moved_and_hours_sort_as_times(db):
    """Found by review: a task the rep moved on was put back by the next save of its
    activity's summary; «9:30» sorted after «10:00»; restoring an activity brought back
    its task deleted on its own before."""
    account = ws.create_account(db, {"name": "ООО «Дельта»"})
    visit = ws.save_record(db, "activity", account, {
        "date": date(2026, 11, 20), "type": "visit", "next_step": "Отправить КП",
        "next_step_date": date(2026, 12, 1)})  # fmt: skip
    (task,) = _tasks(db, account)
    ws.save_record(db, "task", account, {"due_on": date(2026, 12, 4)}, task["id"])
    ws.save_record(db, "activity", account, {"summary": "Дописал итоги"}, visit)
    (task,) = _tasks(db, account)
    assert task["due_on"] == date(2026, 12, 4)

    ws.save_record(db, "task", account, {"title": "В десять", "due_on": date(2026, 12, 2),
                                         "due_time": "10:00"})  # fmt: skip
    ws.save_record(db, "task", account, {"title": "В полдесятого", "due_on": date(2026, 12, 2),
                                         "due_time": "9:30"})  # fmt: skip
    day = [t for t in _tasks(db, account) if t["due_on"] == date(2026, 12, 2)]
    assert [(t["title"], t["due_time"]) for t in day] == [("В полдесятого", "09:30"),
                                                           ("В десять", "10:00")]  # fmt: skip

    ws.delete_record(db, "task", task["id"])  # the rep deletes the task on its own
    ws.delete_record(db, "activity", visit)
    ws.restore_record(db, "activity", visit)
    assert all(t["id"] != task["id"] for t in _tasks(db, account))
