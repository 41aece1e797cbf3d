"""New primary keys for bulk inserts: UUIDs that sort by the time they were made."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


_last_ms = 0
_counter = 0


def new_ids(n: int) -> list[str]:
    """``n`` new UUIDs (version 7: a millisecond timestamp, then a counter and random bits)
    as text. Ids made later sort later, so bulk inserts append to the primary-key index
    instead of scattering writes over it."""
    global _last_ms, _counter
    now = time.time_ns() // 1_000_000
    if now > _last_ms:
        _last_ms, _counter = now, 0
    raw = os.urandom(8 * n)
    out = []
    prefix = f"{_last_ms:012x}"
    head = f"{prefix[:8]}-{prefix[8:]}-7"
    for i in range(n):
        count = _counter + i
        if count >= 1 << 24:  # more ids in one millisecond than the counter holds
            _last_ms += 1
            _counter = -i
            count = 0
            prefix = f"{_last_ms:012x}"
            head = f"{prefix[:8]}-{prefix[8:]}-7"
        tail = raw[8 * i : 8 * i + 8].hex()
        c = f"{count:06x}"
        out.append(f"{head}{c[:3]}-8{c[3:]}-{tail[:12]}")
    _counter += n
    return out
