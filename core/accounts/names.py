"""Normalised company names, so that ООО «Ромашка» and ООО "РОМАШКА" are one client."""

from __future__ import annotations

import re

_LEGAL_FORMS = (
    "общество с ограниченной ответственностью",
    "публичное акционерное общество",
    "непубличное акционерное общество",
    "закрытое акционерное общество",
    "открытое акционерное общество",
    "акционерное общество",
    "индивидуальный предприниматель",
    "ооо",
    "пао",
    "нао",
    "зао",
    "оао",
    "ао",
    "ип",
    "llc",
    "ltd",
    "inc",
    "gmbh",
)
_FORMS_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, _LEGAL_FORMS)) + r")(?![\w])")
_PUNCT_RE = re.compile(r"[«»\"'“”„‟‘’`.,;:()\[\]]")
_SPACE_RE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """Lower case, ё → е, quotes, punctuation and legal forms removed, spaces folded."""
    text = name.lower().replace("ё", "е")
    text = _PUNCT_RE.sub(" ", text)
    text = _FORMS_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()
