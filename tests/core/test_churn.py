"""Churn risk (METHODS.md §12): the features on a hand-worked fixture, the rule, the
backtest's measures worked by hand, and a test that the future never leaks into a score."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from core.analytics import churn as C
from core.analytics.dataset import build_dataset

LINE_COLUMNS = ["account_id", "date", "doc_no", "sku", "product_group", "amount_kop", "cost_kop"]
ACCOUNT_COLUMNS = [
    "id", "name", "inn", "industry", "region", "channel", "manager", "size",
    "potential_kop", "capacity_units", "status",
]  # fmt: skip


def accounts(ids: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        [(i, f"Client {i}", None, None, None, None, None, None, None, None, "client") for i in ids],
        columns=ACCOUNT_COLUMNS,
    )


def dataset(lines: list[tuple], ids: list[str], receivables: pd.DataFrame | None = None):
    frame = pd.DataFrame([(*row, None) for row in lines], columns=LINE_COLUMNS)
    return build_dataset(accounts(ids), frame, receivables=receivables)


def events(activities=(), nps=(), deliveries=()) -> dict[str, pd.DataFrame]:
    return {
        "activities": pd.DataFrame(list(activities), columns=["account_id", "date", "lpr"]),
        "nps": pd.DataFrame(list(nps), columns=["account_id", "date", "score"]),
        "deliveries": pd.DataFrame(
            list(deliveries), columns=["account_id", "promised", "delivered", "ordered", "qty"]
        ),
    }


CUT = date(2024, 4, 9)


def fixture():
    lines = [
        ("a", "2024-01-10", "A1", "S1", "G1", 100_000),
        ("a", "2024-02-09", "A2", "S1", "G1", 50_000),
        ("a", "2024-03-10", "A3", "S1", "G1", 20_000),
        ("a", "2024-03-10", "A3", "S2", "G1", 10_000),
        ("a", "2024-03-20", "R1", "S1", "G1", -5_000),  # a return
        ("a", "2024-05-01", "A4", "S1", "G1", 40_000),  # after the cutoff
        ("b", "2023-06-01", "B1", "S1", "G1", 80_000),
        ("c", "2022-01-05", "C1", "S1", "G1", 10_000),  # more than a year before
    ]
    receivables = pd.DataFrame(
        [
            ("a", "2024-03-01", "2024-04-15", 9_000),  # paid after the cutoff: open on it
            ("a", "2024-03-01", "2024-03-05", 7_000),  # paid before it
        ],
        columns=["account_id", "due_date", "paid_date", "amount_kop"],
    )
    ev = events(
        activities=[
            ("a", date(2024, 3, 25), False),
            ("a", date(2024, 4, 1), True),
            ("a", date(2024, 4, 20), True),  # after the cutoff
        ],
        nps=[("a", date(2024, 2, 1), 3), ("a", date(2024, 5, 1), 9)],
        deliveries=[
            ("a", date(2024, 3, 1), date(2024, 3, 5), 10, 10),  # late
            ("a", date(2024, 3, 15), date(2024, 3, 14), 10, 10),  # on time, in full
            ("a", date(2024, 4, 5), date(2024, 4, 20), 10, 10),  # not come by the cutoff
            ("a", date(2024, 4, 9), None, 10, None),  # promised on the day: not yet due
        ],
    )
    return dataset(lines, ["a", "b", "c"], receivables), ev


def test_features_worked_by_hand():
    ds, ev = fixture()
    h = C.history(ds, ev)
    cut = C.features(h, C.day_number(CUT))
    f = {name: cut.x[:, j] for j, name in enumerate(C.FEATURES)}
    a, b, c = 0, 1, 2
    # a bought on 10 Jan, 9 Feb, 10 Mar: the last 30 days before 9 Apr; the usual gap
    # (10 Mar − 10 Jan) / 2 = 60 / 2 = 30 days; so just at its gap
    assert f["recency"][a] == 30
    assert f["frequency"][a] == 3
    assert f["usual_gap"][a] == 30
    assert f["past_gap"][a] == pytest.approx(1.0)
    # revenue 100 000 + 50 000 + 30 000 kopecks = 1 800 roubles (the return aside)
    assert f["revenue"][a] == pytest.approx(math.log1p(1800))
    assert cut.revenue[a] == 180_000
    # the last 90 days (10 Jan excluded, 9 Apr included): 80 000; the 90 before: 100 000
    assert cut.recent[a] == 80_000 and cut.before[a] == 100_000
    assert f["trend"][a] == pytest.approx((80_000 - 100_000) / 180_000)
    assert f["returns"][a] == pytest.approx(5_000 / 180_000)
    assert f["depth"][a] == pytest.approx(4 / 3)  # four lines on three days
    assert f["rate"][a] == pytest.approx(3 / 90)  # three days in the 90 since the first
    assert f["nps"][a] == 3  # the answer of May is not known on 9 April
    assert f["otif_miss"][a] == pytest.approx(2 / 3)  # 1 Mar late, 5 Apr not come; 15 Mar fine
    assert f["overdue"][a] == pytest.approx(9_000 / 180_000)
    assert f["since_activity"][a] == 8 and f["since_lpr"][a] == 8
    # b: one purchase 313 days before; no gap, no trend, no contact
    assert f["recency"][b] == (CUT - date(2023, 6, 1)).days == 313
    assert f["frequency"][b] == 1
    assert np.isnan(f["usual_gap"][b]) and np.isnan(f["trend"][b])
    assert np.isnan(f["nps"][b]) and np.isnan(f["since_activity"][b])
    # scored: a purchase in the 12 months; c's is older
    assert cut.active.tolist() == [True, True, False]
    # the label: no purchase in the 90 days after the cutoff (a bought on 1 May)
    assert C.churned(h, C.day_number(CUT), 90)[[a, b]].tolist() == [False, True]
    del c


def test_monthly_cutoffs_end_at_the_limit_and_start_a_month_after_the_first_purchase():
    ds, ev = fixture()
    h = C.history(ds, ev)  # the first purchase: 5 Jan 2022
    cuts = [C.day_of(c) for c in C.cutoffs(h, C.day_number(date(2022, 5, 31)))]
    assert cuts == [date(2022, 5, 31), date(2022, 4, 30), date(2022, 3, 31), date(2022, 2, 28)]


def test_with_too_little_history_the_rule_scores_recency_against_the_usual_gap():
    """Three accounts: far too few for a model. The rule: exp(−H / max(gap, recency))."""
    ds, ev = fixture()
    result = C.churn(ds, CUT, 90, ev)
    assert result.model.kind == C.RULE
    # a: gap 30, recency 30 → exp(−3); b: no gap (taken as H), recency 313 → exp(−90/313)
    assert result.risk[0] == pytest.approx(math.exp(-3))
    assert result.risk[1] == pytest.approx(math.exp(-90 / 313))
    assert np.isnan(result.risk[2])  # nothing bought in the 12 months: not scored
    assert result.expected_loss[1] == pytest.approx(math.exp(-90 / 313) * 80_000)
    assert [str(t) for t in result.reasons[1]] == ["one purchase so far, 313 days ago"]
    assert result.reasons[0] == []  # a risk of 5 % needs no reason
    labels = C.labels(result, ds)
    assert labels["c"] == {"churn_risk": None, "churn_reasons": [], "churn_loss": None}
    assert labels["b"]["churn_loss"] == pytest.approx(round(math.exp(-90 / 313) * 800, 2))


def test_top_decile_capture_and_auc_by_hand():
    # 12 accounts: the riskiest 10 % is ⌈1.2⌉ = 2 accounts; 3 left, 2 of them among those
    y = np.array([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0], dtype=bool)
    score = np.array([0.9, 0.1, 0.8, 0.2, 0.3, 0.1, 0.0, 0.4, 0.2, 0.1, 0.05, 0.3])
    assert C.top_decile_capture(y, score) == pytest.approx(2 / 3)
    # AUC: of the 3 × 9 (left, stayed) pairs, the leaver ranks higher in 9 + 9 + 1 = 19
    # (0.05 beats 0.0 only; ties none)
    assert C._auc(y, score) == pytest.approx(19 / 27)


def synthetic(n: int = 160, seed: int = 3) -> tuple[list[tuple], list[str]]:
    """Clients buying every 10–40 days from 2022; a third stop for good at a random day."""
    rng = np.random.default_rng(seed)
    lines, ids = [], []
    start, end = date(2022, 1, 1), date(2024, 6, 30)
    for k in range(n):
        account = f"acc{k:03d}"
        ids.append(account)
        gap = int(rng.integers(10, 40))
        stop = end + timedelta(days=1)
        if rng.random() < 1 / 3:
            stop = start + timedelta(days=int(rng.integers(120, (end - start).days)))
        day = start + timedelta(days=int(rng.integers(0, gap)))
        while day <= end and day < stop:
            lines.append((account, day.isoformat(), f"D{k}-{day}", "S", "G", 10_000))
            day += timedelta(days=int(max(1, rng.normal(gap, gap / 4))))
    return lines, ids


def test_the_model_learns_from_history_and_its_backtest_sees_the_leavers():
    lines, ids = synthetic()
    ds = dataset(lines, ids)
    result = C.churn(ds, date(2024, 6, 30), 90, events())
    assert result.model.kind == C.MODEL
    b = result.backtest
    assert b.scored_on == date(2024, 4, 1)  # T = as-of − 90 days
    assert b.model == C.MODEL and b.accounts_scored > 50
    # a client that stopped for good is silent far past its gap: easy to see
    assert b.auc is not None and b.auc > 0.9
    assert b.top_decile_capture is not None and b.top_decile_capture > 0.3
    # the riskiest accounts are told why: their silence against their usual gap
    riskiest = int(np.nanargmax(result.risk))
    assert str(result.reasons[riskiest][0]).startswith("no order for ")


def test_lines_and_events_after_the_as_of_date_change_no_score():
    """No leakage: what happened after the as-of date (purchases, contacts, answers,
    deliveries, a payment) changes neither a risk, nor its reasons, nor the backtest."""
    lines, ids = synthetic(seed=5)
    as_of = date(2024, 3, 31)
    past = [row for row in lines if row[1] <= as_of.isoformat()]
    later = [row for row in lines if row[1] > as_of.isoformat()]
    assert later
    rec = pd.DataFrame(
        [(ids[0], "2024-03-01", None, 5_000)],
        columns=["account_id", "due_date", "paid_date", "amount_kop"],
    )
    before = C.churn(dataset(past, ids, rec), as_of, 90, events())
    rec_paid_later = rec.assign(paid_date=["2024-05-01"])
    future = events(
        activities=[(i, date(2024, 4, 10), True) for i in ids],
        nps=[(i, date(2024, 4, 11), 0) for i in ids],
        deliveries=[(i, date(2024, 4, 12), date(2024, 4, 30), 5, 1) for i in ids],
    )
    after = C.churn(dataset(past + later, ids, rec_paid_later), as_of, 90, future)
    np.testing.assert_array_equal(before.risk, after.risk)
    assert before.backtest == after.backtest
    assert {k: [str(t) for t in v] for k, v in before.reasons.items()} == {
        k: [str(t) for t in v] for k, v in after.reasons.items()
    }


def test_the_label_counts_the_h_days_after_the_cutoff_and_not_the_cutoff_itself():
    """No purchase in (c, c + H]: one on the cutoff day is before it (churned), one on
    c + H within (stays), one on c + H + 1 after (churned)."""
    c = date(2024, 3, 1)
    for offset, left in ((0, True), (90, False), (91, True), (1, False)):
        lines = [("a", "2024-01-15", "A0", "S", "G", 1000),
                 ("a", (c + timedelta(days=offset)).isoformat(), "A1", "S", "G", 1000)]  # fmt: skip
        h = C.history(dataset(lines, ["a"]), events())
        assert bool(C.churned(h, C.day_number(c), 90)[0]) is left, offset


def test_the_model_in_use_learns_from_cutoffs_whose_h_days_are_known(monkeypatch):
    """The model scoring at the as-of date is fitted on cutoffs up to as-of − H; the
    backtest's on those up to T − H, with T = as-of − H."""
    limits = []
    real = C.fit

    def fit(h, limit, horizon):
        limits.append(C.day_of(limit))
        return real(h, limit, horizon)

    monkeypatch.setattr(C, "fit", fit)
    lines, ids = synthetic()
    C.churn(dataset(lines, ids), date(2024, 6, 30), 90, events())
    assert limits == [date(2024, 4, 1), date(2024, 1, 2)]


