"""The analysis of the whole base, and the charts, in worker processes.

Computing every label and table of 20,000 accounts and a million lines holds Python's
GIL for seconds in pandas; on a thread of the window that starves the GUI thread and the
window stutters (stalls of half a second and more were measured). So the standard
analysis runs in one long-lived worker process (``spawn``: nothing of Qt is inherited),
which opens the database by its URL and sends the result back pickled. The window's
background lane waits for it without holding the GIL.

One pool serves every window of the process (the tests open many); it starts on first
use and is stopped when the application quits. When a process cannot be had (a frozen
build that cannot spawn, a machine that refuses), the work runs on the calling thread,
as before: slower for the window, never wrong.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Any

log = logging.getLogger("fieldbook.ui.processes")

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_broken = False
_databases: dict[str, Any] = {}  # in the child: url → Database, opened once


def _child_database(url: str) -> Any:
    db = _databases.get(url)
    if db is None:
        from core.database import open_database

        db = _databases[url] = open_database(url)
    return db


def analyse_in_child(url: str, as_of: date | None, months: int, standard: bool) -> Any:
    """In the worker process: the data key, the analysis and, for the standard one, the
    account list's search texts of its labels."""
    from core.analytics.service import analyse, data_key
    from ui.accounts.model import label_search_text

    db = _child_database(url)
    key = data_key(db)
    analysis = analyse(db, as_of, months)
    return key, analysis, label_search_text(analysis.labels) if standard else {}


def _warm() -> bool:
    """Imports the analysis engine in the child ahead of the first request."""
    import core.analytics.service  # noqa: F401

    return True


def pool() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _broken:
            return None
        if _pool is None:
            try:
                context = multiprocessing.get_context("spawn")
                # two: a chart is not kept waiting behind an analysis of the base
                _pool = ProcessPoolExecutor(max_workers=2, mp_context=context)
                _pool.submit(_warm)
            except (OSError, RuntimeError, ValueError) as exc:
                log.warning("no worker process for the analysis: %r", exc)
                return None
        return _pool


def warm_up() -> None:
    """Start the worker process now, so that the first analysis does not wait for it."""
    pool()


def run(
    fn: Callable[..., Any],
    *args: Any,
    is_cancelled: Callable[[], bool] = lambda: False,
    cancelled: Callable[[], BaseException] | None = None,
) -> Any:
    """``fn(*args)`` in the worker process (``fn`` at a module's top level, arguments
    that pickle); on the calling thread when no process can be had. Raises what
    ``cancelled()`` returns when ``is_cancelled()`` turns true while it waits."""
    global _broken
    executor = pool()
    if executor is None:
        return fn(*args)
    try:
        future: Future[Any] = executor.submit(fn, *args)
    except (BrokenProcessPool, RuntimeError) as exc:
        log.warning("the worker process is gone (%r): computing here", exc)
        _broken = True
        return fn(*args)
    while True:
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            if is_cancelled() and cancelled is not None:
                future.cancel()
                raise cancelled() from None
        except BrokenProcessPool as exc:
            log.warning("the worker process died (%r): computing here", exc)
            _broken = True
            return fn(*args)


def shutdown() -> None:
    """Stop the worker process (the application quits)."""
    global _pool
    with _lock:
        executor, _pool = _pool, None
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)


atexit.register(shutdown)
