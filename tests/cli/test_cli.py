"""The command line run as a user runs it: exit codes, JSON keys, messages."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.selling.bcg import STRATEGIES

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT_KEYS = {
    "id",
    "name",
    "inn",
    "kpp",
    "industry",
    "region",
    "channel",
    "manager",
    "revenue",
    "revenue_prev",
    "gross_profit",
    "orders",
    "ltv",
    "days_since_purchase",
    "expected_loss",
    "labels",
}
LABEL_KEYS = {
    "abc",
    "xyz",
    "kml",
    "spl",
    "psc",
    "persona",
    "dsl",
    "dsl_level",
    "rfm",
    "behaviour",
    "lifecycle",
    "bant",
    "bcg_strategy",
    "progress_level",
    "churn_risk",
    "churn_reasons",
}


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run(
        "demo",
        "--db",
        str(path),
        "--accounts",
        "40",
        "--lines",
        "1500",
        "--seed",
        "5",
        "--end",
        "2026-06-30",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["accounts"] == 40 and report["sale_lines"] == 1500
    assert report["last_sale"] <= "2026-06-30"
    return path


def test_version():
    from core import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Fieldbook {__version__}"


def test_accounts_json_has_the_documented_keys(demo):
    result = run("accounts", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 40
    for rec in records:
        assert set(rec) == ACCOUNT_KEYS
        assert set(rec["labels"]) == LABEL_KEYS
        # the demo scores BANT for three accounts in ten (0–12); the BCG strategy comes
        # from the suggested scores (the demo has contacts with a decision maker, so
        # relationship always has a factor)
        bant = rec["labels"]["bant"]
        assert bant is None or (isinstance(bant, int) and 0 <= bant <= 12)
        assert rec["labels"]["bcg_strategy"] in STRATEGIES
        assert rec["labels"]["behaviour"] in {
            "new",
            "lost",
            "falling",
            "growing",
            "stable",
            "returned",
            "dormant",
            "prospect",
        }
        # segment labels exist exactly for the accounts that bought in the window
        bought = rec["revenue"] != 0 or rec["orders"] > 0
        assert (rec["labels"]["abc"] is not None) == bought, rec
    buyers = [r for r in records if r["orders"]]
    assert buyers and all(r["revenue"] == round(r["revenue"], 2) for r in buyers)


def test_accounts_json_revenue_matches_the_sales_lines(demo):
    """The list's revenue is the sum of the lines of the 12 months ending on the latest sale:
    a month end gives 12 calendar months, any other day D gives (D − 12 months, D]."""
    import calendar
    import sqlite3
    from datetime import date, timedelta

    conn = sqlite3.connect(demo)
    last = date.fromisoformat(conn.execute("SELECT MAX(date) FROM sale_line").fetchone()[0])
    if last.day == calendar.monthrange(last.year, last.month)[1]:
        start = date(last.year - 1, last.month, 1) + timedelta(days=32)
        start = start.replace(day=1)
    else:
        start = last.replace(year=last.year - 1) + timedelta(days=1)
    expected = dict(
        conn.execute(
            "SELECT account_id, SUM(amount_kop) FROM sale_line"
            " WHERE date BETWEEN ? AND ? GROUP BY account_id",
            (start.isoformat(), last.isoformat()),
        )
    )
    conn.close()
    records = json.loads(run("accounts", "--db", str(demo)).stdout)
    for rec in records:
        assert rec["revenue"] == pytest.approx(expected.get(rec["id"], 0) / 100)


def test_db_from_the_environment_variable(demo):
    result = run("accounts", env={"FIELDBOOK_DB": str(demo)})
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 40


def test_accounts_carry_churn_risk_for_those_bought_from_in_12_months(demo):
    """METHODS.md §12: a risk (0–1) with reasons (strings) and the expected loss = risk ×
    the 12 months' revenue for the accounts with a purchase in the 12 months; null for
    the others."""
    records = json.loads(run("accounts", "--db", str(demo)).stdout)
    scored = [r for r in records if r["labels"]["churn_risk"] is not None]
    assert scored
    for rec in records:
        risk = rec["labels"]["churn_risk"]
        reasons = rec["labels"]["churn_reasons"]
        assert isinstance(reasons, list) and all(isinstance(t, str) for t in reasons)
        if risk is None:
            assert rec["expected_loss"] is None and reasons == []
            # nothing bought in the 365 days to the latest sale
            assert rec["days_since_purchase"] is None or rec["days_since_purchase"] >= 365
            continue
        assert 0.0 <= risk <= 1.0
        # the risk is printed to three decimals: the loss agrees within half of 0.001
        assert rec["expected_loss"] == pytest.approx(
            risk * rec["revenue"], abs=0.0005 * abs(rec["revenue"]) + 0.05
        )


def test_accounts_as_of_reads_the_data_up_to_that_day_only(demo):
    """``accounts --as-of D``: revenue of (D − 12 months, D] from the lines, summed here in
    SQL; the days since purchase counted to D; a later line changes nothing."""
    import sqlite3
    from datetime import date

    day = date(2025, 6, 15)
    conn = sqlite3.connect(demo)
    expected = dict(
        conn.execute(
            "SELECT account_id, SUM(amount_kop) FROM sale_line"
            " WHERE date > '2024-06-15' AND date <= '2025-06-15' GROUP BY account_id"
        )
    )
    last = dict(
        conn.execute(
            "SELECT account_id, MAX(date) FROM sale_line"
            " WHERE date <= '2025-06-15' AND amount_kop > 0 GROUP BY account_id"
        )
    )
    conn.close()
    result = run("accounts", "--db", str(demo), "--as-of", day.isoformat())
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert {r["id"] for r in records} >= set(expected)
    for rec in records:
        assert rec["revenue"] == pytest.approx(expected.get(rec["id"], 0) / 100)
        if rec["id"] in last:
            assert rec["days_since_purchase"] == (day - date.fromisoformat(last[rec["id"]])).days


def test_accounts_as_of_ignore_what_came_after_that_day(demo, tmp_path):
    """The same command on a copy of the database with a later sale to every account, a
    later meeting with each ЛПР and a later BANT prints the same: no label, risk or
    figure reads them."""
    import shutil
    import sqlite3

    copy = tmp_path / "later.db"
    shutil.copy(demo, copy)
    conn = sqlite3.connect(copy)
    conn.execute(
        "INSERT INTO sale_line (id, created_at, updated_at, account_id, date, doc_no, sku, "
        "quantity, amount_kop, occurrence) SELECT 'later-' || id, created_at, updated_at, id, "
        "'2025-07-15', 'LATER', 'X', 1, 99999900, 1 FROM account"
    )
    conn.execute(
        "INSERT INTO activity (id, created_at, updated_at, account_id, date, type, contact_id) "
        "SELECT 'later-' || id, created_at, updated_at, account_id, '2026-07-10', 'visit', id "
        "FROM contact WHERE is_decision_maker = 1"
    )
    # a BANT scored later, full marks: the as-of labels keep the score of their day
    conn.execute(
        "INSERT INTO bant_score (id, created_at, updated_at, account_id, budget, authority, "
        "need, timing, notes, scored_at) SELECT 'later-' || id, created_at, updated_at, "
        "account_id, 3, 3, 3, 3, notes, '2026-07-20' || substr(scored_at, 11) FROM bant_score"
    )
    assert conn.execute("SELECT COUNT(*) FROM bant_score WHERE id LIKE 'later-%'").fetchone()[0]
    conn.commit()
    conn.close()
    before = run("accounts", "--db", str(demo), "--as-of", "2025-06-30")
    after = run("accounts", "--db", str(copy), "--as-of", "2025-06-30")
    assert before.returncode == after.returncode == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    assert json.loads(run("accounts", "--db", str(copy)).stdout) != json.loads(
        run("accounts", "--db", str(demo)).stdout
    )  # without --as-of the later data are read


def test_churn_prints_the_backtest(demo):
    result = run("churn", "--db", str(demo), "--horizon", "60")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {
        "as_of",
        "horizon_days",
        "model",
        "auc",
        "top_decile_capture",
        "accounts_scored",
    } <= set(out)
    assert out["horizon_days"] == 60
    assert out["model"] in ("gradient_boosting", "rule")
    assert out["accounts_scored"] > 0
    assert out["auc"] is not None and 0.0 <= out["auc"] <= 1.0
    for horizon in ("0", "6", "731", "ninety"):  # Settings allow 7–730 days
        bad = run("churn", "--db", str(demo), "--horizon", horizon)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr, horizon
    far = run("churn", "--db", str(demo), "--as-of", "2030-01-01")
    assert far.returncode == 1 and "No account bought in the 12 months" in far.stderr
    ancient = run("churn", "--db", str(demo), "--as-of", "0001-01-01")
    assert ancient.returncode == 2 and "1900" in ancient.stderr


def test_churn_on_an_empty_database_says_so(tmp_path):
    result = run("churn", "--db", str(tmp_path / "empty.db"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "no sales" in result.stderr


def test_accounts_csv(demo):
    result = run("accounts", "--db", str(demo), "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 40
    assert "label_abc" in rows[0] and "inn" in rows[0]


def test_backup_and_restore(demo, tmp_path):
    live = tmp_path / "live.db"
    live.write_bytes(demo.read_bytes())
    out = tmp_path / "copy.db"
    result = run("backup", "--db", str(live), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["backup"] == str(out.resolve())
    assert (
        run("demo", "--db", str(live), "--accounts", "3", "--lines", "10", "--replace").returncode
        == 0
    )
    assert len(json.loads(run("accounts", "--db", str(live)).stdout)) == 3
    result = run("restore", str(out), "--db", str(live))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(run("accounts", "--db", str(live)).stdout)) == 40
    assert Path(json.loads(result.stdout)["previous"]).exists()


@pytest.mark.parametrize(
    "args",
    [
        ("bogus",),
        ("demo", "--accounts", "many"),
        ("demo", "--end", "31.12.2024"),
        ("accounts", "--format", "xml"),
        ("backup",),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, tmp_path):
    result = run(*args, "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rejected_input_exits_1_with_the_reason(demo, tmp_path):
    bogus = tmp_path / "not-a-backup.db"
    bogus.write_text("hello")
    result = run("restore", str(bogus), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "not a Fieldbook database" in result.stderr and "Traceback" not in result.stderr

    result = run("demo", "--db", str(demo), "--accounts", "2", "--lines", "5")
    assert result.returncode == 1
    assert "already holds 40 accounts" in result.stderr

    not_db = tmp_path / "text.db"
    not_db.write_text("this is not a database at all " * 100)
    result = run("accounts", "--db", str(not_db))
    assert result.returncode == 1
    assert "is not a Fieldbook database (not a SQLite file)" in result.stderr
    assert "Traceback" not in result.stderr


def accounts_json(db):
    return json.loads(run("accounts", "--format", "json", "--db", str(db)).stdout)


def test_segments_json_shape(demo):
    result = run("segments", "kml", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    table = json.loads(result.stdout)
    assert set(table) == {"kind", "as_of", "window_months", "columns", "rows", "total", "warnings"}
    assert table["columns"][:4] == ["revenue", "revenue_share", "ltv", "clients"]
    assert sum(r["clients"] for r in table["rows"]) == table["total"]["clients"]
    assert abs(sum(r["revenue"] for r in table["rows"]) - table["total"]["revenue"]) < 0.05
    labels = {r["labels"]["kml"] for r in json.loads(run("accounts", "--db", str(demo)).stdout)}
    assert {r["segment"] for r in table["rows"]} == labels - {None}


def test_segments_csv_and_usage(demo, tmp_path):
    out = tmp_path / "dsl.csv"
    result = run("segments", "dsl", "--format", "csv", "--out", str(out), "--db", str(demo))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:3] == ["segment", "revenue", "revenue_share"]
    assert rows[-1][0] == "total"
    assert run("segments", "nonsense", "--db", str(demo)).returncode == 2
    assert run("segments", "kml", "--window-months", "0", "--db", str(demo)).returncode == 2


def test_segments_xlsx_by_and_the_new_kinds(demo, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "abc.xlsx"
    result = run("segments", "abc-xyz", "--format", "xlsx", "--out", str(out), "--db", str(demo))
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    sheet = book.active
    assert [c.value for c in sheet[1]][:3] == ["Segment", "Revenue", "% of total revenue"]
    last = sheet.max_row
    assert sheet.cell(last, 1).value == "total" and sheet.cell(last, 1).font.b
    assert sheet.cell(2, 2).number_format == "#,##0.00"
    assert sheet.cell(2, 3).number_format == "0.0%"
    book.close()
    data = json.loads(run("segments", "abc-xyz", "--db", str(demo)).stdout)
    assert sheet.cell(last, 2).value == data["total"]["revenue"]  # roubles, like the JSON

    bcg = json.loads(run("segments", "bcg", "--db", str(demo)).stdout)
    strategy = {r["id"]: r["labels"]["bcg_strategy"] for r in accounts_json(demo)}
    for row in bcg["rows"]:  # the table agrees with every account's label
        label = None if row["segment"] == "unscored" else row["segment"]
        assert row["clients"] == sum(1 for s in strategy.values() if s == label)
    assert bcg["total"]["clients"] == len(strategy)

    for kind in ("capacity", "top", "coverage"):
        result = run("segments", kind, "--db", str(demo))
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["kind"] == kind
    lost = json.loads(run("segments", "behaviour", "--by", "manager", "--db", str(demo)).stdout)
    behaviour = json.loads(run("segments", "behaviour", "--db", str(demo)).stdout)
    assert abs(lost["total"]["lost_sales"] - behaviour["total"]["lost_sales"]) < 0.05
    wrong = run("segments", "kml", "--by", "manager", "--db", str(demo))
    assert wrong.returncode == 2 and "has no --by manager" in wrong.stderr
    assert run("segments", "kml", "--format", "xlsx", "--db", str(demo)).returncode == 2


def test_segments_threshold_option(demo):
    def a_share(*extra):
        result = run("segments", "abc-xyz", "--db", str(demo), *extra)
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)["rows"]
        return sum(r["revenue_share"] for r in rows if r["segment"] in ("AX", "AY", "AZ"))

    # A: the clients whose cumulative share (itself included) stays within abc_a
    assert 0.5 < a_share() <= 0.80 + 1e-9
    assert a_share("--threshold", "abc_a=0,5") <= 0.50 + 1e-9
    bad = run("segments", "kml", "--threshold", "abc_a=0.99", "--db", str(demo))
    assert bad.returncode == 2 and "abc_a must be below abc_b" in bad.stderr
    assert run("segments", "kml", "--threshold", "charm=1", "--db", str(demo)).returncode == 2


def test_plan_command(demo, tmp_path):
    name = json.loads(run("accounts", "--db", str(demo)).stdout)[0]["name"]
    out = tmp_path / "plan.xlsx"
    result = run("plan", name, "--out", str(out), "--db", str(demo))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == name and out.exists()
    pdf = run("plan", name, "--out", str(tmp_path / "plan.pdf"), "--language", "en", "--db",
              str(demo))  # fmt: skip
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    missing = run("plan", "Нет такой компании", "--out", str(out), "--db", str(demo))
    assert missing.returncode == 1 and "no account" in missing.stderr
    assert run("plan", name, "--out", str(tmp_path / "plan.doc"), "--db", str(demo)).returncode == 2
    assert run("plan", "--db", str(demo)).returncode == 2


def test_brief_command(demo, tmp_path):
    from pypdf import PdfReader

    name = json.loads(run("accounts", "--db", str(demo)).stdout)[0]["name"]
    out = tmp_path / "brief.pdf"
    result = run("brief", name, "--out", str(out), "--db", str(demo))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == name
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert name in text and "Бриф к визиту" in text and "Стратегия BCG" in text
    assert len(PdfReader(str(out)).pages) == 1
    missing = run("brief", "Нет такой компании", "--out", str(out), "--db", str(demo))
    assert missing.returncode == 1 and "no account" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert run("brief", name, "--out", str(tmp_path / "b.docx"), "--db", str(demo)).returncode == 2


def test_proposal_command(demo, tmp_path):
    from docx import Document

    from core.database import open_database
    from core.selling.proposal_docs import create_proposal, proposal_content, save_proposal

    offered = {p["account_id"] for p in json.loads(run("proposals", "--db", str(demo)).stdout)}
    assert offered  # the demo makes proposals for some accounts …
    account = next(  # … and this one has none yet
        a for a in json.loads(run("accounts", "--db", str(demo)).stdout) if a["id"] not in offered
    )
    out = tmp_path / "kp.docx"
    none_yet = run("proposal", account["name"], "--out", str(out), "--db", str(demo))
    assert none_yet.returncode == 1 and "has no proposal yet" in none_yet.stderr
    db = open_database(str(demo))
    try:
        pid = create_proposal(db, account["id"])
        content = proposal_content(db, pid)
        content["items"] = [{"name": "Насос", "quantity": 2, "price_kop": 150_000}]
        save_proposal(db, pid, content)
    finally:
        db.close()
    result = run("proposal", account["name"], "--out", str(out), "--db", str(demo))
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)
    assert written["revision"] == 1 and written["number"].startswith("КП-")
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert account["name"] in text and written["number"] in text
    # 2 × 1 500 = 3 000 ₽; VAT 22 % 660; total 3 660
    calc = next(t for t in document.tables if t.rows[0].cells[1].text == "Наименование")
    assert [c.text for c in calc.rows[-1].cells][-1] == "3\u00a0660,00"
    pdf = run("proposal", account["name"], "--out", str(tmp_path / "kp.pdf"), "--db", str(demo))
    assert pdf.returncode == 0 and json.loads(pdf.stdout)["revision"] == 1  # the same content
    listed = json.loads(run("proposals", "--db", str(demo)).stdout)
    mine = next(p for p in listed if p["id"] == written["proposal"])
    assert mine["number"] == written["number"] and mine["account_id"] == account["id"]
    assert (mine["revision"], mine["total"], mine["status"]) == (1, 3660.0, "sent")
    assert set(mine) == {"id", "number", "account_id", "account", "date", "revision", "total",
                         "status", "manager"}  # fmt: skip
    missing = run("proposal", "Нет такой компании", "--out", str(out), "--db", str(demo))
    assert missing.returncode == 1 and "no account" in missing.stderr
    wrong = run("proposal", account["name"], "--out", str(tmp_path / "kp.odt"), "--db", str(demo))
    assert wrong.returncode == 2


def test_kpi_and_the_satisfaction_tables(demo):
    result = run("kpi", "--period", "2026-Q3", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    panel = json.loads(result.stdout)
    assert (panel["period"], panel["start"], panel["end"]) == (
        "2026-Q3",
        "2026-07-01",
        "2026-09-30",
    )
    assert set(panel["figures"]) == {
        "plan",
        "new_clients",
        "stable_base",
        "orders",
        "conversion",
        "activities",
        "assortment",
    }
    plan = panel["figures"]["plan"]
    assert plan["plan"] > 0 and abs(plan["share"] - plan["fact"] / plan["plan"]) < 1e-4
    manager = panel["managers"][0]
    mine = json.loads(
        run("kpi", "--period", "2026-Q3", "--manager", manager, "--db", str(demo)).stdout
    )
    assert mine["managers"] == [manager]
    assert mine["figures"]["plan"]["fact"] <= plan["fact"]
    assert run("kpi", "--period", "2026-Q9", "--db", str(demo)).returncode == 2
    missing = run("kpi", "--department", "Нет такого", "--db", str(demo))
    assert missing.returncode == 1 and "no department" in missing.stderr

    nps = json.loads(run("segments", "nps", "--db", str(demo)).stdout)
    total = nps["total"]
    assert total["answers"] == total["promoters"] + total["passives"] + total["detractors"]
    departments = [r for r in nps["rows"] if r["level"] == 1]
    assert sum(r["answers"] for r in departments) == total["answers"]
    otif = json.loads(run("segments", "otif", "--db", str(demo)).stdout)
    assert sum(r["deliveries"] for r in otif["rows"]) == otif["total"]["deliveries"]
    assert otif["total"]["otif"] <= min(otif["total"]["on_time"], otif["total"]["in_full"])


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_replaced(demo, tmp_path):
    import sqlite3

    live = tmp_path / "live.db"
    live.write_bytes(demo.read_bytes())
    newer = tmp_path / "newer.db"
    newer.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before = live.read_bytes()
    result = run("restore", str(newer), "--db", str(live))
    assert result.returncode == 1
    assert "newer Fieldbook (database revision 0099)" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert live.read_bytes() == before  # untouched
    assert len(json.loads(run("accounts", "--db", str(live)).stdout)) == 40  # still opens


def test_two_restores_keep_both_databases_they_replaced(demo, tmp_path):
    live = tmp_path / "live.db"
    live.write_bytes(demo.read_bytes())
    out = tmp_path / "copy.db"
    assert run("backup", "--db", str(live), "--out", str(out)).returncode == 0
    kept = []
    for _ in range(2):
        result = run("restore", str(out), "--db", str(live))
        assert result.returncode == 0, result.stderr
        kept.append(Path(json.loads(result.stdout)["previous"]))
    assert kept[0] != kept[1] and all(p.exists() for p in kept)


def test_today_lists_what_needs_doing(demo):
    """The demo's worklist: its overdue tasks first, the JSON shape of DESIGN.md; a bad
    date is one sentence and exit 1."""
    result = run("today", "--as-of", "2026-10-31", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items and all(
        set(i) == {"kind", "account_id", "account", "due", "priority", "reason", "action"}
        for i in items
    )
    assert {i["kind"] for i in items} <= {
        "task", "churn_risk", "stuck_opportunity", "no_lpr_contact", "detractor"
    }  # fmt: skip
    priorities = [i["priority"] for i in items]
    assert priorities == sorted(priorities, reverse=True)
    tasks = [i for i in items if i["kind"] == "task"]
    assert tasks and all(i["due"] <= "2026-10-31" for i in tasks)
    bad = run("today", "--as-of", "31.10.2026", "--db", str(demo))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr  # a usage error


def test_segments_discounts_by_each_view_agree_on_the_total(demo):
    """The columns of the issue (and the headline), money in roubles; the four views'
    totals are one and the same; a --by of another table is a usage error."""
    columns = [
        "revenue", "list_amount", "discount", "discount_rate", "lines", "lines_above_policy",
        "lines_above_policy_share", "excess_discount", "excess_share", "implicit_discount",
        "headline_share",
    ]  # fmt: skip
    totals = []
    for by in ("strategy", "manager", "group", "abc"):
        result = run("segments", "discounts", "--by", by, "--db", str(demo))
        assert result.returncode == 0, result.stderr
        out = json.loads(result.stdout)
        assert out["kind"] == "discounts" and out["columns"] == columns
        assert out["rows"] and all(set(columns) <= set(r) for r in out["rows"])
        totals.append(out["total"])
        # each row adds up to the total, money and counts alike
        for column in ("revenue", "discount", "lines", "excess_discount"):
            assert sum(r[column] for r in out["rows"]) == pytest.approx(
                out["total"][column], abs=0.05
            )
    for other in totals[1:]:
        assert other == pytest.approx(totals[0], abs=0.05)
    t = totals[0]
    assert t["discount_rate"] == pytest.approx(t["discount"] / t["list_amount"], abs=1e-4)
    assert t["headline_share"] == pytest.approx(
        (t["excess_discount"] + t["implicit_discount"]) / t["revenue"], abs=1e-4
    )
    bad = run("segments", "discounts", "--by", "cell", "--db", str(demo))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_events_and_acquisition_on_the_demo(demo):
    """The demo's two fairs with their figures; the acquisition table by lead source,
    its rows adding up to its total."""
    result = run("events", "--db", str(demo))
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert len(events) == 2
    for e in events:
        assert {
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
        } <= set(e)
        assert e["cost"] > 0 and e["leads"] >= e["qualified"] >= e["opportunities"] >= e["won"]
        assert e["roi"] == pytest.approx((e["gross_profit"] - e["cost"]) / e["cost"], abs=1e-3)
    table = json.loads(run("segments", "acquisition", "--db", str(demo)).stdout)
    assert table["kind"] == "acquisition"
    assert table["columns"] == ["leads", "clients", "clients_share", "conversion", "revenue",
                                "gross_profit", "cost", "cost_per_client"]  # fmt: skip
    channels = [r for r in table["rows"] if r["segment"] in
                ("search", "event", "referral", "website", "email", "cold_call", "partner",
                 "other", "unknown")]  # fmt: skip
    for column in ("leads", "clients", "cost"):
        assert sum(r[column] for r in channels) == pytest.approx(table["total"][column], abs=0.05)
