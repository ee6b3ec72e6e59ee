"""Many patients' trend figures in one call: the handover's 40 small figures (issue 13 item 8).

:class:`TrendBatch` belongs to the call that makes it (``with TrendBatch(...) as batch``) and
keeps nothing after it: no module state, nothing added to matplotlib's objects. It makes the
figure and its panels' Axes once, then for each patient empties them and runs the same panel
builders as :func:`~cart_bedside.plots.trends.trend_figure`, so every artist is the one the
single-patient figure has. What it saves is the drawing:

- The **frame** is what looks the same for most patients: the axes (ticks and labels), the
  grade and ICE bands, the hour and day grid, the reference lines, the panel labels and the dose
  key (:func:`is_frame`). It is drawn once and kept as pixels (Agg ``copy_from_bbox``); a
  patient whose frame differs (another y range, a child's CAPD panel, other oxygen classes
  named) gets it drawn (the last few frames are kept: a ward's usual frame survives the odd
  patient's). Whether two frames are the same is decided from the artists
  themselves (:func:`~.frame_print.frame_print`: text, colour, size and where on the
  canvas), not from the patient's data.
- Every other artist (the series, dose markers, physician's marks, the bottom panel's day
  labels, the spines) is drawn over the restored frame, in the order the figure draws them. A
  frame artist drawn after the first such artist stays in the kept pixels only when it lies
  wholly outside its panel's box (the labels in the margins; the dose key, drawn after every
  panel, only when outside them all); otherwise it is drawn again in its turn, so the layering
  is the single figure's. A right-hand axis (NEWS2) is drawn after its panel, so its frame
  counts as after that panel's artists; its ticks and labels stay in the kept pixels all the
  same (they lie outside the box but for where each tick starts, on the edge its own spine
  draws over them: :func:`_right_axis_outside`).

The images are the single-patient figure's pixels (tests/plots/test_batch.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis, YAxis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import AutoLocator, NullLocator
from PIL import Image as PILImage

from .data import TrendData
from .fonts import use_cjk_font
from .frame_print import frame_print, rounded
from .trends import (
    HANDOVER,
    HANDOVER_PANELS,
    Layout,
    TrendFigure,
    figure_height,
    fill_figure,
    panel_axes,
    time_window,
)

#: Artists of the frame, by gid: the grade/ICE bands, the time grid, reference lines and
#: their labels, the panel labels. Anything else is drawn for each patient.
FRAME_GIDS = ("band:", "label:", "ref_", "hour_grid", "tick_grid", "day_lines")
#: How many distinct frames a batch keeps (a ward has a usual frame and a few others: a
#: child's, a feverish patient's y range; 2.2 MB of pixels each at the handover's size).
FRAMES_KEPT = 4


class TrendBatch:
    """Draws one layout's trend figure for patient after patient, the frame kept as pixels.

    ``image(data)`` is ``render_image(trend_figure(data, time_range, lang, panels,
    layout=layout, show_range=False))``, faster. Use it within one call and let
    it go (``close()`` or the ``with`` block drops the figure).
    """

    def __init__(
        self,
        lang: str,
        time_range: str = "72h",
        panels: Sequence[str] = HANDOVER_PANELS,
        layout: Layout = HANDOVER,
    ) -> None:
        use_cjk_font()
        self.lang = lang
        self.time_range = time_range
        self.panels = tuple(panels)
        self.layout = layout
        self.fig = TrendFigure(figsize=(layout.width_in, figure_height(panels, layout)))
        self.fig.set_dpi(layout.dpi)
        self.canvas = FigureCanvasAgg(self.fig)
        self.axes = panel_axes(self.fig, self.panels, layout)
        self._twins: dict[Axes, Axes] = {}  # a panel's right-hand axis, kept between patients
        self._styled: set[Axes] = set()  # Axes styled once (grid, ticks)
        # the frames drawn so far (the last FRAMES_KEPT, most recent last): their pixels and,
        # per Axes, which frame artists the pixels hold
        self._frames: dict[tuple, tuple[Any, list[set[int]]]] = {}
        self._kept: list[set[int]] = []  # the current frame's
        self.frames_drawn = 0  # how many times the frame was drawn (the benchmark prints it)

    def __enter__(self) -> TrendBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop the figure, its Axes and the kept pixels."""
        self.fig.clear()
        self._twins.clear()
        self._styled.clear()
        self._frames.clear()

    def image(self, data: TrendData) -> PILImage.Image:
        """This patient's figure as an RGB image (the single figure's pixels)."""
        self._empty()
        start, end = time_window(data, self.time_range)
        fill_figure(
            self.fig,
            self.axes,
            data,
            self.lang,
            self.panels,
            self.layout,
            start,
            end,
            self.time_range,
            show_range=False,
            twins=self._twins,
            styled=self._styled,
        )
        renderer = self.canvas.get_renderer()
        orders = [_draw_order(ax) for ax in self.fig.axes] + [_figure_order(self.fig)]
        key = _frame_print(self.fig, orders, renderer)
        frame = self._frames.pop(key, None)
        if frame is None:
            frame = self._draw_frame(orders, renderer)
        else:
            self.canvas.restore_region(frame[0])
        self._frames[key] = frame  # the most recent last
        while len(self._frames) > FRAMES_KEPT:
            del self._frames[next(iter(self._frames))]
        self._kept = frame[1]
        for order, kept in zip(orders, self._kept, strict=True):
            for artist in _not_kept(order, kept):
                artist.draw(renderer)
        rgba = PILImage.frombuffer(
            "RGBA",
            self.canvas.get_width_height(),
            self.canvas.buffer_rgba(),
            "raw",
            "RGBA",
            0,
            1,
        )
        return rgba.convert("RGB")

    # --- one patient ----------------------------------------------------------------------
    def _empty(self) -> None:
        """Remove the previous patient's artists; the Axes (and their ticks) stay, reset to
        what a new Axes starts with where a panel may have changed it."""
        for ax in self.fig.axes:
            for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.texts, *ax.images]:
                artist.remove()
            if ax.get_yscale() != "linear":
                ax.set_yscale("linear")
            ax.yaxis.set_major_locator(AutoLocator())
            ax.yaxis.set_minor_locator(NullLocator())
            ax.relim()
            ax.set_autoscale_on(True)
        for artist in [*self.fig.texts, *self.fig.legends]:
            artist.remove()
        for panel, twin in self._twins.items():
            twin.set_visible(False)  # shown again by the panel that asks for it
            panel.spines["right"].set_visible(True)  # hidden again with it

    def _draw_frame(self, orders: list[list[Artist]], renderer: Any) -> tuple[Any, list[set[int]]]:
        """Draw the frame alone (every other artist hidden meanwhile): its pixels, and per
        Axes which frame artists they hold."""
        boxes = [ax.bbox for ax in self.fig.axes if ax.get_visible()]
        kept_by_axes = [
            _kept_frame(order, renderer, _frame_prefix(ax, order), [ax.bbox])
            for ax, order in zip(self.fig.axes, orders[:-1], strict=True)
        ]
        # the figure's own artists (the dose key), drawn after every Axes: kept if clear of all
        kept_by_axes.append(_kept_frame(orders[-1], renderer, 0, boxes))
        hidden: list[Artist] = []
        for order, kept in zip(orders, kept_by_axes, strict=True):
            for artist in _not_kept(order, kept):
                if artist.get_visible():
                    artist.set_visible(False)
                    hidden.append(artist)
        try:
            self.canvas.draw()
            pixels = self.canvas.copy_from_bbox(self.fig.bbox)
        finally:
            for artist in hidden:
                artist.set_visible(True)
        self.frames_drawn += 1
        return pixels, kept_by_axes


