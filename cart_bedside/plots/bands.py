"""Support bands: the oxygen band under SpO2 and the vasopressor panel (issue 11 item 9).

Both are drawn from the vital-sign records' support fields (:mod:`.support`
reads the vasopressor spans); a tap on a band says what ran, from when to when.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.ticker import FixedLocator, NullLocator

from ..logic.crs import HYPOXIA_GRADE
from ..logic.messages import Message, msg, render, term
from ..logic.models import O2Device
from .points import PointInfo
from .style import GAP_AFTER, INK, MUTED, O2_CLASS_COLOURS, VASO_COLOURS
from .support import drugs_in_order, vasopressor_spans

if TYPE_CHECKING:
    from .panels import PanelBuilder


def o2_class(device: O2Device, flow: float | None) -> int:
    """0 room air; 2 low flow; 3 high flow or mask; 4 positive pressure (ASTCT hypoxia grades)."""
    if device is O2Device.NASAL_CANNULA:
        return 3 if (flow or 0) > 6 else 2
    return HYPOXIA_GRADE[device]


def o2_band(b: PanelBuilder, ax: Axes, vitals: Sequence) -> list[int]:
    """Oxygen support as coloured spans along the bottom of the SpO2 panel; the classes used."""
    verts, colours, infos = [], [], []
    used: set[int] = set()
    for i, v in enumerate(vitals):
        level = o2_class(v.o2_device, v.o2_flow_l_min)
        if level == 0:
            continue
        stop = vitals[i + 1].time if i + 1 < len(vitals) else b.end
        stop = min(stop, v.time + GAP_AFTER["vitals"], b.end)
        x0, x1 = b.data.x(max(v.time, b.start)), b.data.x(stop)
        if x1 <= x0:
            continue
        verts.append([(x0, 0.0), (x0, 0.14), (x1, 0.14), (x1, 0.0)])
        colours.append(O2_CLASS_COLOURS[level])
        used.add(level)
        value = render(term(f"o2.{v.o2_device.value}"), b.lang)
        if v.o2_flow_l_min:
            value += f" {v.o2_flow_l_min:g} L/min"
        infos.append(PointInfo("o2_band", msg("trend.series.o2"), v.time, value, None, v, end=stop))
    if verts:
        band = PolyCollection(
            verts,
            facecolors=colours,
            edgecolors="none",
            transform=ax.get_xaxis_transform(),
            gid="o2_band",
            zorder=1.2,
            picker=True,
        )
        ax.add_collection(band, autolim=False)
    b.register("o2_band", infos)
    return sorted(used)


def drug_term(drug: str) -> Message:
    from ..logic.catalogue import CATALOGUE

    code = f"drug.{drug}"
    return term(code) if code in CATALOGUE else msg("drug.other_named", name=drug)


def vaso_panel(b: PanelBuilder, ax: Axes) -> None:
    """One row per vasopressor (top down in the order started), a bar while it ran.

    Each drug's bars are one collection, gid ``vaso:<drug>``; the drug's name
    is written at the start of its row inside the panel, so the name is read
    with the bar. Without a vasopressor in the window the panel says so.
    """
    d = b.data
    lo = b.start - GAP_AFTER["vitals"]
    vitals = [v for v in d.vitals if lo <= v.time <= b.end]
    spans = [s for s in vasopressor_spans(vitals, b.end, GAP_AFTER["vitals"]) if s.end > b.start]
    rows = drugs_in_order(spans)
    ax.set_ylim(len(rows) - 0.5 if rows else 0.5, -0.5)  # first row on top
    ax.yaxis.set_major_locator(NullLocator() if not rows else FixedLocator([]))
    ax.grid(False)
    for row, drug in enumerate(rows):
        colour = VASO_COLOURS[row % len(VASO_COLOURS)]
        mine = [s for s in spans if s.drug == drug]
        verts, infos = [], []
        for s in mine:
            x0, x1 = d.x(max(s.start, b.start)), d.x(s.end)
            verts.append([(x0, row - 0.32), (x0, row + 0.32), (x1, row + 0.32), (x1, row - 0.32)])
            infos.append(_span_info(b, drug, s))
        bars = PolyCollection(
            verts, facecolors=colour, edgecolors="none", gid=f"vaso:{drug}", zorder=2, picker=True
        )
        ax.add_collection(bars, autolim=False)
        b.register(f"vaso:{drug}", infos)
        first_x = d.x(max(mine[0].start, b.start))
        ax.annotate(
            render(drug_term(drug), b.lang),
            xy=(first_x, row),
            xytext=(2, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=b.font_size - 0.5,
            color=INK,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": colour, "lw": 0.8},
            gid=f"vaso_name:{drug}",
            annotation_clip=True,
            zorder=3,
        )
    b.labels(ax, "vaso")
    if not rows:
        ax.text(
            0.5,
            0.5,
            b.t("trend.vaso.none"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=MUTED,
            fontsize=b.font_size,
            gid="vaso_none",
        )


def _span_info(b: PanelBuilder, drug: str, s) -> PointInfo:
    started = s.start.strftime("%m-%d %H:%M")
    if s.stopped_at is not None:
        value = b.t("trend.vaso.stopped", start=started, stop=s.stopped_at.strftime("%m-%d %H:%M"))
    else:
        value = b.t("trend.vaso.running", start=started, last=s.last_listed.strftime("%m-%d %H:%M"))
    return PointInfo(f"vaso:{drug}", drug_term(drug), s.start, value, None, s.record, end=s.end)
