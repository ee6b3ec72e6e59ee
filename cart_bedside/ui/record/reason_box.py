"""A reason in one tap (common reasons as buttons) or typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..qt_types import group_button


class ReasonBox(QWidget):
    """Quick-reason buttons (the owner sets their texts, and re-sets them on a
    language change) and a line to type another reason.

    ``reason()`` is the chosen button's text or the typed text (trimmed);
    typing un-chooses a button. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idToggled.connect(lambda _i, _c: self.changed.emit())
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self._typed = QLineEdit()
        self._typed.setObjectName("reason_typed")
        self._typed.textEdited.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addWidget(self._typed)

    # -- owner API ------------------------------------------------------------------------
    def set_quick_reasons(self, texts: Sequence[str]) -> None:
        """(Re)label the quick reasons; a chosen one stays chosen."""
        buttons = self._group.buttons()
        for index, text in enumerate(texts):
            if index < len(buttons):
                buttons[index].setText(text)
                continue
            button = QPushButton(text)
            button.setObjectName(f"reason_{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._group.addButton(button, index)
            self._grid.addWidget(button, index // self._columns, index % self._columns)
        self.changed.emit()

    def set_placeholder(self, text: str) -> None:
        self._typed.setPlaceholderText(text)

    # -- model API ----------------------------------------------------------------------
    def reason(self) -> str:
        button = self._group.checkedButton()
        if button is not None:
            return button.text().strip()
        return self._typed.text().strip()

    def choose(self, index: int) -> None:
        self._group.button(index).setChecked(True)

    def set_text(self, text: str) -> None:
        """Type a reason (as the nurse would on the keyboard)."""
        self._typed.setText(text)
        self._on_typed(text)

    def clear(self) -> None:
        self._uncheck()
        self._typed.clear()
        self.changed.emit()

    def quick_button(self, index: int) -> QPushButton:
        return group_button(self._group, index)

    def line_edit(self) -> QLineEdit:
        return self._typed

    # -- internals --------------------------------------------------------------------------
    def _uncheck(self) -> None:
        checked = self._group.checkedButton()
        if checked is not None:
            self._group.setExclusive(False)
            checked.setChecked(False)
            self._group.setExclusive(True)

    def _on_typed(self, _text: str) -> None:
        self._uncheck()
        self.changed.emit()
