"""Confirm an action with a reason: admin actions, withdrawing a record, acknowledging an alert."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..shift_entry.pin_dialog import DIALOG_FRAME
from .reason_field import ReasonField


class ReasonDialog(QDialog):
    """A heading, an optional question ``text`` and ``details`` (what it is about, in a
    panel), optional exclusive ``choices`` (``(code, text)``, e.g. the new role), and a
    reason (quick reasons or typed).

    With ``required=True`` OK is enabled once a reason (and a choice, if offered) is
    given; with ``required=False`` the reason is an optional note. ``reason()`` and
    ``choice()`` after ``accepted``. ``danger=True`` paints OK as a destructive action.

    The texts come translated from the owner (``set_texts`` re-labels them, e.g. in a
    subclass's ``retranslate()``). Open with ``open()``.
    """

    def __init__(
        self,
        title: str = "",
        text: str = "",
        ok_text: str = "",
        cancel_text: str = "",
        reason_prompt: str = "",
        quick_reasons: Sequence[str] = (),
        placeholder: str = "",
        choices: Sequence[tuple[str, str]] = (),
        current: str | None = None,
        danger: bool = False,
        parent: QWidget | None = None,
        *,
        details: str = "",
        required: bool = True,
        quick_count: int | None = None,
        columns: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setModal(True)
        self.setObjectName("reason_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="reason_dialog"))
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._heading.setWordWrap(True)
        self._body = QLabel()
        self._body.setObjectName("reason_dialog_text")
        self._body.setWordWrap(True)
        if danger:
            self._body.setProperty("role", "error")
        self._details = QLabel(details)
        self._details.setObjectName("reason_details")
        self._details.setWordWrap(True)
        self._details.setStyleSheet(f"background: {theme.PANEL}; border-radius: 6px; padding: 8px;")
        self._details.setVisible(bool(details))
        self._codes = [code for code, _ in choices]
        self._choices = QButtonGroup(self)
        self._choices.setExclusive(True)
        # Two per row: four long reasons side by side were cut off in English at 1280×800.
        row = QGridLayout()
        for index, (code, label) in enumerate(choices):
            button = QPushButton(label)
            button.setObjectName(f"choice_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(140)
            button.setEnabled(code != current)
            theme.touch_size(button)
            self._choices.addButton(button, index)
            row.addWidget(button, index // 2, index % 2)
        self._choices.idToggled.connect(lambda _i, _c: self._update())
        count = len(quick_reasons) if quick_count is None else quick_count
        self.reason_field = ReasonField(count, columns=columns or max(1, min(2, count)))
        self.reason_field.changed.connect(self._update)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("reason_ok")
        self.ok_button.setProperty("role", "danger" if danger else "primary")
        self.cancel_button = QPushButton()
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
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addWidget(self._details)
        if choices:
            layout.addLayout(row)
        layout.addWidget(self.reason_field)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.set_texts(title, text, ok_text, cancel_text, reason_prompt, quick_reasons, placeholder)

    def set_texts(
        self,
        title: str,
        text: str,
        ok_text: str,
        cancel_text: str,
        reason_prompt: str,
        quick_reasons: Sequence[str],
        placeholder: str = "",
        window_title: str = "",
    ) -> None:
        """(Re)label the dialog (the window title is ``title`` unless given); a chosen
        reason stays chosen."""
        self.setWindowTitle(window_title or title)
        self._heading.setText(title)
        self._body.setText(text)
        self._body.setVisible(bool(text))
        self.reason_field.set_texts(reason_prompt, list(quick_reasons), placeholder)
        self.ok_button.setText(ok_text)
        self.cancel_button.setText(cancel_text)
        self._update()

    def reason(self) -> str:
        return self.reason_field.reason()

    def details(self) -> str:
        return self._details.text()

    def choice(self) -> str | None:
        index = self._choices.checkedId()
        return self._codes[index] if index >= 0 else None

    def choice_button(self, code: str) -> QPushButton:
        # the group holds only the QPushButtons made in __init__
        return cast(QPushButton, self._choices.button(self._codes.index(code)))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def _update(self) -> None:
        ready = not self.required or bool(self.reason())
        self.ok_button.setEnabled(ready and (not self._codes or self.choice() is not None))
