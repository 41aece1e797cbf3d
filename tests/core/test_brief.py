"""The visit brief: what it gathers, and the PDF's text (Cyrillic, names as text)."""

from __future__ import annotations

from datetime import date

import pytest

from core.accounts import workspace as ws
from core.accounts.brief import BriefError, brief_document, write_brief
from core.database import open_database
from core.selling import spin
from core.selling.bant import Bant
from storage.models import Activity, Contact


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "brief.db"))
    yield database
    database.close()


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_brief_gathers_gaps_questions_activities_and_the_committee(db, tmp_path):
    account = ws.create_account(db, {"name": "ООО «Тест <b>&amp;» =СУММ(1)", "industry": 1})
    ws.record_bant(db, account, Bant(3, 1, 2, 3), {"authority": "ЛПР не встречали"})
    boss = ws.save_record(db, Contact, account,
                          {"name": "Орлова Анна", "buying_role": "economic",
                           "is_decision_maker": True})  # fmt: skip
    ws.save_record(db, Activity, account,
                   {"date": date(2026, 10, 1), "type": "visit", "contact_id": boss,
                    "summary": "Обсудили поставки", "next_step": "Отправить КП",
                    "next_step_date": date(2026, 10, 15)})  # fmt: skip
    spin.ensure_bank(db)
    first = spin.questions(db)[0]
    spin.save_answer(db, account, first.id, "Растут на 10 %")

    brief = brief_document(db, account, {"abc": "A", "xyz": "X", "bcg_strategy": "invest"})
    assert len(brief.unanswered) == 12 and first.id not in [q.id for q in brief.unanswered]
    assert brief.bant is not None and brief.bant.bant.total == 9
    assert brief.hints == ["small_committee"]  # an ЛПР is there; 1 member < 5.4

    path = write_brief(brief, tmp_path / "brief.pdf", "ru")
    text = _pdf_text(path)
    assert "ООО «Тест <b>&amp;» =СУММ(1)" in text  # the name literally, never markup
    assert "Бриф к визиту" in text
    assert "Итого 9 из 12; пробелы:" in text
    assert "Полномочия: 1/3 — ЛПР не встречали" in text
    assert "Потребность: 2/3" in text and "Бюджет: 3/3" not in text
    assert "Стратегия BCG: Зона инвестиций" in text
    assert "ABC-XYZ: AX" in text
    assert "и ещё 4" in text  # 12 unanswered, 8 listed
    assert "01.10.2026 визит: Обсудили поставки" in text
    assert "Следующий шаг: Отправить КП (15.10.2026)" in text
    assert "Орлова Анна" in text and "экономический покупатель" in text
    assert "В комитете 1 чел.; в B2B в среднем 5,4." in text
    english = _pdf_text(write_brief(brief, tmp_path / "en.pdf", "en"))
    assert "Visit brief" in english and "BCG strategy: Invest" in english


def test_unknown_account_and_wrong_suffix(db, tmp_path):
    with pytest.raises(BriefError):
        brief_document(db, "no-such-id")
    account = ws.create_account(db, {"name": "ООО Ромашка"})
    with pytest.raises(BriefError):
        write_brief(brief_document(db, account), tmp_path / "brief.docx")
    assert not (tmp_path / "brief.docx").exists()
