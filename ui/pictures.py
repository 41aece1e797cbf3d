"""Charts drawn off the GUI thread: a PNG rendered on the background lane (every
chart of the window is drawn there, one at a time, so matplotlib never runs on two
threads at once) and shown in a label when it is ready. Asked again meanwhile, the
latest request is drawn once."""

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
    render: Callable[[], bytes],
    shown: Callable[[], None] | None = None,
) -> None:
    """Render ``render()`` (PNG bytes) in the background and put it in ``label``."""

    def show(png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        label.setPixmap(pixmap)
        if shown is not None:
            shown()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            log.warning("a chart could not be drawn: %r", exc)

    lane.submit(lambda _db: render(), key=("chart", key), done=show, failed=failed, owner=label)
