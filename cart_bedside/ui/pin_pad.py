"""The numeric keypad for a PIN: digits shown as dots, OK submits.

A PIN is not a number (``0123`` keeps its zero, up to 8 digits), so it keeps
its own text instead of the keypad's number editing, and never shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from . import theme
from .widgets.numeric_keypad import (
    KEY_BACKSPACE,
    KEY_CLEAR,
    KEY_OK,
    KEY_POINT,
    KEYS_DIGITS,
    NumericKeypad,
)

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8


def pin_dots(length: int, minimum: int = PIN_MIN_DIGITS) -> str:
    """``●●○○`` style: one filled dot per digit typed, empty ones up to ``minimum``."""
    return " ".join("●" * length + "○" * max(0, minimum - length))


class PinKeypad(NumericKeypad):
    """A :class:`NumericKeypad` whose digits build a PIN shown only as dots.

    ``press(key)`` takes "0"–"9", "back", "clear" and "ok"; OK emits
    ``submitted(pin)``. ``pinChanged(int)`` gives the number of digits. The
    owner labels the OK key (``set_ok_text``) and the prompt (``set_prompt``).
    """

    pinChanged = Signal(int)
    submitted = Signal(str)

    # Class defaults: NumericKeypad.__init__ calls retranslate() before ours runs.
    _pin = ""
    _ok_text = ""
    _dots: QLabel | None = None
    _prompt: QLabel | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        # The keypad's own title, display and range hint are for numbers: hide them.
        for label in self.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            label.hide()
        self._prompt = QLabel()
        self._prompt.setProperty("role", "heading")
        self._prompt.setWordWrap(True)
        self._dots = QLabel()
        self._dots.setObjectName("pinDots")
        self._dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._dots.setStyleSheet(
            f"font-size: {theme.VALUE_FONT_PX + 4}px; border: 2px solid {theme.BORDER};"
            " border-radius: 6px; background: #ffffff; letter-spacing: 2px;"
        )
        layout = self.layout()
        layout.insertWidget(0, self._prompt)
        layout.insertWidget(1, self._dots)
        self.button(KEY_POINT).hide()
        # A hardware keyboard, when there is one, types the PIN too (no text field, so
        # no OS keyboard pops up).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._show_pin()

    # -- model API ------------------------------------------------------------------------
    def pin(self) -> str:
        return self._pin

    def set_pin(self, pin: str) -> None:
        self._pin = "".join(ch for ch in pin if ch.isdigit())[:PIN_MAX_DIGITS]
        self._show_pin()

    def clear(self) -> None:
        self.set_pin("")

    def set_prompt(self, text: str) -> None:
        if self._prompt is not None:
            self._prompt.setText(text)
            self._prompt.setVisible(bool(text))

    def prompt(self) -> str:
        return self._prompt.text() if self._prompt is not None else ""

    def set_ok_text(self, text: str) -> None:
        self._ok_text = text
        self.button(KEY_OK).setText(text or self.tr("OK"))

    def dots_text(self) -> str:
        return self._dots.text() if self._dots is not None else ""

    def press(self, key: str) -> None:
        """One key: a digit, "back", "clear" or "ok" (submits the PIN)."""
        if key == KEY_OK:
            self.submitted.emit(self._pin)
            return
        if key == KEY_CLEAR:
            pin = ""
        elif key == KEY_BACKSPACE:
            pin = self._pin[:-1]
        elif key in KEYS_DIGITS and len(self._pin) < PIN_MAX_DIGITS:
            pin = self._pin + key
        else:
            return
        self.set_pin(pin)

    def commit(self) -> bool:
        self.press(KEY_OK)
        return True

    # -- widget -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Called by NumericKeypad.changeEvent on LanguageChange."""
        # PySide looks tr() up under the class of the object, so this class
        # translates the keys itself (NumericKeypad's strings would not match).
        self.button(KEY_BACKSPACE).setText(self.tr("←\nDelete"))
        self.button(KEY_CLEAR).setText(self.tr("Clear"))
        self.button(KEY_OK).setText(self._ok_text or self.tr("OK"))
        for key in (*KEYS_DIGITS, KEY_BACKSPACE, KEY_CLEAR, KEY_OK):
            self.button(key).setEnabled(True)
        self.setAccessibleName(self.tr("PIN keypad"))

    def _show_pin(self) -> None:
        if self._dots is not None:
            self._dots.setText(pin_dots(len(self._pin)))
            self._dots.setAccessibleName(
                self.tr("{n} digits entered").format(n=len(self._pin)))
        self.pinChanged.emit(len(self._pin))
