"""The analytics as the window uses it: every segment table for one as-of date and
window computed at once (off the GUI thread), and a key that says when the data
behind them changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine

from core.analytics import churn as churn_model
from core.analytics.dataset import load_dataset
from core.analytics.scoring import (
    AccountScores,
    account_scores,
    bcg_table,
    rescored,
    suggested_factors,
)
from core.analytics.segments import (
    BY,
    KINDS,
    THRESHOLD_PREFIX,
    Segmentation,
    SegmentTable,
    Thresholds,
    account_labels,
    segment,
    segment_table,
    thresholds_from,
)
from core.analytics.stored import data_key  # noqa: F401 (the service's public name)
from core.database import Database, engine_of
from storage.stamps import SALES, read_settings, read_stamp

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
    scores: AccountScores | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    churn: churn_model.Summary | None = None  # the risk's model and backtest (None: no sales)

    def table(self, kind: str, by: str | None = None) -> SegmentTable:
        if kind == "psc" and by == "persona":
            by = None
        return self.tables[(kind, by)]


def stored_thresholds(engine: Engine) -> Thresholds:
    """The company's thresholds from Settings (defaults for what was never changed)."""
    return thresholds_from(read_settings(engine, THRESHOLD_PREFIX))


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


def discount_terms(engine: Engine) -> Any:
    """The discount policy the sales history is measured against (Settings)."""
    from core.analytics.discounts import Terms
    from core.selling import discount

    stored = read_settings(engine, discount.SETTINGS_PREFIX)
    return Terms(discount.policy(stored), discount.tiers(stored), discount.financing_rate(stored))


def discount_measure(engine: Engine, seg: Segmentation, scores: AccountScores) -> Any:
    """Every line of the window with its discount against the policy (METHODS.md §11)."""
    from core.analytics import discounts

    assert seg.dataset is not None
    ids = seg.dataset.accounts["id"].astype(str)
    return discounts.measure(seg, {i: scores.strategy(i) for i in ids}, discount_terms(engine))


def churn_of(
    engine: Engine, seg: Segmentation, horizon: int | None = None
) -> churn_model.Churn | None:
    """Churn risk at the segmentation's as-of date (None without sales)."""
    ds = seg.dataset
    if ds is None or ds.lines.empty:
        return None
    return churn_at(engine, ds, seg.clients.as_of, horizon or seg.thresholds.churn_horizon_days)


def churn_at(
    engine: Engine, ds: Any, as_of: date, horizon: int, stamp: str | None = None
) -> churn_model.Churn:
    """Churn risk of the accounts of ``ds`` at ``as_of``, with the model fitted for the
    same sales, day and horizon when one is kept (in this process or on disk).
    ``stamp``: the sales stamp read before ``ds`` was loaded (default: read now)."""
    if stamp is None:
        with engine.connect() as conn:
            stamp = read_stamp(conn, SALES)
    url = engine.url.render_as_string(hide_password=True)
    return churn_model.churn(
        ds,
        as_of,
        horizon,
        churn_model.load_events(engine),
        f"{url}|{stamp}" if stamp else None,
        engine,
    )


def churn_labels(
    engine: Engine, seg: Segmentation, key: tuple[Any, ...] | None = None
) -> tuple[dict[str, dict[str, Any]], churn_model.Summary] | None:
    """Every scored account's churn labels (risk, reasons, expected loss) at the
    segmentation's as-of date, and the model's summary (None without sales). Kept with
    what they read (``core.analytics.stored``): the sales, the accounts, the activities,
    contacts, answers, deliveries and receivables, the day, the window and the horizon;
    a BANT score or a setting of another kind does not make them computed again.
    ``key``: the data key read before the data was (a change committed meanwhile then
    keeps nothing under its own key)."""
    ds = seg.dataset
    if ds is None or ds.lines.empty:
        return None
    from core.analytics import stored

    horizon = seg.thresholds.churn_horizon_days
    key = key or stored.data_key(engine)

    def compute() -> tuple[dict[str, dict[str, Any]], churn_model.Summary]:
        assert ds is not None
        risk = churn_at(engine, ds, seg.clients.as_of, horizon, key[0])
        revenue = seg.clients.frame["revenue"].to_numpy(np.float64)
        return churn_model.labels(risk, ds, revenue), churn_model.summary(risk)

    read = stored.watched(key, "account", "activity", "contact", "survey_answer", "delivery",
                          "receivable")  # fmt: skip
    parts = (key[0], read, seg.clients.as_of, seg.clients.months, horizon)
    return stored.kept("churn-labels", engine, parts, compute)