def is_frame(artist: Artist) -> bool:
    """Part of the frame: an axis (the bottom panel's writes the hours only, the same for
    every patient at the same moment; the days are each patient's text:
    :func:`~.time_axis.day_labels`), the dose key (the same for patients given the same
    drugs), or an artist with a :data:`FRAME_GIDS` gid."""
    if isinstance(artist, Legend):
        return True
    if isinstance(artist, Axis):
        return True
    gid = artist.get_gid()
    return isinstance(gid, str) and gid.startswith(FRAME_GIDS) and _printable(artist)


def _printable(artist: Artist) -> bool:
    return isinstance(artist, Text | Line2D | Patch)


def _draw_order(ax: Axes) -> list[Artist]:
    """The Axes' artists in the order ``Axes.draw`` draws them (patch first, then by zorder)."""
    if not ax.get_visible():
        return []
    children = [a for a in ax.get_children() if a is not ax.patch]
    return [ax.patch, *sorted(children, key=attrgetter("zorder"))]


def _figure_order(fig: TrendFigure) -> list[Artist]:
    """What the figure draws after its Axes (the dose key, a title), after its patch."""
    return [fig.patch, *sorted([*fig.texts, *fig.legends], key=attrgetter("zorder"))]


def _not_kept(order: list[Artist], kept: set[int]) -> list[Artist]:
    """The artists of one drawing order that the frame pixels do not hold, in that order."""
    out = []
    ordinal = 0
    for artist in order[1:]:  # the Axes' patch is in the frame pixels
        if is_frame(artist):
            ordinal += 1
            if ordinal - 1 in kept:
                continue
        out.append(artist)
    return out


