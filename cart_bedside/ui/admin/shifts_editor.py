"""Shift start times and the fluid-day start, typed on the keypad."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic.catalogue import CATALOGUE
from ...logic.messages import msg
from .. import theme
from ..admission.date_fields import DateTimeFields
from ..session import Session

#: Shift names by number of shifts (those of ``service.ward_settings`` for a plain list).
NAMES_BY_COUNT = {2: ("day", "night"), 3: ("day", "evening", "night")}
MAX_SHIFTS = 4


class ShiftsEditor(QWidget):
    """One row per shift (its name and start time) and the fluid-day start.

    "2 shifts" / "3 shifts" set the rows (day/night, day/evening/night),
    keeping the times typed. ``set_value(shifts, fluid_day_start)``;
    ``shifts()`` → ``[(name, "HH:MM")]`` (an incomplete time gives ``""``);
    ``fluid_day_start()`` → ``"HH:MM"`` or ``""``; ``time_fields(i)``.
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._names: list[str] = []
        self._count = QButtonGroup(self)
        self._count.setExclusive(True)
        counts = QHBoxLayout()
        for count in NAMES_BY_COUNT:
            button = QPushButton()
            button.setObjectName(f"shifts_{count}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            self._count.addButton(button, count)
            counts.addWidget(button)
        counts.addStretch(1)
        self._count.idClicked.connect(self.set_count)
        self._rows = QGridLayout()
        self._rows.setVerticalSpacing(4)
        self._labels: list[QLabel] = []
        self._times: list[DateTimeFields] = []
        for index in range(MAX_SHIFTS):
            label = QLabel()
            fields = DateTimeFields("time")
            fields.setObjectName(f"shift_{index}")
            fields.changed.connect(self.changed)
            self._rows.addWidget(label, index, 0)
            self._rows.addWidget(fields, index, 1)
            self._labels.append(label)
            self._times.append(fields)
        self._fluid_label = QLabel()
        self.fluid_day = DateTimeFields("time")
        self.fluid_day.setObjectName("fluid_day_start")
        self.fluid_day.changed.connect(self.changed)
        self._rows.addWidget(self._fluid_label, MAX_SHIFTS, 0)
        self._rows.addWidget(self.fluid_day, MAX_SHIFTS, 1)
        self._rows.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(counts)
        layout.addLayout(self._rows)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def set_value(self, shifts: Sequence[tuple[str, time]], fluid_day_start: time) -> None:
        self._names = [name for name, _ in shifts][:MAX_SHIFTS]
        for index, fields in enumerate(self._times):
            fields.set_value(shifts[index][1] if index < len(self._names) else None)
        self.fluid_day.set_value(fluid_day_start)
        self._show_rows()

    def set_count(self, count: int) -> None:
        """Day/night or day/evening/night; the start times typed so far stay."""
        self._names = list(NAMES_BY_COUNT[count])
        self._show_rows()
        self.changed.emit()

    def shifts(self) -> list[tuple[str, str]]:
        out = []
        for name, fields in zip(self._names, self._times, strict=False):
            value = fields.value()
            out.append((name, value.strftime("%H:%M") if isinstance(value, time) else ""))
        return out

    def fluid_day_start(self) -> str:
        value = self.fluid_day.value()
        return value.strftime("%H:%M") if isinstance(value, time) else ""

    def time_fields(self, index: int) -> DateTimeFields:
        return self._times[index]

    # -- display ----------------------------------------------------------------------------
    def _show_rows(self) -> None:
        for index, (label, fields) in enumerate(zip(self._labels, self._times, strict=True)):
            shown = index < len(self._names)
            label.setVisible(shown)
            fields.setVisible(shown)
            if shown:
                label.setText(self.shift_name(self._names[index]))
        button = self._count.button(len(self._names))
        if button is not None:
            button.setChecked(True)

    def shift_name(self, name: str) -> str:
        code = f"shift.{name}"
        message = msg(code) if code in CATALOGUE else msg("shift.custom", name=name)
        return self._session.render(message)

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        for count in NAMES_BY_COUNT:
            self._count.button(count).setText(self.tr("{n} shifts").format(n=count))
        self._fluid_label.setText(self.tr("Fluid day starts"))
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
