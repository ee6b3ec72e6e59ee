"""The numeric keypad for a PIN: digits shown as dots, OK submits.

A PIN is not a number (``0123`` keeps its zero, up to 8 digits), so it keeps
its own text instead of the keypad's number editing, and never shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from . import theme
from .qt_types import box_layout
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
#: One geometry everywhere (sign-in, signature, co-sign, first run): the keys never move.
KEY_W_PX = 100
KEY_H_PX = 68
SPACING_PX = 8
ERROR_LINES = 3


def pin_dots(length: int, minimum: int = PIN_MIN_DIGITS) -> str:
    """``●●○○`` style: one filled dot per digit typed, empty ones up to ``minimum``."""
    return " ".join("●" * length + "○" * max(0, minimum - length))


class PinKeypad(NumericKeypad):
    """A :class:`NumericKeypad` whose digits build a PIN shown only as dots.

    The one PIN pad of the app (issue 11 item 4): the same 7-8-9-on-top layout
    and the same fixed size at every PIN prompt, with its own error line whose
    space is always kept, so a message never moves the keys.

    ``press(key)`` takes "0"–"9", "back", "clear" and "ok"; OK emits
    ``submitted(pin)``. ``pinChanged(int)`` gives the number of digits. The
    owner labels the OK key (``set_ok_text``), the prompt (``set_prompt``) and
    shows refusals with ``set_error``.
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
        self._error_line = QLabel()
        self._error_line.setObjectName("pinError")
        self._error_line.setProperty("role", "error")
        self._error_line.setWordWrap(True)
        self._error_line.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        line = round(theme.BASE_FONT_PX * 1.45)  # the theme's font, before it is polished
        self._error_line.setFixedHeight(ERROR_LINES * line + 6)
        self._prompt.setFixedHeight(line + 14)
        layout = box_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.insertWidget(0, self._prompt)
        layout.insertWidget(1, self._dots)
        layout.insertWidget(2, self._error_line)
        self.button(KEY_POINT).hide()
        self._fix_geometry()
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
        """The line above the dots (its space stays when empty: the keys never move)."""
        if self._prompt is not None:
            self._prompt.setText(text)

    def set_error(self, text: str) -> None:
        """Why the PIN was refused ("" clears it); shown in its own fixed line."""
        self._error_line.setText(f"⚠ {text}" if text else "")

    def error_text(self) -> str:
        text = self._error_line.text()
        return text[2:] if text.startswith("⚠ ") else text

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

    def _fix_geometry(self) -> None:
        for key in (*KEYS_DIGITS, KEY_BACKSPACE, KEY_CLEAR, KEY_OK):
            button = self.button(key)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            wide = key == "0"
            tall = key == KEY_OK
            button.setFixedSize(
                KEY_W_PX * (2 if wide else 1) + (SPACING_PX if wide else 0),
                KEY_H_PX * (2 if tall else 1) + (SPACING_PX if tall else 0),
            )
        self.setFixedSize(self.sizeHint())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _show_pin(self) -> None:
        if self._dots is not None:
            self._dots.setText(pin_dots(len(self._pin)))
            self._dots.setAccessibleName(self.tr("{n} digits entered").format(n=len(self._pin)))
        self.pinChanged.emit(len(self._pin))
