"""The demo company: a deterministic generator of a distributor's client base.

The same seed and end date give the same database content, row for row (identifiers
and timestamps included), so the demo can be used in tests and benchmarks. The
generator works on NumPy arrays and writes through the driver's ``executemany``,
so the 20,000-account / 1,000,000-line company is built in well under two minutes.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from core.accounts.names import normalise_name
from core.analytics.stats import refresh_account_stats
from core.analytics.window import add_months, last_day_of_month
from core.database import Database, engine_of
from core.inn import complete_inn
from storage.bulk import adapt_date, adapt_datetime, bulk_insert
from storage.columns import SALE_LINE_INSERT
from storage.db import writing

log = logging.getLogger("fieldbook.demo")

Progress = Callable[[int, str], None]  # percent done, what is being done

MONTHS = 36

# Region, its tax-office code (first two INN digits), weight in the client base.
REGIONS: tuple[tuple[str, str, float], ...] = (
    ("Москва", "77", 0.22),
    ("Санкт-Петербург", "78", 0.11),
    ("Московская область", "50", 0.09),
    ("Свердловская область", "66", 0.05),
    ("Новосибирская область", "54", 0.04),
    ("Республика Татарстан", "16", 0.05),
    ("Краснодарский край", "23", 0.05),
    ("Нижегородская область", "52", 0.04),
    ("Самарская область", "63", 0.04),
    ("Ростовская область", "61", 0.04),
    ("Челябинская область", "74", 0.03),
    ("Республика Башкортостан", "02", 0.03),
    ("Пермский край", "59", 0.03),
    ("Воронежская область", "36", 0.03),
    ("Волгоградская область", "34", 0.02),
    ("Красноярский край", "24", 0.03),
    ("Омская область", "55", 0.02),
    ("Тюменская область", "72", 0.03),
    ("Иркутская область", "38", 0.02),
    ("Ленинградская область", "47", 0.03),
)
CHANNELS = (("Прямые продажи", 0.5), ("Дилеры", 0.25), ("Интернет-магазин", 0.15), ("Тендеры", 0.1))
INDUSTRY_WEIGHTS = (0.16, 0.12, 0.06, 0.06, 0.04, 0.12, 0.1, 0.07, 0.09, 0.04, 0.06, 0.08)
SIZES = (("large", 0.1), ("medium", 0.3), ("small", 0.6))
LEGAL_FORMS = (("ООО", 0.72), ("АО", 0.16), ("ПАО", 0.04), ("ЗАО", 0.05), ("НАО", 0.03))

NAME_A = (
    "Альфа",
    "Вектор",
    "Север",
    "Урал",
    "Техно",
    "Строй",
    "Пром",
    "Агро",
    "Мед",
    "Транс",
    "Инвест",
    "Эко",
    "Вита",
    "Гранит",
    "Сибирь",
    "Волга",
    "Нева",
    "Балт",
    "Кама",
    "Дон",
    "Орион",
    "Меридиан",
    "Импульс",
    "Интер",
    "Энерго",
    "Нефте",
    "Хим",
    "Мета",
    "Лидер",
    "Регион",
    "Омега",
    "Сфера",
    "Квант",
    "Атлант",
    "Полюс",
    "Стандарт",
    "Ресурс",
    "Прогресс",
    "Союз",
    "Титан",
)
NAME_B = (
    "строй",
    "пром",
    "снаб",
    "торг",
    "сервис",
    "маш",
    "тех",
    "лог",
    "трейд",
    "комплект",
    "опт",
    "хим",
    "мет",
    "пак",
    "агро",
    "фарм",
    "строймаш",
    "монтаж",
    "проект",
    "авто",
    "тара",
    "энерго",
    "инвест",
    "дом",
    "пласт",
    "лес",
    "газ",
    "профи",
    "систем",
    "экспорт",
)
NAME_C = (
    "",
    "-Плюс",
    "-М",
    "-Сервис",
    "-Групп",
    "-Центр",
    "-Регион",
    "-Трейд",
    "-Юг",
    "-Север",
    "-Восток",
    "-Запад",
)
NAME_D = ("", "ТД ", "ГК ", "ПК ", "НПО ")

SURNAMES = (
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
)
FIRST_M = (
    "Александр",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Алексей",
    "Игорь",
    "Михаил",
    "Олег",
    "Павел",
    "Николай",
    "Владимир",
    "Евгений",
)
FIRST_F = (
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Анна",
    "Мария",
    "Светлана",
    "Юлия",
    "Екатерина",
    "Марина",
    "Анастасия",
)
PATRONYMIC_M = (
    "Александрович",
    "Дмитриевич",
    "Сергеевич",
    "Андреевич",
    "Игоревич",
    "Михайлович",
    "Олегович",
    "Петрович",
    "Николаевич",
    "Владимирович",
)
PATRONYMIC_F = (
    "Александровна",
    "Дмитриевна",
    "Сергеевна",
    "Андреевна",
    "Игоревна",
    "Михайловна",
    "Олеговна",
    "Петровна",
    "Николаевна",
    "Владимировна",
)

# Product groups of an industrial-supplies distributor, five base items each.
PRODUCT_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Крепёж", ("Болт", "Гайка", "Шуруп", "Анкер", "Саморез")),
    ("Инструмент", ("Дрель", "Перфоратор", "Шлифмашина", "Набор ключей", "Отвёртка")),
    ("Спецодежда", ("Костюм рабочий", "Куртка утеплённая", "Комбинезон", "Жилет", "Халат")),
    ("Средства защиты", ("Перчатки", "Очки защитные", "Респиратор", "Каска", "Беруши")),
    (
        "Бытовая химия",
        ("Средство моющее", "Дезинфектант", "Обезжириватель", "Мыло жидкое", "Чистящий гель"),
    ),
    ("Канцтовары", ("Бумага А4", "Папка-регистратор", "Ручка шариковая", "Степлер", "Блокнот")),
    ("Электротовары", ("Кабель", "Автомат", "Розетка", "Светильник", "Удлинитель")),
    ("Сантехника", ("Смеситель", "Кран шаровой", "Труба ПП", "Фитинг", "Сифон")),
    ("Лакокрасочные материалы", ("Эмаль", "Грунтовка", "Краска фасадная", "Лак", "Растворитель")),
    (
        "Смазочные материалы",
        (
            "Масло моторное",
            "Смазка литиевая",
            "Масло гидравлическое",
            "Смазка медная",
            "Масло компрессорное",
        ),
    ),
    ("Упаковка", ("Стрейч-плёнка", "Коробка картонная", "Скотч", "Пакет ПВД", "Лента ПП")),
    ("Хозтовары", ("Швабра", "Ведро", "Мешки для мусора", "Салфетки", "Перчатки хозяйственные")),
)
VARIANTS = ("стандарт", "плюс", "премиум", "эконом", "проф")  # words that agree with any noun

COMPETITORS = (
    "Комус",
    "Петрович",
    "Всеинструменты",
    "Лемана Про",
    "Техноавиа",
    "Энергоконтракт",
    "Сантехкомплект",
    "Металлсервис",
    "Русклимат",
    "Офисмаг",
)
ROLES = ("economic", "technical", "user", "coach")
POSITIONS = {
    "economic": ("Генеральный директор", "Финансовый директор", "Коммерческий директор"),
    "technical": ("Главный инженер", "Начальник отдела снабжения", "Технический директор"),
    "user": ("Мастер участка", "Заведующий складом", "Инженер-технолог"),
    "coach": ("Менеджер по закупкам", "Специалист отдела снабжения", "Офис-менеджер"),
}
DEPARTMENTS = {
    "economic": "Дирекция",
    "technical": "Снабжение",
    "user": "Производство",
    "coach": "Снабжение",
}
ACTIVITY_TYPES = ("visit", "call", "meeting", "seminar", "email")
# what clients answer to the starting SPIN bank (METHODS.md §6): text, money in kopecks
SPIN_ANSWERS: dict[str, tuple[tuple[str, int | None], ...]] = {
    "Как идут продажи компании?": (
        ("Растём на 10–15 % в год, но маржа снижается", None),
        ("Продажи стоят на месте второй год", None),
        ("Сезонный спад летом, осенью пик", None),
    ),
    "У кого вы сейчас приобретаете изделия из пластика?": (
        ("У двух поставщиков: основной — региональный дистрибьютор", None),
        ("Напрямую у завода, мелкие партии — у дилеров", None),
    ),
    "Какие характеристики продукции считаете наиболее важными?": (
        ("Стабильное качество партии и сертификаты", None),
        ("Прочность и срок службы, цена на втором месте", None),
    ),
    "Есть ли трудности при взаимодействии с поставщиками?": (
        ("Поставщик долго согласует заявки, нет персонального менеджера", None),
        ("Документы приходят с ошибками, приходится переделывать", None),
    ),
    "Часто ли вы сталкиваетесь с перебоями в поставках?": (
        ("Раз в месяц срывают сроки на 3–5 дней", None),
        ("Два раза за квартал не было нужных позиций", None),
    ),
    "А сколько денег вы теряете при незапланированных перебоях поставок?": (
        ("Около 40 000 ₽ за час простоя линии", 4_000_000),
        ("До 300 000 ₽ в месяц на срочных закупках", 30_000_000),
    ),
    "На сколько падают продажи, если поставщик несвоевременно отгружает товары?": (
        ("На 5–7 % в месяц срыва", None),
    ),
    "Поможет ли решить вашу проблему своевременная отгрузка оборудования/товаров?": (
        ("Да, если отгрузка будет в течение 48 часов", None),
        ("Частично: нужен ещё резерв на складе", None),
    ),
}
# the demo seller's profile (printed on its proposals); Sberbank's public requisites stand
# in for the bank details, so that every check digit is right
DEMO_COMPANY = {
    "name": "ООО «ПолимерСнаб»",
    "inn": "7707083893",
    "kpp": "773601001",
    "ogrn": "1027700132195",
    "address": "123112, г. Москва, Пресненская наб., д. 10, офис 401",
    "bank": "ПАО Сбербанк",
    "account": "40702810200000000001",
    "bik": "044525225",
    "corr_account": "30101810400000000225",
    "signer_name": "Соколова Мария Олеговна",
    "signer_position": "Коммерческий директор",
    "phone": "+7 495 123-45-67",
    "email": "sales@polymersnab.example",
    "payment_terms": "предоплата 50 %, остаток в течение 10 банковских дней после отгрузки",
    "delivery_terms": "со склада в Москве за 2 рабочих дня, по России — транспортной компанией",
    "warranty_terms": "12 месяцев с даты отгрузки",
}
OUR_DEPARTMENTS = ("Отдел продаж", "Логистика", "Сервис", "Бухгалтерия")
STAGES = ("qualification", "needs", "solution", "proposal", "negotiation", "won", "lost")

# Purchase behaviour archetypes and their shares among the clients that buy.
ARCHETYPES = (
    ("stable", 0.42),
    ("growing", 0.15),
    ("falling", 0.15),
    ("lost", 0.1),
    ("new", 0.08),
    ("returned", 0.05),
    ("dormant", 0.05),
)
PROSPECT_SHARE = 0.07
SEASON = np.array([0.75, 0.85, 1.05, 1.05, 1.0, 0.95, 0.85, 0.9, 1.1, 1.15, 1.15, 1.15])


@dataclass(frozen=True)
class DemoOptions:
    accounts: int = 2000
    lines: int = 200_000
    seed: int = 1
    end: date | None = None  # last day of the last month of sales; default: last month

    def end_date(self) -> date:
        if self.end is not None:
            return last_day_of_month(self.end)
        return date.today().replace(day=1) - timedelta(days=1)


@dataclass
class DemoReport:
    accounts: int = 0
    sale_lines: int = 0
    products: int = 0
    contacts: int = 0
    activities: int = 0
    tasks: int = 0
    opportunities: int = 0
    competitors: int = 0
    receivables: int = 0
    deliveries: int = 0
    survey_answers: int = 0
    plans: int = 0
    regions: int = 0
    spin_answers: int = 0
    bant_scores: int = 0
    proposals: int = 0
    development_plans: int = 0
    milestones: int = 0
    first_sale: str = ""
    last_sale: str = ""


class DemoError(Exception):
    """The demo cannot be generated here (the message says why)."""


def _pick(rng: np.random.Generator, options: Sequence[tuple[Any, float]], n: int) -> np.ndarray:
    values = np.arange(len(options))
    weights = np.array([w for _, w in options], dtype=float)
    return rng.choice(values, size=n, p=weights / weights.sum())


def _uuids(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` version-4 UUIDs drawn from ``rng`` (deterministic, unlike uuid.uuid4)."""
    raw = np.frombuffer(rng.bytes(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    h = raw.tobytes().hex()
    return [
        "-".join(
            (
                h[i : i + 8],
                h[i + 8 : i + 12],
                h[i + 12 : i + 16],
                h[i + 16 : i + 20],
                h[i + 20 : i + 32],
            )
        )
        for i in range(0, 32 * n, 32)
    ]


def _person(rng: np.random.Generator) -> str:
    female = rng.random() < 0.45
    surname = SURNAMES[rng.integers(len(SURNAMES))]
    if female:
        surname = surname[:-1] + "а" if surname.endswith("й") else surname + "а"
        return f"{surname} {FIRST_F[rng.integers(12)]} {PATRONYMIC_F[rng.integers(10)]}"
    return f"{surname} {FIRST_M[rng.integers(12)]} {PATRONYMIC_M[rng.integers(10)]}"


def _intensity(archetype: str, rng: np.random.Generator) -> np.ndarray:
    """The client's buying intensity for each of the 36 months (oldest first)."""
    m = np.arange(MONTHS, dtype=float)
    if archetype == "stable":
        return np.ones(MONTHS)
    if archetype == "growing":
        return np.where(m < 24, 0.7, 0.7 + (m - 23) * rng.uniform(0.08, 0.15))
    if archetype == "falling":
        return np.where(m < 24, 1.3, 1.3 - (m - 23) * rng.uniform(0.07, 0.1)).clip(0.1)
    if archetype == "lost":
        stop = rng.integers(14, 23)
        return np.where(m < stop, 1.0, 0.0)
    if archetype == "new":
        start = rng.integers(MONTHS - 10, MONTHS)
        return np.where(m >= start, 1.0, 0.0)
    if archetype == "returned":
        gap_end = rng.integers(24, 30)
        return np.where((m < 10) | (m >= gap_end), 1.0, 0.0)
    if archetype == "dormant":
        return np.where(m < rng.integers(4, 11), 1.0, 0.0)
    raise ValueError(archetype)


class _Writer:
    """Formats values for the connection's dialect once per distinct value."""

    def __init__(self, conn: Connection, stamp: datetime) -> None:
        self.conn = conn
        self.stamp = adapt_datetime(conn, stamp)
        self._dates: dict[date, Any] = {}

    def d(self, value: date | None) -> Any:
        if value is None:
            return None
        if value not in self._dates:
            self._dates[value] = adapt_date(self.conn, value)
        return self._dates[value]

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
        cols = ("id", "created_at", "updated_at", *columns)
        return bulk_insert(self.conn, table, cols, rows)


def generate(
    engine: Engine | Database,
    options: DemoOptions,
    progress: Progress | None = None,
    replace: bool = False,
) -> DemoReport:
    """Fill the database with the demo company in one transaction and return counts."""
    engine = engine_of(engine)
    if options.accounts < 1 or options.lines < 0:
        raise DemoError("The demo needs at least one account and a non-negative line count.")
    if options.accounts > 200_000 or options.lines > 20_000_000:
        raise DemoError("The demo is limited to 200,000 accounts and 20,000,000 lines.")
    report_progress = progress or (lambda _p, _m: None)
    with writing(engine, serial=True) as conn:
        existing = conn.execute(text("SELECT COUNT(*) FROM account")).scalar() or 0
        if existing and not replace:
            raise DemoError(
                f"The database already holds {existing} accounts; the demo company is only "
                "added to an empty database (use --replace to clear it first)."
            )
        if existing:
            _clear(conn)
        report = _Generator(conn, options, report_progress).run()
    from core.analytics.dataset import prepare_analytics_cache

    prepare_analytics_cache(engine)  # the first analysis of the demo is then warm
    return report


def _clear(conn: Connection) -> None:
    for table in (
        "account_stats",
        "csi_rating",
        "survey_answer",
        "delivery",
        "sale_line",
        "receivable",
        "competitor_presence",
        "task",
        "activity",
        "opportunity",
        "spin_answer",
        "bant_score",
        "bcg_score",
        "tco_model",
        "proposal_version",
        "proposal",
        "development_plan",
        "milestone_reached",
        "joint_project",
        "contact",
        "account",
        "product",
        "sales_plan",
        "region_universe",
    ):
        conn.execute(text(f"DELETE FROM {table}"))


class _Generator:
    def __init__(self, conn: Connection, options: DemoOptions, progress: Progress) -> None:
        self.conn = conn
        self.o = options
        self.progress = progress
        self.rng = np.random.default_rng(options.seed)
        self.end = options.end_date()
        self.first_month = add_months(self.end.replace(day=1), -(MONTHS - 1))
        stamp = datetime.combine(self.end, datetime.min.time(), tzinfo=UTC) + timedelta(hours=18)
        self.w = _Writer(conn, stamp)
        self.moment = stamp  # the demo's one time of writing, as a datetime
        self.report = DemoReport()

    # -- helpers -----------------------------------------------------------------------
    def month_start(self, m: int) -> date:
        return add_months(self.first_month, m)

    def _base(self, n: int) -> Iterator[tuple[str, Any, Any]]:
        stamp = self.w.stamp
        for uid in _uuids(self.rng, n):
            yield uid, stamp, stamp

    # -- the parts ---------------------------------------------------------------------
    def run(self) -> DemoReport:
        self.progress(2, "accounts")
        self.accounts()
        self.progress(8, "products")
        self.products()
        self.progress(10, "sales")
        self.sales()
        self.progress(80, "contacts and activities")
        self.relations()
        self.progress(88, "documents")
        self.documents()
        self.progress(90, "plans and regions")
        self.plans_and_regions()
        self.discount_tier()
        self.acquisition()
        self.progress(93, "account figures")
        refresh_account_stats(self.conn)
        self.progress(100, "done")
        return self.report

    def acquisition(self) -> None:
        """Where the accounts came from (METHODS.md §13): seed 002's shares (search 20 %,
        meetings and events 18.5 %, referrals 15 %, website 13 %, e-mail 12 %, the rest
        cold calls, partners and other), each account made a few weeks before its first
        purchase; two trade fairs a year apart with their costs and the leads met there;
        what search, the website and e-mail cost each month. A generator of its own: the
        rest of the demo stays as it was."""
        from sqlalchemy import insert, update

        from storage.models import Account, ChannelCost, Event, EventLead

        g = np.random.default_rng(self.o.seed * 104729 + 3)
        n = self.o.accounts
        ids = iter(_uuids(g, n + 2 + 24 * 3))  # the same seed, the same ids
        sources = ("search", "event", "referral", "website", "email", "cold_call", "partner",
                   "other")  # fmt: skip
        shares = np.array([0.20, 0.185, 0.15, 0.13, 0.12, 0.09, 0.08, 0.045])
        picked = g.choice(len(sources), size=n, p=shares / shares.sum())
        first: dict[str, Any] = dict(
            self.conn.execute(
                text(
                    "SELECT account_id, MIN(date) FROM sale_line WHERE amount_kop > 0 "
                    "GROUP BY account_id"
                )
            ).all()
        )
        now = self.moment
        fairs = []
        for k, months_ago in enumerate((20, 8)):
            start = add_months(self.end.replace(day=1), -months_ago) + timedelta(days=14)
            fair = next(ids)
            fairs.append((fair, start))
            self.conn.execute(insert(Event).values(
                id=fair, created_at=now, updated_at=now,
                name=("Промышленная неделя", "Металлообработка")[k] + f" {start.year}",
                type="trade_fair", starts_on=start, ends_on=start + timedelta(days=3),
                place=("Москва, Крокус Экспо", "Москва, Экспоцентр")[k],
                stand_kop=int(g.integers(300_000, 600_000)) * 100,
                travel_kop=int(g.integers(60_000, 150_000)) * 100,
                materials_kop=int(g.integers(20_000, 60_000)) * 100,
                staff_kop=int(g.integers(80_000, 200_000)) * 100,
            ))  # fmt: skip
        updates, leads = [], []
        for i, account in enumerate(self.account_ids):
            bought = first.get(account)
            day = bought if isinstance(bought, date) else (
                date.fromisoformat(str(bought)[:10]) if bought else None
            )  # fmt: skip
            source = sources[picked[i]]
            event_id = None
            met = [(f, s) for f, s in fairs if day is None or s <= day <= s + timedelta(180)]
            if source == "event" and not met:
                source = "referral"  # bought long before any fair: it came another way
            if source == "event":
                # met at the fair in the half year before its first purchase (a prospect:
                # at the later fair)
                fair, start = met[-1]
                made = start + timedelta(days=int(g.integers(0, 4)))
                event_id = fair
                leads.append({"id": next(ids), "event_id": fair, "account_id": account,
                              "joined": False, "created_at": now, "updated_at": now})  # fmt: skip
            elif day is not None:
                made = day - timedelta(days=int(g.integers(7, 60)))
            else:
                made = self.end - timedelta(days=int(g.integers(0, 365)))
            when = datetime.combine(made, datetime.min.time(), tzinfo=UTC)
            updates.append({"a": account, "s": source, "e": event_id, "c": when})
        from sqlalchemy import bindparam

        self.conn.execute(
            update(Account)
            .where(Account.id == bindparam("a"))
            .values(
                lead_source=bindparam("s"),
                event_id=bindparam("e"),
                created_at=bindparam("c"),
                updated_at=self.moment,
            ),
            updates,
        )
        if leads:
            self.conn.execute(insert(EventLead), leads)
        costs = []
        for m in range(24):
            month = add_months(self.end.replace(day=1), -m)
            for source, base in (("search", 60_000), ("website", 25_000), ("email", 8_000)):
                costs.append({"id": next(ids), "month": month, "source": source,
                              "amount_kop": int(base * g.uniform(0.8, 1.2)) * 100,
                              "created_at": now, "updated_at": now})  # fmt: skip
        self.conn.execute(insert(ChannelCost), costs)

    def discount_tier(self) -> None:
        """A deal from 300 000 ₽ allows 3 points more (METHODS.md §5): the disciplined
        managers' larger discounts on large orders then keep to the policy."""
        from sqlalchemy import delete, insert

        from storage.models import AppSetting

        key = "discount.tiers"
        self.conn.execute(delete(AppSetting).where(AppSetting.key == key))
        self.conn.execute(
            insert(AppSetting).values(key=key, value=[[30_000_000, 0.03]], updated_at=self.moment)
        )

    def accounts(self) -> None:
        rng, n = self.rng, self.o.accounts
        space = len(NAME_A) * len(NAME_B) * len(NAME_C) * len(NAME_D)
        picks = rng.choice(space, size=n, replace=n > space)
        forms = _pick(rng, LEGAL_FORMS, n)
        regions = _pick(rng, [(r, w) for r, _, w in REGIONS], n)
        industry_p = np.array(INDUSTRY_WEIGHTS)
        industries = rng.choice(np.arange(1, 13), size=n, p=industry_p / industry_p.sum())
        channels = _pick(rng, CHANNELS, n)
        sizes = _pick(rng, SIZES, n)
        serials = rng.choice(10_000_000, size=n, replace=False)
        n_managers = max(6, min(60, n // 150))
        self.managers = sorted({_person(rng) for _ in range(n_managers * 2)})[:n_managers]
        managers = rng.integers(0, len(self.managers), size=n)
        size_scale = np.array([8.0, 2.5, 1.0])[sizes]
        self.scale = size_scale * rng.lognormal(0.0, 0.6, size=n)
        potential = (self.scale * rng.uniform(1.2, 4.0, size=n) * 900_000 * 100).astype(np.int64)
        capacity = np.round(self.scale * rng.uniform(5, 40, size=n)).astype(int)
        has_capacity = rng.random(n) < 0.8
        has_potential = rng.random(n) < 0.85
        self.prospect = rng.random(n) < PROSPECT_SHARE
        self.archetype = _pick(rng, ARCHETYPES, n)
        self.account_ids = _uuids(rng, n)
        self.industry = industries
        rows = []
        stamp = self.w.stamp
        la, lb, lc = len(NAME_A), len(NAME_B), len(NAME_C)
        for i in range(n):
            k = int(picks[i])
            a, rest = divmod(k, lb * lc * len(NAME_D))
            b, rest = divmod(rest, lc * len(NAME_D))
            c, dsc = divmod(rest, len(NAME_D))
            core_name = NAME_A[a % la] + NAME_B[b] + NAME_C[c]
            name = f"{LEGAL_FORMS[forms[i]][0]} «{NAME_D[dsc]}{core_name}»"
            region, tax_code, _ = REGIONS[regions[i]]
            inn = complete_inn(f"{tax_code}{int(serials[i]):07d}")
            kpp = f"{inn[:4]}01001"
            rows.append(
                (
                    self.account_ids[i],
                    stamp,
                    stamp,
                    name,
                    normalise_name(name),
                    f"К-{i + 1:06d}",
                    inn,
                    kpp,
                    int(industries[i]),
                    region,
                    CHANNELS[channels[i]][0],
                    self.managers[managers[i]],
                    SIZES[sizes[i]][0],
                    int(potential[i]) if has_potential[i] else None,
                    float(capacity[i]) if has_capacity[i] else None,
                    "prospect" if self.prospect[i] else "client",
                    1,
                )
            )
        self.account_manager = managers
        self.account_channel = channels
        self.report.accounts = bulk_insert(
            self.conn,
            "account",
            (
                "id",
                "created_at",
                "updated_at",
                "name",
                "name_norm",
                "code",
                "inn",
                "kpp",
                "industry",
                "region",
                "channel",
                "manager",
                "size",
                "potential_kop",
                "capacity_units",
                "status",
                "version",
            ),
            rows,
        )

    def products(self) -> None:
        rng = self.rng
        rows, prices, groups, skus = [], [], [], []
        for g, (group, items) in enumerate(PRODUCT_GROUPS):
            for j, item in enumerate(items):
                base = rng.lognormal(6.0, 1.0) * 100  # kopecks
                for v, variant in enumerate(VARIANTS):
                    sku = f"{g + 1:02d}-{j + 1:02d}{v + 1:02d}"
                    price = round(base * (0.7 + 0.2 * v) / 100.0) * 100
                    prices.append(max(price, 500))
                    groups.append(group)
                    skus.append(sku)
                    rows.append((sku, f"{item} {variant}", group, prices[-1], "шт"))
        self.sku = np.array(skus)
        self.sku_name = np.array([row[1] for row in rows])
        self.sku_price = np.array(prices, dtype=np.int64)
        self.sku_group = np.array(groups)
        ids = self._base(len(rows))
        self.report.products = self.w.insert(
            "product",
            ("sku", "name", "product_group", "price_kop", "unit"),
            [(*base, *row) for base, row in zip(ids, rows, strict=True)],
        )

    def _discounts(
        self, client: np.ndarray, qty: np.ndarray, total: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Discounts the way managers give them (METHODS.md §11, seed 000): most keep to
        the policy and give more on a larger order; a generous few give 8–15 % whatever
        the order; the smallest accounts of those get the deepest ones (harvest accounts,
        by their strategy). Most lines carry their list price; some come without.
        A generator of its own: the rest of the demo draws as before."""
        g = np.random.default_rng(self.o.seed * 7919 + 11)
        n_managers = len(self.managers)
        generous = np.zeros(n_managers, dtype=bool)
        generous[g.choice(n_managers, size=max(1, n_managers // 4), replace=False)] = True
        by_generous = generous[self.account_manager[client]]
        big = qty > np.quantile(qty, 0.75) if total else np.zeros(0, dtype=bool)
        # disciplined: a quarter of the lines without discount, the rest 2–5 %, 6–8 % on the
        # largest orders
        rate = np.where(g.random(total) < 0.25, 0.0, g.choice([0.02, 0.03, 0.04, 0.05], total))
        rate = np.where(big & (g.random(total) < 0.6), g.choice([0.06, 0.07, 0.08], total), rate)
        lavish = g.choice([0.08, 0.1, 0.12, 0.15], total)
        rate = np.where(by_generous & (g.random(total) < 0.8), lavish, rate)
        small = self.scale < np.quantile(self.scale, 0.3)
        deep = by_generous & small[client] & (g.random(total) < 0.5)
        rate = np.where(deep, g.choice([0.15, 0.18, 0.2], total), rate)
        known = g.random(total) < 0.85  # a list price on most lines
        return rate, known

    def sales(self) -> None:
        rng, n, total = self.rng, self.o.accounts, self.o.lines
        buyers = np.flatnonzero(~self.prospect)
        if total == 0 or buyers.size == 0:
            return
        names = [a for a, _ in ARCHETYPES]
        weights = np.zeros((n, MONTHS))
        regularity = rng.uniform(0.25, 1.0, size=n)
        season = SEASON[[(self.month_start(m).month - 1) for m in range(MONTHS)]]
        for i in buyers:
            curve = _intensity(names[self.archetype[i]], rng)
            active = rng.random(MONTHS) < regularity[i]
            if not active[curve > 0].any():
                active[np.flatnonzero(curve > 0)[-1]] = True
            weights[i] = curve * active * season * self.scale[i]
        flat = weights.ravel()
        counts = rng.multinomial(total, flat / flat.sum())
        cells = np.repeat(np.arange(flat.size), counts)
        client = cells // MONTHS
        month = cells % MONTHS
        # lines of a (client, month) cell are split into orders of the client's depth
        depth = rng.integers(1, 9, size=n)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rank = np.arange(total) - starts[cells]
        order_key = cells.astype(np.int64) * 10_000 + rank // depth[client]
        _, doc_index = np.unique(order_key, return_inverse=True)
        n_docs = int(doc_index.max()) + 1
        doc_client = np.zeros(n_docs, dtype=np.int64)
        doc_client[doc_index] = client
        doc_month = np.zeros(n_docs, dtype=np.int64)
        doc_month[doc_index] = month
        month_days = np.array(
            [
                (last_day_of_month(self.month_start(m)) - self.month_start(m)).days + 1
                for m in range(MONTHS)
            ]
        )
        doc_day = (rng.random(n_docs) * month_days[doc_month]).astype(int)
        doc_ordinal = (
            np.array([self.month_start(m).toordinal() for m in range(MONTHS)])[doc_month] + doc_day
        )
        self.progress(25, "sales")
        # product groups: each client buys from its own few groups, one of them dominant
        n_groups = len(PRODUCT_GROUPS)
        diversity = rng.choice([1, 2, 3, 4, 5, 6], size=n, p=[0.3, 0.2, 0.2, 0.15, 0.1, 0.05])
        prefs = np.argsort(rng.random((n, n_groups)), axis=1)[:, :6]
        dominance = rng.uniform(0.3, 0.95, size=n)
        probs = np.zeros((n, 6))
        for k in range(6):
            probs[:, k] = np.where(k < diversity, 1.0, 0.0)
        probs[:, 0] = 0.0
        rest = probs.sum(axis=1, keepdims=True)
        probs = np.divide(probs, rest, out=np.zeros_like(probs), where=rest > 0)
        probs = probs * (1 - dominance)[:, None]
        probs[:, 0] = np.where(diversity == 1, 1.0, dominance)
        cum = np.cumsum(probs, axis=1)
        u = rng.random(total)
        slot = (u[:, None] > cum[client]).sum(axis=1).clip(0, 5)
        group = prefs[client, slot]
        in_group = np.minimum((rng.power(0.6, size=total) * 25).astype(int), 24)
        sku_index = group * 25 + in_group
        price_level = rng.uniform(0.88, 1.08, size=n)
        qty = np.ceil(rng.lognormal(1.6, 0.9, size=total) * np.sqrt(self.scale[client]))
        # the draws of the earlier discount model, kept so that every later draw (costs,
        # returns…) stays as it was
        rng.random(total)
        rng.choice([0.03, 0.05, 0.1], total)
        discount_rate, known = self._discounts(client, qty, total)
        gross = self.sku_price[sku_index] * price_level[client] * qty
        amount = np.round(gross * (1 - discount_rate)).astype(np.int64)
        discount = np.round(gross * discount_rate).astype(np.int64)
        cost = np.round(self.sku_price[sku_index] * qty * rng.uniform(0.62, 0.8, size=total))
        cost = cost.astype(np.int64)
        returns = rng.random(total) < 0.01
        qty = np.where(returns, -qty, qty)
        amount = np.where(returns, -amount, amount)
        cost = np.where(returns, -cost, cost)
        discount = np.where(returns, 0, discount)
        discount = np.where(known & ~returns, discount, -1)  # -1: no discount data
        # identical (document, SKU) lines inside one document get occurrence numbers
        order = np.lexsort((sku_index, doc_index))
        same = np.zeros(total, dtype=bool)
        same[1:] = (doc_index[order][1:] == doc_index[order][:-1]) & (
            sku_index[order][1:] == sku_index[order][:-1]
        )
        run_start = np.maximum.accumulate(np.where(~same, np.arange(total), 0))
        occurrence = np.empty(total, dtype=np.int64)
        occurrence[order] = np.arange(total) - run_start + 1
        self.progress(40, "sales")
        year_of_doc = np.array([date.fromordinal(int(o)).year for o in doc_ordinal])
        doc_names = [f"РН-{int(y) % 100:02d}-{i + 1:07d}" for i, y in enumerate(year_of_doc)]
        first_ord = int(doc_ordinal.min())
        date_values = [
            self.w.d(date.fromordinal(first_ord + k))
            for k in range(int(doc_ordinal.max()) - first_ord + 1)
        ]
        line_dates = doc_ordinal[doc_index] - first_ord
        ids = _uuids(rng, total)
        stamp = self.w.stamp
        sku_names = self.sku.tolist()
        group_names = self.sku_group.tolist()
        cols = SALE_LINE_INSERT
        chunk = 100_000
        acc = self.account_ids
        for lo in range(0, total, chunk):
            hi = min(total, lo + chunk)
            rows = [
                (
                    ids[k],
                    stamp,
                    stamp,
                    acc[c],
                    date_values[dt],
                    doc_names[di],
                    sku_names[s],
                    group_names[s],
                    float(q),
                    int(a),
                    int(co),
                    None if dc < 0 else int(dc),
                    int(oc),
                )
                for k, c, dt, di, s, q, a, co, dc, oc in zip(
                    range(lo, hi),
                    client[lo:hi].tolist(),
                    line_dates[lo:hi].tolist(),
                    doc_index[lo:hi].tolist(),
                    sku_index[lo:hi].tolist(),
                    qty[lo:hi].tolist(),
                    amount[lo:hi].tolist(),
                    cost[lo:hi].tolist(),
                    discount[lo:hi].tolist(),
                    occurrence[lo:hi].tolist(),
                    strict=True,
                )
            ]
            bulk_insert(self.conn, "sale_line", cols, rows)
            self.progress(40 + int(38 * hi / total), "sales")
        self.report.sale_lines = total
        self.report.first_sale = date.fromordinal(first_ord).isoformat()
        self.report.last_sale = date.fromordinal(int(doc_ordinal.max())).isoformat()
        self.doc_client, self.doc_ordinal, self.doc_names = doc_client, doc_ordinal, doc_names
        self.buyer_revenue = np.bincount(client, weights=amount, minlength=n)

    def relations(self) -> None:
        rng, n, w = self.rng, self.o.accounts, self.w
        end = self.end
        stamp = w.stamp
        contacts: list[tuple[Any, ...]] = []
        activities: list[tuple[Any, ...]] = []
        opportunities: list[tuple[Any, ...]] = []
        competitors: list[tuple[Any, ...]] = []
        receivables: list[tuple[Any, ...]] = []
        surveys, ratings = [], []
        contact_ids_by_account: list[list[tuple[str, bool]]] = []
        self.contact_people: list[list[tuple[str, str, str, str, bool]]] = []
        # each account's latest activity: (day, its next step's day, contact, id)
        latest_step: dict[int, tuple[date, date, str, str]] = {}
        for i in range(n):
            acc = self.account_ids[i]
            members = []
            size = int(rng.integers(1, 8))
            for k in range(size):
                role = ROLES[k % 4] if k < 4 else ROLES[int(rng.integers(4))]
                cid = _uuids(rng, 1)[0]
                is_dm = role == "economic" and rng.random() < 0.85
                members.append((cid, is_dm))
                positions = POSITIONS[role]
                contacts.append(
                    (
                        cid,
                        stamp,
                        stamp,
                        acc,
                        _person(rng),
                        positions[int(rng.integers(3))],
                        DEPARTMENTS[role],
                        role,
                        is_dm,
                        role == "technical",
                        f"+7 9{int(rng.integers(10, 100))} {int(rng.integers(100, 1000))}-"
                        f"{int(rng.integers(10, 100))}-{int(rng.integers(10, 100))}",
                        f"contact{len(contacts) + 1}@example.ru",
                    )
                )
            contact_ids_by_account.append(members)
            self.contact_people.append(
                [(c[0], c[4], c[5], c[7], c[8]) for c in contacts[len(contacts) - size :]]
            )
            for _ in range(int(rng.integers(0, 6))):
                day = end - timedelta(days=int(rng.integers(0, 400)))
                cid, _dm = members[int(rng.integers(len(members)))]
                kind = ACTIVITY_TYPES[int(rng.integers(len(ACTIVITY_TYPES)))]
                activity_id = _uuids(rng, 1)[0]
                due = day + timedelta(days=int(rng.integers(3, 30)))
                activities.append(
                    (
                        activity_id,
                        stamp,
                        stamp,
                        acc,
                        w.d(day),
                        kind,
                        cid,
                        "Обсудили потребности и условия поставки",
                        "Отправить коммерческое предложение",
                        w.d(due),
                    )
                )
                if i not in latest_step or day > latest_step[i][0]:
                    latest_step[i] = (day, due, cid, activity_id)
            if rng.random() < 0.35:
                stage = STAGES[int(rng.integers(len(STAGES)))]
                closed = stage in ("won", "lost")
                close_day = end - timedelta(days=int(rng.integers(0, 300)))
                opportunities.append(
                    (
                        _uuids(rng, 1)[0],
                        stamp,
                        stamp,
                        acc,
                        "Поставка расходных материалов на год",
                        stage,
                        int(rng.integers(2, 300)) * 10_000_00,
                        float(np.round(rng.uniform(0.1, 0.9), 2)),
                        w.d(end + timedelta(days=int(rng.integers(10, 180)))),
                        w.d(close_day) if closed else None,
                        ("Цена ниже у конкурента" if stage == "lost" else "Выгодный TCO")
                        if closed
                        else None,
                    )
                )
            n_comp = int(rng.choice([0, 0, 1, 2, 3, 4, 5]))
            if n_comp:
                names = rng.choice(len(COMPETITORS), size=n_comp, replace=False)
                shares = rng.dirichlet(np.ones(n_comp + 1))[:n_comp] * rng.uniform(0.3, 0.9)
                for c, s in zip(names, shares, strict=True):
                    competitors.append(
                        (
                            _uuids(rng, 1)[0],
                            stamp,
                            stamp,
                            acc,
                            COMPETITORS[int(c)],
                            float(round(s, 3)),
                        )
                    )
            if not self.prospect[i] and rng.random() < 0.6:
                for _ in range(int(rng.integers(1, 4))):
                    issued = end - timedelta(days=int(rng.integers(5, 330)))
                    due = issued + timedelta(days=int(rng.choice([14, 30, 45])))
                    late = rng.random() < 0.25
                    paid = None
                    if due < end or not late:
                        paid = (
                            due + timedelta(days=int(rng.integers(1, 40)))
                            if late
                            else (
                                issued
                                + timedelta(days=int(rng.integers(1, (due - issued).days + 1)))
                            )
                        )
                        if paid > end:
                            paid = None
                    receivables.append(
                        (
                            _uuids(rng, 1)[0],
                            stamp,
                            stamp,
                            acc,
                            f"СФ-{len(receivables) + 1:06d}",
                            int(rng.integers(10, 500)) * 1_000_00,
                            w.d(issued),
                            w.d(due),
                            w.d(paid),
                        )
                    )
            if not self.prospect[i] and rng.random() < 0.25:
                sid = _uuids(rng, 1)[0]
                cid, _dm = members[int(rng.integers(len(members)))]
                day = end - timedelta(days=int(rng.integers(0, 360)))
                score = int(np.clip(np.round(rng.normal(7.8, 2.0)), 0, 10))
                surveys.append(
                    (
                        sid,
                        stamp,
                        stamp,
                        acc,
                        cid,
                        OUR_DEPARTMENTS[int(rng.integers(4))],
                        w.d(day),
                        score,
                        None,
                    )
                )
                for attr, importance in (
                    ("Качество товара", 5.0),
                    ("Сроки поставки", 4.0),
                    ("Цена", 4.0),
                    ("Работа менеджера", 3.0),
                ):
                    ratings.append(
                        (
                            _uuids(rng, 1)[0],
                            stamp,
                            stamp,
                            sid,
                            attr,
                            int(np.clip(np.round(rng.normal(4.1, 0.8)), 1, 5)),
                            importance,
                        )
                    )
        ins = self.w.insert
        self.report.contacts = ins(
            "contact",
            (
                "account_id",
                "name",
                "position",
                "department",
                "buying_role",
                "is_decision_maker",
                "is_influencer",
                "phone",
                "email",
            ),
            [(r[0], r[1], r[2], *r[3:]) for r in contacts],
        )
        self.report.activities = ins(
            "activity",
            ("account_id", "date", "type", "contact_id", "summary", "next_step", "next_step_date"),
            activities,
        )
        self.report.tasks = ins(
            "task",
            ("account_id", "title", "due_on", "owner", "status", "contact_id", "source",
             "source_id", "outcome", "done_at"),
            self._tasks(latest_step),
        )  # fmt: skip
        self.report.opportunities = ins(
            "opportunity",
            (
                "account_id",
                "title",
                "stage",
                "amount_kop",
                "probability",
                "expected_close",
                "closed_on",
                "close_reason",
            ),
            opportunities,
        )
        self.report.competitors = ins(
            "competitor_presence", ("account_id", "competitor", "share"), competitors
        )
        self.report.receivables = ins(
            "receivable",
            ("account_id", "document", "amount_kop", "issued_date", "due_date", "paid_date"),
            receivables,
        )
        self.report.survey_answers = ins(
            "survey_answer",
            ("account_id", "contact_id", "department", "date", "nps", "comment"),
            surveys,
        )
        ins("csi_rating", ("survey_id", "attribute", "rating", "importance"), ratings)
        self.deliveries()

    def _tasks(self, latest: dict[int, tuple[date, date, str, str]]) -> list[tuple[Any, ...]]:
        """The task of each account's current next step (its latest activity's), as the
        window makes it: due within the last two weeks or later, still open (so some are
        overdue on the first start); earlier ones done, with their outcome. The ids are
        derived from the activity's, so that the random stream of the rest of the demo,
        and with it every figure, is what it was."""
        w, rows = self.w, []
        since = self.end - timedelta(days=14)
        for i, (_day, due, contact, activity) in sorted(latest.items()):
            open_ = due >= since
            rows.append((
                str(uuid.uuid5(uuid.NAMESPACE_OID, "task:" + activity)), w.stamp, w.stamp,
                self.account_ids[i], "Отправить коммерческое предложение", w.d(due),
                self.managers[self.account_manager[i]], "open" if open_ else "done", contact,
                "activity", activity, None if open_ else "КП отправлено",
                None if open_ else w.stamp,
            ))  # fmt: skip
        return rows

    def deliveries(self) -> None:
        rng = self.rng
        n_docs = len(self.doc_names)
        if n_docs == 0:
            return
        picked = rng.choice(n_docs, size=min(n_docs, max(1, n_docs // 10)), replace=False)
        picked.sort()
        rows = []
        stamp = self.w.stamp
        for d in picked.tolist():
            promised = date.fromordinal(int(self.doc_ordinal[d])) + timedelta(
                days=int(rng.integers(2, 10))
            )
            late = int(rng.choice([0, 0, 0, 0, 0, 0, 1, 2, 5]))
            ordered = float(rng.integers(5, 200))
            short = rng.random() < 0.08
            delivered_qty = ordered - float(rng.integers(1, 5)) if short else ordered
            rows.append(
                (
                    _uuids(rng, 1)[0],
                    stamp,
                    stamp,
                    self.account_ids[int(self.doc_client[d])],
                    self.doc_names[d],
                    self.w.d(promised),
                    self.w.d(promised + timedelta(days=late)),
                    ordered,
                    max(delivered_qty, 0.0),
                )
            )
        self.report.deliveries = self.w.insert(
            "delivery",
            (
                "account_id",
                "order_no",
                "promised_date",
                "delivered_date",
                "qty_ordered",
                "qty_delivered",
            ),
            rows,
        )

    def documents(self) -> None:
        """What a rep records at an account, for a deterministic share of them: SPIN
        answers, BANT scores, TCO comparisons, proposals (some exported, numbered as the
        company numbers them), development plans with milestones; and the company's
        profile, so that every tab and every document has something to show."""
        from sqlalchemy import insert, select

        from core.selling.proposal import Item
        from core.selling.spin import STARTER
        from storage.models import (
            AppSetting,
            BantScore,
            DevelopmentPlan,
            MilestoneReached,
            Proposal,
            ProposalVersion,
            SpinAnswer,
            SpinQuestion,
            TcoModel,
        )

        rng, conn, n = self.rng, self.conn, self.o.accounts
        stamp = datetime.combine(self.end, datetime.min.time(), tzinfo=UTC) + timedelta(hours=18)
        bank: list[tuple[Any, Any]] = [
            (row[0], row[1])
            for row in conn.execute(
                select(SpinQuestion.id, SpinQuestion.text_ru).where(
                    SpinQuestion.deleted_at.is_(None)
                )
            )
        ]
        if not bank:
            rows = [{"id": uid, "created_at": stamp, "updated_at": stamp, "block": block,
                     "text_ru": ru, "text_en": en, "industries": [],
                     "position": sum(b == block for b, _r, _e in STARTER[:k]) + 1}
                    for k, ((block, ru, en), uid) in enumerate(
                        zip(STARTER, _uuids(rng, len(STARTER)), strict=True))]  # fmt: skip
            conn.execute(insert(SpinQuestion), rows)
            bank = [(r["id"], r["text_ru"]) for r in rows]
        by_text = {ru: qid for qid, ru in bank}
        chosen = rng.permutation(n)
        spin_rows, bant_rows, tco_rows, proposal_rows, version_rows = [], [], [], [], []
        plan_rows, milestone_rows = [], []
        spun = chosen[: max(1, n // 4)]  # a quarter walked the SPIN bank
        for i in spun:
            day = self.end - timedelta(days=int(rng.integers(5, 200)))
            for question, answers in SPIN_ANSWERS.items():
                if question not in by_text or rng.random() < 0.3:
                    continue
                text_, money_ = answers[int(rng.integers(len(answers)))]
                spin_rows.append({"id": _uuids(rng, 1)[0], "created_at": stamp,
                                  "updated_at": stamp, "account_id": self.account_ids[i],
                                  "question_id": by_text[question], "answer": text_,
                                  "money_kop": money_, "answered_on": day})  # fmt: skip
        for i in chosen[: max(1, n * 3 // 10)]:  # three in ten scored by BANT
            scores = rng.integers(0, 4, size=4)
            bant_rows.append({"id": _uuids(rng, 1)[0], "created_at": stamp, "updated_at": stamp,
                              "account_id": self.account_ids[i], "budget": int(scores[0]),
                              "authority": int(scores[1]), "need": int(scores[2]),
                              "timing": int(scores[3]), "notes": {},
                              "scored_at": stamp - timedelta(days=int(rng.integers(1, 120))),
                              })  # fmt: skip
        offered = chosen[: min(400, max(1, n // 8))]  # one in eight has a proposal
        numbered: dict[int, int] = {}
        made = sorted(
            (self.end - timedelta(days=int(rng.integers(1, 180))), int(i)) for i in offered
        )
        for when, i in made:
            numbered[when.year] = numbered.get(when.year, 0) + 1
            people = self.contact_people[i]
            ranked = sorted(people, key=lambda c: (not c[4], c[3] != "economic"))
            addressed = [c[0] for c in ranked if c[4] or c[3]][:2]
            picks = rng.choice(len(self.sku), size=int(rng.integers(1, 5)), replace=False)
            items: list[dict[str, Any]] = []
            for k in picks:
                discount = float(rng.choice((0.0, 0.0, 0.02, 0.03, 0.05, 0.07)))
                # a discount is kept with a reason: the account's strategy may allow less
                reason = "согласовано с РОП: объём партии" if discount else ""
                items.append({"name": str(self.sku_name[k]), "sku": str(self.sku[k]),
                              "unit": "шт.", "quantity": int(rng.integers(1, 40)) * 5,
                              "price_kop": int(self.sku_price[k]), "discount": discount,
                              "keep_reason": reason})  # fmt: skip
            with_tco = rng.random() < 0.5
            sent = rng.random() < 0.6 or (self.end - when).days > 30  # old drafts were sent
            # a draft is still being prepared: its dates are ahead of the data's end
            valid_from = when if sent else self.end
            content = {
                "contacts": addressed,
                "block_a": "Сейчас у вас два поставщика, и сроки поставок срываются раз в "
                "месяц.\nКаждый час простоя линии из-за нехватки расходников обходится вам "
                "в прямые потери.",
                "block_b": "Предлагаем поставку со склада по графику и резерв под ваши "
                "объёмы на квартал.",
                "elements": ["cost_reduction", "availability", "risk_reduction"],
                "items": items,
                "vat_rate": 0.22,
                "include_tco": with_tco,
                "next_step": "Встреча на объекте для согласования графика поставок",
                "deadline": (valid_from + timedelta(days=14)).isoformat(),
                "valid_until": (valid_from + timedelta(days=30)).isoformat(),
                "our_contacts": f"Ваш менеджер: {self.managers[self.account_manager[i]]}",
                "payment_terms": DEMO_COMPANY["payment_terms"],
                "delivery_terms": DEMO_COMPANY["delivery_terms"],
                "warranty_terms": DEMO_COMPANY["warranty_terms"],
            }
            pid = _uuids(rng, 1)[0]
            created = datetime.combine(when, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
            proposal_rows.append({"id": pid, "created_at": created, "updated_at": created,
                                  "account_id": self.account_ids[i],
                                  "number": f"КП-{when.year}-{numbered[when.year]:04d}",
                                  "sequence": numbered[when.year], "title": "",
                                  "status": "sent" if sent else "draft",
                                  "content": content})  # fmt: skip
            if sent:
                version_rows.append({"id": _uuids(rng, 1)[0], "created_at": created,
                                     "updated_at": created, "proposal_id": pid, "number": 1,
                                     "content": content, "exported_at": created,
                                     "file_format": "pdf"})  # fmt: skip
            if with_tco:
                # the TCO's purchase price is the proposal's total before VAT
                price = sum(Item.from_dict(it).amount_kop for it in items)
                ours = {
                    "price_kop": price,
                    "delivery_kop": 0,
                    "maintenance_per_year_kop": price // 20,
                    "downtime_hours_per_year": 4,
                    "loss_per_hour_kop": 4_000_000,
                }
                theirs = {"price_kop": int(price * 0.9), "delivery_kop": price // 25,
                          "maintenance_per_year_kop": price // 12, "downtime_hours_per_year": 30,
                          "loss_per_hour_kop": 4_000_000}  # fmt: skip
                tco_rows.append({"id": _uuids(rng, 1)[0], "created_at": created,
                                 "updated_at": created, "account_id": self.account_ids[i],
                                 "title": "", "horizon_years": 3,
                                 "content": {"ours": ours, "theirs": theirs,
                                             "elements": content["elements"]}})  # fmt: skip
        for i in chosen[: min(300, max(1, n // 10))]:  # one in ten has a development plan
            dims = [int(v) for v in rng.integers(1, 6, size=6)]
            plan_rows.append({"id": _uuids(rng, 1)[0], "created_at": stamp, "updated_at": stamp,
                              "account_id": self.account_ids[i],
                              "cooperation": "Поставки расходных материалов и сервис",
                              "client_revenue_kop": int(rng.integers(50, 900)) * 1_000_000_00,
                              "sales_plan_kop": int(rng.integers(5, 60)) * 1_000_000_00,
                              "dsl_level": dims[0], "equipment_park": dims[1],
                              "joint_projects_level": dims[2], "production_visit": dims[3],
                              "joint_promo": dims[4],
                              "decision_maker_knowledge": dims[5]})  # fmt: skip
            reached = sorted(rng.choice(23, size=int(rng.integers(2, 12)), replace=False) + 1)
            for number in reached:
                milestone_rows.append({"id": _uuids(rng, 1)[0], "created_at": stamp,
                                       "updated_at": stamp, "account_id": self.account_ids[i],
                                       "milestone_no": int(number), "note": None,
                                       "reached_on": self.end - timedelta(
                                           days=int(rng.integers(10, 700)))})  # fmt: skip
        written = (
            (SpinAnswer, spin_rows), (BantScore, bant_rows), (TcoModel, tco_rows),
            (Proposal, proposal_rows), (ProposalVersion, version_rows),
            (DevelopmentPlan, plan_rows), (MilestoneReached, milestone_rows),
        )  # fmt: skip
        for model, rows in written:
            if rows:
                conn.execute(insert(model), rows)
        for key, value in DEMO_COMPANY.items():
            full = "company." + key
            if conn.execute(select(AppSetting.key).where(AppSetting.key == full)).first() is None:
                conn.execute(insert(AppSetting).values(key=full, value=value, updated_at=stamp))
        r = self.report
        r.spin_answers, r.bant_scores, r.proposals = len(spin_rows), len(bant_rows), len(made)
        r.development_plans, r.milestones = len(plan_rows), len(milestone_rows)

    def plans_and_regions(self) -> None:
        rng, w = self.rng, self.w
        stamp = w.stamp
        rows = []
        revenue = getattr(self, "buyer_revenue", np.zeros(self.o.accounts))
        per_manager = np.bincount(
            self.account_manager, weights=revenue, minlength=len(self.managers)
        )
        for k, manager in enumerate(self.managers):
            monthly = per_manager[k] / MONTHS
            for m in range(MONTHS + 3):
                month = self.month_start(m)
                plan = round(monthly * rng.uniform(0.95, 1.2) / 100_000) * 100_000
                rows.append(
                    (
                        _uuids(rng, 1)[0],
                        stamp,
                        stamp,
                        manager,
                        w.d(month),
                        plan,
                        int(rng.integers(1, 6)),
                    )
                )
        self.report.plans = w.insert(
            "sales_plan", ("manager", "month", "revenue_plan_kop", "new_clients_plan"), rows
        )
        regions = []
        counts = np.bincount(
            _pick(rng, [(r, wt) for r, _, wt in REGIONS], self.o.accounts), minlength=len(REGIONS)
        )
        for (region, _code, _wt), count in zip(REGIONS, counts, strict=True):
            total = int(max(count, 1) * rng.uniform(8, 20))
            regions.append(
                (_uuids(rng, 1)[0], stamp, stamp, region, total, int(total * rng.uniform(0.1, 0.2)))
            )
        self.report.regions = w.insert(
            "region_universe", ("region", "total_outlets", "potential_outlets"), regions
        )
