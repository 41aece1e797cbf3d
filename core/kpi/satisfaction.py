"""Client satisfaction (METHODS.md §10): NPS, CSI and OTIF.

- NPS = % promoters (9–10) − % detractors (0–6); 7–8 are passives. Seed 002 insists it
  is measured per department of ours (sales, logistics, service…), so the table is by
  department and by calendar quarter.
- CSI = Σ(rating × importance) / Σ(importance) over the attribute ratings (1–5).
- OTIF = deliveries on time (delivered on or before the promised date) and in full
  (quantity delivered ≥ ordered) / all deliveries; a delivery not yet made is not OTIF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from core import changes as ch
from core.database import Database
from storage.db import writing
from storage.models import Account, CsiRating, Delivery, SurveyAnswer


class SatisfactionError(ValueError):
    pass


@dataclass(frozen=True)
class Nps:
    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        """% promoters − % detractors, from −100 to 100 (None without answers)."""
        if not self.answers:
            return None
        return 100 * (self.promoters - self.detractors) / self.answers


def nps(scores: Iterable[int]) -> Nps:
    promoters = passives = detractors = 0
    for s in scores:
        if not isinstance(s, int) or not 0 <= s <= 10:
            raise SatisfactionError(f"an NPS answer is a whole number 0–10, not {s!r}")
        if s >= 9:
            promoters += 1
        elif s >= 7:
            passives += 1
        else:
            detractors += 1
    return Nps(promoters, passives, detractors)


def csi(ratings: Iterable[tuple[int, float]]) -> float | None:
    """(rating 1–5, importance > 0) pairs → the importance-weighted mean rating."""
    weighted = total = 0.0
    for rating, importance in ratings:
        if not 1 <= rating <= 5:
            raise SatisfactionError(f"a CSI rating is 1–5, not {rating!r}")
        if importance <= 0:
            raise SatisfactionError("an importance weight is above zero")
        weighted += rating * importance
        total += importance
    return weighted / total if total else None


@dataclass(frozen=True)
class Otif:
    otif: int
    on_time: int
    in_full: int
    deliveries: int

    @property
    def share(self) -> float | None:
        return self.otif / self.deliveries if self.deliveries else None


def otif(rows: Iterable[tuple[date, date | None, float, float | None]]) -> Otif:
    n = ok = timely = full = 0
    for promised, delivered, ordered, qty in rows:
        n += 1
        on_time = delivered is not None and delivered <= promised
        in_full = qty is not None and qty >= ordered
        timely += on_time
        full += in_full
        ok += on_time and in_full
    return Otif(ok, timely, full, n)


def quarter(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


# --- tables from the database ----------------------------------------------------------------


@dataclass
class SatisfactionTable:
    """Rows of a satisfaction table (JSON of ``segments nps|otif``)."""

    kind: str
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]
    total: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def _answers(db: Database, start: date | None, end: date | None) -> list[tuple[Any, ...]]:
    query = (
        select(
            SurveyAnswer.id,
            SurveyAnswer.account_id,
            SurveyAnswer.department,
            SurveyAnswer.date,
            SurveyAnswer.nps,
            Account.manager,
            SurveyAnswer.comment,
        )
        .join(Account, Account.id == SurveyAnswer.account_id)
        .where(SurveyAnswer.deleted_at.is_(None), Account.deleted_at.is_(None))
    )
    if start is not None:
        query = query.where(SurveyAnswer.date >= start)
    if end is not None:
        query = query.where(SurveyAnswer.date <= end)
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def _ratings(db: Database, survey_ids: Sequence[str]) -> dict[str, list[tuple[int, float]]]:
    out: dict[str, list[tuple[int, float]]] = {}
    query = select(CsiRating.survey_id, CsiRating.rating, CsiRating.importance).where(
        CsiRating.deleted_at.is_(None)
    )
    wanted = set(survey_ids)
    with db.engine.connect() as conn:
        for sid, rating, importance in conn.execute(query):
            if sid in wanted:
                out.setdefault(sid, []).append((int(rating), float(importance or 1.0)))
    return out


NPS_COLUMNS = ("answers", "promoters", "passives", "detractors", "nps", "csi")


def nps_table(
    db: Database, start: date | None = None, end: date | None = None
) -> SatisfactionTable:
    """NPS and CSI by our department and calendar quarter, with a total per department
    (level 1) and for everything (the total row)."""
    answers = _answers(db, start, end)
    ratings = _ratings(db, [a[0] for a in answers])

    def row(segment: str, level: int, group: list[tuple[Any, ...]]) -> dict[str, Any]:
        n = nps(int(a[4]) for a in group if a[4] is not None)
        pairs = [p for a in group for p in ratings.get(a[0], [])]
        return {
            "segment": segment,
            "level": level,
            "answers": n.answers,
            "promoters": n.promoters,
            "passives": n.passives,
            "detractors": n.detractors,
            "nps": None if n.score is None else round(n.score, 1),
            "csi": None if (c := csi(pairs)) is None else round(c, 2),
            "accounts": sorted({a[1] for a in group}),
        }

    rows = []
    departments = sorted({a[2] or "" for a in answers})
    for dep in departments:
        mine = [a for a in answers if (a[2] or "") == dep]
        rows.append(row(dep or "—", 1, mine))
        for q in sorted({quarter(a[3]) for a in mine}):
            rows.append(row(f"{dep or '—'} · {q}", 0, [a for a in mine if quarter(a[3]) == q]))
    warnings = [] if answers else ["no_surveys"]
    return SatisfactionTable("nps", NPS_COLUMNS, rows, row("total", 2, answers), warnings)


OTIF_COLUMNS = ("deliveries", "on_time", "in_full", "otif", "otif_share")


def _deliveries(db: Database, start: date | None, end: date | None) -> list[tuple[Any, ...]]:
    query = (
        select(
            Delivery.account_id,
            Account.name,
            Account.manager,
            Delivery.promised_date,
            Delivery.delivered_date,
            Delivery.qty_ordered,
            Delivery.qty_delivered,
        )
        .join(Account, Account.id == Delivery.account_id)
        .where(Delivery.deleted_at.is_(None), Account.deleted_at.is_(None))
    )
    if start is not None:
        query = query.where(Delivery.promised_date >= start)
    if end is not None:
        query = query.where(Delivery.promised_date <= end)
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def otif_table(
    db: Database, start: date | None = None, end: date | None = None, by: str = "manager"
) -> SatisfactionTable:
    """OTIF by manager (or by account), with the overall total."""
    rows_in = _deliveries(db, start, end)
    key = 2 if by == "manager" else 1

    def row(segment: str, level: int, group: list[tuple[Any, ...]]) -> dict[str, Any]:
        o = otif((g[3], g[4], float(g[5]), None if g[6] is None else float(g[6])) for g in group)
        return {
            "segment": segment,
            "level": level,
            "deliveries": o.deliveries,
            "on_time": o.on_time,
            "in_full": o.in_full,
            "otif": o.otif,
            "otif_share": None if o.share is None else round(o.share, 4),
            "accounts": sorted({g[0] for g in group}),
        }

    names = sorted({g[key] or "" for g in rows_in})
    rows = [row(name or "—", 0, [g for g in rows_in if (g[key] or "") == name]) for name in names]
    warnings = [] if rows_in else ["no_deliveries"]
    return SatisfactionTable("otif", OTIF_COLUMNS, rows, row("total", 2, rows_in), warnings)


def account_satisfaction(db: Database, account_id: str) -> dict[str, Any]:
    """One account's answers (newest first) and its OTIF by quarter: the card's view."""
    answers = [a for a in _answers(db, None, None) if a[1] == account_id]
    ratings = _ratings(db, [a[0] for a in answers])
    listed = [
        {
            "date": a[3],
            "department": a[2],
            "nps": a[4],
            "csi": csi(ratings.get(a[0], [])),
            "comment": a[6],
        }
        for a in answers
    ]
    listed.sort(key=lambda r: r["date"], reverse=True)
    deliveries = [d for d in _deliveries(db, None, None) if d[0] == account_id]
    by_quarter: dict[str, list[tuple[Any, ...]]] = {}
    for d in deliveries:
        by_quarter.setdefault(quarter(d[3]), []).append(d)
    trend = {
        q: otif((g[3], g[4], float(g[5]), None if g[6] is None else float(g[6])) for g in group)
        for q, group in sorted(by_quarter.items())
    }
    return {
        "answers": listed,
        "nps": nps(int(a[4]) for a in answers if a[4] is not None),
        "otif_by_quarter": trend,
    }


@ch.changes(ch.SURVEYS)
def record_answer(
    db: Database,
    account_id: str,
    on: date,
    score: int | None,
    department: str | None = None,
    ratings: Sequence[tuple[str, int, float]] = (),
    comment: str | None = None,
) -> str:
    """A survey answer typed on the card: the NPS score and any attribute ratings."""
    from sqlalchemy import insert

    from storage.base import new_id, utcnow

    if score is not None:
        nps([score])
    csi([(r, w) for _a, r, w in ratings])
    sid, now = new_id(), utcnow()
    with writing(db.engine) as conn:
        conn.execute(
            insert(SurveyAnswer).values(
                id=sid,
                created_at=now,
                updated_at=now,
                account_id=account_id,
                date=on,
                nps=score,
                department=(department or "").strip() or None,
                comment=comment,
            )
        )
        for attribute, rating, importance in ratings:
            conn.execute(
                insert(CsiRating).values(
                    id=new_id(),
                    created_at=now,
                    updated_at=now,
                    survey_id=sid,
                    attribute=attribute,
                    rating=rating,
                    importance=importance,
                )
            )
    return sid
