"""The account development plan (METHODS.md §7): progress levels, the progress policy's
23 milestones, the yearly indicators and the monthly revenue of the card's chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from core.analytics.client_metrics import ClientMetrics, Line, client_metrics
from core.analytics.window import Window, add_months, last_day_of_month

# The six progress dimensions, each 1–5 (seed 000, "Уровень прогрессов"), in the seed's order.
DIMENSIONS = (
    "dsl_level",
    "equipment_park",
    "joint_projects_level",
    "production_visit",
    "joint_promo",
    "decision_maker_knowledge",
)

# The progress policy (Политика прогрессов) of seed 000: (Russian, English), in order.
MILESTONES: tuple[tuple[str, str], ...] = (
    (
        "Отправляем презентацию о принципах работы компании на проекте",
        "We send the presentation of how we work on a project",
    ),
    ("Даём доступ к закрытым ценным материалам", "We give access to closed, valuable materials"),
    ("Клиент делится оргструктурой компании", "The client shares its org chart"),
    ("Проводим работы с оргструктурой клиента", "We work with the client's org chart"),
    ("Клиент делится списком контрагентов", "The client shares its list of counterparties"),
    ("Проводим работы со списком контрагентов", "We work with the list of counterparties"),
    ("Проводим дополнительное специальное исследование", "We carry out an extra special study"),
    (
        "Знакомим клиента с экспертом другой практики",
        "We introduce the client to an expert of another practice",
    ),
    ("Приглашаем клиента на внутреннее мероприятие", "We invite the client to an internal event"),
    ("Проводим семинар для клиента", "We hold a seminar for the client"),
    ("Проводим семинар для персонала клиента", "We hold a seminar for the client's staff"),
    ("Клиент проводит обратный семинар", "The client holds a seminar for us"),
    (
        "Продукт меняется вместе с отраслевыми тенденциями",
        "The product changes with the industry's trends",
    ),
    ("Проводим визави-встречу с руководством", "We hold a face-to-face meeting with management"),
    ("Клиент делится внутренними материалами", "The client shares internal materials"),
    ("Публикуем совместные материалы с клиентом", "We publish joint materials with the client"),
    ("Собираем факты для внедрения изменений", "We gather facts for introducing changes"),
    (
        "Достигаем договоренностей о составлении внутренних документов",
        "We agree to draw up internal documents",
    ),
    ("Составляем внутренние документы для клиента", "We draw up internal documents for the client"),
    ("Узнаем Share of wallet клиента", "We learn the client's share of wallet"),
    ("Достигаем договоренностей по регулярным встречам", "We agree on regular meetings"),
    (
        "Директор компании-клиента знакомит нас с директорами других отделов",
        "The client's director introduces us to the directors of other departments",
    ),
    (
        "Наши сотрудники посещают внутренние совещания клиента",
        "Our people attend the client's internal meetings",
    ),
)


class PlanError(ValueError):
    pass


def milestone_text(number: int, language: str) -> str:
    """Milestone ``number`` (1–23) in ``language`` (ru or en)."""
    ru, en = MILESTONES[number - 1]
    return ru if language == "ru" else en


def check_dimension(value: int | None) -> None:
    if value is not None and (
        not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5
    ):
        raise PlanError(f"a progress dimension is a whole number from 1 to 5, not {value!r}")


def progress_level(values: Mapping[str, int | None]) -> float | None:
    """The mean of the six dimensions (seed: 3, 4, 3, 3, 4, 4 → 3.5). A dimension not yet
    rated is left out; with none rated there is no level."""
    rated = []
    for name in DIMENSIONS:
        value = values.get(name)
        check_dimension(value)
        if value is not None:
            rated.append(value)
    return sum(rated) / len(rated) if rated else None


def share_reached(reached: Iterable[int]) -> float:
    """Milestones reached / 23 (each number counted once)."""
    numbers = {n for n in reached if 1 <= n <= len(MILESTONES)}
    return len(numbers) / len(MILESTONES)


def dsl_dimension(dsl_level: int | None) -> int | None:
    """The DSL progress dimension suggested from data. The DSL levels of METHODS.md §4 run
    1–3; on the 1–5 scale of progress: level 1 → 1, level 2 → 3, level 3 → 5."""
    if dsl_level is None:
        return None
    return {1: 1, 2: 3, 3: 5}[dsl_level]


# --- figures -----------------------------------------------------------------------------


def year_window(year: int) -> Window:
    periods = tuple((date(year, m, 1), last_day_of_month(date(year, m, 1))) for m in range(1, 13))
    return Window(date(year, 1, 1), date(year, 12, 31), periods)


@dataclass(frozen=True)
class YearIndicators:
    year: int
    metrics: ClientMetrics  # revenue, LTV (all history to the year's end), checks, …


def yearly_indicators(lines: Sequence[Line]) -> list[YearIndicators]:
    """The plan's "current financial indicators" for every calendar year with sales,
    oldest first: the per-client metrics of METHODS.md §2 over that year."""
    years = sorted({line.date.year for line in lines})
    return [YearIndicators(y, client_metrics(lines, year_window(y))) for y in years]


def monthly_revenue(lines: Iterable[Line], end: date, months: int = 36) -> list[tuple[date, int]]:
    """(first day of month, revenue in kopecks) for the ``months`` calendar months ending
    with ``end``'s month, oldest first, months without sales included as 0."""
    last = end.replace(day=1)
    starts = [add_months(last, -k) for k in range(months - 1, -1, -1)]
    index = {(d.year, d.month): i for i, d in enumerate(starts)}
    totals = [0] * months
    for line in lines:
        i = index.get((line.date.year, line.date.month))
        if i is not None and line.date <= end:
            totals[i] += line.amount_kop
    return list(zip(starts, totals, strict=True))
