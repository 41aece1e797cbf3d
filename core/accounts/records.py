"""What the CLI's ``accounts`` prints and what any other caller reads of the whole
base at once: every account with its key figures and its labels (DESIGN.md's JSON
shape), and one account's labels or BCG strategy from the analysis of the base.

The sequence that computes them (load the lines, segment with the company's
thresholds, score BANT/BCG/progress, the churn risk) lives in ``core.analytics.service``;
the standard labels are read as ``core.analytics.stored`` kept them for the data as it
is, and computed there only when it changed."""

from __future__ import annotations

from datetime import date
from typing import Any

from core.analytics.kinds import SEGMENT_LABELS
from core.database import Database

LABEL_KEYS = (
    *SEGMENT_LABELS,
    "bant",
    "bcg_strategy",
    "progress_level",
    "churn_risk",
    "churn_reasons",
)


def _roubles(kop: int | None) -> float | None:
    return None if kop is None else round(kop / 100, 2)


def _has_sales(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM sale_line LIMIT 1").first() is not None


def account_records(db: Database, as_of: date | None = None) -> list[dict[str, Any]]:
    """Every live account: id, fields, figures of the standard window, ``labels`` and
    the churn risk's ``expected_loss``. With ``as_of``, everything is computed from the
    data up to that day only (the figures too, from the lines, not the stored ones)."""
    if as_of is not None:
        return _records_at_day(db, as_of)
    from core.analytics.stored import standard_labels

    return _records(db, standard_labels(db))  # the reasons keep their codes (Text)


def records_json(db: Database, as_of: date | None = None) -> bytes:
    """:func:`account_records` as the command line prints them (``core.export.json_bytes``;
    the churn reasons as their English words). The standard ones (no ``as_of``) are kept,
    as ``core.analytics.stored`` keeps the labels, under the data key and the day: read
    again when nothing changed (0.1 s, not 1.5 s, on 20,000 accounts), made again when
    anything the records or their labels read did (the accounts' fields and figures are
    in the data key)."""
    from core.export import json_bytes

    if as_of is not None:
        return json_bytes(_records_at_day(db, as_of))
    from core.analytics import stored

    seen = stored.data_key(db)
    return stored.kept(
        "records",
        db.engine,
        ("records", stored.analysis_key(db.engine, seen)),  # the labels' key: today's
        lambda: json_bytes(_records(db, stored.standard_labels(db, seen))),
    )


def _records(db: Database, labels: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The standard records: the figures as the import keeps them, with ``labels``."""
    from core.accounts.service import list_accounts

    empty = dict.fromkeys(LABEL_KEYS)
    return [
        {
            **_own(r),
            "revenue": _roubles(r.revenue_kop) or 0.0,
            "revenue_prev": _roubles(r.revenue_prev_kop) or 0.0,
            "gross_profit": _roubles(r.gross_profit_kop) or 0.0,
            "orders": r.orders or 0,
            "ltv": _roubles(r.ltv_kop) or 0.0,
            "days_since_purchase": r.days_since_purchase,
            **_labelled(labels.get(r.id, {}), empty),
        }
        for r in list_accounts(db)
    ]


def _records_at_day(db: Database, as_of: date) -> list[dict[str, Any]]:
    from core.analytics.service import base_labels

    return _records_at(db, base_labels(db.engine, as_of)[0], as_of)


def _own(r: Any) -> dict[str, Any]:
    """The account's own fields of a record (DESIGN.md's shape)."""
    return {
        "id": r.id, "name": r.name, "inn": r.inn, "kpp": r.kpp, "industry": r.industry,
        "region": r.region, "channel": r.channel, "manager": r.manager,
    }  # fmt: skip


def _labelled(labels: dict[str, Any], empty: dict[str, Any]) -> dict[str, Any]:
    """``labels`` as the record carries them, the expected loss beside them."""
    own = dict(labels)
    loss = own.pop("churn_loss", None)
    own["churn_reasons"] = list(own.get("churn_reasons") or [])  # Text: a str with its code
    return {"expected_loss": loss, "labels": {**empty, **own}}


def _records_at(
    db: Database, labels: dict[str, dict[str, Any]], as_of: date
) -> list[dict[str, Any]]:
    """The records as they stood on ``as_of``: the figures from the sale lines up to it."""
    from core.accounts.service import list_accounts
    from core.analytics.clients import client_table
    from core.analytics.dataset import load_dataset

    frame = client_table(load_dataset(db.engine), as_of).frame.set_index("id")
    empty = dict.fromkeys(LABEL_KEYS)

    def kop(account_id: str, column: str) -> float:
        if account_id not in frame.index:
            return 0.0
        return round(float(frame.at[account_id, column]) / 100, 2)

    out = []
    for r in list_accounts(db):
        known = r.id in frame.index
        days = frame.at[r.id, "days_since_purchase"] if known else None
        out.append(
            {
                **_own(r),
                "revenue": kop(r.id, "revenue"),
                "revenue_prev": kop(r.id, "revenue_prev"),
                "gross_profit": kop(r.id, "gross_profit"),
                "orders": int(frame.at[r.id, "orders"]) if known else 0,
                "ltv": kop(r.id, "ltv"),
                "days_since_purchase": None if days is None or days != days else int(days),
                **_labelled(labels.get(r.id, {}), empty),
            }
        )
    return out


def account_labels(db: Database, account_id: str) -> dict[str, Any] | None:
    """One account's labels from the analysis of the base (None: no sales at all)."""
    if not _has_sales(db):
        return None
    from core.analytics.stored import standard_labels

    return standard_labels(db).get(account_id)


def account_strategy(db: Database, account_id: str) -> str | None:
    """The account's BCG strategy, which sets its discount limit (None without sales:
    nothing to score it from)."""
    if not _has_sales(db):
        return None
    from core.analytics.stored import standard_labels

    return (standard_labels(db).get(account_id) or {}).get("bcg_strategy")
