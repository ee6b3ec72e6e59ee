"""A new user (name, role, PIN) or a new PIN for one; the PIN typed twice on the keypad."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...service.types import ROLES
from .. import theme
from ..pin_pad import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinKeypad
from ..shift_entry.pin_dialog import DIALOG_FRAME


class UserDialog(QDialog):
    """``mode="create"``: username and display name (typed), role, PIN; ``mode="reset"``:
    a new PIN for ``username``. The PIN is typed twice on a PIN keypad (dots only).

    ``submitted(dict)`` carries ``username``, ``display_name``, ``role``, ``pin``;
    the owner calls the service, then ``accept()`` or ``show_error(text)``
    (the PIN is asked again). ``enter_pin(pin)`` types a PIN (tests, hardware
    keys). Open with ``open()``.
    """

    submitted = Signal(dict)

    def __init__(
        self,
        mode: str = "create",
        username: str = "",
        display_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("user_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="user_dialog"))
        self._mode = mode
        self._username = username
        self._display_name = display_name
        self._first_pin: str | None = None
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self.username = QLineEdit(username)
        self.username.setObjectName("new_username")
        self.username.setMaxLength(30)
        self.display_name = QLineEdit(display_name)
        self.display_name.setObjectName("new_display_name")
        self.display_name.setMaxLength(60)
        self._roles = QButtonGroup(self)
        self._roles.setExclusive(True)
        roles = QHBoxLayout()
        for index, role in enumerate(ROLES):
            button = QPushButton()
            button.setObjectName(f"role_{role}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            self._roles.addButton(button, index)
            roles.addWidget(button)
        self._roles.button(0).setChecked(True)
        self._labels = {k: QLabel() for k in ("username", "display_name", "role")}
        form = QGridLayout()
        form.setVerticalSpacing(8)
        rows: tuple[tuple[str, QWidget | QLayout], ...] = (
            ("username", self.username),
            ("display_name", self.display_name),
            ("role", roles),
        )
        for row, (key, item) in enumerate(rows):
            form.addWidget(self._labels[key], row, 0)
            if isinstance(item, QWidget):
                form.addWidget(item, row, 1)
            else:
                form.addLayout(item, row, 1)
        form.setRowStretch(3, 1)
        self.keypad = PinKeypad()
        self.keypad.setObjectName("user_pin_keypad")
        self.keypad.setMinimumWidth(340)
        self.keypad.submitted.connect(self._on_pin)
        self._error = QLabel()
        self._error.setObjectName("user_dialog_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("user_cancel")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self._title)
        if mode == "create":
            left.addLayout(form)
        else:
            left.addStretch(1)
        left.addWidget(self._error)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)
        self.setMinimumWidth(880 if mode == "create" else 720)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def role(self) -> str:
        return ROLES[max(0, self._roles.checkedId())]

    def set_role(self, role: str) -> None:
        self._roles.button(ROLES.index(role)).setChecked(True)

    def enter_pin(self, pin: str) -> None:
        for digit in pin:
            self.keypad.press(digit)
        self.keypad.press("ok")

    def show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()
        self._restart()

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    def values(self) -> dict:
        return {
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "role": self.role(),
        }

    # -- internals --------------------------------------------------------------------------
    def _on_pin(self, pin: str) -> None:
        if not (PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
            self._error.setText(
                self.tr("The PIN must be {low} to {high} digits").format(
                    low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS
                )
            )
            self._error.show()
            self.keypad.clear()
            return
        if self._first_pin is None:
            self._first_pin = pin
            self._error.hide()
            self.keypad.clear()
            self._prompt()
            return
        if pin != self._first_pin:
            self.show_error(self.tr("The two PINs differ: type the new PIN again"))
            return
        self.submitted.emit({**self.values(), "pin": pin})

    def _restart(self) -> None:
        self._first_pin = None
        self.keypad.clear()
        self._prompt()

    def _prompt(self) -> None:
        if self._first_pin is None:
            self.keypad.set_prompt(
                self.tr("Type the new PIN ({low}–{high} digits)").format(
                    low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS
                )
            )
            self.keypad.set_ok_text(self.tr("Next"))
        else:
            self.keypad.set_prompt(self.tr("Type the same PIN again"))
            self.keypad.set_ok_text(
                self.tr("Create user") if self._mode == "create" else self.tr("Set the PIN")
            )

    def retranslate(self) -> None:
        if self._mode == "create":
            self._title.setText(self.tr("New user"))
        else:
            self._title.setText(
                self.tr("New PIN for {name} ({user})").format(
                    name=self._display_name, user=self._username
                )
            )
        self.setWindowTitle(self._title.text())
        self._labels["username"].setText(self.tr("Username"))
        self._labels["display_name"].setText(self.tr("Name shown"))
        self._labels["role"].setText(self.tr("Role"))
        names = {
            "nurse": self.tr("Nurse"),
            "physician": self.tr("Physician"),
            "admin": self.tr("Administrator"),
        }
        for index, role in enumerate(ROLES):
            self._roles.button(index).setText(names[role])
        self.username.setPlaceholderText(self.tr("e.g. wangli"))
        self.display_name.setPlaceholderText(self.tr("e.g. 王丽"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._prompt()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
