"""Oxygen support as big buttons, and the flow when the device has one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import O2Device
from .. import theme
from .number_field import NumberField

#: The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula.
FLOW_REQUIRED: frozenset[O2Device] = frozenset({O2Device.NASAL_CANNULA})
#: The flow is recorded (trends, handover) but not needed for the grade.
FLOW_OPTIONAL: frozenset[O2Device] = frozenset(
    {
        O2Device.BLOW_BY,
        O2Device.HIGH_FLOW_NASAL_CANNULA,
        O2Device.SIMPLE_FACE_MASK,
        O2Device.NON_REBREATHER,
        O2Device.VENTURI_MASK,
    }
)
COLUMNS = 5


class O2DeviceSelector(QWidget):
    """One button per ``O2Device`` (exclusive), in the order of the hypoxia grades.

    The flow field (L/min, one decimal, 0.5–80) shows only for devices with a
    flow; :meth:`value` gives ``(device, flow)`` with flow None when the
    device has none or it was not entered. ``flow_field()`` exposes the
    NumberField to bind it to the screen's keypad.

    Signals: ``changed()``; ``deviceChanged(object)`` with the new O2Device.
    """

    changed = Signal()
    deviceChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, columns: int = COLUMNS) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[O2Device, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, device in enumerate(O2Device):
            button = QPushButton()
            button.setObjectName(f"o2_{device.value}")
            button.setCheckable(True)
            button.setMinimumWidth(150)
            theme.touch_size(button, "xlarge")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, index)
            self._buttons[device] = button
            grid.addWidget(button, index // columns, index % columns)
        self._buttons[O2Device.ROOM_AIR].setChecked(True)
        self._group.idToggled.connect(self._on_toggled)

        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._flow = NumberField(unit="L/min", decimals=1, minimum=0.5, maximum=80)
        self._flow.setObjectName("o2_flow")
        self._flow.setMaximumWidth(320)
        self._flow.valueChanged.connect(lambda _v: self.changed.emit())
        self._flow_note = QLabel()
        self._flow_note.setProperty("role", "hint")
        self._flow_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self._flow)
        layout.addWidget(self._flow_note)
        self.retranslate()

    def _labels(self) -> dict[O2Device, str]:
        return {
            O2Device.ROOM_AIR: self.tr("Room air"),
            O2Device.BLOW_BY: self.tr("Blow-by"),
            O2Device.NASAL_CANNULA: self.tr("Nasal\ncannula"),
            O2Device.HIGH_FLOW_NASAL_CANNULA: self.tr("High-flow\nnasal cannula"),
            O2Device.SIMPLE_FACE_MASK: self.tr("Simple\nface mask"),
            O2Device.NON_REBREATHER: self.tr("Non-rebreather\nmask"),
            O2Device.VENTURI_MASK: self.tr("Venturi\nmask"),
            O2Device.CPAP: self.tr("CPAP"),
            O2Device.BIPAP: self.tr("BiPAP"),
            O2Device.MECHANICAL_VENTILATION: self.tr("Mechanical\nventilation"),
        }

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Oxygen support"))
        for device, text in self._labels().items():
            self._buttons[device].setText(text)
        self._flow.set_label(self.tr("Oxygen flow"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def device(self) -> O2Device:
        return list(O2Device)[self._group.checkedId()]

    def set_device(self, device: O2Device) -> None:
        self._buttons[O2Device(device)].setChecked(True)

    def flow(self) -> float | None:
        """The flow in L/min, or None when the device has no flow field or none was entered."""
        if not self.needs_flow_field(self.device()):
            return None
        value = self._flow.value()
        return None if value is None else float(value)

    def set_flow(self, flow_l_min: float | None) -> None:
        self._flow.set_value(flow_l_min)

    def value(self) -> tuple[O2Device, float | None]:
        return self.device(), self.flow()

    def set_value(self, device: O2Device, flow_l_min: float | None = None) -> None:
        self.set_flow(flow_l_min)
        self.set_device(device)

    def flow_required(self) -> bool:
        """True when the grade cannot be computed without the flow and it is missing."""
        return self.device() in FLOW_REQUIRED and self._flow.value() is None

    @staticmethod
    def needs_flow_field(device: O2Device) -> bool:
        return device in FLOW_REQUIRED or device in FLOW_OPTIONAL

    def flow_field(self) -> NumberField:
        return self._flow

    def button(self, device: O2Device) -> QPushButton:
        return self._buttons[O2Device(device)]

    # -- internals ------------------------------------------------------------------------
    def _on_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self._refresh()
        self.deviceChanged.emit(self.device())
        self.changed.emit()

    def _refresh(self) -> None:
        device = self.device()
        show = self.needs_flow_field(device)
        self._flow.setVisible(show)
        self._flow_note.setVisible(show)
        if device in FLOW_REQUIRED:
            self._flow_note.setText(self.tr("Required: ≤ 6 L/min is low-flow, above is high-flow."))
        else:
            self._flow_note.setText(self.tr("Optional, for the trend."))
