"""Charts a person can read: RFM as a 5×5 heat map, a table of many segments as its
largest bars and «others»."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

from core.analytics.segments import SegmentTable
from ui.analytics.chart import MAX_BARS, draw


def _table(rows: list[dict]) -> SegmentTable:
    return SegmentTable(kind="x", as_of=date(2026, 11, 30), window_months=12,
                        columns=("revenue", "clients"), rows=rows, total={},
                        warnings=[])  # fmt: skip


def test_rfm_is_a_heat_map_of_recency_and_frequency(qapp):
    rows = [
        {"segment": f"R{r}F{f}M{m}", "revenue": 100_00 * r, "clients": 1}
        for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)
    ]  # fmt: skip
    fig = Figure()
    draw(fig, "rfm", _table(rows), None, "RFM")  # type: ignore[arg-type]
    ax = fig.axes[0]
    assert not ax.patches  # no bars
    image = ax.images[0].get_array()
    assert image.shape == (5, 5)
    # R3F2: the five M cells of 300 ₽ each: 1 500 ₽ = 0.0015 mln; 5 clients written in it
    assert abs(image[2, 1] - 0.0015) < 1e-12
    assert "5" in [t.get_text() for t in ax.texts]


def test_many_segments_become_the_largest_and_the_others(qapp):
    rows = [{"segment": f"S{n:02d}", "revenue": n * 100, "clients": 1} for n in range(1, 41)]
    fig = Figure()
    draw(fig, "psc-cell", _table(rows), None, "PSC")  # type: ignore[arg-type]
    bars = [p for p in fig.axes[0].patches]
    assert len(bars) == MAX_BARS  # the 19 largest and «others»
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[0] == "S40" and labels[-1] == "others"
    # the others: segments 1–21 → (1 + … + 21) × 100 kopecks = 231 ₽
    assert abs(bars[-1].get_height() - 231) < 1e-9


def _words_in_worker(language: str) -> tuple[int, str, str]:
    """What a chart drawn in the worker process would print (run there)."""
    import os

    from ui import formatting
    from ui.analytics.chart import speak
    from ui.analytics.labels import column_label

    speak(language)
    return os.getpid(), column_label("large_1"), formatting.number(1.5, 1)


def test_charts_drawn_in_the_worker_process_speak_the_windows_language(qapp):
    """The worker process has no translator of its own: before this, every chart drawn
    there was in English with English numbers («Large 1», "1.5") in the Russian window."""
    import os

    from ui import processes

    pid, label, number = processes.run(_words_in_worker, "ru")
    assert pid != os.getpid()  # it did run in the worker
    assert (label, number) == ("Крупный 1", "1,5")
    _pid, label, number = processes.run(_words_in_worker, "en")
    assert (label, number) == ("Large 1", "1.5")
