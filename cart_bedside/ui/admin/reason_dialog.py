"""Confirm an admin action with a reason (deactivate, reactivate, change role, restore)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..admission.reason_field import ReasonField
from ..shift_entry.pin_dialog import DIALOG_FRAME


class ReasonDialog(QDialog):
    """A question, optional exclusive ``choices`` (``(code, text)``, e.g. the new role),
    and a required reason (quick reasons or typed). OK is enabled once a reason
    (and a choice, if offered) is given; ``reason()`` and ``choice()`` after
    ``accepted``. ``danger=True`` paints OK as a destructive action.

    The texts come translated from the owner (the dialog lives only while open).
    Open with ``open()``.
    """

    def __init__(self, title: str, text: str, ok_text: str, cancel_text: str,
                 reason_prompt: str, quick_reasons: Sequence[str], placeholder: str = "",
                 choices: Sequence[tuple[str, str]] = (), current: str | None = None,
                 danger: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("reason_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="reason_dialog"))
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        body = QLabel(text)
        body.setObjectName("reason_dialog_text")
        body.setWordWrap(True)
        if danger:
            body.setProperty("role", "error")
        self._codes = [code for code, _ in choices]
        self._choices = QButtonGroup(self)
        self._choices.setExclusive(True)
        row = QHBoxLayout()
        for index, (code, label) in enumerate(choices):
            button = QPushButton(label)
            button.setObjectName(f"choice_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(140)
            button.setEnabled(code != current)
            theme.touch_size(button)
            self._choices.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self._choices.idToggled.connect(lambda _i, _c: self._update())
        self.reason_field = ReasonField(len(quick_reasons), columns=min(2, len(quick_reasons)))
        self.reason_field.set_texts(reason_prompt, list(quick_reasons), placeholder)
        self.reason_field.changed.connect(self._update)
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("reason_ok")
        self.ok_button.setProperty("role", "danger" if danger else "primary")
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName("reason_cancel")
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumWidth(180)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        if choices:
            layout.addLayout(row)
        layout.addWidget(self.reason_field)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self._update()

    def reason(self) -> str:
        return self.reason_field.reason()

    def choice(self) -> str | None:
        index = self._choices.checkedId()
        return self._codes[index] if index >= 0 else None

    def choice_button(self, code: str) -> QPushButton:
        return self._choices.button(self._codes.index(code))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def _update(self) -> None:
        ready = bool(self.reason()) and (not self._codes or self.choice() is not None)
        self.ok_button.setEnabled(ready)
