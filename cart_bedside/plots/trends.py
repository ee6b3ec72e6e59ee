"""Trend figures on one time axis in days since infusion (issue 6).

``trend_figure(data, "72h", "zh_CN")`` returns a :class:`matplotlib.figure.Figure`
(no pyplot, no Qt): the Trends tab wraps it in ``FigureCanvasQTAgg``, the
handover sheet saves :func:`handover_figure` as a PNG.

The time axis: x is days since midnight of D0, so ``floor(x)`` is the study
day (clinical-rules §1); day lines at midnight are labelled D0, D+1 …, the
hour grid between them. Panels (any subset, in this order, via ``panels``):

======== ==========================================================================
crs      CRS grade as a step line over the coloured grade bands
temp     temperature with the 38.0 °C fever line (``ref_38``)
hr       heart rate
bp       systolic BP and MAP with the 90 mmHg line (``ref_90``; for a child also
         the age threshold ``ref_sbp_age``)
spo2     SpO2, with the oxygen support as a band along the bottom (``o2_band``)
neuro    ICE score (CAPD for children) and, on the right axis, the ICANS grade
fluids   intake, output and net per shift (bars) and the cumulative net (line)
weight   weight with the baseline weight (``ref_weight_baseline``)
crp_il6  CRP (left axis) and IL-6 (right axis)
ferritin ferritin on a log scale
======== ==========================================================================

Every tocilizumab, other anti-cytokine and corticosteroid dose is a vertical
marker across all panels (one line per drug and panel, gid ``dose:<drug>``).

**Gaps.** A line is broken (a NaN point between two readings) where two
consecutive readings of a series are further apart than twice the interval
the ward charts them at when nothing is wrong: :data:`GAP_AFTER` — 8 h for
vital signs (twice the 4-hourly routine; an empty 8-hour shift is a gap), 16 h
for neuro checks (two shifts without one), 48 h for daily weights and labs.
A record without the value (e.g. vitals without a temperature) is not a
reading of that series. The cumulative fluid balance is broken after a shift
with no intake/output line.

**Finding things.** Each artist has a gid (``temp_c``, ``hr``, ``sbp``,
``map``, ``spo2``, ``crs_grade``, ``ice``/``capd``, ``icans_grade``,
``fluid_in``, ``fluid_out``, ``fluid_net``, ``fluid_cumulative``,
``weight_kg``, ``crp``, ``il6``, ``ferritin``, ``ref_38``, ``ref_90`` …) and
the figure keeps, for each gid, one :class:`PointInfo` per data point of the
artist (None at the NaN breaks): :func:`point_info` answers a tap.
"""

from __future__ import annotations

import gc
import io
import math
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from PIL import Image as PILImage
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import (
    AutoLocator,
    FixedLocator,
    FuncFormatter,
    LogLocator,
    MaxNLocator,
    NullLocator,
)

from ..logic import drugs
from ..logic.crs import FEVER_C, HYPOXIA_GRADE, sbp_threshold
from ..logic.fluids import baseline_weight, cumulative_net_series, shift_balances
from ..logic.messages import Message, msg, render, term
from ..logic.models import O2Device
from ..logic.timeutil import format_study_day, is_late_entry
from .data import TrendData
from .fonts import use_cjk_font

RANGES: tuple[str, ...] = ("24h", "72h", "since_infusion")
PANELS: tuple[str, ...] = ("crs", "temp", "hr", "bp", "spo2", "neuro", "fluids", "weight",
                           "crp_il6", "ferritin")
#: The small figure on a handover page.
HANDOVER_PANELS: tuple[str, ...] = ("crs", "temp", "bp", "spo2", "neuro")

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
#: Break a series' line where readings are further apart than this (see the module doc).
GAP_AFTER: dict[str, timedelta] = {
    "vitals": timedelta(hours=8),
    "neuro": timedelta(hours=16),
    "daily": timedelta(hours=48),
}
#: Shortest "since infusion" window, so a D0 patient still gets a readable axis.
MIN_SINCE_INFUSION = timedelta(hours=24)

# Grade colours as on the ward board (cart_bedside/ui/theme.py GRADE_STYLES; plots may
# not import the UI layer): luminance falls with the grade, so greyscale keeps them apart.
GRADE_FILL: dict[int, str] = {0: "#e8f5e9", 1: "#ffd43b", 2: "#f08c00", 3: "#c62828",
                              4: "#3b0a45"}
INK = "#111111"
MUTED = "#4a4a4a"
GRID = "#c8c8c8"
DAY_LINE = "#6b6b6b"
SERIES_COLOURS: dict[str, str] = {
    "crs_grade": "#111111", "temp_c": "#c62828", "hr": "#ad1457", "sbp": "#0b4f8a",
    "map": "#2e7d32", "spo2": "#0b4f8a", "ice": "#4527a0", "capd": "#4527a0",
    "icans_grade": "#111111", "fluid_in": "#4f8fc0", "fluid_out": "#d08c3c",
    "fluid_net": "#111111", "fluid_cumulative": "#6a1b9a", "weight_kg": "#37474f",
    "crp": "#00695c", "il6": "#e65100", "ferritin": "#6d4c41",
}
#: Oxygen support classes for the SpO2 band, by the ASTCT hypoxia grade of the device.
O2_CLASS_COLOURS: dict[int, str] = {2: "#9ecae1", 3: "#4292c6", 4: "#08306b"}
O2_CLASS_TEXT: dict[int, str] = {2: "#3a7fb4", 3: "#21609e", 4: "#08306b"}  # readable on white
DOSE_STYLE: dict[str, dict[str, Any]] = {
    "tocilizumab": {"color": "#7b1fa2", "linestyle": "-", "linewidth": 1.6},
    "steroid": {"color": "#795548", "linestyle": "--", "linewidth": 1.3},
    "other": {"color": "#00838f", "linestyle": "-.", "linewidth": 1.3},
}


