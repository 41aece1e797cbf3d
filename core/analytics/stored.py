"""What the analysis computed, kept on disk with the data it was computed from.

The standard analysis of the base (every label, score and table: 12 months to the
latest sale) and the fitted churn model take seconds on a large base. They are kept in
files of the analytics cache folder (beside the line cache of ``core.analytics.dataset``),
each under a key made of what it read:

- the analysis: the data key (the sales stamp; the row count and latest change of every
  table the labels read, settings included), the day it stands on (the ЛПР met in the 90
  days before today), and the program's own code;
- the churn model: the sales stamp, the as-of day and the horizon (a new activity or
  contact is scored with the same model, not refitted).

So the window after a restart and ``accounts`` after a command that changed nothing
read them instead of computing, and anything that changes an input changes the key. A
file that does not match, cannot be read or cannot be written is never an error: the
caller computes, as without a cache.

The files hold pickles: they are written only by this program, in the user's own cache
folder, with the user's permissions only (0600), and read only when their first line
is the key asked for.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core import __version__, pieces
from core.database import Database, engine_of
from storage.stamps import SALES, read_stamp

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from core.analytics.service import Analysis

log = logging.getLogger("fieldbook.analytics")

FORMAT = 1
CACHE_ENV = "FIELDBOOK_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Path:
    """The analytics cache folder: the user's cache folder, or ``$FIELDBOOK_CACHE_DIR``."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("Fieldbook", appauthor=False) / "analytics"


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """The program's version and, when its sources can be read (not in a frozen build,
    where the version says it), a digest of the code of core and storage: a program changed in any
    way computes afresh instead of reading what an older one kept."""
    digest = hashlib.sha1(f"{FORMAT}:{__version__}".encode())
    root = Path(__file__).resolve().parent.parent.parent
    try:
        for path in sorted((*root.glob("core/**/*.py"), *root.glob("storage/**/*.py"))):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    except OSError:
        pass
    return digest.hexdigest()[:20]


def _file(kind: str, url: str) -> Path:
    key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"{kind}-{key}.pickle"


def _digest(parts: Any) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def read(kind: str, url: str, key: str) -> Any | None:
    """What :func:`write` kept for ``kind`` of this database under ``key`` (None: nothing
    kept, another key, or a file that cannot be read)."""
    path = _file(kind, url)
    try:
        with open(path, "rb") as fh:
            head = fh.readline().rstrip(b"\n").decode("ascii", "replace")
            found, _sep, form = head.partition(" ")
            if found != key:
                return None
            value = pickle.load(fh)
        return pieces.unpack(value) if form == "pieces" else value
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged or foreign file: compute instead
        log.warning("kept analysis %s unreadable (%r); computing it", path, exc)
        return None


def write(kind: str, url: str, key: str, value: Any, in_pieces: bool = False) -> None:
    """Keep ``value`` for ``kind`` of this database under ``key``, atomically (a file half
    written is never read; a failure only logs). ``in_pieces``: pickled as
    ``core.pieces`` does, for a reader on a thread of the window (slower to write)."""
    path = _file(kind, url)
    temp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep(path.parent)
        fd, name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
        temp = Path(name)  # mkstemp: this write's own file, mode 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(key.encode("ascii") + (b" pieces\n" if in_pieces else b"\n"))
            kept = pieces.pack(value) if in_pieces else value
            pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except Exception as exc:  # a full disk, a read-only folder, a value that won't pickle
        log.warning("analysis not kept in %s: %r", path, exc)
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


def _sweep(folder: Path, older_than: float = 3600.0) -> None:
    """Remove what a killed writer left (its temporary files of more than an hour)."""
    now = time.time()
    for left in folder.glob("*.pickle.*.tmp"):
        with contextlib.suppress(OSError):
            if now - left.stat().st_mtime > older_than:
                left.unlink()


# what the analysis reads besides the sale lines (their stamp says when they changed):
# a change in any of these changes the data key
_WATCHED = (
    "account",
    "contact",
    "activity",
    "bant_score",
    "bcg_score",
    "development_plan",
    "milestone_reached",
    "competitor_presence",
    "receivable",
    "delivery",
    "survey_answer",
    "region_universe",
    "opportunity",
    "event",
    "event_lead",
    "channel_cost",
    "app_setting",
)
# what the scoring labels (BANT, BCG strategy, progress level) read beyond the sales
SCORING_TABLES = ("bant_score", "bcg_score", "development_plan", "milestone_reached")
# each row's change time in whole milliseconds, summed: a row changed with a clock behind
# the latest change (a colleague's laptop on the shared server) changes the sum, where
# the latest change alone would not have moved. Modulo a prime (about 11.6 days of
# milliseconds), so that SQLite's integer sum cannot overflow (5 million rows of
# milliseconds since 1970 would)
_MILLIS = {
    "sqlite": "CAST((julianday(updated_at) - 2440587.5) * 86400000 AS INTEGER) % 1000000007",
    "postgresql": "MOD(CAST(EXTRACT(EPOCH FROM updated_at) * 1000 AS BIGINT), 1000000007)",
}
_KEY_SQL = {
    dialect: " UNION ALL ".join(
        f"SELECT '{table}', COUNT(*), MAX(updated_at), SUM({millis}) FROM {table}"
        for table in _WATCHED
    )
    for dialect, millis in _MILLIS.items()
}


