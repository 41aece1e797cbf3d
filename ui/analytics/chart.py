"""The chart under each segment table (matplotlib in the window; PNG/SVG export).

matplotlib is imported when the Analytics screen first draws, not at start-up."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.analytics.segments import BEHAVIOURS, SIZES, SegmentTable
from core.analytics.service import Analysis
from ui import formatting as fmt
from ui.analytics.labels import column_label, segment_label

BLUE, ORANGE, GREY = "#3b6ea8", "#e08a2c", "#9aa5b1"
BEHAVIOUR_COLOURS = {
    "new": "#4c9f70",
    "growing": "#8cc084",
    "stable": "#3b6ea8",
    "returned": "#7fa7d1",
    "falling": "#e0a82c",
    "lost": "#c0504d",
    "dormant": "#9aa5b1",
    "prospect": "#d5dae0",
}


def _leaf_rows(table: SegmentTable) -> list[dict[str, Any]]:
    return [r for r in table.rows if not r.get("level")]


def _style(ax: Any) -> None:
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.grid(axis="y", color="#e5e8eb", linewidth=0.8)
    ax.set_axisbelow(True)


MAX_BARS = 20  # more categories than this: the largest ones and «the others»


def _category_axis(ax: Any, x: Any, names: list[str]) -> None:
    """Category names under bars that never run into each other: wrapped onto lines
    of about the bar group's width, and turned only when there are many."""
    import textwrap

    width = max(8, int(110 / max(len(names), 1)))  # characters a category has room for
    wrapped = ["\n".join(textwrap.wrap(n, width, max_lines=3, placeholder="…")) for n in names]
    many = len(names) > 8
    ax.set_xticks(x, wrapped, rotation=30 if many else 0, ha="right" if many else "center",
                  fontsize=8)  # fmt: skip


def _legend(ax: Any, handles: list[Any] | None = None) -> None:
    """The legend above the plot, right-aligned beside the title: never over the bars."""
    kwargs: dict[str, Any] = {"handles": handles} if handles is not None else {}
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=4, frameon=False, fontsize=8,
              borderaxespad=0.2, **kwargs)  # fmt: skip


def _rfm(fig: Any, table: SegmentTable, title: str) -> None:
    """RFM as a heat map of recency × frequency, the revenue (M) as the colour and the
    clients in each cell: 125 bars nobody could read become 25 cells."""
    import re

    revenue = np.zeros((5, 5))
    clients = np.zeros((5, 5), dtype=int)
    for r in _leaf_rows(table):
        found = re.match(r"R(\d)F(\d)", str(r["segment"]))
        if not found:
            continue
        rec, freq = int(found.group(1)) - 1, int(found.group(2)) - 1
        if 0 <= rec < 5 and 0 <= freq < 5:
            revenue[rec, freq] += float(r.get("revenue") or 0) / 100
            clients[rec, freq] += int(r.get("clients") or 0)
    ax = fig.add_subplot(111)
    shown = ax.imshow(revenue / 1e6, cmap="Blues", origin="lower", aspect="auto")
    for rec in range(5):
        for freq in range(5):
            if clients[rec, freq]:
                dark = revenue[rec, freq] > revenue.max() * 0.6
                ax.text(freq, rec, fmt.number(int(clients[rec, freq])), ha="center",
                        va="center", fontsize=8, color="white" if dark else "#222")  # fmt: skip
    ax.set_xticks(range(5), [f"F{n}" for n in range(1, 6)], fontsize=8)
    ax.set_yticks(range(5), [f"R{n}" for n in range(1, 6)], fontsize=8)
    ax.set_xlabel(QCoreApplication.translate("Analytics", "Frequency (F5: most orders)"))
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Recency (R5: bought lately)"))
    bar = fig.colorbar(shown, ax=ax)
    bar.set_label(QCoreApplication.translate("Analytics", "Revenue, mln"), fontsize=8)
    bar.ax.yaxis.set_major_formatter(fmt.axis("decimal"))
    ax.set_title(
        title + " · " + QCoreApplication.translate("Analytics", "clients in each cell"),
        fontsize=10, loc="left",
    )  # fmt: skip