# --- tap support -------------------------------------------------------------------------
@dataclass(frozen=True)
class PointInfo:
    """What a tap on one plotted point shows: series, value, time, who recorded it."""

    gid: str
    series: Message
    time: datetime
    value: str  # formatted with its unit
    number: float | None = None
    record: Any = field(default=None, repr=False, compare=False)
    end: datetime | None = None  # for spans (shift bars, oxygen band)

    @property
    def recorded_by(self) -> str | None:
        meta = getattr(self.record, "meta", None)
        return getattr(meta, "recorded_by", None)

    @property
    def recorded_at(self) -> datetime | None:
        meta = getattr(self.record, "meta", None)
        return getattr(meta, "recorded_at", None)

    @property
    def late(self) -> bool:
        return is_late_entry(self.time, self.recorded_at)

    def message(self) -> Message:
        """The tap text as a catalogue message."""
        when = self.time.strftime("%m-%d %H:%M")
        if self.end is not None:
            when += "–" + self.end.strftime("%H:%M")
        if self.recorded_by is None:
            return msg("trend.point.plain", series=self.series, value=self.value, time=when)
        saved = self.recorded_at.strftime("%m-%d %H:%M") if self.recorded_at else "?"
        code = "trend.point.late" if self.late else "trend.point"
        return msg(code, series=self.series, value=self.value, time=when,
                   user=self.recorded_by, saved=saved)

    def text(self, lang: str = "zh_CN") -> str:
        return render(self.message(), lang)


def figure_points(fig: Figure) -> dict[str, list[PointInfo | None]]:
    """Per gid, one entry per data point of that gid's artists (None at gap breaks)."""
    return getattr(fig, "cart_points", {})


def point_info(fig: Figure, gid: str, index: int) -> PointInfo | None:
    """The point behind index ``index`` of the artist with ``gid`` (a pick event's ``ind``).

    None for a NaN break, a reference line or an index out of range.
    """
    points = figure_points(fig).get(gid, [])
    return points[index] if 0 <= index < len(points) else None


def artists_by_gid(fig: Figure, gid: str) -> list:
    """Every artist of the figure with this gid (tests, and the Trends tab's highlight)."""
    return [a for a in fig.findobj(lambda a: a.get_gid() == gid)]


# --- the time axis ------------------------------------------------------------------------
def time_window(data: TrendData, time_range: str) -> tuple[datetime, datetime]:
    """``(start, end)`` of a range: the last 24 h, 72 h, or since infusion, ending at ``now``.

    "since infusion" before the infusion (lymphodepletion) starts at admission
    (or the first record), and is never shorter than :data:`MIN_SINCE_INFUSION`.
    """
    end = data.now
    if time_range == "24h":
        return end - 24 * HOUR, end
    if time_range == "72h":
        return end - 72 * HOUR, end
    if time_range != "since_infusion":
        raise ValueError(f"unknown range {time_range!r}; known: {', '.join(RANGES)}")
    start = data.infusion_time
    if start >= end:
        firsts = [r[0].time for r in (data.vitals, data.neuro, data.fluids) if r]
        start = data.admitted_at or (min(firsts) if firsts else end)
    return min(start, end - MIN_SINCE_INFUSION), end


