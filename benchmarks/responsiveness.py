"""How long the window stops answering while it is used (issue "One coherent
application"): a heartbeat timer on the GUI thread records the longest gap between its
beats while a script drives the window as a user would. It opens cards and walks their
tabs, saves fields, switches segmentations, opens the Dashboard and runs an import.

Runs, each in a fresh process on the 20,000-account / 1,000,000-line demo:
- ``sqlite``: the database file as it is;
- ``sqlite-locked``: another process holds a write lock (BEGIN IMMEDIATE) for 15 s
  while the script saves: the save waits off the GUI thread, the window offers Retry;
- ``postgres``: a PostgreSQL database (``--pg URL``, filled with the same demo) reached
  through a TCP proxy on loopback that delays every packet by 5 ms each way (about
  10 ms a round trip, as a team's server over a network).

The last line is ``responsiveness: max stall N ms`` (the worst of the runs).

    python benchmarks/responsiveness.py [--db PATH] [--pg URL] [--runs sqlite,sqlite-locked]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import ensure_db  # noqa: E402

CHILD = r"""
import json, os, subprocess, sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QSettings, QTimer
from ui.app import create_application
app = create_application([])
from core.database import open_database
from ui.main_window import MainWindow
from ui.settings_store import Settings

url, root, mode, csv_path = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
db = open_database(url)
window = MainWindow(db, Settings(QSettings(sys.argv[5], QSettings.Format.IniFormat)), "en")
window.resize(1280, 800)
beats = []
heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(lambda: beats.append(time.perf_counter()))
stalls = {}  # step → the longest gap during it
samples = {}  # with FIELDBOOK_STALL_TRACE=1: where the GUI thread was during a stall
if os.environ.get("FIELDBOOK_STALL_TRACE"):
    import logging, threading, traceback
    gui = threading.get_ident()
    slow = logging.StreamHandler(sys.stderr)
    slow.addFilter(lambda record: "delivered in" in record.getMessage())
    slow.setFormatter(logging.Formatter("%(relativeCreated)8.0f ms  %(message)s"))
    for name in ("fieldbook.ui.ops",):
        logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger(name).addHandler(slow)

    def watch():
        while True:
            before = time.perf_counter()
            time.sleep(0.01)
            if time.perf_counter() - before > 0.05:
                # this thread itself could not run: the interpreter lock was held (a C
                # call that does not let go of it); what the other threads are in now
                for ident, other in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    top = traceback.extract_stack(other)[-5:]
                    key = "  [held] " + " < ".join(
                        f"{'/'.join(f.filename.split('/')[-2:])}:{f.lineno} {f.name}"
                        for f in reversed(top))
                    samples[key] = samples.get(key, 0) + 1
            if beats and time.perf_counter() - beats[-1] > 0.04:
                frame = sys._current_frames().get(gui)
                stack = [f for f in traceback.extract_stack(frame) if root in f.filename
                         or "site-packages" not in f.filename][-6:]
                key = " < ".join(f"{'/'.join(f.filename.split('/')[-2:])}:{f.lineno} {f.name}"
                                 for f in reversed(stack))
                samples[key] = samples.get(key, 0) + 1
                for ident, other in sys._current_frames().items():
                    if ident in (gui, threading.get_ident()):
                        continue
                    top = traceback.extract_stack(other)[-4:]
                    if any(f.name in ("wait", "get", "_wait_for_tstate_lock", "select")
                           for f in top[-2:]):
                        continue
                    key = "  [other] " + " < ".join(
                        f"{'/'.join(f.filename.split('/')[-2:])}:{f.lineno} {f.name}"
                        for f in reversed(top))
                    samples[key] = samples.get(key, 0) + 1

    threading.Thread(target=watch, daemon=True).start()
    import gc
    pauses = {}  # generation → the longest collection, ms
    full_from = {}  # where full collections started
    started = []

    def timed(phase, info):
        if phase == "start":
            started[:] = [time.perf_counter()]
            if info["generation"] == 2:
                where = " < ".join(f"{f.filename.split('/')[-1]}:{f.lineno} {f.name}"
                                   for f in reversed(traceback.extract_stack()[-8:-1]))
                full_from[where] = full_from.get(where, 0) + 1
        elif started:
            took = (time.perf_counter() - started[0]) * 1000
            gen = info["generation"]
            pauses[gen] = max(pauses.get(gen, 0.0), took)

    gc.callbacks.append(timed)


