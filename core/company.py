"""The seller's profile printed on the documents: name, requisites (ИНН, КПП, ОГРН,
address, bank details), the signer, contacts, a logo, the default terms of a proposal and
the pattern of its numbers. Kept with the data (``app_setting``, ``company.*``), so the
whole team on one server prints the same letterhead.

Every value is checked as a Russian document needs it: the INN and OGRN by their check
digits, the KPP and BIK by their form, the settlement account by its key against the BIK
(the Bank of Russia's 7-1-3 weights), the logo as a PNG or JPEG of at most 1 MB.
"""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path
from typing import Any

from core import changes as ch
from core.database import Database
from core.inn import is_valid_inn, is_valid_kpp
from storage.stamps import read_settings, write_settings

PREFIX = "company."
KEYS = (
    "name",
    "inn",
    "kpp",
    "ogrn",
    "address",
    "bank",
    "account",
    "bik",
    "corr_account",
    "signer_name",
    "signer_position",
    "phone",
    "email",
    "website",
    "logo",
    "payment_terms",
    "delivery_terms",
    "warranty_terms",
    "number_pattern",
)
DEFAULT_PATTERN = "КП-{YYYY}-{NNNN}"
LOGO_LIMIT = 1024 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TOKEN = re.compile(r"\{(YYYY|YY|MM|N+)\}")
_LIMITS = {"address": 500, "bank": 300, "payment_terms": 1000, "delivery_terms": 1000,
           "warranty_terms": 1000}  # fmt: skip


