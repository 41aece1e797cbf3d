"""Russian taxpayer numbers: INN (10 digits for organisations, 12 for individuals) and KPP."""

from __future__ import annotations

import re

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KPP = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def is_valid_inn(inn: str) -> bool:
    """True when ``inn`` is 10 or 12 digits and its check digits are right."""
    if not inn.isdigit() or not inn.isascii():
        return False
    if len(inn) == 10:
        return _check_digit(inn[:9], _W10) == int(inn[9])
    if len(inn) == 12:
        return _check_digit(inn[:10], _W11) == int(inn[10]) and _check_digit(inn[:11], _W12) == int(
            inn[11]
        )
    return False


def complete_inn(first_digits: str) -> str:
    """The valid INN that starts with ``first_digits`` (9 digits → 10, 10 digits → 12)."""
    if len(first_digits) == 9:
        return first_digits + str(_check_digit(first_digits, _W10))
    if len(first_digits) == 10:
        eleven = first_digits + str(_check_digit(first_digits, _W11))
        return eleven + str(_check_digit(eleven, _W12))
    raise ValueError("an INN is completed from 9 or 10 digits")


def is_valid_kpp(kpp: str) -> bool:
    """KPP: 4 digits (tax office), 2 digits or capital letters (reason), 3 digits."""
    return bool(_KPP.match(kpp))
