"""Python's automatic full garbage collection held off while a large table is read.

The cyclic collector's oldest generation scans the whole heap. Reading a 541,909-line
workbook makes millions of cells, and each automatic full pass scans all of them again:
1.3 s of a 12 s import (measured on the real workbook; the young generations cost little
and stay on). The rows read hold no reference cycles, so nothing waits on those passes.
The window switches the automatic full pass off for good (``ui/idle_gc.py``) and runs
it when the user does not feel it; the command line holds it off while it imports.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

NEVER = 1_000_000  # collections of the middle generation before a full one: never


@contextmanager
def no_full_collection() -> Iterator[None]:
    """No automatic full collection inside the block; the thresholds as they were after."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, max(full, NEVER))
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)
