"""Merging one client entered twice."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from core.accounts.merge import merge_accounts
from core.importing import ImportSession
from tests.core.importing.files import xlsx


def test_merge_moves_everything_to_the_account_with_most_sales(database, tmp_path: Path) -> None:
    sales = xlsx(
        tmp_path / "s.xlsx",
        {
            "S": [
                ["Дата", "Документ", "Контрагент", "Сумма"],
                ["05.01.2024", "1", "Альфа", 100],
                ["06.01.2024", "2", "Альфа", 200],
                ["07.01.2024", "3", "Альфа Трейд", 50],
            ]
        },
    )
    ImportSession(sales).run(database.engine)
    contacts = xlsx(
        tmp_path / "c.xlsx",
        {"S": [["ФИО", "Компания", "Телефон"], ["Иванов", "Альфа Трейд", "+7 900"]]},
    )
    ImportSession(contacts).run(database.engine)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE account SET inn = '7736050003' WHERE name = 'Альфа Трейд'"))
        ids = [r[0] for r in conn.execute(text("SELECT id FROM account ORDER BY name"))]
    assert merge_accounts(database.engine, ids) == 1
    with database.engine.connect() as conn:
        live = conn.execute(
            text("SELECT id, name, inn FROM account WHERE deleted_at IS NULL")
        ).all()
        assert [(r.name, r.inn) for r in live] == [("Альфа", "7736050003")]  # INN filled in
        keeper = live[0].id
        assert conn.execute(
            text("SELECT COUNT(*), SUM(amount_kop) FROM sale_line WHERE account_id = :k"),
            {"k": keeper},
        ).one() == (3, 35_000)
        assert conn.execute(text("SELECT account_id FROM contact")).scalar() == keeper
        assert (
            conn.execute(
                text("SELECT revenue_kop FROM account_stats WHERE account_id = :k"), {"k": keeper}
            ).scalar()
            == 35_000
        )
