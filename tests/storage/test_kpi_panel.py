"""The KPI panel on a fixture whose every figure is worked out by hand (both engines)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select

from core.accounts import workspace as ws
from core.database import open_database
from core.kpi.panel import KpiError, panel, parse_period, sales_lines, save_kpi_settings
from storage.base import new_id, utcnow
from storage.models import Account, Activity, Opportunity, SaleLine, SalesPlan


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def _row(**values):
    now = utcnow()
    return {"id": new_id(), "created_at": now, "updated_at": now, **values}


def _fixture(db):
    """Q3 2026 against Q2 and Q1 2026 and Q3 2025.
    A (Петров, market 1): 2025-08-10 A0 100 ₽; Q1 A1 50; Q2 A2 200; 2026-07-05 A3 300 G1 +
      100 G2 (one order of 400 ₽).
    B (Петров, market 1): first purchase 2026-08-01 B1 500 G1; 2026-08-15 100 G1 without a
      document number (its own order).
    C (Иванова, market 2): 2025-07-15 C0 50; Q1 C3 30; Q2 C1 100; 2026-09-01 C2 200 G2."""
    a = ws.create_account(db, {"name": "ООО А", "manager": "Петров", "industry": 1})
    b = ws.create_account(db, {"name": "ООО Б", "manager": "Петров", "industry": 1})
    c = ws.create_account(db, {"name": "ООО В", "manager": "Иванова", "industry": 2})
    lines = [
        (a, date(2025, 8, 10), "A0", None, 100), (a, date(2026, 2, 10), "A1", None, 50),
        (a, date(2026, 5, 10), "A2", None, 200), (a, date(2026, 7, 5), "A3", "G1", 300),
        (a, date(2026, 7, 5), "A3", "G2", 100), (b, date(2026, 8, 1), "B1", "G1", 500),
        (b, date(2026, 8, 15), None, "G1", 100), (c, date(2025, 7, 15), "C0", None, 50),
        (c, date(2026, 1, 5), "C3", None, 30), (c, date(2026, 4, 10), "C1", None, 100),
        (c, date(2026, 9, 1), "C2", "G2", 200),
    ]  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(insert(SaleLine), [
            _row(account_id=acc, date=d, doc_no=doc, sku="S", product_group=group,
                 quantity=1.0, amount_kop=rub * 100, occurrence=1)
            for acc, d, doc, group, rub in lines
        ])  # fmt: skip
        plans = [("Петров", date(2026, m, 1), 300_00, 1) for m in (7, 8, 9)]
        plans += [("Иванова", date(2026, 7, 1), 100_00, 0), ("Петров", date(2026, 10, 1), 1, 9)]
        conn.execute(insert(SalesPlan), [
            _row(manager=m, month=mo, revenue_plan_kop=r, new_clients_plan=n)
            for m, mo, r, n in plans
        ])  # fmt: skip
        conn.execute(insert(Opportunity), [
            _row(account_id=a, title="x", stage="won", closed_on=date(2026, 7, 20)),
            _row(account_id=b, title="y", stage="lost", closed_on=date(2026, 8, 20)),
            _row(account_id=c, title="z", stage="won", closed_on=date(2026, 6, 30)),
        ])  # fmt: skip
        acts = [(a, date(2026, 7, d)) for d in (1, 2, 3)] + [
            (c, date(2026, 9, 2)),
            (b, date(2026, 6, 1)),
        ]
        conn.execute(insert(Activity), [_row(account_id=acc, date=d, type="call")
                                        for acc, d in acts])  # fmt: skip
    save_kpi_settings(db, matrix={"1": ["G1", "G2"], "*": ["G2"]})
    return a, b, c


def test_periods():
    q = parse_period("2026-q3")
    assert (q.start, q.end, q.months) == (date(2026, 7, 1), date(2026, 9, 30), 3)
    assert (q.previous.start, q.previous.end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert (q.year_before.start, q.year_before.end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert parse_period("2026-02").end == date(2026, 2, 28)
    assert parse_period("2025").previous.start == date(2024, 1, 1)
    for bad in ("2026-Q5", "2026-13", "Q3"):
        with pytest.raises(KpiError):
            parse_period(bad)


def test_the_company_panel_by_hand(db):
    a, b, c = _fixture(db)
    f = panel(db, parse_period("2026-Q3")).figures
    # revenue 400 + 600 + 200 = 1 200 ₽ against 3 × 300 + 100 = 1 000 ₽
    assert (f["plan"].fact, f["plan"].plan) == (1200_00, 1000_00)
    assert f["plan"].share == 1.2 and f["plan"].accounts == sorted([a, b, c])
    # first purchase in Q3: Б only; plan 1 + 1 + 1 + 0
    assert (f["new_clients"].fact, f["new_clients"].plan, f["new_clients"].accounts) == (1, 3, [b])
    from core.analytics.stats import refresh_account_stats

    with db.engine.begin() as conn:  # as an import does: the first sales come from the cache
        refresh_account_stats(conn)
    assert panel(db, parse_period("2026-Q3")).figures["new_clients"].accounts == [b]
    # bought in Q3 and Q2: А, В; one period earlier (Q2 and Q1): А, В
    assert (f["stable_base"].fact, f["stable_base"].plan) == (2, 2)
    assert f["stable_base"].accounts == sorted([a, c])
    # orders: A3; B1 and Б's line without a number; C2 = 4, against A0 and C0 in Q3 2025
    assert (f["orders"].fact, f["orders"].plan) == (4, 2)
    # closed in Q3: А won, Б lost (В's win on 30 June is Q2)
    assert (f["conversion"].fact, f["conversion"].plan) == (1, 2)
    # 4 activities; norm 10 a week × 92 / 7 weeks × 2 managers = 262.857…
    assert f["activities"].fact == 4 and f["activities"].plan == 262.9
    # А bought G1 and G2 (market 1 needs both) ✓; Б only G1 ✗; В (market 2 → "*": G2) ✓
    assert (f["assortment"].fact, f["assortment"].plan) == (2, 3)
    assert f["assortment"].accounts == sorted([a, c])


def test_a_manager_and_a_department(db):
    a, b, _c = _fixture(db)
    f = panel(db, parse_period("2026-Q3"), "Петров").figures
    assert (f["plan"].fact, f["plan"].plan) == (1000_00, 900_00)
    assert (f["stable_base"].fact, f["stable_base"].plan) == (1, 1)
    assert (f["orders"].fact, f["orders"].plan) == (3, 1)
    assert f["activities"].plan == round(10 * 92 / 7, 1)
    assert (f["assortment"].fact, f["assortment"].plan) == (1, 2)
    save_kpi_settings(db, departments={"Опт": ["Петров"]})
    dept = panel(db, parse_period("2026-Q3"), "department:Опт").figures
    assert dept["plan"].fact == f["plan"].fact
    with pytest.raises(KpiError):
        panel(db, parse_period("2026-Q3"), "department:Нет")
    # the revenue figure's drill-down: the lines behind it
    lines = sales_lines(db, f["plan"].accounts, parse_period("2026-Q3"))
    assert sum(x["amount_kop"] for x in lines) == 1000_00 and {x["account_id"] for x in lines} == {
        a,
        b,
    }


def test_plans_typed_in_the_grid(db):
    from core.kpi.plans import PlanError, plan_grid, set_plan

    set_plan(db, "Петров", date(2026, 7, 15), revenue_kop=300_00)
    set_plan(db, "Петров", date(2026, 7, 1), new_clients=2)  # the same month, the other part
    set_plan(db, "Петров", date(2026, 8, 1), revenue_kop=400_00, new_clients=1)
    assert plan_grid(db, 2026) == {"Петров": {7: (300_00, 2), 8: (400_00, 1)}}
    assert plan_grid(db, 2025) == {}
    with pytest.raises(PlanError):
        set_plan(db, " ", date(2026, 7, 1), revenue_kop=1)
    with pytest.raises(PlanError):
        set_plan(db, "Петров", date(2026, 7, 1), revenue_kop=-1)
    f = panel(db, parse_period("2026-Q3"), "Петров").figures
    assert (f["plan"].plan, f["new_clients"].plan) == (700_00, 3)


def test_a_period_in_progress_and_its_plans_to_date(db):
    """On 15 August 2026, Q3 (92 days) is half gone by: day 46 of 92, month 2 of 3. Its
    plans to date are half the quarter's: revenue 1 000 ₽ → 500 ₽, new clients 3 → 1,5,
    the activity norm 10 a week × 46/7 weeks × 2 managers = 131,4. Orders, conversion
    and the others still compare with whole periods."""
    a, b, c = _fixture(db)
    q3 = parse_period("2026-Q3")
    today = date(2026, 8, 15)
    assert q3.elapsed(today) == 0.5 and q3.months_begun(today) == 2
    assert q3.elapsed(date(2026, 10, 1)) is None and q3.elapsed(date(2026, 6, 30)) is None

    whole = panel(db, q3, today=today)
    assert whole.elapsed == 0.5
    assert whole.figures["plan"].plan == 100_000 and whole.figures["plan"].full_plan is None

    to_date = panel(db, q3, today=today, pro_rata=True)
    assert to_date.figures["plan"].plan == 50_000
    assert to_date.figures["plan"].full_plan == 100_000
    assert to_date.figures["new_clients"].plan == 1.5
    assert to_date.figures["activities"].plan == 131.4
    assert to_date.figures["orders"].plan == whole.figures["orders"].plan
    assert to_date.figures["plan"].fact == whole.figures["plan"].fact

    # each account's own count, for the ring's list
    assert to_date.figures["orders"].by_account == {a: 1, b: 2, c: 1}
    assert to_date.figures["conversion"].by_account == {a: 1, b: 0}
    assert to_date.figures["activities"].by_account == {a: 3, c: 1}
    assert to_date.revenue == {a: 400_00, b: 600_00, c: 200_00}

    ended = panel(db, q3, today=date(2026, 12, 1), pro_rata=True)
    assert ended.elapsed is None and ended.figures["plan"].plan == 100_000


def _months(db) -> dict[tuple[str, str], tuple[int, int]]:
    from storage.models import SaleMonth

    with db.engine.connect() as conn:
        return {
            (name, str(month)): (amount, orders)
            for name, month, amount, orders in conn.execute(
                select(Account.name, SaleMonth.month, SaleMonth.amount_kop, SaleMonth.orders)
                .join(Account, Account.id == SaleMonth.account_id)
            )
        }  # fmt: skip


def test_sales_by_month_follow_every_change_of_the_sales(db, tmp_path, monkeypatch) -> None:
    from core.accounts.merge import merge_accounts
    from core.importing import ImportSession
    from storage import stats

    rebuilt: list[object] = []
    real = stats.rebuild_sales_months

    def rebuild(conn, accounts=None, span=None):
        rebuilt.append(None if accounts is None else (sorted(accounts), span))
        return real(conn, accounts, span)

    monkeypatch.setattr(stats, "rebuild_sales_months", rebuild)
    monkeypatch.setattr("core.analytics.stats.rebuild_sales_months", rebuild)

    def imported(name: str, body: str) -> None:
        path = tmp_path / name
        path.write_text("Дата;Документ;Контрагент;Артикул;Количество;Сумма\n" + body, "utf-8")
        ImportSession(path, kind="sales").run(db.engine)

    # Альфа: order 1 has lines on 30 and 31 January and 1 February (counted in both
    # months); a return in February; Бета: two orders in January, one without a number
    imported("a.csv", "30.01.2026;1;Альфа;S1;1;100\n31.01.2026;1;Альфа;S2;1;50\n"
             "01.02.2026;1;Альфа;S3;1;25\n10.02.2026;В-1;Альфа;S1;-1;-40\n"
             "05.01.2026;7;Бета;S1;2;300\n06.01.2026;;Бета;S1;1;10\n")  # fmt: skip
    assert _months(db) == {
        ("Альфа", "2026-01-01"): (150_00, 1), ("Альфа", "2026-02-01"): (-15_00, 1),
        ("Бета", "2026-01-01"): (310_00, 2),
    }  # fmt: skip
    assert rebuilt == [None]  # the first sales: the whole table

    # a second file touches Бета only: only Бета's months are made again
    imported("b.csv", "03.03.2026;8;Бета;S1;1;20\n")
    assert _months(db)[("Бета", "2026-03-01")] == (20_00, 1)
    assert len(_months(db)) == 4
    ids = {r["name"]: r["id"] for r in ws_accounts(db)}
    assert rebuilt[-1] == ([ids["Бета"]], (date(2026, 3, 3), date(2026, 3, 3)))

    # one more January line of Альфа: only Альфа's January made again, February kept
    imported("c.csv", "15.01.2026;2;Альфа;S9;1;5\n")
    assert rebuilt[-1] == ([ids["Альфа"]], (date(2026, 1, 15), date(2026, 1, 15)))
    assert _months(db)[("Альфа", "2026-01-01")] == (155_00, 2)
    assert _months(db)[("Альфа", "2026-02-01")] == (-15_00, 1)

    # the year's panel reads them: 155 − 15 + 310 + 20 = 470 ₽; 2 + 1 + 2 + 1 orders
    f = panel(db, parse_period("2026"), today=date(2026, 12, 1)).figures
    assert (f["plan"].fact, f["orders"].fact) == (470_00, 6)
    assert len(rebuilt) == 3  # in step: nothing rebuilt for the panel

    # Бета merged into Альфа: both accounts' months made again, Бета's gone
    merge_accounts(db, [ids["Альфа"], ids["Бета"]])
    assert rebuilt[-1] == (sorted([ids["Альфа"], ids["Бета"]]), None)
    assert _months(db) == {
        ("Альфа", "2026-01-01"): (465_00, 4), ("Альфа", "2026-02-01"): (-15_00, 1),
        ("Альфа", "2026-03-01"): (20_00, 1),
    }  # fmt: skip


def ws_accounts(db) -> list[dict]:
    with db.engine.connect() as conn:
        return [{"id": i, "name": n} for i, n in conn.execute(select(Account.id, Account.name))]


def test_the_sales_months_of_most_lines_are_read_through_the_table(db) -> None:
    """On SQLite, the months of a span covering most of the sales' days are made from
    one pass through the table (through the date index they were made at twice the
    time); a month of new sales still goes through the index; PostgreSQL's planner
    chooses itself."""
    from storage.stats import _most_lines

    _fixture(db)  # sales from 2025-07-15 to 2026-09-01: 414 days
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        assert _most_lines(conn, None) is sqlite
        assert _most_lines(conn, (date(2026, 7, 1), date(2026, 7, 31))) is False  # 31 days
        # 2025-07-15 … 2025-11-30: 139 days, more than a quarter of 414
        assert _most_lines(conn, (date(2025, 1, 1), date(2025, 11, 30))) is sqlite
        # 2025-07-15 … 2025-09-30: 78 days, less
        assert _most_lines(conn, (date(2025, 1, 1), date(2025, 9, 30))) is False