def test_the_backtest_scores_as_the_model_would_have_on_the_day_t():
    """The backtest is what churn risk would have said at T from the data up to T,
    compared with what then happened: its AUC is the AUC of churn(data up to T, T)."""
    lines, ids = synthetic(seed=11)
    as_of = date(2024, 6, 30)
    t = as_of - timedelta(days=90)
    full = dataset(lines, ids)
    b = C.churn(full, as_of, 90, events()).backtest
    past = C.churn(dataset([r for r in lines if r[1] <= t.isoformat()], ids), t, 90, events())
    h = C.history(full, events())
    scored = ~np.isnan(past.risk)
    left = C.churned(h, C.day_number(t), 90)[scored]
    assert b.accounts_scored == int(scored.sum())
    assert b.auc == pytest.approx(C._auc(left, past.risk[scored]))


def test_a_reason_is_only_what_puts_the_account_at_risk():
    """Against the typical values: an ЛПР met 6 days ago (typically 30) is no reason, 60
    days is; 12 purchase days (typically 5) are no reason, 2 are; a single purchase is
    said as such; a quarter with no revenue is told by the silence, not as −100 %."""
    ds, ev = fixture()
    cut = C.features(C.history(ds, ev), C.day_number(CUT))
    typical = np.full(len(C.FEATURES), np.nan)
    typical[C.FEATURES.index("since_lpr")] = 30
    typical[C.FEATURES.index("frequency")] = 5
    typical[C.FEATURES.index("recency")] = 40
    row = cut.x[0].copy()
    j = C.FEATURES.index("since_lpr")
    row[j] = 6
    assert C._reason("since_lpr", row, cut, 0, typical) is None
    row[j] = 60
    assert str(C._reason("since_lpr", row, cut, 0, typical)) == "no decision maker met for 60 days"
    f = C.FEATURES.index("frequency")
    row[f] = 12
    assert C._reason("frequency", row, cut, 0, typical) is None
    row[f] = 2
    assert str(C._reason("frequency", row, cut, 0, typical)) == "few purchases: 2 in 12 months"
    # b bought once, 313 days before: past the typical silence
    assert str(C._reason("recency", cut.x[1], cut, 1, typical)) == (
        "one purchase so far, 313 days ago"
    )
    assert C._reason("trend", cut.x[1], cut, 1, typical) is None  # nothing bought lately
