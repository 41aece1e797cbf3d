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
    from ui.messages import Messages

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        try:
            ws.clean_account({"inn": "123"})
        except ws.WorkspaceError as exc:
            error = exc
        assert Messages().failure(error) == "ИНН 123 неверен: 10 или 12 цифр с контрольной суммой."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert Messages().failure(error) == "INN 123 is not valid: 10 or 12 digits with a checksum."


def test_what_core_says_reaches_the_window_by_its_code_in_the_users_format(qapp):
    """An importer's refusal and a cell's problem are found by their code (never by
    parsing the English), keep it through the worker process's pickling, and show their
    numbers in the user's format."""
    import pickle

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from core.importing import readers
    from core.importing import values as v
    from core.messages import message
    from ui.messages import Messages

    try:
        v.whole("12,5")
    except v.ValueProblem as exc:
        cell = pickle.loads(pickle.dumps(message(exc)))
    refused = pickle.loads(
        pickle.dumps(
            readers.FileRejected(
                readers.say("line_too_wide", "Line {line:,} is too wide", line=12345, columns=16384)
            )
        )
    )
    assert str(refused) == "Line 12,345 is too wide"  # the command line's English

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        assert Messages().text(cell) == "«12,5» — не целое число"
        shown = Messages().failure(refused)
        assert "12\u00a0345" in shown and "16\u00a0384" in shown, shown
        assert shown.startswith("В строке 12\u00a0345"), shown
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_qt_s_own_dialogs_speak_russian(qapp):
    """The file dialog's "Look in:" and "Files of type:", and the standard buttons, come
    from Qt's own translation, loaded with ours."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    try:
        assert manager.apply("ru")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Типы файлов:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        manager.apply("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
