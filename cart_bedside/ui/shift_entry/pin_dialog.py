"""Sign the entry with the PIN, on the app's one PIN pad (same layout as sign-in)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..pin_pad import PinKeypad

#: A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).
DIALOG_FRAME = f"QDialog#{{name}} {{{{ border: 3px solid {theme.BORDER}; }}}}"


class PinDialog(QDialog):
    """Digits only, shown as dots, on :class:`PinKeypad` (7-8-9 on top, fixed size, its
    error line reserved so nothing moves). The keypad's OK ("Sign and save") emits
    ``pinEntered(str)``; the owner checks it and either calls ``accept()`` or
    ``show_error(text)`` (the PIN is then cleared for another try). Open with ``open()``.
    """

    pinEntered = Signal(str)

    def __init__(self, signer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("pin_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="pin_dialog"))
        self._signer = signer
        self._busy = False
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._who = QLabel()
        self.keypad = PinKeypad()
        self.keypad.button("ok").setProperty("role", "primary")
        self.keypad.submitted.connect(self._submit)
        self._cancel = QPushButton()
        self._cancel.setObjectName("pin_cancel")
        self._cancel.setMinimumWidth(150)
        self._cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self._cancel)
        self._cancel.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self._cancel)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._who)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign and save"))
        self._title.setText(self.tr("Enter your PIN to sign this entry"))
        self._who.setText(
            self.tr("Signing as: {name}").format(name=self._signer) if self._signer else ""
        )
        self._who.setVisible(bool(self._signer))
        self.keypad.set_ok_text(self.tr("Sign"))  # fits the one-key-wide OK key
        self._cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def pin(self) -> str:
        return self.keypad.pin()

    def press(self, key: str) -> None:
        """A digit, "back", "clear" or "ok"."""
        self.keypad.press(key)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.keypad.clear()
        self.keypad.set_error(text)

    def set_busy(self, busy: bool) -> None:
        """While the entry is being saved: "Saving…" under the dots, nothing to tap."""
        self._busy = busy
        self.keypad.setEnabled(not busy)
        self._cancel.setEnabled(not busy)
        self.keypad.set_prompt(self.tr("Saving…") if busy else "")

    def busy(self) -> bool:
        return self._busy

    def error_text(self) -> str:
        return self.keypad.error_text()

    def button(self, key: str) -> QPushButton:
        return self._cancel if key == "cancel" else self.keypad.button(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A hardware keyboard works too."""
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return  # the save under way finishes first (locking still closes the dialog)
        if event.text().isdigit() and len(event.text()) == 1:
            self.press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)

    # -- internals ------------------------------------------------------------------------
    def _submit(self, pin: str) -> None:
        if pin and not self._busy:
            self.pinEntered.emit(pin)
