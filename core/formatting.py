"""Numbers, money, percentages and dates for a language, outside the window (documents,
the command line's messages): CLDR's rules through Babel, so that Russian groups
thousands with a no-break space and writes «22 %», English «1,234.50» and «22%».
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_decimal


def _locale(language: str) -> str:
    return "ru" if language == "ru" else "en"


def number(value: float | int | Decimal, language: str = "ru", decimals: int = 0) -> str:
    """Grouped thousands, ``decimals`` places (0: as many as the value needs, up to 3)."""
    fmt = "#,##0." + "0" * decimals if decimals else "#,##0.###"
    return format_decimal(_dec(value), format=fmt, locale=_locale(language))


def _dec(value: float | int | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def money(kop: int | float, language: str = "ru", decimals: int = 2) -> str:
    """Kopecks as roubles: «1 234 567,50» (ru), "1,234,567.50" (en)."""
    fmt = "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(_dec(kop) / 100, format=fmt, locale=_locale(language))


def percent(fraction: float, language: str = "ru", decimals: int = 0) -> str:
    """A fraction as a percentage: «22 %» (ru, with a no-break space, as CLDR has it),
    "22%" (en)."""
    fmt = "#,##0." + "0" * decimals if decimals else "#,##0"
    text = format_decimal(_dec(fraction) * 100, format=fmt, locale=_locale(language))
    return text + ("\u00a0%" if _locale(language) == "ru" else "%")


def day(value: date | None, language: str = "ru") -> str:
    """«01.12.2026» in Russian, "01.12.2026" too in English documents (a date every
    Russian reader and a European one read alike); "—" when there is none."""
    return value.strftime("%d.%m.%Y") if value else "—"
