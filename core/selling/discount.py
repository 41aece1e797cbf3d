"""The discount policy (METHODS.md §5, Block 2): the maximum discount for each BCG
strategy, and one value for an account without a strategy yet (a new client or a
prospect, who has no sales to score). The defaults are the company's starting point;
Settings changes them."""

from __future__ import annotations

from collections.abc import Mapping

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
