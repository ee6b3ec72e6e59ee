"""The shared time axis: x is days since D0 midnight; labelled ticks, hour grid, day lines."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from ..logic.timeutil import format_study_day
from .data import TrendData
from .series import vlines
from .style import DAY_LINE, GRID, HOUR


def _ticks(
    data: TrendData, start: datetime, end: datetime, compact: bool = False
) -> tuple[list[float], list[float]]:
    """Major (labelled) and minor (hour grid) tick positions for the window."""
    hours = (end - start) / HOUR
    if hours <= 30:
        major_h, minor_h = (6, 1) if compact else (3, 1)
    elif hours <= 80:
        major_h, minor_h = (12, 3) if compact else (6, 1)
    elif hours <= 10 * 24:
        major_h, minor_h = 24, 6
    elif hours <= 21 * 24:
        major_h, minor_h = 24, 12
    else:
        major_h, minor_h = 48, 24
    lo, hi = data.x(start), data.x(end)

    def grid(step_h: int) -> list[float]:
        step = step_h / 24
        first = math.ceil(lo / step - 1e-9)
        return [k * step for k in range(first, math.floor(hi / step + 1e-9) + 1)]

    major = grid(major_h)
    minor = [v for v in grid(minor_h) if all(abs(v - m) > 1e-6 for m in major)]
    return major, minor


def _tick_label(x: float, _pos: int | None = None) -> str:
    day = math.floor(x + 1e-6)
    hour = round((x - day) * 24)
    if hour in (0, 24):
        return format_study_day(day + (1 if hour == 24 else 0))
    return f"{hour:02d}:00"


def _is_midnight(x: float) -> bool:
    return round((x - math.floor(x + 1e-6)) * 24) in (0, 24)


def _hour_label(x: float, _pos: int | None = None) -> str:
    """A labelled tick's hour; nothing at midnight (the compact figure writes the day there:
    :func:`day_labels`)."""
    return "" if _is_midnight(x) else _tick_label(x)


def day_labels(ax: Axes, font_size: float, pad_points: float) -> None:
    """The compact figure's day names (D+7 …) under its bottom panel, where the axis would
    write them, ``pad_points`` below the panel (tick length and gap): written as this
    patient's text, the axis itself labels only the hours, the same for every patient at
    the same moment (the handover's batch renderer draws that axis once: plots/batch.py)."""
    transform, va, ha = ax.get_xaxis_text1_transform(pad_points)
    colour = mpl.rcParams["xtick.labelcolor"]
    if colour == "inherit":
        colour = mpl.rcParams["xtick.color"]
    for x in ax.get_xticks():
        if _is_midnight(x):
            ax.text(
                x,
                0,
                _tick_label(x),
                transform=transform,
                va=va,
                ha=ha,
                fontsize=font_size,
                color=colour,
                gid="day_label",
                clip_on=False,
            )


def time_axis(
    data: TrendData,
    axes: Sequence[Axes],
    start: datetime,
    end: datetime,
    font_size: float,
    compact: bool = False,
) -> None:
    """The shared time axis: labels on the bottom panel only, grid lines drawn as paths.

    The panels do not use ``sharex``: each shared axis would build its own tick
    objects at every draw, the slowest part of a tall figure. The grid (hours,
    labelled ticks, midnights) is three paths per panel instead.
    """
    lo, hi = data.x(start), data.x(end)
    pad = (hi - lo) * 0.01
    major, minor = _ticks(data, start, end, compact)
    midnights = [float(d) for d in range(math.ceil(lo), math.floor(hi) + 1)]
    grids: tuple[tuple[str, list[float], dict[str, Any]], ...] = (
        ("hour_grid", minor, {"color": "#e3e3e3", "linewidth": 0.5}),
        ("tick_grid", [m for m in major if m not in midnights], {"color": GRID, "linewidth": 0.7}),
        ("day_lines", midnights, {"color": DAY_LINE, "linewidth": 0.9}),
    )
    for ax in axes:
        ax.set_xlim(lo - pad, hi + pad)
        for gid, positions, style in grids:
            # add_artist, not plot: lines spanning the panel need no data limits (updating
            # them was a fifth of a handover figure's building)
            xs, ys = vlines(positions)
            transform = ax.get_xaxis_transform()
            ax.add_artist(Line2D(xs, ys, transform=transform, gid=gid, zorder=0.5, **style))
        if ax is not axes[-1]:
            ax.xaxis.set_major_locator(NullLocator())
            ax.xaxis.set_minor_locator(NullLocator())
    bottom = axes[-1]
    # drawn after the y axis (they do not meet): the y axis then belongs to the panel's
    # background, which the handover's batch renderer draws once (plots/batch.py)
    bottom.xaxis.set_zorder(bottom.yaxis.get_zorder() + 0.1)
    bottom.xaxis.set_major_locator(FixedLocator(major))
    bottom.xaxis.set_minor_locator(NullLocator())
    bottom.xaxis.set_major_formatter(FuncFormatter(_hour_label if compact else _tick_label))
    # the same labels above the top panel (not on the small figure): the first screen shows
    # the times without scrolling to the bottom panel
    top = axes[0]
    if not compact and top is not bottom:
        top.xaxis.set_major_locator(FixedLocator(major))
        top.xaxis.set_major_formatter(FuncFormatter(_tick_label))
        top.tick_params(axis="x", which="major", top=True, labeltop=True, bottom=False)
        top.tick_params(axis="x", labelbottom=False)
