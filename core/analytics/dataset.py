"""What the segmentations read, loaded from the database as columns.

The sale lines are the bulk (a million rows on a large client base). They are read
as delimited text produced by the database engine (storage.columns) and parsed with
pandas' C parser into integer-coded columns; that columnar copy is kept in a cache
file keyed by the data's ``sales`` stamp, so that only the first analysis after a
change of sales data pays for reading the lines. Accounts, competitors, receivables
and the region universe are small and always read fresh.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals
from sqlalchemy.engine import Engine

from core.analytics.stored import CACHE_ENV, cache_dir  # noqa: F401 (public here too)
from storage.columns import LINE_FIELDS, TextChunk, line_chunks
from storage.stamps import SALES, read_stamp

log = logging.getLogger("fieldbook.analytics")

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
CACHE_FORMAT = 2  # 2: the discount column
_CATEGORIES = ("account_id", "date", "sku", "product_group")  # few distinct values

Progress = Callable[[int, int], None]


@dataclass
class LineColumns:
    """The sale lines as integer-coded columns (``-1``: no value)."""

    account_ids: np.ndarray  # distinct account ids (text); ``acc`` indexes it
    acc: np.ndarray  # int32
    day: np.ndarray  # int32, days since 1970-01-01
    doc: np.ndarray  # int32 code of the document number
    sku: np.ndarray  # int32, indexes ``sku_names``
    sku_names: np.ndarray
    group: np.ndarray  # int32, indexes ``group_names``
    group_names: np.ndarray
    amount: np.ndarray  # int64 kopecks
    cost: np.ndarray  # float64 kopecks, NaN when unknown
    discount: np.ndarray  # float64 kopecks, NaN: the line has no discount data

    def __len__(self) -> int:
        return len(self.acc)


@dataclass
class Dataset:
    """Accounts (one row each, index 0..n-1 in ``accounts``), their sale lines with an
    integer ``acc`` column pointing into ``accounts`` and coded ``doc``/``sku``/``group``
    columns (``-1``: none; names in ``sku_names``/``group_names``), competitor presence,
    receivables and the region universe."""

    accounts: pd.DataFrame
    lines: pd.DataFrame
    competitors: pd.DataFrame
    receivables: pd.DataFrame
    regions: pd.DataFrame
    sku_names: np.ndarray
    group_names: np.ndarray

    @property
    def latest_sale(self) -> pd.Timestamp | None:
        if self.lines.empty:
            return None
        return pd.Timestamp(self.lines["date"].max())


# --- the lines: text from the engine → coded columns ------------------------------------


def _codes(values: pd.Categorical) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes and names of a categorical, with the empty text as no value (-1)."""
    names = np.asarray(values.categories, dtype=object)
    codes = values.codes.astype(np.int32)
    empty = np.flatnonzero(names == "")
    if len(empty):
        codes = np.where(codes == empty[0], -1, np.where(codes > empty[0], codes - 1, codes))
        names = np.delete(names, empty[0])
        codes = codes.astype(np.int32)
    return codes, names


def _parse_chunk(chunk: TextChunk) -> pd.DataFrame:
    return pd.read_csv(
        io.BytesIO(chunk.data),
        sep=chunk.delimiter,
        lineterminator=chunk.terminator,
        header=None,
        names=list(LINE_FIELDS),
        dtype={
            **{name: "category" for name in _CATEGORIES},
            "doc_no": object,
            "amount_kop": np.int64,
            "cost_kop": np.float64,
            "discount_kop": np.float64,
        },
        keep_default_na=False,
        na_values={"cost_kop": [""], "discount_kop": [""]},
        quoting=csv.QUOTE_MINIMAL if chunk.quoted else csv.QUOTE_NONE,
        engine="c",
    )


