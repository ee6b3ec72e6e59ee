"""Free text with one-tap common values (CAR-T target, costimulatory domain)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from .. import theme


class QuickTextField(QWidget):
    """A line edit and a button per common value; a tap puts the value in the line
    (and checks that button), typing something else unchecks it.

    ``text()``, ``set_text()``, ``button(value)``. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for value in values:
            button = QPushButton(value)
            button.setObjectName(f"quick_{value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            button.clicked.connect(lambda _c=False, v=value: self.set_text(v))
            self._buttons[value] = button
            layout.addWidget(button)
        self._edit = QLineEdit()
        self._edit.setMinimumWidth(90)
        self._edit.textChanged.connect(self._on_text)
        layout.addWidget(self._edit, 1)

    def text(self) -> str:
        return self._edit.text().strip()

    def set_text(self, text: str) -> None:
        if self._edit.text() == text:
            self._on_text(text)  # re-check the button a tap may have unchecked
        else:
            self._edit.setText(text)

    def button(self, value: str) -> QPushButton:
        return self._buttons[value]

    def line_edit(self) -> QLineEdit:
        return self._edit

    def _on_text(self, text: str) -> None:
        for value, button in self._buttons.items():
            button.setChecked(value == text.strip())
        self.changed.emit()
