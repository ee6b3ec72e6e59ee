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
    """The support charted last is carried forward and shown as such; the nurse
    answers "Unchanged" (``unchangedTapped()``) or changes it, and either
    counts as the answer (``answered()``) the entry needs before its review.

    The flow field shows when the device has one and opens the pop-up keypad.
    Signals ``changed()``, ``unchangedTapped()``.
    """

    changed = Signal()
    unchangedTapped = Signal()

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
        self._answered = False
        self._setting = False
        self._last_text = ""
        self.last = QLabel()
        self.last.setObjectName("support_last")
        self.last.setWordWrap(True)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.last.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 2}px; font-weight: bold;")
        self.unchanged_button = QPushButton()
        self.unchanged_button.setObjectName("support_unchanged")
        self.unchanged_button.setCheckable(True)
        self.unchanged_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unchanged_button.setMinimumWidth(260)
        theme.touch_size(self.unchanged_button)
        self.unchanged_button.clicked.connect(self._on_unchanged)
        self.question = QLabel()
        self.question.setObjectName("support_question")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "hint")
        self.o2.changed.connect(self._on_support_changed)
        self.vasopressors.changed.connect(self._on_support_changed)
        self.bolus.toggled.connect(self._on_bolus)

        inner = QWidget()
        self.scroll_area = TouchScrollArea(inner, self)  # made in place: see VitalsPage
        box = QVBoxLayout(inner)
        box.addWidget(self.last)
        box.addWidget(self.unchanged_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.question)
        box.addSpacing(8)
        box.addWidget(self.o2)
        box.addSpacing(8)
        box.addWidget(self.vasopressors)
        box.addSpacing(8)
        box.addWidget(self._bolus_heading)
        box.addWidget(self.bolus, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self._bolus_hint)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    def retranslate(self) -> None:
        self._refresh_answer()
        self._bolus_heading.setText(self.tr("Hypotension"))
        self._refresh_bolus()
        self._bolus_hint.setText(
            self.tr("Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_label(self, key: str) -> str:
        if key == "o2_flow_l_min":
            return self.tr("Oxygen flow")
        if key == "support":
            return self.tr("Oxygen and vasopressors")
        return self.tr("Vasopressors")

    def field_widget(self, key: str) -> QWidget | None:
        if key == "support":
            return self.unchanged_button
        return self.o2.flow_field().value_button() if key == "o2_flow_l_min" else None

    # -- the carried-forward support ----------------------------------------------------
    def set_last(self, text: str) -> None:
        """What was charted last, in words ("nasal cannula 4 L/min … at 05:33 by 王丽");
        "" when nothing was charted before."""
        self._last_text = text
        self._refresh_answer()

    def answered(self) -> bool:
        """The nurse tapped "Unchanged" or changed the support."""
        return self._answered

    def set_answered(self, answered: bool) -> None:
        self._answered = answered
        self._refresh_answer()

    # -- model API ------------------------------------------------------------------
    def device(self) -> O2Device:
        return self.o2.device()

    def flow(self) -> float | None:
        return self.o2.flow()

    def set_oxygen(self, device: O2Device | str, flow: float | None) -> None:
        """Set by the program (a draft, the carried support): not the nurse's answer."""
        self._setting = True
        try:
            self.o2.set_value(O2Device(device), flow)
        finally:
            self._setting = False

    def pressors(self) -> tuple[str, ...]:
        return self.vasopressors.value()

    def set_pressors(self, names: Iterable[str]) -> None:
        self._setting = True
        try:
            self.vasopressors.set_value(names)
        finally:
            self._setting = False

    def bolus_given(self) -> bool:
        return self.bolus.isChecked()

    def set_bolus_given(self, given: bool) -> None:
        self.bolus.setChecked(given)

    # -- internals ------------------------------------------------------------------------
    def _on_unchanged(self) -> None:
        self.unchanged_button.setChecked(True)
        self._answered = True
        self._refresh_answer()
        self.unchangedTapped.emit()

    def _on_support_changed(self) -> None:
        if self._setting:
            self.changed.emit()
            return
        self._answered = True
        self.unchanged_button.setChecked(False)
        self._refresh_answer()
        self.changed.emit()

    def _refresh_answer(self) -> None:
        if self._last_text:
            self.last.setText(self.tr("Last recorded: {support}").format(support=self._last_text))
            self.unchanged_button.setText(
                self.tr("✔ Unchanged")
                if self.unchanged_button.isChecked()
                else self.tr("□ Unchanged")
            )
        else:
            self.last.setText(self.tr("No oxygen or vasopressor recorded before for this patient."))
            self.unchanged_button.setText(
                self.tr("✔ Room air, no vasopressor")
                if self.unchanged_button.isChecked()
                else self.tr("□ Room air, no vasopressor")
            )
        if self._answered:
            self.question.setText(self.tr("Answered. Change it below if it is not right."))
        else:
            self.question.setText(
                self.tr(
                    "Check the patient: tap “Unchanged”, or change the oxygen or vasopressors below."  # noqa: E501
                )
            )

    def _on_bolus(self, _checked: bool) -> None:
        self._refresh_bolus()
        self.changed.emit()

    def _refresh_bolus(self) -> None:
        mark = "✔" if self.bolus.isChecked() else "□"
        self.bolus.setText(f"{mark} " + self.tr("Treated with a fluid bolus"))