def _frame_prefix(ax: Axes, order: list[Artist]) -> int:
    """How many frame artists the Axes draws before its first other (visible) artist; none
    for a right-hand axis (its panel's own artists are drawn before it)."""
    if _is_twin(ax):
        return 0
    count = 0
    for artist in order[1:]:
        if is_frame(artist):
            count += 1
        elif artist.get_visible():
            break
    return count


def _kept_frame(order: list[Artist], renderer: Any, prefix: int, boxes: list) -> set[int]:
    """Which frame artists of one drawing order (by their place among them) the frame
    pixels hold: the first ``prefix`` (drawn before anything else), and later ones wholly
    outside ``boxes`` (labels in the margins, the dose key: nothing drawn for a patient
    reaches them)."""
    frame = [a for a in order[1:] if is_frame(a)]
    kept = set(range(prefix))
    for i, artist in enumerate(frame[prefix:], start=prefix):
        # an axis draws its ticks from the edge of the box: never wholly outside it (a
        # right-hand axis, whose spine is drawn over where its ticks start, excepted)
        if isinstance(artist, Axis):
            if _right_axis_outside(artist, renderer):
                kept.add(i)
            continue
        extent = artist.get_window_extent(renderer)
        if all(_outside(extent, box) for box in boxes):
            kept.add(i)
    return kept


def _right_axis_outside(axis: Axis, renderer: Any) -> bool:
    """A right-hand axis (NEWS2) whose ticks point out from the panel's right edge, no grid,
    labels in the margin: its only pixel in the box is where each tick starts, on the edge
    that its own spine draws over after it (the panel's own right spine is hidden meanwhile:
    ``PanelBuilder.right_axis``), so the frame pixels may hold it."""
    ax = axis.axes
    if not (isinstance(axis, YAxis) and _is_twin(ax) and ax.spines["right"].get_visible()):
        return False
    if len(axis.get_minorticklocs()):
        return False
    ticks = axis.get_major_ticks()[: len(axis.get_majorticklocs())]
    for tick in ticks:
        if tick.gridline.get_visible() or tick.tick1line.get_visible():
            return False
        if tick.label1.get_visible() or getattr(tick, "_tickdir", None) != "out":
            return False
    shown = [t.label2 for t in ticks if t.label2.get_visible()]
    return all(_outside(label.get_window_extent(renderer), ax.bbox) for label in shown)


def _is_twin(ax: Axes) -> bool:
    """A right-hand axis over a panel (``twinx``): drawn after that panel's Axes."""
    axes = ax.figure.axes
    siblings = ax.get_shared_x_axes().get_siblings(ax)
    return any(axes.index(other) < axes.index(ax) for other in siblings if other is not ax)


def _outside(extent: Any, box: Any) -> bool:
    return (
        extent.x1 <= box.x0 - 1
        or extent.x0 >= box.x1 + 1
        or extent.y1 <= box.y0 - 1
        or extent.y0 >= box.y1 + 1
    )


# --- what the frame looks like ----------------------------------------------------------------
def _frame_print(fig: TrendFigure, orders: list[list[Artist]], renderer: Any) -> tuple:
    """The whole frame as data: one print per Axes, then the figure's own frame artists."""
    axes = tuple(_axes_print(ax, order) for ax, order in zip(fig.axes, orders[:-1], strict=True))
    own = tuple(frame_print(a, renderer) for a in orders[-1][1:] if is_frame(a))
    return (axes, own)


def _axes_print(ax: Axes, order: list[Artist]) -> tuple:
    """The Axes' frame as data: equal prints, equal pixels."""
    if not ax.get_visible():
        return ("hidden",)
    return (
        rounded(ax.bbox.bounds),
        ax.get_ylim(),
        ax.get_yscale(),
        _frame_prefix(ax, order),
        tuple(frame_print(a) for a in order[1:] if is_frame(a)),
    )
