"""Trade fairs (METHODS.md §13) on both engines: a lead captured in one step, a known
account found by its phone in another format and joined, the funnel, the new clients'
gross profit in the 12 months from the event, cost per lead and per client, ROI."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from core import events as ev
from core.accounts import workspace as ws
from core.database import open_database


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def _sale(db, account, day, amount, cost):
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sale_line (id, created_at, updated_at, account_id, date, quantity, "
                "amount_kop, cost_kop, occurrence) VALUES (:i, :t, :t, :a, :d, 1, :m, :c, 1)"
            ),
            {"i": f"{account}-{day}", "t": "2026-01-01 00:00:00", "a": account, "d": day,
             "m": amount, "c": cost},
        )  # fmt: skip


def test_a_fair_from_the_stand_to_its_roi(db):
    """Costs 100 000 + 20 000 + 5 000 + 25 000 = 150 000 ₽. Three leads:
    - ООО «Сталь», new (INN checked), BANT 3+3+2+1 = 9 (qualified), a deal won later;
    - ООО «Ромашка», known: its phone +7 495 765-43-21 typed as 8-495-765-43-21, joined;
      it bought before the fair, so it is no new client;
    - АО «Новый», first purchase 10 June 2026: 300 000 ₽, cost 200 000 → 100 000 ₽ gross
      profit; its purchase of 1 June 2027 is after the fair's 12 months (to 20 May 2027).
    Funnel (each stage or further): 3 leads, 2 qualified, 2 opportunity, 2 won, 1 client.
    Cost per lead 50 000 ₽, per new client 150 000 ₽, ROI (100 000 − 150 000) / 150 000."""
    fair = ev.save_event(db, {
        "name": "Металлообработка-2026", "type": "trade_fair", "starts_on": date(2026, 5, 20),
        "ends_on": date(2026, 5, 23), "place": "Москва, Экспоцентр",
        "stand_kop": 10_000_000, "travel_kop": 2_000_000, "materials_kop": 500_000,
        "staff_kop": 2_500_000,
    })  # fmt: skip
    known = ws.create_account(db, {"name": "ООО «Ромашка»", "phone": "+7 495 765-43-21"})
    _sale(db, known, "2026-01-10", 50_000_00, None)
    index = ev.lead_index(db)
    found = index.matches(company="Ромашка ООО", phone="8-495-765-43-21")
    assert [(m.account_id, m.why) for m in found] == [(known, "phone")]
    assert index.matches(company="ООО Сталь", inn="7707 083 893") == []
    steel = ev.capture_lead(db, fair, ev.Lead(
        company="ООО «Сталь»", inn="7707 083 893", person="Иванов Иван", position="Главный инженер",
        phone="8 (916) 111-22-33", email="ivanov@stal.ru", groups=["Станки", "Фрезы"],
        bant=(3, 3, 2, 1), next_step="Отправить КП", next_date=date(2026, 5, 25),
    ), manager="Петров", today=date(2026, 5, 21))  # fmt: skip
    joined = ev.capture_lead(db, fair, ev.Lead(company="ООО «Ромашка»", person="Сидорова"),
                             join=known, today=date(2026, 5, 21))  # fmt: skip
    new = ev.capture_lead(db, fair, ev.Lead(company="АО «Новый»"), today=date(2026, 5, 22))
    assert steel.created and not joined.created and joined.account_id == known
    won = {"title": "Станки", "stage": "won", "closed_on": date(2026, 7, 1)}
    ws.save_record(db, "opportunity", steel.account_id, won)
    _sale(db, new.account_id, "2026-06-10", 300_000_00, 200_000_00)
    _sale(db, new.account_id, "2027-06-01", 90_000_00, 10_000_00)

    values = ws.account_values(db, steel.account_id)
    assert (values["inn"], values["lead_source"], values["event_id"]) == (
        "7707083893",
        "event",
        fair,
    )
    assert values["manager"] == "Петров"
    (task,) = [t for t in ws.list_records(db, "task", steel.account_id)]
    assert (task["title"], task["due_on"], task["owner"]) == (
        "Отправить КП",
        date(2026, 5, 25),
        "Петров",
    )
    (meeting,) = ws.list_records(db, "activity", steel.account_id)
    assert meeting["type"] == "event"
    assert "Металлообработка-2026" in meeting["summary"] and "Станки, Фрезы" in meeting["summary"]
    assert ws.latest_bant_totals(db.engine)[steel.account_id] == 9
    assert ws.account_values(db, known)["lead_source"] is None  # a known account keeps its own

    f = ev.event_figures(db, fair)
    assert [r.account for r in f.leads] == ["ООО «Сталь»", "ООО «Ромашка»", "АО «Новый»"]
    assert [r.stage for r in f.leads] == ["won", "lead", "client"]
    assert f.funnel == {"lead": 3, "qualified": 2, "opportunity": 2, "won": 2, "client": 1}
    assert f.new_clients == 1
    assert f.gross_profit_kop == 100_000_00
    assert f.cost_kop == 150_000_00
    assert f.cost_per_lead_kop == pytest.approx(50_000_00)
    assert f.cost_per_new_client_kop == pytest.approx(150_000_00)
    assert f.roi == pytest.approx(-1 / 3)
    (row,) = [e for e in ev.events_json(db) if e["id"] == fair]
    assert (row["leads"], row["new_clients"], row["cost"], row["roi"]) == (3, 1, 150_000.0, -0.3333)


def test_a_capture_is_refused_whole(db):
    """A bad INN, a next step with no date, a deleted event: nothing is written."""
    fair = ev.save_event(db, {"name": "Семинар", "type": "seminar"})
    for lead in (ev.Lead(company="ООО Ошибка", inn="7707083894"),
                 ev.Lead(company="ООО Без даты", next_step="Позвонить"),
                 ev.Lead(company="  ")):  # fmt: skip
        with pytest.raises(ev.EventError):
            ev.capture_lead(db, fair, lead)
    ev.delete_event(db, fair)
    with pytest.raises(ev.EventError):
        ev.capture_lead(db, fair, ev.Lead(company="ООО Поздно", person="Кто-то"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM account")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM contact")).scalar() == 0
    assert ev.list_events(db) == []