def data_key(engine: Engine | Database) -> tuple[Any, ...]:
    """Changes whenever the sales data, an account, or anything else the analysis reads
    changes: the sales stamp and each watched table's row count, latest change and sum
    of its rows' change times, in one query (one round trip to a shared server)."""
    engine = engine_of(engine)
    with engine.connect() as conn:
        stamp = read_stamp(conn, SALES)
        sql = _KEY_SQL["postgresql" if conn.dialect.name == "postgresql" else "sqlite"]
        watched = {row[0]: (row[1], str(row[2]), str(row[3])) for row in conn.exec_driver_sql(sql)}
    return (stamp, *(watched[table] for table in _WATCHED))


def watched(key: tuple[Any, ...], *tables: str) -> tuple[Any, ...]:
    """The parts of a :func:`data_key` that belong to these tables."""
    return tuple(key[1 + _WATCHED.index(table)] for table in tables)


def url_of(engine: Engine) -> str:
    return str(engine.url.render_as_string(hide_password=True))


def analysis_key(engine: Engine, data_key: Any, today: date | None = None) -> str:
    """The key of the standard analysis of this data on ``today``."""
    day = (today or date.today()).isoformat()
    return _digest((code_stamp(), url_of(engine), data_key, day))


def kept(kind: str, engine: Engine, parts: Any, compute: Callable[[], T], keep: bool = True) -> T:
    """``compute()``'s value as kept under the key of ``parts``, computed (and kept, with
    ``keep``) when nothing matches."""
    url = url_of(engine)
    key = _digest((code_stamp(), url, parts))
    found = read(kind, url, key)
    if found is not None:
        return found
    value = compute()
    if keep:
        write(kind, url, key, value)
    return value


def standard_analysis(
    db: Engine | Database, seen: Any = None, fresh: bool = False
) -> tuple[Any, Analysis]:
    """The data key and the standard analysis: read when kept for the data as it is
    today (unless ``fresh``), else computed and kept (its labels on their own too, for
    :func:`standard_labels`). ``seen``: the data key when the caller just read it."""
    from core.analytics.service import analyse

    engine = engine_of(db)
    seen = data_key(engine) if seen is None else seen
    url = url_of(engine)
    key = analysis_key(engine, seen)
    analysis = None if fresh else read("analysis", url, key)
    if analysis is None:
        analysis = analyse(engine, key=seen)
        write("analysis", url, key, analysis, in_pieces=True)
        write("labels", url, key, analysis.labels)
        if analysis.scores is not None:
            from core.analytics.service import label_base

            base = label_base(analysis.labels, analysis.scores)
            write("base-labels", url, _base_key(engine, seen), base)
    return seen, analysis


def kept_analysis(db: Engine | Database) -> tuple[Any, Analysis] | None:
    """The data key and the standard analysis when it is kept for the data as it is
    today; None (compute it) otherwise. Read in pieces: a window's thread may call it."""
    engine = engine_of(db)
    seen = data_key(engine)
    analysis = read("analysis", url_of(engine), analysis_key(engine, seen))
    return None if analysis is None else (seen, analysis)


def kept_labels(db: Engine | Database) -> dict[str, dict[str, Any]] | None:
    """The standard labels when they are kept for the data as it is today; None
    otherwise (nothing is computed here: the window's first reading of its list shows
    them with it, 0.2 s on 20,000 accounts, and leaves computing to its analysis)."""
    engine = engine_of(db)
    labels = read("labels", url_of(engine), analysis_key(engine, data_key(engine)))
    return labels if isinstance(labels, dict) else None


def _base_key(engine: Engine, data_key: Any) -> str:
    """The key of the labels apart from their scoring (:data:`SCORING_TABLES`)."""
    kept = tuple(
        part for i, part in enumerate(data_key) if i == 0 or _WATCHED[i - 1] not in SCORING_TABLES
    )
    return analysis_key(engine, ("base", kept))


def standard_labels(db: Engine | Database, seen: Any = None) -> dict[str, dict[str, Any]]:
    """Every account's standard labels (segments, BANT, BCG strategy, progress level,
    churn risk), as :func:`standard_analysis` kept them: plain values in a small file of
    their own (nothing of pandas to load). When only the scoring changed since (a BANT
    score, a BCG override, a plan's progress), the scoring labels are computed again on
    the kept base; when anything else did, everything is computed (without the window's
    tables) and kept. ``seen``: the data key when the caller just read it."""
    engine = engine_of(db)
    seen = data_key(engine) if seen is None else seen
    url = url_of(engine)
    key = analysis_key(engine, seen)
    labels = read("labels", url, key)
    if labels is None:
        from core.analytics import service  # pandas: only when something is computed

        base_key = _base_key(engine, seen)
        base = read("base-labels", url, base_key)
        if isinstance(base, service.LabelBase):
            labels = service.rescore(engine, base)
        else:
            base = service.current_labels(engine, seen)
            labels = base.labels
            write("base-labels", url, base_key, base)
        write("labels", url, key, labels)
    return labels
