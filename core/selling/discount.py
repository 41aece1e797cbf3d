"""The discount policy (METHODS.md §5, Block 2): the maximum discount for each BCG
strategy, and one value for an account without a strategy yet (a new client or a
prospect, who has no sales to score). The defaults are the company's starting point;
Settings changes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from core.selling.bcg import STRATEGIES

DEFAULT_MAX_DISCOUNT: dict[str, float] = {
    "strengthen": 0.10,
    "invest": 0.12,
    "invest_selectively": 0.08,
    "protect_focus": 0.07,
    "protect_position": 0.05,
    "minimise_harvest": 0.03,
    "harvest": 0.02,
    "consider_ending": 0.0,
    "new_client": 0.05,  # no strategy yet: a prospect or a client without sales
}
NEW_CLIENT = "new_client"
SETTINGS_PREFIX = "discount."


class PolicyError(ValueError):
    pass


def policy(stored: Mapping[str, object]) -> dict[str, float]:
    """The policy from the stored settings (``read_settings(engine, SETTINGS_PREFIX)``:
    strategy → fraction), defaults for the rest; a value not a fraction 0–1 is ignored."""
    result = dict(DEFAULT_MAX_DISCOUNT)
    for strategy_name in (*STRATEGIES, NEW_CLIENT):
        value = stored.get(strategy_name)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
            result[strategy_name] = float(value)
    return result


def validate(values: Mapping[str, float]) -> dict[str, float]:
    """The settings to store for a policy typed by the user; raises on a bad value."""
    out: dict[str, float] = {}
    for name, value in values.items():
        if name not in DEFAULT_MAX_DISCOUNT:
            raise PolicyError(f"unknown strategy {name!r}")
        if not 0 <= value <= 1:
            raise PolicyError(f"a maximum discount is 0–100%, not {value:.0%}")
        out[name] = float(value)
    return out


def maximum_for(policy_values: Mapping[str, float], strategy: str | None) -> float:
    """The maximum discount of an account: its strategy's, or the "new client" value
    when it has none (no sales yet to score it from)."""
    key = strategy if strategy is not None and strategy in policy_values else NEW_CLIENT
    return float(policy_values.get(key, DEFAULT_MAX_DISCOUNT[NEW_CLIENT]))


# --- deal-size tiers (METHODS.md §5): a deal above an amount allows a few points more -------

TIERS = "tiers"  # the setting: [[from_kop, extra], ...]
MAX_TIERS = 3
FINANCING = "financing_rate"  # the yearly rate that prices a late payment (§11)
DEFAULT_FINANCING = 0.16


def tiers(stored: Mapping[str, object]) -> tuple[tuple[int, float], ...]:
    """The stored tiers, smallest deal first; anything malformed is left out."""
    out = []
    raw = stored.get(TIERS)
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, list | tuple) or len(item) != 2:
            continue
        start, extra = item
        numbers = isinstance(start, int | float) and isinstance(extra, int | float)
        if numbers and start > 0 and 0 < extra <= 1:
            out.append((int(start), float(extra)))
    return tuple(sorted(out))


def validate_tiers(rows: Sequence[tuple[int, float]]) -> list[list[float]]:
    """The tiers to store from what the user typed (a row with a zero amount or extra is
    unused); raises PolicyError on a bad one."""
    kept: dict[int, float] = {}
    for start, extra in rows:
        if not start or not extra:  # unused, or not typed in full yet
            continue
        if start < 0 or not 0 < extra <= 0.5:
            raise PolicyError("a tier is an amount above zero and 0–50 extra points")
        if start in kept:
            raise PolicyError("two tiers start at the same amount")
        kept[int(start)] = float(extra)
    if len(kept) > MAX_TIERS:
        raise PolicyError(f"at most {MAX_TIERS} tiers")
    extras = [kept[start] for start in sorted(kept)]
    if any(b <= a for a, b in pairwise(extras)):
        raise PolicyError("a larger deal's tier allows more points than a smaller one's")
    return [[start, kept[start]] for start in sorted(kept)]


def financing_rate(stored: Mapping[str, object]) -> float:
    value = stored.get(FINANCING)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return DEFAULT_FINANCING


def allowed(
    policy_values: Mapping[str, float],
    tier_values: Sequence[tuple[int, float]],
    strategy: str | None,
    deal_kop: float = 0,
) -> float:
    """The largest discount for a deal of ``deal_kop`` (its list amount, before the
    discount) with an account of ``strategy``: the strategy's maximum (or the new
    client's) plus the extra of the largest tier the deal reaches."""
    extra = max((x for start, x in tier_values if deal_kop >= start), default=0.0)
    return min(1.0, maximum_for(policy_values, strategy) + extra)
