"""The demo company: deterministic, valid, and with the behaviours the methods look for."""

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from core.analytics.window import analysis_window, previous_window
from core.database import open_database
from core.demo import DemoError, DemoOptions, generate
from core.inn import is_valid_inn, is_valid_kpp

END = date(2026, 10, 31)
TABLES = (
    "account",
    "product",
    "sale_line",
    "contact",
    "activity",
    "task",
    "opportunity",
    "competitor_presence",
    "receivable",
    "delivery",
    "survey_answer",
    "csi_rating",
    "sales_plan",
    "region_universe",
    "account_stats",
    "spin_answer",
    "bant_score",
    "tco_model",
    "proposal",
    "proposal_version",
    "development_plan",
    "milestone_reached",
)


def content_hash(url: str) -> str:
    db = open_database(url)
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in TABLES:
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2, 3")):
                digest.update(repr(tuple(row)).encode())
    db.close()
    return digest.hexdigest()


def build(tmp_path: Path, name: str, seed: int = 3) -> str:
    url = f"sqlite:///{tmp_path / name}"
    db = open_database(url)
    generate(db.engine, DemoOptions(accounts=60, lines=3000, seed=seed, end=END))
    db.close()
    return url


def test_same_seed_gives_identical_content(tmp_path):
    assert content_hash(build(tmp_path, "a.db")) == content_hash(build(tmp_path, "b.db"))


def test_another_seed_gives_other_content(tmp_path):
    assert content_hash(build(tmp_path, "a.db", 3)) != content_hash(build(tmp_path, "c.db", 4))


def test_demo_content_is_valid_and_complete(demo_db_file):
    db = open_database(str(demo_db_file))
    with db.engine.connect() as conn:
        accounts = conn.execute(text("SELECT inn, kpp, industry, region FROM account")).all()
        assert len(accounts) == 120
        assert all(is_valid_inn(inn) and is_valid_kpp(kpp) for inn, kpp, _, _ in accounts)
        assert len({inn for inn, *_ in accounts}) == 120
        assert {ind for _, _, ind, _ in accounts} <= set(range(1, 13))
        assert len({region for *_, region in accounts}) >= 10
        assert conn.execute(text("SELECT COUNT(*) FROM sale_line")).scalar() == 6000
        lo, hi = conn.execute(text("SELECT MIN(date), MAX(date) FROM sale_line")).one()
        assert lo >= "2023-11-01" and hi <= "2026-10-31"
        assert (
            conn.execute(text("SELECT COUNT(DISTINCT product_group) FROM product")).scalar() == 12
        )
        assert conn.execute(text("SELECT COUNT(*) FROM product")).scalar() == 300
        assert (
            conn.execute(text("SELECT COUNT(*) FROM sale_line WHERE amount_kop < 0")).scalar() > 0
        )
        roles = {r for (r,) in conn.execute(text("SELECT DISTINCT buying_role FROM contact"))}
        assert roles == {"economic", "technical", "user", "coach"}
        overdue = conn.execute(
            text(
                "SELECT COUNT(*) FROM receivable"
                " WHERE paid_date IS NULL AND due_date < '2026-10-31' OR paid_date > due_date"
            )
        ).scalar()
        assert overdue > 0
        late = conn.execute(
            text("SELECT COUNT(*) FROM delivery WHERE delivered_date > promised_date")
        ).scalar()
        short = conn.execute(
            text("SELECT COUNT(*) FROM delivery WHERE qty_delivered < qty_ordered")
        ).scalar()
        assert late > 0 and short > 0
        for table in (
            "survey_answer",
            "sales_plan",
            "region_universe",
            "competitor_presence",
            "activity",
            "opportunity",
        ):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() > 0, table
        # the rep's day has something to show: open tasks, some of them overdue, each the
        # current next step of its account (its latest activity's) and its manager's
        end = conn.execute(text("SELECT MAX(date) FROM sale_line")).scalar()
        tasks = conn.execute(text(
            "SELECT t.status, t.due_on, t.owner = acc.manager, a.next_step_date = t.due_on "
            "FROM task t JOIN account acc ON acc.id = t.account_id "
            "JOIN activity a ON a.id = t.source_id"
        )).fetchall()  # fmt: skip
        assert tasks and all(own and same for _s, _d, own, same in tasks)
        due = [str(d) for s, d, _o, _x in tasks if s == "open"]
        assert any(d < str(end) for d in due) and any(d > str(end) for d in due)
    db.close()


