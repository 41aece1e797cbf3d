"""``python main.py import`` as a user runs it: the JSON report and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run
from tests.core.importing.files import write_csv

REPORT_KEYS = {
    "kind",
    "sheet",
    "rows_read",
    "inserted",
    "updated",
    "unchanged",
    "skipped",
    "errors",
}


def _clients(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "clients.csv",
        "Контрагент;ИНН;Регион\n"
        "ООО «Ромашка»;7707083893;Москва\n"
        "ООО «Ошибка»;7707083894;Москва\n"
        "ПАО «Газпром»;7736050003;Москва\n",
        "cp1251",
    )


def test_import_prints_the_report_and_exits_0_with_row_errors(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    errors = tmp_path / "errors.xlsx"
    done = run("import", str(_clients(tmp_path)), "--db", str(db), "--errors", str(errors))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report.keys() >= REPORT_KEYS
    assert report["kind"] == "clients"
    assert (report["rows_read"], report["inserted"], report["skipped"]) == (3, 2, 1)
    assert report["errors"] == [
        {
            "row": 3,
            "column": "B (ИНН)",
            "value": "7707083894",
            "message": "INN 7707083894 fails its checksum",
        }
    ]
    assert errors.exists()
    again = json.loads(run("import", str(_clients(tmp_path)), "--db", str(db)).stdout)
    assert (again["inserted"], again["unchanged"]) == (0, 2)


def test_dry_run_and_strict(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    dry = run("import", str(_clients(tmp_path)), "--db", str(db), "--dry-run")
    assert dry.returncode == 0
    assert json.loads(dry.stdout)["dry_run"] is True
    strict = run("import", str(_clients(tmp_path)), "--db", str(db), "--strict")
    assert strict.returncode == 1
    assert "--strict" in strict.stderr
    accounts = json.loads(run("accounts", "--db", str(db)).stdout)
    assert accounts == []


def test_rejected_file_exits_1_with_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"\x00\x01 not a workbook" * 10)
    done = run("import", str(bad), "--db", str(tmp_path / "f.db"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "not a spreadsheet" in done.stderr
    assert "Traceback" not in done.stderr


def test_kind_and_sheet_options(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    assert run("import", str(_clients(tmp_path)), "--db", db, "--kind", "nonsense").returncode == 2
    done = run("import", str(_clients(tmp_path)), "--db", db, "--kind", "plans")
    assert done.returncode == 1
    assert "Manager" in done.stderr
