"""The Russian translation is complete, current and keeps its placeholders."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fieldbook_ru.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_message_is_translated_with_its_placeholders():
    found = messages(TS)
    assert len(found) > 50
    for (context, source), translation in found.items():
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert translation.text, f"{context}: {source!r} has no translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))


def test_the_ts_file_lists_every_string_of_the_source(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS)), "run `make translations`"


def test_compiled_translation_loads_and_translates(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Accounts") == "Клиенты"
    assert translator.translate("AccountsModel", "Revenue, 12 mo.") == "Выручка, 12 мес."


def test_a_core_validation_error_reads_in_russian(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from core.accounts import workspace as ws
    from ui.account_card.words import Words

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        try:
            ws._clean_account({"inn": "123"})
        except ws.WorkspaceError as exc:
            error = exc
        assert Words().error(error) == "ИНН 123 неверен: 10 или 12 цифр с контрольной суммой."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert Words().error(error) == "INN 123 is not valid: 10 or 12 digits with a checksum."
