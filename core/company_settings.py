"""The company's settings kept with the data (``app_setting``), so that every laptop and
the shared server read the same: the discount policy and the analysis thresholds."""

from __future__ import annotations

from dataclasses import asdict

from core import changes as ch
from core.analytics.thresholds import THRESHOLD_PREFIX, Thresholds, thresholds_from
from core.database import Database
from core.selling import discount
from storage.stamps import read_settings, write_settings


def discount_policy(db: Database) -> dict[str, float]:
    """BCG strategy → the maximum discount (a fraction), defaults where never set."""
    return discount.policy(read_settings(db.engine, discount.SETTINGS_PREFIX))


@ch.changes(ch.SETTINGS)
def save_discount_policy(db: Database, values: dict[str, float]) -> None:
    """Store the maximum discounts typed by the user; raises PolicyError on a bad value.
    A value equal to its default is stored too, so a later change of defaults leaves it."""
    write_settings(db.engine, discount.SETTINGS_PREFIX, dict(discount.validate(values)))


@ch.changes(ch.SETTINGS)
def reset_discount_policy(db: Database) -> None:
    write_settings(
        db.engine,
        discount.SETTINGS_PREFIX,
        dict.fromkeys((*discount.DEFAULT_MAX_DISCOUNT, discount.TIERS, discount.FINANCING)),
    )


def discount_terms(db: Database) -> tuple[tuple[tuple[int, float], ...], float]:
    """The deal-size tiers (from kopecks, extra fraction) and the yearly financing rate."""
    stored = read_settings(db.engine, discount.SETTINGS_PREFIX)
    return discount.tiers(stored), discount.financing_rate(stored)


@ch.changes(ch.SETTINGS)
def save_discount_terms(db: Database, tiers: list[tuple[int, float]], rate: float) -> None:
    """Store the tiers and the financing rate typed by the user (PolicyError when bad)."""
    if not 0 <= rate <= 1:
        raise discount.PolicyError("the financing rate is 0–100% a year")
    write_settings(
        db.engine,
        discount.SETTINGS_PREFIX,
        {discount.TIERS: discount.validate_tiers(tiers) or None, discount.FINANCING: rate},
    )


def thresholds(db: Database) -> Thresholds:
    return thresholds_from(read_settings(db.engine, THRESHOLD_PREFIX))


@ch.changes(ch.SETTINGS)
def save_thresholds(db: Database, th: Thresholds) -> None:
    """Store the thresholds after checking them (ThresholdError when they do not pass);
    the analysis recomputes because its data key watches the settings."""
    th.check()
    write_settings(db.engine, THRESHOLD_PREFIX, asdict(th))


@ch.changes(ch.SETTINGS)
def reset_thresholds(db: Database) -> None:
    write_settings(db.engine, THRESHOLD_PREFIX, dict.fromkeys(asdict(Thresholds())))