def test_demo_has_every_purchase_behaviour(tmp_path):
    """Classify clients by METHODS.md §4 purchase behaviour straight from the lines."""
    url = f"sqlite:///{tmp_path / 'behaviour.db'}"
    db = open_database(url)
    generate(db.engine, DemoOptions(accounts=400, lines=30_000, seed=11, end=END))
    w, p = analysis_window(END), previous_window(END)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.id, SUM(CASE WHEN s.date >= :ws THEN s.amount_kop ELSE 0 END),"
                " SUM(CASE WHEN s.date BETWEEN :ps AND :pe THEN s.amount_kop ELSE 0 END),"
                " SUM(CASE WHEN s.date < :ps THEN 1 ELSE 0 END), COUNT(s.id)"
                " FROM account a LEFT JOIN sale_line s ON s.account_id = a.id GROUP BY a.id"
            ),
            {"ws": w.start.isoformat(), "ps": p.start.isoformat(), "pe": p.end.isoformat()},
        ).all()
    db.close()
    seen = set()
    for _id, cur, prev, before, n in rows:
        cur, prev = cur or 0, prev or 0
        if n == 0:
            seen.add("prospect")
        elif prev > 0 and cur > 0:
            seen.add("falling" if cur < 0.7 * prev else "growing" if cur > 1.3 * prev else "stable")
        elif prev > 0:
            seen.add("lost")
        elif cur > 0:
            seen.add("returned" if before else "new")
        else:
            seen.add("dormant")
    assert seen == {
        "prospect",
        "falling",
        "growing",
        "stable",
        "lost",
        "returned",
        "new",
        "dormant",
    }


def test_demo_refuses_a_database_that_has_accounts(demo_db_file, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(demo_db_file.read_bytes())
    db = open_database(str(copy))
    with pytest.raises(DemoError, match="already holds 120 accounts"):
        generate(db.engine, DemoOptions(accounts=5, lines=50, end=END))
    report = generate(db.engine, DemoOptions(accounts=5, lines=50, end=END), replace=True)
    assert report.accounts == 5
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM account")).scalar() == 5
    db.close()


def test_cancelling_the_demo_leaves_the_database_empty(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")

    class Stop(Exception):
        pass

    def progress(percent, _what):
        if percent >= 40:
            raise Stop

    with pytest.raises(Stop):
        generate(db.engine, DemoOptions(accounts=50, lines=2000, end=END), progress)
    with db.engine.connect() as conn:
        for table in ("account", "sale_line", "product"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0
    db.close()


def test_the_demo_shows_every_document(demo_db_file, tmp_path):
    """Proposals (numbered, some sent, exportable whatever the strategy: every discount
    is kept with a reason), SPIN answers to the bank's questions, BANT scores, plans
    with milestones, and the seller's profile with valid requisites."""
    from core.company import company_profile
    from core.selling.proposal_docs import export_proposal, list_proposals, proposal_document

    db = open_database(str(demo_db_file))
    try:
        proposals = list_proposals(db)
        accounts = db.engine.connect().execute(text("SELECT COUNT(*) FROM account")).scalar()
        assert len(proposals) == accounts // 8
        by_year: dict[str, list[int]] = {}
        for p in proposals:
            year, seq = p["number"].split("-")[1:]
            by_year.setdefault(year, []).append(int(seq))
        for seqs in by_year.values():
            assert sorted(seqs) == list(range(1, len(seqs) + 1))  # no gap, none twice
        sent = [p for p in proposals if p["status"] == "sent"]
        assert sent and all(p["revision"] == 1 for p in sent)
        assert all(p["revision"] == 0 for p in proposals if p["status"] == "draft")
        doc = proposal_document(db, sent[0]["id"], strategy="consider_ending")  # 0 % allowed
        assert doc.items and doc.addressed and not [e for e in doc.excesses if not e.kept]
        path, _revision = export_proposal(db, sent[0]["id"], tmp_path / "kp.pdf",
                                          strategy="consider_ending")  # fmt: skip
        assert path.stat().st_size > 0
        with db.engine.connect() as conn:
            orphans = conn.execute(text(
                "SELECT COUNT(*) FROM spin_answer a LEFT JOIN spin_question q "
                "ON q.id = a.question_id WHERE q.id IS NULL")).scalar()  # fmt: skip
            assert orphans == 0
            assert conn.execute(text("SELECT COUNT(*) FROM spin_answer")).scalar() > 0
            bant = conn.execute(text("SELECT budget, authority, need, timing FROM bant_score"))
            assert all(0 <= v <= 3 for row in bant for v in row)
            doubled = conn.execute(text(
                "SELECT COUNT(*) FROM (SELECT account_id, milestone_no FROM milestone_reached "
                "GROUP BY 1, 2 HAVING COUNT(*) > 1) d")).scalar()  # fmt: skip
            assert doubled == 0
            assert conn.execute(text("SELECT COUNT(*) FROM development_plan")).scalar() > 0
        profile = company_profile(db)
        assert is_valid_inn(profile["inn"]) and is_valid_kpp(profile["kpp"])
        assert profile["signer_name"] and profile["payment_terms"]
    finally:
        db.close()
