"""ABCD proposals: prefilled, edited, guarded, exported to DOCX and PDF with versions."""

from __future__ import annotations

from datetime import date

import pytest

from core.accounts import workspace as ws
from core.database import open_database
from core.selling import spin
from core.selling.proposal import ProposalError
from core.selling.proposal_docs import (
    create_proposal,
    export_proposal,
    list_proposals,
    proposal_content,
    save_proposal,
    set_template,
    set_vat_rate,
)
from core.selling.tco import AccountTco, TcoOption, save_tco
from storage.models import Contact

NAME = "ООО «Альфа <b>&amp;» =СУММ(A1)"


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def _account(db):
    account = ws.create_account(db, {"name": NAME})
    ws.save_record(db, Contact, account, {"name": "Орлова Анна", "buying_role": "economic",
                                          "position": "Финансовый директор"})  # fmt: skip
    ws.save_record(db, Contact, account, {"name": "Смирнов Иван", "buying_role": "technical"})
    ws.save_record(db, Contact, account, {"name": "Без роли"})
    ws.save_record(db, Contact, account, {"name": "Кузнецова Мария", "buying_role": "coach",
                                          "position": "Офис-менеджер"})  # fmt: skip
    ws.save_record(db, Contact, account, {"name": "Никитина Юлия", "is_decision_maker": True,
                                          "position": "Генеральный директор"})  # fmt: skip
    spin.ensure_bank(db)
    problem = [q for q in spin.questions(db) if q.block == "P"][1]
    spin.save_answer(db, account, problem.id, "Два раза в месяц")
    save_tco(
        db,
        account,
        AccountTco(
            3,
            TcoOption(price_kop=100_00),
            TcoOption(price_kop=80_00, other_losses_per_year_kop=50_00),
            ("cost_reduction",),
        ),
    )
    return account


