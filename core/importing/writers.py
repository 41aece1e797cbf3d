"""Writing each kind of file: clients, sales, contacts, competitors, receivables,
deliveries, surveys, plans, regions and costs, each into its tables."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from core.accounts.names import normalise_name
from core.importing import values as v
from core.importing.fields import header_key
from core.importing.ids import new_ids, now
from core.importing.matching import FIELD_COLUMN, AccountIndex
from core.importing.parser import Parser
from core.importing.report import (
    ImportReport,
    Parsed,
    RowError,
)
from core.messages import Text
from storage.bulk import BATCH, adapt_date, adapt_datetime, bulk_insert
from storage.columns import SALE_LINE_INSERT

# --- the kinds ---------------------------------------------------------------------------


class Context:
    def __init__(self, conn: Connection, parser: Parser, report: ImportReport) -> None:
        self.conn = conn
        self.parser = parser
        self.report = report
        self.accounts = AccountIndex(conn)
        self.stamp = adapt_datetime(conn, now())
        self.sales_changed = False
        self.sales_accounts: set[str] = set()  # the accounts whose lines the file added
        self.sales_span: tuple[date, date] | None = None  # the days of those lines
        self.writes: list[Callable[[], None]] = []

    def d(self, value: date | None) -> Any:
        return adapt_date(self.conn, value)

    def warn(self, row: int, column: str, value: str, message: str) -> None:
        self.report.warnings.append(RowError(row, column, value, message))


def _account_extra(values: dict[str, Any]) -> dict[str, Any]:
    return {k: values.get(k) for k in ("region", "manager", "channel")}


def _import_clients(ctx: Context, rows: Iterator[Parsed]) -> None:
    acc = ctx.accounts
    report = ctx.report
    for p in rows:
        vals = {FIELD_COLUMN[k]: val for k, val in p.values.items() if k in FIELD_COLUMN}
        aid = acc.match(vals.get("inn"), vals.get("kpp"), vals.get("code"), vals.get("name"))
        if aid is None:
            if not vals.get("name"):
                ctx.parser.reject(
                    p.row,
                    p.cells,
                    [
                        RowError(
                            p.row,
                            ctx.parser.column("account_name"),
                            "",
                            "a new client needs a name",
                        )
                    ],
                )
                continue
            acc.create(vals, p.row)
            report.inserted += 1
            continue
        rec = acc.records[aid]
        changes = {}
        for col, val in vals.items():
            if col == "name":
                if normalise_name(val) != rec.get("name_norm"):
                    changes[col] = val
            elif rec.get(col) != val:
                changes[col] = val
        first = acc.touched.get(aid)
        if not changes:
            report.unchanged += 1
            if first is not None and first != p.row:
                report.repeated += 1  # the same client again, with the same values
            continue
        if first is not None and first != p.row:
            shown = ", ".join(f"{k} «{val}»" for k, val in changes.items())
            ctx.warn(
                p.row,
                "",
                shown,
                Text(
                    "same_client",
                    "the same client as row {row} (by INN, code or name) with other values; "
                    "the values of row {row} were kept",
                    row=first,
                ),
            )
            report.unchanged += 1
            report.repeated += 1
            continue
        acc.update(aid, changes, p.row)
        report.updated += 1


def _discount(vals: dict[str, Any], quantity: float, amount: int) -> Any:
    """The line's discount in kopecks (METHODS.md §11): the discount column; else the
    list price × quantity − amount; else, from the discount per cent p, the list amount
    being amount / (1 − p): a bare number of that column is left as a :class:`PerCent`
    for :func:`_per_cent_column` to read with the others. None: the line says nothing of
    a discount (a return takes none: returns are left out of the discount analysis)."""
    if vals.get("discount") is not None:
        return int(vals["discount"])
    if amount < 0:
        return None
    if vals.get("list_price") is not None and quantity:
        return v.kop_of(quantity, vals["list_price"]) - amount  # 0 paid: all of it off
    share = vals.get("discount_percent")
    if share is None or amount == 0:
        return None
    return share  # a PerCent, resolved once the whole column is read


def _off(amount: int, share: float) -> int | None:
    if not 0 <= share < 1:
        return None  # 100 % off: the list amount cannot be told from what was paid
    return int(
        (Decimal(amount) * Decimal(repr(share)) / (1 - Decimal(repr(share)))).quantize(
            Decimal(1), ROUND_HALF_UP
        )
    )


def _per_cent_column(pending: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The discount per cents of a file read as one column: bare numbers are per cent
    when any of them is above 1 (10, 5, 0.5 in a 1C export), else fractions (0.1 in an
    Excel cell shown as 10 %); a value with a per cent sign is what it says."""
    bare = [p[8].value for p in pending if isinstance(p[8], v.PerCent) and not p[8].explicit]
    in_per_cent = any(x > 1 for x in bare)
    out = []
    for row in pending:
        off = row[8]
        if isinstance(off, v.PerCent):
            share = off.value if off.explicit or not in_per_cent else off.value / 100
            row = (*row[:8], _off(row[6], share))
        out.append(row)
    return out


