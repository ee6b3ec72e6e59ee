"""Settings → Ward: the laboratory's upper limits of normal the HLH/MAS checklist compares
against (clinical-decisions H-01), for men and for women, on the keypad — or the app's
defaults. Ranges and defaults are the service's (``service.lab_limits``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...logic.hlh import DEFAULT_LIMITS, LabLimits
from ...service import AdminService
from ...service.lab_limits import (
    KEY_LAB_ULN,
    LAB_ULN_RANGES,
    SEXES,
    lab_uln_value,
    set_lab_uln,
)
from ..admission.toggle_button import ToggleButton
from ..widgets.number_field import NumberField

SaveStep = tuple[str, bool, Callable[[], object]]


class LabUlnEditor(QGroupBox):
    """``value()`` → None (the app's defaults) or ``{"M": {…}, "F": {…}}``;
    ``set_value(LabLimits)``; ``field(sex, name)``; ``field_name(error_field)`` names a
    refused field; ``save_step(admin, loaded, reason)`` is the panel's save step.
    Signal ``changed()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lab_uln_box")
        self.own = ToggleButton()
        self.own.setObjectName("lab_uln_own")
        self.own.toggled.connect(self._on_own)
        self.fields: dict[tuple[str, str], NumberField] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, sex in enumerate(SEXES):
            for row, (name, allowed) in enumerate(LAB_ULN_RANGES.items()):
                field = NumberField(
                    unit=allowed.unit,
                    decimals=allowed.decimals,
                    minimum=allowed.low,
                    maximum=allowed.high,
                    trim_zeros=allowed.trim_zeros,
                )
                field.setObjectName(f"field_lab_uln_{sex}_{name}")
                field.valueChanged.connect(lambda _v: self.changed.emit())
                self.fields[(sex, name)] = field
                grid.addWidget(field, row, column)
        keys = list(self.fields)
        for previous, nxt in itertools.pairwise(keys):
            self.fields[previous].set_next_field(self.fields[nxt])
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.in_force = QLabel()
        self.in_force.setObjectName("lab_uln_in_force")
        self.in_force.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.in_force)
        layout.addWidget(self.own)
        layout.addLayout(grid)
        self._loaded: LabLimits = DEFAULT_LIMITS
        self.set_value(DEFAULT_LIMITS)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def set_value(self, limits: LabLimits) -> None:
        """Show the limits in force (the app's defaults: the switch off, the fields locked)."""
        self._loaded = limits
        self._show(limits)
        self.own.setChecked(limits.ward)
        self._on_own(limits.ward)
        self._say_in_force()

    def value(self) -> dict[str, dict[str, float | None]] | None:
        if not self.own.isChecked():
            return None
        return {
            sex: {name: self.fields[(sex, name)].value() for name in LAB_ULN_RANGES}
            for sex in SEXES
        }

    def field(self, sex: str, name: str) -> NumberField:
        return self.fields[(sex, name)]

    def save_step(self, admin: AdminService, loaded: LabLimits, reason: str | None) -> SaveStep:
        """``(key, changed, write)`` for the panel's list of save steps."""
        value = self.value()
        return (
            KEY_LAB_ULN,
            value != lab_uln_value(loaded),
            lambda: set_lab_uln(admin, value, reason),
        )

    def field_name(self, error_field: str) -> str | None:
        """The words for a refused field (``lab_uln.F.alt``); None for another setting's."""
        parts = error_field.split(".")
        if parts[0] != KEY_LAB_ULN:
            return None
        if len(parts) == 3 and (parts[1], parts[2]) in self.fields:
            return self.tr("{field} upper limit of normal").format(
                field=self._label(parts[1], parts[2])
            )
        return self.tr("laboratory upper limits of normal")

    # -- internals --------------------------------------------------------------------------
    def _show(self, limits: LabLimits) -> None:
        for (sex, name), field in self.fields.items():
            field.set_value(getattr(limits.for_sex(sex), name))

    def _on_own(self, on: bool) -> None:
        # off: the app's defaults, shown and locked; on: the ward's (or the defaults to edit)
        self._show(self._loaded if on and self._loaded.ward else DEFAULT_LIMITS)
        for field in self.fields.values():
            field.setEnabled(on)
        self.changed.emit()

    def _say_in_force(self) -> None:
        self.in_force.setText(
            self.tr("In force: your laboratory's limits (this ward setting).")
            if self._loaded.ward
            else self.tr(
                "In force: the app's defaults (WS/T 404). Ask the physician to check them "
                "against your laboratory's reference ranges."
            )
        )

    def _label(self, sex: str, name: str) -> str:
        lab = {
            "alt": self.tr("ALT"),
            "ast": self.tr("AST"),
            "bilirubin": self.tr("Total bilirubin"),
            "creatinine": self.tr("Creatinine"),
        }[name]
        if sex == "F":
            return self.tr("{lab} (women)").format(lab=lab)
        return self.tr("{lab} (men)").format(lab=lab)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Laboratory upper limits of normal (HLH/MAS checklist)"))
        self.hint.setText(
            self.tr(
                "The upper end of your laboratory's adult reference range. The HLH/MAS "
                "checklist counts a grade 3 rise above 3 × this limit for total bilirubin "
                "and creatinine, above 5 × for AST and ALT."
            )
        )
        self.own.set_label(self.tr("Use our laboratory's limits (off: the app's defaults)"))
        for (sex, name), field in self.fields.items():
            field.set_label(self._label(sex, name))
        self._say_in_force()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