def _docx_text(path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def test_a_new_proposal_starts_from_what_is_known(db):
    account = _account(db)
    set_vat_rate(db, 0.22)
    content = proposal_content(db, create_proposal(db, account, today=date(2026, 11, 22)))
    # Block A is a draft of what the client said: the answer, never the question
    assert content["block_a"] == "Два раза в месяц"
    # addressed to two: the decision maker (ЛПР) first, then the economic buyer
    people = {c["id"]: c["name"] for c in ws.list_records(db, Contact, account)}
    assert [people[c] for c in content["contacts"]] == ["Никитина Юлия", "Орлова Анна"]
    assert content["elements"] == ["cost_reduction"]
    assert content["vat_rate"] == 0.22 and content["include_tco"]
    assert content["valid_until"] == "2026-12-22"


def test_export_to_docx_and_pdf_with_versions_and_the_guard(db, tmp_path):
    from pypdf import PdfReader

    account = _account(db)
    pid = create_proposal(db, account)
    content = proposal_content(db, pid)
    content["items"] = [
        {"name": "Насос <ЦН>", "quantity": 10, "price_kop": 1_234_567, "discount": 0.05},
        {"name": "Сервис", "quantity": 3, "price_kop": 200_000, "discount": 0.12},
    ]
    content["next_step"] = "Встреча с техническим отделом"
    save_proposal(db, pid, content)
    # "protect position" allows 5 %: the service's 12 % stops the export …
    with pytest.raises(ProposalError, match="need a reason: Сервис"):
        export_proposal(db, pid, tmp_path / "kp.docx", strategy="protect_position")
    assert not (tmp_path / "kp.docx").exists()
    # … until the manager keeps it with a reason
    content["items"][1]["keep_reason"] = "пусконаладка"
    save_proposal(db, pid, content)
    path, number = export_proposal(db, pid, tmp_path / "kp.docx", strategy="protect_position")
    assert number == 1
    text = _docx_text(path)
    assert NAME in text and "Насос <ЦН>" in text  # literally, never markup
    assert "A. Ситуация и задача клиента" in text and "Два раза в месяц" in text
    assert "Часто ли вы" not in text  # no SPIN question reaches the client
    assert "Совокупная стоимость владения за 3 года" in text  # not «за 3 лет»
    assert "B. Решение и выгоды" in text and "снижение затрат" in text
    assert "C. Расчёт" in text and "D. Решение и следующий шаг" in text
    # 10 × 12 345.67 × 0.95 = 117 283.87; 3 × 2 000 × 0.88 = 5 280; net 122 563.87;
    # VAT 22 % (the default) = 26 964.05 (26 964.0514); total 149 527.92
    assert "Итого без НДС, ₽: 122\u00a0563,87" in text
    assert "НДС 22%, ₽: 26\u00a0964,05" in text
    assert "Итого с НДС, ₽: 149\u00a0527,92" in text
    assert "Всего наименований 2, на сумму 149\u00a0527,92 ₽" in text
    assert "Сто сорок девять тысяч пятьсот двадцать семь рублей 92 копейки" in text
    # what stays ours: the reason for the discount above the policy, the policy's maximum,
    # the buying roles, the people not addressed
    for internal in ("пусконаладка", "12% > 5%", "сверх политики", "экономический покупатель",
                     "коуч", "Офис-менеджер", "Кузнецова", "Смирнов"):  # fmt: skip
        assert internal not in text, internal
    assert "Генеральный директор Никитина Юлия; Финансовый директор Орлова Анна" in text
    pdf, second = export_proposal(db, pid, tmp_path / "kp.pdf", "en", strategy="protect_position")
    assert second == 2
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert NAME in pdf_text and "Commercial proposal" in pdf_text
    assert "Total with VAT, ₽: 149,527.92" in pdf_text
    assert "over 3 years" in " ".join(pdf_text.split())
    assert "One hundred and forty-nine thousand, five hundred and twenty-seven roubles" in (
        " ".join(pdf_text.split())
    )
    assert "пусконаладка" not in pdf_text and "approved" not in pdf_text
    listed = list_proposals(db, account)
    assert listed[0]["versions"] == 2 and listed[0]["total_kop"] == 14_952_792
    with pytest.raises(ProposalError):
        export_proposal(db, pid, tmp_path / "kp.txt")


def test_a_company_template_must_render(db, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a document")
    with pytest.raises(ProposalError):
        set_template(db, str(bad))


def test_the_catalogue_prices_by_hand(db):
    """A catalogue price wins; else the average selling price of the positive lines:
    P-2 sold 2 × 150 ₽ and 1 × 300 ₽ (a return of −150 ₽ left out) → 600 / 3 = 200 ₽."""
    from sqlalchemy import insert

    from storage.base import new_id, utcnow
    from storage.models import Product, SaleLine

    account = ws.create_account(db, {"name": "ООО Ромашка"})
    now = utcnow()

    def stamp() -> dict:
        return {"id": new_id(), "created_at": now, "updated_at": now}

    with db.engine.begin() as conn:
        conn.execute(
            insert(Product),
            [
                {
                    **stamp(),
                    "sku": "P-1",
                    "name": "Насос",
                    "product_group": "Насосы",
                    "price_kop": 999_00,
                },
                {
                    **stamp(),
                    "sku": "P-2",
                    "name": "Шланг",
                    "product_group": "Шланги",
                    "price_kop": None,
                },
                {
                    **stamp(),
                    "sku": "P-3",
                    "name": "Не продавали",
                    "product_group": None,
                    "price_kop": None,
                },
            ],
        )
        lines = [
            ("P-2", 2, 300_00, 1),
            ("P-2", 1, 300_00, 2),
            ("P-2", -1, -150_00, 3),
            ("P-1", 1, 100_00, 4),
        ]
        conn.execute(
            insert(SaleLine),
            [
                {
                    **stamp(),
                    "account_id": account,
                    "date": date(2026, 1, n),
                    "doc_no": f"D{n}",
                    "sku": sku,
                    "quantity": qty,
                    "amount_kop": amount,
                }
                for sku, qty, amount, n in lines
            ],
        )
    from core.selling.proposal_docs import catalogue

    found = {c.sku: c for c in catalogue(db)}
    assert found["P-1"].price_kop == 999_00  # the catalogue's own price
    assert found["P-2"].price_kop == 200_00
    assert found["P-3"].price_kop is None
    assert [c.sku for c in catalogue(db)] == ["P-2", "P-1", "P-3"]  # 600 ₽, 100 ₽, none


@pytest.mark.parametrize(
    ("kop", "ru", "en"),
    [
        # worked by hand: 149 527 = сто сорок девять тысяч пятьсот двадцать семь
        (14_952_792, "Сто сорок девять тысяч пятьсот двадцать семь рублей 92 копейки",
         "One hundred and forty-nine thousand, five hundred and twenty-seven roubles 92 kopeks"),
        (101, "Один рубль 01 копейка", "One rouble 01 kopek"),
        (2_105, "Двадцать один рубль 05 копеек", "Twenty-one roubles 05 kopeks"),
        (366_000, "Три тысячи шестьсот шестьдесят рублей 00 копеек",
         "Three thousand, six hundred and sixty roubles 00 kopeks"),
        (200_000_000, "Два миллиона рублей 00 копеек", "Two million roubles 00 kopeks"),
    ],
)  # fmt: skip
def test_the_amount_in_words(kop: int, ru: str, en: str) -> None:
    from core.selling.proposal_docs import amount_in_words

    assert amount_in_words(kop, "ru") == ru
    assert amount_in_words(kop, "en") == en


def test_the_checks_before_export() -> None:
    from core.selling.proposal_docs import export_checks

    today = date(2026, 12, 1)
    ready = {
        "items": [{"name": "Насос", "quantity": 1, "price_kop": 100}],
        "contacts": ["c1"],
        "next_step": "Встреча",
        "valid_until": "2026-12-31",
        "deadline": "2026-12-01",  # today is not past
    }
    assert export_checks(ready, today) == []
    empty = {"items": [], "contacts": [], "next_step": "  ", "valid_until": "2026-11-30",
             "deadline": "2026-11-15"}  # fmt: skip
    found = export_checks(empty, today)
    assert [(c.code, c.blocking) for c in found] == [
        ("no_items", True),
        ("no_addressee", False),
        ("no_next_step", False),
        ("valid_until_past", False),
        ("deadline_past", False),
    ]
    assert found[3].message == "its validity ended on 30.11.2026"


def test_a_proposal_without_items_is_not_exported(db, tmp_path) -> None:
    account = _account(db)
    pid = create_proposal(db, account)
    with pytest.raises(ProposalError, match="the proposal has no items"):
        export_proposal(db, pid, tmp_path / "kp.pdf")
    assert not (tmp_path / "kp.pdf").exists()
