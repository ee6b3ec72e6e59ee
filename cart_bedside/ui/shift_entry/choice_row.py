"""One neuro domain: a row of big exclusive answers and "attributable to another cause"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .. import theme
from ..qt_types import group_button


class ChoiceRowWidget(QWidget):
    """``codes`` are the answers' values (e.g. ``Seizure`` values); the owner sets
    the texts with :meth:`set_texts` in its ``retranslate()``.

    ``value()`` is the chosen code or None; ``other_cause()`` the state of the
    "attributable to another cause" toggle (shown when ``with_other_cause``).
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        codes: Sequence[str],
        with_other_cause: bool = True,
        columns: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = list(codes)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        columns = columns or len(self._codes)
        span = max(columns, 1)
        grid.addWidget(self._title, 0, 0, 1, span)
        for index, code in enumerate(self._codes):
            button = QPushButton()
            button.setObjectName(f"{name}_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(96)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._group.addButton(button, index)
            grid.addWidget(button, 1 + index // columns, index % columns)
        self._group.idToggled.connect(self._on_toggled)
        self._other = QPushButton()
        self._other.setObjectName(f"{name}_other_cause")
        self._other.setCheckable(True)
        self._other.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._other.toggled.connect(self._on_other)
        self._other.setVisible(with_other_cause)
        rows = 1 + (len(self._codes) - 1) // columns
        grid.addWidget(self._other, 1 + rows, 0, 1, span, Qt.AlignmentFlag.AlignLeft)
        self._other_text = ""

    # -- texts (set by the owner) -------------------------------------------------------
    def set_texts(self, title: str, answers: Sequence[str], other_cause: str = "") -> None:
        self._title.setText(title)
        for index, text in enumerate(answers):
            self._group.button(index).setText(text)
        self._other_text = other_cause
        self._refresh_other()

    # -- model API ------------------------------------------------------------------
    def value(self) -> str | None:
        index = self._group.checkedId()
        return None if index < 0 else self._codes[index]

    def set_value(self, code: str | None) -> None:
        self._group.blockSignals(True)
        if code is None or code not in self._codes:
            self._group.setExclusive(False)  # an exclusive group cannot uncheck its last one
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._group.button(self._codes.index(code)).setChecked(True)
        self._group.blockSignals(False)

    def other_cause(self) -> bool:
        return self._other.isChecked()

    def set_other_cause(self, on: bool) -> None:
        self._other.blockSignals(True)
        self._other.setChecked(on)
        self._other.blockSignals(False)
        self._refresh_other()

    def button(self, code: str) -> QPushButton:
        return group_button(self._group, self._codes.index(code))

    # -- internals --------------------------------------------------------------------------
    def _on_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def _on_other(self, _checked: bool) -> None:
        self._refresh_other()
        self.changed.emit()

    def _refresh_other(self) -> None:
        mark = "✔" if self._other.isChecked() else "□"
        self._other.setText(f"{mark} {self._other_text}")