def _ticks(data: TrendData, start: datetime, end: datetime, compact: bool = False
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
        return [k * step for k in range(first, int(math.floor(hi / step + 1e-9)) + 1)]

    major = grid(major_h)
    minor = [v for v in grid(minor_h) if all(abs(v - m) > 1e-6 for m in major)]
    return major, minor


def _tick_label(x: float, _pos: int | None = None) -> str:
    day = math.floor(x + 1e-6)
    hour = round((x - day) * 24)
    if hour in (0, 24):
        return format_study_day(day + (1 if hour == 24 else 0))
    return f"{hour:02d}:00"


# --- series helpers -----------------------------------------------------------------------
def _gapped(data: TrendData, times: Sequence[datetime], values: Sequence[float],
            infos: Sequence[PointInfo], max_gap: timedelta
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


def _in_window(records: Iterable, start: datetime, end: datetime, pad: timedelta) -> list:
    """Records from ``start - pad`` to ``end``: one reading before the edge keeps the line in."""
    lo = start - pad
    return [r for r in records if lo <= r.time <= end]


def _fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


LINE, BOX = "—", "■"  # swatches in the panel labels: a line, a bar or band


class _Builder:
    """Draws the panels of one figure and records the tap information per gid.

    Panel names and series keys are drawn as a label block in the left (and,
    for a right-hand axis, the right) margin, one coloured line per series,
    so no legend ever covers data.
    """

    def __init__(self, fig: Figure, data: TrendData, lang: str, start: datetime,
                 end: datetime, font_size: float, compact: bool = False) -> None:
        self.fig = fig
        self.data = data
        self.lang = lang
        self.start = start
        self.end = end
        self.font_size = font_size
        self.scale = font_size / SCREEN.font_size  # line widths and markers follow the text
        self.compact = compact
        self.y_bins = 3 if compact else 4  # fewer ticks: each is five artists to draw
        self.grade_ticks = [0, 2, 4] if compact else [0, 1, 2, 3, 4]
        self.points: dict[str, list[PointInfo | None]] = {}
        self.legend: dict[str, Any] = {}  # figure legend (dose markers): label -> handle

    def t(self, code: str, **params: Any) -> str:
        return render(msg(code, **params), self.lang)

    # --- drawing helpers --------------------------------------------------------------
    def line(self, ax: Axes, gid: str, records: Sequence, value: Callable[[Any], float | None],
             gap: str, series: Message, unit: str, decimals: int = 0, **style: Any) -> Line2D:
        """A series from records, broken at gaps, its points registered for taps."""
        picked = [(r.time, value(r), r) for r in records]
        picked = [(t, v, r) for t, v, r in picked if v is not None]
        infos = [PointInfo(gid, series, t, f"{_fmt(v, decimals)} {unit}".strip(), float(v), r)
                 for t, v, r in picked]
        xs, ys, gapped = _gapped(self.data, [p[0] for p in picked],
                                 [float(p[1]) for p in picked], infos, GAP_AFTER[gap])
        style = {"color": SERIES_COLOURS.get(gid, INK), "linewidth": 1.5, "marker": "o",
                 "markersize": 2.8, **style}
        style["linewidth"] *= self.scale
        style["markersize"] *= self.scale
        (artist,) = ax.plot(xs, ys, gid=gid, label=render(series, self.lang), picker=True,
                            pickradius=6, **style)
        self._register(gid, gapped)
        return artist

    def grade_steps(self, ax: Axes, gid: str, points: Sequence, series: Message, gap: str,
                    records: dict[datetime, Any] | None = None, **style: Any) -> Line2D:
        """A grade timeline as a step line (each grade holds until the next record)."""
        points = [p for p in points if not p.before_infusion]
        infos = [PointInfo(gid, series, p.time, str(p.grade), float(p.grade),
                           getattr(p, "record", None) or (records or {}).get(p.time))
                 for p in points]
        xs, ys, gapped = _gapped(self.data, [p.time for p in points],
                                 [float(p.grade) for p in points], infos, GAP_AFTER[gap])
        style = {"color": INK, "linewidth": 2.0, "marker": "o", "markersize": 2.2, **style}
        style["linewidth"] *= self.scale
        style["markersize"] *= self.scale
        (artist,) = ax.plot(xs, ys, drawstyle="steps-post", gid=gid,
                            label=render(series, self.lang), picker=True, pickradius=6, **style)
        self._register(gid, gapped)
        return artist

    def _register(self, gid: str, infos: list[PointInfo | None]) -> None:
        self.points.setdefault(gid, infos)  # a gid drawn twice keeps the first artist's points

    def labels(self, ax: Axes, panel: str, series: Sequence[tuple[str, str]] = (),
               side: str = "left", colour: str | None = None) -> None:
        """The panel's name (catalogue ``trend.panel.<panel>``) and its series keys.

        With ``colour`` the name itself is the key: drawn in the series colour
        with a line swatch (a panel or axis showing one series).
        """
        heading = self.t(f"trend.panel.{panel}").split("\n")
        if colour is not None:
            heading[0] = f"{LINE} {heading[0]}"
        lines = [(text, colour or INK) for text in heading] + list(series)
        step = self.font_size * 1.25
        left = side == "left"
        for i, (text, tint) in enumerate(lines):
            dy = ((len(lines) - 1) / 2 - i) * step
            ax.annotate(text, xy=(0.0 if left else 1.0, 0.5), xycoords="axes fraction",
                        xytext=(-self.font_size * 3.6 if left else self.font_size * 3.4, dy),
                        textcoords="offset points", ha="right" if left else "left",
                        va="center", color=tint, fontsize=self.font_size,
                        gid=f"label:{panel}", annotation_clip=False)

    def key(self, gid: str, text_code: str, swatch: str = LINE) -> tuple[str, str]:
        return f"{swatch} {self.t(text_code)}", SERIES_COLOURS.get(gid, INK)

    def ref_line(self, ax: Axes, y: float, gid: str, label: str, color: str,
                 linestyle: Any = (0, (4, 3)), va: str = "center") -> None:
        """A horizontal reference line, its label in the right margin."""
        ax.axhline(y, color=color, linestyle=linestyle, linewidth=1.1, gid=gid, zorder=1.5)
        ax.annotate(label, xy=(1.0, y), xycoords=("axes fraction", "data"), xytext=(3, 0),
                    textcoords="offset points", ha="left", va=va, color=color,
                    fontsize=self.font_size - 1, gid=f"{gid}:label", annotation_clip=False)

    def no_data(self, ax: Axes) -> None:
        ax.text(0.5, 0.5, self.t("trend.no_data"), transform=ax.transAxes, ha="center",
                va="center", color=MUTED, fontsize=self.font_size, gid="no_data")

    def right_axis(self, ax: Axes, colour: str) -> Axes:
        right = getattr(ax, "cart_twin", None)  # kept by a reused figure
        if right is None:
            right = ax.twinx()
            ax.cart_twin = right  # type: ignore[attr-defined]
            right.cart_twin_of = ax  # type: ignore[attr-defined]
            right.spines["top"].set_visible(False)
            right.tick_params(axis="y", colors=colour, direction="out", length=2.5, pad=2)
        right.set_visible(True)
        return right

    # --- panels -------------------------------------------------------------------------
    def crs(self, ax: Axes) -> None:
        self._grade_bands(ax, "crs")
        a = self.data.assessment
        points = _in_window(a.crs.points if a else (), self.start, self.end, GAP_AFTER["vitals"])
        self.grade_steps(ax, "crs_grade", points, msg("trend.series.crs"), "vitals")
        if not any(not p.before_infusion for p in points):
            self.no_data(ax)
        self.labels(ax, "crs")

    def _grade_bands(self, ax: Axes, name: str) -> None:
        for g, colour in GRADE_FILL.items():
            ax.axhspan(g - 0.5, g + 0.5, color=colour, alpha=0.7 if g == 0 else 0.42,
                       linewidth=0, gid=f"band:{name}:{g}", zorder=0)
        ax.set_ylim(-0.5, 4.5)
        ax.yaxis.set_major_locator(FixedLocator(self.grade_ticks))

    def temp(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(ax, "temp_c", vitals, lambda v: v.temp_c, "vitals",
                         msg("trend.series.temp"), "°C", 1)
        self.ref_line(ax, FEVER_C, "ref_38", self.t("trend.ref.fever"), "#c62828")
        self._limits(ax, line, 35.8, 39.8, pad=0.3)
        self.labels(ax, "temp")

    def hr(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(ax, "hr", vitals, lambda v: v.hr, "vitals", msg("trend.series.hr"),
                         "/min")
        self._limits(ax, line, 50, 130, pad=8)
        self.labels(ax, "hr")

    def bp(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        sbp = self.line(ax, "sbp", vitals, lambda v: v.sbp, "vitals", msg("trend.series.sbp"),
                        "mmHg")
        mean = self.line(ax, "map", vitals, lambda v: v.map_mmhg, "vitals",
                         msg("trend.series.map"), "mmHg", marker="s", markersize=2.2,
                         linewidth=1.2)
        self.ref_line(ax, 90, "ref_90", self.t("trend.ref.sbp90"), "#b00020", va="bottom")
        threshold = sbp_threshold(self.data.patient.age_years)
        if threshold != 90:
            self.ref_line(ax, threshold, "ref_sbp_age", self.t("trend.ref.sbp_age", sbp=threshold),
                          "#e8590c", linestyle=":", va="top")
        self._limits(ax, [sbp, mean], 55, 150, pad=8)
        self.labels(ax, "bp", [self.key("sbp", "trend.series.sbp"),
                               self.key("map", "trend.series.map")])

    def spo2(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(ax, "spo2", vitals, lambda v: v.spo2, "vitals",
                         msg("trend.series.spo2"), "%")
        ys = line.get_ydata()
        low = float(np.nanmin(ys)) if np.isfinite(ys).any() else 100.0
        ax.set_ylim(min(84.0, math.floor(low) - 3), 101)
        used = self._o2_band(ax, vitals)
        self.labels(ax, "spo2", [(f"{BOX} {self.t(f'trend.o2.grade{g}')}", O2_CLASS_TEXT[g])
                                 for g in used])

    def _o2_band(self, ax: Axes, vitals: Sequence) -> list[int]:
        """Oxygen support as coloured spans along the bottom of the SpO2 panel."""
        verts, colours, infos = [], [], []
        used: set[int] = set()
        for i, v in enumerate(vitals):
            level = _o2_class(v.o2_device, v.o2_flow_l_min)
            if level == 0:
                continue
            stop = vitals[i + 1].time if i + 1 < len(vitals) else self.end
            stop = min(stop, v.time + GAP_AFTER["vitals"], self.end)
            x0, x1 = self.data.x(max(v.time, self.start)), self.data.x(stop)
            if x1 <= x0:
                continue
            verts.append([(x0, 0.0), (x0, 0.14), (x1, 0.14), (x1, 0.0)])
            colours.append(O2_CLASS_COLOURS[level])
            used.add(level)
            value = render(term(f"o2.{v.o2_device.value}"), self.lang)
            if v.o2_flow_l_min:
                value += f" {v.o2_flow_l_min:g} L/min"
            infos.append(PointInfo("o2_band", msg("trend.series.o2"), v.time, value, None, v,
                                   end=stop))
        if verts:
            band = PolyCollection(verts, facecolors=colours, edgecolors="none",
                                  transform=ax.get_xaxis_transform(), gid="o2_band", zorder=1.2,
                                  picker=True)
            ax.add_collection(band, autolim=False)
        self._register("o2_band", infos)
        return sorted(used)

    def neuro(self, ax: Axes) -> None:
        capd = self.data.patient.uses_capd
        neuro = _in_window(self.data.neuro, self.start, self.end, GAP_AFTER["neuro"])
        if capd:  # CAPD ≥ 9: delirium (grade 3 domain); 1–8: grade 1–2 (§3.3)
            gid, value, top = "capd", (lambda n: n.total_capd), 32
            bands = ((0.5, 8.5, GRADE_FILL[1]), (8.5, 32.7, GRADE_FILL[3]))
        else:  # ICE 7–9 → 1, 3–6 → 2, 0–2 → 3
            gid, value, top = "ice", (lambda n: n.total_ice), 10
            bands = ((6.5, 9.5, GRADE_FILL[1]), (2.5, 6.5, GRADE_FILL[2]),
                     (-0.7, 2.5, GRADE_FILL[3]))
        for lo, hi, colour in bands:
            ax.axhspan(lo, hi, color=colour, alpha=0.22, linewidth=0, zorder=0)
        self.line(ax, gid, neuro, value, "neuro", msg(f"trend.series.{gid}"), "")
        ax.set_ylim(-0.7, top + 0.7)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=self.y_bins + 1, integer=True))
        self.labels(ax, gid, colour=SERIES_COLOURS[gid])
        # the ICANS grade on the right-hand axis
        a = self.data.assessment
        points = _in_window(a.icans.points if a else (), self.start, self.end,
                            GAP_AFTER["neuro"])
        right = self.right_axis(ax, INK)
        self.grade_steps(right, "icans_grade", points, msg("trend.series.icans"), "neuro",
                         {n.time: n for n in neuro}, marker=None)
        right.set_ylim(-0.5, 4.5)
        right.yaxis.set_major_locator(FixedLocator(self.grade_ticks))
        self.labels(right, "icans", side="right", colour=INK)
        if not neuro:
            self.no_data(ax)

    def fluids(self, ax: Axes) -> None:
        d = self.data
        shifts = [s for s in shift_balances(d.fluids, self.start, self.end, d.shift_settings)
                  if s.totals.entries]
        xs = [d.x(s.totals.start + (s.totals.end - s.totals.start) / 2) for s in shifts]
        widths = [(s.totals.end - s.totals.start) / DAY for s in shifts]
        for key, heights, width_k in (
            ("in", [s.totals.intake_ml for s in shifts], 0.86),
            ("out", [-s.totals.output_ml for s in shifts], 0.86),
            ("net", [s.totals.net_ml for s in shifts], 0.34),
        ):
            gid = f"fluid_{key}"
            bars = ax.bar(xs, heights, width=[w * width_k for w in widths],
                          color=SERIES_COLOURS[gid], gid=gid, zorder=2, picker=True,
                          label=self.t(f"trend.series.{gid}"))
            for patch in bars.patches:
                patch.set_gid(gid)
            shown = [f"{h:+.0f} mL" if key == "net" else f"{abs(h):.0f} mL" for h in heights]
            self._register(gid, [
                PointInfo(gid, msg(f"trend.series.{gid}"), s.totals.start, text, h, s,
                          end=s.totals.end)
                for s, h, text in zip(shifts, heights, shown, strict=True)])
        ax.axhline(0, color=INK, linewidth=0.8, zorder=2.5)
        low, high = ax.get_ylim()
        ax.set_ylim(min(low, -500), max(high, 500))
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        self.labels(ax, "fluids", [self.key("fluid_in", "trend.series.fluid_in", BOX),
                                   self.key("fluid_out", "trend.series.fluid_out", BOX),
                                   self.key("fluid_net", "trend.series.fluid_net", BOX)])
        # the cumulative net since infusion (since admission before the infusion)
        since = d.infusion_time if d.infusion_time <= self.end else (d.admitted_at or self.start)
        counted = {s.totals.end for s in shift_balances(d.fluids, since, self.end,
                                                        d.shift_settings) if s.totals.entries}
        xs2, ys2, infos = [], [], []
        for moment, net in cumulative_net_series(d.fluids, since, self.end, d.shift_settings):
            if moment < self.start - 8 * HOUR:
                continue
            empty = moment not in counted and moment != self.end
            xs2.append(math.nan if empty else d.x(moment))
            ys2.append(math.nan if empty else net)
            infos.append(None if empty else PointInfo(
                "fluid_cumulative", msg("trend.series.fluid_cumulative"), moment,
                f"{net:+.0f} mL", net))
        colour = SERIES_COLOURS["fluid_cumulative"]
        right = self.right_axis(ax, colour)
        right.plot(xs2, ys2, color=colour, linewidth=1.8 * self.scale, marker="o",
                   markersize=2.5 * self.scale,
                   gid="fluid_cumulative", label=self.t("trend.series.fluid_cumulative"),
                   picker=True, pickradius=6)
        self._register("fluid_cumulative", infos)
        right.yaxis.set_major_locator(MaxNLocator(nbins=4))
        self.labels(right, "fluid_cumulative", side="right", colour=colour)
        if not shifts:
            self.no_data(ax)

    def weight(self, ax: Axes) -> None:
        d = self.data
        weights = _in_window(d.weights, self.start, self.end, GAP_AFTER["daily"])
        line = self.line(ax, "weight_kg", weights, lambda w: w.weight_kg, "daily",
                         msg("trend.series.weight"), "kg", 1)
        base = baseline_weight(d.weights, d.infusion_time)
        if base is not None:
            self.ref_line(ax, base.weight_kg, "ref_weight_baseline",
                          self.t("trend.ref.weight_baseline", kg=f"{base.weight_kg:.1f}"), MUTED)
            self._limits(ax, line, base.weight_kg - 1.5, base.weight_kg + 1.5, pad=0.5)
        else:
            self._limits(ax, line, None, None, pad=0.5)
        self.labels(ax, "weight")
        if not line.get_xdata().size:
            self.no_data(ax)

    def crp_il6(self, ax: Axes) -> None:
        d = self.data
        crp = self.line(ax, "crp", _in_window(d.labs_named("crp"), self.start, self.end,
                                              GAP_AFTER["daily"]),
                        lambda x: x.value, "daily", msg("lab.crp"), "mg/L", 1)
        self._limits(ax, crp, 0, 50, pad=5, floor=0)
        self.labels(ax, "crp", colour=SERIES_COLOURS["crp"])
        colour = SERIES_COLOURS["il6"]
        right = self.right_axis(ax, colour)
        il6 = self.line(right, "il6", _in_window(d.labs_named("il6"), self.start, self.end,
                                                 GAP_AFTER["daily"]),
                        lambda x: x.value, "daily", msg("lab.il6"), "pg/mL", 1, marker="s")
        self._limits(right, il6, 0, 50, pad=5, floor=0)
        self.labels(right, "il6", side="right", colour=colour)
        if not crp.get_xdata().size and not il6.get_xdata().size:
            self.no_data(ax)

    def ferritin(self, ax: Axes) -> None:
        d = self.data
        line = self.line(ax, "ferritin", _in_window(d.labs_named("ferritin"), self.start,
                                                    self.end, GAP_AFTER["daily"]),
                         lambda x: x.value, "daily", msg("lab.ferritin"), "µg/L")
        ax.set_yscale("log")
        ys = line.get_ydata()
        finite = ys[np.isfinite(ys)]
        lo = min(100.0, float(finite.min()) / 1.5) if finite.size else 100.0
        hi = max(2000.0, float(finite.max()) * 1.8) if finite.size else 10000.0
        ax.set_ylim(lo, hi)
        ax.yaxis.set_major_locator(LogLocator(base=10))
        ax.yaxis.set_minor_locator(NullLocator())
        self.labels(ax, "ferritin")
        if not finite.size:
            self.no_data(ax)

    # --- shared ---------------------------------------------------------------------------
    def _limits(self, ax: Axes, lines: Line2D | Sequence[Line2D], lo: float | None,
                hi: float | None, pad: float, floor: float | None = None) -> None:
        """Y limits covering the usual range (lo, hi) and every value, with padding."""
        lines = [lines] if isinstance(lines, Line2D) else list(lines)
        values = np.concatenate([np.asarray(ln.get_ydata(), dtype=float) for ln in lines])
        values = values[np.isfinite(values)]
        bottom = [v for v in (lo,) if v is not None]
        top = [v for v in (hi,) if v is not None]
        if values.size:
            bottom.append(float(values.min()) - pad)
            top.append(float(values.max()) + pad)
        if not bottom or not top:
            return
        low = min(bottom) if floor is None else max(min(bottom), floor)
        ax.set_ylim(low, max(top))

    def doses(self, axes: Sequence[Axes]) -> None:
        """One vertical line per dose, every panel; per drug one Line2D with NaN breaks."""
        by_drug: dict[str, list] = {}
        for dose in self.data.marked_doses:
            if self.start - HOUR <= dose.time <= self.end:
                by_drug.setdefault(drugs.normalise(dose.drug), []).append(dose)
        keys: dict[str, list[Message]] = {}
        for drug, doses in sorted(by_drug.items(), key=lambda kv: kv[0] != "tocilizumab"):
            kind = ("tocilizumab" if drug == "tocilizumab"
                    else "steroid" if drug in drugs.STEROIDS else "other")
            name = _drug_term(drug)
            infos: list[PointInfo | None] = []
            for dose in doses:
                amount = f"{dose.dose_mg:g} mg" if dose.dose_mg is not None else "—"
                info = PointInfo(f"dose:{drug}", name, dose.time, amount, dose.dose_mg, dose)
                infos += [info, info, None]
            xs, ys = _vlines(self.data.x(dose.time) for dose in doses)
            for ax in axes:
                ax.plot(xs, ys, transform=ax.get_xaxis_transform(), gid=f"dose:{drug}",
                        zorder=3, alpha=0.9, picker=True, pickradius=5,
                        **(DOSE_STYLE[kind] | {"linewidth": DOSE_STYLE[kind]["linewidth"]
                                               * self.scale}))
            self._register(f"dose:{drug}", infos)
            keys.setdefault(kind, []).append(name)
        for kind, names in keys.items():
            label = (render(names[0], self.lang) if kind == "tocilizumab"
                     else self.t(f"trend.dose.{kind}", drugs=names))
            self.legend[label] = Line2D([], [], **DOSE_STYLE[kind])


def _drug_term(drug: str) -> Message:
    from ..logic.catalogue import CATALOGUE

    code = f"drug.{drug}"
    return term(code) if code in CATALOGUE else msg("drug.other_named", name=drug)


def _o2_class(device: O2Device, flow: float | None) -> int:
    """0 room air; 2 low flow; 3 high flow or mask; 4 positive pressure (ASTCT hypoxia grades)."""
    if device is O2Device.NASAL_CANNULA:
        return 3 if (flow or 0) > 6 else 2
    return HYPOXIA_GRADE[device]


# --- the figure -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    """Figure size in inches; margins are fixed so panels line up whatever the labels."""

    width_in: float = 11.0
    panel_height_in: float = 1.3
    left_in: float = 1.45
    right_in: float = 0.95
    top_in: float = 0.55
    bottom_in: float = 0.45
    hspace_in: float = 0.12
    font_size: float = 8.0
    dpi: float = 100.0
    compact: bool = False  # fewer ticks and grid lines (the small handover figure)


SCREEN = Layout()
#: The handover figure: half a page wide and short (printed at ~150 dpi).
HANDOVER = Layout(width_in=7.2, panel_height_in=0.55, left_in=1.05, right_in=0.8, top_in=0.36,
                  bottom_in=0.32, hspace_in=0.06, font_size=6.5, dpi=150, compact=True)


def trend_figure(data: TrendData, time_range: str = "72h", lang: str = "zh_CN",
                 panels: Sequence[str] = PANELS, *, layout: Layout = SCREEN,
                 title: str | None = None, show_range: bool = True,
                 reuse: bool = False) -> Figure:
    """The trend panels of one episode over a range (``24h``, ``72h``, ``since_infusion``).

    Labels come from the catalogue in ``lang``. The figure has an Agg canvas
    attached (``fig.canvas``), so it can be saved or drawn at once; the Qt tab
    may re-attach it to a ``FigureCanvasQTAgg``.

    ``reuse`` recycles this thread's previous figure of the same layout and
    panels (its artists removed, its axes kept) instead of making a new one:
    about twice as fast for a batch of figures rendered one after the other
    (the handover), but the figure returned is cleared by the next such call.
    """
    unknown = [p for p in panels if p not in PANELS]
    if unknown or not panels:
        raise ValueError(f"unknown panels {unknown}; known: {', '.join(PANELS)}")
    use_cjk_font()
    start, end = time_window(data, time_range)
    with _font_size(layout.font_size), gc_paused():
        fig, axes, fresh = _figure(layout, len(panels), reuse)
        builder = _Builder(fig, data, lang, start, end, layout.font_size, layout.compact)
        for name, ax in zip(panels, axes, strict=True):
            if fresh:
                _style_axes(ax)
            getattr(builder, name)(ax)
        builder.doses(axes)
        _time_axis(data, axes, start, end, layout.font_size, layout.compact)
        for ax in fig.axes:
            if fresh or not getattr(ax, "cart_styled", False):
                # tick labels are made at draw time: set their size now (kept on reuse)
                ax.tick_params(labelsize=layout.font_size - 0.5, length=2.5 * builder.scale)
                ax.cart_styled = True  # type: ignore[attr-defined]
            if layout.compact and isinstance(ax.yaxis.get_major_locator(), AutoLocator):
                ax.yaxis.set_major_locator(MaxNLocator(nbins=builder.y_bins))
        _header(fig, builder, time_range if show_range else None, title, layout)
    fig.cart_points = builder.points  # type: ignore[attr-defined]
    fig.cart_window = (start, end)  # type: ignore[attr-defined]
    return fig


def handover_figure(data: TrendData, lang: str = "zh_CN", time_range: str = "72h",
                    panels: Sequence[str] = HANDOVER_PANELS, *, reuse: bool = False) -> Figure:
    """The small trend figure of a handover page: the same builders, fewer and shorter panels."""
    return trend_figure(data, time_range, lang, panels, layout=HANDOVER, show_range=False,
                        reuse=reuse)


_pool = threading.local()


def _figure(layout: Layout, n: int, reuse: bool) -> tuple[Figure, list[Axes], bool]:
    """A figure with ``n`` stacked panels, new (True) or this thread's previous one cleared."""
    cache: dict = _pool.__dict__.setdefault("figures", {})
    if reuse and (layout, n) in cache:
        fig, axes = cache[(layout, n)]
        _clear(fig)
        return fig, axes, False
    height = layout.top_in + layout.bottom_in + n * layout.panel_height_in \
        + (n - 1) * layout.hspace_in
    fig = Figure(figsize=(layout.width_in, height), dpi=layout.dpi)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=layout.left_in / layout.width_in,
                        right=1 - layout.right_in / layout.width_in,
                        top=1 - layout.top_in / height, bottom=layout.bottom_in / height,
                        hspace=layout.hspace_in / layout.panel_height_in)
    axes = list(fig.subplots(n, 1, squeeze=False)[:, 0])
    if reuse:
        cache[(layout, n)] = (fig, axes)
    return fig, axes, True


def _clear(fig: Figure) -> None:
    """Remove every artist the builders added; keep the axes (and their tick objects)."""
    for ax in fig.axes:
        for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.texts, *ax.images]:
            artist.remove()
        ax.containers.clear()
        if ax.legend_ is not None:
            ax.legend_.remove()
        if ax.get_yscale() != "linear":
            ax.set_yscale("linear")
        ax.relim()
        ax.set_autoscaley_on(True)
        ax.yaxis.set_major_locator(AutoLocator())
        ax.yaxis.set_minor_locator(NullLocator())
        if getattr(ax, "cart_twin_of", None) is not None:
            ax.set_visible(False)  # shown again when a panel asks for its right-hand axis
    for artist in [*fig.texts, *fig.legends]:
        artist.remove()


def render_png(fig: Figure, dpi: float | None = None) -> bytes:
    """The figure as PNG bytes (Agg)."""
    buf = io.BytesIO()
    with gc_paused():
        fig.savefig(buf, format="png", dpi=dpi or fig.dpi, facecolor="white",
                    pil_kwargs={"compress_level": 1})  # fast; the PDF recompresses anyway
    return buf.getvalue()


def render_image(fig: Figure) -> PILImage.Image:
    """The figure drawn (Agg) as an RGB PIL image, without PNG encoding (the handover PDF)."""
    with gc_paused():
        fig.canvas.draw()
    canvas = fig.canvas
    rgba = PILImage.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                               "raw", "RGBA", 0, 1)
    return rgba.convert("RGB")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of artists are made and drawn.

    A figure is a few thousand small objects; collections triggered while
    building and drawing one cost about a third of the time (measured).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _font_size:
    """Temporarily set the base font sizes (labels created inside use them)."""

    def __init__(self, size: float) -> None:
        self.size = size

    def __enter__(self) -> None:
        import matplotlib

        keys = ("font.size", "xtick.labelsize", "ytick.labelsize", "axes.labelsize",
                "legend.fontsize")
        self._saved = {k: matplotlib.rcParams[k] for k in keys}
        matplotlib.rcParams.update(dict.fromkeys(keys, self.size))

    def __exit__(self, *exc: object) -> None:
        import matplotlib

        matplotlib.rcParams.update(self._saved)


def _style_axes(ax: Axes) -> None:
    ax.grid(axis="y", color=GRID, linewidth=0.5, zorder=0)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(False)
    ax.tick_params(axis="both", which="both", direction="out", length=2.5, pad=2)


def _vlines(xs: Iterable[float]) -> tuple[list[float], list[float]]:
    """Vertical lines spanning an axes as one path: x, x, NaN … (y in axes fraction)."""
    out_x: list[float] = []
    out_y: list[float] = []
    for x in xs:
        out_x += [x, x, math.nan]
        out_y += [0.0, 1.0, math.nan]
    return out_x, out_y


def _time_axis(data: TrendData, axes: Sequence[Axes], start: datetime, end: datetime,
               font_size: float, compact: bool = False) -> None:
    """The shared time axis: labels on the bottom panel only, grid lines drawn as paths.

    The panels do not use ``sharex``: each shared axis would build its own tick
    objects at every draw, the slowest part of a tall figure. The grid (hours,
    labelled ticks, midnights) is three paths per panel instead.
    """
    lo, hi = data.x(start), data.x(end)
    pad = (hi - lo) * 0.01
    major, minor = _ticks(data, start, end, compact)
    midnights = [float(d) for d in range(math.ceil(lo), math.floor(hi) + 1)]
    grids = (
        ("hour_grid", minor, {"color": "#e3e3e3", "linewidth": 0.5}),
        ("tick_grid", [m for m in major if m not in midnights],
         {"color": GRID, "linewidth": 0.7}),
        ("day_lines", midnights, {"color": DAY_LINE, "linewidth": 0.9}),
    )
    for ax in axes:
        ax.set_xlim(lo - pad, hi + pad)
        for gid, positions, style in grids:
            xs, ys = _vlines(positions)
            ax.plot(xs, ys, transform=ax.get_xaxis_transform(), gid=gid, zorder=0.5, **style)
        if ax is not axes[-1]:
            ax.xaxis.set_major_locator(NullLocator())
            ax.xaxis.set_minor_locator(NullLocator())
    bottom = axes[-1]
    bottom.xaxis.set_major_locator(FixedLocator(major))
    bottom.xaxis.set_minor_locator(NullLocator())
    bottom.xaxis.set_major_formatter(FuncFormatter(_tick_label))
    # the day label centred on each day, above the top panel
    top = axes[0]
    for m in [math.floor(lo), *midnights]:
        left, right = max(m, lo), min(m + 1, hi)
        if right - left < (hi - lo) * 0.06:
            continue
        top.annotate(format_study_day(int(m)), xy=(left + (right - left) / 2, 1.0),
                     xycoords=("data", "axes fraction"), xytext=(0, 2),
                     textcoords="offset points", ha="center", va="bottom",
                     fontsize=font_size - 0.5, color=INK, gid="day_label")


def _header(fig: Figure, builder: _Builder, time_range: str | None, title: str | None,
            layout: Layout) -> None:
    """Title and range at the top left; the dose-marker key at the top right."""
    parts = [title] if title else []
    if time_range:
        parts.append(builder.t(f"trend.range.{time_range}"))
    if parts:
        fig.text(layout.left_in / layout.width_in, 1 - 0.06 / fig.get_figheight(),
                 "  ·  ".join(parts), ha="left", va="top", fontsize=layout.font_size + 1.5,
                 color=INK, gid="title")
    if builder.legend:
        fig.legend(list(builder.legend.values()), list(builder.legend.keys()),
                   loc="upper right", bbox_to_anchor=(1 - layout.right_in / layout.width_in,
                                                      1.0),
                   ncol=min(6, len(builder.legend)), fontsize=layout.font_size - 0.5,
                   frameon=False, handlelength=1.8, borderaxespad=0.2)
