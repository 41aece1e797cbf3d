"""The one way the window reaches the database: a serial executor and a change hub.

Every database operation of the UI is a call ``fn(db, *args)`` of a ``core`` function,
submitted to an ``Executor``. It runs off the GUI thread, one at a time and in order,
each in its own session (the core function opens and closes it). Its result, or the
exception object, comes back to the GUI thread through a signal and is handed to the
``done`` or ``failed`` callback (Anki's collection operations, Calibre's locked cache).

- A job submitted with a ``key`` merges with a queued job of the same key: repeated
  requests for the same thing (reload the list, read the panel) run once, with the
  latest arguments and callbacks.
- A job whose ``owner`` widget was deleted meanwhile still runs (a save of a card that
  was closed must land) but delivers nothing, so a closed card or a screen rebuilt for
  another language never receives a late result.
- After a write succeeds, what it changed (``core.changes``) is broadcast by the
  ``ChangeHub``; every screen refreshes what it shows.
- A job without its own ``failed`` callback reports to ``Executor.failure``; the main
  window says what went wrong in plain words. A busy database (another writer holds
  the lock past the wait) always goes there, so that the user is offered Retry; the
  job's own ``failed`` hears of it only when the user gives up.
- Long work (import, the demo) is a job with ``progress=True``: it receives
  ``progress(percent, message)`` and ``is_cancelled()`` and can be cancelled.

The window uses two executors of this one class: the serial ``database`` lane for
every write and every short read, and a ``background`` lane for long reads (the
analysis, the KPI panel, rendering) that SQLite's WAL lets run beside a write.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from shiboken6 import isValid

from core.changes import accounts_of, changes_of
from core.problems import problem

log = logging.getLogger("fieldbook.ui.ops")


def _quiet_import_hook() -> None:
    """PySide6 looks at the source of every module imported afterwards (for its
    ``from __feature__`` switches) with ``inspect.getsource``; doing that on a worker
    thread while the GUI thread runs corrupts memory ("deallocating None" at the next
    import of pandas in the background). Fieldbook uses no ``__feature__``, so every
    module is told apart as not using one, without reading its source."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:  # another PySide6 layout: nothing to quiet
        return
    if hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", lambda _module: False)  # noqa: B010


_quiet_import_hook()

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, str], None]


SLOW_DELIVERY = 0.03  # s: a result whose handlers take longer is logged (debug)


