"""What the account list and the account card show, read from the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select

from core.analytics.client_metrics import ClientMetrics, Line, client_metrics
from core.analytics.window import Window, analysis_window, previous_window
from core.database import Database
from storage.columns import ACCOUNT_FIELDS
from storage.db import all_rows
from storage.models import Account, AccountStats, CompetitorPresence, SaleLine


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list: the account's fields and its cached figures."""

    id: str
    name: str
    name_norm: str
    inn: str | None
    kpp: str | None
    industry: int | None
    region: str | None
    channel: str | None
    manager: str | None
    revenue_kop: int | None
    revenue_prev_kop: int | None
    gross_profit_kop: int | None
    orders: int | None
    ltv_kop: int | None
    days_since_purchase: int | None
    lead_source: str | None = None  # METHODS.md §13


# the query's first 14 columns are AccountRow's first 14 fields, in order
assert [f.name for f in fields(AccountRow)][14:] == ["days_since_purchase", "lead_source"]


def list_accounts(db: Database, ids: Iterable[str] | None = None) -> list[AccountRow]:
    """Every live account (or those of ``ids``) with its figures for the current window
    (no sales scan)."""
    a, s = Account, AccountStats
    query = (
        select(
            a.id,
            a.name,
            a.name_norm,
            a.inn,
            a.kpp,
            a.industry,
            a.region,
            a.channel,
            a.manager,
            s.revenue_kop,
            s.revenue_prev_kop,
            s.gross_profit_kop,
            s.orders,
            s.ltv_kop,
            s.as_of,
            s.last_sale,
            a.lead_source,
        )
        .outerjoin(s, s.account_id == a.id)
        .where(a.deleted_at.is_(None))
        .order_by(a.name_norm, a.name)
    )
    if ids is not None:
        query = query.where(a.id.in_(list(ids)))
    with db.engine.connect() as conn:
        rows = all_rows(conn, query)
    result = []
    for row in rows:
        values: tuple[Any, ...] = tuple(row)
        as_of, last_sale = values[14], values[15]
        days = (as_of - last_sale).days if last_sale is not None else None
        result.append(AccountRow(*values[:14], days, values[16]))  # type: ignore[call-arg]
    return result


@dataclass(frozen=True)
class AccountRef:
    """Which account: its id and name (plain values, no ORM object)."""

    id: str
    name: str


@dataclass(frozen=True)
class AccountCard:
    """The account's fields and its per-client metrics for the window and the one before,
    with what the card's Overview shows: its editable values (with ``version``), its sale
    lines, the next steps and the last contact with an ЛПР."""

    account: AccountRef
    as_of: date | None
    window: Window | None
    previous: Window | None
    current_metrics: ClientMetrics | None
    previous_metrics: ClientMetrics | None
    competitor_count: int
    values: dict[str, Any] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)


class AccountNotFound(LookupError):
    pass


def _lines(session: object, account_id: str) -> list[Line]:
    query = select(
        SaleLine.date,
        SaleLine.doc_no,
        SaleLine.sku,
        SaleLine.product_group,
        SaleLine.quantity,
        SaleLine.amount_kop,
        SaleLine.cost_kop,
    ).where(SaleLine.account_id == account_id, SaleLine.deleted_at.is_(None))
    return [Line(*row) for row in session.execute(query)]  # type: ignore[attr-defined]


def account_lines(db: Database, account_id: str) -> list[Line]:
    """Every live sale line of one account."""
    with db.sessions() as session:
        return _lines(session, account_id)


def account_card(db: Database, account_id: str, as_of: date | None = None) -> AccountCard:
    """Load one account and compute its metrics (as-of: the data's latest sale date)."""
    with db.sessions() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise AccountNotFound(account_id)
        if as_of is None:
            as_of = session.execute(
                select(func.max(SaleLine.date)).where(SaleLine.deleted_at.is_(None))
            ).scalar()
        shares = [
            share
            for (share,) in session.execute(
                select(CompetitorPresence.share).where(
                    CompetitorPresence.account_id == account_id,
                    CompetitorPresence.deleted_at.is_(None),
                )
            )
        ]
        lines = _lines(session, account_id)
        session.expunge(account)
    ref = AccountRef(account.id, account.name)
    values = {"version": account.version, **{f: getattr(account, f) for f in ACCOUNT_FIELDS}}
    if as_of is None:
        return AccountCard(ref, None, None, None, None, None, len(shares), values, lines)
    window, previous = analysis_window(as_of), previous_window(as_of)
    extra = {
        "potential_kop": account.potential_kop,
        "competitor_shares": shares,
        "capacity_units": account.capacity_units,
    }
    return AccountCard(
        account=ref,
        as_of=as_of,
        window=window,
        previous=previous,
        current_metrics=client_metrics(lines, window, **extra),  # type: ignore[arg-type]
        previous_metrics=client_metrics(lines, previous, **extra),  # type: ignore[arg-type]
        competitor_count=len(shares),
        values=values,
        lines=lines,
    )


def find_account(db: Database, key: str) -> Account:
    """An account by id, by INN (optionally ``INN/KPP``) or by exact name."""
    with db.sessions() as session:
        live = Account.deleted_at.is_(None)
        account = session.get(Account, key)
        if account is not None and account.deleted_at is None:
            return account
        inn, _, kpp = key.partition("/")
        if inn.isdigit():
            query = select(Account).where(live, Account.inn == inn)
            if kpp:
                query = query.where(Account.kpp == kpp)
            found = session.execute(query).scalars().all()
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise AccountNotFound(f"{key} matches {len(found)} accounts; add /KPP")
        found = session.execute(select(Account).where(live, Account.name == key)).scalars().all()
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AccountNotFound(f"{key!r} matches {len(found)} accounts; use the INN or id")
    raise AccountNotFound(f"no account has the id, INN or name {key!r}")
