"""Importing one table into the database in one transaction.

The rows are parsed and validated, matched against what the database already holds,
and written in a single transaction: an error, a cancel or a killed process leaves the
database exactly as it was. Row problems skip the row and are reported with the row
number and column as the user sees them in Excel.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from core.accounts.names import normalise_name
from core.analytics.stats import refresh_account_stats
from core.importing import values as v
from core.importing.fields import Kind, header_key
from core.importing.table import Table
from core.messages import Text
from core.messages import message as said
from storage.bulk import adapt_date, adapt_datetime, bulk_insert
from storage.columns import ACCOUNT_FIELDS, SALE_LINE_INSERT
from storage.db import for_writing

Progress = Callable[[int, str], None]
ERRORS_IN_JSON = 1000
MEMO_LIMIT = 100_000
BATCH = 5000


class ImportRejected(Exception):
    """The whole file is refused (``--strict`` with row errors, no usable columns…)."""


@dataclass
class RowError:
    row: int
    column: str
    value: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


@dataclass
class ImportReport:
    file: str
    kind: str
    sheet: str
    header_row: int
    mapping: dict[str, str] = field(default_factory=dict)  # column header → field key
    dry_run: bool = False
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0  # rows that changed nothing (the repeats below included)
    repeated: int = 0  # of those, rows repeating the client of an earlier row of the file
    skipped: int = 0
    accounts_created: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    # (Excel row, original cells, the row's problems) of every skipped row
    error_rows: list[tuple[int, list[Any], str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # not imported, in file order

    def to_json(self, limit: int = ERRORS_IN_JSON) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": self.mapping,
            "ignored_columns": self.ignored_columns,
            "dry_run": self.dry_run,
            "rows_read": self.rows_read,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "repeated": self.repeated,
            "skipped": self.skipped,
            "accounts_created": self.accounts_created,
            "error_count": len(self.errors),
            "errors": [e.to_json() for e in self.errors[:limit]],
            "warnings": [w.to_json() for w in self.warnings[:limit]],
            "duplicates": self.duplicates,
        }


@dataclass
class Parsed:
    row: int
    cells: list[Any]
    values: dict[str, Any]
    csi: list[tuple[str, int]] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC)


_last_ms = 0
_counter = 0


def new_ids(n: int) -> list[str]:
    """``n`` new UUIDs (version 7: a millisecond timestamp, then a counter and random bits)
    as text. Ids made later sort later, so bulk inserts append to the primary-key index
    instead of scattering writes over it."""
    global _last_ms, _counter
    now = time.time_ns() // 1_000_000
    if now > _last_ms:
        _last_ms, _counter = now, 0
    raw = os.urandom(8 * n)
    out = []
    prefix = f"{_last_ms:012x}"
    head = f"{prefix[:8]}-{prefix[8:]}-7"
    for i in range(n):
        count = _counter + i
        if count >= 1 << 24:  # more ids in one millisecond than the counter holds
            _last_ms += 1
            _counter = -i
            count = 0
            prefix = f"{_last_ms:012x}"
            head = f"{prefix[:8]}-{prefix[8:]}-7"
        tail = raw[8 * i : 8 * i + 8].hex()
        c = f"{count:06x}"
        out.append(f"{head}{c[:3]}-8{c[3:]}-{tail[:12]}")
    _counter += n
    return out


# --- parsing -----------------------------------------------------------------------------


# where each kind's fields land: its own table first, then the accounts it matches
_KIND_TABLES = {
    "clients": ("account",),
    "sales": ("sale_line", "product", "account"),
    "contacts": ("contact", "account"),
    "competitors": ("competitor_presence", "account"),
    "receivables": ("receivable", "account"),
    "deliveries": ("delivery", "account"),
    "surveys": ("survey_answer", "contact", "account"),
    "plans": ("sales_plan",),
    "regions": ("region_universe",),
    "costs": ("channel_cost",),
}


_NAMES = {
    "account_name": ("account", "name"),
    "product_name": ("product", "name"),
    "contact_name": ("contact", "name"),
}


def text_limit(kind: str, key: str) -> int | None:
    """The most characters the database column of field ``key`` holds (None: no limit).
    PostgreSQL refuses a longer value, SQLite would keep it: the import checks it on
    both engines, so that a file that imports on a laptop imports on the server."""
    from storage.models import Base

    if key in _NAMES:
        table, column_name = _NAMES[key]
        return getattr(Base.metadata.tables[table].columns[column_name].type, "length", None)
    for name in _KIND_TABLES.get(kind, ()):
        column = Base.metadata.tables[name].columns.get(key)
        if column is not None:
            return getattr(column.type, "length", None)
    return None


def _limited(parse: Callable[[Any], Any], limit: int) -> Callable[[Any], Any]:
    def checked(raw: Any) -> Any:
        value = parse(raw)
        if isinstance(value, str) and len(value) > limit:
            raise v.ValueProblem(
                Text(
                    "text_too_long",
                    "the text is {length:,} characters long; this field holds at most {limit:,}",
                    length=len(value),
                    limit=limit,
                )
            )
        return value

    return checked


def _attribute_limit() -> int:
    from storage.models import Base

    length = Base.metadata.tables["csi_rating"].columns["attribute"].type.length  # type: ignore[attr-defined]
    return int(length)


class _Parser:
    def __init__(self, table: Table, kind: Kind, mapping: dict[int, str], report: ImportReport):
        self.table = table
        self.kind = kind
        self.report = report
        self.columns: list[tuple[int, str, Callable[[Any], Any], str]] = []
        self.csi_columns: list[tuple[int, str]] = []
        for j, key in sorted(mapping.items()):
            f = kind.field(key)
            header = table.headers[j] if j < len(table.headers) else ""
            if f.multi:
                # the column's header is the rated attribute's name, kept with each rating
                most = _attribute_limit()
                if len(header) > most:
                    raise ImportRejected(
                        Text(
                            "header_too_long",
                            "The header of column {column} is {length:,} characters long; "
                            "a rated attribute's name holds at most {limit:,}: shorten it.",
                            column=table.sheet.column_letter(j),
                            length=len(header),
                            limit=most,
                        )
                    )
                self.csi_columns.append((j, header))
            else:
                parse = f.parse
                if table.sheet.date1904 and parse is v.date_value:
                    parse = v.date_1904  # serial numbers count from 1904-01-01
                limit = text_limit(kind.key, key)
                if limit is not None:
                    parse = _limited(parse, limit)
                self.columns.append((j, key, parse, header))
        self.header_of = {key: h for _, key, _, h in self.columns}
        self.col_of = {key: j for j, key, _, _ in self.columns}

    def where(self, j: int) -> str:
        header = self.table.headers[j] if j < len(self.table.headers) else ""
        letter = self.table.sheet.column_letter(j)
        return f"{letter} ({header})" if header else letter

    def rows(self, progress: Progress, start: int, span: int) -> Iterator[Parsed]:
        sheet_errors = self.table.sheet.errors
        row_problems = self.table.sheet.row_problems
        total = max(1, len(self.table.sheet.rows) - self.table.header_index)
        columns = self.columns
        # Cells repeat (client names, INNs, dates, groups): each distinct value of a
        # column is parsed once.
        memos: list[dict[Any, Any]] = [{} for _ in columns]
        for n, (row_no, cells) in enumerate(self.table.data_rows()):
            if n % 2000 == 0:
                progress(start + span * (row_no - self.table.header_index) // total, "reading rows")
            self.report.rows_read += 1
            values: dict[str, Any] = {}
            problems: list[RowError] = []
            if row_problems and row_no - 1 in row_problems:
                shown, message = row_problems[row_no - 1]
                self.reject(row_no, cells, [RowError(row_no, "—", shown, message)])
                continue
            for (j, key, parse, _header), memo in zip(columns, memos, strict=True):
                raw = cells[j]
                if raw is None or raw == "":
                    if sheet_errors and (row_no - 1, j) in sheet_errors:
                        problems.append(
                            RowError(
                                row_no,
                                self.where(j),
                                sheet_errors[(row_no - 1, j)],
                                f"the cell holds the formula error {sheet_errors[(row_no - 1, j)]}",
                            )
                        )
                    continue
                try:
                    value = memo[raw]
                except KeyError:
                    try:
                        value = parse(raw)
                    except v.ValueDoubt as doubt:
                        value = doubt.value
                        self.report.warnings.append(
                            RowError(row_no, self.where(j), _shown(raw), said(doubt))
                        )
                    except v.ValueProblem as exc:
                        problems.append(RowError(row_no, self.where(j), _shown(raw), said(exc)))
                        continue
                    else:
                        if len(memo) < MEMO_LIMIT:
                            memo[raw] = value
                except TypeError:  # an unhashable cell value: parse it every time
                    try:
                        value = parse(raw)
                    except v.ValueDoubt as doubt:
                        value = doubt.value
                        self.report.warnings.append(
                            RowError(row_no, self.where(j), _shown(raw), said(doubt))
                        )
                    except v.ValueProblem as exc:
                        problems.append(RowError(row_no, self.where(j), _shown(raw), said(exc)))
                        continue
                if value is not None:
                    values[key] = value
            csi: list[tuple[str, int]] = []
            for j, header in self.csi_columns:
                try:
                    rating = v.rating(cells[j])
                except v.ValueProblem as exc:
                    problems.append(RowError(row_no, self.where(j), _shown(cells[j]), said(exc)))
                    continue
                if rating is not None:
                    csi.append((header, rating))
            if not problems:
                problems = self._required(row_no, values, csi)
            if problems:
                self.reject(row_no, cells, problems)
                continue
            yield Parsed(row_no, cells, values, csi)

    def _required(self, row_no: int, values: dict[str, Any], csi: list[Any]) -> list[RowError]:
        for group in self.kind.required:
            for k in group:
                if k in values:
                    break
            else:
                if "csi" in group and csi:
                    continue
                return self._missing(row_no, group)
        return []

    def _missing(self, row_no: int, group: tuple[str, ...]) -> list[RowError]:
        mapped = [k for k in group if k in self.col_of]
        names = [self.header_of[k] or self.kind.field(k).label for k in mapped]
        column = self.where(self.col_of[mapped[0]]) if mapped else ""
        verb = "is" if len(names) == 1 else "are"
        if group == ("account_name", "inn", "code"):
            message = Text(
                "no_client", "no client: {names} " + verb + " empty", names=", ".join(names)
            )
        else:
            message = Text("empty", "{names} " + verb + " empty", names=" / ".join(names))
        return [RowError(row_no, column, "", message)]

    def reject(self, row_no: int, cells: list[Any], problems: list[RowError]) -> None:
        self.report.errors.extend(problems)
        self.report.skipped += 1
        self.report.error_rows.append((row_no, cells, "; ".join(p.message for p in problems)))

    def column(self, key: str) -> str:
        return self.where(self.col_of[key]) if key in self.col_of else ""


def _shown(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "" if raw is None else str(raw)


# --- accounts ----------------------------------------------------------------------------

ACCOUNT_COLUMNS = ACCOUNT_FIELDS
# field key of a clients file → account column
FIELD_COLUMN = {
    "account_name": "name",
    "code": "code",
    "inn": "inn",
    "kpp": "kpp",
    "industry": "industry",
    "region": "region",
    "channel": "channel",
    "manager": "manager",
    "size": "size",
    "potential": "potential_kop",
    "capacity_units": "capacity_units",
    "status": "status",
    "address": "address",
    "phone": "phone",
    "email": "email",
    "notes": "notes",
    "lead_source": "lead_source",
}


class AccountIndex:
    """Every live account, findable by INN+KPP, INN, code and normalised name."""

    def __init__(self, conn: Connection) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.by_inn: dict[str, list[str]] = {}
        self.by_code: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.new: list[str] = []
        self.changed: set[str] = set()
        self.touched: dict[str, int] = {}  # account id → first row of this file that set it
        cols = ", ".join(("id", "name_norm", *ACCOUNT_COLUMNS))
        for row in conn.execute(text(f"SELECT {cols} FROM account WHERE deleted_at IS NULL")):
            rec = dict(row._mapping)
            self._index(rec)

    def _index(self, rec: dict[str, Any]) -> None:
        aid = rec["id"]
        self.records[aid] = rec
        if rec.get("inn"):
            self.by_inn.setdefault(rec["inn"], []).append(aid)
        if rec.get("code"):
            self.by_code.setdefault(rec["code"], aid)
        if rec.get("name_norm"):
            self.by_name.setdefault(rec["name_norm"], aid)

    def _inn_fits(self, aid: str, inn: str | None) -> bool:
        other = self.records[aid].get("inn")
        return not inn or not other or other == inn

    def match(
        self, inn: str | None, kpp: str | None, code: str | None, name: str | None
    ) -> str | None:
        if inn:
            candidates = self.by_inn.get(inn, [])
            if kpp:
                for aid in candidates:
                    if self.records[aid].get("kpp") == kpp:
                        return aid
                for aid in candidates:
                    if not self.records[aid].get("kpp"):
                        return aid
                if candidates:
                    return None  # another branch (KPP) of the same company: a new account
            elif candidates:
                return candidates[0]
        if code:
            by_code = self.by_code.get(code)
            if by_code is not None and self._inn_fits(by_code, inn):
                return by_code
        if name:
            by_name = self.by_name.get(normalise_name(name))
            if by_name is not None and self._inn_fits(by_name, inn):
                return by_name
        return None

    def create(self, values: dict[str, Any], row: int) -> str:
        aid = new_ids(1)[0]
        rec: dict[str, Any] = dict.fromkeys(ACCOUNT_COLUMNS)
        rec.update(values)
        rec["id"] = aid
        rec["name"] = rec.get("name") or rec.get("code") or rec.get("inn") or ""
        rec["name_norm"] = normalise_name(rec["name"])
        rec["status"] = rec.get("status") or "client"
        self._index(rec)
        self.new.append(aid)
        self.touched[aid] = row
        return aid

    def update(self, aid: str, changes: dict[str, Any], row: int) -> None:
        rec = self.records[aid]
        if "inn" in changes and changes["inn"] != rec.get("inn"):
            self.by_inn.setdefault(changes["inn"], []).append(aid)
        if "code" in changes:
            self.by_code.setdefault(changes["code"], aid)
        rec.update(changes)
        if "name" in changes:
            rec["name_norm"] = normalise_name(changes["name"])
            self.by_name.setdefault(rec["name_norm"], aid)
        if aid not in self.new:
            self.changed.add(aid)
        self.touched.setdefault(aid, row)

    def resolve(self, values: dict[str, Any], row: int, extra: dict[str, Any]) -> tuple[str, bool]:
        """The account a row of any kind belongs to, created when unknown."""
        name = values.get("account_name")
        aid = self.match(values.get("inn"), values.get("kpp"), values.get("code"), name)
        if aid is not None:
            fill = {
                k: val
                for k, val in extra.items()
                if val is not None and not self.records[aid].get(k)
            }
            if fill:
                self.update(aid, fill, row)
            return aid, False
        fields = {
            "name": name,
            "inn": values.get("inn"),
            "kpp": values.get("kpp"),
            "code": values.get("code"),
            **{k: val for k, val in extra.items() if val is not None},
        }
        return self.create(fields, row), True

    def write(self, conn: Connection, stamp: Any) -> None:
        cols = ("id", "created_at", "updated_at", "name_norm", "version", *ACCOUNT_COLUMNS)
        rows = []
        for aid in self.new:
            rec = self.records[aid]
            rows.append(
                (aid, stamp, stamp, rec["name_norm"], 1, *(rec.get(c) for c in ACCOUNT_COLUMNS))
            )
        for start in range(0, len(rows), BATCH):
            bulk_insert(conn, "account", cols, rows[start : start + BATCH])
        if self.changed:
            sets = ", ".join(f"{c} = :{c}" for c in ("name_norm", *ACCOUNT_COLUMNS))
            sql = text(
                f"UPDATE account SET {sets}, updated_at = :stamp, version = version + 1 "
                "WHERE id = :id"
            )
            params = [
                {
                    **{c: self.records[aid].get(c) for c in ("name_norm", *ACCOUNT_COLUMNS)},
                    "stamp": stamp,
                    "id": aid,
                }
                for aid in sorted(self.changed)
            ]
            conn.execute(sql, params)


def likely_duplicates(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Live accounts that share an INN (and KPP, or have none) but are separate records."""
    rows = conn.execute(
        text(
            "SELECT inn, kpp, id, name FROM account WHERE deleted_at IS NULL AND inn IN ("
            "SELECT inn FROM account WHERE deleted_at IS NULL AND inn IS NOT NULL "
            "GROUP BY inn HAVING COUNT(*) > 1) ORDER BY inn, name"
        )
    ).all()
    groups: dict[str, list[Any]] = {}
    for inn, kpp, aid, name in rows:
        groups.setdefault(inn, []).append((kpp, aid, name))
    out: list[dict[str, Any]] = []
    for inn, members in groups.items():
        kpps = {k for k, _, _ in members if k}
        if len(kpps) > 1:
            continue  # different branches of one company are not duplicates
        out.append(
            {
                "inn": inn,
                "accounts": [{"id": aid, "name": name, "kpp": kpp} for kpp, aid, name in members],
            }
        )
        if len(out) >= limit:
            break
    return out


