"""KPI panel speed (issue «Speed»): the company's panel for the month, the quarter and
the year of the latest sale, best of ``--runs``, on the 20,000-account / 1,000,000-line
demo (built first if missing). The first panel after an upgrade makes the sales by
month once; its time is printed apart.

    python benchmarks/kpi_bench.py [--db PATH] [--accounts N] [--lines N] [--runs 3]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from startup import large_demo


def main() -> None:
    args = large_demo(runs=3)

    from core.database import open_database
    from core.kpi.panel import panel, panel_context, parse_period

    db = open_database(str(args.db))
    latest = panel_context(db)["latest_sale"]
    quarter = (latest.month - 1) // 3 + 1
    periods = {
        "month": f"{latest.year}-{latest.month:02d}",
        "quarter": f"{latest.year}-Q{quarter}",
        "year": f"{latest.year}",
    }
    start = time.perf_counter()
    panel(db, parse_period(periods["month"]))
    print(f"first panel (sales by month made if needed): {time.perf_counter() - start:.2f} s")
    for name, text in periods.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            panel(db, parse_period(text))
            times.append(time.perf_counter() - start)
        print(f"kpi {name} {text}: {min(times):.2f} s (best of {args.runs})")
    db.close()


if __name__ == "__main__":
    main()
