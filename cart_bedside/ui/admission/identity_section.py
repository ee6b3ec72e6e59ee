"""Admission, part 1: who the patient is (name, MRN, sex, birth date or age) and the bed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...logic.validation import HARD_LIMITS
from .. import theme
from ..widgets.number_field import NumberField
from .bed_picker import BedPicker
from .date_fields import DateTimeFields

SEXES = ("M", "F")


def age_from_birth_date(birth: date, on: date) -> float:
    """Age in years on ``on``: whole years by the calendar (周岁: a patient turns 70 on the
    birthday, not before); under 2 also the tenths of the year begun (rounded down)."""
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if years >= 2:  # "72 岁", as the ward says it; every age rule's threshold is whole years
        return float(years)
    last = _birthday(birth, birth.year + years)
    following = _birthday(birth, birth.year + years + 1)
    fraction = (on - last).days / (following - last).days
    return years + int(fraction * 10) / 10


def _birthday(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


class IdentitySection(QGroupBox):
    """Name and MRN (typed), sex, birth date (keypad; it sets the age) or the age, bed.

    ``values()`` gives the Patient fields it owns (``name``, ``mrn``, ``sex``,
    ``age_years``, ``bed``) and ``birth_date()`` the ISO date or None.
    ``widget_for(field)`` is where an error about ``patient.<field>`` is shown.
    Signals ``changed()`` and ``ageChanged(object)``.
    """

    changed = Signal()
    ageChanged = Signal(object)

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.name = QLineEdit()
        self.name.setObjectName("name_edit")
        self.name.setMaxLength(60)
        self.mrn = QLineEdit()
        self.mrn.setObjectName("mrn_edit")
        self.mrn.setMaxLength(30)
        self._sex_group = QButtonGroup(self)
        self._sex_group.setExclusive(False)  # a second tap takes the choice back
        sex_row = QHBoxLayout()
        for index, code in enumerate(SEXES):
            button = QPushButton()
            button.setObjectName(f"sex_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(96)
            theme.touch_size(button)
            self._sex_group.addButton(button, index)
            sex_row.addWidget(button)
        sex_row.addStretch(1)
        self._sex_group.idToggled.connect(self._on_sex)
        self.birth = DateTimeFields("date")
        self.birth.setObjectName("birth_date")
        self.birth.changed.connect(self._on_birth)
        age = HARD_LIMITS["age_years"]
        self.age = NumberField(decimals=1, minimum=age.low, maximum=age.high, trim_zeros=True)
        self.age.setObjectName("field_age")
        self.age.valueChanged.connect(self._on_age)
        self.bed = BedPicker()
        self.bed.changed.connect(self.changed)
        for edit in (self.name, self.mrn):
            edit.textChanged.connect(lambda _t: self.changed.emit())

        self._labels = {key: QLabel() for key in ("name", "mrn", "sex", "birth", "age", "bed")}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        rows: tuple[tuple[str, QWidget | QLayout], ...] = (
            ("name", self.name),
            ("mrn", self.mrn),
            ("sex", sex_row),
            ("birth", self.birth),
            ("age", self.age),
            ("bed", self.bed),
        )
        for row, (key, item) in enumerate(rows):
            grid.addWidget(
                self._labels[key],
                row,
                0,
                Qt.AlignmentFlag.AlignTop if key == "bed" else Qt.AlignmentFlag(0),
            )
            if isinstance(item, QWidget):
                grid.addWidget(item, row, 1)
            else:
                grid.addLayout(item, row, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def sex(self) -> str | None:
        index = self._sex_group.checkedId()
        return SEXES[index] if index >= 0 else None

    def set_sex(self, sex: str | None) -> None:
        for index, code in enumerate(SEXES):
            self._sex_group.button(index).setChecked(code == sex)

    def sex_button(self, sex: str) -> QPushButton:
        # the group holds only the QPushButtons made in __init__
        return cast(QPushButton, self._sex_group.button(SEXES.index(sex)))

    def age_years(self) -> float | None:
        return self.age.value()

    def birth_date(self) -> str | None:
        value = self.birth.value()
        return value.isoformat() if isinstance(value, date) else None

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "mrn": self.mrn.text().strip(),
            "sex": self.sex(),
            "age_years": self.age.value(),
            "bed": self.bed.value(),
        }

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "name": self.name,
            "mrn": self.mrn,
            "bed": self.bed.marker(),
            "age_years": self.age.value_button(),
            "birth_date": self.birth.first_field().value_button(),
        }.get(field)

    def clear(self) -> None:
        self.name.clear()
        self.mrn.clear()
        self.set_sex(None)
        self.birth.clear()
        self.age.clear()
        self.bed.clear()

    # -- internals --------------------------------------------------------------------------
    def _on_sex(self, index: int, checked: bool) -> None:
        if checked:  # one sex at a time in a non-exclusive group (so it can be unset)
            for other in self._sex_group.buttons():
                if other is not self._sex_group.button(index):
                    other.setChecked(False)
        self.changed.emit()

    def _on_birth(self) -> None:
        born = self.birth.value()
        if isinstance(born, date):
            today = self._now().date()
            if born <= today:
                self.age.set_value(age_from_birth_date(born, today))
        self.changed.emit()

    def _on_age(self, value) -> None:
        self.ageChanged.emit(value)
        self.changed.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Patient"))
        self._labels["name"].setText(self.tr("Name"))
        self._labels["mrn"].setText(self.tr("MRN"))
        self._labels["sex"].setText(self.tr("Sex"))
        self._labels["birth"].setText(self.tr("Birth date"))
        self._labels["bed"].setText(self.tr("Bed"))
        self._labels["age"].setText(self.tr("Age"))
        self.sex_button("M").setText(self.tr("Male"))
        self.sex_button("F").setText(self.tr("Female"))
        self.age.set_unit(self.tr("years"))
        self.name.setPlaceholderText(self.tr("Full name"))
        self.mrn.setPlaceholderText(self.tr("Medical record number"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
