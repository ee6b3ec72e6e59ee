"""Colours, reference ranges and gap rules shared by the trend panels (no matplotlib)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
#: The screen figure's base font size; line widths and markers scale with the font.
BASE_FONT_SIZE = 8.0
#: Break a series' line where readings are further apart than this (plots.trends explains).
GAP_AFTER: dict[str, timedelta] = {
    "vitals": timedelta(hours=8),
    "neuro": timedelta(hours=16),
    "daily": timedelta(hours=48),
}
#: Above this many readings per inch of time axis a series is drawn without dots.
MAX_MARKERS_PER_INCH = 12
#: Shortest "since infusion" window, so a D0 patient still gets a readable axis.
MIN_SINCE_INFUSION = timedelta(hours=24)

# Grade colours as on the ward board (cart_bedside/ui/theme.py GRADE_STYLES; plots may
# not import the UI layer): luminance falls with the grade, so greyscale keeps them apart.
GRADE_FILL: dict[int, str] = {0: "#e8f5e9", 1: "#ffd43b", 2: "#f08c00", 3: "#c62828", 4: "#3b0a45"}
INK = "#111111"
MUTED = "#4a4a4a"
GRID = "#c8c8c8"
DAY_LINE = "#6b6b6b"
SERIES_COLOURS: dict[str, str] = {
    "crs_grade": "#111111",
    "temp_c": "#c62828",
    "hr": "#ad1457",
    "sbp": "#0b4f8a",
    "map": "#2e7d32",
    "spo2": "#0b4f8a",
    "ice": "#4527a0",
    "capd": "#4527a0",
    "icans_grade": "#111111",
    "fluid_in": "#4f8fc0",
    "fluid_out": "#d08c3c",
    "fluid_net": "#111111",
    "fluid_cumulative": "#6a1b9a",
    "weight_kg": "#37474f",
    "crp": "#00695c",
    "il6": "#e65100",
    "ferritin": "#6d4c41",
}
#: Oxygen support classes for the SpO2 band, by the ASTCT hypoxia grade of the device.
O2_CLASS_COLOURS: dict[int, str] = {2: "#9ecae1", 3: "#4292c6", 4: "#08306b"}
O2_CLASS_TEXT: dict[int, str] = {2: "#3a7fb4", 3: "#21609e", 4: "#08306b"}  # readable on white
#: The vasopressor band's rows (one colour per drug, in the order started; greyscale-distinct).
VASO_COLOURS: tuple[str, ...] = ("#b71c1c", "#ef6c00", "#6a1b9a", "#00695c", "#37474f")
ICANS_COLOUR = "#4527a0"
DOSE_STYLE: dict[str, dict[str, Any]] = {
    "tocilizumab": {"color": "#7b1fa2", "linestyle": "-", "linewidth": 1.6},
    "steroid": {"color": "#795548", "linestyle": "--", "linewidth": 1.3},
    "other": {"color": "#00838f", "linestyle": "-.", "linewidth": 1.3},
}
LINE, BOX = "\u2014", "\u25a0"  # swatches in the panel labels: a line, a bar or band
