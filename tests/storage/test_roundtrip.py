"""Storage round trip on SQLite and, when configured, PostgreSQL."""

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from core.analytics.stats import refresh_account_stats
from core.database import open_database
from storage.base import utcnow
from storage.models import (
    Account,
    AccountStats,
    BantScore,
    BcgScore,
    Contact,
    Proposal,
    ProposalVersion,
    SaleLine,
)


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_round_trip_keeps_every_value(db):
    with db.sessions() as s, s.begin():
        acc = Account(
            name="ООО «Ромашка & <Ко>»",
            name_norm="ромашка",
            inn="0101234567",
            kpp="010101001",
            industry=2,
            potential_kop=123_456_789_012,
        )
        s.add(acc)
        s.flush()
        s.add_all(
            [
                SaleLine(
                    account_id=acc.id,
                    date=date(2024, 5, 1),
                    doc_no="1",
                    sku="A",
                    quantity=1.5,
                    amount_kop=99_999_999_999,
                    cost_kop=1,
                ),
                Contact(
                    account_id=acc.id, name="Иванов", buying_role="economic", is_decision_maker=True
                ),
                BantScore(
                    account_id=acc.id,
                    budget=3,
                    authority=2,
                    need=1,
                    timing=0,
                    notes={"budget": "есть"},
                    scored_at=utcnow(),
                ),
                BcgScore(
                    account_id=acc.id,
                    factor="sow",
                    suggested=2,
                    override=4,
                    reason="SOW 34% → 2",
                    scored_at=utcnow(),
                ),
            ]
        )
        prop = Proposal(account_id=acc.id, title="КП", content={"A": "ситуация", "items": [1, 2]})
        s.add(prop)
        s.flush()
        s.add(
            ProposalVersion(
                proposal_id=prop.id,
                number=1,
                content=prop.content,
                exported_at=utcnow(),
                file_format="docx",
            )
        )
        acc_id = acc.id
    with db.sessions() as s:
        acc = s.get(Account, acc_id)
        assert acc.name == "ООО «Ромашка & <Ко>»"
        assert acc.inn == "0101234567"  # text: the leading zero stays
        assert acc.potential_kop == 123_456_789_012
        assert len(acc.id) == 36 and acc.created_at is not None and acc.deleted_at is None
        line = s.execute(select(SaleLine)).scalar_one()
        assert line.amount_kop == 99_999_999_999 and isinstance(line.amount_kop, int)
        assert line.quantity == 1.5 and line.date == date(2024, 5, 1)
        bcg = s.execute(select(BcgScore)).scalar_one()
        assert (bcg.suggested, bcg.override, bcg.reason) == (2, 4, "SOW 34% → 2")
        assert s.execute(select(BantScore)).scalar_one().notes == {"budget": "есть"}
        version = s.execute(select(ProposalVersion)).scalar_one()
        assert version.content == {"A": "ситуация", "items": [1, 2]}


def test_tombstone_and_updated_at(db):
    with db.sessions() as s, s.begin():
        acc = Account(name="A", name_norm="a")
        s.add(acc)
    created = acc.updated_at
    with db.sessions() as s, s.begin():
        row = s.get(Account, acc.id)
        row.deleted_at = utcnow()
    with db.sessions() as s:
        row = s.get(Account, acc.id)
        assert row.deleted_at is not None
        assert row.updated_at >= created
        live = s.execute(select(Account).where(Account.deleted_at.is_(None))).all()
        assert live == []


def test_concurrent_edit_is_detected(db):
    with db.sessions() as s, s.begin():
        s.add(Account(id="11111111-1111-4111-8111-111111111111", name="A", name_norm="a"))
    first, second = db.sessions(), db.sessions()
    a1 = first.get(Account, "11111111-1111-4111-8111-111111111111")
    a2 = second.get(Account, "11111111-1111-4111-8111-111111111111")
    # each read ends its transaction (as the window's reads do); the edits are saved
    # later, each in a write transaction of its own
    first.commit()
    second.commit()
    a1.region = "Москва"
    first.commit()
    a2.region = "Казань"
    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.sessions() as s, s.begin():
        s.add(SaleLine(account_id="no-such-account", date=date(2024, 1, 1), amount_kop=1))


