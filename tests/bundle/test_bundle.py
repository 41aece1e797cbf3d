"""Build the one-folder PyInstaller bundle and run the frozen program as a user would."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build_spec" / "fieldbook.spec"),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
        cwd=ROOT,
    )
    program = work / "dist" / "fieldbook" / "fieldbook"
    assert program.exists()
    return program


def test_frozen_version(frozen):
    from core import __version__

    result = subprocess.run(
        [str(frozen), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Fieldbook {__version__}"


def test_frozen_demo_migrates_and_fills_a_new_database(frozen, tmp_path):
    db = tmp_path / "frozen.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(frozen), "demo", "--accounts", "120", "--lines", "4000", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accounts"] == 120
    listed = subprocess.run(
        [str(frozen), "accounts", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    assert len(records) == 120
    assert any(r["labels"]["churn_risk"] is not None for r in records)
    # scikit-learn's compiled gradient boosting and metrics travel with the bundle
    tested = subprocess.run(
        [str(frozen), "churn", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert tested.returncode == 0, tested.stderr
    backtest = json.loads(tested.stdout)
    assert backtest["model"] == "gradient_boosting"
    assert 0.0 <= backtest["auc"] <= 1.0


def test_frozen_bundle_ships_the_translation(frozen):
    assert (frozen.parent / "_internal" / "resources" / "translations" / "fieldbook_ru.qm").exists()
    # Qt's own, for its file dialogs and buttons, where ui.i18n looks for it when frozen
    qt_dir = frozen.parent / "_internal" / "PySide6" / "Qt" / "translations"
    assert (qt_dir / "qtbase_ru.qm").exists()


def test_frozen_import_reads_xlsx_and_csv(frozen, tmp_path):
    """calamine, defusedxml and openpyxl (the error file) are in the bundle."""
    from tests.core.importing.files import write_csv, xlsx

    db = tmp_path / "frozen.db"
    book = xlsx(
        tmp_path / "c.xlsx",
        {"S": [["Контрагент", "ИНН"], ["ООО Ромашка", "7707083893"], ["Ошибка", "1"]]},
    )
    sheet = write_csv(tmp_path / "c.csv", "Контрагент;ИНН\nПАО Газпром;7736050003\n", "cp1251")
    errors = tmp_path / "errors.xlsx"
    for path in (book, sheet):
        result = subprocess.run(
            [str(frozen), "import", str(path), "--db", str(db), "--errors", str(errors)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["inserted"] == 1
    assert errors.exists()


def test_frozen_brief_and_proposal_render_docx_and_pdf(frozen, tmp_path):
    """The fonts, the DOCX template, docxtpl and python-docx's own parts are bundled."""
    from core.database import open_database
    from core.selling.proposal_docs import create_proposal, proposal_content, save_proposal

    db_path = tmp_path / "frozen.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def frozen_run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(frozen), *args, "--db", str(db_path)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            env=env,
        )

    assert frozen_run("demo", "--accounts", "20", "--lines", "500").returncode == 0
    phone = frozen_run("company", "--set", "phone=8 (495) 123-45-67")  # phonenumbers' data
    assert phone.returncode == 0, phone.stderr
    assert json.loads(phone.stdout)["phone"] == "+7 495 123-45-67"
    account = json.loads(frozen_run("accounts").stdout)[0]
    db = open_database(str(db_path))
    try:
        pid = create_proposal(db, account["id"])
        content = proposal_content(db, pid)
        content["items"] = [{"name": "Насос", "quantity": 1, "price_kop": 100_000}]
        save_proposal(db, pid, content)
    finally:
        db.close()
    for out in ("kp.docx", "kp.pdf"):
        result = frozen_run("proposal", account["name"], "--out", str(tmp_path / out))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / out).stat().st_size > 1000
    # the declension's rules and dictionary are bundled: the addressees are in the dative
    from pypdf import PdfReader

    from core.accounts import workspace as ws
    from core.declension import dative_name
    from storage.models import Contact

    db = open_database(str(db_path))
    try:
        people = {c["id"]: c["name"] for c in ws.list_records(db, Contact, account["id"])}
        addressed = [people[c] for c in proposal_content(db, pid)["contacts"]]
    finally:
        db.close()
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "kp.pdf")).pages)
    assert addressed and all(dative_name(name) in text for name in addressed)
    assert "директору" in text or "инженеру" in text or "менеджеру" in text
    brief = frozen_run("brief", account["name"], "--out", str(tmp_path / "brief.pdf"))
    assert brief.returncode == 0, brief.stderr
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
