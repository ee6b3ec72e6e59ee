"""Sign the entry with the PIN, typed on a big on-screen digit pad."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import theme

MAX_PIN_LENGTH = 12
#: A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).
DIALOG_FRAME = f"QDialog#{{name}} {{{{ border: 3px solid {theme.BORDER}; }}}}"
DOT = "●"


class PinDialog(QDialog):
    """Digits only, shown as dots. OK emits ``pinEntered(str)``; the owner checks
    it and either calls ``accept()`` or ``show_error(text)`` (the PIN is then
    cleared for another try). A PIN keeps its leading zeros, which is why this
    is not the number keypad. Open with ``open()``.
    """

    pinEntered = Signal(str)

    def __init__(self, signer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("pin_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="pin_dialog"))
        self._pin = ""
        self._signer = signer
        self._buttons: dict[str, QPushButton] = {}
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._who = QLabel()
        self._display = QLabel()
        self._display.setObjectName("pin_display")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._display.setStyleSheet(
            f"font-size: {theme.VALUE_FONT_PX}px; border: 2px solid {theme.BORDER};"
            " border-radius: 6px; background: #ffffff; letter-spacing: 6px;")
        self._error = QLabel()
        self._error.setObjectName("pin_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)

        grid = QGridLayout()
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for index, key in enumerate(keys):
            button = QPushButton(key if key.isdigit() else "")
            button.setObjectName(f"pin_{key}")
            if key.isdigit():
                button.setProperty("role", "key")
            button.setMinimumWidth(96)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            self._buttons[key] = button
            grid.addWidget(button, index // 3, index % 3)
        self._ok = QPushButton()
        self._ok.setObjectName("pin_ok")
        self._ok.setProperty("role", "primary")
        self._cancel = QPushButton()
        self._cancel.setObjectName("pin_cancel")
        for button in (self._ok, self._cancel):
            button.setMinimumWidth(150)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self._buttons["ok"] = self._ok
        self._ok.clicked.connect(lambda: self.press("ok"))
        self._cancel.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self._cancel)
        actions.addStretch(1)
        actions.addWidget(self._ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._who)
        layout.addWidget(self._display)
        layout.addWidget(self._error)
        layout.addLayout(grid)
        layout.addLayout(actions)
        self.setMinimumWidth(420)
        self.retranslate()
        self._refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign and save"))
        self._title.setText(self.tr("Enter your PIN to sign this entry"))
        self._who.setText(self.tr("Signing as: {name}").format(name=self._signer)
                          if self._signer else "")
        self._who.setVisible(bool(self._signer))
        self._buttons["clear"].setText(self.tr("Clear"))
        self._buttons["back"].setText(self.tr("← Delete"))
        self._ok.setText(self.tr("Sign and save"))
        self._cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def pin(self) -> str:
        return self._pin

    def press(self, key: str) -> None:
        """A digit, "back", "clear" or "ok"."""
        if key == "ok":
            if self._pin:
                self.pinEntered.emit(self._pin)
            return
        if key == "clear":
            self._pin = ""
        elif key == "back":
            self._pin = self._pin[:-1]
        elif key.isdigit() and len(self._pin) < MAX_PIN_LENGTH:
            self._pin += key
        self._refresh()

    def show_error(self, text: str) -> None:
        self._pin = ""
        self._error.setText(text)
        self._refresh()

    def error_text(self) -> str:
        return self._error.text()

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A hardware keyboard works too."""
        if event.text().isdigit() and len(event.text()) == 1:
            self.press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)

    # -- internals ------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._display.setText(DOT * len(self._pin) if self._pin else "–")
        self._error.setVisible(bool(self._error.text()))
        self._ok.setEnabled(bool(self._pin))
