"""Pickling in pieces, so that loading a large result never holds the GIL for long.

Unpickling is one C call that holds the GIL to the end: the analysis of 20,000 accounts
(13 MB) took 90 ms in one piece, a stall of a window whose thread waits for it. Every
dict of more than ``_CHUNK`` entries goes into pieces of its own, loaded one after the
other, and the GIL is free between them. Used for the worker processes' results."""

from __future__ import annotations

import io
import pickle
from typing import Any

_CHUNK = 2000  # entries of a dict unpickled in one go (about 5 ms of held GIL)


class _Splitter(pickle.Pickler):
    """Pickles a result as pieces: every dict of more than ``_CHUNK`` entries goes into
    pieces of its own, ``_CHUNK`` entries each, referred to from where it stood."""

    def __init__(self, file: io.BytesIO, pieces: list[bytes], seen: dict[int, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.pieces = pieces
        self.seen = seen

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is not dict or len(obj) <= _CHUNK:
            return None
        ref = self.seen.get(id(obj))
        if ref is None:
            items = list(obj.items())
            parts = [
                _dump(dict(items[i : i + _CHUNK]), self.pieces, self.seen)
                for i in range(0, len(items), _CHUNK)
            ]
            ref = self.seen[id(obj)] = ("dict", tuple(parts))
        return ref


def _dump(obj: Any, pieces: list[bytes], seen: dict[int, Any]) -> int:
    buffer = io.BytesIO()
    _Splitter(buffer, pieces, seen).dump(obj)
    pieces.append(buffer.getvalue())
    return len(pieces) - 1


def pack(obj: Any) -> list[bytes]:
    """``obj`` pickled in pieces; the last one is the root (see :func:`unpack`)."""
    pieces: list[bytes] = []
    seen: dict[int, Any] = {}
    _dump(obj, pieces, seen)
    return pieces


def unpack(pieces: list[bytes]) -> Any:
    """The object :func:`pack` pickled, loaded piece by piece."""
    done: dict[tuple[str, tuple[int, ...]], Any] = {}

    class Joiner(pickle.Unpickler):
        def persistent_load(self, pid: Any) -> Any:
            whole = done.get(pid)
            if whole is None:
                whole = {}
                for index in pid[1]:
                    whole.update(load(index))
                done[pid] = whole
            return whole

    def load(index: int) -> Any:
        return Joiner(io.BytesIO(pieces[index])).load()

    return load(len(pieces) - 1)
