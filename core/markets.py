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


def market_name(code: int | None, language: str = "en") -> str:
    """The market's name in ``language`` ("en" or "ru"); empty for no or an unknown code."""
    if code is None or code not in MARKETS:
        return ""
    english, russian = MARKETS[code]
    return russian if language == "ru" else english
