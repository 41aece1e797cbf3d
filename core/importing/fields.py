"""What each kind of file holds (METHODS.md §1), and how headers are recognised.

A header is compared with a field's synonyms after :func:`header_key`: lower case,
ё → е, text in parentheses and currency words dropped, and everything that is not a
letter or digit removed ("Сумма, руб." → "сумма", "Кол-во" → "колво").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.importing import values as v

_PARENS = re.compile(r"\(.*?\)|\[.*?\]")
_CURRENCY_WORDS = re.compile(r"\b(руб|rub|gbp|usd|eur|тыс|шт|₽|£|\$|€)\b\.?")
_NON_WORD = re.compile(r"[^0-9a-zа-я]")


def header_key(header: object) -> str:
    if header is None:
        return ""
    text = str(header).lower().replace("ё", "е")
    text = _PARENS.sub(" ", text)
    text = _CURRENCY_WORDS.sub(" ", text)
    return _NON_WORD.sub("", text)


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English; the window translates it
    parse: Callable[[Any], Any]
    synonyms: tuple[str, ...] = ()
    multi: bool = False  # several columns may map to it (CSI attributes)
    # headers that name this field only with a per cent sign («Скидка, %»: the discount
    # per cent; «Скидка» alone is the discount in money)
    percent_synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    fields: tuple[Field, ...]
    # each inner tuple: at least one of these fields must be mapped
    required: tuple[tuple[str, ...], ...]
    # fields that point at this kind when guessing it from the columns
    distinctive: frozenset[str] = field(default_factory=frozenset)

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


def _syn(*words: str) -> tuple[str, ...]:
    return tuple(header_key(w) for w in words)


# --- the account a row belongs to (every kind but plans and regions) -----------------------

ACCOUNT_NAME = Field(
    "account_name",
    "Client name",
    v.text,
    _syn(
        "Контрагент",
        "Покупатель",
        "Клиент",
        "Наименование",
        "Наименование контрагента",
        "Наименование клиента",
        "Наименование покупателя",
        "Полное наименование",
        "Компания",
        "Название компании",
        "Организация",
        "Заказчик",
        "Партнер",
        "Название",
        "Client",
        "Customer",
        "Customer name",
        "Client name",
        "cl_name",
        "cust_name",
        "Company",
        "Company name",
        "Account",
        "Account name",
        "Name",
    ),
)
ACCOUNT_INN = Field(
    "inn",
    "INN",
    v.inn,
    _syn("ИНН", "ИНН контрагента", "ИНН клиента", "ИНН покупателя", "INN", "Tax ID", "TIN"),
)
ACCOUNT_KPP = Field("kpp", "KPP", v.kpp, _syn("КПП", "КПП контрагента", "KPP"))
ACCOUNT_CODE = Field(
    "code",
    "Client code",
    v.text,
    _syn(
        "Код",
        "Код контрагента",
        "Код клиента",
        "Код 1С",
        "Внешний код",
        "Идентификатор",
        "ID клиента",
        "CustomerID",
        "Customer ID",
        "Client ID",
        "Account ID",
        "Customer code",
        "External ID",
        "ID",
    ),
)
REGION = Field(
    "region",
    "Region",
    v.text,
    _syn("Регион", "Город", "Область", "Страна", "Территория", "Region", "City", "Country"),
)
MANAGER = Field(
    "manager",
    "Manager",
    v.text,
    _syn(
        "Менеджер",
        "Ответственный",
        "Ответственный менеджер",
        "Отвественный менеджер",  # as seed 000's account plan spells it
        "Торговый представитель",
        "Менеджер клиента",
        "Manager",
        "Sales rep",
        "Account manager",
        "Owner",
        "Responsible",
    ),
)
CHANNEL = Field(
    "channel", "Channel", v.text, _syn("Канал", "Канал продаж", "Channel", "Sales channel")
)
ACCOUNT_REF = (ACCOUNT_NAME, ACCOUNT_INN, ACCOUNT_KPP, ACCOUNT_CODE)
ACCOUNT_REQUIRED = ("account_name", "inn", "code")

CLIENTS = Kind(
    "clients",
    "Clients",
    (
        *ACCOUNT_REF,
        Field(
            "industry",
            "Industry (market)",
            v.market,
            _syn(
                "Отрасль",
                "Рынок",
                "Сфера деятельности",
                "Сфера",
                "Тип клиента (отрасль)",
                "Industry",
                "Market",
                "Sector",
            ),
        ),
        REGION,
        CHANNEL,
        MANAGER,
        Field(
            "size",
            "Business size",
            v.size,
            _syn(
                "Размер",
                "Размер бизнеса",
                "Масштаб",
                "Размер компании",
                "Size",
                "Business size",
                "Company size",
            ),
        ),
        Field(
            "potential",
            "Potential (yearly spend)",
            v.money,
            _syn(
                "Потенциал",
                "Потенциал клиента",
                "Потенциальная емкость клиента",  # seed 002: the capacity bands of §4
                "Годовой объем закупок",
                "Potential",
                "Wallet",
                "Annual spend",
            ),
        ),
        Field(
            "capacity_units",
            "Capacity units",
            v.number,
            _syn(
                "Емкость",
                "Единицы емкости",
                "Количество точек",
                "Количество кресел",
                "Кол-во кресел",  # seed 000's PSC table
                "Capacity",
                "Capacity units",
                "Outlets",
            ),
        ),
        Field(
            "status",
            "Status",
            v.status,
            _syn("Статус", "Статус клиента", "Тип компании", "Status", "Client status"),
        ),
        Field(
            "address",
            "Address",
            v.text,
            _syn("Адрес", "Юридический адрес", "Фактический адрес", "Address"),
        ),
        Field(
            "phone",
            "Phone",
            v.text,
            _syn("Телефон", "Рабочий телефон", "Phone", "Telephone", "Tel"),
        ),
        Field("email", "E-mail", v.text, _syn("E-mail", "Email", "Электронная почта", "Почта")),
        Field("notes", "Notes", v.text, _syn("Комментарий", "Примечание", "Notes", "Comment")),
        Field(
            "lead_source",
            "Lead source",
            v.lead_source,
            _syn(
                "Источник",
                "Источник лида",
                "Канал привлечения",
                "Откуда узнали",
                "Source",
                "Lead source",
            ),
        ),
    ),
    (ACCOUNT_REQUIRED,),
    frozenset({"industry", "size", "potential", "capacity_units", "status", "address", "kpp"}),
)

DATE = Field(
    "date",
    "Date",
    v.date_value,
    _syn(
        "Дата",
        "Дата документа",
        "Дата продажи",
        "Дата реализации",
        "Дата отгрузки",
        "Период",
        "Date",
        "Invoice date",
        "InvoiceDate",
        "Order date",
        "Sale date",
    ),
)

SALES = Kind(
    "sales",
    "Sales",
    (
        DATE,
        Field(
            "doc_no",
            "Document no.",
            v.text,
            _syn(
                "Документ",
                "Номер документа",
                "Номер",
                "Накладная",
                "Регистратор",
                "Номер заказа",
                "Счет",
                "Invoice",
                "InvoiceNo",
                "Invoice no",
                "Invoice number",
                "Order",
                "Order no",
                "Order number",
                "Document",
                "Document no",
            ),
        ),
        *ACCOUNT_REF,
        Field(
            "sku",
            "SKU",
            v.text,
            _syn(
                "Артикул",
                "Код товара",
                "Код номенклатуры",
                "SKU",
                "StockCode",
                "Stock code",
                "Item code",
                "Product code",
            ),
        ),
        Field(
            "product_name",
            "Product",
            v.text,
            _syn(
                "Номенклатура",
                "Товар",
                "Наименование товара",
                "Продукция",
                "Description",
                "Product",
                "Product name",
                "Item",
            ),
        ),
        Field(
            "product_group",
            "Product group",
            v.text,
            _syn(
                "Номенклатурная группа",
                "Группа номенклатуры",
                "Группа товаров",
                "Товарная группа",
                "Категория",
                "Группа",
                "Category",
                "Product group",
                "Group",
            ),
        ),
        Field(
            "quantity",
            "Quantity",
            v.number,
            _syn("Количество", "Кол-во", "Кол", "Qty", "Quantity", "Units"),
        ),
        Field(
            "price",
            "Unit price",
            v.money,
            _syn("Цена", "Цена за единицу", "Цена за ед", "UnitPrice", "Unit price", "Price"),
        ),
        Field(
            "amount",
            "Amount",
            v.money,
            _syn(
                "Сумма",
                "Выручка",
                "Сумма с НДС",
                "Сумма без НДС",
                "Сумма продажи",
                "Стоимость",
                "Net amount",
                "Amount",
                "Revenue",
                "Sales",
                "Line total",
            ),
        ),
        Field(
            "cost",
            "Cost",
            v.money,
            _syn("Себестоимость", "Себестоимость продаж", "Cost", "COGS", "Cost amount"),
        ),
        Field(
            "discount",
            "Discount",
            v.money,
            _syn("Скидка", "Сумма скидки", "Скидка, руб", "Discount", "Discount amount"),
        ),
        Field(
            "list_price",
            "List price",
            v.money,
            _syn(
                "Цена по прайсу",
                "Цена без скидки",
                "Прайсовая цена",
                "Цена прайса",
                "Базовая цена",
                "List price",
                "Price list",
                "Catalogue price",
            ),
        ),
        Field(
            "discount_percent",
            "Discount, %",
            v.per_cent,
            _syn("Процент скидки", "Скидка в процентах", "Discount percent", "Discount rate"),
            percent_synonyms=_syn("Скидка", "Скидки", "Discount"),  # «Скидка, %», «% скидки»
        ),
        REGION,
        MANAGER,
        CHANNEL,
    ),
    (("date",), ("amount", "price"), ACCOUNT_REQUIRED),
    frozenset({"doc_no", "sku", "product_name", "product_group", "quantity", "price", "cost"}),
)

CONTACTS = Kind(
    "contacts",
    "Contacts",
    (
        Field(
            "contact_name",
            "Contact name",
            v.text,
            _syn(
                "ФИО",
                "Контактное лицо",
                "Контакт",
                "Имя",
                "Сотрудник",
                "Contact",
                "Contact name",
                "Full name",
                "Person",
            ),
        ),
        *ACCOUNT_REF,
        Field("position", "Position", v.text, _syn("Должность", "Position", "Job title", "Title")),
        Field(
            "department",
            "Department",
            v.text,
            _syn("Отдел", "Подразделение", "Департамент", "Department"),
        ),
        Field(
            "buying_role",
            "Buying role",
            v.buying_role,
            _syn("Роль", "Роль в закупке", "Роль в закупках", "Buying role", "Role"),
        ),
        Field(
            "decision_maker",
            "Decision maker (ЛПР)",
            v.flag,
            _syn("ЛПР", "Лицо принимающее решение", "Decision maker"),
        ),
        Field(
            "influencer",
            "Influencer (ЛВР)",
            v.flag,
            _syn("ЛВР", "Лицо влияющее на решение", "Influencer"),
        ),
        Field("phone", "Phone", v.text, _syn("Телефон", "Мобильный", "Phone", "Mobile")),
        Field("email", "E-mail", v.text, _syn("E-mail", "Email", "Электронная почта", "Почта")),
    ),
    (("contact_name",), ACCOUNT_REQUIRED),
    frozenset({"contact_name", "position", "department", "buying_role", "decision_maker"}),
)

COMPETITORS = Kind(
    "competitors",
    "Competitors",
    (
        *ACCOUNT_REF,
        Field(
            "competitor",
            "Competitor",
            v.text,
            _syn("Конкурент", "Название конкурента", "Competitor", "Competitor name"),
        ),
        Field(
            "share",
            "Share of wallet",
            v.share,
            _syn("Доля", "Доля конкурента", "Доля кошелька", "Share", "Wallet share", "SOW"),
        ),
    ),
    (("competitor",), ACCOUNT_REQUIRED),
    frozenset({"competitor", "share"}),
)

RECEIVABLES = Kind(
    "receivables",
    "Receivables",
    (
        *ACCOUNT_REF,
        Field(
            "document",
            "Document",
            v.text,
            _syn("Документ", "Номер документа", "Счет", "Накладная", "Document", "Invoice"),
        ),
        Field(
            "amount",
            "Amount",
            v.money,
            _syn(
                "Сумма",
                "Сумма долга",
                "Задолженность",
                "Долг",
                "Amount",
                "Balance",
                "Outstanding",
            ),
        ),
        Field(
            "issued_date",
            "Issued",
            v.date_value,
            _syn("Дата документа", "Дата счета", "Дата выставления", "Issued", "Invoice date"),
        ),
        Field(
            "due_date",
            "Due date",
            v.date_value,
            _syn(
                "Срок оплаты",
                "Плановая дата оплаты",
                "Дата погашения",
                "Оплатить до",
                "Due date",
                "Due",
            ),
        ),
        Field(
            "paid_date",
            "Paid on",
            v.date_value,
            _syn(
                "Дата оплаты",
                "Оплачено",
                "Фактическая дата оплаты",
                "Paid",
                "Paid on",
                "Payment date",
            ),
        ),
    ),
    (("amount",), ("due_date",), ACCOUNT_REQUIRED),
    frozenset({"due_date", "paid_date"}),
)

DELIVERIES = Kind(
    "deliveries",
    "Deliveries",
    (
        *ACCOUNT_REF,
        Field(
            "order_no",
            "Order",
            v.text,
            _syn("Заказ", "Номер заказа", "Order", "Order no", "Order number"),
        ),
        Field(
            "promised_date",
            "Promised date",
            v.date_value,
            _syn(
                "Обещанная дата",
                "Плановая дата",
                "Плановая дата поставки",
                "Срок поставки",
                "Promised date",
                "Requested date",
            ),
        ),
        Field(
            "delivered_date",
            "Delivered on",
            v.date_value,
            _syn(
                "Фактическая дата",
                "Фактическая дата поставки",
                "Дата поставки",
                "Delivered",
                "Delivered on",
                "Delivery date",
            ),
        ),
        Field(
            "qty_ordered",
            "Ordered",
            v.number,
            _syn("Заказано", "Количество заказано", "Ordered", "Qty ordered", "Ordered qty"),
        ),
        Field(
            "qty_delivered",
            "Delivered qty",
            v.number,
            _syn(
                "Поставлено",
                "Отгружено",
                "Количество поставлено",
                "Delivered qty",
                "Qty delivered",
            ),
        ),
    ),
    (("promised_date",), ("qty_ordered",), ACCOUNT_REQUIRED),
    frozenset({"promised_date", "delivered_date", "qty_ordered", "qty_delivered"}),
)

SURVEYS = Kind(
    "surveys",
    "Surveys",
    (
        Field("date", "Date", v.date_value, _syn("Дата", "Дата опроса", "Date", "Survey date")),
        *ACCOUNT_REF,
        Field(
            "contact_name",
            "Contact name",
            v.text,
            _syn("ФИО", "Контактное лицо", "Респондент", "Contact", "Respondent"),
        ),
        Field(
            "department",
            "Our department",
            v.text,
            _syn("Отдел", "Подразделение", "Наш отдел", "Department"),
        ),
        Field(
            "nps",
            "NPS score (0–10)",
            v.nps,
            _syn(
                "NPS",
                "Оценка NPS",
                "Готовность рекомендовать",
                "Вероятность рекомендации",
                "Likelihood to recommend",
            ),
        ),
        Field("comment", "Comment", v.text, _syn("Комментарий", "Отзыв", "Comment", "Feedback")),
        Field("csi", "CSI rating (1–5)", v.rating, multi=True),
    ),
    (("date",), ("nps", "csi"), ACCOUNT_REQUIRED),
    frozenset({"nps", "csi"}),
)

PLANS = Kind(
    "plans",
    "Sales plans",
    (
        Field(
            "manager",
            "Manager",
            v.text,
            _syn("Менеджер", "Ответственный", "Торговый представитель", "Manager", "Sales rep"),
        ),
        Field("month", "Month", v.month, _syn("Месяц", "Период", "Month", "Period")),
        Field(
            "revenue_plan",
            "Revenue plan",
            v.money,
            _syn("План выручки", "План продаж", "План", "Revenue plan", "Sales plan", "Plan"),
        ),
        Field(
            "new_clients_plan",
            "New clients plan",
            v.whole,
            _syn(
                "План новых клиентов",
                "Новые клиенты план",
                "План по новым клиентам",
                "New clients plan",
                "New clients",
            ),
        ),
    ),
    (("manager",), ("month",), ("revenue_plan", "new_clients_plan")),
    frozenset({"month", "revenue_plan", "new_clients_plan"}),
)

REGIONS = Kind(
    "regions",
    "Regions",
    (
        Field("region", "Region", v.text, _syn("Регион", "Город", "Область", "Region", "City")),
        Field(
            "total_outlets",
            "All possible clients",
            v.whole,
            _syn(
                "Всего точек",
                "Всего клиентов в регионе",
                "Универсум",
                "Общее число клиентов",
                "Общая",  # seed 002's table of coverage by region, under «КБ»
                "Total outlets",
                "Universe",
            ),
        ),
        Field(
            "potential_outlets",
            "Potential (targeted) clients",
            v.whole,
            _syn(
                "Потенциальные клиенты",
                "Целевые клиенты",
                "Потенциал",
                "Потенциальная",  # seed 002, beside «Общая»
                "Potential outlets",
                "Targeted",
                "Potential",
            ),
        ),
    ),
    (("region",), ("total_outlets", "potential_outlets")),
    frozenset({"total_outlets", "potential_outlets"}),
)

COSTS = Kind(
    "costs",
    "Channel costs",
    (
        Field("month", "Month", v.month, _syn("Месяц", "Период", "Month", "Period")),
        Field(
            "source",
            "Channel",
            v.lead_source,
            _syn("Канал привлечения", "Источник", "Канал", "Channel", "Source", "Lead source"),
        ),
        Field(
            "cost",
            "Cost",
            v.money,
            _syn("Затраты", "Расходы", "Бюджет", "Стоимость", "Cost", "Spend", "Budget"),
        ),
    ),
    (("month",), ("source",), ("cost",)),
    frozenset({"month", "source", "cost"}),
)

KIND_BY_KEY: dict[str, Kind] = {
    k.key: k
    for k in (
        CLIENTS,
        SALES,
        CONTACTS,
        COMPETITORS,
        RECEIVABLES,
        DELIVERIES,
        SURVEYS,
        PLANS,
        REGIONS,
        COSTS,
    )
}


def _csi_header(key: str) -> bool:
    return key.startswith(("csi", "оценка", "rating")) and key not in ("оценкаnps",)


def guess_mapping(kind: Kind, headers: Sequence[object]) -> dict[int, str]:
    """Column index → field key for the columns whose header is a known synonym.

    A field takes the first column that names it; a multi field takes every such column.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    keys = [header_key(h) for h in headers]
    percent = ["%" in str(h) if h is not None else False for h in headers]
    for f in kind.fields:
        for i, key in enumerate(keys):
            if not key or i in mapping:
                continue
            if percent[i] and f.parse is v.money:
                continue  # «Скидка, %» is not money
            hit = (
                key in f.synonyms
                or (percent[i] and key in f.percent_synonyms)
                or (f.multi and f.key == "csi" and _csi_header(key))
            )
            if hit and (f.multi or f.key not in taken):
                mapping[i] = f.key
                taken.add(f.key)
                if not f.multi:
                    break
    return mapping


def missing_required(kind: Kind, mapping: dict[int, str]) -> list[tuple[str, ...]]:
    mapped = set(mapping.values())
    return [group for group in kind.required if not mapped.intersection(group)]


def header_score(headers: Sequence[object]) -> int:
    """How many cells of a row name a field of some kind (for finding the header row)."""
    return max(len(guess_mapping(k, headers)) for k in KIND_BY_KEY.values())


def guess_kind(headers: Sequence[object]) -> Kind | None:
    """The kind whose required fields are all present and which explains the columns best."""
    best: tuple[int, int, int] | None = None
    found: Kind | None = None
    for order, kind in enumerate(KIND_BY_KEY.values()):
        mapping = guess_mapping(kind, headers)
        if missing_required(kind, mapping):
            continue
        mapped = set(mapping.values())
        score = (len(mapped & kind.distinctive), len(mapping), -order)
        if best is None or score > best:
            best, found = score, kind
    return found


def header_signature(headers: Sequence[object]) -> str:
    """A stable fingerprint of a header row, to remember the user's mapping for it."""
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()
