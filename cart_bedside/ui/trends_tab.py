"""The Trends tab: every panel on one time axis since infusion, a tap shows a point's details.

matplotlib is imported when the tab is first shown, never when the app
starts (it costs about a second): nothing at module level here imports it.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..logic.messages import Message
from ..service.entry import display_name
from . import theme
from .session import Session
from .shift_entry.touch_scroll import TouchScrollArea
from .trend_print import PrintTrendsButton
from .trend_reasons import GradeReasonsPanel

if TYPE_CHECKING:  # plots (matplotlib) is imported when the tab first draws
    from ..plots import Layout, TrendData, TrendFigure
    from .trend_canvas import TrendCanvas

RANGES = ("24h", "72h", "since_infusion")
DEFAULT_RANGE = "72h"
#: Data older than this is re-read when the range changes (the window ends at "now").
RELOAD_AFTER = timedelta(minutes=1)

TAB_STYLESHEET = f"""
QLabel#pointInfo {{
    background: {theme.PANEL};
    border: 1px solid #9a9a9a;
    border-radius: 6px;
    padding: 4px 10px;
}}
QLabel#pointInfo[late="true"] {{
    background: #fff4e6;
    border: 2px solid {theme.FOCUS};
}}
QLabel#lateTag {{
    background: {theme.FOCUS};
    color: #ffffff;
    font-weight: bold;
    border-radius: 4px;
    padding: 2px 8px;
}}
"""


class TrendsTab(QWidget):
    """Trend panels of one episode in a drag-scrolled canvas, with range buttons.

    Draws when first shown (``QTimer`` after the show, so the tab appears at
    once) and again when a record of this episode is saved
    (``session.record_saved``) or the language changes; while hidden it only
    notes that it is out of date. A tap on a point (matplotlib ``pick_event``)
    shows its value, time and who recorded it (on release, so a drag that
    scrolls the tab shows nothing); late entries are marked.
    ``point_shown(PointInfo)`` is emitted for each tap; ``drawn()`` after
    each draw.

    ``last_draw_s`` / ``first_draw_s`` time the last draw and the first
    (with the matplotlib import).
    """

    point_shown = Signal(object)
    drawn = Signal()

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        self._range = DEFAULT_RANGE
        self._data: TrendData | None = None
        self._loaded_at: datetime | None = None
        self._stale = True
        self._scheduled = False
        self._info = None  # the PointInfo shown
        self._names: dict[str, str] = {}  # username -> display name
        self.canvas: TrendCanvas | None = None  # made at the first draw
        self.figure: TrendFigure | None = None  # the canvas's, once drawn
        self._laid_out_for: tuple[int, int] | None = None  # the view size the panels fit
        self.first_draw_s: float | None = None
        self.last_draw_s: float | None = None
        self.setStyleSheet(TAB_STYLESHEET)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for name in RANGES:
            button = QPushButton()
            button.setObjectName(f"range_{name}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(120)
            theme.touch_size(button, "large")
            button.clicked.connect(lambda _=False, r=name: self.set_range(r))
            self._group.addButton(button)
            self._buttons[name] = button
            bar.addWidget(button)
        self._buttons[self._range].setChecked(True)
        self._late = QLabel()
        self._late.setObjectName("lateTag")
        self._late.hide()
        self._info_label = QLabel()
        self._info_label.setObjectName("pointInfo")
        self._info_label.setWordWrap(True)
        self._info_label.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._info_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addSpacing(8)
        bar.addWidget(self._late)
        bar.addWidget(self._info_label, 1)
        self.print_button = PrintTrendsButton(session, episode_id, self.print_request, self)
        bar.addWidget(self.print_button)
        self._bar = bar

        self._status = QLabel()
        self._status.setObjectName("trendStatus")
        self._status.setProperty("role", "hint")
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.addWidget(self._status)
        self._content_layout.addStretch(1)
        self.scroll_area = TouchScrollArea(self._content)
        # the figure is always taller than the tab: a scroll bar that comes and goes would
        # change the width and cost a second draw
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.reasons = GradeReasonsPanel(session, self)

        session.record_saved.connect(self._on_record_saved)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # --- public API -----------------------------------------------------------------------
    def time_range(self) -> str:
        return self._range

    def range_button(self, name: str) -> QPushButton:
        return self._buttons[name]

    def point_info(self):
        """The tapped point shown (``plots.PointInfo``), or None."""
        return self._info

    def info_text(self) -> str:
        return self._info_label.text()

    def set_range(self, name: str) -> None:
        """Show the last 24 h, 72 h or everything since infusion."""
        if name not in RANGES:
            raise ValueError(f"unknown range {name!r}")
        self._buttons[name].setChecked(True)
        if name == self._range and not self._stale:
            return
        self._range = name
        self._stale = True
        self._schedule()

    def redraw(self, reload: bool = True) -> None:
        """Draw now (re-reading the records with ``reload``); the tab calls this itself."""
        self._scheduled = False
        if reload:
            self._data = None
        self._draw()

    # --- drawing --------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Draw after the event loop has painted what changed (a pressed button, the tab)."""
        if not self.isVisible() or self._scheduled:
            return
        self._scheduled = True
        QTimer.singleShot(0, self._draw_if_stale)

    def _draw_if_stale(self) -> None:
        self._scheduled = False
        if self._stale and self.isVisible():
            self._draw()

    def _draw(self) -> None:
        started = time.perf_counter()
        from ..plots import trend_figure

        service = self.session.service
        now = service.clock()
        try:
            service.require("view")
            if (
                self._data is None
                or self._loaded_at is None
                or now - self._loaded_at > RELOAD_AFTER
            ):
                self._data = self._load(now)
                self._loaded_at = now
            data = self._data
            layout = self.screen_layout()
            canvas = self._ensure_canvas(layout)
            trend_figure(
                data,
                self._range,
                self.session.lang,
                layout=layout,
                show_range=False,  # the checked range button says it
                figure=canvas.trend_figure,
            )
        except Exception as exc:  # PermissionDenied, a missing episode, a plotting bug
            self._show_error(exc)
            return
        self._laid_out_for = self._viewport_size()
        canvas.prepare(layout)
        canvas.draw()
        self.figure = canvas.trend_figure
        self._stale = False
        self._status.hide()
        self.reasons.hide()
        self.last_draw_s = time.perf_counter() - started
        if self.first_draw_s is None:
            self.first_draw_s = self.last_draw_s
        self.drawn.emit()

    def _load(self, now: datetime) -> TrendData:
        from ..plots import trend_data_for

        return trend_data_for(self.session.service, self.episode_id, now=now)

    def _viewport_size(self) -> tuple[int, int]:
        viewport = self.scroll_area.viewport()
        return viewport.width(), viewport.height()

    def screen_layout(self):
        """The figure as wide as the tab, its panels tall enough that the first five (grades,
        temperature, BP, SpO2 with oxygen, vasopressors) fill the first screen."""
        from ..plots import screen_layout

        width, height = self._viewport_size()
        return screen_layout(width, height)

    def _ensure_canvas(self, layout: Layout) -> TrendCanvas:
        """The tab's one canvas and figure, made at the first draw."""
        if self.canvas is None:
            from ..plots import TrendFigure
            from .trend_canvas import TrendCanvas

            canvas = TrendCanvas(TrendFigure(dpi=layout.dpi), layout, self._content)
            canvas.tapped.connect(self._on_tapped)
            self._content_layout.insertWidget(0, canvas)
            self.canvas = canvas
        return self.canvas

    def _show_error(self, exc: Exception) -> None:
        message = getattr(exc, "message", None)
        text = self.session.render(message) if message is not None else str(exc)
        self._status.setProperty("role", "error")
        self._status.setText(self.tr("The trends could not be drawn: {error}").format(error=text))
        theme.repolish(self._status)
        self._status.show()

    # --- taps -----------------------------------------------------------------------------
    def _on_tapped(self, info) -> None:
        from ..plots import grades_at

        self._show_info(info)
        if self._data is not None and self.canvas is not None:
            tap_x = self.canvas.mapTo(self, QPoint(round(self.canvas.last_tap_px or 0), 0)).x()
            self.reasons.show_grades(grades_at(self._data, info.time), tap_x)
        self.point_shown.emit(info)

    def reasons_top(self) -> int:
        """Where the reasons panel may start: below the button bar."""
        return self._bar.geometry().bottom()

    def print_request(self):
        """What "Print trends" prints: the data drawn and the range chosen (None before the
        first draw)."""
        if self._data is None:
            return None
        return self._data, self._range, self.session.lang

    def _show_info(self, info) -> None:
        self._info = info
        late = bool(info is not None and info.late)
        self._info_label.setProperty("late", "true" if late else "false")
        theme.repolish(self._info_label)
        self._late.setVisible(late)
        if info is None:
            self._info_label.setText(
                self.tr("Tap a point to see its value, the time and who recorded it.")
            )
        else:
            message = info.message()
            if "user" in message.params:  # the name the ward knows, not the username
                message = Message(
                    message.code, {**message.params, "user": self._name(message.params["user"])}
                )
            self._info_label.setText(self.session.render(message))

    def _name(self, username: str) -> str:
        if username not in self._names:
            self._names[username] = display_name(self.session.service, username)
        return self._names[username]

    # --- signals and events ---------------------------------------------------------------
    def _on_record_saved(self, episode_id: str) -> None:
        if episode_id == self.episode_id:
            self._data = None
            self._stale = True
            self._schedule()

    def _on_language(self, _lang: str) -> None:
        self._stale = True  # the catalogue's words are drawn into the figure
        self._schedule()
        self._show_info(self._info)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reasons.place()
        if self.figure is not None and self._needs_new_layout():
            self._stale = True
            self._schedule()

    def _needs_new_layout(self) -> bool:
        """The first screen changed height (another window size): the panels are re-fitted.
        A width change only moves the margins (the canvas does that without a rebuild)."""
        if self._laid_out_for is None:
            return False
        return abs(self._viewport_size()[1] - self._laid_out_for[1]) > 24

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            if self.canvas is None:
                self._status.setProperty("role", "hint")
                self._status.setText(self.tr("Drawing the trends…"))
                theme.repolish(self._status)
                self._status.show()
            self._schedule()

    def retranslate(self) -> None:
        self._buttons["24h"].setText(self.tr("24 h"))
        self._buttons["72h"].setText(self.tr("72 h"))
        self._buttons["since_infusion"].setText(self.tr("Since infusion"))
        self._late.setText(self.tr("Late entry"))
        self._show_info(self._info)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
