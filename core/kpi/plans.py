"""Sales plans by manager and month (imported as kind ``plans`` or typed in the grid)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select, update

from core import changes as ch
from core.database import Database
from storage.base import new_id, utcnow
from storage.db import writing
from storage.models import SalesPlan


class PlanError(ValueError):
    pass


def plan_grid(db: Database, year: int) -> dict[str, dict[int, tuple[int | None, int | None]]]:
    """Manager → month (1–12) → (revenue plan in kopecks, new-clients plan) for a year."""
    query = select(
        SalesPlan.manager, SalesPlan.month, SalesPlan.revenue_plan_kop, SalesPlan.new_clients_plan
    ).where(
        SalesPlan.deleted_at.is_(None),
        SalesPlan.month >= date(year, 1, 1),
        SalesPlan.month <= date(year, 12, 31),
    )
    out: dict[str, dict[int, tuple[int | None, int | None]]] = {}
    with db.engine.connect() as conn:
        for manager, month, revenue, clients in conn.execute(query):
            out.setdefault(manager, {})[month.month] = (revenue, clients)
    return out


@ch.changes(ch.KPI_PLANS)
def set_plan(
    db: Database,
    manager: str,
    month: date,
    revenue_kop: int | None = None,
    new_clients: int | None = None,
) -> None:
    """Set one manager's plan for one month (the given parts; the other stays)."""
    manager = (manager or "").strip()
    if not manager:
        raise PlanError("a plan belongs to a manager")
    if (revenue_kop is not None and revenue_kop < 0) or (
        new_clients is not None and new_clients < 0
    ):
        raise PlanError("a plan cannot be negative")
    first = month.replace(day=1)
    values: dict[str, int | None] = {}
    if revenue_kop is not None:
        values["revenue_plan_kop"] = revenue_kop
    if new_clients is not None:
        values["new_clients_plan"] = new_clients
    if not values:
        return
    now = utcnow()
    with writing(db.engine) as conn:
        done = conn.execute(
            update(SalesPlan)
            .where(
                SalesPlan.manager == manager,
                SalesPlan.month == first,
                SalesPlan.deleted_at.is_(None),
            )
            .values(updated_at=now, **values)
        ).rowcount
        if not done:
            conn.execute(
                insert(SalesPlan).values(
                    id=new_id(),
                    created_at=now,
                    updated_at=now,
                    manager=manager,
                    month=first,
                    **values,
                )
            )
