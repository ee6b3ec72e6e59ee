"""The fluid, weight and laboratory panels (see :mod:`.trends` for what each shows)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.ticker import LogLocator, MaxNLocator, NullLocator

from ..logic.fluids import baseline_weight, cumulative_net_series, shift_balances
from ..logic.messages import msg
from .points import PointInfo
from .series import hline
from .style import BOX, DAY, GAP_AFTER, HOUR, INK, MUTED, SERIES_COLOURS
from .support import in_window

if TYPE_CHECKING:
    from .panels import PanelBuilder


def fluids_panel(b: PanelBuilder, ax: Axes) -> None:
    d = b.data
    spans = [  # (a shift's balance always has its start and end)
        (s, s.totals.start, s.totals.end)
        for s in shift_balances(d.fluids, b.start, b.end, d.shift_settings)
        if s.totals.entries and s.totals.start is not None and s.totals.end is not None
    ]
    shifts = [s for s, _, _ in spans]
    xs = [d.x(start + (end - start) / 2) for _, start, end in spans]
    widths = [(end - start) / DAY for _, start, end in spans]
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
            label=b.t(f"trend.series.{gid}"),
        )
        ax.add_collection(bars, autolim=False)
        top, bottom = max([top, *heights]), min([bottom, *heights])
        shown = [f"{h:+.0f} mL" if key == "net" else f"{abs(h):.0f} mL" for h in heights]
        b.register(
            gid,
            [
                PointInfo(gid, msg(f"trend.series.{gid}"), start, text, h, s, end=end)
                for (s, start, end), h, text in zip(spans, heights, shown, strict=True)
            ],
        )
    hline(ax, 0, color=INK, linewidth=0.8, zorder=2.5)
    pad = 0.05 * (max(top, 500) - min(bottom, -500))
    ax.set_ylim(min(bottom, -500) - pad, max(top, 500) + pad)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    b.labels(
        ax,
        "fluids",
        [
            b.key("fluid_in", "trend.series.fluid_in", BOX),
            b.key("fluid_out", "trend.series.fluid_out", BOX),
            b.key("fluid_net", "trend.series.fluid_net", BOX),
        ],
    )
    # the cumulative net since infusion (since admission before the infusion)
    since = d.infusion_time if d.infusion_time <= b.end else (d.admitted_at or b.start)
    counted = {
        s.totals.end
        for s in shift_balances(d.fluids, since, b.end, d.shift_settings)
        if s.totals.entries
    }
    xs2, ys2, infos = [], [], []
    for moment, net in cumulative_net_series(d.fluids, since, b.end, d.shift_settings):
        if moment < b.start - 8 * HOUR:
            continue
        empty = moment not in counted and moment != b.end
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
    right = b.right_axis(ax, colour)
    right.plot(
        xs2,
        ys2,
        color=colour,
        linewidth=1.8 * b.scale,
        marker="o",
        markersize=2.5 * b.scale,
        gid="fluid_cumulative",
        label=b.t("trend.series.fluid_cumulative"),
        picker=True,
        pickradius=6,
    )
    b.register("fluid_cumulative", infos)
    right.yaxis.set_major_locator(MaxNLocator(nbins=4))
    b.labels(right, "fluid_cumulative", side="right", colour=colour)
    if not shifts:
        b.no_data(ax)


def weight_panel(b: PanelBuilder, ax: Axes) -> None:
    d = b.data
    weights = in_window(d.weights, b.start, b.end, GAP_AFTER["daily"])
    line = b.line(
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
        b.ref_line(
            ax,
            base.weight_kg,
            "ref_weight_baseline",
            b.t("trend.ref.weight_baseline", kg=f"{base.weight_kg:.1f}"),
            MUTED,
        )
        b._limits(ax, line, base.weight_kg - 1.5, base.weight_kg + 1.5, pad=0.5)
    else:
        b._limits(ax, line, None, None, pad=0.5)
    b.labels(ax, "weight")
    if not np.asarray(line.get_xdata()).size:
        b.no_data(ax)


def crp_il6_panel(b: PanelBuilder, ax: Axes) -> None:
    d = b.data
    crp = b.line(
        ax,
        "crp",
        in_window(d.labs_named("crp"), b.start, b.end, GAP_AFTER["daily"]),
        lambda x: x.value,
        "daily",
        msg("lab.crp"),
        "mg/L",
        1,
    )
    b._limits(ax, crp, 0, 50, pad=5, floor=0)
    b.labels(ax, "crp", colour=SERIES_COLOURS["crp"])
    colour = SERIES_COLOURS["il6"]
    right = b.right_axis(ax, colour)
    il6 = b.line(
        right,
        "il6",
        in_window(d.labs_named("il6"), b.start, b.end, GAP_AFTER["daily"]),
        lambda x: x.value,
        "daily",
        msg("lab.il6"),
        "pg/mL",
        1,
        marker="s",
    )
    b._limits(right, il6, 0, 50, pad=5, floor=0)
    b.labels(right, "il6", side="right", colour=colour)
    if not np.asarray(crp.get_xdata()).size and not np.asarray(il6.get_xdata()).size:
        b.no_data(ax)


def ferritin_panel(b: PanelBuilder, ax: Axes) -> None:
    d = b.data
    line = b.line(
        ax,
        "ferritin",
        in_window(d.labs_named("ferritin"), b.start, b.end, GAP_AFTER["daily"]),
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
    b.labels(ax, "ferritin")
    if not finite.size:
        b.no_data(ax)
