"""A large on-screen numeric keypad that edits one field at a time.

The keypad never relies on an OS keyboard. It edits a *target* (normally a
:class:`~cart_bedside.ui.widgets.number_field.NumberField`): the typed text
shows live in the target, OK checks it against the target's range and
commits it, then moves on to the target's next field if it has one, so a
set of vital signs is typed without tapping each field.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from ..qt_types import box_layout

KEY_BACKSPACE = "back"
KEY_CLEAR = "clear"
KEY_OK = "ok"
KEY_POINT = "."
KEYS_DIGITS = tuple("0123456789")
MAX_INTEGER_DIGITS = 5

Number = int | float


class KeypadTarget(Protocol):
    """What the keypad needs from the field it edits (NumberField has it all)."""

    def decimals(self) -> int: ...
    def value(self) -> Number | None: ...
    def label_text(self) -> str: ...
    def range_hint(self) -> str: ...
    def check(self, value: Number | None) -> str | None: ...
    def set_value(self, value: Number | None) -> None: ...
    def set_editing(self, editing: bool, text: str = "") -> None: ...
    def next_field(self) -> KeypadTarget | None: ...


def format_number(value: Number | None, decimals: int) -> str:
    """``37`` with one decimal → ``"37.0"``; ``None`` → ``""``."""
    if value is None:
        return ""
    if decimals <= 0:
        return str(round(value))
    return f"{value:.{decimals}f}"


def parse_number(text: str, decimals: int) -> Number | None:
    """The typed text as an int (no decimals) or a float rounded to ``decimals``."""
    text = text.rstrip(".")
    if not text:
        return None
    if decimals <= 0:
        return int(float(text))
    return round(float(text), decimals)


def edit_text(
    text: str, key: str, decimals: int, max_integer_digits: int = MAX_INTEGER_DIGITS
) -> str:
    """The text after pressing ``key``; keys that make no sense are ignored."""
    if key == KEY_CLEAR:
        return ""
    if key == KEY_BACKSPACE:
        return text[:-1]
    if key == KEY_POINT:
        if decimals <= 0 or "." in text:
            return text
        return (text or "0") + "."
    if key in KEYS_DIGITS:
        if "." in text:
            if len(text.split(".", 1)[1]) >= decimals:
                return text
            return text + key
        if text == "0":
            return key
        if len(text) >= max_integer_digits:
            return text
        return text + key
    return text


class NumericKeypad(QWidget):
    """Keys 0–9, decimal point, backspace, clear and OK, each at least 64 px.

    Signals: ``textChanged(str)`` while typing, ``accepted(object)`` with the
    committed value, ``rejected(str)`` with the error when OK was refused,
    ``targetChanged(object)``.
    """

    textChanged = Signal(str)
    accepted = Signal(object)
    rejected = Signal(str)
    targetChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: KeypadTarget | None = None
        self._text = ""
        self._fresh = False  # the shown value is replaced by the first key typed
        self._error = ""
        #: a refused value stays on its field (and the keypad on it) until corrected
        self.hold_refused = False
        self._buttons: dict[str, QPushButton] = {}

        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._title.setWordWrap(True)
        self._display = QLabel()
        self._display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._display.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._display.setStyleSheet(
            f"font-size: {theme.VALUE_FONT_PX + 4}px; font-weight: bold;"
            f" border: 2px solid {theme.BORDER}; border-radius: 6px; padding: 0 10px;"
            " background: #ffffff;"
        )
        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._hint.setWordWrap(True)

        grid = QGridLayout()
        grid.setSpacing(8)
        layout = [
            ("7", 0, 0),
            ("8", 0, 1),
            ("9", 0, 2),
            (KEY_BACKSPACE, 0, 3),
            ("4", 1, 0),
            ("5", 1, 1),
            ("6", 1, 2),
            (KEY_CLEAR, 1, 3),
            ("1", 2, 0),
            ("2", 2, 1),
            ("3", 2, 2),
            (KEY_POINT, 3, 2),
        ]
        for key, row, col in layout:
            grid.addWidget(self._make_key(key), row, col)
        grid.addWidget(self._make_key("0"), 3, 0, 1, 2)
        grid.addWidget(self._make_key(KEY_OK), 2, 3, 2, 1)

        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addWidget(self._display)
        box.addWidget(self._hint)
        box.addLayout(grid)
        self.retranslate()
        self._refresh()

    # -- building -------------------------------------------------------------
    def _make_key(self, key: str) -> QPushButton:
        button = QPushButton()
        if key == KEY_OK:
            button.setProperty("role", "primary")
        elif key in KEYS_DIGITS or key == KEY_POINT:
            button.setProperty("role", "key")
        button.setObjectName(f"key_{key}")
        button.setMinimumWidth(72)
        # At least the theme's 48 px; the keys grow into whatever height the screen gives.
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Taps must not steal the focus from the screen (nor pop up an OS keyboard).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(key == KEY_BACKSPACE)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        if key in KEYS_DIGITS or key == KEY_POINT:
            button.setText(key)
        self._buttons[key] = button
        return button

    def set_compact(self) -> None:
        """Less height around the keys (the shift entry at 1280 × 800 must keep its Next
        button on screen): no outer margins, a 48 px display."""
        layout = box_layout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._display.setMinimumHeight(theme.TOUCH_MIN_PX)

    def button(self, key: str) -> QPushButton:
        """The button for ``key`` ("0"–"9", ".", "back", "clear", "ok")."""
        return self._buttons[key]

    def retranslate(self) -> None:
        self._buttons[KEY_BACKSPACE].setText(self.tr("←\nDelete"))
        self._buttons[KEY_CLEAR].setText(self.tr("Clear"))
        self._buttons[KEY_OK].setText(self.tr("OK"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API --------------------------------------------------------------
    def target(self) -> KeypadTarget | None:
        return self._target

    def set_target(self, target: KeypadTarget | None) -> bool:
        """Edit ``target``; a valid value typed for the previous target is kept.

        With ``hold_refused`` a refused value typed for the previous target keeps
        the keypad there (False is returned, ``rejected`` emitted): it is never
        dropped silently.
        """
        if target is self._target:
            return True
        old = self._target
        if old is not None:
            if not self._fresh:
                value = parse_number(self._text, old.decimals())
                error = old.check(value)
                if error is None:
                    old.set_value(value)
                elif self.hold_refused and self._text:
                    self._error = error
                    self._refresh()
                    self.rejected.emit(error)
                    return False
            old.set_editing(False)
        self._target = target
        self._text = format_number(target.value(), target.decimals()) if target else ""
        self._fresh = True
        self._error = ""
        if target is not None:
            target.set_editing(True, self._text)
        self._refresh()
        self.targetChanged.emit(target)
        return True

    def cancel(self) -> None:
        """Stop editing without storing what was typed."""
        self._fresh = True
        self.set_target(None)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Replace the typed text (as if typed key by key)."""
        self._text = ""
        self._fresh = False
        for ch in text:
            self._text = edit_text(self._text, ch, self._decimals())
        self._after_edit()

    def value(self) -> Number | None:
        return parse_number(self._text, self._decimals())

    def press(self, key: str) -> None:
        """Press one key: a digit, ".", "back", "clear" or "ok"."""
        if key == KEY_OK:
            self.commit()
            return
        if self._fresh and key not in (KEY_BACKSPACE,):
            self._text = ""
        self._fresh = False
        self._text = edit_text(self._text, key, self._decimals())
        self._after_edit()

    def commit(self) -> bool:
        """Check and store the typed value in the target, then go to its next field."""
        value = self.value()
        target = self._target
        if target is not None:
            error = target.check(value)
            if error:
                self._error = error
                self._refresh()
                self.rejected.emit(error)
                return False
            target.set_value(value)
        self._error = ""
        self.accepted.emit(value)
        if target is not None and self._target is target:
            self._fresh = True  # already stored: don't store again on retarget
            self.set_target(target.next_field())
        return True

    # -- internals ----------------------------------------------------------------
    def _decimals(self) -> int:
        return self._target.decimals() if self._target is not None else 1

    def _after_edit(self) -> None:
        self._error = ""
        if self._target is not None:
            self._target.set_editing(True, self._text)
        self._refresh()
        self.textChanged.emit(self._text)

    def _refresh(self) -> None:
        target = self._target
        idle = self.tr("Tap a field to enter a number")
        self._title.setText(target.label_text() if target else idle)
        self._display.setText(self._text or "–")
        if self._error:
            self._hint.setProperty("role", "error")
            self._hint.setText(self._error)
        else:
            self._hint.setProperty("role", "hint")
            self._hint.setText(target.range_hint() if target else "")
        theme.repolish(self._hint)
        enabled = target is not None
        for key, button in self._buttons.items():
            button.setEnabled(enabled and not (key == KEY_POINT and self._decimals() <= 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A hardware keyboard, when there is one, works too."""
        text = event.text()
        key = event.key()
        if text in KEYS_DIGITS or text == KEY_POINT:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.press(KEY_BACKSPACE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(KEY_OK)
        elif key == Qt.Key.Key_Escape:
            self.press(KEY_CLEAR)
        else:
            super().keyPressEvent(event)
