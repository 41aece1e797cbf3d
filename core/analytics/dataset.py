"""What the segmentations read, loaded from the database as columns (pandas)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy.engine import Engine

LINE_COLUMNS = ("account_id", "date", "doc_no", "sku", "product_group", "amount_kop", "cost_kop")
ACCOUNT_COLUMNS = (
    "id",
    "name",
    "inn",
    "industry",
    "region",
    "channel",
    "manager",
    "size",
    "potential_kop",
    "capacity_units",
    "status",
)


@dataclass
class Dataset:
    """Accounts (one row each, index 0..n-1 in ``accounts``), their sale lines with an
    integer ``acc`` column pointing into ``accounts``, competitor presence, receivables
    and the region universe."""

    accounts: pd.DataFrame
    lines: pd.DataFrame
    competitors: pd.DataFrame
    receivables: pd.DataFrame
    regions: pd.DataFrame

    @property
    def latest_sale(self) -> pd.Timestamp | None:
        if self.lines.empty:
            return None
        return pd.Timestamp(self.lines["date"].max())


def _frame(engine: Engine, sql: str, columns: tuple[str, ...]) -> pd.DataFrame:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql).fetchall()
    return pd.DataFrame.from_records(rows, columns=list(columns))


def _dates(values: pd.Series) -> pd.Series:
    if values.empty:
        return pd.Series(values, dtype="datetime64[s]")
    return pd.to_datetime(values.astype("string"), format="ISO8601").astype("datetime64[s]")


def load_dataset(engine: Engine) -> Dataset:
    accounts = _frame(
        engine,
        f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM account WHERE deleted_at IS NULL ORDER BY id",
        ACCOUNT_COLUMNS,
    )
    lines = _frame(
        engine,
        f"SELECT {', '.join(LINE_COLUMNS)} FROM sale_line WHERE deleted_at IS NULL",
        LINE_COLUMNS,
    )
    competitors = _frame(
        engine,
        "SELECT account_id, competitor, share FROM competitor_presence WHERE deleted_at IS NULL",
        ("account_id", "competitor", "share"),
    )
    receivables = _frame(
        engine,
        "SELECT account_id, due_date, paid_date, amount_kop FROM receivable "
        "WHERE deleted_at IS NULL",
        ("account_id", "due_date", "paid_date", "amount_kop"),
    )
    regions = _frame(
        engine,
        "SELECT region, total_outlets, potential_outlets FROM region_universe "
        "WHERE deleted_at IS NULL",
        ("region", "total_outlets", "potential_outlets"),
    )
    return build_dataset(accounts, lines, competitors, receivables, regions)


def build_dataset(
    accounts: pd.DataFrame,
    lines: pd.DataFrame,
    competitors: pd.DataFrame | None = None,
    receivables: pd.DataFrame | None = None,
    regions: pd.DataFrame | None = None,
) -> Dataset:
    """Normalise raw frames (as loaded, or built by a test) into a :class:`Dataset`."""
    accounts = accounts.reset_index(drop=True).copy()
    position = pd.Index(accounts["id"])
    lines = lines.copy()
    lines["acc"] = position.get_indexer(lines["account_id"]).astype(np.int32)
    lines = lines[lines["acc"] >= 0]
    lines["date"] = _dates(lines["date"])
    lines["amount_kop"] = lines["amount_kop"].astype(np.int64)
    lines["cost_kop"] = pd.to_numeric(lines["cost_kop"], errors="coerce").astype("float64")
    for col in ("doc_no", "sku", "product_group"):
        lines[col] = lines[col].astype("object").where(lines[col].notna(), None)
    competitors = (
        competitors.copy()
        if competitors is not None
        else pd.DataFrame(columns=["account_id", "competitor", "share"])
    )
    competitors["acc"] = position.get_indexer(competitors["account_id"]).astype(np.int32)
    competitors = competitors[competitors["acc"] >= 0]
    receivables = (
        receivables.copy()
        if receivables is not None
        else pd.DataFrame(columns=["account_id", "due_date", "paid_date", "amount_kop"])
    )
    receivables["acc"] = position.get_indexer(receivables["account_id"]).astype(np.int32)
    receivables = receivables[receivables["acc"] >= 0]
    receivables["due_date"] = _dates(receivables["due_date"])
    receivables["paid_date"] = _dates(receivables["paid_date"])
    regions = (
        regions.copy()
        if regions is not None
        else pd.DataFrame(columns=["region", "total_outlets", "potential_outlets"])
    )
    for col in ("potential_kop", "capacity_units"):
        accounts[col] = pd.to_numeric(accounts[col], errors="coerce").astype("float64")
    return Dataset(accounts, lines.reset_index(drop=True), competitors, receivables, regions)
