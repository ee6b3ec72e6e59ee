"""Shift start times and the fluid-day start, typed on the keypad."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic.catalogue import CATALOGUE
from ...logic.messages import msg
from ...service.ward_settings import SHIFT_NAME_MAX
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
        self._ward_names: list[QLineEdit] = []  # what the ward calls each shift (大夜班 …)
        self._name_heading = QLabel()
        self._name_heading.setProperty("role", "hint")
        self._rows.addWidget(self._name_heading, 0, 2)
        for index in range(MAX_SHIFTS):
            label = QLabel()
            fields = DateTimeFields("time")
            fields.setObjectName(f"shift_{index}")
            fields.changed.connect(self.changed)
            name = QLineEdit()
            name.setObjectName(f"shift_name_{index}")
            name.setMaxLength(SHIFT_NAME_MAX)
            name.setMinimumHeight(theme.TOUCH_MIN_PX)
            name.textChanged.connect(lambda _t: self.changed.emit())
            self._rows.addWidget(label, index + 1, 0)
            self._rows.addWidget(fields, index + 1, 1)
            self._rows.addWidget(name, index + 1, 2)
            self._labels.append(label)
            self._times.append(fields)
            self._ward_names.append(name)
        self._fluid_label = QLabel()
        self.fluid_day = DateTimeFields("time")
        self.fluid_day.setObjectName("fluid_day_start")
        self.fluid_day.changed.connect(self.changed)
        self._rows.addWidget(self._fluid_label, MAX_SHIFTS + 1, 0)
        self._rows.addWidget(self.fluid_day, MAX_SHIFTS + 1, 1)
        self._rows.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(counts)
        layout.addLayout(self._rows)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def set_value(
        self,
        shifts: Sequence[tuple[str, time]],
        fluid_day_start: time,
        ward_names: Mapping[str, str] | None = None,
    ) -> None:
        self._names = [name for name, _ in shifts][:MAX_SHIFTS]
        for index, fields in enumerate(self._times):
            fields.set_value(shifts[index][1] if index < len(self._names) else None)
        for index, edit in enumerate(self._ward_names):
            name = self._names[index] if index < len(self._names) else ""
            edit.setText((ward_names or {}).get(name, ""))
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

    def ward_names(self) -> dict[str, str]:
        """The names the ward typed for its shifts (``{shift: name}``; blank ones left out)."""
        return {
            name: edit.text().strip()
            for name, edit in zip(self._names, self._ward_names, strict=False)
            if edit.text().strip()
        }

    def name_field(self, index: int) -> QLineEdit:
        return self._ward_names[index]

    def field_name(self, error_field: str) -> str | None:
        """The words on the screen for a refused field (``shifts[1].start``,
        ``fluid_day_start``, ``shift_names.night``); None for a whole group's or another
        setting's."""
        if error_field == "fluid_day_start":
            return self._fluid_label.text()
        index = re.match(r"shifts\[(\d+)\]", error_field)
        if index and int(index.group(1)) < len(self._names):
            shift = self.shift_name(self._names[int(index.group(1))])
            return self.tr("{shift} start time").format(shift=shift)
        group, _, name = error_field.partition(".")
        if group == "shift_names":
            if name in self._names:
                return self.tr("{shift} name on the ward").format(shift=self.shift_name(name))
            return self.tr("Names on the ward")
        return None

    def fluid_day_start(self) -> str:
        value = self.fluid_day.value()
        return value.strftime("%H:%M") if isinstance(value, time) else ""

    def time_fields(self, index: int) -> DateTimeFields:
        return self._times[index]

    # -- display ----------------------------------------------------------------------------
    def _show_rows(self) -> None:
        rows = zip(self._labels, self._times, self._ward_names, strict=True)
        for index, (label, fields, name) in enumerate(rows):
            shown = index < len(self._names)
            label.setVisible(shown)
            fields.setVisible(shown)
            name.setVisible(shown)
            if shown:
                label.setText(self.shift_name(self._names[index]))
                name.setPlaceholderText(self.shift_name(self._names[index]))
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
        self._name_heading.setText(self.tr("Name on the ward (optional)"))
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
