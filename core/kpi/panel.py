"""The management KPI panel (METHODS.md §10, seed 002's "integral panel").

For a scope (one manager, a department = a list of managers from the settings, or the
whole company) and a period (a month ``2026-07``, a quarter ``2026-Q3`` or a year
``2026``), every figure has a fact, a plan and the accounts behind it (расшифровка):

- ``plan``: revenue of the period / the revenue plan (Σ of the managers' monthly plans);
- ``new_clients``: accounts whose first purchase ever falls in the period / the plan;
- ``stable_base``: accounts that bought in the period and in the one just before it,
  against the same count one period earlier (expansion when above 100 %);
- ``orders``: orders in the period against the same period a year before (an order is
  a document number of an account; a line without one counts as its account's day;
  counted in each month it has a positive line);

The sales figures read each account's sales by month (``sale_month``, kept in step with
the lines by every change of sales data), never the lines: a year costs what a month
does.
- ``conversion``: opportunities won / opportunities closed (won or lost) in the period;
- ``activities``: activities logged for the scope's accounts / the norm per manager per
  week (a setting, default 10) × weeks in the period × managers;
- ``assortment``: accounts that bought every mandatory product group of their segment
  (the assortment matrix, a setting: market code or ``*`` → groups) / accounts that
  bought in the period and have a matrix.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, bindparam, func, select, text

from core import changes as ch
from core.database import Database
from storage.models import (
    Account,
    Activity,
    Opportunity,
    SaleLine,
    SaleMonthGroup,
    SalesPlan,
)
from storage.stamps import read_settings, write_settings

SETTINGS_PREFIX = "kpi."
DEFAULT_ACTIVITY_NORM = 10  # activities per manager per week
FIGURES = ("plan", "new_clients", "stable_base", "orders", "conversion", "activities", "assortment")
MONEY_FIGURES = ("plan",)


class KpiError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str
    months: int

    def shifted(self, months: int) -> Period:
        """The period of the same length ``months`` earlier (negative: later)."""
        start = _add_months(self.start, -months)
        end = _add_months(self.start, self.months - months) - timedelta(days=1)
        return Period(start, end, self.label, self.months)

    @property
    def previous(self) -> Period:
        return self.shifted(self.months)

    @property
    def year_before(self) -> Period:
        return self.shifted(12)

    @property
    def weeks(self) -> float:
        return ((self.end - self.start).days + 1) / 7

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def elapsed(self, today: date) -> float | None:
        """The share of the period gone by on ``today`` (its day counted), while the
        period is in progress; None before it starts and after it ends."""
        if not self.start <= today <= self.end:
            return None
        return ((today - self.start).days + 1) / self.days

    def months_begun(self, today: date) -> int:
        """Calendar months of the period begun by ``today``: 2 on 15 February in Q1."""
        return (today.year - self.start.year) * 12 + today.month - self.start.month + 1


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def parse_period(text: str) -> Period:
    """``2026`` (a year), ``2026-Q3`` (a quarter) or ``2026-07`` (a month)."""
    text = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m.group(1))
        return Period(date(y, 1, 1), date(y, 12, 31), text, 12)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
        y, q = int(m.group(1)), int(m.group(2))
        start = date(y, 3 * q - 2, 1)
        return Period(start, _add_months(start, 3) - timedelta(days=1), text, 3)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            last = calendar.monthrange(y, mo)[1]
            return Period(date(y, mo, 1), date(y, mo, last), text, 1)
    raise KpiError(f"a period is 2026, 2026-Q3 or 2026-07, not {text!r}")


@dataclass
class Figure:
    key: str
    fact: float
    plan: float | None
    accounts: list[str] = field(default_factory=list)
    by_account: dict[str, float] = field(default_factory=dict)  # the figure's own count
    full_plan: float | None = None  # the whole period's plan when ``plan`` is pro rata

    @property
    def share(self) -> float | None:
        """fact / plan (None when there is no plan to compare with)."""
        return self.fact / self.plan if self.plan else None


@dataclass
class Panel:
    scope: str  # "company", a manager's name or "department:<name>"
    period: Period
    managers: list[str]
    figures: dict[str, Figure]
    revenue: dict[str, int] = field(default_factory=dict)  # kopecks per account in the period
    elapsed: float | None = None  # share of a period in progress gone by (see Period.elapsed)
    today: date | None = None


# --- settings ------------------------------------------------------------------------------


def kpi_settings(db: Database) -> dict[str, Any]:
    stored = read_settings(db.engine, SETTINGS_PREFIX)
    norm = stored.get("activity_norm")
    matrix = stored.get("matrix")
    departments = stored.get("departments")
    return {
        "activity_norm": norm
        if isinstance(norm, int | float) and norm > 0
        else DEFAULT_ACTIVITY_NORM,
        "matrix": {str(k): [str(g) for g in v] for k, v in matrix.items() if isinstance(v, list)}
        if isinstance(matrix, dict)
        else {},
        "departments": {
            str(k): [str(m) for m in v] for k, v in departments.items() if isinstance(v, list)
        }
        if isinstance(departments, dict)
        else {},
    }


@ch.changes(ch.SETTINGS)
def save_kpi_settings(
    db: Database,
    activity_norm: float | None = None,
    matrix: dict[str, list[str]] | None = None,
    departments: dict[str, list[str]] | None = None,
) -> None:
    values: dict[str, Any] = {}
    if activity_norm is not None:
        if activity_norm <= 0:
            raise KpiError("the activity norm is above zero")
        values["activity_norm"] = activity_norm
    if matrix is not None:
        values["matrix"] = {k: sorted(set(v)) for k, v in matrix.items() if v}
    if departments is not None:
        values["departments"] = {k: sorted(set(v)) for k, v in departments.items() if v}
    write_settings(db.engine, SETTINGS_PREFIX, values)


# --- the figures -----------------------------------------------------------------------------


def _accounts(db: Database, managers: list[str] | None) -> dict[str, tuple[str | None, int | None]]:
    """Live accounts in the scope: id → (manager, market)."""
    query = select(Account.id, Account.manager, Account.industry).where(
        Account.deleted_at.is_(None)
    )
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
    wanted = {m.strip().lower() for m in managers} if managers is not None else None
    return {
        acc: (manager, industry)
        for acc, manager, industry in rows
        if wanted is None or (manager or "").strip().lower() in wanted
    }


def _monthly(db: Database, periods: list[Period]) -> list[dict[str, tuple[int, int]]]:
    """For each period, each account's revenue and orders with a positive line (an
    order is counted in each month it has one): one read of the sales by month per
    period, through the index by month (revision 0009). One read of all the periods,
    each summed by a CASE of its own, took twice as long on 20,000 accounts."""
    query = text(
        "SELECT account_id, SUM(amount_kop), SUM(orders) FROM sale_month "
        "WHERE month >= :s AND month <= :e GROUP BY account_id"
    ).bindparams(bindparam("s", type_=Date()), bindparam("e", type_=Date()))
    out: list[dict[str, tuple[int, int]]] = [{} for _ in periods]
    with db.engine.connect() as conn:
        for i, p in enumerate(periods):
            for acc, amount, orders in conn.execute(query, {"s": p.start, "e": p.end}).all():
                if amount is not None:
                    out[i][acc] = (int(amount), int(orders or 0))
    return out


def _sums(db: Database, periods: list[Period]) -> list[dict[str, tuple[int, int]]]:
    """:func:`_monthly` of ``periods``, each distinct one summed once (the period before
    a year is also the year before it)."""
    unique = list(dict.fromkeys(periods))
    found = _monthly(db, unique)
    return [found[unique.index(p)] for p in periods]


def _first_sales(db: Database) -> dict[str, date]:
    """Each account's first purchase (a positive line): kept up to date at import in
    ``account_stats``; read from the lines when that cache is empty."""
    from storage.models import AccountStats

    with db.engine.connect() as conn:
        cached = {
            acc: first
            for acc, first in conn.execute(select(AccountStats.account_id, AccountStats.first_sale))
            if first is not None
        }
        if cached:
            return cached
        query = (
            select(SaleLine.account_id, func.min(SaleLine.date))
            .where(SaleLine.deleted_at.is_(None), SaleLine.amount_kop > 0)
            .group_by(SaleLine.account_id)
        )
        return {acc: first for acc, first in conn.execute(query)}


def _plans(db: Database, managers: list[str], p: Period) -> tuple[int, int]:
    wanted = {m.strip().lower() for m in managers}
    query = select(SalesPlan.manager, SalesPlan.revenue_plan_kop, SalesPlan.new_clients_plan).where(
        SalesPlan.deleted_at.is_(None), SalesPlan.month >= p.start, SalesPlan.month <= p.end
    )
    revenue = clients = 0
    with db.engine.connect() as conn:
        for manager, plan, new in conn.execute(query):
            if (manager or "").strip().lower() in wanted:
                revenue += int(plan or 0)
                clients += int(new or 0)
    return revenue, clients


def _groups_bought(db: Database, p: Period) -> dict[str, set[str]]:
    query = (
        select(SaleMonthGroup.account_id, SaleMonthGroup.product_group)
        .where(SaleMonthGroup.month >= p.start, SaleMonthGroup.month <= p.end)
        .distinct()
    )
    out: dict[str, set[str]] = {}
    with db.engine.connect() as conn:
        for acc, group in conn.execute(query):
            out.setdefault(acc, set()).add(str(group))
    return out


def _in_step(db: Database) -> None:
    """The sales by month as the sales data is now (rebuilt once when they are not)."""
    from core.analytics.stats import ensure_sales_months
    from storage.db import writing
    from storage.stamps import SALES, SALES_MONTHS, read_stamp

    with db.engine.connect() as conn:
        sales = read_stamp(conn, SALES)
        if sales is not None and read_stamp(conn, SALES_MONTHS) == sales:
            return
    with writing(db.engine) as conn:
        ensure_sales_months(conn)


def scope_managers(db: Database, scope: str | None) -> tuple[str, list[str] | None]:
    """``None`` or "company" → every account; "department:<name>" → its managers from the
    settings; any other text → that manager."""
    if scope is None or scope == "company":
        return "company", None
    if scope.startswith("department:"):
        name = scope.split(":", 1)[1]
        managers = kpi_settings(db)["departments"].get(name)
        if not managers:
            raise KpiError(f"no department {name!r} in the KPI settings")
        return scope, managers
    return scope, [scope]


# the figures whose plan accrues with the days of the period (a revenue plan, new
# clients, the activity norm); the others compare with a whole earlier period or a ratio
PRO_RATA_FIGURES = ("plan", "new_clients", "activities")


def panel(
    db: Database,
    period: Period,
    scope: str | None = None,
    today: date | None = None,
    pro_rata: bool = False,
) -> Panel:
    """The KPI panel of ``period``. While the period is in progress on ``today``, the
    panel says how much of it has gone by; with ``pro_rata`` the time-bound plans are
    those of the days gone by (a quarter's plan × 45/91 on its 45th day), so that a
    figure on plan so far is not shown as behind."""
    today = today or date.today()
    _in_step(db)
    label, managers = scope_managers(db, scope)
    accounts = _accounts(db, managers)
    ids = set(accounts)
    everyone = sorted({m for m, _i in accounts.values() if m})
    managers_in = everyone if managers is None else managers
    settings = kpi_settings(db)
    figures: dict[str, Figure] = {}

    # the period, the two before it (the stable base) and the year before (orders)
    sums = _sums(db, [period, period.previous, period.previous.previous, period.year_before])
    revenue = {a: v for a, (v, _o) in sums[0].items() if a in ids}
    revenue_plan, clients_plan = _plans(db, managers_in, period)
    figures["plan"] = Figure(
        "plan",
        float(sum(revenue.values())),
        float(revenue_plan),
        sorted(a for a, v in revenue.items() if v),
    )

    first = _first_sales(db)
    new = sorted(a for a in ids if a in first and period.start <= first[a] <= period.end)
    figures["new_clients"] = Figure("new_clients", float(len(new)), float(clients_plan), new)

    now_buyers, before, earlier = (
        {a for a, (v, _o) in part.items() if v > 0} & ids for part in sums[:3]
    )
    stable = sorted(now_buyers & before)
    figures["stable_base"] = Figure(
        "stable_base", float(len(stable)), float(len(before & earlier)), stable
    )

    order_accounts = {a: float(o) for a, (_v, o) in sums[0].items() if o > 0 and a in ids}
    orders = int(sum(order_accounts.values()))
    last_year = sum(o for a, (_v, o) in sums[3].items() if a in ids)
    figures["orders"] = Figure(
        "orders", float(orders), float(last_year), sorted(order_accounts), order_accounts
    )

    closed = select(Opportunity.account_id, Opportunity.stage).where(
        Opportunity.deleted_at.is_(None),
        Opportunity.stage.in_(("won", "lost")),
        Opportunity.closed_on >= period.start,
        Opportunity.closed_on <= period.end,
    )
    with db.engine.connect() as conn:
        outcomes = [(a, s) for a, s in conn.execute(closed) if a in ids]
    won = sum(1 for _a, s in outcomes if s == "won")
    won_by: dict[str, float] = {a: 0.0 for a, _s in outcomes}
    for a, s in outcomes:
        won_by[a] += s == "won"
    figures["conversion"] = Figure(
        "conversion", float(won), float(len(outcomes)), sorted(won_by), won_by
    )

    logged = select(Activity.account_id).where(
        Activity.deleted_at.is_(None), Activity.date >= period.start, Activity.date <= period.end
    )
    with db.engine.connect() as conn:
        done = [a for (a,) in conn.execute(logged) if a in ids]
    norm = settings["activity_norm"] * period.weeks * len(managers_in)
    logged_by: dict[str, float] = {}
    for a in done:
        logged_by[a] = logged_by.get(a, 0.0) + 1
    figures["activities"] = Figure(
        "activities", float(len(done)), round(norm, 1), sorted(logged_by), logged_by
    )

    matrix = settings["matrix"]
    bought = _groups_bought(db, period)
    with_matrix, complete = [], []
    for acc in sorted(now_buyers):
        industry = accounts[acc][1]
        mandatory = matrix.get(str(industry)) if industry is not None else None
        mandatory = mandatory if mandatory is not None else matrix.get("*")
        if not mandatory:
            continue
        with_matrix.append(acc)
        if set(mandatory) <= bought.get(acc, set()):
            complete.append(acc)
    figures["assortment"] = Figure(
        "assortment",
        float(len(complete)),
        float(len(with_matrix)) if matrix else None,
        complete,
        {a: float(len(bought.get(a, ()))) for a in complete},
    )
    elapsed = period.elapsed(today)
    if pro_rata and elapsed is not None:
        for key in PRO_RATA_FIGURES:
            f = figures[key]
            if f.plan is not None:
                f.full_plan = f.plan
                f.plan = round(f.plan * elapsed, 1 if key != "plan" else 0)
    return Panel(label, period, list(managers_in), figures, revenue, elapsed, today)


def sales_lines(db: Database, account_ids: Iterable[str], period: Period) -> list[dict[str, Any]]:
    """The sales lines behind a revenue figure (for the drill-down and its export)."""
    wanted = set(account_ids)
    query = (
        select(
            SaleLine.account_id,
            Account.name,
            SaleLine.date,
            SaleLine.doc_no,
            SaleLine.sku,
            SaleLine.product_group,
            SaleLine.quantity,
            SaleLine.amount_kop,
        )
        .join(Account, Account.id == SaleLine.account_id)
        .where(
            SaleLine.deleted_at.is_(None),
            SaleLine.date >= period.start,
            SaleLine.date <= period.end,
        )
        .order_by(Account.name, SaleLine.date)
    )
    keys = (
        "account_id",
        "client",
        "date",
        "doc_no",
        "sku",
        "product_group",
        "quantity",
        "amount_kop",
    )
    with db.engine.connect() as conn:
        return [
            dict(zip(keys, row, strict=True)) for row in conn.execute(query) if row[0] in wanted
        ]


def to_json(p: Panel) -> dict[str, Any]:
    """``kpi --format json``: every figure with its plan, fact, share and accounts; money
    in roubles."""
    figures: dict[str, Any] = {}
    out: dict[str, Any] = {
        "scope": p.scope,
        "period": p.period.label,
        "start": p.period.start.isoformat(),
        "end": p.period.end.isoformat(),
        "managers": p.managers,
        "elapsed": None if p.elapsed is None else round(p.elapsed, 4),
        "pro_rata": any(f.full_plan is not None for f in p.figures.values()),
        "figures": figures,
    }
    for key, f in p.figures.items():
        scale = 100 if key in MONEY_FIGURES else 1
        figures[key] = {
            "fact": round(f.fact / scale, 2),
            "plan": None if f.plan is None else round(f.plan / scale, 2),
            "share": None if f.share is None else round(f.share, 4),
            "accounts": len(f.accounts),
        }
    return out


def panel_context(db: Database) -> dict[str, Any]:
    """What the Dashboard offers to choose: the departments, the managers, and the
    date of the latest sale (the period to open on when today's has no sales yet)."""
    from core.accounts.filters import managers
    from core.accounts.service import list_accounts

    with db.engine.connect() as conn:
        latest = conn.execute(
            select(func.max(SaleLine.date)).where(SaleLine.deleted_at.is_(None))
        ).scalar()
    return {
        "departments": sorted(kpi_settings(db)["departments"]),
        "managers": managers(list_accounts(db)),
        "latest_sale": latest,
    }


def drill_accounts(db: Database, account_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The accounts behind a figure (id, name, INN, manager), the deleted left out."""
    from core.accounts.workspace import account_values

    out = []
    for acc in account_ids:
        try:
            v = account_values(db, acc)
        except KeyError:
            continue
        out.append({"id": acc, "name": v["name"], "inn": v.get("inn"), "manager": v.get("manager")})
    return out
