"""The last two steps of recording a dose: "duplicate?" and the signature PIN (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import theme
from ..pin_pad import PinKeypad

QUESTION_STYLE = (
    f"border: 2px solid {theme.FOCUS}; border-radius: 6px; background: #fff4e6; padding: 8px 10px;"
)


def _button(name: str, role: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if role:
        button.setProperty("role", role)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumWidth(220)
    theme.touch_size(button)
    return button


class DuplicatePage(QWidget):
    """``set_question(dose, earlier)``: the same drug was recorded less than 60 min ago.

    "No — go back" emits ``back_requested()``; "Yes, record a second dose"
    emits ``confirmed()``.
    """

    back_requested = Signal()
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._dose = QLabel()
        self._dose.setObjectName("duplicate_dose")
        self._dose.setWordWrap(True)
        self._earlier = QLabel()
        self._earlier.setObjectName("duplicate_earlier")
        self._earlier.setWordWrap(True)
        self._earlier.setStyleSheet(QUESTION_STYLE)
        self.back_button = _button("duplicate_back")
        self.confirm_button = _button("duplicate_yes", "danger")
        self.back_button.clicked.connect(self.back_requested)
        self.confirm_button.clicked.connect(self.confirmed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._dose)
        layout.addWidget(self._earlier)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_question(self, dose: str, earlier: str) -> None:
        self._dose.setText(dose)
        self._earlier.setText(earlier)

    def question_text(self) -> str:
        return self._earlier.text()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Duplicate?"))
        self.back_button.setText(self.tr("No — go back"))
        self.confirm_button.setText(self.tr("Yes, a second dose"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SignPage(QWidget):
    """The dose, and the signer's PIN on the app's one PIN pad (:class:`PinKeypad`).

    OK on the pad emits ``pin_entered(pin)``; the dialog records the dose or
    calls ``show_error`` (the PIN is cleared). "Back" emits ``back_requested()``.
    """

    back_requested = Signal()
    pin_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._dose = QLabel()
        self._dose.setObjectName("sign_dose")
        self._dose.setWordWrap(True)
        self._who = QLabel()
        self._who.setObjectName("sign_who")
        # The app's one PIN pad; a refusal shows in its own fixed error line (the keys
        # never move under a finger).
        self.keypad = PinKeypad()
        self.keypad.submitted.connect(self.pin_entered)
        self.back_button = _button("sign_back")
        self.back_button.clicked.connect(self.back_requested)
        left = QVBoxLayout()
        left.addWidget(self._title)
        left.addWidget(self._dose)
        left.addWidget(self._who)
        left.addStretch(1)
        left.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)
        self.retranslate()

    def start(self, dose: str, signer: str) -> None:
        self._dose.setText(dose)
        self._who.setText(self.tr("Signed by {name}").format(name=signer))
        self.show_error("")
        self.keypad.clear()
        self.keypad.setFocus()

    def show_error(self, text: str) -> None:
        self.keypad.set_error(text)
        if text:
            self.keypad.clear()

    def error_text(self) -> str:
        return self.keypad.error_text()

    def who_text(self) -> str:
        return self._who.text()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Sign the dose with your PIN"))
        self.keypad.set_prompt(self.tr("PIN"))
        self.keypad.set_ok_text(self.tr("Sign"))  # fits the one-key-wide OK key
        self.back_button.setText(self.tr("‹ Back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
