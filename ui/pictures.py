"""Charts drawn off the GUI thread: a PNG rendered in the worker process for the
background lane (so matplotlib never runs on two threads at once, nor holds the
window's GIL) and shown in a label when it is ready. Asked again meanwhile, the latest
request is drawn once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from ui.ops import Cancelled, Executor

log = logging.getLogger("fieldbook.ui.pictures")


def draw_later(
    lane: Executor,
    label: QLabel,
    key: Any,
    render: Callable[..., bytes],
    *args: Any,
    shown: Callable[[], None] | None = None,
    prepare: Callable[[], tuple[Any, ...]] | None = None,
) -> None:
    """Render ``render(*args)`` (PNG bytes; a module-level function whose arguments
    pickle) in the worker process, waited for on the background lane, and put it in
    ``label``. A bubble chart of 20,000 accounts holds the GIL for a third of a second:
    drawn on a thread of the window it would stall the window as long. ``prepare``, if
    given, is called on the background lane for more arguments, put before ``args`` (what
    to draw, made from the analysis off the GUI thread)."""
    from ui import processes

    def show(png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        label.setPixmap(pixmap)
        if shown is not None:
            shown()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            log.warning("a chart could not be drawn: %r", exc)

    def draw(_db: Any) -> bytes:
        first = prepare() if prepare is not None else ()
        return processes.run(render, *first, *args)

    lane.submit(
        draw,
        key=("chart", key),
        done=show,
        failed=failed,
        owner=label,
    )
