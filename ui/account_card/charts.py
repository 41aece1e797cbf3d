"""The card's charts, drawn with matplotlib's Agg into PNG bytes (no Qt widget touched,
so they can be drawn anywhere): the monthly revenue and the 3×3 BCG bubble matrix."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from core.selling.bcg import HIGH_FROM, MATRIX, MEDIUM_FROM


def _figure(size: tuple[int, int], dpi: int = 100) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(max(size[0], 200) / dpi, max(size[1], 120) / dpi), dpi=dpi,
                 layout="constrained")  # fmt: skip
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def monthly_png(
    months: Sequence[tuple[date, int]],
    title: str,
    month_names: Sequence[str],
    size: tuple[int, int],
) -> bytes:
    """Bars of revenue (thousand roubles) per month; ``month_names`` are 12 short names."""
    fig = _figure(size)
    ax = fig.add_subplot()
    values = [kop / 100_000 for _d, kop in months]
    ax.bar(range(len(values)), values, color="#4c78a8", width=0.8)
    ticks = [i for i, (d, _v) in enumerate(months) if d.month in (1, 4, 7, 10)]
    ax.set_xticks(ticks)
    ax.set_xticklabels(
        [f"{month_names[months[i][0].month - 1]}\n{months[i][0].year}" for i in ticks], fontsize=8
    )
    ax.set_title(title, fontsize=10, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.tick_params(axis="y", labelsize=8)
    return _png(fig)


def bcg_matrix_png(
    points: Any,
    strategy_names: Mapping[str, str],
    axis_titles: tuple[str, str],
    size: tuple[int, int],
) -> bytes:
    """The 3×3 matrix as PNG bytes (see draw_bcg_matrix)."""
    fig = _figure(size)
    draw_bcg_matrix(fig, points, strategy_names, axis_titles)
    return _png(fig)


def draw_bcg_matrix(
    fig: Any,
    points: Any,
    strategy_names: Mapping[str, str],
    axis_titles: tuple[str, str],
    title: str | None = None,
) -> None:
    """The 3×3 matrix: relationship (strong on the left) across, attractiveness (high at
    the top) up; a bubble per account (area by revenue), the highlighted one in red.
    ``points``: rows of (relationship mean, attractiveness mean, revenue, highlighted),
    an array or a sequence (AccountScores.matrix_points)."""
    import numpy as np

    ax = fig.add_subplot()
    ax.set_xlim(5.2, 0.8)
    ax.set_ylim(0.8, 5.2)
    for edge in (MEDIUM_FROM, HIGH_FROM):
        ax.axvline(edge, color="#999999", lw=0.8)
        ax.axhline(edge, color="#999999", lw=0.8)
    centres = {"low": (1.55, 1.55), "medium": (3.0, 3.0), "high": (4.45, 4.45)}
    for att, row in MATRIX.items():
        for rel, name in row.items():
            label = textwrap.fill(strategy_names.get(name, name), 16)
            ax.text(centres[rel][0], centres[att][1] + 0.6, label, ha="center", va="top",
                    fontsize=6.5, color="#333333", zorder=4,
                    bbox={"facecolor": "white", "alpha": 0.7, "lw": 0, "pad": 1})  # fmt: skip
    rows = np.asarray(points, dtype=float).reshape(-1, 4)
    if len(rows):
        data = rows[:, :3].copy()
        data[:, 2] = np.maximum(data[:, 2], 0.0)
        hot = rows[:, 3] != 0
        top = data[:, 2].max() or 1.0
        sizes = 8 + 400 * np.sqrt(data[:, 2] / top)
        rng = np.random.default_rng(0)  # jitter: many accounts share a mean
        jitter = rng.uniform(-0.08, 0.08, size=(len(data), 2))
        cold = ~hot
        ax.scatter(data[cold, 0] + jitter[cold, 0], data[cold, 1] + jitter[cold, 1],
                   s=sizes[cold], alpha=0.25, color="#4c78a8", linewidths=0)  # fmt: skip
        if hot.any():
            ax.scatter(data[hot, 0], data[hot, 1], s=np.maximum(sizes[hot], 60),
                       color="#d62728", edgecolors="black", linewidths=1.0,
                       zorder=3)  # fmt: skip
    ax.set_xlabel(axis_titles[0], fontsize=9)
    ax.set_ylabel(axis_titles[1], fontsize=9)
    ax.tick_params(labelsize=8)
    if title:
        ax.set_title(title, fontsize=10, loc="left")