def wait(condition, timeout=180.0):
    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


def idle():
    return window.ops.idle() and window.background.idle()


durations = {}


def press():
    # what a user's click or key would leave: an input event (the full garbage
    # collection waits for the user to be idle; a script sends no input of its own)
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    app.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                    Qt.KeyboardModifier.NoModifier))


def step(name, action, until=idle):
    start = len(beats)
    began = time.perf_counter()
    press()
    action()
    wait(until)
    durations[name] = time.perf_counter() - began
    for _ in range(10):  # a few beats after the step, to see what it left behind
        app.processEvents()
        time.sleep(0.005)
    gaps = [b - a for a, b in zip(beats[start:], beats[start + 1:])]
    stalls[name] = max(gaps, default=0.0) * 1000


heart.start()
window.show()
step("start-up", lambda: None, lambda: window._accounts_loaded and idle())
step("labels", lambda: None, lambda: window.derived.current and idle())
holder = None
if mode == "sqlite-locked":
    hold = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(15);"
            "c.execute('ROLLBACK')")
    holder = subprocess.Popen([sys.executable, "-c", hold, db.path], stdout=subprocess.PIPE,
                              text=True)
    holder.stdout.readline()
model = window.accounts.model
for n in range(5):
    account = model.account_id(n * 37 % model.rowCount())
    step(f"open card {n + 1}", lambda a=account: window.open_account(a),
         lambda a=account: window.card is not None and window.card.account_id == a and idle())
    card = window.card
    for i in range(card.tabs.count()):
        step(f"card {n + 1} tab {i + 1}", lambda i=i: card.tabs.setCurrentIndex(i))
    region = card.fields.editors["region"]
    region.setText(f"Регион {n}")

    def save(region=region):
        region.editingFinished.emit()

    def saved_or_busy():
        return idle() or window._busy_box is not None

    step(f"save in card {n + 1}", save, saved_or_busy)
    if window._busy_box is not None:  # the lock is held: wait for it, then Retry
        holder.wait()
        box = window._busy_box
        step(f"retry after the lock {n + 1}", lambda: box.done(int(box.StandardButton.Retry)))
    step(f"close card {n + 1}", window.close_card)
window.show_screen("analytics")
wait(lambda: window.analytics.analysis is not None and idle())
views = window.analytics.view_box
for key in [views.itemData(i) for i in range(views.count())]:
    step(f"segmentation {key}", lambda k=key: window.analytics.set_view(k))
step("dashboard", lambda: window.show_screen("dashboard"),
     lambda: window.dashboard.panel is not None and idle())
screen = window.import_screen
step("import: open the file", lambda: window.import_file(csv_path),
     lambda: screen.session is not None and not screen.busy() and idle())
step("import: run", lambda: screen.run(False),
     lambda: screen.report is not None and not screen.busy() and idle())
step("after the import", lambda: None, lambda: window.derived.current and idle())
heart.stop()
if holder is not None:
    holder.wait()
window.close()
if samples:
    for name, took in sorted(durations.items(), key=lambda kv: -kv[1])[:12]:
        print(f"step {name}: {took:.1f} s", file=sys.stderr)
if os.environ.get("FIELDBOOK_STALL_TRACE"):
    print("longest garbage collection by generation, ms:",
          {g: round(v) for g, v in sorted(pauses.items())}, file=sys.stderr)
    for where, n in full_from.items():
        print(f"  full collection x{n}: {where}", file=sys.stderr)
for key, count in sorted(samples.items(), key=lambda kv: -kv[1])[:40]:
    print(f"{count * 10:6d} ms  {key}", file=sys.stderr)
worst = max(stalls, key=stalls.get)
top = sorted(stalls.items(), key=lambda kv: -kv[1])[:6]
print(json.dumps({"max_ms": stalls[worst], "worst_step": worst, "steps": len(stalls),
                  "beats": len(beats), "top": top,
                  "list_s": durations["start-up"], "labels_s": durations["labels"]}))
