"""One syndrome's grade as a physician judges it: buttons 0–5, the computed one marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...logic.physician_grade import PHYSICIAN_GRADES
from .. import theme
from ..qt_types import group_button


class GradeChoiceWidget(QWidget):
    """``GradeChoiceWidget(kind, computed)``: a caption and one exclusive button per grade
    (0–5; 5 is only ever a physician's grade). The computed grade starts checked; the
    caption says which it is (``set_caption``). ``value()``, ``set_value()``,
    ``button(grade)``, ``corrected`` (a grade other than the computed one).
    Signal ``changed(int)``.
    """

    changed = Signal(int)

    def __init__(self, kind: str, computed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.computed = computed
        self._caption = QLabel()
        self._caption.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._caption)
        for grade in PHYSICIAN_GRADES:
            button = QPushButton(str(grade))
            button.setObjectName(f"grade_{kind.lower()}_{grade}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            # Six in a row beside the grade: narrower than a standard large button, as tall.
            button.setStyleSheet("QPushButton { min-width: 40px; padding: 4px 4px; }")
            button.setFixedWidth(58)
            self._group.addButton(button, grade)
            row.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button(computed).setChecked(True)
        self._group.idToggled.connect(self._toggled)

    def _toggled(self, grade: int, on: bool) -> None:
        if on:
            self.changed.emit(grade)

    def value(self) -> int:
        return self._group.checkedId()

    def set_value(self, grade: int) -> None:
        self.button(grade).setChecked(True)

    def button(self, grade: int) -> QPushButton:
        return group_button(self._group, grade)

    @property
    def corrected(self) -> bool:
        return self.value() != self.computed

    def set_caption(self, caption: str) -> None:
        self._caption.setText(caption)

    def caption(self) -> str:
        return self._caption.text()
