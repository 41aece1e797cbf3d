"""Merging accounts that are one client entered twice (same INN, different spellings)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

from core import changes as ch
from core.analytics.stats import refresh_account_stats
from core.database import Database, engine_of
from core.importing.matching import ACCOUNT_COLUMNS
from storage.bulk import adapt_datetime
from storage.db import writing

CHILD_TABLES = (
    "sale_line",
    "competitor_presence",
    "receivable",
    "contact",
    "activity",
    "opportunity",
    "delivery",
    "survey_answer",
    "spin_answer",
    "bant_score",
    "bcg_score",
    "tco_model",
    "proposal",
    "milestone_reached",
    "joint_project",
)
FILLABLE = tuple(c for c in ACCOUNT_COLUMNS if c not in ("name", "status"))


@ch.changes(ch.ACCOUNTS, ch.SALES, ch.CONTACTS, ch.ACTIVITIES)
def merge_accounts(engine: Engine | Database, account_ids: list[str]) -> int:
    """Merge the live accounts ``account_ids`` into the one with the most sale lines
    (ties: the oldest). Everything attached to the others moves to it, its empty fields
    are filled from them, and they are tombstoned. One transaction; returns how many
    accounts were merged away."""
    engine = engine_of(engine)
    if len(set(account_ids)) < 2:
        return 0
    with writing(engine, serial=True) as conn:
        rows = list(
            conn.execute(
                text(
                    "SELECT a.id, a.created_at, (SELECT COUNT(*) FROM sale_line s "
                    "WHERE s.account_id = a.id) AS n FROM account a "
                    "WHERE a.id IN :ids AND a.deleted_at IS NULL"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": list(set(account_ids))},
            ).all()
        )
        if len(rows) < 2:
            return 0
        rows.sort(key=lambda r: (-r.n, str(r.created_at)))
        keeper, others = rows[0].id, [r.id for r in rows[1:]]
        stamp = adapt_datetime(conn, datetime.now(UTC))
        cols = ", ".join(FILLABLE)
        kept = conn.execute(text(f"SELECT {cols} FROM account WHERE id = :id"), {"id": keeper})
        values = dict(kept.one()._mapping)
        for other in others:
            theirs = (
                conn.execute(text(f"SELECT {cols} FROM account WHERE id = :id"), {"id": other})
                .one()
                ._mapping
            )
            for col in FILLABLE:
                if values.get(col) in (None, "") and theirs[col] not in (None, ""):
                    values[col] = theirs[col]
        conn.execute(
            text(
                "UPDATE account SET deleted_at = :t, updated_at = :t, version = version + 1 "
                "WHERE id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"t": stamp, "ids": others},
        )
        sets = ", ".join(f"{c} = :{c}" for c in FILLABLE)
        conn.execute(
            text(
                f"UPDATE account SET {sets}, updated_at = :t, version = version + 1 WHERE id = :id"
            ),
            {**values, "t": stamp, "id": keeper},
        )
        for table in CHILD_TABLES:
            conn.execute(
                text(f"UPDATE {table} SET account_id = :k WHERE account_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"k": keeper, "ids": others},
            )
        has_plan = conn.execute(
            text("SELECT COUNT(*) FROM development_plan WHERE account_id = :k"), {"k": keeper}
        ).scalar()
        if not has_plan:
            first = conn.execute(
                text("SELECT id FROM development_plan WHERE account_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": others},
            ).first()
            if first is not None:
                conn.execute(
                    text("UPDATE development_plan SET account_id = :k WHERE id = :id"),
                    {"k": keeper, "id": first.id},
                )
        refresh_account_stats(conn, accounts=[keeper, *others])
    return len(others)
