"""Named loggers writing to a rotating file in the user's log directory."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: Path | None = None


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path("Fieldbook", appauthor=False)


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Send the ``fieldbook`` loggers to ``fieldbook.log`` (1 MB × 5 files); returns its path."""
    global _configured
    folder = directory or log_dir()
    path = folder / "fieldbook.log"
    if _configured == path:
        return path
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger("fieldbook")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
