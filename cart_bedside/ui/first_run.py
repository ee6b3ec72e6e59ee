"""First run of a new ward: create the administrator's account, then sign in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..logic.validation import ValidationError
from ..service import PermissionDenied
from . import theme
from .language_toggle import LanguageToggle
from .pin_pad import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinKeypad


class FirstRunWidget(QWidget):
    """User name, display name and a PIN typed twice on the keypad.

    ``create()`` calls ``service.create_first_admin``, emits
    ``created(user)`` and then (``sign_in_after``, the default) signs the
    new administrator in through ``session.sign_in``; from then on the ward
    uses the normal sign-in screen.
    """

    created = Signal(object)

    STEP_PIN, STEP_CONFIRM = 1, 2

    def __init__(
        self, session, parent: QWidget | None = None, *, sign_in_after: bool = True
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._sign_in_after = sign_in_after
        self._step = self.STEP_PIN
        self._first_pin = ""
        self._error: Callable[[], str] | None = None

        self._title = QLabel()
        self._title.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 11}px; font-weight: bold;")
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._intro)
        header.addLayout(titles, 1)
        header.addWidget(LanguageToggle(session), 0, Qt.AlignmentFlag.AlignTop)

        self._username = QLineEdit()
        self._username.setObjectName("username")
        self._display_name = QLineEdit()
        self._display_name.setObjectName("displayName")
        for edit in (self._username, self._display_name):
            edit.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._username_label = QLabel()
        self._display_label = QLabel()
        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._hint.setWordWrap(True)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self._username_label, self._username)
        form.addRow(self._display_label, self._display_name)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self._hint)
        left.addStretch(1)

        self._keypad = PinKeypad()
        self._keypad.setMaximumWidth(460)
        self._keypad.setMaximumHeight(480)
        self._keypad.button("ok").setProperty("role", "primary")
        self._keypad.submitted.connect(lambda _pin: self._pin_submitted())
        self._restart = QPushButton()
        self._restart.setObjectName("restartPin")
        self._restart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._restart.clicked.connect(self.restart_pin)
        self._message = QLabel()
        self._message.setProperty("role", "error")
        self._message.setWordWrap(True)
        self._message.setMinimumHeight(2 * theme.BASE_FONT_PX + 12)
        self._message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self._keypad, 1)
        right.addWidget(self._restart, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self._message)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(480)

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addLayout(left, 1)
        body.addWidget(right_box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(16)
        outer.addLayout(header)
        outer.addLayout(body, 1)

        session.language_changed.connect(self._on_language_changed)
        self.retranslate()

    # -- model API -----------------------------------------------------------------------
    def keypad(self) -> PinKeypad:
        return self._keypad

    def step(self) -> int:
        """1 while the PIN is chosen, 2 while it is typed again."""
        return self._step

    def set_username(self, text: str) -> None:
        self._username.setText(text)

    def set_display_name(self, text: str) -> None:
        self._display_name.setText(text)

    def error_text(self) -> str:
        return self._message.text()

    def enter_pin(self, pin: str) -> None:
        """Type ``pin`` and press OK (as the keypad would)."""
        self._keypad.set_pin(pin)
        self._keypad.press("ok")

    def restart_pin(self) -> None:
        self._first_pin = ""
        self._step = self.STEP_PIN
        self._keypad.clear()
        self._show_step()

    def create_admin(self, pin: str):
        """Create the administrator with ``pin``; returns the user or None (error shown)."""
        username = self._username.text().strip()
        display_name = self._display_name.text().strip() or username
        try:
            user = self._session.service.create_first_admin(username, display_name, pin)
        except (ValidationError, PermissionDenied) as error:
            message = error.message
            self._set_error(lambda: self._session.render(message))
            return None
        self._set_error(None)
        self.created.emit(user)
        if self._sign_in_after:
            self._session.sign_in(username, pin)
        return user

    # -- widget ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Welcome: set up the ward"))
        self._intro.setText(
            self.tr(
                "This ward has no users yet. Create the administrator's account; the "
                "administrator then adds the nurses and physicians."
            )
        )
        self._username_label.setText(self.tr("User name"))
        self._display_label.setText(self.tr("Name shown"))
        self._username.setPlaceholderText(self.tr("e.g. admin"))
        self._display_name.setPlaceholderText(self.tr("e.g. Head nurse Wang"))
        self._hint.setText(
            self.tr(
                "The PIN has {low} to {high} digits. Keep it secret: every record you "
                "sign carries your name."
            ).format(low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
        )
        self._restart.setText(self.tr("Choose the PIN again"))
        self._show_step()
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals -------------------------------------------------------------------------
    def _show_step(self) -> None:
        if self._step == self.STEP_PIN:
            self._keypad.set_prompt(self.tr("1. Choose a PIN"))
            self._keypad.set_ok_text(self.tr("Next"))
        else:
            self._keypad.set_prompt(self.tr("2. Type the same PIN again"))
            self._keypad.set_ok_text(self.tr("Create"))
        self._restart.setVisible(self._step == self.STEP_CONFIRM)

    def _pin_submitted(self) -> None:
        pin = self._keypad.pin()
        if not self._username.text().strip():
            self._set_error(lambda: self.tr("Type a user name first."))
            return
        if any(ch.isspace() for ch in self._username.text().strip()):
            self._set_error(lambda: self.tr("A user name has no spaces."))
            return
        if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
            self._set_error(lambda: self.tr("A PIN has 4 to 8 digits."))
            return
        self._keypad.clear()
        if self._step == self.STEP_PIN:
            self._first_pin = pin
            self._step = self.STEP_CONFIRM
            self._set_error(None)
            self._show_step()
            return
        first, self._first_pin = self._first_pin, ""
        if pin != first:
            self._step = self.STEP_PIN
            self._show_step()
            self._set_error(lambda: self.tr("The two PINs differ. Choose the PIN again."))
            return
        self._step = self.STEP_PIN
        self._show_step()
        self.create_admin(pin)

    def _on_language_changed(self, _lang: str) -> None:
        self._show_error()

    def _set_error(self, error: Callable[[], str] | None) -> None:
        self._error = error
        self._show_error()

    def _show_error(self) -> None:
        self._message.setText(self._error() if self._error is not None else "")
