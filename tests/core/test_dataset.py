"""Loading the sale lines as columns: text from the engine, the cache file and its stamp."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import insert, text

from core.analytics.dataset import cache_file, load_dataset, read_line_columns
from core.database import open_database
from storage.bulk import adapt_date, bulk_insert
from storage.models import Account
from storage.stamps import SALES, read_stamp, touch_stamp

NOW = "2026-01-01 00:00:00"


def _account(conn, ident: str, name: str) -> None:
    conn.execute(insert(Account).values(id=ident, name=name, name_norm=name.lower()))


def _lines(conn, rows) -> None:
    cols = ("id", "account_id", "date", "doc_no", "sku", "product_group", "quantity",
            "amount_kop", "cost_kop", "occurrence", "created_at", "updated_at")  # fmt: skip
    stamp = NOW if conn.dialect.name == "sqlite" else datetime(2026, 1, 1, tzinfo=UTC)
    bulk_insert(
        conn,
        "sale_line",
        cols,
        [
            (f"l{i}", acc, adapt_date(conn, d), doc, sku, group, 1.0, amount, cost, 1, stamp, stamp)
            for i, (acc, d, doc, sku, group, amount, cost) in enumerate(rows)
        ],
    )


ROWS = [
    ("a", date(2024, 1, 5), "D1", "S1", "Группа «1»", 10_000, 7_000),
    ("a", date(2024, 1, 5), "D1", "S2", "Группа «1»", 5_000, None),
    ("a", date(2024, 2, 1), None, None, None, -2_000, None),
    ("b", date(2023, 12, 31), 'D"2, x', "S1", "G;2", 99_999_999_999, 1),
]


@pytest.fixture
def filled(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    db = open_database(db_url)
    with db.engine.begin() as conn:
        _account(conn, "a", "Альфа")
        _account(conn, "b", "Бета")
        _lines(conn, ROWS)
        touch_stamp(conn, SALES)
    yield db
    db.close()


def _as_rows(ds):
    lines = ds.lines
    out = []
    for i in range(len(lines)):
        acc = ds.accounts["id"][lines["acc"][i]]
        sku = lines["sku"][i]
        group = lines["group"][i]
        cost = lines["cost_kop"][i]
        out.append(
            (
                acc,
                pd_date(lines["date"][i]),
                lines["doc"][i] >= 0,
                ds.sku_names[sku] if sku >= 0 else None,
                ds.group_names[group] if group >= 0 else None,
                int(lines["amount_kop"][i]),
                None if np.isnan(cost) else int(cost),
            )
        )
    return sorted(out, key=lambda r: (r[0], r[1], r[5]))


def pd_date(value) -> date:
    return value.to_pydatetime().date()


def test_lines_read_back_exactly(filled):
    ds = load_dataset(filled.engine)
    expected = sorted(
        [(a, d, doc is not None, s, g, m, c) for a, d, doc, s, g, m, c in ROWS],
        key=lambda r: (r[0], r[1], r[5]),
    )
    assert _as_rows(ds) == expected
    # one document code for both lines of D1, none for the line without a document
    docs = ds.lines.sort_values(["acc", "date", "amount_kop"])["doc"].tolist()
    assert docs[0] == docs[1] and docs[2] == -1 and docs[3] not in (-1, docs[0])


def test_cache_written_then_used_until_the_stamp_changes(filled):
    engine = filled.engine
    path = cache_file(engine.url.render_as_string(hide_password=True))
    assert not path.exists()
    first = read_line_columns(engine)
    assert path.exists()
    # change the data behind the cache's back: the cache still answers (same stamp) …
    with engine.begin() as conn:
        conn.execute(text("UPDATE sale_line SET amount_kop = 1"))
    assert read_line_columns(engine).amount.tolist() == first.amount.tolist()
    # … until the stamp moves, as every change of sales data makes it
    with engine.begin() as conn:
        old = read_stamp(conn, SALES)
        assert touch_stamp(conn, SALES) != old
    assert read_line_columns(engine).amount.tolist() == [1, 1, 1, 1]


def test_damaged_cache_is_ignored(filled):
    engine = filled.engine
    read_line_columns(engine)
    path = cache_file(engine.url.render_as_string(hide_password=True))
    path.write_bytes(b"not a cache")
    assert sorted(read_line_columns(engine).amount.tolist()) == [
        -2_000,
        5_000,
        10_000,
        99_999_999_999,
    ]


def test_separator_inside_a_text_value(filled):
    with filled.engine.begin() as conn:
        conn.execute(
            text("UPDATE sale_line SET sku = 'S' || char(31) || 'x' WHERE sku = 'S2'")
            if conn.dialect.name == "sqlite"
            else text("UPDATE sale_line SET sku = 'S' || chr(31) || 'x' WHERE sku = 'S2'")
        )
        touch_stamp(conn, SALES)
    ds = load_dataset(filled.engine)
    assert len(ds.lines) == 4
    names = {ds.sku_names[c] for c in ds.lines["sku"] if c >= 0}
    assert names in ({"S1", "S x"}, {"S1", "S\x1fx"})  # SQLite replaces it, CSV quotes it


def test_deleted_lines_and_accounts_drop_out(filled):
    with filled.engine.begin() as conn:
        conn.execute(text("UPDATE sale_line SET deleted_at = created_at WHERE amount_kop < 0"))
        conn.execute(text("UPDATE account SET deleted_at = created_at WHERE id = 'b'"))
        touch_stamp(conn, SALES)
    ds = load_dataset(filled.engine)
    assert sorted(ds.lines["amount_kop"].tolist()) == [5_000, 10_000]
    assert ds.accounts["id"].tolist() == ["a"]


def test_empty_database(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    db = open_database(db_url)
    ds = load_dataset(db.engine)
    db.close()
    assert ds.lines.empty and ds.latest_sale is None