def _revenue_and_clients(fig: Any, table: SegmentTable, title: str) -> None:
    rows = _leaf_rows(table)
    if len(rows) > MAX_BARS:  # the largest ones, and the rest as one bar
        rows = sorted(rows, key=lambda r: -float(r.get("revenue") or 0))
        rest = rows[MAX_BARS - 1 :]
        others = {
            "segment": QCoreApplication.translate("Analytics", "others"),
            "revenue": sum(float(r.get("revenue") or 0) for r in rest),
            "clients": sum(int(r.get("clients") or 0) for r in rest),
        }
        rows = [*rows[: MAX_BARS - 1], others]
    ax = fig.add_subplot(111)
    _style(ax)
    names = [segment_label(str(r["segment"])) for r in rows]
    x = np.arange(len(rows))
    revenue = [float(r.get("revenue") or 0) / 100 for r in rows]
    clients = [int(r.get("clients") or 0) for r in rows]
    ax.bar(
        x - 0.2,
        revenue,
        0.4,
        color=BLUE,
        label=QCoreApplication.translate("Analytics", "Revenue, mln"),
    )
    ax.yaxis.set_major_formatter(fmt.axis("millions"))
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Revenue, mln"))
    right = ax.twinx()
    right.bar(
        x + 0.2,
        clients,
        0.4,
        color=ORANGE,
        label=QCoreApplication.translate("Analytics", "Clients"),
    )
    right.set_ylabel(QCoreApplication.translate("Analytics", "Clients"))
    right.spines["top"].set_visible(False)
    _category_axis(ax, x, names)
    _legend(ax, [*ax.get_legend_handles_labels()[0], *right.get_legend_handles_labels()[0]])
    ax.set_title(title, fontsize=10, loc="left")


def _pareto(fig: Any, analysis: Analysis, title: str) -> None:
    x, y, a, b = analysis.pareto
    ax = fig.add_subplot(111)
    _style(ax)
    ax.plot(x * 100, y * 100, color=BLUE, linewidth=2)
    for level, name in ((a, "A"), (b, "B")):
        ax.axhline(level * 100, color=GREY, linestyle="--", linewidth=0.8)
        ax.text(1, level * 100 + 1, f"{name}: {fmt.percent(level, 0)}", fontsize=8, color="#555")
    ax.xaxis.set_major_formatter(fmt.axis("percent"))
    ax.yaxis.set_major_formatter(fmt.axis("percent"))
    ax.set_xlabel(QCoreApplication.translate("Analytics", "Share of clients, largest first"))
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Cumulative share of revenue"))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 102)
    ax.set_title(title, fontsize=10, loc="left")


def _dsl_stacked(fig: Any, table: SegmentTable, title: str) -> None:
    ax = fig.add_subplot(111)
    _style(ax)
    levels = [r for r in table.rows if r.get("level") == 1]
    cells: dict[str, list[dict[str, Any]]] = {}
    current = ""
    for r in table.rows:
        if r.get("level") == 1:
            current = str(r["segment"])
            cells[current] = []
        elif current:
            cells[current].append(r)
    x = np.arange(len(levels))
    colours = ["#3b6ea8", "#7fa7d1", "#e08a2c", "#f2c185", "#4c9f70", "#8cc084", "#c0504d",
               "#e6a6a4", "#9aa5b1"]  # fmt: skip
    tallest = max((float(r.get("revenue") or 0) / 100 for r in levels), default=0.0)
    for i, level in enumerate(levels):
        bottom = 0.0
        for j, cell in enumerate(cells[str(level["segment"])]):
            value = float(cell.get("revenue") or 0) / 100
            ax.bar(x[i], value, 0.6, bottom=bottom, color=colours[j % len(colours)],
                   edgecolor="white", linewidth=0.5)  # fmt: skip
            if value >= 0.07 * tallest:
                ax.text(x[i], bottom + value / 2, str(cell["segment"]), ha="center",
                        va="center", fontsize=7, color="white")  # fmt: skip
            bottom += value
    _category_axis(ax, x, [segment_label(str(r["segment"])) for r in levels])
    ax.yaxis.set_major_formatter(fmt.axis("millions"))
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Revenue, mln"))
    ax.set_title(title, fontsize=10, loc="left")