def _import_sales(ctx: Context, rows: Iterator[Parsed]) -> None:
    acc = ctx.accounts
    report = ctx.report
    conn = ctx.conn
    pending: list[tuple[str, date, str | None, str | None, str | None, float, int, Any, Any]] = []
    products: dict[str, tuple[str, str | None]] = {}
    resolved: dict[tuple[Any, ...], str] = {}
    for p in rows:
        vals = p.values
        amount = vals.get("amount")
        quantity = vals.get("quantity", 0.0)
        if amount is None:
            price = vals.get("price")
            if price is None or "quantity" not in vals:
                ctx.parser.reject(
                    p.row,
                    p.cells,
                    [
                        RowError(
                            p.row,
                            ctx.parser.column("price"),
                            "",
                            "no amount, and no price × quantity",
                        )
                    ],
                )
                continue
            amount = v.kop_of(quantity, price)
        who = (
            vals.get("inn"),
            vals.get("kpp"),
            vals.get("code"),
            vals.get("account_name"),
            vals.get("region"),
            vals.get("manager"),
            vals.get("channel"),
        )
        aid = resolved.get(who)
        if aid is None:
            aid, created = acc.resolve(vals, p.row, _account_extra(vals))
            resolved[who] = aid
            if created:
                report.accounts_created += 1
        sku = vals.get("sku") or (vals.get("product_name") or "")[:100] or None
        group = vals.get("product_group")
        if sku and sku not in products:
            products[sku] = (vals.get("product_name") or sku, group)
        pending.append(
            (
                aid,
                vals["date"],
                vals.get("doc_no"),
                sku,
                group,
                quantity,
                amount,
                vals.get("cost"),
                _discount(vals, quantity, amount),
            )
        )
    if not pending:
        return
    pending = _per_cent_column(pending)
    first = min(r[1] for r in pending)
    last = max(r[1] for r in pending)
    existing: dict[tuple[Any, ...], int] = {}
    result = conn.execute(
        text(
            "SELECT account_id, date, doc_no, sku, quantity, amount_kop FROM sale_line "
            "WHERE deleted_at IS NULL AND date >= :a AND date <= :b"
        ),
        {"a": ctx.d(first), "b": ctx.d(last)},
    )
    for aid, day, doc, sku, qty, amount in result:
        if isinstance(day, str):
            day = date.fromisoformat(day)
        key = (aid, day, doc, sku, float(qty), int(amount))
        existing[key] = existing.get(key, 0) + 1
    seen: dict[tuple[Any, ...], int] = {}
    inserts: list[tuple[Any, ...]] = []
    dates: dict[date, Any] = {}
    for aid, day, doc, sku, group, qty, amount, cost, discount in pending:
        key = (aid, day, doc, sku, float(qty), amount)
        occurrence = seen.get(key, 0) + 1
        seen[key] = occurrence
        if occurrence <= existing.get(key, 0):
            report.unchanged += 1
            continue
        stored_day = dates.get(day)
        if stored_day is None:
            stored_day = dates[day] = ctx.d(day)
        inserts.append((aid, stored_day, doc, sku, group, qty, amount, cost, discount, occurrence))
    report.inserted += len(inserts)
    if not inserts:
        return
    ctx.sales_changed = True
    ctx.sales_accounts.update(r[0] for r in inserts)
    span = (first, last)
    if ctx.sales_span is not None:
        span = (min(span[0], ctx.sales_span[0]), max(span[1], ctx.sales_span[1]))
    ctx.sales_span = span

    def write() -> None:
        ids = new_ids(len(inserts))
        stamp = ctx.stamp
        cols = SALE_LINE_INSERT
        for start in range(0, len(inserts), BATCH * 4):
            chunk = inserts[start : start + BATCH * 4]
            bulk_insert(
                conn,
                "sale_line",
                cols,
                [(ids[start + i], stamp, stamp, *row) for i, row in enumerate(chunk)],
            )
        known = {r[0] for r in conn.execute(text("SELECT sku FROM product"))}
        fresh = [(sku, name, group) for sku, (name, group) in products.items() if sku not in known]
        if fresh:
            pids = new_ids(len(fresh))
            bulk_insert(
                conn,
                "product",
                ("id", "created_at", "updated_at", "sku", "name", "product_group"),
                [(pids[i], stamp, stamp, *row) for i, row in enumerate(fresh)],
            )

    ctx.writes.append(write)


