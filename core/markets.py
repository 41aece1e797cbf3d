"""The twelve markets (industries) of seed 000, METHODS.md §9."""

from __future__ import annotations

# code → (English, Russian)
MARKETS: dict[int, tuple[str, str]] = {
    1: (
        "Mining, processing, manufacturing and distribution",
        "Добыча, переработка, производство и дистрибуция",
    ),
    2: ("Hotels, restaurants and retail", "Отели, рестораны и розничная торговля"),
    3: ("Government and education", "Правительственные организации и образование"),
    4: ("IT and e-commerce", "Информационные технологии и e-com"),
    5: ("Finance and insurance", "Финансы и страхование"),
    6: ("Buildings and construction", "Здания и строительство"),
    7: ("Vehicles and logistics", "Средства передвижения и логистика"),
    8: ("Professional services", "Профессиональные сервисные фирмы"),
    9: ("Health, medicine and beauty", "Здоровье, медицина и красота"),
    10: ("Media and entertainment", "СМИ и развлечения"),
    11: ("Agriculture", "Сельское хозяйство"),
    12: ("FMCG", "FMCG (товары повседневного спроса)"),
}


# the words a hand-made or exported client list uses for a market, beside its full name
ALIASES: dict[int, tuple[str, ...]] = {
    1: ("Производство", "Промышленность", "Дистрибуция", "Добыча", "Manufacturing", "Mining"),
    2: (
        "HoReCa",
        "Хорека",
        "Ритейл",
        "Розница",
        "Розничная торговля",
        "Рестораны",
        "Отели",
        "Retail",
        "Hospitality",
    ),
    3: ("Госсектор", "Государство", "Образование", "Government", "Education"),
    4: ("IT", "ИТ", "E-commerce", "Интернет-магазин", "Информационные технологии"),
    5: ("Финансы", "Банки", "Страхование", "Finance", "Banking", "Insurance"),
    6: ("Строительство", "Девелопмент", "Недвижимость", "Construction", "Real estate"),
    7: ("Логистика", "Транспорт", "Автомобили", "Logistics", "Transport", "Automotive"),
    8: ("Услуги", "Профессиональные услуги", "Консалтинг", "Services", "Consulting"),
    9: (
        "Медицина",
        "Здравоохранение",
        "Красота",
        "Фармацевтика",
        "Healthcare",
        "Medicine",
        "Beauty",
    ),
    10: ("СМИ", "Медиа", "Развлечения", "Media", "Entertainment"),
    11: ("Агро", "АПК", "Агропром", "Agro", "Farming"),
    12: ("Товары повседневного спроса", "ТНП", "Consumer goods"),
}


def market_name(code: int | None, language: str = "en") -> str:
    """The market's name in ``language`` ("en" or "ru"); empty for no or an unknown code."""
    if code is None or code not in MARKETS:
        return ""
    english, russian = MARKETS[code]
    return russian if language == "ru" else english
