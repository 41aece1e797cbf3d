"""The analytics as the window uses it: every segment table for one as-of date and
window computed at once (off the GUI thread), and a key that says when the data
behind them changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy.engine import Engine

from core.analytics.dataset import load_dataset
from core.analytics.segments import (
    BY,
    KINDS,
    Segmentation,
    SegmentTable,
    Thresholds,
    account_labels,
    segment,
    segment_table,
)
from storage.stamps import SALES, read_stamp

Progress = Callable[[int, str], None]
TABLES: tuple[tuple[str, str | None], ...] = tuple(
    (kind, by) for kind in KINDS for by in (None, *BY.get(kind, ()))
    if not (kind == "psc" and by == "persona") and not (kind == "behaviour" and by == "segment")
)  # fmt: skip


@dataclass
class Analysis:
    as_of: date
    months: int
    latest_sale: date | None
    tables: dict[tuple[str, str | None], SegmentTable]
    pareto: tuple[np.ndarray, np.ndarray, float, float] = field(
        default_factory=lambda: (np.zeros(0), np.zeros(0), 0.8, 0.95)
    )
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)

    def table(self, kind: str, by: str | None = None) -> SegmentTable:
        if kind == "psc" and by == "persona":
            by = None
        return self.tables[(kind, by)]


def data_key(engine: Engine) -> tuple[Any, ...]:
    """Changes whenever the sales data or any account changes (a cheap query)."""
    with engine.connect() as conn:
        stamp = read_stamp(conn, SALES)
        accounts = tuple(
            conn.exec_driver_sql(
                "SELECT COUNT(*), MAX(updated_at), MAX(deleted_at) FROM account"
            ).one()
        )
    return (stamp, *map(str, accounts))


def pareto_curve(seg: Segmentation) -> tuple[np.ndarray, np.ndarray]:
    """Share of clients (x) against the cumulative share of revenue (y), the largest
    client first: the ABC Pareto curve."""
    f = seg.clients.frame
    revenue = f["revenue"].to_numpy(np.float64)[f["active"].to_numpy()]
    revenue = np.sort(revenue)[::-1]
    total = revenue.sum()
    if len(revenue) == 0 or total <= 0:
        return np.zeros(0), np.zeros(0)
    x = np.arange(1, len(revenue) + 1) / len(revenue)
    return np.concatenate(([0.0], x)), np.concatenate(([0.0], np.cumsum(revenue) / total))


def analyse(
    engine: Engine,
    as_of: date | None = None,
    months: int = 12,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Load the data and compute every segment table. ``progress(percent, stage)`` is
    called between stages (it may raise to cancel)."""
    step = progress or (lambda _p, _s: None)
    step(5, "load")
    ds = load_dataset(engine)
    latest = ds.latest_sale
    latest_day = latest.date() if latest is not None else None
    step(55, "segment")
    seg = segment(ds, as_of or latest_day, months, thresholds)
    tables: dict[tuple[str, str | None], SegmentTable] = {}
    for i, (kind, by) in enumerate(TABLES):
        step(65 + 30 * i // len(TABLES), "tables")
        tables[(kind, by)] = segment_table(seg, kind, by)
    x, y = pareto_curve(seg)
    th = seg.thresholds
    step(100, "done")
    return Analysis(
        seg.clients.as_of,
        months,
        latest_day,
        tables,
        (x, y, th.abc_a, th.abc_b),
        account_labels(seg),
    )
