"""Numbers and dates for the user's locale (spaces between thousands in Russian)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def ui_language() -> str:
    """«ru» or «en»: the language of the window's locale, for core's plural words."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def money(kop: int | float | None, decimals: int = 0) -> str:
    """Kopecks as roubles in the current locale: 1 234 567 (ru) or 1,234,567 (en)."""
    if kop is None:
        return ""
    return QLocale().toString(float(kop) / 100.0, "f", decimals)


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float | None, decimals: int = 1) -> str:
    if fraction is None:
        return ""
    return QLocale().toString(fraction * 100.0, "f", decimals) + " %"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def moment(value: datetime | None) -> str:
    """A date and time in the user's locale and time zone (short form)."""
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
        QLocale.FormatType.ShortFormat,
    )


def quoted(text: str) -> str:
    """A name in quotation marks of the UI's language, without nesting the same marks:
    «ООО „Альфа“» in Russian, “LLC «Alfa»” in English."""
    if QLocale().language() == QLocale.Language.Russian:
        return "«" + text.replace("«", "„").replace("»", "“") + "»"
    return "“" + text + "”"


def exact(value: float | None) -> str:
    """A quantity or a rate as typed, without trailing zeros: 1,5 · 12 · 0,125."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 12)


def axis(kind: str) -> Any:
    """A matplotlib tick formatter in the locale's format: ``"percent"`` (ticks already
    in per cent: 50 → «50 %»), ``"millions"`` (roubles in millions, one decimal) or
    ``"number"`` (whole numbers with the locale's grouping)."""
    from matplotlib.ticker import FuncFormatter

    def shown(value: float, _pos: Any = None) -> str:
        if kind == "percent":
            return percent(value / 100.0, 0)
        if kind == "millions":
            return number(value / 1e6, 1)
        if kind == "decimal":
            return number(value, 1)
        return number(value, 0)

    return FuncFormatter(shown)