class _Keyed:
    """Rows of a child table identified by a key: inserted when new, updated when changed."""

    def __init__(
        self,
        ctx: Context,
        table: str,
        columns: tuple[str, ...],
        key: Callable[[dict[str, Any]], tuple[Any, ...]],
        where: str = "deleted_at IS NULL",
    ) -> None:
        self.ctx = ctx
        self.table = table
        self.columns = columns
        self.key = key
        self.existing: dict[tuple[Any, ...], dict[str, Any]] = {}
        cols = ", ".join(("id", *columns))
        for row in ctx.conn.execute(text(f"SELECT {cols} FROM {table} WHERE {where}")):
            rec = {k: _read_back(val) for k, val in row._mapping.items()}
            self.existing.setdefault(key(rec), rec)
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.touched: dict[tuple[Any, ...], int] = {}

    def put(self, rec: dict[str, Any], row: int) -> str:
        """Insert or update; returns the record's id."""
        report = self.ctx.report
        k = self.key(rec)
        old = self.existing.get(k)
        if old is None:
            rec = {**rec, "id": new_ids(1)[0]}
            self.existing[k] = rec
            self.inserts.append(rec)
            self.touched[k] = row
            report.inserted += 1
            return str(rec["id"])
        changes = {c: val for c, val in rec.items() if val is not None and old.get(c) != val}
        if not changes:
            report.unchanged += 1
            return str(old["id"])
        first = self.touched.get(k)
        if first is not None:
            self.ctx.warn(
                row,
                "",
                "",
                Text("same_record", "the same record as row {row}; row {row} was kept", row=first),
            )
            report.unchanged += 1
            return str(old["id"])
        old.update(changes)
        self.touched[k] = row
        if old not in self.inserts:
            self.updates.append(old)
        report.updated += 1
        return str(old["id"])

    def write(self) -> None:
        conn, stamp = self.ctx.conn, self.ctx.stamp
        if self.inserts:
            cols = ("id", "created_at", "updated_at", *self.columns)
            bulk_insert(
                conn,
                self.table,
                cols,
                [
                    (r["id"], stamp, stamp, *(_store(conn, r.get(c)) for c in self.columns))
                    for r in self.inserts
                ],
            )
        if self.updates:
            sets = ", ".join(f"{c} = :{c}" for c in self.columns)
            conn.execute(
                text(f"UPDATE {self.table} SET {sets}, updated_at = :stamp WHERE id = :id"),
                [
                    {
                        **{c: _store(conn, r.get(c)) for c in self.columns},
                        "stamp": stamp,
                        "id": r["id"],
                    }
                    for r in self.updates
                ],
            )