def scored_labels(
    engine: Engine,
    seg: Segmentation,
    with_churn: bool = True,
    today: date | None = None,
    key: tuple[Any, ...] | None = None,
) -> tuple[dict[str, dict[str, Any]], AccountScores, churn_model.Summary | None]:
    """Every account's labels of DESIGN.md: the segment labels with BANT, BCG strategy,
    progress level and churn risk (its reasons and expected loss); the scoring and the
    churn model's summary behind them. ``today``: the day the scoring stands on (the ЛПР
    met in the 90 days before it, from the activities up to it; default: today)."""
    scores = account_scores(engine, seg, today)
    labels = account_labels(seg)
    for account_id, account in labels.items():
        account.update(scores.labels(account_id))
    risk = churn_labels(engine, seg, key) if with_churn else None
    summary = None
    if risk is not None:
        said, summary = risk
        for account_id, own in said.items():
            if account_id in labels:
                labels[account_id].update(own)
    return labels, scores, summary


@dataclass
class LabelBase:
    """Every account's labels with what of their scoring comes from the sales (the
    suggested BCG scores): a BANT score, a BCG override or a plan's progress changes only
    the scoring labels, which :func:`rescore` then computes again from a few small
    queries instead of the whole analysis."""

    labels: dict[str, dict[str, Any]]
    ids: list[str]
    suggested: dict[str, np.ndarray]


def label_base(labels: dict[str, dict[str, Any]], scores: AccountScores) -> LabelBase:
    return LabelBase(labels, scores.ids, suggested_factors(scores))


def rescore(engine: Engine, base: LabelBase) -> dict[str, dict[str, Any]]:
    """The labels of ``base`` with their scoring labels as the scores stand now."""
    scores = rescored(engine, base.ids, base.suggested)
    return {
        account_id: {**labels, **scores.labels(account_id)}
        for account_id, labels in base.labels.items()
    }


def current_labels(engine: Engine, key: tuple[Any, ...] | None = None) -> LabelBase:
    """The standard labels computed now, without the tables of the window's analysis
    (``analyse`` computes the same labels with them), with their base. ``key``: the data
    key read before."""
    ds = load_dataset(engine)
    seg = segment(ds, None, thresholds=stored_thresholds(engine))
    labels, scores, _risk = scored_labels(engine, seg, key=key)
    return label_base(labels, scores)


def base_labels(engine: Engine, as_of: date) -> tuple[dict[str, dict[str, Any]], AccountScores]:
    """The labels of every account as of ``as_of`` (12 months to it, from the data up to
    it only; the company's thresholds) with the scoring behind them. The standard ones
    (to the latest sale, as the window shows them) are ``stored.standard_labels``."""
    ds = load_dataset(engine)
    seg = segment(ds, as_of, thresholds=stored_thresholds(engine))
    labels, scores, _risk = scored_labels(engine, seg, today=as_of)
    return labels, scores


def analyse(
    engine: Engine | Database,
    as_of: date | None = None,
    months: int = 12,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
    key: tuple[Any, ...] | None = None,
) -> Analysis:
    """Load the data and compute every segment table. ``progress(percent, stage)`` is
    called between stages (it may raise to cancel)."""
    engine = engine_of(engine)
    step = progress or (lambda _p, _s: None)
    step(5, "load")
    ds = load_dataset(engine)
    latest = ds.latest_sale
    latest_day = latest.date() if latest is not None else None
    step(55, "segment")
    seg = segment(ds, as_of or latest_day, months, thresholds or stored_thresholds(engine))
    tables: dict[tuple[str, str | None], SegmentTable] = {}
    for i, (kind, by) in enumerate(TABLES):
        step(65 + 30 * i // len(TABLES), "tables")
        tables[(kind, by)] = segment_table(seg, kind, by)
    x, y = pareto_curve(seg)
    th = seg.thresholds
    labels, scores, risk = scored_labels(engine, seg, today=as_of, key=key)
    tables[("bcg", None)] = bcg_table(seg, scores)
    from core.analytics import discounts

    measured = discount_measure(engine, seg, scores)
    for by in discounts.BY:
        tables[("discounts", by)] = discounts.discounts_table(measured, by)
    from core.events import acquisition_table

    tables[("acquisition", None)] = acquisition_table(engine, seg)
    step(100, "done")
    return Analysis(
        seg.clients.as_of,
        months,
        latest_day,
        tables,
        (x, y, th.abc_a, th.abc_b),
        labels,
        scores,
        th,
        risk,
    )


def account_discounts(
    db: Database, account_id: str, strategy: str | None, as_of: date, months: int = 12
) -> Any:
    """The account's discounts of the analysis window against its policy, month by month,
    and its lines above the policy (the card; METHODS.md §11)."""
    import pandas as pd

    from core.analytics.discounts import account_history
    from core.analytics.window import analysis_window

    engine = engine_of(db)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT date, doc_no, sku, amount_kop, discount_kop FROM sale_line "
                "WHERE account_id = :a AND deleted_at IS NULL"
            ),
            {"a": account_id},
        ).all()
    frame = pd.DataFrame(
        [tuple(r) for r in rows], columns=["date", "doc_no", "sku", "amount_kop", "discount_kop"]
    )
    window = analysis_window(as_of, months)
    return account_history(frame, strategy, discount_terms(engine), window.start, window.end)
