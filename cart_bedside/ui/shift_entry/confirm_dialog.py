"""Confirm unusual (soft-limit) values with a reason before the entry is saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..qt_types import group_button
from .pin_dialog import DIALOG_FRAME

QUICK_REASONS = 3


class ConfirmDialog(QDialog):
    """Lists the values outside the soft limits; OK needs a reason.

    A reason is one tap on a common one (no keyboard needed) or typed.
    ``reason()`` gives it after ``accepted``. Open with ``open()``.
    """

    def __init__(self, warnings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("confirm_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="confirm_dialog"))
        self._warnings = list(warnings)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._title.setWordWrap(True)
        self._list = QLabel("\n".join(f"• {w}" for w in self._warnings))
        self._list.setObjectName("confirm_list")
        self._list.setWordWrap(True)
        self._list.setProperty("role", "error")
        self._ask = QLabel()
        self._ask.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        quick = QVBoxLayout()
        for index in range(QUICK_REASONS):
            button = QPushButton()
            button.setObjectName(f"reason_{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._group.addButton(button, index)
            quick.addWidget(button)
        self._group.idToggled.connect(lambda _i, _c: self._update())
        self._typed = QLineEdit()
        self._typed.setObjectName("reason_typed")
        self._typed.textEdited.connect(self._on_typed)
        self._ok = QPushButton()
        self._ok.setObjectName("confirm_ok")
        self._ok.setProperty("role", "primary")
        self._cancel = QPushButton()
        self._cancel.setObjectName("confirm_cancel")
        for button in (self._ok, self._cancel):
            button.setMinimumWidth(180)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self._ok.clicked.connect(self.accept)
        self._cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._list)
        layout.addWidget(self._ask)
        layout.addLayout(quick)
        layout.addWidget(self._typed)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.retranslate()
        self._update()

    def _quick_texts(self) -> list[str]:
        return [
            self.tr("Re-measured: the value is correct"),
            self.tr("Matches the patient's condition"),
            self.tr("Physician informed"),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Confirm unusual values"))
        self._title.setText(self.tr("These values are unusual. Please check them."))
        self._ask.setText(self.tr("Why are they correct? Choose or type a reason:"))
        for index, text in enumerate(self._quick_texts()):
            self._group.button(index).setText(text)
        self._typed.setPlaceholderText(self.tr("Other reason"))
        self._ok.setText(self.tr("Confirm"))
        self._cancel.setText(self.tr("Back to the values"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def reason(self) -> str:
        index = self._group.checkedId()
        if index >= 0:
            return self._group.button(index).text()
        return self._typed.text().strip()

    def warnings(self) -> list[str]:
        return list(self._warnings)

    def reason_button(self, index: int) -> QPushButton:
        return group_button(self._group, index)

    def reason_edit(self) -> QLineEdit:
        return self._typed

    def ok_button(self) -> QPushButton:
        return self._ok

    def cancel_button(self) -> QPushButton:
        return self._cancel

    def accept(self) -> None:
        if self.reason():
            super().accept()

    # -- internals ------------------------------------------------------------------------
    def _on_typed(self, _text: str) -> None:
        chosen = self._group.checkedButton()
        if chosen is not None:  # typing replaces a chosen quick reason
            self._group.setExclusive(False)
            chosen.setChecked(False)
            self._group.setExclusive(True)
        self._update()

    def _update(self) -> None:
        self._ok.setEnabled(bool(self.reason()))
