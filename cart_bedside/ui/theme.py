"""The look of the app: one stylesheet, touch sizes, and the grade colours.

Sizes are in device-independent pixels (Qt scales them on high-dpi screens).
48 px at 96 dpi is about 9 mm, the smallest target a gloved finger hits
reliably; primary controls are bigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

#: Smallest touch target, px.
TOUCH_MIN_PX = 48
#: Height of primary buttons (keypad keys, answer buttons, value fields), px.
TOUCH_LARGE_PX = 64
#: Height of two-line buttons (ICE items, oxygen devices), px.
TOUCH_XLARGE_PX = 76
#: Base font size, px; headings and values are larger.
BASE_FONT_PX = 17
VALUE_FONT_PX = 28

TEXT = "#111111"
TEXT_MUTED = "#4a4a4a"  # still 8.9:1 on white
BACKGROUND = "#ffffff"
PANEL = "#f2f2f2"
BORDER = "#5c5c5c"
ACCENT = "#0b4f8a"  # selected / checked: white text on it is 8.6:1
ACCENT_DARK = "#062f54"
FOCUS = "#e8590c"
ERROR = "#b00020"
OK_GREEN = "#1b5e20"


@dataclass(frozen=True)
class GradeStyle:
    """How one grade looks. Luminance falls and the border thickens with the grade,
    and the badge carries ``pips`` marks, so greyscale print keeps grades apart."""

    fill: str
    text: str
    border: str
    border_px: int
    pips: int


#: CRS/ICANS grade 0–4. Luma (Rec. 601) of the fills: 240, 207, 154, 87, 31.
GRADE_STYLES: dict[int, GradeStyle] = {
    0: GradeStyle(fill="#e8f5e9", text="#111111", border="#4a4a4a", border_px=1, pips=0),
    1: GradeStyle(fill="#ffd43b", text="#111111", border="#3d3d3d", border_px=2, pips=1),
    2: GradeStyle(fill="#f08c00", text="#000000", border="#222222", border_px=3, pips=2),
    3: GradeStyle(fill="#c62828", text="#ffffff", border="#111111", border_px=4, pips=3),
    4: GradeStyle(fill="#3b0a45", text="#ffffff", border="#000000", border_px=6, pips=4),
}
#: A grade not (yet) assessed: white, dashed border, "–".
GRADE_UNKNOWN = GradeStyle(fill="#ffffff", text="#4a4a4a", border="#4a4a4a", border_px=2, pips=0)


def grade_style(grade: int | None) -> GradeStyle:
    if grade is None:
        return GRADE_UNKNOWN
    return GRADE_STYLES[max(0, min(4, int(grade)))]


def luma(colour: str) -> float:
    """Rec. 601 luma 0–255, what a greyscale printer keeps of a colour."""
    c = QColor(colour)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def stylesheet() -> str:
    """The one application stylesheet."""
    return f"""
QWidget {{
    font-size: {BASE_FONT_PX}px;
    color: {TEXT};
}}
QMainWindow, QDialog {{
    background: {BACKGROUND};
}}
QLabel[role="heading"] {{
    font-size: {BASE_FONT_PX + 3}px;
    font-weight: bold;
}}
QLabel[role="hint"] {{
    color: {TEXT_MUTED};
    font-size: {BASE_FONT_PX - 2}px;
}}
QLabel[role="error"] {{
    color: {ERROR};
    font-weight: bold;
}}
QLabel[role="total"] {{
    font-size: {BASE_FONT_PX + 5}px;
    font-weight: bold;
}}
QPushButton, QToolButton {{
    min-height: {TOUCH_MIN_PX}px;
    min-width: {TOUCH_MIN_PX}px;
    padding: 4px 10px;
    background: {PANEL};
    border: 2px solid {BORDER};
    border-radius: 8px;
}}
QPushButton[touch="large"] {{
    min-height: {TOUCH_LARGE_PX}px;
    min-width: 72px;
}}
QPushButton[touch="xlarge"] {{
    min-height: {TOUCH_XLARGE_PX}px;
    min-width: 140px;
}}
QPushButton:pressed, QToolButton:pressed {{
    background: #cfd8e3;
}}
QPushButton:checked, QToolButton:checked {{
    background: {ACCENT};
    color: #ffffff;
    border: 3px solid {ACCENT_DARK};
    font-weight: bold;
}}
QPushButton:disabled, QToolButton:disabled {{
    color: #8a8a8a;
    background: #e9e9e9;
    border: 2px dashed #a0a0a0;
}}
QPushButton:focus {{
    border-color: {FOCUS};
}}
QPushButton[role="primary"] {{
    background: {OK_GREEN};
    color: #ffffff;
    border-color: #0d3310;
    font-weight: bold;
}}
QPushButton[role="danger"] {{
    background: #ffffff;
    color: {ERROR};
    border-color: {ERROR};
}}
QPushButton[role="primary"]:disabled, QPushButton[role="danger"]:disabled {{
    color: #8a8a8a;
    background: #e9e9e9;
    border: 2px dashed #a0a0a0;
}}
QPushButton[role="value"] {{
    min-width: 170px;
    font-size: {VALUE_FONT_PX}px;
    font-weight: bold;
    background: #ffffff;
    text-align: right;
    padding-right: 12px;
}}
QPushButton[role="value"][editing="true"] {{
    border: 4px solid {FOCUS};
    background: #fff4e6;
}}
QPushButton[role="value"][invalid="true"] {{
    border: 4px solid {ERROR};
    color: {ERROR};
}}
QPushButton[role="key"] {{
    font-size: {BASE_FONT_PX + 9}px;
    font-weight: bold;
    background: #ffffff;
}}
QLineEdit, QComboBox {{
    min-height: {TOUCH_MIN_PX}px;
    border: 2px solid {BORDER};
    border-radius: 6px;
    padding: 0 8px;
    background: #ffffff;
}}
QComboBox QAbstractItemView::item {{
    min-height: {TOUCH_MIN_PX}px;
}}
QComboBox::drop-down {{
    width: {TOUCH_MIN_PX}px;
    border-left: 1px solid {BORDER};
}}
QScrollBar:vertical {{
    width: 20px;
}}
QScrollBar:horizontal {{
    height: 20px;
}}
QGroupBox {{
    font-weight: bold;
    border: 1px solid #9a9a9a;
    border-radius: 8px;
    margin-top: 14px;
    padding: 10px 6px 6px 6px;
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    left: 10px;
    padding: 0 4px;
}}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")  # same look on every platform; the stylesheet builds on it
    app.setStyleSheet(stylesheet())


def touch_size(button: QWidget, size: str = "large") -> None:
    """Make ``button`` a large ("large", 64 px) or two-line ("xlarge", 76 px) target.

    A style sheet's ``min-height`` overrides ``setMinimumHeight()``, so the size
    is set both ways: by a dynamic property the stylesheet matches, and in
    code for an unthemed widget.
    """
    height = {"large": TOUCH_LARGE_PX, "xlarge": TOUCH_XLARGE_PX}[size]
    button.setProperty("touch", size)
    button.setMinimumHeight(height)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property used in it changed.

    A widget not polished yet (just built, never shown) is left alone: Qt polishes it
    with the property as it is then, before its first paint (a new bed card sets
    seven properties; repolishing each was a third of building the first board).
    """
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Padding and margins from the new rule reach the widget's size only on a style change
    # (a bed card turning high-risk on screen kept a label too small for its padding).
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.update()