def parse_line_chunks(chunks: Iterable[TextChunk]) -> LineColumns:
    frames = [_parse_chunk(chunk) for chunk in chunks]
    frames = [f for f in frames if len(f)]
    if not frames:
        empty = np.zeros(0, dtype=np.int32)
        names = np.zeros(0, dtype=object)
        return LineColumns(
            names, empty, empty, empty, empty, names, empty, names,
            np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64),
            np.zeros(0, dtype=np.float64),
        )  # fmt: skip
    coded: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name in _CATEGORIES:
        cats = union_categoricals([f[name].array for f in frames])
        coded[name] = _codes(cats)
    acc, account_ids = coded["account_id"]
    date_codes, date_names = coded["date"]
    days = pd.to_datetime(pd.Series(date_names, dtype=object).str.slice(0, 10), format="%Y-%m-%d")
    day_of = (days.to_numpy().astype("datetime64[D]").astype(np.int64)).astype(np.int32)
    docs = pd.concat([f["doc_no"] for f in frames], ignore_index=True)
    doc = pd.factorize(docs.where(docs != "", None), use_na_sentinel=True)[0].astype(np.int32)
    sku, sku_names = coded["sku"]
    group, group_names = coded["product_group"]
    amount = np.concatenate([f["amount_kop"].to_numpy(np.int64) for f in frames])
    cost = np.concatenate([f["cost_kop"].to_numpy(np.float64) for f in frames])
    discount = np.concatenate([f["discount_kop"].to_numpy(np.float64) for f in frames])
    return LineColumns(
        account_ids, acc, day_of[date_codes], doc, sku, sku_names, group, group_names, amount,
        cost, discount,
    )  # fmt: skip


def columns_from_frame(lines: pd.DataFrame) -> LineColumns:
    """Coded columns from a frame of plain values (tests and small data)."""

    def factor(col: str) -> tuple[np.ndarray, np.ndarray]:
        values = lines[col].astype(object).where(lines[col].notna(), None)
        values = values.where(values != "", None)
        codes, names = pd.factorize(values, use_na_sentinel=True)
        return codes.astype(np.int32), np.asarray(names, dtype=object)

    acc, account_ids = factor("account_id")
    doc, _ = factor("doc_no")
    sku, sku_names = factor("sku")
    group, group_names = factor("product_group")
    dates = pd.to_datetime(lines["date"].astype("string"), format="ISO8601")
    day = dates.to_numpy().astype("datetime64[D]").astype(np.int64).astype(np.int32)
    cost = pd.to_numeric(lines["cost_kop"], errors="coerce").to_numpy(np.float64)
    discount = (
        pd.to_numeric(lines["discount_kop"], errors="coerce").to_numpy(np.float64)
        if "discount_kop" in lines.columns
        else np.full(len(lines), np.nan)
    )
    return LineColumns(
        account_ids, acc, day, doc, sku, sku_names, group, group_names,
        lines["amount_kop"].to_numpy(np.int64), cost, discount,
    )  # fmt: skip


# --- the cache file ----------------------------------------------------------------------


def cache_file(url: str) -> Path:
    key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"lines-{key}.npz"


_ARRAYS = ("acc", "day", "doc", "sku", "group", "amount", "cost", "discount")
_NAMES = ("account_ids", "sku_names", "group_names")


