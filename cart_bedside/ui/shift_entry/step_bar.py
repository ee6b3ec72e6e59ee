"""The step indicator at the top of the shift entry: five big buttons, one per page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from .. import theme
from ..qt_types import group_button
from .state import STEPS


class StepBarWidget(QWidget):
    """Shows where the nurse is (1 Vitals › 2 Oxygen …); tapping a step jumps there.

    ``set_step(i)`` marks the current step; ``set_done(i, bool)`` adds a tick to
    a step that holds values. Signal ``stepRequested(int)``.
    """

    stepRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._done = [False] * len(STEPS)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        for index, name in enumerate(STEPS):
            button = QPushButton()
            button.setObjectName(f"step_{name}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(theme.TOUCH_MIN_PX)
            self._group.addButton(button, index)
            box.addWidget(button)
        self._group.button(0).setChecked(True)
        self._group.idClicked.connect(self.stepRequested)
        self.retranslate()

    def _names(self) -> list[str]:
        return [
            self.tr("Vitals"),
            self.tr("Oxygen and vasopressors"),
            self.tr("Neuro"),
            self.tr("Fluids"),
            self.tr("Review and sign"),
        ]

    def retranslate(self) -> None:
        for index, name in enumerate(self._names()):
            tick = " ✔" if self._done[index] else ""
            self._group.button(index).setText(f"{index + 1}  {name}{tick}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def step(self) -> int:
        return self._group.checkedId()

    def set_step(self, index: int) -> None:
        self._group.button(index).setChecked(True)

    def set_done(self, index: int, done: bool) -> None:
        if self._done[index] != done:
            self._done[index] = done
            self.retranslate()

    def button(self, index: int) -> QPushButton:
        return group_button(self._group, index)