def _read_back(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _store(conn: Connection, value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return adapt_date(conn, value)
    return value


def _norm(value: Any) -> Any:
    return header_key(value) if isinstance(value, str) else value


def _with_account(ctx: Context, p: Parsed) -> str:
    aid, created = ctx.accounts.resolve(p.values, p.row, _account_extra(p.values))
    if created:
        ctx.report.accounts_created += 1
    return aid


def _import_contacts(ctx: Context, rows: Iterator[Parsed]) -> None:
    cols = (
        "account_id",
        "name",
        "position",
        "department",
        "buying_role",
        "is_decision_maker",
        "is_influencer",
        "phone",
        "email",
    )
    keyed = _Keyed(ctx, "contact", cols, lambda r: (r["account_id"], _norm(r["name"])))
    for p in rows:
        val = p.values
        rec = {
            "account_id": _with_account(ctx, p),
            "name": val["contact_name"],
            "position": val.get("position"),
            "department": val.get("department"),
            "buying_role": val.get("buying_role"),
            "is_decision_maker": val.get("decision_maker"),
            "is_influencer": val.get("influencer"),
            "phone": val.get("phone"),
            "email": val.get("email"),
        }
        keyed.put(rec, p.row)
    for r in keyed.inserts:
        r["is_decision_maker"] = bool(r.get("is_decision_maker"))
        r["is_influencer"] = bool(r.get("is_influencer"))
    ctx.writes.append(keyed.write)


def _import_competitors(ctx: Context, rows: Iterator[Parsed]) -> None:
    keyed = _Keyed(
        ctx,
        "competitor_presence",
        ("account_id", "competitor", "share"),
        lambda r: (r["account_id"], _norm(r["competitor"])),
    )
    for p in rows:
        rec = {
            "account_id": _with_account(ctx, p),
            "competitor": p.values["competitor"],
            "share": p.values.get("share"),
        }
        keyed.put(rec, p.row)
    ctx.writes.append(keyed.write)


def _import_receivables(ctx: Context, rows: Iterator[Parsed]) -> None:
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        if r.get("document"):
            return (r["account_id"], r["document"], r["due_date"])
        return (r["account_id"], None, r["due_date"], r["amount_kop"])

    keyed = _Keyed(
        ctx,
        "receivable",
        ("account_id", "document", "amount_kop", "issued_date", "due_date", "paid_date"),
        key,
    )
    for p in rows:
        val = p.values
        rec = {
            "account_id": _with_account(ctx, p),
            "document": val.get("document"),
            "amount_kop": val["amount"],
            "issued_date": val.get("issued_date"),
            "due_date": val["due_date"],
            "paid_date": val.get("paid_date"),
        }
        keyed.put(rec, p.row)
    ctx.writes.append(keyed.write)


def _import_deliveries(ctx: Context, rows: Iterator[Parsed]) -> None:
    keyed = _Keyed(
        ctx,
        "delivery",
        (
            "account_id",
            "order_no",
            "promised_date",
            "delivered_date",
            "qty_ordered",
            "qty_delivered",
        ),
        lambda r: (r["account_id"], r["order_no"], r["promised_date"]),
    )
    for p in rows:
        val = p.values
        rec = {
            "account_id": _with_account(ctx, p),
            "order_no": val.get("order_no"),
            "promised_date": val["promised_date"],
            "delivered_date": val.get("delivered_date"),
            "qty_ordered": val["qty_ordered"],
            "qty_delivered": val.get("qty_delivered"),
        }
        keyed.put(rec, p.row)
    ctx.writes.append(keyed.write)


def _import_surveys(ctx: Context, rows: Iterator[Parsed]) -> None:
    contacts = {
        (aid, _norm(name)): cid
        for cid, aid, name in ctx.conn.execute(
            text("SELECT id, account_id, name FROM contact WHERE deleted_at IS NULL")
        )
    }
    keyed = _Keyed(
        ctx,
        "survey_answer",
        ("account_id", "contact_id", "department", "date", "nps", "comment"),
        lambda r: (r["account_id"], r["date"], _norm(r.get("department")), r.get("contact_id")),
    )
    ratings: list[tuple[str, str, int]] = []
    existing_ratings = {
        (sid, attr)
        for sid, attr in ctx.conn.execute(
            text("SELECT survey_id, attribute FROM csi_rating WHERE deleted_at IS NULL")
        )
    }
    for p in rows:
        val = p.values
        aid = _with_account(ctx, p)
        contact_id = None
        if val.get("contact_name"):
            contact_id = contacts.get((aid, _norm(val["contact_name"])))
        rec = {
            "account_id": aid,
            "contact_id": contact_id,
            "department": val.get("department"),
            "date": val["date"],
            "nps": val.get("nps"),
            "comment": val.get("comment"),
        }
        sid = keyed.put(rec, p.row)
        for attribute, rating in p.csi:
            if (sid, attribute) not in existing_ratings:
                existing_ratings.add((sid, attribute))
                ratings.append((sid, attribute, rating))

    def write() -> None:
        keyed.write()
        if ratings:
            ids = new_ids(len(ratings))
            bulk_insert(
                ctx.conn,
                "csi_rating",
                (
                    "id",
                    "created_at",
                    "updated_at",
                    "survey_id",
                    "attribute",
                    "rating",
                    "importance",
                ),
                [(ids[i], ctx.stamp, ctx.stamp, *r, 1.0) for i, r in enumerate(ratings)],
            )

    ctx.writes.append(write)


def _import_plans(ctx: Context, rows: Iterator[Parsed]) -> None:
    keyed = _Keyed(
        ctx,
        "sales_plan",
        ("manager", "month", "revenue_plan_kop", "new_clients_plan"),
        lambda r: (_norm(r["manager"]), r["month"]),
    )
    for p in rows:
        val = p.values
        rec = {
            "manager": val["manager"],
            "month": val["month"],
            "revenue_plan_kop": val.get("revenue_plan"),
            "new_clients_plan": val.get("new_clients_plan"),
        }
        keyed.put(rec, p.row)
    ctx.writes.append(keyed.write)


def _import_regions(ctx: Context, rows: Iterator[Parsed]) -> None:
    keyed = _Keyed(
        ctx,
        "region_universe",
        ("region", "total_outlets", "potential_outlets"),
        lambda r: (_norm(r["region"]),),
    )
    for p in rows:
        val = p.values
        rec = {
            "region": val["region"],
            "total_outlets": val.get("total_outlets"),
            "potential_outlets": val.get("potential_outlets"),
        }
        keyed.put(rec, p.row)
    ctx.writes.append(keyed.write)


def _import_costs(ctx: Context, rows: Iterator[Parsed]) -> None:
    """What each acquisition channel cost in a month (METHODS.md §13): one row per month
    and channel, a later file's figure replacing the earlier one."""
    keyed = _Keyed(
        ctx, "channel_cost", ("month", "source", "amount_kop"), lambda r: (r["month"], r["source"])
    )
    for p in rows:
        val = p.values
        keyed.put({"month": val["month"], "source": val["source"], "amount_kop": val["cost"]},
                  p.row)  # fmt: skip
    ctx.writes.append(keyed.write)


HANDLERS: dict[str, Callable[[Context, Iterator[Parsed]], None]] = {
    "clients": _import_clients,
    "sales": _import_sales,
    "contacts": _import_contacts,
    "competitors": _import_competitors,
    "receivables": _import_receivables,
    "deliveries": _import_deliveries,
    "surveys": _import_surveys,
    "plans": _import_plans,
    "regions": _import_regions,
    "costs": _import_costs,
}
