"""Trend figures on one time axis in days since infusion (issue 6).

``trend_figure(data, "72h", "zh_CN")`` returns a :class:`matplotlib.figure.Figure`
(no pyplot, no Qt): the Trends tab draws it on a ``FigureCanvasQTAgg``, the
handover sheet and the trends PDF save the same figures as images.

The time axis: x is days since midnight of D0, so ``floor(x)`` is the study
day (clinical-rules §1); day lines at midnight are labelled D0, D+1 …, the
hour grid between them. Panels (any subset, in this order, via ``panels``):

======== ==========================================================================
crs      CRS grade as a step line over the coloured grade bands, the ICANS grade
         as a dashed step line on the same 0–4 axis, NEWS2 on the right axis
temp     temperature with the 38.0 °C fever line (``ref_38``)
hr       heart rate
bp       systolic BP and MAP with the 90 mmHg line (``ref_90``; for a child also
         the age threshold ``ref_sbp_age``)
spo2     SpO2, with the oxygen support as a band along the bottom (``o2_band``)
vaso     one row per vasopressor: a bar from the record that lists it to the
         record that no longer does (``vaso:<drug>``; :mod:`.support`)
neuro    ICE score (CAPD for children)
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
the figure (a :class:`TrendFigure`) keeps, for each gid, one :class:`PointInfo`
per data point of the artist (None at the NaN breaks): :func:`point_info`
answers a tap.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import AutoLocator, MaxNLocator
from PIL import Image as PILImage

from .data import TrendData
from .fonts import use_cjk_font
from .header import TICK_LENGTH, TICK_PAD
from .header import header as _header
from .header import style_axes as _style_axes
from .panels import PanelBuilder
from .points import PointInfo, artists_by_gid, figure_points, point_info
from .style import GAP_AFTER, HOUR, MIN_SINCE_INFUSION
from .time_axis import day_labels
from .time_axis import time_axis as _time_axis

__all__ = [
    "FIRST_SCREEN",
    "GAP_AFTER",
    "HANDOVER",
    "HANDOVER_PANELS",
    "PANELS",
    "RANGES",
    "SCREEN",
    "Layout",
    "PointInfo",
    "TrendFigure",
    "artists_by_gid",
    "draw",
    "figure_points",
    "handover_figure",
    "point_info",
    "render_image",
    "render_png",
    "screen_layout",
    "time_window",
    "trend_figure",
]

RANGES: tuple[str, ...] = ("24h", "72h", "since_infusion")
#: The first five tell the story of a CRS (issue 11: the first screen at 1280 × 800):
#: the grades, fever, blood pressure, oxygen, and the vasopressors running.
PANELS: tuple[str, ...] = (
    "crs",
    "temp",
    "bp",
    "spo2",
    "vaso",
    "hr",
    "neuro",
    "fluids",
    "weight",
    "crp_il6",
    "ferritin",
)
#: How many of :data:`PANELS` the Trends tab fits on its first screen.
FIRST_SCREEN = 5
#: Panels thinner than the others (a fraction of ``Layout.panel_height_in``).
PANEL_SCALE: dict[str, float] = {"vaso": 0.5}
#: The small figure on a handover page.
HANDOVER_PANELS: tuple[str, ...] = ("crs", "temp", "bp", "spo2", "neuro")


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


def screen_layout(width_px: int, height_px: int, dpi: float = SCREEN.dpi) -> Layout:
    """The screen layout for a ``width_px`` × ``height_px`` view: the figure as wide as the
    view, the panels as tall as lets the first :data:`FIRST_SCREEN` panels fill its height
    (no shorter than 0.6 in, no taller than 1.8 in); the other panels scroll below. The
    range is not written above the panels (the tab's range button says it): the top
    margin holds the time labels and the dose key only."""
    first = PANELS[:FIRST_SCREEN]
    units = sum(PANEL_SCALE.get(p, 1.0) for p in first)
    top = 0.36
    room = height_px / dpi - top - (len(first) - 1) * SCREEN.hspace_in - 0.04
    panel = min(max(room / units, 0.6), 1.8)
    return replace(
        SCREEN, width_in=max(width_px, 760) / dpi, panel_height_in=panel, top_in=top, dpi=dpi
    )


#: The handover figure: half a page wide and short (printed at ~150 dpi).
HANDOVER = Layout(
    width_in=7.2,
    panel_height_in=0.5,
    left_in=1.2,
    right_in=0.8,
    top_in=0.36,
    bottom_in=0.32,
    hspace_in=0.06,
    font_size=6.5,
    dpi=150,
    compact=True,
)


class TrendFigure(Figure):
    """A trend figure: a plain matplotlib Figure that also says what each plotted point is.

    ``points``: for each gid, one :class:`PointInfo` per data point of that
    gid's artist (None at the NaN breaks); ``window``: the ``(start, end)``
    shown; ``data``: the :class:`TrendData` drawn (a tap asks it for the grade
    and its reasons at that time).
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.points: dict[str, list[PointInfo | None]] = {}
        self.window: tuple[datetime, datetime] | None = None
        self.data: TrendData | None = None


def panel_heights(panels: Sequence[str], layout: Layout) -> list[float]:
    """Each panel's height in inches: the vasopressor band is a thin strip."""
    return [layout.panel_height_in * PANEL_SCALE.get(p, 1.0) for p in panels]


def figure_height(panels: Sequence[str], layout: Layout) -> float:
    n = len(panels)
    return (
        layout.top_in
        + layout.bottom_in
        + sum(panel_heights(panels, layout))
        + (n - 1) * layout.hspace_in
    )


def trend_figure(
    data: TrendData,
    time_range: str = "72h",
    lang: str = "zh_CN",
    panels: Sequence[str] = PANELS,
    *,
    layout: Layout = SCREEN,
    title: str | None = None,
    show_range: bool = True,
    figure: TrendFigure | None = None,
) -> TrendFigure:
    """The trend panels of one episode over a range (``24h``, ``72h``, ``since_infusion``).

    Labels come from the catalogue in ``lang``. A new figure gets an Agg
    canvas (``fig.canvas``), so it can be saved or drawn at once. ``figure``:
    draw into this figure instead (cleared first, resized to the layout) —
    the Trends tab's own figure on its ``FigureCanvasQTAgg``, as in
    matplotlib's Qt embedding example.
    """
    unknown = [p for p in panels if p not in PANELS]
    if unknown or not panels:
        raise ValueError(f"unknown panels {unknown}; known: {', '.join(PANELS)}")
    use_cjk_font()
    start, end = time_window(data, time_range)
    with gc_paused():
        return _build(data, time_range, lang, panels, layout, title, show_range, figure, start, end)


def _build(data, time_range, lang, panels, layout, title, show_range, figure, start, end):
    """:func:`trend_figure` with the collector paused."""
    if figure is None:
        fig = TrendFigure(figsize=(layout.width_in, figure_height(panels, layout)), dpi=layout.dpi)
        FigureCanvasAgg(fig)
    else:
        fig = figure
        fig.clear()
    axes = panel_axes(fig, panels, layout)
    fill_figure(fig, axes, data, lang, panels, layout, start, end, time_range, title, show_range)
    return fig


def panel_axes(fig: Figure, panels: Sequence[str], layout: Layout) -> list[Axes]:
    """Size ``fig`` for ``panels`` and add one Axes per panel, the margins fixed by ``layout``."""
    height = figure_height(panels, layout)
    fig.set_size_inches(layout.width_in, height, forward=False)
    heights = panel_heights(panels, layout)
    fig.subplots_adjust(
        left=layout.left_in / layout.width_in,
        right=1 - layout.right_in / layout.width_in,
        top=1 - layout.top_in / height,
        bottom=layout.bottom_in / height,
        hspace=layout.hspace_in / (sum(heights) / len(heights)),
    )
    grid = fig.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": heights})
    return list(grid[:, 0])


def fill_figure(
    fig: TrendFigure,
    axes: Sequence[Axes],
    data: TrendData,
    lang: str,
    panels: Sequence[str],
    layout: Layout,
    start: datetime,
    end: datetime,
    time_range: str,
    title: str | None = None,
    show_range: bool = True,
    twins: dict[Axes, Axes] | None = None,
    styled: set[Axes] | None = None,
) -> None:
    """Draw one patient's panels into ``axes`` (one per panel, empty): the series, bands,
    labels, dose markers, the time axis and the header.

    For the batch renderer (:mod:`.batch`), which keeps its Axes from one patient to the
    next: ``twins``, the right-hand axes kept per panel (made there when missing);
    ``styled``, the Axes already styled (grid, ticks: a panel sets the same style for
    every patient), styled now if missing and added."""
    builder = PanelBuilder(fig, data, lang, start, end, layout.font_size, layout.compact, twins)
    for name, ax in zip(panels, axes, strict=True):
        if styled is None or ax not in styled:
            _style_axes(ax)
        getattr(builder, name)(ax)
    builder.doses(axes)
    _time_axis(data, axes, start, end, layout.font_size, layout.compact)
    length = TICK_LENGTH * builder.scale
    for ax in fig.axes:
        if styled is None or ax not in styled:
            ax.tick_params(labelsize=layout.font_size - 0.5, length=length)
        if styled is not None:
            styled.add(ax)
        if isinstance(ax.yaxis.get_major_locator(), AutoLocator):
            ax.yaxis.set_major_locator(MaxNLocator(nbins=builder.y_bins, steps=[1, 2, 2.5, 5, 10]))
    if layout.compact:  # the days written by the figure, the hours by the axis
        day_labels(axes[-1], layout.font_size - 0.5, length + TICK_PAD)
    _header(fig, builder, time_range if show_range else None, title, layout)
    fig.points = builder.points
    fig.window = (start, end)
    fig.data = data


def handover_figure(
    data: TrendData,
    lang: str = "zh_CN",
    time_range: str = "72h",
    panels: Sequence[str] = HANDOVER_PANELS,
) -> TrendFigure:
    """The small trend figure of a handover page: the same builders, fewer and shorter panels."""
    return trend_figure(data, time_range, lang, panels, layout=HANDOVER, show_range=False)


def render_png(fig: Figure, dpi: float | None = None) -> bytes:
    """The figure as PNG bytes (Agg)."""
    buf = io.BytesIO()
    with gc_paused():
        fig.savefig(buf, format="png", dpi=dpi or fig.dpi, facecolor="white")
    return buf.getvalue()


def draw(fig: Figure) -> None:
    """Draw the figure on its (Agg) canvas."""
    with gc_paused():
        fig.canvas.draw()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a figure's thousands of artists are made
    and drawn (the only copy in plots/ and reports/). Measured again for issue 13 item 8
    (6 Dec, load ≈ 8, 7 alternating runs): the 30-day screen figure built and drawn in
    1.19 s with the pause, 1.63 s without (median). The handover's batch renderer
    (:mod:`.batch`) makes few artists per patient and gains nothing from it: not used."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render_image(fig: Figure) -> PILImage.Image:
    """The figure drawn (Agg) as an RGB PIL image, without PNG encoding (the PDFs)."""
    canvas = fig.canvas
    if not isinstance(canvas, FigureCanvasAgg):  # (plots/ makes its figures on Agg)
        canvas = FigureCanvasAgg(fig)
    draw(fig)
    rgba = PILImage.frombuffer(
        "RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1
    )
    return rgba.convert("RGB")
