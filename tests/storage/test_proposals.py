"""ABCD proposals: prefilled, edited, guarded, exported to DOCX and PDF with versions."""

from __future__ import annotations

from datetime import UTC, date, datetime

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


def _table_with(document, first_heading: str):
    return next(t for t in document.tables if t.rows[0].cells[1].text == first_heading)


def test_export_to_docx_and_pdf_with_revisions_and_the_guard(db, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    account = _account(db)
    pid = create_proposal(db, account)
    year = date.today().year
    content = proposal_content(db, pid)
    content["items"] = [
        {"name": "Насос <ЦН>", "quantity": 10, "price_kop": 1_234_567, "discount": 0.05,
         "unit": "шт.", "sku": "ЦН-100"},
        {"name": "Сервис", "quantity": 3, "price_kop": 200_000, "discount": 0.12,
         "unit": "усл."},
    ]  # fmt: skip
    content["next_step"] = "Встреча с техническим отделом"
    content["payment_terms"] = "предоплата 50 %"
    save_proposal(db, pid, content)
    # "protect position" allows 5 %: the service's 12 % stops the export …
    with pytest.raises(ProposalError, match="need a reason: Сервис"):
        export_proposal(db, pid, tmp_path / "kp.docx", strategy="protect_position")
    assert not (tmp_path / "kp.docx").exists()
    # … until the manager keeps it with a reason
    content["items"][1]["keep_reason"] = "пусконаладка"
    save_proposal(db, pid, content)
    path, revision = export_proposal(db, pid, tmp_path / "kp.docx", strategy="protect_position")
    assert revision == 1
    text = _docx_text(path)
    # literally, never markup; the code does not break at its hyphen
    assert NAME in text and "Насос <ЦН> (арт. ЦН\u2011100)" in text
    assert f"№ КП-{year}-0001 от {date.today():%d.%m.%Y}" in text
    # addressed in the dative, the decision maker first
    assert "Генеральному директору\n" + NAME + "\nНикитиной Ю." in text
    assert "Финансовому директору\n" + NAME + "\nОрловой А." in text
    assert "Уважаемые коллеги!" in text
    assert "1. Ваша ситуация и задача" in text and "Два раза в месяц" in text
    assert "Часто ли вы" not in text  # no SPIN question reaches the client
    # block B: the factors of the roles addressed, each with its sentence
    assert "Экономика сотрудничества" in text and "Снижение затрат: снижаем" in text
    assert "Совокупная стоимость владения за 3 года, ₽" in text  # not «за 3 лет»
    # TCO by hand: ours 100 ₽ once; theirs 80 ₽ + 50 ₽ × 3 years = 230 ₽; saving 130 ₽
    assert "Стоимость покупки | 100 | 80" in text and "Прочие потери | 0 | 150" in text
    assert "Итого | 100 | 230" in text and "Экономия с нашим предложением: 130 ₽" in text
    # 10 × 12 345.67 × 0.95 = 117 283.865 → 117 283.87; 3 × 2 000 × 0.88 = 5 280;
    # discounts 6 172.83 + 720 = 6 892.83; net 122 563.87; VAT 22 % (the default)
    # 26 964.0514 → 26 964.05; total 149 527.92
    document = Document(str(path))
    calc = _table_with(document, "Наименование")
    rows = [[c.text for c in r.cells] for r in calc.rows]
    assert [c for c in rows[0]] == ["№", "Наименование", "Ед.", "Кол-во", "Цена, ₽", "Скидка",
                                    "Сумма, ₽"]  # fmt: skip
    assert rows[1] == ["1", "Насос <ЦН> (арт. ЦН\u2011100)", "шт.", "10", "12\u00a0345,67",
                       "5\u00a0%", "117\u00a0283,87"]  # fmt: skip
    totals = {r[0]: r[-1] for r in rows[3:]}
    assert totals == {
        "Сумма скидки:": "6\u00a0892,83",
        "Итого без НДС:": "122\u00a0563,87",
        "НДС 22\u00a0%:": "26\u00a0964,05",
        "Итого к оплате:": "149\u00a0527,92",
    }
    assert "Всего наименований 2 на сумму 149\u00a0527,92 ₽" in text
    assert "Сто сорок девять тысяч пятьсот двадцать семь рублей 92 копейки" in text
    assert "Цены указаны в рублях без НДС; НДС 22\u00a0% начисляется сверху." in text
    assert "Оплата: предоплата 50 %" in text
    # what stays ours: the reason for the discount above the policy, the policy's maximum,
    # the buying roles, the people not addressed
    for internal in ("пусконаладка", "12% > 5%", "сверх политики", "экономический покупатель",
                     "коуч", "Офис-менеджер", "Кузнецова", "Смирнов"):  # fmt: skip
        assert internal not in text, internal
    # the same content as PDF is the same revision
    pdf, second = export_proposal(db, pid, tmp_path / "kp.pdf", "en", strategy="protect_position")
    assert second == 1
    pdf_text = " ".join("\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert NAME in pdf_text and "Commercial proposal" in pdf_text
    assert f"No. КП-{year}-0001" in pdf_text and "rev." not in pdf_text
    assert "Total due: 149,527.92" in pdf_text and "VAT 22%: 26,964.05" in pdf_text
    assert "over 3 years" in pdf_text
    assert "One hundred and forty-nine thousand, five hundred and twenty-seven roubles" in (
        pdf_text
    )
    assert "пусконаладка" not in pdf_text and "approved" not in pdf_text
    # a change makes the next revision, printed as such
    content["next_step"] = "Пробная поставка"
    save_proposal(db, pid, content)
    _path, third = export_proposal(db, pid, tmp_path / "kp2.docx", strategy="protect_position")
    assert third == 2 and f"КП-{year}-0001 от {date.today():%d.%m.%Y}, ред. 2" in _docx_text(
        tmp_path / "kp2.docx"
    )
    listed = list_proposals(db, account)
    assert (listed[0]["revision"], listed[0]["exports"]) == (2, 3)
    assert listed[0]["total_kop"] == 14_952_792 and listed[0]["number"] == f"КП-{year}-0001"
    with pytest.raises(ProposalError):
        export_proposal(db, pid, tmp_path / "kp.txt")


def test_the_docx_page_and_table_as_a_client_prints_them(db, tmp_path):
    """A4, the wide item column, the header row repeated, no row split, the language and
    the document's properties (read back with python-docx)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    from core.company import save_company_profile

    save_company_profile(db, {"name": "ООО «Северный поток»", "inn": "7707083893",
                              "signer_name": "Соколова Мария Олеговна",
                              "signer_position": "Коммерческий директор"})  # fmt: skip
    account = _account(db)
    pid = create_proposal(db, account)
    content = proposal_content(db, pid)
    content["items"] = [
        {"name": f"Позиция {n}", "quantity": 1, "price_kop": 100_00} for n in range(1, 60)
    ]
    save_proposal(db, pid, content)
    path, _revision = export_proposal(db, pid, tmp_path / "kp.docx")
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 20 and round(section.right_margin.mm) == 15
    calc = _table_with(document, "Наименование")
    widths = [round(c.width.mm) for c in calc.columns]
    assert widths == [8, 65, 12, 16, 26, 17, 31] and sum(widths) == 175
    assert calc.columns[1].width > Mm(60)  # the name column is the wide one
    header = calc.rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None  # repeats on every page
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in calc.rows)
    assert len(calc.rows) == 1 + 59 + 3  # the header, the items; net, VAT and the total
    props = document.core_properties
    assert props.author == "ООО «Северный поток»" and props.language == "ru-RU"
    assert "КП-" in props.title
    normal = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "ru-RU"
    text = _docx_text(path)
    assert "ООО «Северный поток»" in text and "ИНН 7707083893" in text
    assert "Коммерческий директор | ____________________ | М. О. Соколова" in text


def test_numbers_are_the_companys_and_follow_the_pattern(db):
    from sqlalchemy import update

    from core.company import save_company_profile
    from storage.db import writing
    from storage.models import Proposal

    first, second = _account(db), ws.create_account(db, {"name": "ООО «Бета»"})
    today = date(2026, 3, 5)
    a = create_proposal(db, first, today=today)
    b = create_proposal(db, second, today=today)  # another account: the next number
    save_company_profile(db, {"number_pattern": "{YY}{MM}/{NNN}"})
    c = create_proposal(db, first, today=today)
    numbers = {p["id"]: p["number"] for p in list_proposals(db)}
    assert (numbers[a], numbers[b], numbers[c]) == ("КП-2026-0001", "КП-2026-0002", "2603/003")
    # a pattern with the year starts again in a new year; last year's stay theirs
    with writing(db.engine) as conn:
        conn.execute(update(Proposal).values(created_at=datetime(2025, 12, 31, 12, tzinfo=UTC)))
    d = create_proposal(db, second, today=date(2026, 1, 10))
    assert {p["id"]: p["number"] for p in list_proposals(db)}[d] == "2601/001"


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
    from core.selling.proposal_print import amount_in_words

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


def test_the_pdf_keeps_the_totals_with_the_table_and_repeats_its_header(db, tmp_path):
    """A long calculation runs over pages with its header row on each; the totals block
    and the amount in words share a page with the last rows; no internal text."""
    from pypdf import PdfReader

    account = _account(db)
    pid = create_proposal(db, account)
    content = proposal_content(db, pid)
    content["items"] = [
        {"name": f"Позиция {n:02d}", "quantity": 1, "price_kop": 100_00, "unit": "шт."}
        for n in range(1, 71)
    ]
    content["vat_rate"] = None  # a seller without VAT
    save_proposal(db, pid, content)
    path, _revision = export_proposal(db, pid, tmp_path / "kp.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    assert 2 <= len(pages) <= 4
    with_items = [n for n, text in enumerate(pages) if "Позиция" in text]
    assert all("Наименование" in pages[n] and "Сумма, ₽" in pages[n] for n in with_items)
    last = next(n for n, text in enumerate(pages) if "Позиция 70" in text)
    # 70 × 100 ₽ = 7 000 ₽, no VAT
    assert "Итого к оплате: 7 000,00" in pages[last] and "Без НДС: —" in pages[last]
    assert "Семь тысяч рублей 00 копеек" in pages[last]
    assert "НДС не облагается" in " ".join(pages)
    assert all(f"из {len(pages)}" in text for text in pages)  # «Стр. N из M» on each


def test_a_prospect_without_sales_is_guarded_by_the_new_client_value(db, tmp_path):
    """No sales, no strategy: the policy's "new client" value (5 % by default) holds."""
    from core.company_settings import discount_policy, save_discount_policy

    account = _account(db)
    pid = create_proposal(db, account)
    content = proposal_content(db, pid)
    content["items"] = [{"name": "Пробная партия", "quantity": 1, "price_kop": 100_000_00,
                         "discount": 0.08}]  # fmt: skip
    save_proposal(db, pid, content)
    assert discount_policy(db)["new_client"] == 0.05
    with pytest.raises(ProposalError, match="need a reason: Пробная партия"):
        export_proposal(db, pid, tmp_path / "kp.pdf", strategy=None)
    save_discount_policy(db, {"new_client": 0.10})  # the company allows more
    path, _revision = export_proposal(db, pid, tmp_path / "kp.pdf", strategy=None)
    assert path.exists()
