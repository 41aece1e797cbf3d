"""Import speed and memory (issue 3).

1. A generated 200,000-line sales .xlsx (Russian headers, 10% of the numbers written as
   text with non-breaking spaces, INNs of the demo company's clients) is imported into a
   copy of the 2,000-account demo database by ``python main.py import`` in a child
   process. Reported: the whole import (wall clock of the child, start-up included), its
   peak memory, and the baseline: python-calamine alone reading the same file with
   ``CalamineWorkbook…to_python()``.
2. The real ``../shared/data/online_retail/online_retail_full.xlsx`` (541,909 lines), when
   present, imported into an empty database with the columns guessed.

Usage: python benchmarks/import_bench.py [--lines N] [--keep]
Generated files are cached in the temporary folder, so a second run skips generation.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REAL = ROOT.parent / "shared" / "data" / "online_retail" / "online_retail_full.xlsx"
TMP = Path(tempfile.gettempdir())


def demo_database() -> Path:
    path = TMP / "fieldbook-bench-demo2000.db"
    if not path.exists():
        print("generating the 2,000-account demo database…", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "demo",
                "--db",
                str(path),
                "--end",
                "2026-10-31",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def sales_file(db: Path, lines: int) -> Path:
    path = TMP / f"fieldbook-bench-sales-{lines}.xlsx"
    if path.exists():
        return path
    import sqlite3

    from openpyxl import Workbook

    print(f"writing {lines:,} sales lines to {path}…", flush=True)
    conn = sqlite3.connect(db)
    clients = conn.execute("SELECT name, inn FROM account WHERE inn IS NOT NULL").fetchall()
    conn.close()
    rng = random.Random(3)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Продажи")
    ws.append(["Отчёт о продажах (сформирован для проверки скорости)"])
    ws.append([])
    ws.append(
        [
            "Дата",
            "Документ",
            "Контрагент",
            "ИНН",
            "Номенклатура",
            "Номенклатурная группа",
            "Количество",
            "Сумма с НДС",
        ]
    )
    start = date(2025, 11, 1)
    for i in range(lines):
        name, inn = clients[rng.randrange(len(clients))]
        quantity = rng.randint(1, 40)
        amount = round(quantity * rng.uniform(50, 5000), 2)
        day = start + timedelta(days=rng.randrange(365))
        text_number = rng.random() < 0.10
        amount_cell: object = amount
        quantity_cell: object = quantity
        if text_number:
            whole, frac = f"{amount:,.2f}".split(".")
            amount_cell = whole.replace(",", "\u00a0") + "," + frac
            quantity_cell = str(quantity)
        ws.append(
            [
                day,
                f"РН-{i // 4:07d}",
                name,
                inn,
                f"Артикул {rng.randrange(3000):04d}",
                f"Группа {rng.randrange(12) + 1}",
                quantity_cell,
                amount_cell,
            ]
        )
    wb.save(path)
    return path


def calamine_read(path: Path) -> float:
    import python_calamine as pc

    began = time.perf_counter()
    wb = pc.CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - began


def import_child(path: Path, db: Path) -> tuple[float, float, dict[str, object]]:
    """(seconds, peak MB, report) of ``main.py import`` in a fresh process."""
    code = (
        "import resource, subprocess, sys, time, json;"
        "t = time.perf_counter();"
        f"p = subprocess.run([sys.executable, {str(ROOT / 'main.py')!r}, 'import', sys.argv[1],"
        " '--db', sys.argv[2]], capture_output=True, text=True);"
        "dt = time.perf_counter() - t;"
        "mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024;"
        "print(json.dumps({'s': dt, 'mb': mb, 'rc': p.returncode, 'out': p.stdout,"
        " 'err': p.stderr[-2000:]}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(db)], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"import failed: {result['err']}")
    out = result["out"]
    report = json.loads(out[out.index("{") :]) if "{" in out else {}
    return result["s"], result["mb"], report


def summary(report: dict[str, object]) -> str:
    keys = ("rows_read", "inserted", "unchanged", "skipped", "accounts_created")
    return ", ".join(f"{k} {report.get(k)}" for k in keys)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    demo = demo_database()
    path = sales_file(demo, args.lines)
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    baseline = statistics.median(calamine_read(path) for _ in range(args.runs))
    print(f"python-calamine to_python() alone: {baseline:.2f} s (median of {args.runs})")
    times, peaks = [], []
    for run in range(args.runs):
        target = TMP / f"fieldbook-bench-import-{os.getpid()}.db"
        shutil.copy(demo, target)
        seconds, peak, report = import_child(path, target)
        times.append(seconds)
        peaks.append(peak)
        print(f"  run {run + 1}: {seconds:.2f} s, peak {peak:.0f} MB; {summary(report)}")
        if run == 0:
            again, _, report2 = import_child(path, target)
            print(f"  re-import of the same file: {again:.2f} s; {summary(report2)}")
        target.unlink()
        for extra in ("-wal", "-shm"):
            Path(str(target) + extra).unlink(missing_ok=True)
    best = statistics.median(times)
    print(
        f"whole import: {best:.2f} s (median), {best / baseline:.2f}× the calamine read; "
        f"peak memory {max(peaks):.0f} MB"
    )
    if REAL.exists():
        target = TMP / f"fieldbook-bench-real-{os.getpid()}.db"
        target.unlink(missing_ok=True)
        real_base = calamine_read(REAL)
        seconds, peak, report = import_child(REAL, target)
        print(
            f"online_retail_full.xlsx: calamine alone {real_base:.2f} s; import {seconds:.2f} s "
            f"({seconds / real_base:.2f}×), peak {peak:.0f} MB; {summary(report)}"
        )
        target.unlink(missing_ok=True)
    print(
        f"(this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()