class CompanyError(ValueError):
    """A value of the profile that cannot be right; ``key`` names it."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


def _ogrn_ok(value: str) -> bool:
    if not value.isdigit() or len(value) not in (13, 15):
        return False
    body, check = int(value[:-1]), int(value[-1])
    return body % (11 if len(value) == 13 else 13) % 10 == check


def account_key_ok(account: str, bik: str) -> bool:
    """The Bank of Russia's key of a settlement account: the BIK's last three digits and
    the 20 digits of the account, weighted 7, 1, 3 …, sum to a multiple of ten."""
    digits = bik[-3:] + account
    weights = (7, 1, 3) * 8
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10 == 0


def corr_key_ok(corr: str, bik: str) -> bool:
    """The key of a correspondent account: "0" and the BIK's 5th–6th digits before it."""
    digits = "0" + bik[4:6] + corr
    weights = (7, 1, 3) * 8
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10 == 0


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def read_logo(path: str | Path) -> str:
    """The logo file as it is stored (base64), after checking it is a small image."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CompanyError(f"the logo {path} does not exist") from None
    except IsADirectoryError:
        raise CompanyError(f"the logo {path} is a folder, not an image") from None
    except OSError as exc:
        raise CompanyError(f"cannot read the logo {path}: {exc.strerror or exc}") from exc
    if _image_kind(data) is None:
        raise CompanyError(f"the logo {path.name} is not a PNG or JPEG image")
    if len(data) > LOGO_LIMIT:
        raise CompanyError(f"the logo {path.name} is larger than 1 MB; make it smaller")
    return base64.b64encode(data).decode("ascii")


def logo_bytes(profile: dict[str, str]) -> bytes | None:
    value = profile.get("logo") or ""
    if not value:
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    return data if _image_kind(data) else None


def phone_number(value: str) -> str:
    """A phone number as letters print it: «+7 495 123-45-67» (8 495…, (495)… and
    other countries' numbers read too, by the phonenumbers library); refused when it is
    not a valid number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, "RU")
    except phonenumbers.NumberParseException:
        raise CompanyError(f"{value} is not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise CompanyError(f"{value} is not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def number_from(pattern: str, day: date, sequence: int) -> str:
    """``КП-{YYYY}-{NNNN}`` → «КП-2026-0042»: the year, the month, and the sequence
    zero-padded to as many digits as there are N."""

    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "YYYY":
            return f"{day.year:04d}"
        if name == "YY":
            return f"{day.year % 100:02d}"
        if name == "MM":
            return f"{day.month:02d}"
        return f"{sequence:0{len(name)}d}"

    return _TOKEN.sub(token, pattern)


def check_pattern(pattern: str) -> None:
    if not re.search(r"\{N+\}", pattern):
        raise CompanyError("the number pattern needs {NNNN} for the proposal's sequence")
    if len(number_from(pattern, date(2026, 12, 31), 99999)) > 40:
        raise CompanyError("the number pattern makes numbers longer than 40 characters")


def yearly(pattern: str) -> bool:
    """Whether the sequence starts again each year (the pattern prints the year)."""
    return "{YYYY}" in pattern or "{YY}" in pattern


def check(key: str, value: str, profile: dict[str, str]) -> str:
    """The value to store for ``key`` (stripped; a path read for the logo); raises
    CompanyError with one sentence, naming the key, when it cannot be right."""
    try:
        return _checked(key, value, profile)
    except CompanyError as exc:
        exc.key = key
        raise


def _checked(key: str, value: str, profile: dict[str, str]) -> str:
    if key not in KEYS:
        raise CompanyError(f"unknown key {key!r}; the keys are {', '.join(KEYS)}")
    value = value.strip()
    if not value:
        return ""
    if key == "logo":
        return read_logo(value)
    if len(value) > _LIMITS.get(key, 200):
        raise CompanyError(f"the {key} is longer than {_LIMITS.get(key, 200)} characters")
    if key == "inn" and not is_valid_inn(value):
        raise CompanyError(f"the INN {value} is not valid (10 or 12 digits, check digits)")
    if key == "kpp" and not is_valid_kpp(value):
        raise CompanyError(
            f"the KPP {value} is not valid (4 digits, 2 digits or capital letters, 3 digits)"
        )
    if key == "ogrn" and not _ogrn_ok(value):
        raise CompanyError(f"the OGRN {value} is not valid (13 or 15 digits, check digit)")
    if key == "bik" and not (value.isdigit() and len(value) == 9):
        raise CompanyError(f"the BIK {value} is not valid (9 digits)")
    if key in ("account", "corr_account"):
        if not (value.isdigit() and len(value) == 20):
            raise CompanyError(f"the account {value} is not valid (20 digits)")
        bik = profile.get("bik") or ""
        ok = account_key_ok if key == "account" else corr_key_ok
        if bik and not ok(value, bik):
            raise CompanyError(f"the account {value} does not match the BIK {bik}")
    if key == "phone":
        return phone_number(value)
    if key == "email" and not _EMAIL.match(value):
        raise CompanyError(f"{value} is not an e-mail address")
    if key == "number_pattern":
        check_pattern(value)
    return value


def company_profile(db: Database) -> dict[str, str]:
    """Every key of the profile ('' where not set; the number pattern's default)."""
    stored = read_settings(db.engine, PREFIX)
    profile = {k: str(stored.get(k) or "") for k in KEYS}
    profile["number_pattern"] = profile["number_pattern"] or DEFAULT_PATTERN
    return profile


@ch.changes(ch.SETTINGS)
def save_company_profile(db: Database, values: dict[str, str]) -> dict[str, str]:
    """Set the given keys (the rest stay; '' clears one); every value is checked before
    anything is stored. The logo is given as the path of its image file. Returns the
    profile as stored."""
    profile = company_profile(db)
    if "bik" in values:  # the accounts are checked against the new BIK
        profile["bik"] = check("bik", values["bik"], profile)
    stored: dict[str, Any] = {}
    for key, value in values.items():
        stored[key] = check(key, value, profile) or None
    for key in ("account", "corr_account"):  # a new BIK must match the accounts kept
        if "bik" in values and key not in values and profile.get(key) and profile["bik"]:
            check(key, profile[key], profile)
    write_settings(db.engine, PREFIX, stored)
    return company_profile(db)


def describe(profile: dict[str, str]) -> dict[str, str]:
    """The profile for a person or a JSON reader: the logo as its kind and size."""
    out = dict(profile)
    data = logo_bytes(profile)
    out["logo"] = f"{_image_kind(data)}, {len(data)} bytes" if data else ""
    return out


def requisites(profile: dict[str, str], language: str = "ru") -> list[str]:
    """The lines of the letterhead under the seller's name, in the order a Russian
    letter prints them; what is not set is left out."""
    ru = language == "ru"
    tax = []
    for key, label in (("inn", "ИНН" if ru else "INN"), ("kpp", "КПП" if ru else "KPP"),
                       ("ogrn", "ОГРН" if ru else "OGRN")):  # fmt: skip
        if profile.get(key):
            tax.append(f"{label} {profile[key]}")
    bank = []
    if profile.get("account"):
        held = f" {'в' if ru else 'at'} {profile['bank']}" if profile.get("bank") else ""
        bank.append(f"{'р/с' if ru else 'account'} {profile['account']}{held}")
    elif profile.get("bank"):
        bank.append(profile["bank"])
    codes = []
    if profile.get("bik"):
        codes.append(f"{'БИК' if ru else 'BIK'} {profile['bik']}")
    if profile.get("corr_account"):
        codes.append(f"{'к/с' if ru else 'corr. account'} {profile['corr_account']}")
    contact = [profile[k] for k in ("phone", "email", "website") if profile.get(k)]
    lines = [
        ", ".join(tax),
        profile.get("address", ""),
        ", ".join(bank),
        ", ".join(codes),
        " · ".join(contact),
    ]
    return [line for line in lines if line]
