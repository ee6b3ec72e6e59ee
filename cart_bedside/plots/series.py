"""Series helpers shared by the panels: gap breaks, vertical-line paths, number formats."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np

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
