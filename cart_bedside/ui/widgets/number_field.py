"""A numeric field for touch: label, big value, unit, range hint; typed on our keypad."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from .keypad_dialog import KeypadDialog
from .numeric_keypad import Number, NumericKeypad, format_number

Validator = Callable[[Number], str | None]


class NumberField(QWidget):
    """One number (integer, or with ``decimals`` places) that never needs an OS keyboard.

    Tapping the value binds the field to the keypad given by
    :meth:`set_keypad` (a keypad panel on the screen), or, without one, opens
    a :class:`KeypadDialog`. Values outside ``minimum``–``maximum`` are
    refused by the keypad with the range shown; :meth:`set_validator` adds a
    check of the caller's (e.g. the logic layer's hard limits).

    The caller sets the label (already translated) and re-sets it on a
    language change; the range hint and messages are translated here.
    """

    valueChanged = Signal(object)  # int | float | None
    activated = Signal()  # tapped, about to be edited

    def __init__(
        self,
        label: str = "",
        unit: str = "",
        decimals: int = 0,
        minimum: Number | None = None,
        maximum: Number | None = None,
        parent: QWidget | None = None,
        *,
        trim_zeros: bool = False,
    ) -> None:
        super().__init__(parent)
        #: show a whole value without its decimals ("45 岁", not "45.0 岁"; 1.5 stays)
        self._trim = trim_zeros
        self._label = label
        self._unit = unit
        self._decimals = decimals
        self._minimum = minimum
        self._maximum = maximum
        self._value: Number | None = None
        self._editing = False
        self._editing_text = ""
        self._keypad: NumericKeypad | None = None
        self._dialog: KeypadDialog | None = None
        self._next: NumberField | None = None
        self._validator: Validator | None = None

        self._label_widget = QLabel()
        self._label_widget.setWordWrap(True)
        self._button = QPushButton()
        self._button.setProperty("role", "value")
        theme.touch_size(self._button)
        self._button.setMinimumWidth(140)
        self._button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.clicked.connect(self.activate)
        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._judgement = ""
        self._note = QLabel()
        self._note.setObjectName("value_note")
        self._note.setWordWrap(True)
        self._note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._label_widget)
        layout.addWidget(self._button)
        layout.addWidget(self._hint)
        layout.addWidget(self._note)
        self._refresh()

    # -- configuration ------------------------------------------------------------
    def set_label(self, label: str) -> None:
        self._label = label
        self._refresh()

    def label(self) -> str:
        return self._label

    def set_unit(self, unit: str) -> None:
        self._unit = unit
        self._refresh()

    def unit(self) -> str:
        return self._unit

    def decimals(self) -> int:
        return self._decimals

    def set_range(self, minimum: Number | None, maximum: Number | None) -> None:
        self._minimum, self._maximum = minimum, maximum
        self._refresh()

    def minimum(self) -> Number | None:
        return self._minimum

    def maximum(self) -> Number | None:
        return self._maximum

    def set_validator(self, validator: Validator | None) -> None:
        """``validator(value)`` returns an error message to refuse the value, else None."""
        self._validator = validator

    def set_keypad(self, keypad: NumericKeypad | None) -> None:
        """Edit on this keypad panel instead of a pop-up."""
        self._keypad = keypad

    def set_next_field(self, field: NumberField | None) -> None:
        """The field the keypad moves to after OK here."""
        self._next = field

    def next_field(self) -> NumberField | None:
        return self._next

    # -- model API --------------------------------------------------------------------
    def value(self) -> Number | None:
        return self._value

    def set_value(self, value: Number | None) -> None:
        if value is not None:
            places = self._decimals
            value = round(value) if places <= 0 else round(float(value), places)
        changed = value != self._value
        self._value = value
        self._refresh()
        if changed:
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def check(self, value: Number | None) -> str | None:
        """Why ``value`` is refused, or None if it is accepted (None always is)."""
        if value is None:
            return None
        low, high = self._minimum, self._maximum
        if (low is not None and value < low) or (high is not None and value > high):
            return self.tr("{value} is outside the range {range}: not accepted").format(
                value=self._shown(value), range=self._range_text()
            )
        if self._validator is not None:
            return self._validator(value)
        return None

    # -- keypad protocol ----------------------------------------------------------------
    def label_text(self) -> str:
        return f"{self._label} ({self._unit})" if self._unit else self._label

    def range_hint(self) -> str:
        text = self._range_text()
        return self.tr("Range {range}").format(range=text) if text else ""

    def set_editing(self, editing: bool, text: str = "") -> None:
        self._editing = editing
        self._editing_text = text
        self._refresh()

    def is_editing(self) -> bool:
        return self._editing

    def activate(self) -> None:
        """Start editing: on the bound keypad, else in a pop-up keypad."""
        self.activated.emit()
        if self._keypad is not None:
            self._keypad.set_target(self)
            return
        self._dialog = KeypadDialog(self, self.window())
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def keypad_dialog(self) -> KeypadDialog | None:
        """The pop-up keypad while it is open, else None."""
        return self._dialog

    # -- judged as typed (issue 11 item 5) -------------------------------------------------
    def set_judgement(self, level: str, text: str = "") -> None:
        """ "soft": amber frame and ⚠ with the reason (possible, confirm when saving);
        "hard": red frame and ✖ (refused, kept on screen until corrected); "" or "ok":
        plain. Icon and words, never the colour alone."""
        level = level if level in ("soft", "hard") else ""
        self._judgement = level
        colour = {"soft": theme.FOCUS, "hard": theme.ERROR}.get(level)
        self._button.setStyleSheet(
            f"QPushButton {{ border: 4px solid {colour}; }}" if colour else ""
        )
        self._note.setText({"soft": "⚠ ", "hard": "✖ "}.get(level, "") + text if level else "")
        self._note.setStyleSheet(
            f"color: {theme.ERROR}; font-weight: bold;"
            if level == "hard"
            else f"color: {theme.TEXT}; font-weight: bold;"
        )
        self._note.setVisible(bool(level and text))

    def judgement(self) -> str:
        return self._judgement

    def note_text(self) -> str:
        return self._note.text() if self._note.isVisibleTo(self) else ""

    # -- display ----------------------------------------------------------------------------
    def value_button(self) -> QPushButton:
        return self._button

    def display_text(self) -> str:
        return self._button.text()

    def _range_text(self) -> str:
        if self._minimum is None or self._maximum is None:
            return ""
        low = self._shown(self._minimum)
        high = self._shown(self._maximum)
        return f"{low}–{high} {self._unit}".strip()

    def _shown(self, value: Number | None) -> str:
        if self._trim and value is not None and float(value).is_integer():
            return format_number(value, 0)
        return format_number(value, self._decimals)

    def _refresh(self) -> None:
        self._label_widget.setText(self._label)
        self._label_widget.setVisible(bool(self._label))
        if self._editing:
            shown = self._editing_text or "…"
        else:
            shown = self._shown(self._value) or "—"
        self._button.setText(f"{shown} {self._unit}".strip())
        self._hint.setText(self.range_hint())
        self._hint.setVisible(bool(self._hint.text()))
        self._button.setProperty("editing", "true" if self._editing else "false")
        theme.repolish(self._button)

    def retranslate(self) -> None:
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