"""


def write_sales_csv(path: Path, lines: int = 2000) -> None:
    """A small 1C-shaped sales file of new clients, for the import step."""
    rows = ["Дата;Контрагент;ИНН;Номенклатура;Количество;Сумма"]
    for i in range(lines):
        rows.append(
            f"{(i % 28) + 1:02d}.10.2026;ООО «Выставка {i % 50}»;;Перчатки {i % 30};"
            f"{i % 7 + 1};{(i % 13 + 1) * 1250},00"
        )
    path.write_text("\n".join(rows), encoding="utf-8")


class DelayProxy:
    """A TCP proxy on loopback that holds every chunk ``delay`` seconds each way."""

    def __init__(self, target: tuple[str, int], delay: float = 0.005) -> None:
        self.target, self.delay = target, delay
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while data := await reader.read(65536):
                await asyncio.sleep(self.delay)
                writer.write(data)
                await writer.drain()
        writer.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    def start(self) -> int:
        self._thread.start()
        self._ready.wait(10)
        return self.port


def compiled_env() -> dict[str, str]:
    """The environment of a run, with the program's modules compiled as an installed
    program has them: with PYTHONDONTWRITEBYTECODE set (as on this machine) every run
    compiled each module from source on first import, and a module compiled on a
    worker thread holds the interpreter lock for the whole compile (stalls of 20-30 ms
    in the window that no user's installation has)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "core", "ui", "storage", "cli"],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
    )
    return env


def run_child(url: str, mode: str, csv_path: Path) -> dict[str, object]:
    env = compiled_env()
    ini = f"/tmp/fieldbook-resp-{mode}.ini"
    Path(ini).unlink(missing_ok=True)
    # its own process group: the run's worker processes end with it, and a run that
    # dies (the stall tracer reads other threads' frames, which can crash it) does not
    # leave this script waiting on pipes its workers still hold
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(ROOT), mode, str(csv_path), ini],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        out, err = child.communicate(timeout=1800)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, 9)
    if child.returncode != 0:
        raise SystemExit(f"{mode}: the run failed ({child.returncode}):\n{err[-3000:]}")
    if os.environ.get("FIELDBOOK_STALL_TRACE"):
        print(err[-12000:], file=sys.stderr)
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/fieldbook-bench-20k.db"))
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--pg", help="a PostgreSQL URL holding the same demo (postgres run)")
    parser.add_argument("--runs", default="sqlite,sqlite-locked,postgres")
    args = parser.parse_args()
    ensure_db(args.db, args.accounts, args.lines)
    csv_path = Path("/tmp/fieldbook-resp-import.csv")
    write_sales_csv(csv_path)
    results = {}
    for mode in args.runs.split(","):
        if mode == "postgres":
            if not args.pg:
                print("postgres: skipped (no --pg URL)")
                continue
            from sqlalchemy.engine import make_url

            real = make_url(args.pg)
            proxy = DelayProxy((real.host or "127.0.0.1", real.port or 5432))
            port = proxy.start()
            url = real.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
        else:
            copy = Path(f"/tmp/fieldbook-resp-{mode}.db")
            for side in ("-wal", "-shm"):  # a previous run's log would not fit the new copy
                Path(f"{copy}{side}").unlink(missing_ok=True)
            subprocess.run(["cp", str(args.db), str(copy)], check=True)
            url = str(copy)
        started = time.perf_counter()
        result = run_child(url, mode, csv_path)
        results[mode] = result["max_ms"]
        print(
            f"{mode}: max stall {result['max_ms']:.0f} ms (in «{result['worst_step']}»; "
            f"{result['steps']} steps, {time.perf_counter() - started:.0f} s)"
        )
        slowest = ", ".join(f"{name} {ms:.0f}" for name, ms in result["top"])  # type: ignore[union-attr]
        print(f"  the slowest steps, ms: {slowest}")
        print(
            f"  the list shown {result['list_s']:.1f} s after the window, its labels "
            f"{result['labels_s']:.1f} s after the list"
        )
    if results:
        print(f"responsiveness: max stall {max(results.values()):.0f} ms")


if __name__ == "__main__":
    main()
