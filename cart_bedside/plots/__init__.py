"""matplotlib figure builders (no pyplot, no Qt): the Trends tab and the handover sheet.

Importing this package imports matplotlib; the app imports it lazily, when
the Trends tab or a handover is first needed.
"""

from .data import TrendData, load_trend_data, trend_data_for
from .points import PointInfo, artists_by_gid, figure_points, point_info
from .reasons import GradesAt, grades_at
from .trends import (
    FIRST_SCREEN,
    HANDOVER,
    HANDOVER_PANELS,
    PANELS,
    RANGES,
    SCREEN,
    Layout,
    TrendFigure,
    draw,
    handover_figure,
    render_image,
    render_png,
    screen_layout,
    time_window,
    trend_figure,
)

__all__ = [
    "FIRST_SCREEN",
    "HANDOVER",
    "HANDOVER_PANELS",
    "PANELS",
    "RANGES",
    "SCREEN",
    "GradesAt",
    "Layout",
    "PointInfo",
    "TrendData",
    "TrendFigure",
    "artists_by_gid",
    "draw",
    "figure_points",
    "grades_at",
    "handover_figure",
    "load_trend_data",
    "point_info",
    "render_image",
    "render_png",
    "screen_layout",
    "time_window",
    "trend_data_for",
    "trend_figure",
]
