"""Plural forms of the words core prints into documents (CLDR's rules through Babel):
«за 1 год», «за 3 года», «за 5 лет»; "over 1 year", "over 3 years". The window's own
strings use Qt's %n plurals; this is for text written by core (proposals, briefs)."""

from __future__ import annotations

from functools import cache

# word → its forms by CLDR plural category, per language
WORDS: dict[str, dict[str, dict[str, str]]] = {
    "year": {
        "ru": {"one": "год", "few": "года", "many": "лет", "other": "года"},
        "en": {"one": "year", "other": "years"},
    },
    "member": {
        "ru": {"one": "человек", "few": "человека", "many": "человек", "other": "человека"},
        "en": {"one": "member", "other": "members"},
    },
    "competitor": {
        "ru": {
            "one": "конкурент",
            "few": "конкурента",
            "many": "конкурентов",
            "other": "конкурента",
        },
        "en": {"one": "competitor", "other": "competitors"},
    },
    "product group": {
        "ru": {
            "one": "товарная группа",
            "few": "товарные группы",
            "many": "товарных групп",
            "other": "товарной группы",
        },
        "en": {"one": "product group", "other": "product groups"},
    },
    "manager": {
        "ru": {"one": "менеджер", "few": "менеджера", "many": "менеджеров", "other": "менеджера"},
        "en": {"one": "manager", "other": "managers"},
    },
    "day": {
        "ru": {"one": "день", "few": "дня", "many": "дней", "other": "дня"},
        "en": {"one": "day", "other": "days"},
    },
}


@cache
def _locale(language: str) -> object:
    from babel import Locale

    return Locale.parse("ru" if language == "ru" else "en")


def plural_form(n: int | float, language: str) -> str:
    """CLDR's plural category of ``n``: one, few, many or other."""
    return str(_locale(language).plural_form(n))  # type: ignore[attr-defined]


def count(n: int, word: str, language: str) -> str:
    """``n`` with ``word`` in the form the number takes: «3 года», "1 year"."""
    forms = WORDS[word]["ru" if language == "ru" else "en"]
    return f"{n} {forms.get(plural_form(n, language), forms['other'])}"