def _behaviour(fig: Any, table: SegmentTable, title: str) -> None:
    ax = fig.add_subplot(111)
    _style(ax)
    by_name = {str(r["segment"]): r for r in table.rows}
    measures = (
        ("clients", QCoreApplication.translate("Analytics", "Clients")),
        ("revenue", QCoreApplication.translate("Analytics", "Revenue")),
    )
    for i, (key, _label) in enumerate(measures):
        total = sum(float(by_name[b].get(key) or 0) for b in BEHAVIOURS if b in by_name)
        left = 0.0
        for name in BEHAVIOURS:
            if name not in by_name or total <= 0:
                continue
            share = float(by_name[name].get(key) or 0) / total * 100
            if share <= 0:
                continue
            ax.barh(i, share, left=left, color=BEHAVIOUR_COLOURS[name],
                    label=segment_label(name) if i == 0 else None)  # fmt: skip
            if share >= 6:
                ax.text(left + share / 2, i, fmt.percent(share / 100, 0), ha="center",
                        va="center", fontsize=7)  # fmt: skip
            left += share
    ax.set_yticks(range(len(measures)), [m[1] for m in measures])
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(fmt.axis("percent"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=8, frameon=False, fontsize=8)
    ax.set_title(title, fontsize=10, loc="left")


def _lost_sales(fig: Any, table: SegmentTable, title: str) -> None:
    rows = _leaf_rows(table)[:15]
    ax = fig.add_subplot(111)
    _style(ax)
    names = [segment_label(str(r["segment"])) for r in rows][::-1]
    values = [float(r.get("lost_sales") or 0) / 100 for r in rows][::-1]
    ax.barh(np.arange(len(rows)), values, color="#c0504d")
    ax.set_yticks(np.arange(len(rows)), names, fontsize=8)
    ax.xaxis.set_major_formatter(fmt.axis("millions"))
    ax.set_xlabel(QCoreApplication.translate("Analytics", "Lost sales, mln"))
    ax.grid(axis="x", color="#e5e8eb")
    ax.set_title(title, fontsize=10, loc="left")


def _capacity(fig: Any, table: SegmentTable, title: str) -> None:
    ax = fig.add_subplot(111)
    _style(ax)
    cells = [f"{size}_{band}" for size in SIZES for band in (1, 2, 3)] + ["unknown"]
    x = np.arange(len(cells))
    bottom_now = np.zeros(len(cells))
    bottom_prev = np.zeros(len(cells))
    colours = {"A": "#3b6ea8", "B": "#7fa7d1", "C": "#d5dae0"}
    for r in table.rows:
        now = np.array([r.get(c) or 0 for c in cells], dtype=float)
        prev = np.array([r.get(f"{c}_prev") or 0 for c in cells], dtype=float)
        ax.bar(x - 0.2, now, 0.4, bottom=bottom_now, color=colours[str(r["segment"])],
               label=str(r["segment"]))  # fmt: skip
        ax.bar(x + 0.2, prev, 0.4, bottom=bottom_prev, color=colours[str(r["segment"])],
               hatch="///", edgecolor="white", alpha=0.7)  # fmt: skip
        bottom_now += now
        bottom_prev += prev
    _category_axis(ax, x, [column_label(c) for c in cells])
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Clients"))
    from matplotlib.patches import Patch

    previous = Patch(facecolor="#d5dae0", hatch="///", edgecolor="white",
                     label=QCoreApplication.translate("Analytics", "previous window"))  # fmt: skip
    _legend(ax, [*ax.get_legend_handles_labels()[0], previous])
    ax.set_title(title, fontsize=10, loc="left")


def _top(fig: Any, table: SegmentTable, title: str) -> None:
    rows = table.rows
    ax = fig.add_subplot(111)
    _style(ax)
    x = np.arange(len(rows))
    now = [float(r.get("revenue_share") or 0) * 100 for r in rows]
    before = [float(r.get("share_prev") or 0) * 100 for r in rows]
    ax.bar(
        x - 0.2, now, 0.4, color=BLUE, label=QCoreApplication.translate("Analytics", "This window")
    )
    ax.bar(
        x + 0.2,
        before,
        0.4,
        color=GREY,
        label=QCoreApplication.translate("Analytics", "Previous window"),
    )
    ax.set_xticks(x, [str(r["segment"]) for r in rows])
    ax.set_xlabel(QCoreApplication.translate("Analytics", "Rank of the client"))
    ax.yaxis.set_major_formatter(fmt.axis("percent"))
    ax.set_ylabel(QCoreApplication.translate("Analytics", "Share of company revenue"))
    _legend(ax)
    ax.set_title(title, fontsize=10, loc="left")


def _coverage(fig: Any, table: SegmentTable, title: str) -> None:
    rows = [r for r in table.rows if r.get("coverage") is not None or r.get("acquisition")]
    # the twelve largest regions by possible clients, the largest at the top
    rows = sorted(rows, key=lambda r: -(r.get("total_outlets") or 0))[:12][::-1]
    ax = fig.add_subplot(111)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.grid(axis="x", color="#e5e8eb", linewidth=0.8)
    ax.set_axisbelow(True)
    y = np.arange(len(rows))
    coverage = [float(r.get("coverage") or 0) * 100 for r in rows]
    acquisition = [float(r.get("acquisition") or 0) * 100 for r in rows]
    ax.barh(y + 0.2, coverage, 0.4, color=BLUE, label=column_label("coverage"))
    ax.barh(y - 0.2, acquisition, 0.4, color=ORANGE, label=column_label("acquisition"))
    ax.set_yticks(y, [segment_label(str(r["segment"])) for r in rows], fontsize=7)
    ax.xaxis.set_major_formatter(fmt.axis("percent"))
    _legend(ax)
    ax.set_title(title + " · " + QCoreApplication.translate("Analytics", "12 largest regions"),
                 fontsize=10, loc="left")  # fmt: skip


def _bcg(fig: Any, analysis: Analysis, title: str) -> None:
    """The 3×3 BCG matrix of every account, bubbles sized by revenue."""
    from ui.account_card.charts import draw_bcg_matrix
    from ui.account_card.words import Words

    points = analysis.scores.matrix_points() if analysis.scores is not None else np.zeros((0, 4))
    axes = (
        QCoreApplication.translate("Analytics", "Relationship (strong ← → weak)"),
        QCoreApplication.translate("Analytics", "Attractiveness"),
    )
    draw_bcg_matrix(fig, points, Words().strategies(), axes, title)


def _discounts(fig: Any, table: SegmentTable, title: str) -> None:
    """Each row's discount (% of the list amount) beside the policy's maximum (by
    strategy), and the excess as a share of revenue: where margin leaks."""
    rows = [r for r in _leaf_rows(table) if r.get("lines")]
    rows = sorted(rows, key=lambda r: -float(r.get("revenue") or 0))[:MAX_BARS]
    if table.rows and "policy" in table.rows[0]:
        rows = [r for r in table.rows if r.get("lines")]  # the matrix's order
    rows = rows[::-1]  # the first at the top
    ax = fig.add_subplot(111)
    _style(ax)
    y = np.arange(len(rows))
    h = 0.38
    rate = [100 * float(r.get("discount_rate") or 0) for r in rows]  # ticks in per cent
    excess = [100 * float(r.get("excess_share") or 0) for r in rows]
    ax.barh(y + h / 2, rate, h, color=BLUE,
            label=QCoreApplication.translate("Analytics", "Discount, % of list"))  # fmt: skip
    ax.barh(y - h / 2, excess, h, color=ORANGE,
            label=QCoreApplication.translate("Analytics", "Excess, % of revenue"))  # fmt: skip
    if rows and "policy" in rows[0]:
        ax.scatter([100 * float(r["policy"]) for r in rows], y + h / 2, marker="|", s=400,
                   color="#222222", linewidths=2.5, zorder=3,
                   label=QCoreApplication.translate("Analytics", "Policy maximum"))  # fmt: skip
    ax.set_yticks(y)
    ax.set_yticklabels([segment_label(str(r["segment"])) for r in rows], fontsize=8)
    ax.xaxis.set_major_formatter(fmt.axis("percent"))
    _legend(ax)
    ax.set_title(title, fontsize=10, loc="left")


def _acquisition(fig: Any, table: SegmentTable, title: str) -> None:
    """Each channel's new clients (bars) and what one cost (dots, right axis); the
    events are their channel's detail and are left out here."""
    rows = [r for r in table.rows if r.get("level") or str(r["segment"]) in CHANNELS]
    ax = fig.add_subplot(111)
    _style(ax)
    x = np.arange(len(rows))
    ax.bar(x, [int(r.get("clients") or 0) for r in rows], 0.5, color=BLUE,
           label=QCoreApplication.translate("Analytics", "New clients"))  # fmt: skip
    ax.set_ylabel(QCoreApplication.translate("Analytics", "New clients"))
    right = ax.twinx()
    cost = [float(r.get("cost_per_client") or np.nan) / 100 for r in rows]
    right.plot(x, cost, "o", color=ORANGE, markersize=8,
               label=QCoreApplication.translate("Analytics", "Cost per new client"))  # fmt: skip
    right.yaxis.set_major_formatter(fmt.axis("number"))
    right.spines["top"].set_visible(False)
    _category_axis(ax, x, [segment_label(str(r["segment"])) for r in rows])
    _legend(ax, [*ax.get_legend_handles_labels()[0], *right.get_legend_handles_labels()[0]])
    ax.set_title(title, fontsize=10, loc="left")


CHANNELS = ("search", "event", "referral", "website", "email", "cold_call", "partner",
            "other", "unknown")  # fmt: skip


def draw(fig: Any, view: str, table: SegmentTable, analysis: Analysis, title: str) -> None:
    """Draw the chart of ``view`` on an empty figure."""
    fig.clear()
    if view == "abc-xyz":
        _pareto(fig, analysis, title)
    elif view == "dsl":
        _dsl_stacked(fig, table, title)
    elif view == "behaviour":
        _behaviour(fig, table, title)
    elif view in ("lost-channel", "lost-manager"):
        _lost_sales(fig, table, title)
    elif view == "capacity":
        _capacity(fig, table, title)
    elif view == "top":
        _top(fig, table, title)
    elif view == "coverage":
        _coverage(fig, table, title)
    elif view == "bcg":
        _bcg(fig, analysis, title)
    elif view == "rfm":
        _rfm(fig, table, title)
    elif view.startswith("discounts"):
        _discounts(fig, table, title)
    elif view == "acquisition":
        _acquisition(fig, table, title)
    else:
        _revenue_and_clients(fig, table, title)


def figure(view: str, table: SegmentTable, analysis: Analysis, title: str, size: tuple[int, int],
           dpi: int = 100) -> Any:  # fmt: skip
    """A new matplotlib figure (no GUI attached) with the chart of ``view``, ``size`` in
    pixels. Safe in a worker thread: it touches no Qt widget."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(max(size[0], 200) / dpi, max(size[1], 120) / dpi), dpi=dpi,
                 layout="constrained")  # fmt: skip
    FigureCanvasAgg(fig)
    draw(fig, view, table, analysis, title)
    return fig


def render_png(view: str, table: SegmentTable, analysis: Analysis, title: str,
               size: tuple[int, int]) -> bytes:  # fmt: skip
    import io

    buffer = io.BytesIO()
    figure(view, table, analysis, title, size).savefig(buffer, format="png")
    return buffer.getvalue()


class _Points:
    """The BCG matrix points of every account, standing in for the scores."""

    def __init__(self, points: Any) -> None:
        self._points = points

    def matrix_points(self) -> Any:
        return self._points


def chart_inputs(
    analysis: Analysis, jobs: list[tuple[str, SegmentTable, str]]
) -> tuple[Any, list[tuple[str, SegmentTable, str]]]:
    """What the charts read of an analysis, small enough to send to the worker process:
    the Pareto curve, the matrix points, and the tables without their account lists."""
    from dataclasses import replace
    from types import SimpleNamespace

    points = analysis.scores.matrix_points() if analysis.scores is not None else np.zeros((0, 4))
    light = SimpleNamespace(pareto=analysis.pareto, scores=_Points(points))

    def bare(table: SegmentTable) -> SegmentTable:
        strip = lambda row: {k: v for k, v in row.items() if k != "accounts"}  # noqa: E731
        return replace(table, rows=[strip(r) for r in table.rows], total=strip(table.total))

    return light, [(view, bare(table), title) for view, table, title in jobs]


_speaking: str | None = None  # the language a worker process was set to
_manager: Any = None  # its translators, swapped when the window's language changes


def speak(language: str) -> None:
    """In a worker process (no application of its own): the window's language and
    number format, so that its charts read as the window does. In the window's own
    process (a chart drawn there when no worker can be had) nothing changes."""
    global _speaking, _manager
    from PySide6.QtCore import QCoreApplication

    if _speaking == language or (QCoreApplication.instance() is not None and _speaking is None):
        return
    from ui.i18n import LanguageManager

    if _manager is None:
        _manager = LanguageManager(QCoreApplication.instance() or QCoreApplication([]))  # type: ignore[arg-type]
    _manager.apply(language)
    _speaking = language


def render_all(
    jobs: list[tuple[str, SegmentTable, str]],
    analysis: Any,
    size: tuple[int, int],
    language: str | None = None,
) -> dict[str, bytes]:
    """Every view's chart as PNG bytes (a chart that fails is left out, logged), in
    ``language`` (see :func:`speak`)."""
    import logging

    if language is not None:
        speak(language)

    out: dict[str, bytes] = {}
    for view, table, title in jobs:
        try:
            out[view] = render_png(view, table, analysis, title, size)
        except Exception:  # a chart must never take the table down with it
            logging.getLogger("fieldbook.ui.analytics").exception("chart %s failed", view)
    return out
