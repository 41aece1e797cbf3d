"""The derived state of the client base, kept current for every screen.

Segment labels, suggested BCG scores, strategies (and so the proposal's discount
limits) are computed by ``core`` from the sales, the accounts, the contacts and
activities, the scores, the plans and the settings. ``DerivedState`` recomputes them
in the background after any change of those (the change hub says which), not because a
screen happened to be opened, and tells every screen when they are ready. A screen that
needs them before then says so ("computing labels…").

It also keeps the analyses of other as-of dates and windows that the Analytics screen
asks for, until the data change. And it looks every so often, in the background,
whether another program or a colleague on the shared server changed the data; if so,
it says so through the hub as if the window had made the change.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from core import changes as ch
from ui.ops import Cancelled, ChangeHub, Executor

if TYPE_CHECKING:
    from core.analytics.service import Analysis

log = logging.getLogger("fieldbook.ui.derived")

STANDARD = (None, 12)  # the labels' parameters: 12 months to the latest sale


def _warm_up(_db: Any) -> bool:
    from ui import processes

    processes.warm_up()
    return True


def _analyse(
    db: Any, progress: Any, is_cancelled: Any, as_of: date | None, months: int, fresh: bool
) -> tuple[Any, Analysis, dict[str, str]]:
    """The analysis, and for the standard one the account list's search texts of the
    labels: computed in the worker process (``ui.processes``), so that pandas never
    holds the GIL the window needs. ``fresh``: computed, not read as kept (after a
    change the window saw, or F5)."""
    from ui import processes

    progress(5, "load")
    if (as_of, months) == STANDARD and not fresh:
        # kept for the data as it is (a restart, nothing changed): read here, in pieces,
        # without waiting for the worker process to start
        from core.analytics.stored import kept_analysis
        from ui.accounts.model import label_search_text

        found = kept_analysis(db)
        if found is not None:
            progress(100, "tables")
            return found[0], found[1], label_search_text(found[1].labels)
    result = processes.run(
        processes.analyse_in_child,
        db.url,
        as_of,
        months,
        (as_of, months) == STANDARD,
        fresh,
        is_cancelled=is_cancelled,
        cancelled=Cancelled,
    )
    progress(100, "tables")
    return result


def _data_key(db: Any) -> Any:
    from core.analytics.stored import data_key

    return data_key(db)


class DerivedState(QObject):
    """Labels, scores and strategies of every account (see the module's docstring)."""

    ready = Signal(object)  # the standard Analysis, new or recomputed
    stale = Signal()  # the data changed: what is shown may be out of date until ``ready``
    progress = Signal(int, str)
    computed = Signal(object)  # any Analysis (standard or not) just computed
    failed = Signal(object)  # the exception of a computation that failed

    def __init__(
        self,
        background: Executor,
        hub: ChangeHub,
        parent: QObject | None = None,
        poll_ms: int = 20_000,
    ) -> None:
        super().__init__(parent)
        self.background = background
        self.hub = hub
        self.analysis: Analysis | None = None  # the standard one, possibly stale
        self.search: dict[str, str] = {}  # its labels as the account list searches them
        self.current = False  # ``analysis`` is from the data as it is now
        self._version = 0  # counts the changes seen
        self._cache: dict[tuple[date | None, int], Analysis] = {}
        self._key: Any = None  # data_key of what was last computed
        self._stopped = False
        self._inflight: dict[tuple[date | None, int], int] = {}  # parameters → version
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # several changes in a row: compute once
        self._timer.timeout.connect(self._compute_standard)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._look_outside)
        hub.changed.connect(self._changed)

    # -- what the screens ask ----------------------------------------------------------------
    def start(self) -> None:
        """Compute the labels now (after start-up) and watch for changes from outside.
        The worker process is started on the background lane, ahead of the analysis:
        importing the process pool and spawning its child held the GUI thread 50 ms."""
        self.background.submit(_warm_up, key=("warm up",), failed=lambda _exc: None)
        self._compute_standard()
        self._poll.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._poll.stop()
        self.background.cancel()

    def computing(self) -> bool:
        return self.background.is_pending(("analysis", *STANDARD)) or self._timer.isActive()

    def strategy(self, account_id: str) -> str | None:
        scores = self.analysis.scores if self.analysis is not None else None
        return scores.strategy(account_id) if scores is not None else None

    def labels(self, account_id: str) -> dict[str, Any]:
        return self.analysis.labels.get(account_id, {}) if self.analysis is not None else {}

    def cached(self, as_of: date | None, months: int) -> Analysis | None:
        """The analysis for these parameters if it is from the current data."""
        if (as_of, months) == STANDARD:
            return self.analysis if self.current else None
        return self._cache.get((as_of, months))

    def request(self, as_of: date | None, months: int, force: bool = False) -> None:
        """Compute the analysis for these parameters (``computed`` says when)."""
        if force:
            self._cache.pop((as_of, months), None)
            if (as_of, months) == STANDARD:
                self.current = False
        if self.cached(as_of, months) is not None:
            self.computed.emit(self.cached(as_of, months))
            return
        self._submit(as_of, months, fresh=force or not self.trusts_kept())

    def invalidate(self) -> None:
        """Everything derived is out of date (thresholds changed, a forced refresh)."""
        self._changed(ch.LABEL_INPUTS)

    # -- computing ---------------------------------------------------------------------------
    def _changed(self, kinds: frozenset[str]) -> None:
        if not kinds & ch.LABEL_INPUTS or self._stopped:
            return
        self._version += 1
        self.current = False
        self._cache.clear()
        self.stale.emit()
        self._timer.start()

    def trusts_kept(self) -> bool:
        """Whether what was kept for the data may be read: only until this window sees a
        change; after one, the labels are computed (a kept file's key could miss an edit
        made the same moment as another)."""
        return self._version == 0

    def _compute_standard(self) -> None:
        self._submit(*STANDARD, fresh=not self.trusts_kept())

    def _submit(self, as_of: date | None, months: int, fresh: bool = True) -> None:
        if self._stopped:
            return
        version = self._version
        if self._inflight.get((as_of, months)) == version:
            return  # the same computation of the same data is on its way
        self._inflight[(as_of, months)] = version
        self.background.submit(
            _analyse,
            as_of,
            months,
            fresh,
            key=("analysis", as_of, months),
            progress=self.progress.emit,
            done=lambda result: self._done(as_of, months, version, result),
            failed=lambda exc: self._failed(as_of, months, exc),
            owner=self,
        )

    def _done(
        self,
        as_of: date | None,
        months: int,
        version: int,
        result: tuple[Any, Analysis, dict[str, str]],
    ) -> None:
        key, analysis, search = result
        self._key = key
        if self._inflight.get((as_of, months)) == version:
            del self._inflight[(as_of, months)]
        if version != self._version:
            # the data changed while it ran: compute again (the standard one is already
            # asked for by the change); what was computed is still closer to the truth
            # than nothing
            if (as_of, months) == STANDARD:
                if self.analysis is None:
                    self.analysis, self.search = analysis, search
                    self.ready.emit(analysis)
            else:
                self._submit(as_of, months, fresh=True)
            return
        if (as_of, months) == STANDARD:
            self.analysis, self.search = analysis, search
            self.current = True
            self.ready.emit(analysis)
        else:
            self._cache[(as_of, months)] = analysis
            self._cache[(analysis.as_of, months)] = analysis
        self.computed.emit(analysis)

    def _failed(self, as_of: date | None, months: int, exc: BaseException) -> None:
        self._inflight.pop((as_of, months), None)
        if not isinstance(exc, Cancelled):
            log.warning("the analysis failed: %r", exc)
            self.failed.emit(exc)

    # -- changes made elsewhere ----------------------------------------------------------
    def _look_outside(self) -> None:
        if self._stopped or self._key is None or self.computing():
            return
        seen = self._key
        self.background.submit(
            _data_key,
            key="data_key",
            done=lambda key: self._outside(seen, key),
            failed=lambda _exc: None,  # the next look will tell
            owner=self,
        )

    def _outside(self, seen: Any, key: Any) -> None:
        if key != seen and seen is self._key:
            log.info("the data changed outside this window")
            self._key = key
            self.hub.announce(ch.ALL)
