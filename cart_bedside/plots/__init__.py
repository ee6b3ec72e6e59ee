"""matplotlib figure builders (no pyplot, no Qt): the Trends tab and the handover sheet.

Importing this package imports matplotlib; the app imports it lazily, when
the Trends tab or a handover is first needed.
"""

from .data import TrendData, load_trend_data, trend_data_for
from .points import PointInfo, artists_by_gid, figure_points, point_info
from .trends import (
    HANDOVER,
    HANDOVER_PANELS,
    PANELS,
    RANGES,
    SCREEN,
    Layout,
    draw,
    handover_figure,
    render_image,
    render_png,
    time_window,
    trend_figure,
)

__all__ = [
    "HANDOVER",
    "HANDOVER_PANELS",
    "PANELS",
    "RANGES",
    "SCREEN",
    "Layout",
    "PointInfo",
    "TrendData",
    "artists_by_gid",
    "draw",
    "figure_points",
    "handover_figure",
    "load_trend_data",
    "point_info",
    "render_image",
    "render_png",
    "time_window",
    "trend_data_for",
    "trend_figure",
]
