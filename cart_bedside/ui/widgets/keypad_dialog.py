"""The numeric keypad as a pop-up, for a field on a screen with no keypad panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from .numeric_keypad import KeypadTarget, NumericKeypad


class KeypadDialog(QDialog):
    """A modal keypad editing ``target`` (and its next fields, if chained).

    Closes itself (accepted) once the last field is committed; Cancel leaves
    the field as it was. Open it with ``open()``, not ``exec()``, so the event
    loop (and the auto-lock timer) keeps running.
    """

    def __init__(self, target: KeypadTarget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._cancelling = False
        self._keypad = NumericKeypad(self)
        self._cancel = QPushButton()
        self._cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._keypad)
        layout.addWidget(self._cancel)
        self._keypad.targetChanged.connect(self._on_target_changed)
        self.resize(420, 560)
        self.retranslate()
        if target is not None:
            self._keypad.set_target(target)

    def keypad(self) -> NumericKeypad:
        return self._keypad

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enter a number"))
        self._cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        self._cancelling = True
        self._keypad.cancel()
        self._cancelling = False
        super().reject()

    def _on_target_changed(self, target: object) -> None:
        if target is None and self.isVisible() and not self._cancelling:
            self.accept()
