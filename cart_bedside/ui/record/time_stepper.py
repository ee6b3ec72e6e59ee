"""When it happened: "now" unless the nurse steps back (late entries)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .. import theme
from .formatting import fmt_time

#: The buttons: label key → step.
STEPS: tuple[tuple[str, timedelta], ...] = (
    ("-1h", timedelta(hours=-1)),
    ("-15m", timedelta(minutes=-15)),
    ("+15m", timedelta(minutes=15)),
)


class TimeStepper(QWidget):
    """A time that defaults to *now*: −1 h, −15 min, +15 min (never past now) and Now.

    While it is "now", ``time()`` is the clock's time when asked (a dose saved
    three minutes after the form opened is stamped when it is saved). Signal
    ``changed()``.
    """

    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._time: datetime | None = None  # None: now
        self._caption = QLabel()
        self._value = QLabel()
        self._value.setObjectName("time_value")
        self._value.setMinimumWidth(150)
        self._value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._value.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 5}px; font-weight: bold;")
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._caption)
        layout.addWidget(self._value)
        for key, step in (*STEPS, ("now", None)):
            button = QPushButton()
            button.setObjectName(f"time_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(88)
            theme.touch_size(button)
            button.clicked.connect(lambda _=False, s=step: self.step(s))
            self._buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    # -- model API ----------------------------------------------------------------------
    def time(self) -> datetime:
        now = self._clock().replace(second=0, microsecond=0)
        return now if self._time is None else min(self._time, now)

    def set_time(self, time: datetime | None) -> None:
        """A given time (None: now); a time after now becomes now."""
        if time is not None and time >= self._clock().replace(second=0, microsecond=0):
            time = None
        self._time = None if time is None else time.replace(second=0, microsecond=0)
        self._show()
        self.changed.emit()

    def step(self, delta: timedelta | None) -> None:
        """Move by ``delta`` (None: back to now)."""
        self.set_time(None if delta is None else self.time() + delta)

    def button(self, key: str) -> QPushButton:
        """ "-1h", "-15m", "+15m" or "now"."""
        return self._buttons[key]

    def text(self) -> str:
        return self._value.text()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._caption.setText(self.tr("Time"))
        self._buttons["-1h"].setText(self.tr("−1 h"))
        self._buttons["-15m"].setText(self.tr("−15 min"))
        self._buttons["+15m"].setText(self.tr("+15 min"))
        self._buttons["now"].setText(self.tr("Now"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self) -> None:
        if self._time is None:
            self._value.setText(self.tr("now ({time})").format(time=self.time().strftime("%H:%M")))
        else:
            self._value.setText(fmt_time(self._time))
        self._buttons["+15m"].setEnabled(self._time is not None)
        self._buttons["now"].setEnabled(self._time is not None)
