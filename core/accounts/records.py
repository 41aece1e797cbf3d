"""What the CLI's ``accounts`` prints and what any other caller reads of the whole
base at once: every account with its key figures and its labels (DESIGN.md's JSON
shape), and one account's labels or BCG strategy from the analysis of the base.

The sequence that computes them (load the lines, segment with the company's
thresholds, score BANT/BCG/progress) lives in ``core.analytics.service.base_labels``;
here it is only asked for, once, by the window's worker or by the CLI."""

from __future__ import annotations

from typing import Any

from core.analytics.kinds import SEGMENT_LABELS
from core.database import Database

LABEL_KEYS = (*SEGMENT_LABELS, "bant", "bcg_strategy", "progress_level")


def _roubles(kop: int | None) -> float | None:
    return None if kop is None else round(kop / 100, 2)


def _has_sales(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM sale_line LIMIT 1").first() is not None


def account_records(db: Database) -> list[dict[str, Any]]:
    """Every live account: id, fields, figures of the standard window, ``labels``."""
    from core.accounts.service import list_accounts
    from core.analytics.service import base_labels

    labels, _scores = base_labels(db.engine)
    empty = dict.fromkeys(LABEL_KEYS)
    return [
        {
            "id": r.id,
            "name": r.name,
            "inn": r.inn,
            "kpp": r.kpp,
            "industry": r.industry,
            "region": r.region,
            "channel": r.channel,
            "manager": r.manager,
            "revenue": _roubles(r.revenue_kop) or 0.0,
            "revenue_prev": _roubles(r.revenue_prev_kop) or 0.0,
            "gross_profit": _roubles(r.gross_profit_kop) or 0.0,
            "orders": r.orders or 0,
            "ltv": _roubles(r.ltv_kop) or 0.0,
            "days_since_purchase": r.days_since_purchase,
            "labels": {**empty, **labels.get(r.id, {})},
        }
        for r in list_accounts(db)
    ]


def account_labels(db: Database, account_id: str) -> dict[str, Any] | None:
    """One account's labels from the analysis of the base (None: no sales at all)."""
    if not _has_sales(db):
        return None
    from core.analytics.service import base_labels

    labels, _scores = base_labels(db.engine)
    return labels.get(account_id)


def account_strategy(db: Database, account_id: str) -> str | None:
    """The account's BCG strategy, which sets its discount limit (None without sales:
    nothing to score it from)."""
    if not _has_sales(db):
        return None
    from core.analytics.service import base_labels

    _labels, scores = base_labels(db.engine)
    return scores.strategy(account_id)
