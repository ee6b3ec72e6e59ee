"""Series helpers shared by the panels: gap breaks, lines across a panel, number formats."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import GRIDLINE_INTERPOLATION_STEPS
from matplotlib.lines import Line2D

from .data import TrendData
from .points import PointInfo


def gapped(
    data: TrendData,
    times: Sequence[datetime],
    values: Sequence[float],
    infos: Sequence[PointInfo],
    max_gap: timedelta,
) -> tuple[np.ndarray, np.ndarray, list[PointInfo | None]]:
    """x/y arrays with a NaN point wherever consecutive readings are more than max_gap apart."""
    xs: list[float] = []
    ys: list[float] = []
    out: list[PointInfo | None] = []
    previous: datetime | None = None
    for t, v, info in zip(times, values, infos, strict=True):
        if previous is not None and t - previous > max_gap:
            xs.append(math.nan)
            ys.append(math.nan)
            out.append(None)
        xs.append(data.x(t))
        ys.append(v)
        out.append(info)
        previous = t
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), out


def item_time(item: Any) -> datetime:
    return item[0] if isinstance(item, tuple) else item.time


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def vlines(xs: Iterable[float]) -> tuple[list[float], list[float]]:
    """Vertical lines spanning an axes as one path: x, x, NaN … (y in axes fraction)."""
    out_x: list[float] = []
    out_y: list[float] = []
    for x in xs:
        out_x += [x, x, math.nan]
        out_y += [0.0, 1.0, math.nan]
    return out_x, out_y


def hline(ax: Axes, y: float, **style: Any) -> Line2D:
    """A line across the panel at ``y``: what ``axhline`` draws, without reading the view
    limits first (that made the panel work out its y range for each reference line; the
    panels set their y range themselves, from the data and the line)."""
    line = Line2D([0, 1], [y, y], transform=ax.get_yaxis_transform("grid"), **style)
    ax.add_line(line)
    # as axhline does (a private Path attribute, not in matplotlib's type stubs)
    line.get_path()._interpolation_steps = GRIDLINE_INTERPOLATION_STEPS  # type: ignore[attr-defined]
    return line
