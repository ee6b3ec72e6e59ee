"""Step 2: oxygen support, vasopressors, and a fluid bolus given for hypotension."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.models import O2Device
from .. import theme
from ..widgets.o2_device_selector import O2DeviceSelector
from ..widgets.vasopressor_toggles import VasopressorToggles
from .touch_scroll import TouchScrollArea


class OxygenPage(QWidget):
    """Room air is chosen by default (a normal shift needs no tap here).

    The flow field shows when the device has one and opens the pop-up keypad.
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.o2 = O2DeviceSelector()
        self.vasopressors = VasopressorToggles()
        self.bolus = QPushButton()
        self.bolus.setObjectName("fluid_bolus")
        self.bolus.setCheckable(True)
        self.bolus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.bolus)
        self._bolus_heading = QLabel()
        self._bolus_heading.setProperty("role", "heading")
        self._bolus_hint = QLabel()
        self._bolus_hint.setProperty("role", "hint")
        self._bolus_hint.setWordWrap(True)
        self.o2.changed.connect(self.changed)
        self.vasopressors.changed.connect(self.changed)
        self.bolus.toggled.connect(self._on_bolus)

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.o2)
        box.addSpacing(8)
        box.addWidget(self.vasopressors)
        box.addSpacing(8)
        box.addWidget(self._bolus_heading)
        box.addWidget(self.bolus, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self._bolus_hint)
        box.addStretch(1)
        self.scroll = TouchScrollArea(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self._bolus_heading.setText(self.tr("Hypotension"))
        self._refresh_bolus()
        self._bolus_hint.setText(self.tr(
            "Tap when this hypotension needed a fluid bolus (it counts for the CRS grade)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_label(self, key: str) -> str:
        if key == "o2_flow_l_min":
            return self.tr("Oxygen flow")
        return self.tr("Vasopressors")

    def field_widget(self, key: str) -> QWidget | None:
        return self.o2.flow_field().value_button() if key == "o2_flow_l_min" else None

    # -- model API ------------------------------------------------------------------
    def device(self) -> O2Device:
        return self.o2.device()

    def flow(self) -> float | None:
        return self.o2.flow()

    def set_oxygen(self, device: O2Device | str, flow: float | None) -> None:
        self.o2.set_value(O2Device(device), flow)

    def pressors(self) -> tuple[str, ...]:
        return self.vasopressors.value()

    def set_pressors(self, names: Iterable[str]) -> None:
        self.vasopressors.set_value(names)

    def bolus_given(self) -> bool:
        return self.bolus.isChecked()

    def set_bolus_given(self, given: bool) -> None:
        self.bolus.setChecked(given)

    # -- internals ------------------------------------------------------------------------
    def _on_bolus(self, _checked: bool) -> None:
        self._refresh_bolus()
        self.changed.emit()

    def _refresh_bolus(self) -> None:
        mark = "✔" if self.bolus.isChecked() else "□"
        self.bolus.setText(f"{mark} " + self.tr("Treated with a fluid bolus"))
