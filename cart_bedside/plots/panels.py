"""The trend panels: one method per panel, drawing into a matplotlib Axes.

:class:`PanelBuilder` is used by :func:`cart_bedside.plots.trends.trend_figure`;
see that module for the panels, gaps and gids.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..logic.crs import FEVER_C, sbp_threshold
from ..logic.messages import Message, msg, render
from .bands import o2_band, vaso_panel
from .chart_panels import crp_il6_panel, ferritin_panel, fluids_panel, weight_panel
from .data import TrendData
from .doses import dose_markers
from .grade_panels import grades_panel, neuro_panel
from .points import PointInfo
from .series import fmt as _fmt
from .series import gapped as _gapped
from .series import hline
from .series import item_time as _time
from .style import (
    BASE_FONT_SIZE,
    BOX,
    GAP_AFTER,
    INK,
    LINE,
    MAX_MARKERS_PER_INCH,
    MUTED,
    O2_CLASS_TEXT,
    SERIES_COLOURS,
)
from .support import in_window as _in_window


class PanelBuilder:
    """Draws the panels of one figure and records the tap information per gid.

    Panel names and series keys are drawn as a label block in the left (and,
    for a right-hand axis, the right) margin, one coloured line per series,
    so no legend ever covers data.
    """

    def __init__(
        self,
        fig: Figure,
        data: TrendData,
        lang: str,
        start: datetime,
        end: datetime,
        font_size: float,
        compact: bool = False,
        twins: dict[Axes, Axes] | None = None,
    ) -> None:
        self.fig = fig
        self.data = data
        self.lang = lang
        self.start = start
        self.end = end
        self.font_size = font_size
        self.scale = font_size / BASE_FONT_SIZE  # line widths and markers follow the text
        self.compact = compact
        self.y_bins = 3 if compact else 4  # fewer ticks: each is five artists to draw
        self.grade_ticks = [0, 2, 4] if compact else [0, 1, 2, 3, 4]
        self.points: dict[str, list[PointInfo | None]] = {}
        self.legend: dict[str, Any] = {}  # figure legend (dose markers): label -> handle
        # panel -> its right-hand axis (the batch renderer passes the ones it keeps)
        self._twins: dict[Axes, Axes] = {} if twins is None else twins

    def usual(
        self, lo: float, hi: float, compact_lo: float, compact_hi: float
    ) -> tuple[float, float]:
        """The usual y range; the small figure uses a wider fixed one, so most patients
        share the same axes (and the drawn background)."""
        return (compact_lo, compact_hi) if self.compact else (lo, hi)

    def t(self, code: str, **params: Any) -> str:
        return render(msg(code, **params), self.lang)

    # --- drawing helpers --------------------------------------------------------------
    def line(
        self,
        ax: Axes,
        gid: str,
        records: Sequence,
        value: Callable[[Any], float | None],
        gap: str,
        series: Message,
        unit: str,
        decimals: int = 0,
        **style: Any,
    ) -> Line2D:
        """A series from records, broken at gaps, its points registered for taps."""
        picked = [(r.time, v, r) for r in records if (v := value(r)) is not None]
        infos = [
            PointInfo(gid, series, t, f"{_fmt(v, decimals)} {unit}".strip(), float(v), r)
            for t, v, r in picked
        ]
        xs, ys, gapped = _gapped(
            self.data, [p[0] for p in picked], [float(p[1]) for p in picked], infos, GAP_AFTER[gap]
        )
        style = {
            "color": SERIES_COLOURS.get(gid, INK),
            "linewidth": 1.5,
            "marker": "o",
            "markersize": 2.8,
            **style,
        }
        style["linewidth"] *= self.scale
        style["markersize"] *= self.scale
        if self.crowded(ax, picked):
            style["marker"] = None
        (artist,) = ax.plot(
            xs, ys, gid=gid, label=render(series, self.lang), picker=True, pickradius=6, **style
        )
        self.register(gid, gapped)
        return artist

    def grade_steps(
        self,
        ax: Axes,
        gid: str,
        points: Sequence,
        series: Message,
        gap: str,
        records: dict[datetime, Any] | None = None,
        **style: Any,
    ) -> Line2D:
        """A grade timeline as a step line (each grade holds until the next record)."""
        points = [p for p in points if not p.before_infusion]
        infos = [
            PointInfo(
                gid,
                series,
                p.time,
                str(p.grade),
                float(p.grade),
                getattr(p, "record", None) or (records or {}).get(p.time),
            )
            for p in points
        ]
        xs, ys, gapped = _gapped(
            self.data,
            [p.time for p in points],
            [float(p.grade) for p in points],
            infos,
            GAP_AFTER[gap],
        )
        style = {"color": INK, "linewidth": 2.0, "marker": "o", "markersize": 2.2, **style}
        style["linewidth"] *= self.scale
        style["markersize"] *= self.scale
        if self.crowded(ax, points):
            style["marker"] = None
        (artist,) = ax.plot(
            xs,
            ys,
            drawstyle="steps-post",
            gid=gid,
            label=render(series, self.lang),
            picker=True,
            pickradius=6,
            **style,
        )
        self.register(gid, gapped)
        return artist

    def crowded(self, ax: Axes, items: Sequence) -> bool:
        """More than :data:`MAX_MARKERS_PER_INCH` readings per inch: a line without dots."""
        width_in = ax.get_position().width * self.fig.get_figwidth()
        shown = sum(1 for item in items if self.start <= _time(item) <= self.end)
        return shown > MAX_MARKERS_PER_INCH * width_in

    def register(self, gid: str, infos: Sequence[PointInfo | None]) -> None:
        self.points.setdefault(
            gid, list(infos)
        )  # a gid drawn twice keeps the first artist's points

    def labels(
        self,
        ax: Axes,
        panel: str,
        series: Sequence[tuple[str, str]] = (),
        side: str = "left",
        colour: str | None = None,
    ) -> None:
        """The panel's name (catalogue ``trend.panel.<panel>``) and its series keys.

        With ``colour`` the name itself is the key: drawn in the series colour
        with a line swatch (a panel or axis showing one series).
        """
        heading = self.t(f"trend.panel.{panel}").split("\n")
        if colour is not None:
            heading[0] = f"{LINE} {heading[0]}"
        lines = [(text, colour or INK) for text in heading] + list(series)
        # consecutive lines of one colour are one text (fewer texts: faster to draw)
        groups: list[tuple[str, list[str]]] = []
        for text, tint in lines:
            if groups and groups[-1][0] == tint:
                groups[-1][1].append(text)
            else:
                groups.append((tint, [text]))
        step = self.font_size * 1.25
        left = side == "left"
        first = 0
        for tint, texts in groups:
            middle = first + (len(texts) - 1) / 2
            dy = ((len(lines) - 1) / 2 - middle) * step
            ax.annotate(
                "\n".join(texts),
                xy=(0.0 if left else 1.0, 0.5),
                xycoords="axes fraction",
                xytext=(-self.font_size * 3.6 if left else self.font_size * 3.4, dy),
                textcoords="offset points",
                ha="right" if left else "left",
                va="center",
                color=tint,
                fontsize=self.font_size,
                linespacing=1.25,
                gid=f"label:{panel}",
                annotation_clip=False,
            )
            first += len(texts)

    def key(self, gid: str, text_code: str, swatch: str = LINE) -> tuple[str, str]:
        return f"{swatch} {self.t(text_code)}", SERIES_COLOURS.get(gid, INK)

    def ref_line(
        self,
        ax: Axes,
        y: float,
        gid: str,
        label: str,
        color: str,
        linestyle: Any = (0, (4, 3)),
        va: str = "center",
    ) -> None:
        """A horizontal reference line, its label in the right margin."""
        hline(ax, y, color=color, linestyle=linestyle, linewidth=1.1, gid=gid, zorder=1.5)
        ax.annotate(
            label,
            xy=(1.0, y),
            xycoords=("axes fraction", "data"),
            xytext=(3, 0),
            textcoords="offset points",
            ha="left",
            va=va,
            color=color,
            fontsize=self.font_size - 1,
            gid=f"{gid}:label",
            annotation_clip=False,
        )

    def no_data(self, ax: Axes) -> None:
        ax.text(
            0.5,
            0.5,
            self.t("trend.no_data"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=MUTED,
            fontsize=self.font_size,
            gid="no_data",
        )

    def right_axis(self, ax: Axes, colour: str) -> Axes:
        right = self._twins.get(ax)
        if right is None:
            right = self._twins[ax] = ax.twinx()
            right.spines["top"].set_visible(False)
            right.tick_params(axis="y", colors=colour, direction="out", length=2.5, pad=2)
        right.set_visible(True)  # a kept one is hidden while a patient does not use it
        # the right-hand axis draws the panel's right edge (after its ticks): drawn once, not
        # under and over the ticks (the batch renderer keeps the ticks in its frame pixels)
        ax.spines["right"].set_visible(False)
        return right

    # --- panels -------------------------------------------------------------------------
    def crs(self, ax: Axes) -> None:
        grades_panel(self, ax)

    def temp(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(
            ax, "temp_c", vitals, lambda v: v.temp_c, "vitals", msg("trend.series.temp"), "°C", 1
        )
        self.ref_line(ax, FEVER_C, "ref_38", self.t("trend.ref.fever"), "#c62828")
        self._limits(ax, line, *self.usual(35.8, 39.8, 35.0, 41.0), pad=0.3)
        self.labels(ax, "temp")

    def hr(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(ax, "hr", vitals, lambda v: v.hr, "vitals", msg("trend.series.hr"), "/min")
        self._limits(ax, line, *self.usual(50, 130, 40, 180), pad=8)
        self.labels(ax, "hr")

    def bp(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        sbp = self.line(
            ax, "sbp", vitals, lambda v: v.sbp, "vitals", msg("trend.series.sbp"), "mmHg"
        )
        mean = self.line(
            ax,
            "map",
            vitals,
            lambda v: v.map_mmhg,
            "vitals",
            msg("trend.series.map"),
            "mmHg",
            marker="s",
            markersize=2.2,
            linewidth=1.2,
        )
        self.ref_line(ax, 90, "ref_90", self.t("trend.ref.sbp90"), "#b00020", va="bottom")
        threshold = sbp_threshold(self.data.patient.age_years)
        if threshold != 90:
            self.ref_line(
                ax,
                threshold,
                "ref_sbp_age",
                self.t("trend.ref.sbp_age", sbp=threshold),
                "#e8590c",
                linestyle=":",
                va="top",
            )
        self._limits(ax, [sbp, mean], *self.usual(55, 150, 40, 180), pad=8)
        self.labels(
            ax, "bp", [self.key("sbp", "trend.series.sbp"), self.key("map", "trend.series.map")]
        )

    def vaso(self, ax: Axes) -> None:
        vaso_panel(self, ax)

    def spo2(self, ax: Axes) -> None:
        vitals = _in_window(self.data.vitals, self.start, self.end, GAP_AFTER["vitals"])
        line = self.line(
            ax, "spo2", vitals, lambda v: v.spo2, "vitals", msg("trend.series.spo2"), "%"
        )
        ys = line.get_ydata()
        low = float(np.nanmin(ys)) if np.isfinite(ys).any() else 100.0
        ax.set_ylim(min(80.0 if self.compact else 84.0, math.floor(low) - 3), 101)
        used = o2_band(self, ax, vitals)
        self.labels(
            ax,
            "spo2",
            [(f"{BOX} {self.t(f'trend.o2.grade{g}')}", O2_CLASS_TEXT[g]) for g in used],
        )

    def neuro(self, ax: Axes) -> None:
        neuro_panel(self, ax)

    def fluids(self, ax: Axes) -> None:
        fluids_panel(self, ax)

    def weight(self, ax: Axes) -> None:
        weight_panel(self, ax)

    def crp_il6(self, ax: Axes) -> None:
        crp_il6_panel(self, ax)

    def ferritin(self, ax: Axes) -> None:
        ferritin_panel(self, ax)

    # --- shared ---------------------------------------------------------------------------
    def _limits(
        self,
        ax: Axes,
        lines: Line2D | Sequence[Line2D],
        lo: float | None,
        hi: float | None,
        pad: float,
        floor: float | None = None,
    ) -> None:
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
        dose_markers(self, axes)