def test_account_stats_match_hand_worked_figures(db):
    with db.sessions() as s, s.begin():
        acc = Account(name="A", name_norm="a")
        s.add(acc)
        s.flush()
        rows = [
            (date(2023, 2, 1), "P1", 40_000, 10_000),  # previous window
            (date(2024, 1, 15), "D1", 10_000, 6_000),
            (date(2024, 1, 15), "D1", 5_000, None),  # no cost: counts as profit in full
            (date(2024, 6, 1), None, 7_000, 2_000),  # no document: (account, date) order
            (date(2024, 6, 2), "R1", -3_000, -1_000),  # return
        ]
        for d, doc, amount, cost in rows:
            s.add(SaleLine(account_id=acc.id, date=d, doc_no=doc, amount_kop=amount, cost_kop=cost))
    with db.engine.begin() as conn:
        as_of = refresh_account_stats(conn)
    assert as_of == date(2024, 6, 2)
    with db.sessions() as s:
        st = s.get(AccountStats, acc.id)
    # window: 3 Jun 2023 … 2 Jun 2024; previous: 3 Jun 2022 … 2 Jun 2023
    assert st.revenue_kop == 10_000 + 5_000 + 7_000 - 3_000
    assert st.revenue_prev_kop == 40_000
    assert st.gross_profit_kop == 4_000 + 5_000 + 5_000 - 2_000
    assert st.orders == 2  # D1 and the undocumented 1 June order; the return is no order
    assert st.ltv_kop == 59_000
    assert (st.first_sale, st.last_sale) == (date(2023, 2, 1), date(2024, 6, 1))


def _spoil_figures(db, account_id: str) -> None:
    """An account's figures altered by hand: -1 shows whether they were made again."""
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE account_stats SET revenue_kop = -1 WHERE account_id = :a"),
            {"a": account_id},
        )


def _new_line(db, account_id: str, day: date, doc: str, amount: int):
    """One new sale line, then the figures refreshed as an import of it does."""
    with db.sessions() as s, s.begin():
        s.add(SaleLine(account_id=account_id, date=day, doc_no=doc, amount_kop=amount))
    with db.engine.begin() as conn:
        return refresh_account_stats(conn, accounts=[account_id], span=(day, day))


def test_new_lines_recompute_their_accounts_figures_only_while_the_day_stands(db):
    """New lines of one account before the latest sale: only its figures are made again
    (another account's row, altered here by hand, stays as it was); a line after the
    latest sale moves the windows, and every account's figures are made again."""
    with db.sessions() as s, s.begin():
        a, b = Account(name="A", name_norm="a"), Account(name="B", name_norm="b")
        s.add_all([a, b])
        s.flush()
        s.add(SaleLine(account_id=a.id, date=date(2024, 6, 2), doc_no="A1", amount_kop=9_000))
        s.add(SaleLine(account_id=b.id, date=date(2024, 3, 1), doc_no="B1", amount_kop=20_000))
    with db.engine.begin() as conn:
        assert refresh_account_stats(conn) == date(2024, 6, 2)
    _spoil_figures(db, a.id)
    assert _new_line(db, b.id, date(2024, 5, 1), "B2", 15_000) == date(2024, 6, 2)
    with db.sessions() as s:
        first_a, first_b = s.get(AccountStats, a.id), s.get(AccountStats, b.id)
        assert (first_b.revenue_kop, first_b.orders, first_b.ltv_kop) == (35_000, 2, 35_000)
        assert first_b.last_sale == date(2024, 5, 1)
        assert first_a.revenue_kop == -1  # not made again
    assert _new_line(db, b.id, date(2024, 7, 1), "B3", 1_000) == date(2024, 7, 1)
    with db.sessions() as s:
        later_a, later_b = s.get(AccountStats, a.id), s.get(AccountStats, b.id)
        assert (later_a.revenue_kop, later_a.as_of) == (9_000, date(2024, 7, 1))  # made again
        assert (later_b.revenue_kop, later_b.orders) == (36_000, 3)
    # figures made by something else than this (no stamp of theirs): every account again
    _spoil_figures(db, a.id)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM data_stamp WHERE name LIKE 'account_figures%'"))
    assert _new_line(db, b.id, date(2024, 6, 1), "B4", 500) == date(2024, 7, 1)
    with db.sessions() as s:
        assert s.get(AccountStats, a.id).revenue_kop == 9_000
        assert s.get(AccountStats, b.id).revenue_kop == 36_500


def test_sqlite_runs_in_wal_mode(sqlite_url):
    database = open_database(sqlite_url)
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.close()


def test_a_write_takes_the_lock_when_it_begins_and_a_read_does_not(tmp_path):
    """BEGIN IMMEDIATE for writes (storage.db.writing, transaction), BEGIN for reads:
    another writer is shut out from the first statement of a write, before it writes."""
    import sqlite3

    from sqlalchemy import select

    from core.database import open_database
    from storage.db import transaction, writing

    path = tmp_path / "lock.db"
    db = open_database(str(path))
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with writing(db.engine) as conn:
            conn.execute(select(1))  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with transaction(db.sessions) as session:
            session.execute(select(1))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with db.engine.connect() as conn:
            conn.execute(select(1))
            other.execute("BEGIN IMMEDIATE")  # a read holds no write lock
            other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()
