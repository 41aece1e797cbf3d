"""Analytics speed on the large demo company (issue 6's targets).

In a fresh process each: loading the lines and computing every segmentation, cold
(no cache file: the lines are read from the database) and warm (the columnar cache
is valid), with the time divided between loading, the per-client metrics, the labels
and the tables, and the peak memory; every account's labels as ``accounts`` reads them,
cold, after a BANT score and warm (kept with their data stamp); then, in the window
(offscreen), the time to switch between segmentations once computed (table and chart
shown).
Builds the 20,000-account / 1,000,000-line demo database first if it is missing.

    python benchmarks/analytics_bench.py [--db PATH] [--accounts N] [--lines N] [--runs 3]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import large_demo

ROOT = Path(__file__).resolve().parent.parent

COMPUTE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from core.database import open_database
from core.analytics.dataset import load_dataset
from core.analytics.clients import client_table
from core.analytics.segments import segment, segment_table
from core.analytics.service import TABLES
db = open_database(sys.argv[1])
t = time.perf_counter(); ds = load_dataset(db.engine); load = time.perf_counter() - t
as_of = ds.latest_sale.date()
t = time.perf_counter(); client_table(ds, as_of); metrics = time.perf_counter() - t
t = time.perf_counter(); seg = segment(ds, as_of); labels = time.perf_counter() - t
tables = {}
for kind, by in TABLES:
    t = time.perf_counter()
    segment_table(seg, kind, by)
    tables[f"{kind}/{by or ''}"] = time.perf_counter() - t
from core.analytics.scoring import bcg_table
from core.analytics.service import scored_labels
t = time.perf_counter(); _labels, scores, _risk = scored_labels(db.engine, seg, with_churn=False)
scoring = time.perf_counter() - t
from core.analytics.service import churn_of
t = time.perf_counter(); risk = churn_of(db.engine, seg); churn = time.perf_counter() - t
t = time.perf_counter(); bcg_table(seg, scores); tables["bcg/"] = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": load, "metrics": metrics, "segment": labels, "scoring": scoring,
                  "churn": churn, "churn_model": risk.model.kind, "auc": risk.backtest.auc,
                  "tables": tables, "lines": len(ds.lines), "peak_mb": peak}))
"""

LABELS = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from core.accounts.records import account_records
from core.database import open_database
db = open_database(sys.argv[1])
if sys.argv[3] == "bant":  # a new BANT score first: the labels' input changes
    from core.accounts.workspace import record_bant
    from core.selling.bant import Bant
    first = account_records(db)[0]["id"]
    now = time.time_ns() % 4
    record_bant(db, first, Bant(budget=now, authority=3 - now, need=2, timing=1))
t = time.perf_counter()
records = account_records(db)
print(json.dumps({"labels": time.perf_counter() - t, "accounts": len(records)}))
"""

SWITCH = r"""
import json, sys, tempfile, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.app import create_application
app = create_application([])
from core.database import open_database
from ui.analytics.labels import VIEWS
from ui.main_window import MainWindow
from ui.settings_store import Settings
ini = Path(tempfile.mkdtemp()) / "bench.ini"
store = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
win = MainWindow(open_database(sys.argv[1]), store, "en")
win.resize(1280, 800)
win.show()
screen = win.analytics
done = []
screen.charts_ready.connect(lambda: done.append(1))
win.show_screen("analytics")
while not done:
    app.processEvents()
    time.sleep(0.01)
timings = {}
for rounds in range(2):
    for key, _kind, _by in VIEWS:
        t = time.perf_counter()
        screen.set_view(key)
        screen.table.viewport().repaint()  # the table painted now, not later
        screen.chart_holder.repaint()
        app.processEvents()
        timings.setdefault(key, []).append(time.perf_counter() - t)
print(json.dumps({k: min(v) for k, v in timings.items()}))
win.close()
"""


def child(code: str, db: Path, cache: str, *more: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDBOOK_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", code, str(db), str(ROOT), *more],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(label: str, runs: list[dict]) -> None:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    tables = statistics.median(sum(r["tables"].values()) for r in runs)
    total = med("load") + med("segment") + med("scoring") + tables
    churn = med("churn")
    print(
        f"{label}: load {med('load'):.2f} s · per-client metrics alone {med('metrics'):.2f} s · "
        f"metrics + every label {med('segment'):.2f} s · BANT/BCG/progress scoring "
        f"{med('scoring'):.2f} s · all {len(runs[0]['tables'])} tables "
        f"{tables:.2f} s · total {total:.2f} s (target < 3 s) · peak {med('peak_mb'):.0f} MB "
        f"(target < 1 GB) · {runs[0]['lines']:,} lines"
    )
    print(
        f"  churn risk (fit, backtest, scoring, reasons): {churn:.2f} s (target < 10 s) · "
        f"model {runs[0]['churn_model']} · backtest AUC {runs[0]['auc']:.3f}"
    )
    slowest = max(runs[0]["tables"], key=lambda k: runs[0]["tables"][k])
    print(f"  slowest table: {slowest} {runs[0]['tables'][slowest] * 1000:.0f} ms")


def labels(db: Path, cache: str) -> None:
    """Every account's labels as ``accounts`` reads them (in a fresh process, its
    imports apart): cold (nothing kept: labels, churn fit and all), after a BANT score
    (the churn risk kept), and warm (nothing changed since). On a copy of the database:
    the BANT score is a write."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "labels.db"
        shutil.copy(db, copy)
        for f in Path(cache).glob("*.pickle"):
            f.unlink()
        cold = child(LABELS, copy, cache, "plain")["labels"]
        bant = child(LABELS, copy, cache, "bant")["labels"]
        warm = min(child(LABELS, copy, cache, "plain")["labels"] for _ in range(2))
        command = min(
            whole(cache, "accounts", "--db", str(copy), "--format", "json") for _ in range(3)
        )
        start = min(whole(cache, "--version") for _ in range(3))
    print(
        f"labels of every account (accounts --format json): cold {cold:.2f} s · "
        f"after a BANT score {bant:.2f} s · warm {warm:.2f} s (target: under 1 s warm)"
    )
    print(
        f"  the whole command warm, its process included: {command:.2f} s "
        f"(the process with no command, --version: {start:.2f} s)"
    )


def whole(cache: str, *arguments: str) -> float:
    """Seconds of one run of the command line, from the process's start to its end."""
    env = {**os.environ, "FIELDBOOK_CACHE_DIR": cache}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    return time.perf_counter() - started


def main() -> None:
    args = large_demo(runs=3)
    with tempfile.TemporaryDirectory() as cache:
        cold, warm = [], []
        for _ in range(args.runs):
            for f in Path(cache).glob("*"):
                f.unlink()
            cold.append(child(COMPUTE, args.db, cache))
            warm.append(child(COMPUTE, args.db, cache))
        report("cold (lines read from the database)", cold)
        report("warm (columnar cache valid)", warm)
        labels(args.db, cache)
        switch = child(SWITCH, args.db, cache)
    worst = max(switch, key=lambda k: switch[k])
    print(
        f"switching segmentation in the window: median "
        f"{statistics.median(switch.values()) * 1000:.0f} ms, slowest {worst} "
        f"{switch[worst] * 1000:.0f} ms (target < 100 ms)"
    )


if __name__ == "__main__":
    main()
