"""Total cost of ownership (METHODS.md §6): our offer against the client's current option
over a horizon of N years, and Bain's B2B Elements of Value as the checklist of what the
offer delivers.

One-time costs (price, delivery, installation, training, financing) fall in year 1,
disposal in the last year; the running costs (consumables, maintenance, downtime hours ×
loss per hour, other losses per year, e.g. from a SPIN Implication answer) in every
year. Financing = price × annual rate × days of prepayment / 365. Money is in kopecks;
the financing line is rounded to the kopeck. The "healthy approach": our price is
higher while our total is lower.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from core import changes as ch
from core.messages import say
from storage.db import writing

ONE_TIME = ("price", "delivery", "installation", "training", "financing")
RUNNING = ("consumables", "maintenance", "downtime", "other_losses")
LINES = (*ONE_TIME, *RUNNING, "disposal")
MAX_YEARS = 30


class TcoError(ValueError):
    pass


@dataclass(frozen=True)
class TcoOption:
    """One option's costs; money in kopecks, ``financing_rate`` a fraction per year."""

    price_kop: int = 0
    delivery_kop: int = 0
    installation_kop: int = 0
    training_kop: int = 0
    consumables_per_year_kop: int = 0
    maintenance_per_year_kop: int = 0
    downtime_hours_per_year: float = 0.0
    loss_per_hour_kop: int = 0
    other_losses_per_year_kop: int = 0
    financing_rate: float = 0.0
    prepayment_days: int = 0
    disposal_kop: int = 0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TcoError(
                    say(
                        "tco_number",
                        "{field} must be a number, not {value!r}",
                        field=f.name,
                        value=value,
                    )
                )
            if value < 0:
                raise TcoError(say("tco_negative", "{field} cannot be negative", field=f.name))
        if self.financing_rate > 5:
            raise TcoError(
                say("tco_rate", "the financing rate is a fraction per year (0.16 for 16%)")
            )

    @property
    def financing_kop(self) -> int:
        return round(self.price_kop * self.financing_rate * self.prepayment_days / 365)

    @property
    def downtime_per_year_kop(self) -> int:
        return round(self.downtime_hours_per_year * self.loss_per_hour_kop)

    def line(self, name: str) -> tuple[int, int]:
        """(one-time amount, amount per year) of a cost line."""
        one_time = {
            "price": self.price_kop,
            "delivery": self.delivery_kop,
            "installation": self.installation_kop,
            "training": self.training_kop,
            "financing": self.financing_kop,
            "disposal": self.disposal_kop,
        }
        running = {
            "consumables": self.consumables_per_year_kop,
            "maintenance": self.maintenance_per_year_kop,
            "downtime": self.downtime_per_year_kop,
            "other_losses": self.other_losses_per_year_kop,
        }
        return one_time.get(name, 0), running.get(name, 0)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> TcoOption:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class TcoResult:
    years: int
    per_year: tuple[int, ...]  # the total of each year, year 1 first
    by_line: dict[str, int]  # each cost line over the horizon
    total: int


def total_cost(option: TcoOption, years: int) -> TcoResult:
    if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise TcoError(say("tco_horizon", "the horizon is 1–{years} years", years=MAX_YEARS))
    per_year = [0] * years
    by_line: dict[str, int] = {}
    for name in LINES:
        once, yearly = option.line(name)
        if name == "disposal":
            per_year[-1] += once
        else:
            per_year[0] += once
        for y in range(years):
            per_year[y] += yearly
        by_line[name] = once + yearly * years
    return TcoResult(years, tuple(per_year), by_line, sum(per_year))


@dataclass(frozen=True)
class TcoComparison:
    ours: TcoResult
    theirs: TcoResult

    @property
    def saving(self) -> int:
        """What the client saves over the horizon with our offer (negative: it costs more)."""
        return self.theirs.total - self.ours.total

    @property
    def saving_share(self) -> float | None:
        return self.saving / self.theirs.total if self.theirs.total else None

    def healthy(self, ours: TcoOption, theirs: TcoOption) -> bool:
        """Our price is higher, yet the total over the horizon is lower."""
        return ours.price_kop > theirs.price_kop and self.ours.total < self.theirs.total


def compare(ours: TcoOption, theirs: TcoOption, years: int) -> TcoComparison:
    return TcoComparison(total_cost(ours, years), total_cost(theirs, years))


# --- Bain's B2B Elements of Value: 40 elements in five tiers ----------------------------------

