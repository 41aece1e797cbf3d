"""The real wholesaler's 541,909 lines, imported with no mapping given, then analysed.
The expected figures are worked out here from the file read with python-calamine and
plain Python, independently of the importer and the engine. Skips without the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.analytics.dataset import load_dataset
from core.analytics.segments import segment, segment_table, to_json
from core.database import open_database
from core.importing import ImportSession
from tests.core.retail import FULL, read_lines


@pytest.mark.skipif(not FULL.exists(), reason="no real data")
def test_real_online_retail_segments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    lines = [(c, d, amount) for c, d, _doc, _sku, amount in read_lines()]
    as_of = max(d for _, d, _ in lines)
    assert as_of == date(2011, 12, 9)
    # mid-month as-of: the window is as-of − 12 months < d ≤ as-of
    start = date(2010, 12, 9)
    revenue: dict[str, int] = {}
    active: set[str] = set()
    for customer, day, amount in lines:
        if start < day <= as_of:
            revenue[customer] = revenue.get(customer, 0) + amount
            if amount > 0:
                active.add(customer)
    window_revenue = sum(revenue[c] for c in active)
    # the ABC rule by hand: descending revenue, cumulative share incl. the client ≤ 80% → A
    ranked = sorted(active, key=lambda c: (-revenue[c], c))
    total = sum(revenue[c] for c in ranked)
    split = {"A": 0, "B": 0, "C": 0}
    running = 0
    for c in ranked:
        running += revenue[c]
        share = running / total
        split["A" if share <= 0.80 + 1e-12 else "B" if share <= 0.95 + 1e-12 else "C"] += 1

    db = open_database(str(tmp_path / "retail.db"))
    try:
        report = ImportSession(FULL).run(db.engine)
        assert report.inserted == len(lines)
        seg = segment(load_dataset(db.engine))
    finally:
        db.close()
    assert seg.clients.as_of == as_of
    table = to_json(segment_table(seg, "abc-xyz"))
    assert table["total"]["clients"] == len(active)
    assert round(table["total"]["revenue"] * 100) == window_revenue
    got = {"A": 0, "B": 0, "C": 0}
    for row in table["rows"]:
        got[row["segment"][0]] += row["clients"]
    assert got == split
