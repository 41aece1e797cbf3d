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
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Any

from core.pieces import pack, unpack

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


def analyse_in_child(
    url: str, as_of: date | None, months: int, standard: bool, fresh: bool = True
) -> Any:
    """In the worker process: the data key, the analysis and, for the standard one, the
    account list's search texts of its labels (the standard one as kept for the data
    as it is, when it is and ``fresh`` is not asked for: ``core.analytics.stored``)."""
    from core.analytics.service import analyse, data_key
    from ui.accounts.model import label_search_text

    db = _child_database(url)
    if standard:
        from core.analytics import stored

        key, analysis = stored.standard_analysis(db, fresh=fresh)
        return key, analysis, label_search_text(analysis.labels)
    return data_key(db), analyse(db, as_of, months), {}


def _packed(fn: Callable[..., Any], *args: Any) -> list[bytes]:
    """In the worker process: ``fn(*args)``, pickled in pieces for the way back."""
    return pack(fn(*args))


def _lower_priority(parent: int | None = None) -> None:
    """In the worker process, at its start: yield the CPU to the window, and end with
    the window's process. On a two-core laptop an analysis and a chart use both cores,
    and the window's own process, at the same priority, waited its turn for a tenth of a
    second at a time. A window killed or crashed leaves no worker behind: the pool's
    workers wait on its queue forever otherwise (found orphaned, holding 300 MB)."""
    import contextlib
    import os

    # Windows has no nice(); a refused nice is harmless
    with contextlib.suppress(AttributeError, OSError):
        os.nice(10)
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    """Exit as soon as the process ``parent`` is gone (polled twice a second)."""
    import os
    import time

    while _alive(parent):
        time.sleep(0.5)
    os._exit(0)


def _alive(pid: int) -> bool:
    import os

    if os.name == "nt":  # no signal 0 on Windows: ask the system for the process
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    if os.getppid() != pid:  # re-parented: the window's process has ended
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _warm() -> bool:
    """Imports the analysis engine in the child ahead of the first request (the churn
    model's library too: a second and a half to import)."""
    import sklearn.ensemble  # noqa: F401

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
                _pool = ProcessPoolExecutor(
                    max_workers=2,
                    mp_context=context,
                    initializer=_lower_priority,
                    initargs=(os.getpid(),),
                )
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
        future: Future[Any] = executor.submit(_packed, fn, *args)
    except (BrokenProcessPool, RuntimeError) as exc:
        log.warning("the worker process is gone (%r): computing here", exc)
        _broken = True
        return fn(*args)
    while True:
        try:
            return unpack(future.result(timeout=0.1))
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
