"""Numbers and dates for the user's locale (spaces between thousands in Russian)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


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