def save_columns(path: Path, stamp: str, cols: LineColumns) -> None:
    """Write the cache atomically (a half-written file is never read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    payload: dict[str, Any] = {name: getattr(cols, name) for name in _ARRAYS}
    payload.update({name: np.asarray(getattr(cols, name), dtype=str) for name in _NAMES})
    payload["stamp"] = np.array(f"{CACHE_FORMAT}:{stamp}")
    with open(temp, "wb") as fh:
        np.savez(fh, **payload)
    os.replace(temp, path)


def load_columns(path: Path, stamp: str) -> LineColumns | None:
    """The cached columns when the file is there and was made for ``stamp``."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["stamp"]) != f"{CACHE_FORMAT}:{stamp}":
                return None
            values = {name: data[name] for name in _ARRAYS}
            names = {name: data[name].astype(object) for name in _NAMES}
    except (OSError, ValueError, KeyError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("analytics cache %s unreadable (%s); reading the lines", path, exc)
        return None
    return LineColumns(**values, **names)


def read_line_columns(engine: Engine, use_cache: bool = True) -> LineColumns:
    """The live sale lines as coded columns: from the cache when it matches the sales
    stamp, else from the database (and the cache is written for next time)."""
    with engine.connect() as conn:
        stamp = read_stamp(conn, SALES)
        path = cache_file(str(engine.url.render_as_string(hide_password=True)))
        if use_cache and stamp is not None:
            cached = load_columns(path, stamp)
            if cached is not None:
                return cached
        try:
            cols = parse_line_chunks(line_chunks(conn))
        except (ValueError, pd.errors.ParserError):  # a separator inside a text value
            cols = parse_line_chunks(line_chunks(conn, clean=True))
    if use_cache and stamp is not None:
        try:
            save_columns(path, stamp, cols)
        except OSError as exc:
            log.warning("analytics cache %s not written: %s", path, exc)
    return cols


def prepare_analytics_cache(engine: Engine) -> None:
    """Make the line cache for the current sales now (after an import or the demo), so
    that the first analysis reads it instead of the database. Never fails the caller:
    without a cache the analysis reads the lines itself."""
    try:
        read_line_columns(engine)
    except Exception as exc:  # the data is committed; the cache is only a speed-up
        log.warning("analytics cache not prepared: %s", exc)


# --- the dataset ---------------------------------------------------------------------------


def _frame(engine: Engine, sql: str, columns: tuple[str, ...]) -> pd.DataFrame:
    with engine.connect() as conn:
        rows = [tuple(row) for row in conn.exec_driver_sql(sql)]  # plain tuples: fast
    return pd.DataFrame.from_records(rows, columns=list(columns))


def _dates(values: pd.Series) -> pd.Series:
    if values.empty:
        return pd.Series(values, dtype="datetime64[s]")
    return pd.to_datetime(values.astype("string"), format="ISO8601").astype("datetime64[s]")


def load_dataset(engine: Engine, use_cache: bool = True) -> Dataset:
    accounts = _frame(
        engine,
        f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM account WHERE deleted_at IS NULL ORDER BY id",
        ACCOUNT_COLUMNS,
    )
    lines = read_line_columns(engine, use_cache)
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
    return assemble(accounts, lines, competitors, receivables, regions)


def build_dataset(
    accounts: pd.DataFrame,
    lines: pd.DataFrame,
    competitors: pd.DataFrame | None = None,
    receivables: pd.DataFrame | None = None,
    regions: pd.DataFrame | None = None,
) -> Dataset:
    """A :class:`Dataset` from plain frames (tests): lines with the columns of
    :data:`storage.columns.LINE_FIELDS`."""
    return assemble(accounts, columns_from_frame(lines), competitors, receivables, regions)


def _attach(frame: pd.DataFrame | None, columns: list[str], position: pd.Index) -> pd.DataFrame:
    frame = frame.copy() if frame is not None else pd.DataFrame(columns=columns)
    if "account_id" in frame.columns:
        frame["acc"] = position.get_indexer(frame["account_id"]).astype(np.int32)
        frame = frame[frame["acc"] >= 0]
    return frame


def assemble(
    accounts: pd.DataFrame,
    cols: LineColumns,
    competitors: pd.DataFrame | None = None,
    receivables: pd.DataFrame | None = None,
    regions: pd.DataFrame | None = None,
) -> Dataset:
    """Join coded lines to the current accounts (lines of deleted accounts drop out)."""
    accounts = accounts.reset_index(drop=True).copy()
    position = pd.Index(accounts["id"])
    acc_of_id = position.get_indexer(pd.Index(cols.account_ids)).astype(np.int32)
    acc = acc_of_id[cols.acc] if len(cols.acc) else np.zeros(0, dtype=np.int32)
    keep = acc >= 0
    lines = pd.DataFrame(
        {
            "acc": acc[keep],
            "date": (cols.day[keep].astype(np.int64) * 86400).astype("datetime64[s]"),
            "doc": cols.doc[keep],
            "sku": cols.sku[keep],
            "group": cols.group[keep],
            "amount_kop": cols.amount[keep],
            "cost_kop": cols.cost[keep],
            "discount_kop": cols.discount[keep],
        }
    )
    competitors = _attach(competitors, ["account_id", "competitor", "share"], position)
    receivables = _attach(
        receivables, ["account_id", "due_date", "paid_date", "amount_kop"], position
    )
    receivables["due_date"] = _dates(receivables["due_date"])
    receivables["paid_date"] = _dates(receivables["paid_date"])
    regions = _attach(regions, ["region", "total_outlets", "potential_outlets"], position)
    for col in ("potential_kop", "capacity_units"):
        accounts[col] = pd.to_numeric(accounts[col], errors="coerce").astype("float64")
    return Dataset(
        accounts, lines, competitors, receivables, regions, cols.sku_names, cols.group_names
    )
