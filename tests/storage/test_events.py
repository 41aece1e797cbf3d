"""Trade fairs (METHODS.md §13) on both engines: a lead captured in one step, a known
account found by its phone in another format and joined, the funnel, the new clients'
gross profit in the 12 months from the event, cost per lead and per client, ROI."""

from __future__ import annotations

import uuid
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
            {"i": str(uuid.uuid4()), "t": "2026-01-01 00:00:00", "a": account, "d": day,
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

    # the next visitor from the same company, its INN typed with spaces, its name another way
    again = ev.lead_index(db).matches(company="Сталь ООО", inn=" 7707 083 893 ")
    assert [(m.account_id, m.why) for m in again] == [(steel.account_id, "inn")]
    by_mail = ev.lead_index(db).matches(email="IVANOV@stal.ru")
    assert [(m.account_id, m.why, m.contact) for m in by_mail] == [
        (steel.account_id, "email", "Иванов Иван")
    ]
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
    assert (row["leads"], row["clients"], row["cost"], row["roi"]) == (3, 1, 150_000.0, -0.3333)
    assert (row["qualified"], row["opportunities"], row["won"]) == (2, 2, 2)
    assert (row["start"], row["end"], row["gross_profit"]) == (
        "2026-05-20",
        "2026-05-23",
        100_000.0,
    )
    assert set(row) >= {
        "id",
        "name",
        "type",
        "start",
        "end",
        "place",
        "cost",
        "leads",
        "qualified",
        "opportunities",
        "won",
        "clients",
        "gross_profit",
        "roi",
    }


def test_a_known_inn_joins_its_account_even_when_not_chosen(db):
    """The rep saved the same company twice without picking the match: the INN names one
    company, so the second lead joins the first account."""
    fair = ev.save_event(db, {"name": "Выставка"})
    first = ev.capture_lead(db, fair, ev.Lead(company="ООО «Сталь»", inn="7707083893"))
    second = ev.capture_lead(db, fair, ev.Lead(company="Сталь", inn="7707 083 893",
                                               person="Петров"))  # fmt: skip
    assert first.created and not second.created and second.account_id == first.account_id
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM account")).scalar() == 1
    assert [r.joined for r in ev.event_figures(db, fair).leads] == [False]  # one lead


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


def test_acquisition_by_channel_worked_by_hand(db):
    """Window: the 12 months to 30 June 2026. Leads made in it: Альфа (search, 1 Feb),
    Бета (search, 1 Mar; never bought), Гамма (event, the fair of 20 May). Дельта (a
    referral made in 2024) bought first in 2024: no new client. New clients: Альфа (first
    purchase 10 Feb: 100 000 ₽, cost 60 000; its purchase of 1 Mar 2027 is after the
    as-of date) and Гамма (1 June: 50 000 ₽, no cost known: gross profit = revenue).
    Search cost 20 000 ₽ in March 2026 and 5 000 ₽ in May 2025 (before the window); the
    fair cost 150 000 ₽."""
    from core.analytics.dataset import load_dataset
    from core.analytics.segments import segment, to_json

    fair = ev.save_event(db, {"name": "Выставка", "starts_on": date(2026, 5, 20),
                              "stand_kop": 15_000_000})  # fmt: skip
    ids = {}
    made = {"Альфа": ("search", "2026-02-01"), "Бета": ("search", "2026-03-01"),
            "Гамма": ("event", "2026-05-20"), "Дельта": ("referral", "2024-01-10")}  # fmt: skip
    for name, (source, day) in made.items():
        event = fair if source == "event" else None
        ids[name] = ws.create_account(db, {"name": name, "lead_source": source, "event_id": event})
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE account SET created_at = :d WHERE id = :a"),
                         {"d": f"{day} 09:00:00", "a": ids[name]})  # fmt: skip
    _sale(db, ids["Альфа"], "2026-02-10", 100_000_00, 60_000_00)
    _sale(db, ids["Гамма"], "2026-06-01", 50_000_00, None)
    _sale(db, ids["Дельта"], "2024-02-01", 10_000_00, None)
    _sale(db, ids["Дельта"], "2026-04-01", 10_000_00, None)
    with db.engine.begin() as conn:
        for month, amount in (("2026-03-01", 20_000_00), ("2025-05-01", 5_000_00)):
            conn.execute(
                text("INSERT INTO channel_cost (id, created_at, updated_at, month, source, "
                     "amount_kop) VALUES (:i, :t, :t, :m, 'search', :a)"),
                {"i": month, "t": "2026-01-01 00:00:00", "m": month, "a": amount},
            )  # fmt: skip
    seg = segment(load_dataset(db.engine, use_cache=False), date(2026, 6, 30))
    table = to_json(ev.acquisition_table(db.engine, seg))
    rows = {r["segment"]: r for r in table["rows"]}
    search, event = rows["search"], rows["event"]
    assert (search["leads"], search["clients"]) == (2, 1)
    assert search["conversion"] == pytest.approx(0.5)
    assert search["clients_share"] == pytest.approx(0.5)
    assert search["revenue"] == pytest.approx(100_000)
    assert search["gross_profit"] == pytest.approx(40_000)
    assert search["cost"] == pytest.approx(20_000)
    assert search["cost_per_client"] == pytest.approx(20_000)
    assert (event["leads"], event["clients"], event["cost"]) == (1, 1, 150_000)
    assert event["gross_profit"] == pytest.approx(50_000)
    assert rows["Выставка"]["clients"] == 1  # the event, as a row under its channel
    assert rows["referral"]["leads"] == 0 and rows["referral"]["clients"] == 0
    total = table["total"]
    assert (total["leads"], total["clients"]) == (3, 2)
    assert total["cost"] == pytest.approx(170_000)
    assert total["cost_per_client"] == pytest.approx(85_000)


