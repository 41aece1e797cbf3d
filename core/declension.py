"""Russian addressees in the dative, as a КП is addressed: «Генеральному директору
ООО «Альфа» Никитиной Ю. П.».

The person's surname is declined by the Petrovich rules (pytrovich, the rules Russian
CRMs use), the gender told from the patronymic, else from the first name. The position
is declined word by word with pymorphy3's dictionary up to its head noun («Директору по
закупкам», «Заместителю генерального директора»); what follows the head noun is already
in the genitive or a prepositional phrase and stays as written. A name that cannot be
parsed is printed as written, never garbled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_PATRONYMIC = re.compile(r"(вич|вна|чна|ична|инична|ич|кызы|оглы|улы|уулу)$", re.IGNORECASE)
_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё'-]*$")


@dataclass(frozen=True)
class PersonName:
    last: str
    first: str = ""
    middle: str = ""


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _petrovich() -> tuple[Any, Any]:
    from pytrovich.detector import PetrovichGenderDetector
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker(), PetrovichGenderDetector()


def _is_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word)) and len(word) > 4


def _is_first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _morph().parse(word))


def parse_name(full: str) -> PersonName | None:
    """Surname, first name and patronymic of a Russian full name in either usual order
    («Никитина Юлия Петровна», «Юлия Петровна Никитина», «Юлия Никитина»); None for a
    name that is not one (Latin letters, initials, one word that is not a surname)."""
    words = full.split()
    if not words or not all(_WORD.match(w) for w in words) or len(words) > 3:
        return None
    if len(words) == 3:
        a, b, c = words
        if _is_patronymic(c):
            return PersonName(a, b, c)
        if _is_patronymic(b):
            return PersonName(c, a, b)
        return None
    if len(words) == 2:
        a, b = words
        if _is_first_name(a) and not _is_first_name(b):
            return PersonName(b, a)
        return PersonName(a, b)
    return PersonName(words[0])


def _gender(name: PersonName) -> Any:
    from pytrovich.enums import Gender

    if name.middle:
        return Gender.FEMALE if name.middle.lower().endswith(("на", "кызы")) else Gender.MALE
    _maker, detector = _petrovich()
    if name.first:
        try:
            found = detector.detect(firstname=name.first)
        except Exception:  # a name the rules do not know
            found = None
        if found in (Gender.MALE, Gender.FEMALE):
            return found
    # the surname's ending: -ова, -ева, -ина, -ая are a woman's
    if name.last.lower().endswith(("ова", "ева", "ёва", "ина", "ына", "ая")):
        return Gender.FEMALE
    return Gender.MALE


def _initials(name: PersonName) -> str:
    return " ".join(f"{part[0].upper()}." for part in (name.first, name.middle) if part)


def dative_name(full: str) -> str:
    """«Никитиной Ю. П.» for «Никитина Юлия Петровна»; the name as written when it is
    not a Russian full name."""
    name = parse_name(full)
    if name is None:
        return full.strip()
    from pytrovich.enums import Case, NamePart

    maker, _detector = _petrovich()
    try:
        last = maker.make(NamePart.LASTNAME, _gender(name), Case.DATIVE, name.last)
    except Exception:  # the rules found no ending to change
        last = name.last
    return f"{last} {_initials(name)}".strip()


def _capital(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def dative_position(position: str) -> str:
    """«Генеральному директору» for «Генеральный директор»: the adjectives and the head
    noun in the dative, the rest («по закупкам», «отдела снабжения») as written."""
    out: list[str] = []
    words = position.split()
    for n, word in enumerate(words):
        core = word.strip(",")
        parses = (
            [p for p in _morph().parse(core) if p.tag.case == "nomn"] if _WORD.match(core) else []
        )
        head = next((p for p in parses if p.tag.POS == "NOUN"), None)
        adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
        chosen = adjective if adjective is not None and head is None else head
        if chosen is None:
            out.extend(words[n:])
            break
        inflected = chosen.inflect({"datv"})
        out.append(_capital(inflected.word, core) + word[len(core) :] if inflected else word)
        if chosen is head:
            out.extend(words[n + 1 :])
            break
    return " ".join(out)


def addressee(name: str, position: str | None, company: str, language: str = "ru") -> list[str]:
    """The lines of one addressee as a letter prints them, top right: the position, the
    company and the person (in the dative in Russian: «Генеральному директору», «ООО
    «Альфа»», «Никитиной Ю. П.»)."""
    if language != "ru":
        return [line for line in (name.strip(), position or "", company) if line]
    head = dative_position(position) if position else ""
    head = head[:1].upper() + head[1:]
    return [line for line in (head, company, dative_name(name)) if line]


def greeting(names: list[str], language: str = "ru") -> str:
    """«Уважаемая Юлия Петровна!» for one addressee whose first name and patronymic are
    known, «Уважаемые коллеги!» for two; "Dear Yulia Nikitina," in English."""
    if language != "ru":
        if len(names) != 1:
            return "Dear colleagues," if names else ""
        name = parse_name(names[0])
        if name is not None and name.first and name.middle:
            return f"Dear {name.first} {name.middle},"  # as a Russian reader is addressed
        return f"Dear {names[0].strip()},"
    if len(names) != 1:
        return "Уважаемые коллеги!" if names else ""
    name = parse_name(names[0])
    if name is None or not name.first:
        return "Добрый день!"
    from pytrovich.enums import Gender

    dear = "Уважаемая" if _gender(name) == Gender.FEMALE else "Уважаемый"
    return f"{dear} {' '.join(p for p in (name.first, name.middle) if p)}!"


def signature_name(full: str) -> str:
    """The signer as a signature line prints them: «Ю. П. Никитина» (initials first)."""
    name = parse_name(full)
    if name is None:
        return full.strip()
    return f"{_initials(name)} {name.last}".strip()
