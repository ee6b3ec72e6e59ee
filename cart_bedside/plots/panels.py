"""The trend panels: one method per panel, drawing into a matplotlib Axes.

:class:`PanelBuilder` is used by :func:`cart_bedside.plots.trends.trend_figure`;
see that module for the panels, gaps and gids.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, LogLocator, MaxNLocator, NullLocator
from matplotlib.transforms import offset_copy

from ..logic import drugs
from ..logic.crs import FEVER_C, sbp_threshold
from ..logic.fluids import baseline_weight, cumulative_net_series, shift_balances
from ..logic.messages import Message, msg, render
from .bands import drug_term, o2_band, vaso_panel
from .data import TrendData
from .judgements import news2_line, physician_marks
from .points import PointInfo
from .style import (
    BASE_FONT_SIZE,
    BOX,
    DAY,
    DOSE_STYLE,
    GAP_AFTER,
    GRADE_FILL,
    HOUR,
    ICANS_COLOUR,
    INK,
    LINE,
    MAX_MARKERS_PER_INCH,
    MUTED,
    O2_CLASS_TEXT,
    SERIES_COLOURS,
)


def _gapped(
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


def _in_window(records: Iterable, start: datetime, end: datetime, pad: timedelta) -> list:
    """Records from ``start - pad`` to ``end``: one reading before the edge keeps the line in."""
    lo = start - pad
    return [r for r in records if lo <= r.time <= end]


def _time(item: Any) -> datetime:
    return item[0] if isinstance(item, tuple) else item.time


def _fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def vlines(xs: Iterable[float]) -> tuple[list[float], list[float]]:
    """Vertical lines spanning an axes as one path: x, x, NaN … (y in axes fraction)."""
    out_x: list[float] = []
    out_y: list[float] = []
    for x in xs:
        out_x += [x, x, math.nan]
        out_y += [0.0, 1.0, math.nan]
    return out_x, out_y


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
        self._twins: dict[Axes, Axes] = {}  # panel -> its right-hand axis

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
        picked = [(r.time, value(r), r) for r in records]
        picked = [(t, v, r) for t, v, r in picked if v is not None]
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

    def register(self, gid: str, infos: list[PointInfo | None]) -> None:
        self.points.setdefault(gid, infos)  # a gid drawn twice keeps the first artist's points

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
        ax.axhline(y, color=color, linestyle=linestyle, linewidth=1.1, gid=gid, zorder=1.5)
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
        return right

    # --- panels -------------------------------------------------------------------------
    def crs(self, ax: Axes) -> None:
        """CRS and ICANS grades on one 0–4 axis (ICANS dashed, drawn 2.5 pt lower so the two
        stay apart when equal), the physicians' grades, NEWS2 on the right axis."""
        self._grade_bands(ax, "crs")
        a = self.data.assessment
        points = _in_window(a.crs.points if a else (), self.start, self.end, GAP_AFTER["vitals"])
        self.grade_steps(ax, "crs_grade", points, msg("trend.series.crs"), "vitals")
        icans = _in_window(a.icans.points if a else (), self.start, self.end, GAP_AFTER["neuro"])
        neuro = _in_window(self.data.neuro, self.start, self.end, GAP_AFTER["neuro"])
        self.grade_steps(
            ax,
            "icans_grade",
            icans,
            msg("trend.series.icans"),
            "neuro",
            {n.time: n for n in neuro},
            color=ICANS_COLOUR,
            linestyle=(0, (4, 2)),
            linewidth=1.6,
            marker="s",
            transform=offset_copy(ax.transData, self.fig, y=-2.5 * self.scale, units="points"),
        )
        physician_marks(self, ax, "crs")  # §11
        physician_marks(self, ax, "icans")
        news2_line(self, ax)  # §12
        if not any(not p.before_infusion for p in (*points, *icans)):
            self.no_data(ax)
        self.labels(
            ax,
            "grades",
            [
                (f"{LINE} {self.t('trend.series.crs')}", INK),
                (f"╌ {self.t('trend.series.icans')}", ICANS_COLOUR),
            ],
        )

    def _grade_bands(self, ax: Axes, name: str) -> None:
        for g, colour in GRADE_FILL.items():
            ax.axhspan(
                g - 0.5,
                g + 0.5,
                color=colour,
                alpha=0.7 if g == 0 else 0.42,
                linewidth=0,
                gid=f"band:{name}:{g}",
                zorder=0,
            )
        ax.set_ylim(-0.5, 4.5)
        ax.yaxis.set_major_locator(FixedLocator(self.grade_ticks))

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
        capd = self.data.patient.uses_capd
        neuro = _in_window(self.data.neuro, self.start, self.end, GAP_AFTER["neuro"])
        if capd:  # CAPD ≥ 9: delirium (grade 3 domain); 1–8: grade 1–2 (§3.3)
            gid, value, top = "capd", (lambda n: n.total_capd), 32
            bands = ((0.5, 8.5, GRADE_FILL[1]), (8.5, 32.7, GRADE_FILL[3]))
        else:  # ICE 7–9 → 1, 3–6 → 2, 0–2 → 3
            gid, value, top = "ice", (lambda n: n.total_ice), 10
            bands = (
                (6.5, 9.5, GRADE_FILL[1]),
                (2.5, 6.5, GRADE_FILL[2]),
                (-0.7, 2.5, GRADE_FILL[3]),
            )
        for lo, hi, colour in bands:
            ax.axhspan(lo, hi, color=colour, alpha=0.22, linewidth=0, zorder=0)
        self.line(ax, gid, neuro, value, "neuro", msg(f"trend.series.{gid}"), "")
        ax.set_ylim(-0.7, top + 0.7)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=self.y_bins + 1, integer=True))
        self.labels(ax, gid, colour=SERIES_COLOURS[gid])
        if not neuro:
            self.no_data(ax)

    def fluids(self, ax: Axes) -> None:
        d = self.data
        shifts = [
            s
            for s in shift_balances(d.fluids, self.start, self.end, d.shift_settings)
            if s.totals.entries
        ]
        xs = [d.x(s.totals.start + (s.totals.end - s.totals.start) / 2) for s in shifts]
        widths = [(s.totals.end - s.totals.start) / DAY for s in shifts]
        top = bottom = 0.0
        for key, heights, width_k in (
            ("in", [s.totals.intake_ml for s in shifts], 0.86),
            ("out", [-s.totals.output_ml for s in shifts], 0.86),
            ("net", [s.totals.net_ml for s in shifts], 0.34),
        ):
            # one collection per series (one rectangle per shift): drawing a few hundred
            # separate bar patches cost a fifth of a 30-day figure
            gid = f"fluid_{key}"
            rects = [
                [
                    (x - w * width_k / 2, 0.0),
                    (x - w * width_k / 2, h),
                    (x + w * width_k / 2, h),
                    (x + w * width_k / 2, 0.0),
                ]
                for x, w, h in zip(xs, widths, heights, strict=True)
            ]
            bars = PolyCollection(
                rects,
                facecolors=SERIES_COLOURS[gid],
                edgecolors="none",
                gid=gid,
                zorder=2,
                picker=True,
                label=self.t(f"trend.series.{gid}"),
            )
            ax.add_collection(bars, autolim=False)
            top, bottom = max([top, *heights]), min([bottom, *heights])
            shown = [f"{h:+.0f} mL" if key == "net" else f"{abs(h):.0f} mL" for h in heights]
            self.register(
                gid,
                [
                    PointInfo(
                        gid,
                        msg(f"trend.series.{gid}"),
                        s.totals.start,
                        text,
                        h,
                        s,
                        end=s.totals.end,
                    )
                    for s, h, text in zip(shifts, heights, shown, strict=True)
                ],
            )
        ax.axhline(0, color=INK, linewidth=0.8, zorder=2.5)
        pad = 0.05 * (max(top, 500) - min(bottom, -500))
        ax.set_ylim(min(bottom, -500) - pad, max(top, 500) + pad)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        self.labels(
            ax,
            "fluids",
            [
                self.key("fluid_in", "trend.series.fluid_in", BOX),
                self.key("fluid_out", "trend.series.fluid_out", BOX),
                self.key("fluid_net", "trend.series.fluid_net", BOX),
            ],
        )
        # the cumulative net since infusion (since admission before the infusion)
        since = d.infusion_time if d.infusion_time <= self.end else (d.admitted_at or self.start)
        counted = {
            s.totals.end
            for s in shift_balances(d.fluids, since, self.end, d.shift_settings)
            if s.totals.entries
        }
        xs2, ys2, infos = [], [], []
        for moment, net in cumulative_net_series(d.fluids, since, self.end, d.shift_settings):
            if moment < self.start - 8 * HOUR:
                continue
            empty = moment not in counted and moment != self.end
            xs2.append(math.nan if empty else d.x(moment))
            ys2.append(math.nan if empty else net)
            infos.append(
                None
                if empty
                else PointInfo(
                    "fluid_cumulative",
                    msg("trend.series.fluid_cumulative"),
                    moment,
                    f"{net:+.0f} mL",
                    net,
                )
            )
        colour = SERIES_COLOURS["fluid_cumulative"]
        right = self.right_axis(ax, colour)
        right.plot(
            xs2,
            ys2,
            color=colour,
            linewidth=1.8 * self.scale,
            marker="o",
            markersize=2.5 * self.scale,
            gid="fluid_cumulative",
            label=self.t("trend.series.fluid_cumulative"),
            picker=True,
            pickradius=6,
        )
        self.register("fluid_cumulative", infos)
        right.yaxis.set_major_locator(MaxNLocator(nbins=4))
        self.labels(right, "fluid_cumulative", side="right", colour=colour)
        if not shifts:
            self.no_data(ax)

    def weight(self, ax: Axes) -> None:
        d = self.data
        weights = _in_window(d.weights, self.start, self.end, GAP_AFTER["daily"])
        line = self.line(
            ax,
            "weight_kg",
            weights,
            lambda w: w.weight_kg,
            "daily",
            msg("trend.series.weight"),
            "kg",
            1,
        )
        base = baseline_weight(d.weights, d.infusion_time)
        if base is not None:
            self.ref_line(
                ax,
                base.weight_kg,
                "ref_weight_baseline",
                self.t("trend.ref.weight_baseline", kg=f"{base.weight_kg:.1f}"),
                MUTED,
            )
            self._limits(ax, line, base.weight_kg - 1.5, base.weight_kg + 1.5, pad=0.5)
        else:
            self._limits(ax, line, None, None, pad=0.5)
        self.labels(ax, "weight")
        if not np.asarray(line.get_xdata()).size:
            self.no_data(ax)

    def crp_il6(self, ax: Axes) -> None:
        d = self.data
        crp = self.line(
            ax,
            "crp",
            _in_window(d.labs_named("crp"), self.start, self.end, GAP_AFTER["daily"]),
            lambda x: x.value,
            "daily",
            msg("lab.crp"),
            "mg/L",
            1,
        )
        self._limits(ax, crp, 0, 50, pad=5, floor=0)
        self.labels(ax, "crp", colour=SERIES_COLOURS["crp"])
        colour = SERIES_COLOURS["il6"]
        right = self.right_axis(ax, colour)
        il6 = self.line(
            right,
            "il6",
            _in_window(d.labs_named("il6"), self.start, self.end, GAP_AFTER["daily"]),
            lambda x: x.value,
            "daily",
            msg("lab.il6"),
            "pg/mL",
            1,
            marker="s",
        )
        self._limits(right, il6, 0, 50, pad=5, floor=0)
        self.labels(right, "il6", side="right", colour=colour)
        if not np.asarray(crp.get_xdata()).size and not np.asarray(il6.get_xdata()).size:
            self.no_data(ax)

    def ferritin(self, ax: Axes) -> None:
        d = self.data
        line = self.line(
            ax,
            "ferritin",
            _in_window(d.labs_named("ferritin"), self.start, self.end, GAP_AFTER["daily"]),
            lambda x: x.value,
            "daily",
            msg("lab.ferritin"),
            "µg/L",
        )
        ax.set_yscale("log")
        ys = np.asarray(line.get_ydata(), dtype=float)
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
        """One vertical line per dose, every panel; per drug one Line2D with NaN breaks."""
        by_drug: dict[str, list] = {}
        for dose in self.data.marked_doses:
            if self.start <= dose.time <= self.end:
                by_drug.setdefault(drugs.normalise(dose.drug), []).append(dose)
        keys: dict[str, list[Message]] = {}
        for drug, doses in sorted(by_drug.items(), key=lambda kv: kv[0] != "tocilizumab"):
            kind = (
                "tocilizumab"
                if drug == "tocilizumab"
                else "steroid"
                if drug in drugs.STEROIDS
                else "other"
            )
            name = drug_term(drug)
            infos: list[PointInfo | None] = []
            for dose in doses:
                amount = f"{dose.dose_mg:g} mg" if dose.dose_mg is not None else "—"
                info = PointInfo(f"dose:{drug}", name, dose.time, amount, dose.dose_mg, dose)
                infos += [info, info, None]
            xs, ys = vlines(self.data.x(dose.time) for dose in doses)
            for ax in axes:
                ax.plot(
                    xs,
                    ys,
                    transform=ax.get_xaxis_transform(),
                    gid=f"dose:{drug}",
                    zorder=3,
                    alpha=0.9,
                    picker=True,
                    pickradius=5,
                    **(
                        DOSE_STYLE[kind] | {"linewidth": DOSE_STYLE[kind]["linewidth"] * self.scale}
                    ),
                )
            self.register(f"dose:{drug}", infos)
            keys.setdefault(kind, []).append(name)
        for kind, names in keys.items():
            label = (
                render(names[0], self.lang)
                if kind == "tocilizumab"
                else self.t(f"trend.dose.{kind}", drugs=names)
            )
            self.legend[label] = Line2D([], [], **DOSE_STYLE[kind])
