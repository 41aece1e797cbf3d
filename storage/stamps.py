"""Data stamps: a token per body of data, replaced in the transaction that changes it,
and company settings kept with the data (``app_setting``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from storage.base import utcnow
from storage.db import writing
from storage.models import AppSetting, DataStamp

SALES = "sales"  # the sale lines (import, demo, merge of accounts)
SALES_MONTHS = "sales_months"  # the sales token the monthly aggregates were made from
ACCOUNT_FIGURES = "account_figures"  # the sales token the account figures were made from


def touch_stamp(conn: Connection, name: str, token: str | None = None) -> str:
    """Give ``name`` a new token (or ``token``) inside the caller's transaction; returns
    it."""
    token = token or str(uuid.uuid4())
    values = {"token": token, "changed_at": utcnow()}
    done = conn.execute(update(DataStamp).where(DataStamp.name == name).values(**values))
    if not done.rowcount:
        conn.execute(insert(DataStamp).values(name=name, **values))
    return token


def read_stamp(conn: Connection, name: str) -> str | None:
    return conn.execute(select(DataStamp.token).where(DataStamp.name == name)).scalar()


def read_settings(engine: Engine, prefix: str) -> dict[str, Any]:
    """Every company setting whose key starts with ``prefix``, keyed without it."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(AppSetting.key, AppSetting.value).where(AppSetting.key.startswith(prefix))
        ).all()
    return {key[len(prefix) :]: value for key, value in rows}


def write_settings(engine: Engine, prefix: str, values: dict[str, Any]) -> None:
    """Replace the settings under ``prefix`` with ``values`` (a value of None is removed)."""
    now = utcnow()
    with writing(engine) as conn:
        for key, value in values.items():
            full = prefix + key
            conn.execute(delete(AppSetting).where(AppSetting.key == full))
            if value is not None:
                conn.execute(insert(AppSetting).values(key=full, value=value, updated_at=now))
