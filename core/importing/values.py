"""Cell values as spreadsheets and CSV exports hold them, turned into typed values.

Every parser takes what the reader produced (str, float, int, bool, date, datetime or
``None``) and returns the typed value, ``None`` for an empty cell, or raises
:class:`ValueProblem` with a sentence a user understands.

Numbers: Excel numbers, or text with spaces / non-breaking spaces / apostrophes between
thousands and a comma or a dot for decimals ("14 443 081,40", "1,234.50", "1.234,50"),
currency marks (р., руб., ₽, £, $, €), a trailing %, negatives with a minus (also the
typographic − and –) or in parentheses. With only one separator kind in the text, a
comma is the decimal mark (Russian files) unless it occurs more than once; a dot is the
decimal mark unless it occurs more than once.

Dates: Excel dates, Excel serial numbers, text ``dd.mm.yyyy``, ``dd.mm.yy``,
``yyyy-mm-dd``, each optionally followed by a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from core.inn import is_valid_inn, is_valid_kpp
from core.markets import ALIASES as MARKET_ALIASES
from core.markets import MARKETS
from core.messages import say


class ValueProblem(ValueError):
    """A cell that cannot be read as the field's type; the message says why."""


class ValueDoubt(ValueError):
    """A cell read as ``value``, with a doubt the import reports as a row warning."""

    def __init__(self, value: object, message: str) -> None:
        super().__init__(message)
        self.value = value


