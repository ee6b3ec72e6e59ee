"""A date, a time, or both, typed on the number keypad (no OS keyboard, no spin boxes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .. import theme
from ..widgets.number_field import NumberField

#: (part, lowest, highest, width of the value button in px)
_PARTS = {
    "year": (1900, 2100, 72),
    "month": (1, 12, 40),
    "day": (1, 31, 40),
    "hour": (0, 23, 40),
    "minute": (0, 59, 40),
}
_MODES = {
    "date": ("year", "month", "day"),
    "time": ("hour", "minute"),
    "datetime": ("year", "month", "day", "hour", "minute"),
}


class _PartField(NumberField):
    """A date or time part: minutes and hours shown with two digits (08:05, not 8:5)."""

    def __init__(self, two_digits: bool) -> None:
        self._two_digits = two_digits
        super().__init__()

    def _refresh(self) -> None:  # NumberField's display hook
        super()._refresh()
        value = self.value()
        if self._two_digits and value is not None and not self.is_editing():
            self.value_button().setText(f"{int(value):02d}")


class DateTimeFields(QWidget):
    """Year / month / day (and hour / minute) as keypad fields chained by OK.

    ``mode`` is ``"date"``, ``"time"`` or ``"datetime"``. ``value()`` is a
    ``date`` / ``time`` / ``datetime``, or None while a part is missing or the
    parts make no date (``is_complete()``, ``error()`` say which). With
    ``now`` given, a "Today"/"Now" button fills the fields in one tap; a date
    has a "Clear" button unless ``clearable=False``.
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(
        self,
        mode: str = "date",
        now: Callable[[], datetime] | None = None,
        clearable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._now = now
        self.fields: dict[str, NumberField] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        previous: NumberField | None = None
        for part in _MODES[mode]:
            low, high, width = _PARTS[part]
            field = _PartField(two_digits=part in ("hour", "minute"))
            field.setObjectName(f"field_{part}")
            # Range checked by a validator, not set_range(): no range hint under each part.
            field.set_validator(self._part_validator(low, high))
            # stylesheet min-width is the text area (padding and border come on top)
            field.value_button().setStyleSheet(f"min-width: {width}px; padding-right: 8px;")
            field.value_button().setMinimumWidth(width)
            field.valueChanged.connect(lambda _v: self.changed.emit())
            if previous is not None:
                previous.set_next_field(field)
            previous = field
            self.fields[part] = field
            if part in ("month", "day"):
                layout.addWidget(self._separator("–"))
            elif part == "hour" and mode == "datetime":
                layout.addSpacing(10)
            elif part == "minute":
                layout.addWidget(self._separator(":"))
            layout.addWidget(field)
        self._now_button = QPushButton()
        self._now_button.setObjectName("now_button")
        self._now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._now_button.clicked.connect(self.set_now)
        self._now_button.setVisible(now is not None)
        self._clear_button = QPushButton()
        self._clear_button.setObjectName("clear_button")
        self._clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear_button.clicked.connect(self.clear)
        # only a date may be left empty; the keypad clears a part too
        self._clear_button.setVisible(mode == "date" and clearable)
        for button in (self._now_button, self._clear_button):
            theme.touch_size(button)
        layout.addSpacing(6)
        layout.addWidget(self._now_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self._clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _separator(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(f"font-size: {theme.VALUE_FONT_PX}px;")
        return label

    def _part_validator(self, low: int, high: int) -> Callable[[float], str | None]:
        return lambda value: self._check_part(value, low, high)

    def _check_part(self, value: float, low: int, high: int) -> str | None:
        if low <= value <= high:
            return None
        return self.tr("{value} is not between {low} and {high}").format(
            value=value, low=low, high=high
        )

    # -- model API ------------------------------------------------------------------------
    def mode(self) -> str:
        return self._mode

    def parts(self) -> dict[str, int | None]:
        values = {part: field.value() for part, field in self.fields.items()}
        return {part: None if v is None else int(v) for part, v in values.items()}

    def is_empty(self) -> bool:
        return all(v is None for v in self.parts().values())

    def is_complete(self) -> bool:
        return all(v is not None for v in self.parts().values())

    def error(self) -> str | None:
        """Why the parts make no valid date (None when valid or empty)."""
        if self.is_empty():
            return None
        if not self.is_complete():
            return self.tr("incomplete: enter every part")
        try:
            self._build()
        except ValueError:
            return self.tr("not a date in the calendar")
        return None

    def value(self) -> date | time | datetime | None:
        if not self.is_complete():
            return None
        try:
            return self._build()
        except ValueError:
            return None

    def _build(self) -> date | time | datetime:
        p = {part: v for part, v in self.parts().items() if v is not None}  # all, when complete
        if self._mode == "date":
            return date(p["year"], p["month"], p["day"])
        if self._mode == "time":
            return time(p["hour"], p["minute"])
        return datetime(p["year"], p["month"], p["day"], p["hour"], p["minute"])

    def set_value(self, value: date | time | datetime | None) -> None:
        blocked = self.blockSignals(True)
        for part, field in self.fields.items():
            field.set_value(None if value is None else getattr(value, part))
        self.blockSignals(blocked)
        self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def set_now(self) -> None:
        if self._now is None:
            return
        now = self._now()
        if self._mode == "date":
            self.set_value(now.date())
        elif self._mode == "time":
            self.set_value(now.time().replace(second=0, microsecond=0))
        else:
            self.set_value(now.replace(second=0, microsecond=0))

    def first_field(self) -> NumberField:
        return next(iter(self.fields.values()))

    def now_button(self) -> QPushButton:
        return self._now_button

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            "year": self.tr("Year"),
            "month": self.tr("Month"),
            "day": self.tr("Day"),
            "hour": self.tr("Hour"),
            "minute": self.tr("Minute"),
        }
        for part, field in self.fields.items():
            field.set_label(names[part])
        self._now_button.setText(self.tr("Today") if self._mode == "date" else self.tr("Now"))
        self._clear_button.setText(self.tr("Clear"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
