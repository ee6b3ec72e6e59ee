"""The trend figure on screen: a ``FigureCanvasQTAgg`` sized for a drag-scrolled tab.

Imports matplotlib: only :class:`cart_bedside.ui.trends_tab.TrendsTab`
imports this module, when the tab is first shown.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.lines import Line2D
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QWidget

from ..plots import Layout, TrendFigure, point_info

#: gid of the ring drawn around the tapped point.
MARKER_GID = "tap_marker"
MIN_WIDTH_PX = 760
#: Pick radius for a finger, in points (the figure's own 6 pt suit a mouse).
TOUCH_PICK_PT = 16
#: A press and release further apart than this is a drag (scrolling), not a tap.
TAP_SLOP_PX = 12


class TrendCanvas(FigureCanvasQTAgg):
    """The figure at its full height (the tab scrolls it) and the tab's width.

    - The figure's height in pixels is fixed (panels stay readable); its width
      follows the scroll area, keeping the layout's margins in inches, so the
      time axis gets every pixel of a wider screen.
    - A resize that does not change the figure's size does not redraw it.
    - The mouse wheel scrolls the tab instead of going to matplotlib.
    - A tap (press and release in one place) on a data point emits
      ``tapped(PointInfo)`` and rings the point by blitting (matplotlib's
      blitting tutorial), without redrawing the whole figure. Of the artists
      matplotlib picks for one press, the nearest point wins, then a dose
      line, then a bar or band.

    The canvas keeps one figure for its life (as matplotlib's Qt embedding
    example): each draw clears it and the builders fill it again
    (``trend_figure(..., figure=canvas.figure)``).
    """

    tapped = Signal(object)  # plots.PointInfo

    def __init__(self, figure: TrendFigure, layout: Layout, parent: QWidget | None = None) -> None:
        super().__init__(figure)
        self.trend_figure = figure  # ``figure``, typed as the trend figure it is
        if parent is not None:
            self.setParent(parent)
        self._layout = layout
        self._background = None
        self._marker: Line2D | None = None
        self._picks: list[tuple[int, float, tuple]] = []
        self._tap: tuple | None = None  # ((info, artist, index), x, y) until the release
        self.last_tap_px: float | None = None  # x of the last tap, in widget pixels
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_WIDTH_PX)
        self.fit_height()
        self.mpl_connect("draw_event", self._on_draw)
        self.mpl_connect("pick_event", self._on_pick)
        self.mpl_connect("button_press_event", self._on_press)
        self.mpl_connect("button_release_event", self._on_release)

    def prepare(self, layout: Layout) -> None:
        """After a build: finger-sized pick radii, no marker, margins for this width."""
        self._layout = layout
        for ax in self.figure.axes:
            for line in ax.lines:
                if line.get_picker():
                    line.set_pickradius(TOUCH_PICK_PT)
        self._marker, self._tap = None, None  # the builder removed the old marker
        self.fit_height()
        self.keep_margins()

    # --- size ------------------------------------------------------------------------------
    def fit_height(self) -> None:
        """Fix the widget's height to the figure's (in device-independent pixels)."""
        self.setFixedHeight(round(self.figure.get_figheight() * self._layout.dpi))

    def fit_width(self, width_px: int) -> None:
        """Make the figure ``width_px`` wide before it is first drawn (no redraw)."""
        width_px = max(width_px, MIN_WIDTH_PX)
        self.figure.set_size_inches(
            width_px / self._layout.dpi, self.figure.get_figheight(), forward=False
        )
        self.keep_margins()

    def keep_margins(self) -> None:
        """Margins, title and dose key in inches from the figure's edges, whatever its width."""
        fig, layout = self.figure, self._layout
        width = fig.get_figwidth()
        fig.subplots_adjust(left=layout.left_in / width, right=1 - layout.right_in / width)
        for text in fig.texts:
            if text.get_gid() == "title":
                text.set_x(layout.left_in / width)
        for legend in fig.legends:
            legend.set_bbox_to_anchor((1 - layout.right_in / width, 1.0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        ratio = self.device_pixel_ratio
        width, height = event.size().width() * ratio, event.size().height() * ratio
        if (round(width), round(height)) == tuple(round(v) for v in self.figure.bbox.size):
            QWidget.resizeEvent(self, event)  # same pixels: keep what is drawn
            return
        super().resizeEvent(event)
        self.keep_margins()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the tab (matplotlib would take it for a scroll event)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        QCoreApplication.sendEvent(area.verticalScrollBar(), event.clone())
        event.accept()

    # --- taps ------------------------------------------------------------------------------
    def _mine(self, event) -> bool:
        return event.canvas is self

    def _on_pick(self, event) -> None:
        """Collect the candidates of one press (matplotlib: one pick event per artist hit)."""
        if not self._mine(event):
            return
        gid = event.artist.get_gid() or ""
        indices = getattr(event, "ind", None)
        for index in () if indices is None else indices:
            info = point_info(self.figure, gid, int(index))
            if info is not None:
                rank, distance = self._distance(event.artist, int(index), event.mouseevent)
                self._picks.append((rank, distance, (info, event.artist, int(index))))

    @staticmethod
    def _distance(artist, index: int, mouse) -> tuple[int, float]:
        """(rank, px): a point before a dose line (by its x) before a bar or band."""
        if not isinstance(artist, Line2D):
            return 2, 0.0
        # get_xydata() is an (N, 2) array (its stub says any ArrayLike)
        x, y = artist.get_transform().transform(np.asarray(artist.get_xydata())[index])
        if (artist.get_gid() or "").startswith("dose:"):
            return 1, abs(x - mouse.x)
        return 0, math.hypot(x - mouse.x, y - mouse.y)

    def _on_press(self, event) -> None:
        """matplotlib has picked for this press by now: keep the best for the release."""
        picks, self._picks, self._tap = sorted(self._picks, key=lambda p: p[:2]), [], None
        if self._mine(event) and picks:
            self._tap = (picks[0][2], event.x, event.y)

    def _on_release(self, event) -> None:
        """A tap, not the start of a drag that scrolls the tab: show the point."""
        tap, self._tap = self._tap, None
        if tap is None or not self._mine(event) or event.x is None:
            return
        (info, artist, index), x, y = tap
        if math.hypot(event.x - x, event.y - y) > TAP_SLOP_PX * self.device_pixel_ratio:
            return
        ax = artist.axes if isinstance(artist, Line2D) else None
        if isinstance(ax, Axes) and not (artist.get_gid() or "").startswith("dose:"):
            px, py = np.asarray(artist.get_xydata())[index]
            self.show_marker(ax, float(px), float(py), artist.get_transform())
        else:
            self.clear_marker()
        self.last_tap_px = event.x / self.device_pixel_ratio
        self.tapped.emit(info)

    # --- the tapped point ------------------------------------------------------------------
    def show_marker(self, ax: Axes, x: float, y: float, transform) -> None:
        """Ring the point (x, y) of ``ax`` (in ``transform`` coordinates) at once."""
        self.clear_marker(redraw=False)
        (self._marker,) = ax.plot(
            [x],
            [y],
            transform=transform,
            marker="o",
            markersize=14,
            markerfacecolor="none",
            markeredgecolor="#e8590c",
            markeredgewidth=2.5,
            linestyle="none",
            gid=MARKER_GID,
            animated=True,
            zorder=10,
        )
        self._blit_marker()

    def clear_marker(self, redraw: bool = True) -> None:
        marker, self._marker = self._marker, None
        if marker is not None and marker.axes is not None:
            marker.remove()
            if redraw:
                self._blit_marker()

    def marker(self) -> Line2D | None:
        return self._marker

    def _blit_marker(self) -> None:
        if self._background is None:
            self.draw_idle()  # not drawn yet: the marker comes with the first draw
            return
        self.restore_region(self._background)
        if self._marker is not None and self._marker.axes is not None:
            self._marker.axes.draw_artist(self._marker)
        self.blit(self.figure.bbox)

    def _on_draw(self, event) -> None:
        if event.canvas is not self:
            return
        self._background = self.copy_from_bbox(self.figure.bbox)
        if self._marker is not None and self._marker.axes is not None:
            self._marker.axes.draw_artist(self._marker)