EXCEL_ERRORS = frozenset(
    {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"}
)
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_EPOCH_1904 = date(1904, 1, 1)  # the 1904 date system (Excel for Mac before 2011)
# Excel's 1900 calendar counts a 29 February 1900 that never was: a date it shows before
# 1 March 1900 may be a day off, and serial 60 is no date at all
_PHANTOM_END = date(1900, 3, 1)
# Serial numbers taken as dates: 1 Jan 1950 … 31 Dec 2099.
SERIAL_MIN, SERIAL_MAX = 18264, 73050

_CURRENCY = re.compile(r"(руб\.?|р\.|₽|£|\$|€|rub|gbp|usd|eur)", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_NUMBER = re.compile(r"^\d*(?:\.\d*)?$")
_DATE_DMY = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_DATE_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$"
)
_MONTH_TEXT = re.compile(r"^(\d{1,2})[./-](\d{4})$|^(\d{4})-(\d{1,2})$")
_KOP = Decimal("0.01")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_error(value: object) -> None:
    if isinstance(value, str) and "#" in value and value.strip().upper() in EXCEL_ERRORS:
        raise ValueProblem(
            say("formula_error", "the cell holds the formula error {error}", error=value.strip())
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value: object) -> str | None:
    """Text as written, without control characters (a tab or line break inside a cell
    stays); Excel numbers that are whole print without ``.0``."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value.isprintable():
            value = _CONTROL.sub(" ", value)
        value = value.strip()
        check_error(value)
        return value or None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _decimal_text(raw: str) -> tuple[Decimal, bool]:
    """(number, was_percent) from a number written as text."""
    s = raw.strip()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY.sub("", s)
    s = _SPACES.sub("", s)
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    if s[:1] in "-−–":
        negative, s = not negative, s[1:]
    elif s[:1] == "+":
        s = s[1:]
    if s.endswith("-"):  # 1C writes some negatives as "1 234,00-"
        negative, s = not negative, s[:-1]
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif commas:
        s = s.replace(",", "") if commas > 1 else s.replace(",", ".")
    elif dots > 1:
        s = s.replace(".", "")
    if not s or not _NUMBER.match(s) or s == ".":
        raise ValueProblem(say("not_number", "«{value}» is not a number", value=raw))
    try:
        number = Decimal(s)
    except InvalidOperation:
        raise ValueProblem(say("not_number", "«{value}» is not a number", value=raw)) from None
    return (-number if negative else number), percent


def decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None if value is None else Decimal(int(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem(say("not_finite", "the cell holds no finite number"))
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        if not value.strip():
            return None
        check_error(value)
        number, percent = _decimal_text(value)
        return number / 100 if percent else number
    raise ValueProblem(say("not_number", "«{value}» is not a number", value=value))


def number(value: object) -> float | None:
    if type(value) is float:
        if value != value:
            raise ValueProblem(say("not_finite", "the cell holds no finite number"))
        return value
    if type(value) is int:
        return float(value)
    result = decimal(value)
    return None if result is None else float(result)


def money(value: object) -> int | None:
    """Kopecks (integer), rounded half up."""
    if type(value) is float and value == value and abs(value) < 1e13:
        scaled = value * 100
        nearest = round(scaled)
        if abs(scaled - nearest) < 1e-6:  # not a half kopeck: the float is exact enough
            return int(nearest)
        return int((Decimal(repr(value)) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    result = decimal(value)
    if result is None:
        return None
    return int((result * 100).quantize(Decimal(1), ROUND_HALF_UP))


def kop_of(quantity: float, price_kop: int) -> int:
    """Quantity × price in kopecks, rounded half up (a whole quantity: exact as it is)."""
    if type(quantity) is float and quantity.is_integer() and abs(quantity) < 1e15:
        return int(quantity) * price_kop
    return int((Decimal(repr(quantity)) * price_kop).quantize(Decimal(1), ROUND_HALF_UP))


def whole(value: object) -> int | None:
    result = number(value)
    if result is None:
        return None
    if not float(result).is_integer():
        raise ValueProblem(say("not_whole", "«{value}» is not a whole number", value=value))
    return int(result)


@dataclass(frozen=True)
class PerCent:
    """A discount per cent as the cell gave it: ``value`` with ``explicit`` when the text
    carried a per cent sign (then already a fraction); a bare number is read by its
    column (:func:`core.importing.engine` decides: per cent if any exceeds 1)."""

    value: float
    explicit: bool


def per_cent(value: object) -> PerCent | None:
    """«10 %» → 0.10 (explicit); 10, «0,5» → the bare number, read by its column."""
    if isinstance(value, str) and "%" in value:
        result = decimal(value.replace("%", ""))
        if result is None:
            return None
        if result < 0 or result > 100:
            raise ValueProblem(
                say("not_share", "«{value}» is not a share between 0 and 100%", value=value)
            )
        return PerCent(float(result) / 100, True)
    result = decimal(value)
    if result is None:
        return None
    if result < 0 or result > 100:
        raise ValueProblem(
            say("not_share", "«{value}» is not a share between 0 and 100%", value=value)
        )
    return PerCent(float(result), False)


def share(value: object) -> float | None:
    """A share 0..1: "34%", "34 %", 0.34, or 34 (read as percent when above 1)."""
    result = decimal(value)
    if result is None:
        return None
    if result > 1:
        result = result / 100
    if result < 0 or result > 1:
        raise ValueProblem(
            say("not_share", "«{value}» is not a share between 0 and 100%", value=value)
        )
    return float(result)


def date_value(value: object, epoch: date = EXCEL_EPOCH) -> date | None:
    """A date from a cell: a date, an Excel serial number counted from ``epoch`` (the
    workbook's date system) or text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if value < _PHANTOM_END and epoch == EXCEL_EPOCH:
            raise ValueDoubt(
                value,
                say(
                    "phantom_1900",
                    "{date:%d.%m.%Y} is before 1 March 1900, where Excel's calendar counts a "
                    "29 February 1900 that never was: check the date",
                    date=value,
                ),
            )
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        shift = (epoch - EXCEL_EPOCH).days  # a 1904 serial is 1,462 days later
        if SERIAL_MIN <= value + shift <= SERIAL_MAX:
            return epoch + timedelta(days=int(value))
        raise ValueProblem(say("not_date", "«{value}» is not a date", value=text(value)))
    if isinstance(value, str):
        raw = value.strip()
        if not raw:
            return None
        check_error(raw)
        try:
            m = _DATE_DMY.match(raw)
            if m:
                year = int(m.group(3))
                if len(m.group(3)) == 2:
                    year += 2000 if year < 70 else 1900
                return date(year, int(m.group(2)), int(m.group(1)))
            m = _DATE_ISO.match(raw)
            if m:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValueProblem(
                say("not_real_date", "«{value}» is not a real date", value=raw)
            ) from None
        if raw.isdigit() or _looks_serial(raw):
            return date_value(float(raw.replace(",", ".")), epoch)
        raise ValueProblem(
            say(
                "not_date_format",
                "«{value}» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)",
                value=raw,
            )
        )
    raise ValueProblem(say("not_date", "«{value}» is not a date", value=value))


def date_1904(value: object) -> date | None:
    """:func:`date_value` for a workbook in the 1904 date system."""
    return date_value(value, EXCEL_EPOCH_1904)


def _looks_serial(raw: str) -> bool:
    return bool(re.match(r"^\d{5}[.,]\d+$", raw))


_MONTHS_RU = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йя]",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)


def month(value: object) -> date | None:
    """The first day of a month: a date, "03.2026", "2026-03", "март 2026"."""
    if isinstance(value, str):
        raw = value.strip().lower()
        if not raw:
            return None
        m = _MONTH_TEXT.match(raw)
        if m:
            mo, yr = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if 1 <= int(mo) <= 12:
                return date(int(yr), int(mo), 1)
            raise ValueProblem(say("not_month", "«{value}» is not a month", value=value))
        words = raw.replace(".", " ").split()
        if len(words) == 2 and words[1].isdigit() and len(words[1]) == 4:
            for i, stem in enumerate(_MONTHS_RU):
                if re.match(stem, words[0]):
                    return date(int(words[1]), i + 1, 1)
    result = date_value(value)
    return None if result is None else result.replace(day=1)


def inn(value: object) -> str | None:
    """INN as text: a number Excel made of it is left-padded to 10 or 12 digits."""
    if value is None:
        return None
    if isinstance(value, float | int) and not isinstance(value, bool):
        if float(value) != int(value) or value < 0:
            raise ValueProblem(say("not_inn", "«{value}» is not an INN", value=value))
        raw = str(int(value))
        padded = raw.zfill(10) if len(raw) <= 10 else raw.zfill(12)
    else:
        raw = str(value).strip()
        if not raw:
            return None
        check_error(raw)
        raw = _SPACES.sub("", raw)
        if not raw.isdigit() or not raw.isascii():
            raise ValueProblem(
                say("not_inn", "«{value}» is not an INN (10 or 12 digits)", value=value)
            )
        padded = raw
        if len(raw) in (9, 11):  # a leading zero lost on the way through Excel
            padded = raw.zfill(len(raw) + 1)
    if len(padded) not in (10, 12):
        raise ValueProblem(say("not_inn", "«{value}» is not an INN (10 or 12 digits)", value=value))
    if not is_valid_inn(padded):
        raise ValueProblem(say("inn_checksum", "INN {inn} fails its checksum", inn=padded))
    return padded


def kpp(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float | int) and not isinstance(value, bool):
        raw = str(int(value)).zfill(9)
    else:
        raw = _SPACES.sub("", str(value)).upper()
        if not raw:
            return None
        check_error(raw)
        if raw.isdigit() and len(raw) == 8:
            raw = "0" + raw
    if not is_valid_kpp(raw):
        raise ValueProblem(say("not_kpp", "«{value}» is not a KPP (9 characters)", value=value))
    return raw


def _key(value: str) -> str:
    return re.sub(r"[^\w]", "", value.lower().replace("ё", "е"))


_MARKET_KEYS = {
    _key(name): code
    for table in (MARKET_ALIASES, MARKETS)
    for code, names in table.items()
    for name in names
}


def market(value: object) -> int | None:
    """One of the 12 markets: its number or its name in Russian or English."""
    raw = text(value)
    if raw is None:
        return None
    if raw.isdigit() and 1 <= int(raw) <= len(MARKETS):
        return int(raw)
    found = _MARKET_KEYS.get(_key(raw))
    if found is None:
        raise ValueProblem(say("not_market", "«{value}» is not one of the 12 markets", value=raw))
    return found


def _choice(options: dict[str, str], what: str, code: str) -> Callable[[object], str | None]:
    table = {_key(k): v for k, v in options.items()}

    def parse(value: object) -> str | None:
        raw = text(value)
        if raw is None:
            return None
        found = table.get(_key(raw))
        if found is None:
            raise ValueProblem(say(code, "«{value}» is not " + what, value=raw))
        return found

    return parse


size = _choice(
    {
        "large": "large",
        "big": "large",
        "крупный": "large",
        "крупная": "large",
        "крупные": "large",
        "medium": "medium",
        "средний": "medium",
        "средняя": "medium",
        "small": "small",
        "малый": "small",
        "малая": "small",
        "мелкий": "small",
    },
    "a business size (large, medium, small)",
    "not_size",
)
status = _choice(
    {
        "client": "client",
        "customer": "client",
        "клиент": "client",
        "покупатель": "client",
        "prospect": "prospect",
        "lead": "prospect",
        "потенциальный": "prospect",
        "потенциальныйклиент": "prospect",
        "лид": "prospect",
    },
    "a status (client or prospect)",
    "not_status",
)
lead_source = _choice(
    {
        "search": "search", "поиск": "search", "яндекс": "search", "google": "search",
        "поисковик": "search", "seo": "search", "контекст": "search",
        "контекстнаяреклама": "search",
        "event": "event", "выставка": "event", "мероприятие": "event", "семинар": "event",
        "конференция": "event", "tradefair": "event", "exhibition": "event",
        "referral": "referral", "рекомендация": "referral", "рекомендации": "referral",
        "сарафан": "referral", "сарафанноерадио": "referral",
        "website": "website", "сайт": "website", "site": "website", "web": "website",
        "email": "email", "рассылка": "email", "почта": "email", "emailрассылка": "email",
        "coldcall": "cold_call", "холодныйзвонок": "cold_call", "звонок": "cold_call",
        "partner": "partner", "партнер": "partner", "партнеры": "partner",
        "other": "other", "другое": "other", "прочее": "other",
    },
    "a lead source (search, event, referral, website, email, cold call, partner, other)",
    "not_lead_source",
)  # fmt: skip
buying_role = _choice(
    {
        "economic": "economic",
        "economicbuyer": "economic",
        "экономический": "economic",
        "экономическийпокупатель": "economic",
        "technical": "technical",
        "technicalbuyer": "technical",
        "технический": "technical",
        "техническийпокупатель": "technical",
        "user": "user",
        "пользователь": "user",
        "coach": "coach",
        "тренер": "coach",
        "наставник": "coach",
        "проводник": "coach",
    },
    "a buying role (economic, technical, user, coach)",
    "not_buying_role",
)

_TRUE = {"1", "да", "yes", "y", "true", "x", "х", "+", "✓", "истина", "д"}
_FALSE = {"0", "нет", "no", "n", "false", "-", "ложь", "н"}


def flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    raw = text(value)
    if raw is None:
        return None
    low = raw.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueProblem(say("not_yes_no", "«{value}» is neither yes nor no", value=raw))


def nps(value: object) -> int | None:
    result = whole(value)
    if result is not None and not 0 <= result <= 10:
        raise ValueProblem(
            say("not_nps", "«{value}» is not an NPS score from 0 to 10", value=value)
        )
    return result


def rating(value: object) -> int | None:
    result = whole(value)
    if result is not None and not 1 <= result <= 5:
        raise ValueProblem(say("not_rating", "«{value}» is not a rating from 1 to 5", value=value))
    return result
