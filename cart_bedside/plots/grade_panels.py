"""The grade panels: CRS and ICANS grades on one axis, and the ICE/CAPD scores."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.ticker import FixedLocator, MaxNLocator
from matplotlib.transforms import offset_copy

from ..logic.messages import msg
from .judgements import news2_line, physician_marks
from .style import GAP_AFTER, GRADE_FILL, ICANS_COLOUR, INK, LINE, SERIES_COLOURS
from .support import in_window

if TYPE_CHECKING:
    from .panels import PanelBuilder


def grades_panel(b: PanelBuilder, ax: Axes) -> None:
    """CRS and ICANS grades on one 0–4 axis (ICANS dashed, drawn 2.5 pt lower so the two
    stay apart when equal), the physicians' grades, NEWS2 on the right axis."""
    grade_bands(b, ax, "crs")
    a = b.data.assessment
    points = in_window(a.crs.points if a else (), b.start, b.end, GAP_AFTER["vitals"])
    b.grade_steps(ax, "crs_grade", points, msg("trend.series.crs"), "vitals")
    icans = in_window(a.icans.points if a else (), b.start, b.end, GAP_AFTER["neuro"])
    neuro = in_window(b.data.neuro, b.start, b.end, GAP_AFTER["neuro"])
    b.grade_steps(
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
        transform=offset_copy(ax.transData, b.fig, y=-2.5 * b.scale, units="points"),
    )
    physician_marks(b, ax, "crs")  # §11
    physician_marks(b, ax, "icans")
    news2_line(b, ax)  # §12
    if not any(not p.before_infusion for p in (*points, *icans)):
        b.no_data(ax)
    b.labels(
        ax,
        "grades",
        [
            (f"{LINE} {b.t('trend.series.crs')}", INK),
            (f"╌ {b.t('trend.series.icans')}", ICANS_COLOUR),
        ],
    )


def grade_bands(b: PanelBuilder, ax: Axes, name: str) -> None:
    for g, colour in GRADE_FILL.items():
        band(
            ax,
            g - 0.5,
            g + 0.5,
            color=colour,
            alpha=0.7 if g == 0 else 0.42,
            linewidth=0,
            gid=f"band:{name}:{g}",
            zorder=0,
        )
    ax.set_ylim(-0.5, 4.5)
    ax.yaxis.set_major_locator(FixedLocator(b.grade_ticks))


def band(ax: Axes, lo: float, hi: float, **style: Any) -> Rectangle:
    """A band across the panel from ``lo`` to ``hi`` (what ``axhspan`` draws, without
    updating the data limits: the panels set their y range; a fifth of building a
    handover figure went to those updates)."""
    rect = Rectangle((0, lo), 1, hi - lo, transform=ax.get_yaxis_transform("grid"), **style)
    ax.add_artist(rect)
    return rect


def neuro_panel(b: PanelBuilder, ax: Axes) -> None:
    capd = b.data.patient.uses_capd
    neuro = in_window(b.data.neuro, b.start, b.end, GAP_AFTER["neuro"])
    if capd:  # CAPD ≥ 9: delirium (grade 3 domain); 1–8: grade 1–2 (§3.3)
        gid, value, top = "capd", (lambda n: n.total_capd), 32
        bands: tuple[tuple[float, float, str], ...] = (
            (0.5, 8.5, GRADE_FILL[1]),
            (8.5, 32.7, GRADE_FILL[3]),
        )
    else:  # ICE 7–9 → 1, 3–6 → 2, 0–2 → 3
        gid, value, top = "ice", (lambda n: n.total_ice), 10
        bands = (
            (6.5, 9.5, GRADE_FILL[1]),
            (2.5, 6.5, GRADE_FILL[2]),
            (-0.7, 2.5, GRADE_FILL[3]),
        )
    for lo, hi, colour in bands:
        band(ax, lo, hi, color=colour, alpha=0.22, linewidth=0, zorder=0, gid=f"band:{gid}")
    b.line(ax, gid, neuro, value, "neuro", msg(f"trend.series.{gid}"), "")
    ax.set_ylim(-0.7, top + 0.7)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=b.y_bins + 1, integer=True))
    b.labels(ax, gid, colour=SERIES_COLOURS[gid])
    if not neuro:
        b.no_data(ax)
