"""The big buttons under the shift entry: Close, Back, and Next / Review / Sign and save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .. import theme
from ..qt_types import box_layout
from .state import FLUIDS, REVIEW, VITALS


class NavBarWidget(QWidget):
    """``set_step(i)`` relabels Next for the step (Review › on fluids, Sign and save
    on the review). The owner connects the three buttons' ``clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = VITALS
        self.close_button = QPushButton()
        self.close_button.setObjectName("entry_close")
        self.back_button = QPushButton()
        self.back_button.setObjectName("entry_back")
        self.next_button = QPushButton()
        self.next_button.setObjectName("entry_next")
        self.next_button.setProperty("role", "primary")
        for button in (self.close_button, self.back_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button, "large")
        self.next_button.setMinimumWidth(260)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.close_button)
        box.addStretch(1)
        box.addWidget(self.back_button)
        box.addWidget(self.next_button)
        self.retranslate()

    def set_banner(self, banner: QWidget) -> None:
        """The error banner sits between Close and Back: it costs the page no height."""
        box_layout(self).insertWidget(1, banner, 1)

    def set_step(self, step: int) -> None:
        self._step = step
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close (draft kept)"))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setEnabled(self._step > VITALS)
        if self._step == REVIEW:
            self.next_button.setText(self.tr("Sign and save"))
        elif self._step == FLUIDS:
            self.next_button.setText(self.tr("Review ›"))
        else:
            self.next_button.setText(self.tr("Next ›"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
