"""Who ordered the dose: a ward physician in one tap, or a name typed in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QWidget

from .. import theme
from ..qt_types import group_button

OTHER = "__other__"
#: Physicians offered as buttons (more are typed: a consultant from another ward …).
MAX_BUTTONS = 4


class OrdererPicker(QWidget):
    """``set_people([(username, display name), …])`` makes one button each (the
    first ``MAX_BUTTONS``), plus "Other…" with a line for a name.

    ``value()`` is the chosen username, or the typed name; "" when none.
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idToggled.connect(self._on_toggled)
        self._keys: list[str] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._other_button = self._add_button(OTHER, "")
        self._other = QLineEdit()
        self._other.setObjectName("orderer_other_name")
        self._other.setVisible(False)
        self._other.textEdited.connect(lambda _t: self.changed.emit())
        self._layout.addWidget(self._other, 1)
        self._layout.addStretch(0)
        self.retranslate()

    def _add_button(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"orderer_{key}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumWidth(110)
        theme.touch_size(button)
        self._group.addButton(button, len(self._keys))
        self._keys.append(key)
        self._layout.insertWidget(len(self._keys) - 1, button)
        return button

    # -- model API ----------------------------------------------------------------------
    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        """The physicians to offer, before "Other…" (call once, after construction)."""
        for username, name in list(people)[:MAX_BUTTONS]:
            # keep "Other…" last: insert the new button before it
            button = QPushButton(name)
            button.setObjectName(f"orderer_{username}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(110)
            theme.touch_size(button)
            self._group.addButton(button, len(self._keys))
            self._keys.append(username)
            self._layout.insertWidget(self._layout.indexOf(self._other_button), button)

    def value(self) -> str:
        index = self._group.checkedId()
        if index < 0:
            return ""
        key = self._keys[index]
        return self._other.text().strip() if key == OTHER else key

    def set_value(self, value: str) -> None:
        """Choose a person by username, or type ``value`` as another name."""
        if value in self._keys and value != OTHER:
            self._group.button(self._keys.index(value)).setChecked(True)
        elif value:
            self._other_button.setChecked(True)
            self._other.setText(value)
        self.changed.emit()

    def button(self, username: str) -> QPushButton:
        """The button of ``username``, or "other" for Other…"""
        key = OTHER if username == "other" else username
        return group_button(self._group, self._keys.index(key))

    def other_edit(self) -> QLineEdit:
        return self._other

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._other_button.setText(self.tr("Other…"))
        self._other.setPlaceholderText(self.tr("Name of the ordering physician"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self._other.setVisible(self._other_button.isChecked())
            self.changed.emit()