def _name(fn: Callable[..., Any]) -> str:
    return str(getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn))


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; its transaction rolls back."""


@dataclass(eq=False)
class Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    key: Any = None
    changes: frozenset[str] | None = None  # None: what the function's @changes says
    done: Done | None = None
    failed: Failed | None = None
    owner: QObject | None = None
    on_progress: Progress | None = None
    long: bool = False
    cancel_requested: bool = False
    attempts: int = field(default=0)
    # given with ``changes``: the only accounts the job changes (their rows are read
    # again, not the whole list)
    accounts: frozenset[str] | None = None

    def cancel(self) -> None:
        self.cancel_requested = True

    def is_cancelled(self) -> bool:
        return self.cancel_requested

    def alive(self) -> bool:
        return self.owner is None or isValid(self.owner)

    def what_changed(self) -> frozenset[str]:
        if self.changes is not None:
            return self.changes
        return changes_of(self.fn, None, *self.args, **self.kwargs)

    def accounts_changed(self) -> frozenset[str] | None:
        """The accounts the job changed, when its operation says (``core.changes.touches``)."""
        if self.changes is not None:
            return self.accounts
        return accounts_of(self.fn, None, *self.args, **self.kwargs)


class Changed(frozenset[str]):
    """What an operation changed: ``core.changes`` names (a frozenset, as every screen
    reads it), and, when the operation said so, the only accounts it changed."""

    accounts: frozenset[str] | None = None


class ChangeHub(QObject):
    """Broadcasts what an operation changed (a ``Changed``: the names, and the accounts
    when only some changed)."""

    changed = Signal(object)

    def announce(self, kinds: Iterable[str], accounts: Iterable[str] | None = None) -> None:
        what = Changed(kinds)
        if what:
            what.accounts = frozenset(accounts) if accounts is not None else None
            log.debug("changed: %s", sorted(what))
            self.changed.emit(what)


class Executor(QObject):
    """Runs database jobs one at a time on its own thread (see the module's docstring)."""

    failure = Signal(object, object)  # (exception, job) of a job without ``failed``
    busy_changed = Signal(bool)
    # worker → GUI: one (job, result, exception) tuple. Never None as a signal argument:
    # PySide6 loses a reference to a None sent through a queued ``object`` signal, and
    # on Python 3.11 that ends in "deallocating None" when the interpreter exits.
    _finished = Signal(object)
    _progressed = Signal(object, int, str)

    def __init__(
        self,
        db: Any,
        name: str = "database",
        hub: ChangeHub | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.name = name
        self.hub = hub if hub is not None else ChangeHub(self)
        self._cond = threading.Condition()
        self._queue: deque[Job] = deque()
        self._running: Job | None = None
        self._outstanding = 0  # submitted, not yet delivered on the GUI thread
        self._stopping = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name=f"fieldbook-{name}", daemon=True)
        self._thread.start()

    # -- the GUI side ----------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        owner: QObject | None = None,
        key: Any = None,
        changes: Iterable[str] | None = None,
        progress: Progress | None = None,
        long: bool = False,
        touched: Iterable[str] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Queue ``fn(db, *args, **kwargs)``; a long job is called
        ``fn(db, progress, is_cancelled, *args, **kwargs)``. ``touched``, with
        ``changes``: the only accounts it changes (as ``core.changes.touches`` says)."""
        job = Job(
            fn,
            args,
            kwargs,
            key,
            frozenset(changes) if changes is not None else None,
            done,
            failed,
            owner,
            progress,
            long or progress is not None,
            accounts=frozenset(touched) if touched is not None else None,
        )
        with self._cond:
            if self._stopping:
                log.warning("%s: job %s after shutdown, dropped", self.name, fn.__name__)
                return job
            if key is not None:
                for queued in self._queue:
                    if queued.key == key:  # the same request: run once, the latest wins
                        queued.fn, queued.args, queued.kwargs = fn, args, kwargs
                        queued.done, queued.failed, queued.owner = done, failed, owner
                        queued.changes, queued.on_progress = job.changes, progress
                        queued.accounts = job.accounts
                        return queued
        self._enqueue(job)
        return job

    def retry(self, job: Job) -> None:
        """Run a failed job again (the user pressed Retry)."""
        job.cancel_requested = False
        self._enqueue(job)

    def _enqueue(self, job: Job) -> None:
        with self._cond:
            if self._stopping:
                return
            self._queue.append(job)
            self._outstanding += 1
            first = self._outstanding == 1
            self._cond.notify()
        if first:
            self.busy_changed.emit(True)

    def idle(self) -> bool:
        """Nothing queued, running or waiting to be delivered."""
        return self._outstanding == 0

    def is_pending(self, key: Any) -> bool:
        with self._cond:
            running = self._running is not None and self._running.key == key
            return running or any(job.key == key for job in self._queue)

    def cancel(self, key: Any = None) -> None:
        """Cancel the queued and running jobs of ``key`` (all jobs when None)."""
        with self._cond:
            for job in [*self._queue, *([self._running] if self._running else [])]:
                if key is None or job.key == key:
                    job.cancel_requested = True

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Wait (delivering results) until every submitted job is done; for closing the
        window after the pending edits were submitted, and for tests."""
        deadline = time.monotonic() + timeout_ms / 1000
        quiet = 0  # event-loop rounds in a row with nothing outstanding
        while quiet < 3 and time.monotonic() < deadline:
            # events first: a widget shown a moment ago may only now ask for its data
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._outstanding:
                quiet = 0
                with self._cond:
                    if self._queue or self._running is not None:
                        self._cond.wait(0.02)
            else:
                quiet += 1
        return self._outstanding == 0

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish what is queued (the saves of a closing window), then stop the thread."""
        self.drain(timeout_ms)
        with self._cond:
            self._stopping = True
            for job in self._queue:
                job.cancel_requested = True
            self._cond.notify_all()
        self._thread.join(timeout_ms / 1000)

    # -- the worker thread ---------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if not self._queue:
                    return
                job = self._queue.popleft()
                self._running = job
            result: Any = None
            error: BaseException | None = None
            try:
                if job.cancel_requested:
                    raise Cancelled  # a save whose card closed meanwhile still runs
                job.attempts += 1
                if job.long:
                    result = job.fn(
                        self.db, self._progress_of(job), job.is_cancelled, *job.args, **job.kwargs
                    )
                else:
                    result = job.fn(self.db, *job.args, **job.kwargs)
            except BaseException as exc:  # handed to the GUI thread, never lost
                error = exc
            with self._cond:
                self._running = None
                self._cond.notify_all()
            self._finished.emit((job, result, error))

    def _progress_of(self, job: Job) -> Progress:
        def progress(percent: int, message: str) -> None:
            if job.cancel_requested:
                raise Cancelled
            if job.on_progress is not None:
                self._progressed.emit(job, percent, message)

        return progress

    # -- back on the GUI thread -------------------------------------------------------------
    def _relay_progress(self, job: Job, percent: int, message: str) -> None:
        if job.on_progress is not None and job.alive():
            job.on_progress(percent, message)

    def _deliver(self, outcome: tuple[Job, Any, BaseException | None]) -> None:
        job, result, error = outcome
        began = time.perf_counter()
        try:
            if error is None:
                self.hub.announce(job.what_changed(), job.accounts_changed())
                if job.done is not None and job.alive():
                    job.done(result)
            elif isinstance(error, Cancelled):
                if job.failed is not None and job.alive():
                    job.failed(error)
            else:
                if not isinstance(error, Exception):
                    log.error("%s: %s", self.name, error)
                else:
                    log.info("%s: %s failed: %r", self.name, job.fn.__name__, error)
                found = problem(error)
                if job.failed is not None and not (found is not None and found.retry):
                    if job.alive():
                        job.failed(error)
                else:  # no handler, or a busy database: the window offers a retry
                    self.failure.emit(error, job)
        finally:
            took = time.perf_counter() - began
            if took > SLOW_DELIVERY:  # what held the window: the result's handlers
                log.debug("%s: %s delivered in %.0f ms", self.name, _name(job.fn), took * 1000)
            self._outstanding -= 1
            if self._outstanding == 0:
                self.busy_changed.emit(False)