TIERS = ("table_stakes", "functional", "ease_of_doing_business", "individual", "inspirational")
TIER_NAMES = {
    "table_stakes": ("Table stakes", "Базовые требования"),
    "functional": ("Functional value", "Функциональная ценность"),
    "ease_of_doing_business": ("Ease of doing business", "Удобство работы"),
    "individual": ("Individual value", "Индивидуальная ценность"),
    "inspirational": ("Inspirational value", "Вдохновляющая ценность"),
}
# code → (tier, English, Russian), in the order of Bain's pyramid, bottom up
ELEMENTS: dict[str, tuple[str, str, str]] = {
    "meeting_specifications": (
        "table_stakes", "Meeting specifications", "Соответствие спецификациям"),
    "acceptable_price": ("table_stakes", "Acceptable price", "Приемлемая цена"),
    "regulatory_compliance": ("table_stakes", "Regulatory compliance", "Соответствие нормам"),
    "ethical_standards": ("table_stakes", "Ethical standards", "Этические стандарты"),
    "improved_top_line": ("functional", "Improved top line", "Рост выручки"),
    "cost_reduction": ("functional", "Cost reduction", "Снижение затрат"),
    "product_quality": ("functional", "Product quality", "Качество продукта"),
    "scalability": ("functional", "Scalability", "Масштабируемость"),
    "innovation": ("functional", "Innovation", "Инновационность"),
    "time_savings": ("ease_of_doing_business", "Time savings", "Экономия времени"),
    "reduced_effort": ("ease_of_doing_business", "Reduced effort", "Меньше усилий"),
    "decreased_hassles": ("ease_of_doing_business", "Decreased hassles", "Меньше хлопот"),
    "information": ("ease_of_doing_business", "Information", "Информированность"),
    "transparency": ("ease_of_doing_business", "Transparency", "Прозрачность"),
    "organization": ("ease_of_doing_business", "Organization", "Организованность"),
    "simplification": ("ease_of_doing_business", "Simplification", "Упрощение"),
    "connection": ("ease_of_doing_business", "Connection", "Связь"),
    "integration": ("ease_of_doing_business", "Integration", "Интеграция"),
    "availability": ("ease_of_doing_business", "Availability", "Доступность"),
    "variety": ("ease_of_doing_business", "Variety", "Разнообразие"),
    "configurability": ("ease_of_doing_business", "Configurability", "Настраиваемость"),
    "responsiveness": ("ease_of_doing_business", "Responsiveness", "Отзывчивость"),
    "expertise": ("ease_of_doing_business", "Expertise", "Экспертиза"),
    "commitment": ("ease_of_doing_business", "Commitment", "Приверженность"),
    "stability": ("ease_of_doing_business", "Stability", "Стабильность"),
    "cultural_fit": ("ease_of_doing_business", "Cultural fit", "Культурная совместимость"),
    "risk_reduction": ("ease_of_doing_business", "Risk reduction", "Снижение рисков"),
    "reach": ("ease_of_doing_business", "Reach", "Охват"),
    "flexibility": ("ease_of_doing_business", "Flexibility", "Гибкость"),
    "component_quality": ("ease_of_doing_business", "Component quality", "Качество компонентов"),
    "network_expansion": ("individual", "Network expansion", "Расширение связей"),
    "marketability": ("individual", "Marketability", "Ценность на рынке труда"),
    "reputational_assurance": ("individual", "Reputational assurance", "Защита репутации"),
    "design_aesthetics": ("individual", "Design and aesthetics", "Дизайн и эстетика"),
    "growth_development": ("individual", "Growth and development", "Рост и развитие"),
    "reduced_anxiety": ("individual", "Reduced anxiety", "Меньше тревоги"),
    "fun_perks": ("individual", "Fun and perks", "Удовольствие и бонусы"),
    "vision": ("inspirational", "Vision", "Видение"),
    "hope": ("inspirational", "Hope", "Надежда"),
    "social_responsibility": (
        "inspirational", "Social responsibility", "Социальная ответственность"),
}  # fmt: skip


def element_name(code: str, language: str = "en") -> str:
    _tier, english, russian = ELEMENTS[code]
    return russian if language == "ru" else english


def check_elements(codes: list[str]) -> list[str]:
    """The ticked elements in the pyramid's order; an unknown code is refused."""
    unknown = set(codes) - set(ELEMENTS)
    if unknown:
        raise TcoError(f"unknown elements of value: {', '.join(sorted(unknown))}")
    return [code for code in ELEMENTS if code in set(codes)]


# --- the account's TCO, kept with the data ------------------------------------------------


@dataclass(frozen=True)
class AccountTco:
    """What the TCO tab edits: the horizon, both options and the ticked elements."""

    years: int = 3
    ours: TcoOption = TcoOption()
    theirs: TcoOption = TcoOption()
    elements: tuple[str, ...] = ()
    title: str = ""

    def comparison(self) -> TcoComparison:
        return compare(self.ours, self.theirs, self.years)


def load_tco(db: Any, account_id: str) -> AccountTco:
    """The account's TCO (an empty one with a 3-year horizon when there is none). A
    stored document that no longer reads (edited by hand) falls back to the defaults."""
    from sqlalchemy import select

    from storage.models import TcoModel

    with db.engine.connect() as conn:
        row = conn.execute(
            select(TcoModel.horizon_years, TcoModel.content, TcoModel.title)
            .where(TcoModel.account_id == account_id, TcoModel.deleted_at.is_(None))
            .order_by(TcoModel.updated_at.desc())
        ).first()
    if row is None:
        return AccountTco()
    years, content, title = row
    content = content or {}
    try:
        return AccountTco(
            int(years or 3),
            TcoOption.from_dict(content.get("ours") or {}),
            TcoOption.from_dict(content.get("theirs") or {}),
            tuple(check_elements(list(content.get("elements") or []))),
            title or "",
        )
    except (TcoError, TypeError, ValueError):
        return AccountTco()


@ch.changes(ch.TCO)
def save_tco(db: Any, account_id: str, tco: AccountTco) -> None:
    """Keep the account's TCO (one per account, replaced on every save)."""
    from sqlalchemy import insert, update

    from storage.base import new_id, utcnow
    from storage.models import TcoModel

    total_cost(tco.ours, tco.years)  # the horizon is checked
    content = {
        "ours": tco.ours.to_dict(),
        "theirs": tco.theirs.to_dict(),
        "elements": check_elements(list(tco.elements)),
    }
    now = utcnow()
    values = {"horizon_years": tco.years, "content": content, "title": tco.title,
              "updated_at": now}  # fmt: skip
    with writing(db.engine) as conn:
        done = conn.execute(
            update(TcoModel)
            .where(TcoModel.account_id == account_id, TcoModel.deleted_at.is_(None))
            .values(**values)
        ).rowcount
        if not done:
            conn.execute(
                insert(TcoModel).values(
                    id=new_id(), created_at=now, account_id=account_id, **values
                )
            )
