"""The SPIN question bank and an account's answers (both engines)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.accounts import workspace as ws
from core.database import open_database
from core.selling import spin

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_330ba6eed8778f5b.txt"


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.close()


def test_the_starting_bank_is_the_seeds_table_once(db):
    assert spin.ensure_bank(db)
    assert not spin.ensure_bank(db)  # never twice
    bank = spin.questions(db)
    assert [q.block for q in bank] == ["S"] * 3 + ["P"] * 5 + ["I"] * 3 + ["N"] * 2
    assert bank[0].text_ru == "Как идут продажи компании?"
    assert bank[0].text("en") == "How are the company's sales going?"
    assert bank[8].text_ru == "А сколько денег вы теряете при незапланированных перебоях поставок?"
    assert all(q.text_ru and q.text_en and not q.industries for q in bank)


@pytest.mark.skipif(not SEED.exists(), reason="the seed documents are not beside the project")
def test_the_starting_bank_matches_the_seed_text():
    """Every question of the seed's SPIN table, in order, but for the two typos we
    corrected (documented in core.selling.spin)."""
    corrected = {
        "Часто ли вы бываете перебоями с поставками?":
            "Часто ли вы сталкиваетесь с перебоями в поставках?",
        "Хотелось бы увеличить объемы продаж (оборотчиваемость/маржинальность)?":
            "Хотелось бы увеличить объемы продаж (оборачиваемость/маржинальность)?",
        "Поможет ли решить вашу проблему с помощью своевременной отгрузки оборудования/товаров?":
            "Поможет ли решить вашу проблему своевременная отгрузка оборудования/товаров?",
    }  # fmt: skip
    seed = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.startswith(("Situation (", "Problem (", "Implication (", "Need-payoff (")):
            text = line.split('<ul style="list-style-type: none">')[1]
            for question in text.split("?"):
                if question.strip():
                    seed.append((line[0], question.strip() + "?"))
    ours = [(block, corrected.get(ru, ru)) for block, ru in seed]
    assert ours == [(block, ru) for block, ru, _en in spin.STARTER]


def test_add_edit_reorder_retire(db):
    spin.ensure_bank(db)
    new = spin.save_question(db, "P", "Сколько стоит простой линии?", "", [1, 12])
    problems = [q for q in spin.questions(db) if q.block == "P"]
    assert problems[-1].id == new and problems[-1].position == 6
    assert problems[-1].text("en") == "Сколько стоит простой линии?"  # falls back to Russian
    spin.move_question(db, new, -1)
    problems = [q.id for q in spin.questions(db) if q.block == "P"]
    assert problems.index(new) == 4
    spin.save_question(db, "I", "Сколько стоит час простоя линии?", "Cost of an hour", [1], new)
    moved = next(q for q in spin.questions(db) if q.id == new)
    assert (moved.block, moved.position, moved.industries) == ("I", 4, (1,))
    assert [q.id for q in spin.questions_for(db, 1)["I"]][-1] == new
    assert new not in [q.id for q in spin.questions_for(db, 5)["I"]]  # another market
    spin.retire_question(db, new)
    assert new not in [q.id for q in spin.questions(db)]
    assert new in [q.id for q in spin.questions(db, include_retired=True)]
    with pytest.raises(spin.SpinError):
        spin.save_question(db, "X", "Вопрос?", "")
    with pytest.raises(spin.SpinError):
        spin.save_question(db, "S", "  ", "")
    with pytest.raises(spin.SpinError):
        spin.save_question(db, "S", "Вопрос?", "", [13])


def test_answers_are_dated_and_the_latest_wins(db):
    spin.ensure_bank(db)
    account = ws.create_account(db, {"name": "ООО «Аллегро»", "industry": 1})
    loss = spin.questions_for(db, 1)["I"][0]
    first = spin.questions_for(db, 1)["S"][0]
    assert spin.save_answer(db, account, loss.id, "около 2 млн в год", 2_000_000_00,
                            on=date(2026, 3, 1))  # fmt: skip
    assert not spin.save_answer(db, account, loss.id, "около 2 млн в год", 2_000_000_00)
    assert spin.save_answer(db, account, loss.id, "уже 3 млн", 3_000_000_00, on=date(2026, 9, 1))
    assert not spin.save_answer(db, account, first.id, "   ")  # nothing said
    latest = spin.latest_answers(db, account)
    assert latest[loss.id].answer == "уже 3 млн" and latest[loss.id].money_kop == 3_000_000_00
    history = spin.answer_history(db, account, loss.id)
    assert [(a.answered_on, a.money_kop) for a in history] == [
        (date(2026, 9, 1), 3_000_000_00),
        (date(2026, 3, 1), 2_000_000_00),
    ]
    assert [(q.id, a.money_kop) for q, a in spin.implication_losses(db, account)] == [
        (loss.id, 3_000_000_00)
    ]
    assert len(spin.unanswered(db, account, 1)) == 12
    with pytest.raises(spin.SpinError):
        spin.save_answer(db, account, loss.id, "", -5)


def test_the_bank_goes_to_xlsx_and_comes_back(db, tmp_path):
    from openpyxl import load_workbook

    spin.ensure_bank(db)
    path = spin.export_bank(db, tmp_path / "bank.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]] == list(spin.BANK_COLUMNS)
    assert sheet.cell(2, 4).value == "Как идут продажи компании?"
    # edit it as a user would: a new English text, a market tag, a retired question and
    # a new one whose text starts with "=" (text, never a formula)
    sheet.cell(2, 5).value = "How is business?"
    sheet.cell(2, 6).value = "1, 3"
    sheet.cell(3, 7).value = "yes"
    sheet.append([None, "n", None, "", "", "", ""])
    typed = sheet.cell(sheet.max_row, 4)
    typed.value, typed.data_type = "=Что изменится для вас?", "s"  # text, as typed with '
    sheet.append([None, "Q", None, "Неверный блок", "", "", ""])
    book.save(path)
    report = spin.import_bank(db, path)
    assert (report.added, report.updated) == (1, 13)
    assert len(report.errors) == 1 and report.errors[0].startswith("row 16:")
    bank = spin.questions(db)
    assert bank[0].text_en == "How is business?" and bank[0].industries == (1, 3)
    assert len([q for q in bank if q.block == "S"]) == 2  # the second one retired
    assert [q.text_ru for q in bank if q.block == "N"][-1] == "=Что изменится для вас?"
    again = load_workbook(spin.export_bank(db, tmp_path / "again.xlsx")).active
    cells = [row[3] for row in again.iter_rows(min_row=2)]
    formula_like = [c for c in cells if str(c.value).startswith("=")]
    assert len(formula_like) == 1 and formula_like[0].data_type == "s"  # text, not a formula
    with pytest.raises(spin.SpinError):
        (tmp_path / "junk.xlsx").write_text("not a workbook")
        spin.import_bank(db, tmp_path / "junk.xlsx")


def test_the_tco_is_kept_per_account_and_losses_come_from_spin(db):
    from core.selling.tco import AccountTco, TcoOption, load_tco, save_tco

    account = ws.create_account(db, {"name": "ООО «Аллегро»"})
    assert load_tco(db, account) == AccountTco()
    spin.ensure_bank(db)
    loss = spin.questions(db)[8]
    spin.save_answer(db, account, loss.id, "перебои", 1_200_000_00)
    losses = sum(a.money_kop or 0 for _q, a in spin.implication_losses(db, account))
    tco = AccountTco(5, TcoOption(price_kop=100_00),
                     TcoOption(price_kop=80_00, other_losses_per_year_kop=losses),
                     ("cost_reduction", "acceptable_price"), "Линия 2")  # fmt: skip
    save_tco(db, account, tco)
    save_tco(db, account, tco)  # replaced, not duplicated
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM tco_model").scalar() == 1
    again = load_tco(db, account)
    assert again.years == 5 and again.theirs.other_losses_per_year_kop == 1_200_000_00
    assert again.elements == ("acceptable_price", "cost_reduction")  # the pyramid's order
    assert again.comparison().saving == (80_00 + 5 * 1_200_000_00) - 100_00
