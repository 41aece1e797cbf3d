"""The ABCD commercial proposal's calculation (METHODS.md §6, block C) and the discount
guard (§5, Block 2).

A line is quantity × price less its discount, rounded to the kopeck (half up, in
decimal arithmetic); the proposal's total before VAT is the sum of its lines, VAT is
that total × the rate (rounded the same way), and the total with VAT their sum.
A line whose discount exceeds the maximum of the account's BCG strategy is flagged with
the excess in money (quantity × price × the discount above the maximum); the manager may
keep it with a reason, which is stored.
Which choice factors block B emphasises follows the roles of the people addressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from core.messages import say

DEFAULT_VAT = 0.22  # the standard rate in Russia since 1 January 2026 (10 % and 0 % exist)
VAT_SETTING = "proposal.vat_rate"

# METHODS.md §6, block B: what matters to each side of the buying committee
ECONOMIC_FACTORS = (
    "acceptable_price",
    "flexibility",
    "stability",
    "commitment",
    "cost_reduction",
)
TECHNICAL_FACTORS = ("availability", "variety", "feedback", "functionality")
ROLE_FACTORS = {
    "economic": ECONOMIC_FACTORS,
    "technical": TECHNICAL_FACTORS,
    "user": TECHNICAL_FACTORS,
    "coach": ECONOMIC_FACTORS + TECHNICAL_FACTORS,
}


class ProposalError(ValueError):
    pass


def _kop(value: Decimal) -> int:
    """Rounded to the kopeck half up, as an invoice is (not to even)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _d(value: float) -> Decimal:
    return Decimal(str(value))


@dataclass(frozen=True)
class Item:
    name: str
    quantity: float
    price_kop: int
    discount: float = 0.0  # a fraction: 0.05 for 5 %
    sku: str = ""
    keep_reason: str = ""  # why a discount above the policy is kept
    unit: str = ""  # шт., м, кг, услуга… as the client's invoice will say

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ProposalError(say("item_name", "an item needs a name"))
        if self.quantity <= 0:
            raise ProposalError(
                say("item_quantity", "{name}: the quantity must be above zero", name=self.name)
            )
        if self.price_kop < 0:
            raise ProposalError(
                say("item_price", "{name}: the price cannot be negative", name=self.name)
            )
        if not 0 <= self.discount < 1:
            raise ProposalError(
                say("item_discount", "{name}: a discount is 0–99 %", name=self.name)
            )

    @property
    def gross_kop(self) -> int:
        """Quantity × price, before the discount."""
        return _kop(_d(self.quantity) * self.price_kop)

    @property
    def amount_kop(self) -> int:
        """Quantity × price less the discount, rounded to the kopeck."""
        return _kop(_d(self.quantity) * self.price_kop * (1 - _d(self.discount)))

    @property
    def discount_kop(self) -> int:
        return self.gross_kop - self.amount_kop

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Item:
        return cls(
            name=str(values.get("name") or ""),
            quantity=float(values.get("quantity") or 0),
            price_kop=int(values.get("price_kop") or 0),
            discount=float(values.get("discount") or 0),
            sku=str(values.get("sku") or ""),
            keep_reason=str(values.get("keep_reason") or ""),
            unit=str(values.get("unit") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "quantity": self.quantity, "price_kop": self.price_kop,
                "discount": self.discount, "sku": self.sku,
                "keep_reason": self.keep_reason, "unit": self.unit}  # fmt: skip


@dataclass(frozen=True)
class Excess:
    """A line above the discount policy: by how much, in money, and whether it is kept."""

    index: int
    item: Item
    maximum: float
    excess_kop: int

    @property
    def kept(self) -> bool:
        return bool(self.item.keep_reason.strip())


@dataclass(frozen=True)
class Totals:
    gross_kop: int  # before discounts
    discount_kop: int
    net_kop: int  # the total before VAT
    vat_rate: float | None  # None: «Без НДС», the seller charges no VAT
    vat_kop: int
    total_kop: int  # with VAT


def totals(items: Sequence[Item], vat_rate: float | None = DEFAULT_VAT) -> Totals:
    """The totals of the items; ``vat_rate`` None for a seller without VAT."""
    if vat_rate is not None and not 0 <= vat_rate < 1:
        raise ProposalError(say("vat_rate", "the VAT rate is a fraction: 0.22 for 22 %"))
    gross = sum(i.gross_kop for i in items)
    net = sum(i.amount_kop for i in items)
    vat = _kop(net * _d(vat_rate)) if vat_rate is not None else 0
    return Totals(gross, gross - net, net, vat_rate, vat, net + vat)


def discount_excesses(items: Sequence[Item], maximum: float | None) -> list[Excess]:
    """The lines whose discount exceeds ``maximum`` (the strategy's from the discount
    policy; None when the account has no strategy: nothing is flagged)."""
    if maximum is None:
        return []
    out = []
    for n, item in enumerate(items):
        if item.discount > maximum + 1e-9:
            above = _d(item.discount) - _d(maximum)
            excess = _kop(_d(item.quantity) * item.price_kop * above)
            out.append(Excess(n, item, maximum, excess))
    return out


def blocking_excesses(items: Sequence[Item], maximum: float | None) -> list[Excess]:
    """The excesses not kept with a reason: a proposal with any is not exported."""
    return [e for e in discount_excesses(items, maximum) if not e.kept]


def emphasised_factors(roles: Iterable[str | None]) -> list[str]:
    """The choice factors block B stresses for the roles addressed, economic first;
    with no role known, all of them."""
    chosen: list[str] = []
    known = [r for r in roles if r in ROLE_FACTORS]
    for role in known or ["coach"]:
        for factor in ROLE_FACTORS[role]:
            if factor not in chosen:
                chosen.append(factor)
    order = ECONOMIC_FACTORS + TECHNICAL_FACTORS
    return sorted(chosen, key=order.index)