def test_a_capture_reaches_nothing_outside_the_laptop(db, monkeypatch):
    """At the stand there may be no network: a capture with every field (the duplicate
    check and the phone reading included) opens no socket."""
    import socket

    def refuse(*_args, **_kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fair = ev.save_event(db, {"name": "Выставка"})
    index = ev.lead_index(db)
    assert index.matches("ООО Новое", "7707083893", "+7 916 000-00-00", "a@b.ru") == []
    done = ev.capture_lead(db, fair, ev.Lead(
        company="ООО Новое", inn="7707083893", person="Кто-то", phone="+7 916 000-00-00",
        email="a@b.ru", groups=["Болты"], bant=(1, 1, 1, 1), next_step="Позвонить",
        next_date=date(2026, 12, 5),
    ))  # fmt: skip
    assert done.created


def test_two_people_of_one_company_are_one_lead_and_a_known_person_is_met_again(db):
    """A colleague joins the first lead's account: the event counts one lead; the same
    person matched by phone and joined is not added a second time; a card with only a
    phone and no name keeps the phone on the new account."""
    fair = ev.save_event(db, {"name": "Выставка", "starts_on": date(2026, 5, 20)})
    first = ev.capture_lead(db, fair, ev.Lead(company="ООО Альфа", person="Петров Пётр",
                                              phone="+7 916 000-11-22"))  # fmt: skip
    (match,) = ev.lead_index(db).matches(phone="8 916 000 11 22")
    again = ev.capture_lead(db, fair, ev.Lead(company="Альфа", person="Петров Пётр"),
                            join=match.account_id, contact=match.contact_id)  # fmt: skip
    ev.capture_lead(db, fair, ev.Lead(company="Альфа", person="Сидоров"), join=first.account_id)
    assert again.contact_id == first.contact_id
    names = sorted(c["name"] for c in ws.list_records(db, "contact", first.account_id))
    assert names == ["Петров Пётр", "Сидоров"]
    f = ev.event_figures(db, fair)
    assert len(f.leads) == 1 and f.funnel["lead"] == 1 and not f.leads[0].joined
    switchboard = ev.capture_lead(db, fair, ev.Lead(company="ООО Бета", phone="+7 495 111-00-00"))
    assert ws.account_values(db, switchboard.account_id)["phone"] == "+7 495 111-00-00"
