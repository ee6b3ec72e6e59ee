"""A required reason: one tap on a common one, or typed (free text may use the OS keyboard)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..qt_types import group_button


class ReasonField(QWidget):
    """Quick reasons as exclusive buttons plus a line to type one.

    The owner sets the texts (``set_texts(prompt, quick)``) in its
    ``retranslate()``. ``reason()`` is the typed text if any, else the chosen
    quick reason, else "". Typing unchecks the quick reasons; a tap on one
    clears the typed text. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(
        self, quick_count: int = 3, columns: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._prompt = QLabel()
        self._prompt.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(6)
        for index in range(quick_count):
            button = QPushButton()
            button.setObjectName(f"reason_{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._group.addButton(button, index)
            grid.addWidget(button, index // columns, index % columns)
        self._group.idToggled.connect(self._on_quick)
        self._typed = QLineEdit()
        self._typed.setObjectName("reason_typed")
        # only a tap focuses it: a dialog opening must not pop up the OS keyboard
        self._typed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._typed.textEdited.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._prompt)
        layout.addLayout(grid)
        layout.addWidget(self._typed)

    def set_texts(self, prompt: str, quick: Sequence[str], placeholder: str = "") -> None:
        self._prompt.setText(prompt)
        self._prompt.setVisible(bool(prompt))
        for index, button in enumerate(self._group.buttons()):
            text = quick[index] if index < len(quick) else ""
            button.setText(text)
            button.setVisible(bool(text))
        self._typed.setPlaceholderText(placeholder)

    def reason(self) -> str:
        typed = self._typed.text().strip()
        if typed:
            return typed
        button = self._group.checkedButton()
        return button.text() if button is not None else ""

    def set_reason(self, text: str) -> None:
        self._uncheck()
        self._typed.setText(text)
        self.changed.emit()

    def choose(self, index: int) -> None:
        self._group.button(index).click()

    def quick_button(self, index: int) -> QPushButton:
        return group_button(self._group, index)

    def line_edit(self) -> QLineEdit:
        return self._typed

    def clear(self) -> None:
        self.set_reason("")

    def _uncheck(self) -> None:
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)

    def _on_quick(self, _index: int, checked: bool) -> None:
        if checked:
            self._typed.clear()
            self.changed.emit()

    def _on_typed(self, text: str) -> None:
        if text.strip():
            self._uncheck()
        self.changed.emit()
