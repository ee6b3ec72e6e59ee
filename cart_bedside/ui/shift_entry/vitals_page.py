"""Step 1: the six vital signs on one keypad, the observed time, and the weight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.messages import Message
from ...logic.messages import render as render_message
from ...logic.timeutil import LATE_ENTRY_AFTER
from ...logic.validation import HARD_LIMITS
from ...logic.value_check import judge_vital
from .. import theme
from ..widgets.number_field import NumberField
from ..widgets.numeric_keypad import Number, NumericKeypad
from .state import VITAL_KEYS
from .touch_scroll import TouchScrollArea

#: How far each "earlier" button moves the observed time back.
STEP_BACK_MINUTES: tuple[int, ...] = (15, 30, 60)
_DECIMALS = {"temp_c": 1}
_GRID = {"temp_c": (0, 0), "hr": (0, 1), "sbp": (0, 2), "dbp": (1, 0), "rr": (1, 1), "spo2": (1, 2)}


def _field(key: str, decimals: int = 0) -> NumberField:
    limit = HARD_LIMITS[key]
    field = NumberField(decimals=decimals, minimum=limit.low, maximum=limit.high)
    field.setObjectName(f"field_{key}")
    return field


class VitalsPage(QWidget):
    """Six NumberFields typed on ONE keypad: OK moves to the next field.

    ``values()`` gives the vitals (a value typed but not yet confirmed with OK
    counts, so an autosave loses nothing), ``observed_at()`` the time they
    were measured (defaults to ``now()``; "−15 min" etc. move it back, the
    hour and minute fields set it exactly, and more than 60 min before now is
    marked as a late entry). Signal ``changed()``.
    """

    changed = Signal()

    def __init__(
        self,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        render: Callable[[Message], str] | None = None,
    ) -> None:
        super().__init__(parent)
        # The scroll area first, so the fields are made into their final place (a
        # re-parented finished tree is re-styled widget by widget: slow).
        fields = QWidget()
        self.scroll_area = TouchScrollArea(fields, self)
        self._now = now
        self._render = render or (lambda m: render_message(m, "en"))
        self._observed = self._minute(now())
        self.keypad = NumericKeypad(self)
        self.keypad.setObjectName("vitals_keypad")
        self.keypad.set_compact()
        self.keypad.setMinimumWidth(360)
        self.keypad.setMaximumWidth(440)
        self.keypad.setMaximumHeight(620)  # keys stay key-sized on a 1080p screen
        self.keypad.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.keypad.hold_refused = True  # a refused value is never dropped silently
        self.keypad.textChanged.connect(self._on_typed)

        self.fields: dict[str, NumberField] = {
            key: _field(key, _DECIMALS.get(key, 0)) for key in VITAL_KEYS
        }
        self.weight = _field("weight_kg", 1)
        for previous, nxt in pairwise(VITAL_KEYS):
            self.fields[previous].set_next_field(self.fields[nxt])
        self.fields["dbp"].set_validator(self._check_dbp)
        for field in (*self.fields.values(), self.weight):
            field.set_keypad(self.keypad)
            field.valueChanged.connect(lambda _v: self.changed.emit())
        for key, field in self.fields.items():
            field.valueChanged.connect(lambda _v, k=key: self._judge(k))

        # Observed time: hour and minute on the same keypad, and one-tap steps back.
        self.hour = NumberField(decimals=0, minimum=0, maximum=23)
        self.hour.setObjectName("field_hour")
        self.minute = NumberField(decimals=0, minimum=0, maximum=59)
        self.minute.setObjectName("field_minute")
        self.hour.set_next_field(self.minute)
        for field in (self.hour, self.minute):
            field.set_keypad(self.keypad)
            field.setMaximumWidth(200)
            field.valueChanged.connect(self._on_clock_typed)
        self.now_button = QPushButton()
        self.now_button.setObjectName("time_now")
        self.back_buttons: dict[int, QPushButton] = {}
        time_buttons = QHBoxLayout()
        time_buttons.addWidget(self.now_button)
        for minutes in STEP_BACK_MINUTES:
            button = QPushButton(f"−{minutes} min")
            button.setObjectName(f"time_back_{minutes}")
            button.clicked.connect(lambda _=False, m=minutes: self.step_back(m))
            self.back_buttons[minutes] = button
            time_buttons.addWidget(button)
        for button in (self.now_button, *self.back_buttons.values()):
            theme.touch_size(button)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_button.clicked.connect(self.set_now)
        time_buttons.addStretch(1)

        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._time_heading = QLabel()
        self._time_heading.setProperty("role", "heading")
        self._time_text = QLabel()
        self._time_text.setObjectName("observed_text")
        self._late = QLabel()
        self._late.setObjectName("late_entry")
        self._late.setProperty("role", "error")
        self._late.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for key, (row, col) in _GRID.items():
            grid.addWidget(self.fields[key], row, col)
        clock = QHBoxLayout()
        clock.addWidget(self.hour)
        colon = QLabel(":")
        colon.setStyleSheet(f"font-size: {theme.VALUE_FONT_PX}px; font-weight: bold;")
        clock.addWidget(colon, 0, Qt.AlignmentFlag.AlignVCenter)
        clock.addWidget(self.minute)
        clock.addSpacing(20)
        clock.addWidget(self.weight)
        status = QHBoxLayout()
        status.addWidget(self._time_text)
        status.addWidget(self._late, 1)

        left = QVBoxLayout()
        left.addWidget(self._heading)
        left.addLayout(grid)
        left.addSpacing(6)
        left.addWidget(self._time_heading)
        left.addLayout(clock)
        left.addLayout(time_buttons)
        left.addLayout(status)
        left.addStretch(1)
        fields.setLayout(left)
        # On a short screen the fields scroll; the keypad beside them stays in view.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        pad = QVBoxLayout()
        pad.addWidget(self.keypad, 1)
        pad.addStretch(0)
        layout.addLayout(pad)
        self.retranslate()
        self._show_time()

    # -- texts ------------------------------------------------------------------------
    def _labels(self) -> dict[str, tuple[str, str]]:
        return {
            "temp_c": (self.tr("Temperature"), "°C"),
            "hr": (self.tr("Heart rate"), self.tr("/min")),
            "sbp": (self.tr("Systolic BP"), "mmHg"),
            "dbp": (self.tr("Diastolic BP"), "mmHg"),
            "rr": (self.tr("Respiratory rate"), self.tr("/min")),
            "spo2": (self.tr("SpO2"), "%"),
        }

    def field_label(self, key: str) -> str:
        """The translated name of a field ("weight_kg", "time" or a vital)."""
        if key == "weight_kg":
            return self.tr("Weight")
        if key == "time":
            return self.tr("Observed at")
        return self._labels()[key][0] if key in self._labels() else key

    def field_widget(self, key: str) -> QWidget | None:
        """The value button to mark when a value is refused."""
        if key == "time":
            return self.hour.value_button()
        field = self.all_fields().get(key)
        return None if field is None else field.value_button()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Vital signs"))
        for key, (label, unit) in self._labels().items():
            self.fields[key].set_label(label)
            self.fields[key].set_unit(unit)
        self.weight.set_label(self.tr("Weight (optional)"))
        self.weight.set_unit("kg")
        self.hour.set_label(self.tr("Hour"))
        self.minute.set_label(self.tr("Minute"))
        self._time_heading.setText(self.tr("Observed at"))
        self.now_button.setText(self.tr("Now"))
        for minutes, button in self.back_buttons.items():
            button.setText(self.tr("−{minutes} min").format(minutes=minutes))
        self.keypad.retranslate()  # its title shows the target's label
        self._show_time()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def values(self) -> dict[str, Number | None]:
        """The six vitals; a valid value still on the keypad counts."""
        return {key: self._pending(field) for key, field in self.fields.items()}

    def set_values(self, values: dict[str, Number | None]) -> None:
        self.keypad.cancel()
        for key, field in self.fields.items():
            field.set_value(values.get(key))

    def weight_kg(self) -> float | None:
        value = self._pending(self.weight)
        return None if value is None else float(value)

    def set_weight_kg(self, weight: float | None) -> None:
        self.weight.set_value(weight)

    def observed_at(self) -> datetime:
        return self._observed

    def set_observed_at(self, moment: datetime) -> None:
        self._observed = self._minute(min(moment, self._now()))
        self._show_time()
        self.changed.emit()

    def set_now(self) -> None:
        self.set_observed_at(self._now())

    def step_back(self, minutes: int) -> None:
        self.set_observed_at(self._observed - timedelta(minutes=minutes))

    def is_late(self) -> bool:
        return self._now() - self._observed > LATE_ENTRY_AFTER

    def start(self) -> None:
        """Put the keypad on the first empty vital (none: leave it idle)."""
        if self.keypad.target() is not None:
            return
        for key in VITAL_KEYS:
            if self.fields[key].value() is None:
                self.keypad.set_target(self.fields[key])
                return

    def commit(self) -> bool:
        """Store a valid value still on the keypad and stop editing (leaving the page).
        False when the value on the keypad is refused: it stays, red, to be corrected."""
        return self.keypad.set_target(None)

    def refused(self) -> tuple[str, str] | None:
        """``(field key, reason)`` of a refused value still on the keypad, else None."""
        target = self.keypad.target()
        key = next((k for k, f in self.all_fields().items() if f is target), None)
        if key is None or target is None or not self.keypad.text():
            return None
        error = target.check(self.keypad.value())
        return None if error is None else (key, error)

    def judge_all(self) -> None:
        """Judge every vital again (the language changed, a draft was restored)."""
        for key in self.fields:
            self._judge(key)

    def all_fields(self) -> dict[str, NumberField]:
        return {**self.fields, "weight_kg": self.weight, "hour": self.hour, "minute": self.minute}

    def refresh_time(self) -> None:
        """Re-evaluate "late entry" as the clock moves on."""
        self._show_time()

    # -- internals ----------------------------------------------------------------------
    @staticmethod
    def _minute(moment: datetime) -> datetime:
        return moment.replace(second=0, microsecond=0)

    def _pending(self, field: NumberField) -> Number | None:
        if self.keypad.target() is field:
            typed = self.keypad.value()
            if field.check(typed) is None:
                return typed
        return field.value()

    def _on_typed(self, _text: str) -> None:
        target = self.keypad.target()
        for key, field in self.fields.items():
            if field is target:
                self._judge(key, self.keypad.value(), typing=True)
        self.changed.emit()

    def _judge(self, key: str, value: Number | None = None, typing: bool = False) -> None:
        """Amber (unusual: confirm when saving) or red (refused) with the reason, as typed."""
        field = self.fields[key]
        if not typing:
            value = field.value()
        sbp = self._pending(self.fields["sbp"]) if key == "dbp" else None
        judged = judge_vital(key, value, sbp=sbp)
        text = self._render(judged.message) if judged.message is not None else ""
        field.set_judgement(judged.level, text)

    def _check_dbp(self, value: Number) -> str | None:
        sbp = self.fields["sbp"].value()
        if sbp is not None and value >= sbp:
            return self.tr("The diastolic ({dbp}) must be below the systolic ({sbp})").format(
                dbp=value, sbp=sbp
            )
        return None

    def _on_clock_typed(self, _value: object) -> None:
        hour, minute = self.hour.value(), self.minute.value()
        if hour is None or minute is None:
            return
        now = self._now()
        moment = now.replace(hour=int(hour), minute=int(minute), second=0, microsecond=0)
        if moment > now:  # 23:50 typed at 00:10 means last night
            moment -= timedelta(days=1)
        if moment != self._observed:
            self.set_observed_at(moment)

    def _show_time(self) -> None:
        for field, value in (
            (self.hour, self._observed.hour),
            (self.minute, self._observed.minute),
        ):
            if field.value() != value:
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        now = self._now()
        days = (now.date() - self._observed.date()).days
        when = self._observed.strftime("%H:%M")
        if days == 0:
            text = self.tr("Today {time}").format(time=when)
        elif days == 1:
            text = self.tr("Yesterday {time}").format(time=when)
        else:
            text = self._observed.strftime("%Y-%m-%d %H:%M")
        ago = int((now - self._observed).total_seconds() // 60)
        if ago > 0:
            text += " · " + self.tr("{minutes} min ago").format(minutes=ago)
        self._time_text.setText(text)
        self._late.setText(
            self.tr("Late entry (more than 60 min ago): it will be marked")
            if self.is_late()
            else ""
        )
        self._late.setVisible(self.is_late())
