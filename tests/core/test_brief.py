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

    labels = {"abc": "A", "xyz": "X", "bcg_strategy": "invest", "lifecycle": "refresh"}
    brief = brief_document(db, account, labels, today=date(2026, 11, 1))
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
    assert "и ещё 6" in text  # 12 unanswered, 6 listed
    assert "01.10.2026 визит: Обсудили поставки" in text
    assert "Следующий шаг: Отправить КП (15.10.2026, срок прошёл)" in text  # flagged
    assert "Орлова Анна" in text and "экономический покупатель" in text
    assert "В комитете 1 человек; в B2B в среднем 5,4." in text
    assert "Жизненный цикл: развитие (Refresh)" in text
    english = _pdf_text(write_brief(brief, tmp_path / "en.pdf", "en"))
    assert "Visit brief" in english and "BCG strategy: Invest" in english
    # English throughout: no raw codes, plurals right
    assert "Lifecycle: Refresh (develop)" in english and "01.10.2026 visit:" in english
    assert "The committee has 1 member;" in english
    assert "refresh" not in english.replace("Refresh", "")


def test_what_matters_at_the_visit_and_always_one_page(db, tmp_path):
    from pypdf import PdfReader
    from sqlalchemy import insert

    from core.selling.proposal_docs import create_proposal, proposal_content, save_proposal
    from storage.base import new_id, utcnow
    from storage.db import writing
    from storage.models import Opportunity, Receivable

    account = ws.create_account(db, {
        "name": "ООО «Длинный список»", "address": "г. Казань, ул. Баумана, д. 1",
        "phone": "+7 843 000-00-00", "notes": "Любит звонки до обеда. " * 60,
    })  # fmt: skip
    today = date(2026, 11, 20)
    invoices = (
        (date(2026, 10, 1), None),  # 50 days overdue on the 20th of November
        (date(2026, 11, 10), None),  # 10 days
        (date(2026, 9, 1), date(2026, 9, 5)),  # paid
        (date(2026, 12, 1), None),  # not due yet
    )
    for n, (due, paid) in enumerate(invoices):
        with writing(db.engine) as conn:  # receivables come from an import
            conn.execute(insert(Receivable).values(
                id=new_id(), created_at=utcnow(), updated_at=utcnow(), account_id=account,
                document=f"Счёт {n + 1}", amount_kop=150_000_00, issued_date=date(2026, 8, 1),
                due_date=due, paid_date=paid))  # fmt: skip
    ws.save_record(db, Opportunity, account, {"title": "Склад в Казани", "stage": "negotiation",
                   "amount_kop": 2_500_000_00, "expected_close": date(2027, 1, 31)})  # fmt: skip
    ws.save_record(db, Opportunity, account, {"title": "Старая сделка", "stage": "lost",
                   "closed_on": date(2026, 5, 1)})  # fmt: skip
    for k in range(30):  # a long committee: the decision maker comes first anyway
        ws.save_record(db, Contact, account, {"name": f"Сотрудник {k:02d}"})
    ws.save_record(db, Contact, account, {"name": "Никитина Юлия", "is_decision_maker": True})
    for k in range(40):
        ws.save_record(db, Activity, account, {"date": date(2026, 1, 1 + k % 28), "type": "call",
                       "summary": "Очень длинное описание разговора " * 8})  # fmt: skip
    ws.save_record(db, "task", account, {"title": "Привезти образцы", "due_on": date(2026, 11, 18)})
    ws.save_record(
        db, "task", account, {"title": "Согласовать график", "due_on": date(2026, 11, 25)}
    )
    done = ws.save_record(
        db, "task", account, {"title": "Уже сделано", "due_on": date(2026, 11, 1)}
    )
    ws.save_record(db, "task", account, {"status": "done"}, done)
    pid = create_proposal(db, account, today=today)
    content = proposal_content(db, pid)
    content["items"] = [{"name": "Поддоны", "quantity": 10, "price_kop": 1_000_00}]
    content["deadline"] = "2026-12-05"
    save_proposal(db, pid, content)
    brief = brief_document(db, account, today=today)
    # overdue: unpaid and due before today: счёт 1 (50 days) and счёт 2 (10 days)
    assert [(i["document"], i["days"]) for i in brief.invoices] == [("Счёт 1", 50), ("Счёт 2", 10)]
    assert [o["title"] for o in brief.opportunities] == ["Склад в Казани"]
    assert brief.contacts[0]["name"] == "Никитина Юлия"
    path = write_brief(brief, tmp_path / "brief.pdf", "ru")
    assert len(PdfReader(str(path)).pages) == 1
    text = " ".join(_pdf_text(path).split())
    assert "Адрес: г. Казань, ул. Баумана, д. 1 · Телефон: +7 843 000-00-00" in text
    assert "Счёт 1: 150 000,00 ₽, просрочен на 50 дней (срок 01.10.2026)" in text
    assert "Счёт 2: 150 000,00 ₽, просрочен на 10 дней" in text
    assert "Всего просрочено: 300 000,00 ₽" in text
    assert "Склад в Казани: переговоры, 2 500 000,00 ₽, закрытие 31.01.2027" in text
    assert "Старая сделка" not in text
    # 10 × 1 000 = 10 000; VAT 22 % = 2 200; total 12 200
    assert f"№ {brief.proposal['number']}: 12 200,00 ₽ с НДС; срок решения 05.12.2026" in text
    assert "Никитина Юлия" in text and "и ещё" in text and "…" in text
    assert "Любит звонки до обеда." in text
    # the open tasks, soonest due first; the one past its day says so; the done one not
    assert "Открытые задачи" in text
    assert "Привезти образцы (18.11.2026, срок прошёл)" in text
    assert "Согласовать график (25.11.2026)" in text
    assert "Уже сделано" not in text


def test_unknown_account_and_wrong_suffix(db, tmp_path):
    with pytest.raises(BriefError):
        brief_document(db, "no-such-id")
    account = ws.create_account(db, {"name": "ООО Ромашка"})
    with pytest.raises(BriefError):
        write_brief(brief_document(db, account), tmp_path / "brief.docx")
    assert not (tmp_path / "brief.docx").exists()