# --- the kinds ---------------------------------------------------------------------------


class _Context:
    def __init__(self, conn: Connection, parser: _Parser, report: ImportReport) -> None:
        self.conn = conn
        self.parser = parser
        self.report = report
        self.accounts = AccountIndex(conn)
        self.stamp = adapt_datetime(conn, _now())
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


def _import_clients(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_sales(ctx: _Context, rows: Iterator[Parsed]) -> None:
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
        ctx: _Context,
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


def _with_account(ctx: _Context, p: Parsed) -> str:
    aid, created = ctx.accounts.resolve(p.values, p.row, _account_extra(p.values))
    if created:
        ctx.report.accounts_created += 1
    return aid


def _import_contacts(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_competitors(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_receivables(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_deliveries(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_surveys(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_plans(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_regions(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


def _import_costs(ctx: _Context, rows: Iterator[Parsed]) -> None:
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


HANDLERS: dict[str, Callable[[_Context, Iterator[Parsed]], None]] = {
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


def run_import(
    engine: Engine,
    table: Table,
    kind: Kind,
    mapping: dict[int, str],
    report: ImportReport,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    prepare_cache: bool = True,
) -> ImportReport:
    """Parse, match and (unless ``dry_run``) write ``table`` in one transaction; then,
    with ``prepare_cache``, make the analytics' line cache of the new sales."""
    say = progress or (lambda _p, _m: None)
    parser = _Parser(table, kind, mapping, report)
    # the write lock is taken before anything is read (a dry run only reads): a second
    # import of the same file, started meanwhile, waits and then finds what this one added
    lane = engine if dry_run else for_writing(engine, serial=True)
    with lane.connect() as conn, conn.begin() as tx:
        ctx = _Context(conn, parser, report)
        say(1, "reading rows")
        HANDLERS[kind.key](ctx, parser.rows(say, 1, 59))
        say(60, "checking")
        if strict and report.errors:
            tx.rollback()
            raise ImportRejected(
                Text(
                    "strict",
                    "{rows} row(s) have errors and --strict is on; nothing was imported.",
                    rows=report.skipped,
                )
            )
        if report.rows_read == 0:
            tx.rollback()
            raise ImportRejected(Text("no_data_rows", "The table has a header but no data rows."))
        if dry_run:
            report.duplicates = likely_duplicates(conn)
            tx.rollback()
            say(100, "done")
            return report
        say(62, "writing")
        ctx.accounts.write(conn, ctx.stamp)
        for step, write in enumerate(ctx.writes):
            write()
            say(62 + 24 * (step + 1) // len(ctx.writes), "writing")
        if ctx.sales_changed or ctx.accounts.new:
            say(87, "updating account figures")
            refresh_account_stats(conn, accounts=ctx.sales_accounts, span=ctx.sales_span)
        report.duplicates = likely_duplicates(conn)
        say(89, "committing")
        tx.commit()
    if ctx.sales_changed and prepare_cache:
        # committed: too late to cancel; the analytics' line cache is made now, so that
        # the first analysis after the import does not read a million lines again
        from core.analytics.dataset import prepare_analytics_cache

        with contextlib.suppress(Exception):
            say(90, "preparing the analytics")
        prepare_analytics_cache(engine)
    with contextlib.suppress(Exception):
        say(100, "done")
    return report
