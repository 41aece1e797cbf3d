"""Churn risk (METHODS.md §12): the probability that an account buys nothing in the
next H days, learned from the company's own history, with its backtest and reasons.

Everything is computed from the events before a cutoff day. The purchases (days with a
positive line), returns, activities, NPS answers, deliveries and receivables of every
account are kept as arrays sorted by (account, day); any figure "as it stood on day c"
is then a binary search per account, so one cutoff costs a few milliseconds whatever
the number of lines. Training examples are (account, cutoff) pairs at monthly cutoffs;
the examples of a cutoff only read what happened up to it, and their label only the H
days after it, which all lie before the day the model scores (no leakage).

The model is scikit-learn's histogram gradient boosting (it takes missing values as
they are: an account with one purchase has no usual gap). With too little history it
is replaced by a transparent rule, recency against the usual gap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.engine import Engine

from core.analytics.churn_trust import MODEL, RULE, quality  # noqa: F401  (its callers)
from core.analytics.dataset import Dataset
from core.analytics.window import add_months
from core.messages import Text, say

HORIZON_DAYS = 90

MIN_CUTOFFS = 3
MIN_ACCOUNTS = 50
MAX_CUTOFFS = 24
MAX_EXAMPLES = 120_000  # a larger history is sampled down to this (the fit's time)
REASON_FROM = 0.2  # a lower risk needs no reason
ACTIVE_DAYS = 365  # scored: a purchase in the 12 months before the day
_EPOCH = date(1970, 1, 1)
_SPAN = 1 << 20  # days fit below this in the (account, day) sort key

FEATURES = (
    "recency",  # days since the last purchase
    "frequency",  # purchase days in the 12 months
    "revenue",  # revenue of the 12 months (log)
    "usual_gap",  # mean days between purchases, all history (NaN: one purchase)
    "past_gap",  # recency / usual gap
    "trend",  # the last quarter's revenue against the quarter before, −1…+1
    "returns",  # returns / purchases, 12 months
    "nps",  # the latest NPS answer (NaN: none)
    "otif_miss",  # share of the 12 months' deliveries late or short (NaN: none)
    "overdue",  # receivables overdue on the day / the 12 months' revenue
    "since_activity",  # days since the last activity (NaN: none ever)
    "since_lpr",  # days since the last activity with an ЛПР (NaN: none ever)
    "depth",  # sale lines per purchase day, 12 months (the check's depth)
    "rate",  # purchase days per day since the first purchase (at least 30 days)
)


def day_number(d: date) -> int:
    return (d - _EPOCH).days


def day_of(n: int) -> date:
    return _EPOCH + timedelta(days=int(n))


class _Events:
    """Events of the accounts sorted by (account, day), with prefix sums of values."""

    def __init__(self, n: int, acc: np.ndarray, day: np.ndarray, **values: np.ndarray) -> None:
        acc = np.asarray(acc, dtype=np.int64)
        day = np.asarray(day, dtype=np.int64)
        order = np.lexsort((day, acc))
        self.n = n
        self.key = acc[order] * _SPAN + day[order]
        self.day = day[order]
        self.start = np.searchsorted(self.key, np.arange(n, dtype=np.int64) * _SPAN)
        self.values = {k: np.asarray(v)[order] for k, v in values.items()}
        self._sums = {
            k: np.concatenate(([0.0], np.cumsum(np.nan_to_num(v.astype(np.float64)))))
            for k, v in self.values.items()
        }

    def upto(self, cutoff: int) -> np.ndarray:
        """Per account, the index after its last event on or before ``cutoff``."""
        probe = np.arange(self.n, dtype=np.int64) * _SPAN + cutoff
        return np.searchsorted(self.key, probe, side="right")

    def count(self, lo: int, hi: int) -> np.ndarray:
        """Per account, the events with lo < day ≤ hi."""
        return self.upto(hi) - self.upto(lo)

    def total(self, name: str, lo: int, hi: int) -> np.ndarray:
        sums = self._sums[name]
        return sums[self.upto(hi)] - sums[self.upto(lo)]

    def last(self, cutoff: int, name: str | None = None) -> np.ndarray:
        """Per account, the day (or value) of its last event on or before ``cutoff``
        (NaN: none)."""
        end = self.upto(cutoff)
        has = end > self.start
        source = self.day if name is None else self.values[name]
        out = np.full(self.n, np.nan)
        if len(source):
            out[has] = source[end[has] - 1]
        return out

    def first(self) -> np.ndarray:
        has = self.start < np.append(self.start[1:], len(self.key))
        out = np.full(self.n, np.nan)
        out[has] = self.day[self.start[has]]
        return out


@dataclass
class History:
    """What churn risk reads of every account, as sorted event arrays."""

    n: int
    purchases: _Events  # one per (account, day) with positive lines: ``amount``, ``lines``
    returns: _Events  # one per (account, day) with negative lines: value ``amount`` (> 0)
    activities: _Events  # value ``lpr`` (1.0: with a decision maker)
    lpr_meetings: _Events  # the activities with a decision maker
    nps: _Events  # value ``score``
    deliveries: _Events  # keyed by the promised day; ``delivered`` day (NaN), ``short``
    receivables: pd.DataFrame  # acc, due, paid (day numbers, NaN), amount
    first_day: int | None  # the first purchase in the data
    last_day: int | None  # the last sale line of any amount


def _days(values: pd.Series | np.ndarray) -> np.ndarray:
    stamps = pd.to_datetime(pd.Series(values))
    out = np.full(len(stamps), np.nan)
    known = stamps.notna().to_numpy()
    out[known] = (
        stamps[known].to_numpy().astype("datetime64[D]").astype(np.int64).astype(np.float64)
    )
    return out


def _positions(ds: Dataset, ids: pd.Series) -> np.ndarray:
    """The dataset index of each account id (−1: an account not in the dataset)."""
    index = pd.Index(ds.accounts["id"].astype(str))
    return np.asarray(index.get_indexer(ids.astype(str)), dtype=np.int64)


def _frame(engine: Engine | None, sql: str, columns: list[str]) -> pd.DataFrame:
    if engine is None:
        return pd.DataFrame({c: [] for c in columns})
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql).all()
    return pd.DataFrame([tuple(r) for r in rows], columns=columns)


def load_events(engine: Engine | None) -> dict[str, pd.DataFrame]:
    """The small tables churn risk reads besides the sales (empty without an engine)."""
    return {
        "activities": _frame(
            engine,
            "SELECT a.account_id, a.date, c.is_decision_maker FROM activity a "
            "LEFT JOIN contact c ON c.id = a.contact_id AND c.deleted_at IS NULL "
            "WHERE a.deleted_at IS NULL",
            ["account_id", "date", "lpr"],
        ),
        "nps": _frame(
            engine,
            "SELECT account_id, date, nps FROM survey_answer "
            "WHERE deleted_at IS NULL AND nps IS NOT NULL",
            ["account_id", "date", "score"],
        ),
        "deliveries": _frame(
            engine,
            "SELECT account_id, promised_date, delivered_date, qty_ordered, qty_delivered "
            "FROM delivery WHERE deleted_at IS NULL",
            ["account_id", "promised", "delivered", "ordered", "qty"],
        ),
    }


def history(ds: Dataset, events: dict[str, pd.DataFrame] | None = None) -> History:
    """The event arrays of every account of ``ds`` (``events`` from :func:`load_events`)."""
    events = events or load_events(None)
    n = len(ds.accounts)
    lines = ds.lines
    acc = lines["acc"].to_numpy(np.int64)
    day = lines["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    amount = lines["amount_kop"].to_numpy(np.float64)
    daily = (
        pd.DataFrame(
            {
                "acc": acc,
                "day": day,
                "pos": np.maximum(amount, 0),
                "neg": -np.minimum(amount, 0),
                "lines": (amount > 0).astype(np.float64),
            }
        )
        .groupby(["acc", "day"], sort=False)
        .sum()
        .reset_index()
    )  # fmt: skip
    bought = daily[daily["pos"] > 0]
    returned = daily[daily["neg"] > 0]
    purchases = _Events(
        n,
        bought["acc"],
        bought["day"],
        amount=bought["pos"].to_numpy(),
        lines=bought["lines"].to_numpy(),
    )
    returns = _Events(n, returned["acc"], returned["day"], amount=returned["neg"].to_numpy())

    def located(frame: pd.DataFrame, day_column: str) -> tuple[pd.DataFrame, np.ndarray]:
        pos = _positions(ds, frame["account_id"]) if len(frame) else np.zeros(0, np.int64)
        days = _days(frame[day_column]) if len(frame) else np.zeros(0)
        keep = (pos >= 0) & ~np.isnan(days)
        return frame[keep], np.column_stack((pos[keep], days[keep])).astype(np.int64)

    act, at = located(events["activities"], "date")
    activities = _Events(
        n, at[:, 0], at[:, 1], lpr=act["lpr"].fillna(0).astype(bool).to_numpy(np.float64)
    )
    lpr = act["lpr"].fillna(0).astype(bool).to_numpy()
    lpr_meetings = _Events(n, at[lpr, 0], at[lpr, 1])
    nps, nt = located(events["nps"], "date")
    scores = _Events(n, nt[:, 0], nt[:, 1], score=nps["score"].to_numpy(np.float64))
    dl, dt = located(events["deliveries"], "promised")
    ordered = dl["ordered"].to_numpy(np.float64)
    got = dl["qty"].to_numpy(np.float64)
    deliveries = _Events(
        n,
        dt[:, 0],
        dt[:, 1],
        delivered=_days(dl["delivered"]) if len(dl) else np.zeros(0),
        short=(np.nan_to_num(got, nan=np.inf) < ordered - 1e-9).astype(np.float64),
    )
    rec = ds.receivables
    receivables = pd.DataFrame(
        {
            "acc": rec["acc"].to_numpy(np.int64) if len(rec) else np.zeros(0, np.int64),
            "due": _days(rec["due_date"]) if len(rec) else np.zeros(0),
            "paid": _days(rec["paid_date"]) if len(rec) else np.zeros(0),
            "amount": rec["amount_kop"].to_numpy(np.float64) if len(rec) else np.zeros(0),
        }
    )
    return History(
        n,
        purchases,
        returns,
        activities,
        lpr_meetings,
        scores,
        deliveries,
        receivables,
        int(bought["day"].min()) if len(bought) else None,
        int(day.max()) if len(day) else None,
    )


# --- features at a cutoff ----------------------------------------------------------------


@dataclass
class Cut:
    """The features of every account as they stood at the end of ``day``."""

    day: int
    active: np.ndarray  # bool: a purchase in the 12 months before
    revenue: np.ndarray  # kopecks, the 12 months
    recent: np.ndarray  # kopecks, the last 90 days
    before: np.ndarray  # kopecks, the 90 days before those
    x: np.ndarray  # accounts × FEATURES


def features(h: History, cutoff: int) -> Cut:
    p = h.purchases
    year = cutoff - ACTIVE_DAYS
    last = p.last(cutoff)
    first = p.first()
    first = np.where(first <= cutoff, first, np.nan)
    count = (p.upto(cutoff) - p.start).astype(np.float64)
    recency = cutoff - last
    frequency = p.count(year, cutoff).astype(np.float64)
    revenue = p.total("amount", year, cutoff)
    gap = np.where(count >= 2, (last - first) / np.maximum(count - 1, 1), np.nan)
    recent = p.total("amount", cutoff - 90, cutoff)
    before = p.total("amount", cutoff - 180, cutoff - 90)
    both = recent + before
    trend = np.where(both > 0, (recent - before) / np.where(both > 0, both, 1), np.nan)
    returned = h.returns.total("amount", year, cutoff)
    returns = np.where(revenue > 0, returned / np.where(revenue > 0, revenue, 1), np.nan)
    nps = h.nps.last(cutoff, "score")
    d = h.deliveries
    due = d.count(year, cutoff - 1).astype(np.float64)  # promised before the day
    lo, hi = d.upto(year), d.upto(cutoff - 1)
    missed = np.zeros(h.n)
    if len(d.day):
        delivered = d.values["delivered"]
        late = np.isnan(delivered) | (delivered > d.day) | (delivered > cutoff)
        short = (d.values["short"] > 0) & ~np.isnan(delivered) & (delivered <= cutoff)
        cum = np.concatenate(([0.0], np.cumsum((late | short).astype(np.float64))))
        missed = cum[hi] - cum[lo]
    otif = np.where(due > 0, missed / np.where(due > 0, due, 1), np.nan)
    r = h.receivables
    overdue_kop: np.ndarray = np.zeros(h.n)
    if len(r):
        open_ = (r["due"].to_numpy() < cutoff) & ~(r["paid"].to_numpy() <= cutoff)
        overdue_kop = np.bincount(
            r["acc"].to_numpy()[open_], weights=r["amount"].to_numpy()[open_], minlength=h.n
        )
    overdue = overdue_kop / np.maximum(revenue, 1.0)
    since_activity = cutoff - h.activities.last(cutoff)
    since_lpr = cutoff - h.lpr_meetings.last(cutoff)
    x = np.column_stack(
        (
            recency,
            frequency,
            np.log1p(np.maximum(revenue, 0) / 100),
            gap,
            recency / np.maximum(gap, 1.0),
            trend,
            returns,
            nps,
            otif,
            np.minimum(overdue, 10.0),
            since_activity,
            since_lpr,
            p.total("lines", year, cutoff) / np.maximum(frequency, 1.0),
            count / np.maximum(cutoff - first, 30.0),
        )
    )
    active = (frequency > 0) & (revenue > 0)
    return Cut(cutoff, active, revenue, recent, before, x)


def churned(h: History, cutoff: int, horizon: int) -> np.ndarray:
    """Per account: no purchase in the ``horizon`` days after ``cutoff``."""
    return h.purchases.count(cutoff, cutoff + horizon) == 0


def cutoffs(h: History, limit: int) -> list[int]:
    """Monthly cutoffs ending at ``limit`` (newest first), back to a month after the
    first purchase, at most MAX_CUTOFFS."""
    if h.first_day is None:
        return []
    end = day_of(limit)
    out = []
    for k in range(MAX_CUTOFFS):
        c = day_number(add_months(end, -k))
        if c < h.first_day + 28:
            break
        out.append(c)
    return out


# --- the model ---------------------------------------------------------------------------


@dataclass
class Model:
    kind: str  # MODEL or RULE
    horizon: int
    estimator: Any = None
    reference: np.ndarray = field(default_factory=lambda: np.zeros(0))  # typical features
    columns: tuple[int, ...] = ()  # the features the estimator reads (others never vary)
    cutoffs: int = 0
    examples: int = 0

    def risk(self, x: np.ndarray) -> np.ndarray:
        if len(x) == 0:
            return np.zeros(0)
        if self.kind == RULE:
            return rule_risk(x, self.horizon)
        chosen = x[:, list(self.columns)]
        return np.asarray(self.estimator.predict_proba(chosen)[:, 1], dtype=np.float64)


def rule_risk(x: np.ndarray, horizon: int) -> np.ndarray:
    """Recency against the usual gap: an account that bought every g days is expected to
    buy at that rate, one already past its gap at the rate its silence shows; the chance
    of no purchase in H days at a rate of one per m days is exp(−H / m)."""
    recency = x[:, FEATURES.index("recency")]
    gap = x[:, FEATURES.index("usual_gap")]
    pace = np.fmax(np.where(np.isnan(gap), horizon, gap), recency)
    return np.exp(-horizon / np.maximum(pace, 1.0))


def fit(h: History, limit: int, horizon: int) -> Model:
    """The model fitted on the monthly cutoffs ending at ``limit`` (each with its H days
    after it known): gradient boosting, or the rule with too little history."""
    xs, ys, accounts = [], [], set()
    cuts = cutoffs(h, limit)
    for c in cuts:
        cut = features(h, c)
        if not cut.active.any():
            continue
        xs.append(cut.x[cut.active])
        ys.append(churned(h, c, horizon)[cut.active])
        accounts.update(np.flatnonzero(cut.active).tolist())
    usable = len(xs)
    if usable < MIN_CUTOFFS or len(accounts) < MIN_ACCOUNTS:
        return Model(RULE, horizon, cutoffs=usable)
    x = np.vstack(xs)
    y = np.concatenate(ys)
    if y.all() or not y.any():
        return Model(RULE, horizon, cutoffs=usable)
    if len(y) > MAX_EXAMPLES:
        keep = np.sort(np.random.default_rng(0).choice(len(y), MAX_EXAMPLES, replace=False))
        x, y = x[keep], y[keep]
    from sklearn.ensemble import HistGradientBoostingClassifier

    # shallow trees: a company's history is a few thousand examples, and deeper ones
    # learn its noise (measured on the real wholesaler's backtests)
    estimator = HistGradientBoostingClassifier(
        max_iter=200,
        learning_rate=0.05,
        max_depth=2,
        min_samples_leaf=100,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=0,
    )
    # a feature nobody has (no NPS answers in the company) or everyone has alike says
    # nothing; the estimator is given only the others
    lo, hi = (
        np.nanmin(np.where(np.isnan(x), np.inf, x), axis=0),
        np.nanmax(np.where(np.isnan(x), -np.inf, x), axis=0),
    )
    columns = tuple(int(j) for j in np.flatnonzero(lo < hi))
    estimator.fit(x[:, list(columns)], y)
    with np.errstate(all="ignore"):
        reference = np.array(
            [
                np.nanmedian(x[:, j]) if np.isfinite(x[:, j]).any() else np.nan
                for j in range(x.shape[1])
            ]
        )
    return Model(MODEL, horizon, estimator, reference, columns, usable, len(y))


# --- reasons -----------------------------------------------------------------------------

_GAP = ("recency", "usual_gap", "past_gap", "rate")


def _above(value: float, typical: float) -> bool:
    """A value known and above the typical one (or any value when none is typical)."""
    return not math.isnan(value) and (math.isnan(typical) or value > typical)


def _reason(
    name: str, row: np.ndarray, cut: Cut, i: int, typical: np.ndarray | None = None
) -> Text | None:
    """The feature ``name`` of the account in words, when its value is on the risky side
    of the typical one (``typical``: the model's reference values; None for the rule):
    a reason never says that a recent meeting or a frequent buyer is a risk."""
    v = dict(zip(FEATURES, row, strict=True))
    ref = dict(zip(FEATURES, typical if typical is not None else np.full(len(row), np.nan),
                   strict=True))  # fmt: skip
    if name in _GAP:
        days = int(v["recency"])
        gap = v["usual_gap"]
        if math.isnan(gap):  # a single purchase so far
            if typical is not None and not _above(v["recency"], ref["recency"]):
                return None
            return say("churn_once", "one purchase so far, {days} days ago", days=days)
        if v["recency"] > gap:
            return say(
                "churn_gap",
                "no order for {days} days, usually every {gap}",
                days=days,
                gap=max(1, round(gap)),
            )
        if _above(gap, ref["usual_gap"]):
            return say(
                "churn_rare", "orders rarely: about every {gap} days", gap=max(1, round(gap))
            )
        return None
    if name == "trend":
        # a fall, while it still buys (a silence is told by its recency)
        if cut.before[i] > 0 and cut.recent[i] > 0:
            change = round(100 * (cut.recent[i] / cut.before[i] - 1))
            if change <= -10:
                return say(
                    "churn_trend",
                    "revenue {change}% against the previous quarter",
                    change=change,
                )
        return None
    if name == "frequency":
        if typical is not None and not v[name] < ref[name]:
            return None
        return say("churn_frequency", "few purchases: {orders} in 12 months", orders=int(v[name]))
    if name == "returns" and v[name] > 0 and _above(v[name], ref[name]):
        return say("churn_returns", "returns {share}% of purchases", share=round(100 * v[name]))
    if name == "nps" and not math.isnan(v[name]) and v[name] <= 6:  # a detractor
        return say("churn_nps", "NPS answer {score}", score=int(v[name]))
    if name == "otif_miss" and v[name] > 0 and _above(v[name], ref[name]):
        return say("churn_otif", "{share}% of deliveries late or short", share=round(100 * v[name]))
    if name == "overdue" and v[name] > 0:
        return say("churn_overdue", "overdue receivables")
    if name == "since_activity":
        if math.isnan(v[name]):
            return say("churn_no_activity", "no contact recorded")
        if _above(v[name], ref[name]):
            return say("churn_activity", "no contact for {days} days", days=int(v[name]))
        return None
    if name == "since_lpr":
        if math.isnan(v[name]):
            return say("churn_no_lpr", "no meeting with a decision maker recorded")
        if _above(v[name], ref[name]):
            return say("churn_lpr", "no decision maker met for {days} days", days=int(v[name]))
        return None
    return None  # revenue, depth: a small or a narrow client is not a reason in itself


def reasons(model: Model, cut: Cut, rows: np.ndarray, risk: np.ndarray) -> list[list[Text]]:
    """The two or three features that raise each account's risk most: how far its risk
    falls when that feature is set to its typical value (the rule: its recency)."""
    scored = np.flatnonzero(rows)
    out: list[list[Text]] = [[] for _ in scored]
    wanted = np.flatnonzero(risk >= REASON_FROM)  # positions among the scored
    if len(wanted) == 0:
        return out
    index = scored[wanted]
    x = cut.x[index]
    risk = risk[wanted]
    if model.kind == RULE:
        for k, i in enumerate(index):
            text = _reason("recency", x[k], cut, int(i))
            out[wanted[k]] = [text] if text is not None else []
        return out
    # features that say one thing together are moved together: the recency, the usual
    # gap, how far past it, and the purchase rate are "how long since it usually buys"
    groups: list[tuple[int, ...]] = [tuple(FEATURES.index(n) for n in _GAP)]
    groups += [(j,) for j in model.columns if FEATURES[j] not in _GAP]
    drops = np.zeros((len(index), len(groups)))
    for g, members in enumerate(groups):
        typical = x.copy()
        for j in members:
            typical[:, j] = model.reference[j]
        drops[:, g] = risk - model.risk(typical)
    for k, i in enumerate(index):
        chosen: list[Text] = []
        for g in np.argsort(-drops[k], kind="stable"):
            if drops[k, g] < 0.02 or len(chosen) == 3:
                break
            text = _reason(FEATURES[groups[g][0]], x[k], cut, int(i), model.reference)
            if text is not None and text not in chosen:
                chosen.append(text)
        out[wanted[k]] = chosen
    return out


# --- the results ---------------------------------------------------------------------------


@dataclass
class Backtest:
    as_of: date
    horizon_days: int
    model: str
    auc: float | None
    top_decile_capture: float | None
    accounts_scored: int
    scored_on: date | None  # T = as-of − H


@dataclass
class Churn:
    """Every account's risk at the as-of date (NaN: not scored), its reasons and expected
    loss (kopecks), the model in use and its backtest."""

    as_of: date
    horizon_days: int
    model: Model
    risk: np.ndarray
    expected_loss: np.ndarray
    reasons: dict[int, list[Text]]
    backtest: Backtest


def _auc(y: np.ndarray, score: np.ndarray) -> float | None:
    if y.all() or not y.any():
        return None
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, score))


def top_decile_capture(y: np.ndarray, score: np.ndarray) -> float | None:
    """The share of the churned found among the riskiest 10% (at least one account)."""
    if not y.any():
        return None
    top = max(1, math.ceil(len(score) / 10))
    order = np.argsort(-score, kind="stable")[:top]
    return float(y[order].sum() / y.sum())


def backtest(h: History, as_of: date, horizon: int = HORIZON_DAYS) -> Backtest:
    """Fit on the cutoffs up to T − H, score at T = as-of − H, compare with (T, as-of]."""
    t = day_number(as_of) - horizon
    model = fit(h, t - horizon, horizon)
    cut = features(h, t)
    rows = cut.active
    if not rows.any():
        return Backtest(as_of, horizon, model.kind, None, None, 0, day_of(t))
    y = churned(h, t, horizon)[rows]
    score = model.risk(cut.x[rows])
    return Backtest(
        as_of,
        horizon,
        model.kind,
        _auc(y, score),
        top_decile_capture(y, score),
        int(rows.sum()),
        day_of(t),
    )


_FITTED: dict[tuple[str, date, int], tuple[Model, Backtest]] = {}


def churn(
    ds: Dataset,
    as_of: date,
    horizon: int = HORIZON_DAYS,
    events: dict[str, pd.DataFrame] | None = None,
    stamp: str | None = None,
    engine: Any = None,
) -> Churn:
    """Churn risk of the accounts of ``ds`` at ``as_of`` from the data up to it only.
    ``stamp`` (the sales data's, with the database's URL): the model and backtest fitted
    for the same sales, day and horizon are reused (a new activity or answer is scored,
    not refitted): kept in memory, and with ``engine`` on disk too (``core.analytics.
    stored``), so that the next process reads them instead of fitting."""
    h = history(_upto(ds, as_of), events)
    a = day_number(as_of)
    key = (stamp, as_of, horizon) if stamp else None

    def fitted() -> tuple[Model, Backtest]:
        return fit(h, a - horizon, horizon), backtest(h, as_of, horizon)

    if key is not None and key in _FITTED:
        model, tested = _FITTED[key]
    else:
        if key is not None and engine is not None:
            from core.analytics import stored

            model, tested = stored.kept("churn", engine, key, fitted)
        else:
            model, tested = fitted()
        if key is not None:
            while len(_FITTED) >= 4:
                _FITTED.pop(next(iter(_FITTED)))
            _FITTED[key] = (model, tested)
    cut = features(h, a)
    rows = cut.active
    risk = np.full(h.n, np.nan)
    risk[rows] = model.risk(cut.x[rows])
    loss = np.where(rows, np.nan_to_num(risk) * cut.revenue, np.nan)
    said = reasons(model, cut, rows, risk[rows])
    return Churn(
        as_of,
        horizon,
        model,
        risk,
        loss,
        dict(zip(np.flatnonzero(rows).tolist(), said, strict=True)),
        tested,
    )


def labels(
    result: Churn, ds: Dataset, revenue: np.ndarray | None = None
) -> dict[str, dict[str, Any]]:
    """Each account's ``churn_risk`` (None: not scored), ``churn_reasons`` and
    ``churn_loss``: the expected loss in roubles, risk × the revenue of the 12 months
    (``revenue``, kopecks per account: the analysis window's, METHODS.md §2; else the
    365 days to the as-of date)."""
    out: dict[str, dict[str, Any]] = {}
    loss = result.expected_loss
    if revenue is not None:
        loss = np.where(np.isnan(result.risk), np.nan, np.nan_to_num(result.risk) * revenue)
    for i, account_id in enumerate(ds.accounts["id"].astype(str)):
        risk = result.risk[i]
        if np.isnan(risk):
            out[account_id] = {"churn_risk": None, "churn_reasons": [], "churn_loss": None}
        else:
            out[account_id] = {
                "churn_risk": round(float(risk), 3),
                "churn_reasons": result.reasons.get(i, []),
                "churn_loss": round(float(loss[i]) / 100, 2),
            }
    return out


@dataclass(frozen=True)
class Summary:
    """What the window shows beside the risk: which model, fitted how, and its backtest."""

    as_of: date
    horizon_days: int
    model: str
    cutoffs: int
    examples: int
    backtest: Backtest


def summary(result: Churn) -> Summary:
    m = result.model
    return Summary(
        result.as_of, result.horizon_days, m.kind, m.cutoffs, m.examples, result.backtest
    )


def backtest_json(b: Backtest, model: str) -> dict[str, Any]:
    """``churn --format json`` (DESIGN.md), with the day scored and the backtest's own
    model when it differs (too little history before T for the model in use)."""
    return {
        "as_of": b.as_of.isoformat(),
        "horizon_days": b.horizon_days,
        "model": model,
        "auc": None if b.auc is None else round(b.auc, 4),
        "top_decile_capture": None
        if b.top_decile_capture is None
        else round(b.top_decile_capture, 4),
        "accounts_scored": b.accounts_scored,
        "scored_on": b.scored_on.isoformat() if b.scored_on else None,
        "backtest_model": b.model,
    }


def _upto(ds: Dataset, as_of: date) -> Dataset:
    """``ds`` with only the sale lines up to the as-of date."""
    lines = ds.lines
    keep = lines["date"].to_numpy() <= np.datetime64(as_of, "s")
    if keep.all():
        return ds
    return Dataset(
        ds.accounts,
        lines[keep],
        ds.competitors,
        ds.receivables,
        ds.regions,
        ds.sku_names,
        ds.group_names,
    )
