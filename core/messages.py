"""Sentences ``core`` says to people, as a code with its values.

``core`` has no Qt and no translations. What it says to a person (why a cell was
refused, why a proposal cannot be exported) is a :class:`Text`: a ``str`` holding the
English sentence, which the command line, the logs and the error files print, and
beside it a ``code`` and the ``values`` that fill its blanks. The window translates the
code through its one message table (``ui/messages.py``) and formats the values in the
user's locale; it never parses the English.

An exception carries its ``Text`` as its first argument, or (older style, kept for
``WorkspaceError``) ``code`` and ``values`` attributes of its own; :func:`of` reads both.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """An English sentence that knows its code and values."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, english: str, **values: Any) -> Text:
        self = super().__new__(cls, english.format(**values) if values else english)
        self.code = code
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled across the import's worker process: rebuilt without formatting again
        return (_restore, (str(self), self.code, self.values))


def _restore(english: str, code: str, values: dict[str, Any]) -> Text:
    t = str.__new__(Text, english)
    t.code = code
    t.values = values
    return t


def say(code: str, english: str, **values: Any) -> Text:
    """``english`` with ``{name}`` blanks filled from ``values``, under ``code``."""
    return Text(code, english, **values)


def of(thing: object) -> tuple[str | None, dict[str, Any]]:
    """The code and values of a ``Text``, or of an exception that carries one."""
    if isinstance(thing, Text):
        return thing.code, thing.values
    if isinstance(thing, BaseException):
        if thing.args and isinstance(thing.args[0], Text):
            return thing.args[0].code, thing.args[0].values
        code = getattr(thing, "code", None)
        if isinstance(code, str):
            return code, dict(getattr(thing, "values", None) or {})
    return None, {}


def message(exc: BaseException) -> str:
    """What ``exc`` says: its ``Text`` (code and values kept) or its plain English."""
    if exc.args and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def joined(parts: list[Text]) -> Text:
    """Several sentences said as one, ``"; "`` between them."""
    return _restore("; ".join(parts), "parts", {"parts": list(parts)})


def cannot_write(path: object, exc: OSError) -> Text:
    """A file that could not be written, and the system's reason."""
    return say(
        "cannot_write", "cannot write {path}: {why}", path=str(path), why=str(exc.strerror or exc)
    )
