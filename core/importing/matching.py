"""Matching rows to the accounts the database holds (by code, INN and KPP, normalised
name), creating and updating accounts, and finding likely duplicates."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from core.accounts.names import normalise_name
from core.importing.ids import new_ids
from storage.bulk import BATCH, bulk_insert
from storage.columns import ACCOUNT_FIELDS

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
