"""The sign-in screen: tap your name, type your PIN on the big keypad."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..service import SignInError
from . import theme
from .language_toggle import LanguageToggle
from .pin_pad import PIN_MIN_DIGITS, PinKeypad
from .sign_in_ahead import PinAhead

if TYPE_CHECKING:
    from ..service.types import User


class SignInWidget(QWidget):
    """User buttons (or a typed user name), a PIN keypad, and the reason a sign-in failed.

    On success ``session.sign_in`` emits ``session.signed_in``; this widget
    also emits ``signed_in(user)``. ``reset()`` clears the PIN (the tablet
    locked) and preselects whoever signed in last. While the PIN is typed its
    key is derived ahead (``ahead``, :mod:`.sign_in_ahead`).
    """

    signed_in = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._selected = ""  # username of the checked button
        self._last_username = ""
        self._error: Callable[[], str] | None = None
        self._user_buttons: dict[str, QPushButton] = {}
        self._users: list[User] = []

        self._title = QLabel()
        self._title.setObjectName("appTitle")
        self._title.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 11}px; font-weight: bold;")
        self._ward = QLabel()
        self._ward.setProperty("role", "hint")
        self._language = LanguageToggle(session)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._ward)
        header.addLayout(titles, 1)
        header.addWidget(self._language, 0, Qt.AlignmentFlag.AlignTop)

        # -- left: who
        self._who = QLabel()
        self._who.setProperty("role", "heading")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._users_box = QWidget()
        self._users_grid = QGridLayout(self._users_box)
        self._users_grid.setContentsMargins(0, 0, 0, 0)
        self._users_grid.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A viewport made here (before the widget it shows: replacing one deletes it): the
        # first widget Qt made that Python asks for (``scroll.viewport()``) costs ≈ 10 ms
        # of type set-up before the first paint.
        viewport = QWidget()
        scroll.setViewport(viewport)
        scroll.setWidget(self._users_box)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._typed_label = QLabel()
        self._typed = QLineEdit()
        self._typed.setObjectName("typedUsername")
        self._typed.setMinimumHeight(theme.TOUCH_LARGE_PX)
        self._typed.textEdited.connect(self._on_typed)
        self._typed.returnPressed.connect(self._keypad_focus)
        left = QVBoxLayout()
        left.addWidget(self._who)
        left.addWidget(scroll, 1)
        left.addWidget(self._typed_label)
        left.addWidget(self._typed)

        # -- right: PIN
        self._chosen = QLabel()
        self._chosen.setObjectName("chosenUser")
        self._chosen.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 5}px; font-weight: bold;")
        self._chosen.setWordWrap(True)
        self._keypad = PinKeypad()  # the one PIN pad: its error line is the message line
        self._keypad.button("ok").setProperty("role", "primary")
        self._keypad.submitted.connect(lambda _pin: self.sign_in())
        self.ahead = PinAhead(
            lambda user, pin: self._session.service.pin_preparation(user, pin), PIN_MIN_DIGITS
        )
        self._keypad.pinChanged.connect(self._prepare_pin)
        right = QVBoxLayout()
        right.addWidget(self._chosen)
        right.addWidget(self._keypad)
        right.addStretch(1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(480)
        right_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addLayout(left, 1)
        body.addWidget(right_box)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(16)
        outer.addLayout(header)
        outer.addLayout(body, 1)

        session.signed_in.connect(self._remember)
        # Bound methods, not lambdas: Qt drops the connection when this widget goes.
        session.language_changed.connect(self._on_language_changed)
        self.reload_users()
        self.retranslate()

    # -- model API -----------------------------------------------------------------------
    def reload_users(self) -> None:
        """Rebuild the user buttons from the active accounts."""
        for button in self._user_buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self._user_buttons.clear()
        service = self._session.service
        self._users = service.sign_in_accounts()
        self._ward.setText(service.ward_name())
        columns = 2
        for i, user in enumerate(self._users):
            button = QPushButton()
            button.setObjectName(f"user_{user.username}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button, "xlarge")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, name=user.username: self.select_user(name))
            self._group.addButton(button)
            self._user_buttons[user.username] = button
            self._users_grid.addWidget(button, i // columns, i % columns)
        self._users_grid.setRowStretch(len(self._users) // columns + 1, 1)
        self._label_user_buttons()
        if self._selected and self._selected not in self._user_buttons:
            self._selected = ""
        self._show_chosen()

    def usernames(self) -> list[str]:
        """The users offered as buttons, in order."""
        return [u.username for u in self._users]

    def user_button(self, username: str) -> QPushButton:
        return self._user_buttons[username]

    def language_toggle(self) -> LanguageToggle:
        return self._language

    def keypad(self) -> PinKeypad:
        return self._keypad

    def sign_in_button(self) -> QPushButton:
        """The keypad's OK key, labelled "Sign in"."""
        return self._keypad.button("ok")

    def select_user(self, username: str) -> None:
        """Choose a user (as tapping their button does); a typed name is cleared."""
        self._selected = username
        button = self._user_buttons.get(username)
        if button is not None:
            button.setChecked(True)
        self._typed.clear()
        self._set_error(None)
        self._show_chosen()
        self._prepare_pin()
        self._keypad_focus()

    def set_typed_username(self, text: str) -> None:
        self._typed.setText(text)
        self._on_typed(text)

    def username(self) -> str:
        """The chosen or typed user name ("" if none)."""
        return self._typed.text().strip() or self._selected

    def error_text(self) -> str:
        return self._keypad.error_text()

    def sign_in(self):
        """Try the chosen user and the typed PIN; returns the user or None."""
        username = self.username()
        pin = self._keypad.pin()
        if not username:
            self._set_error(lambda: self.tr("Tap your name first (or type your user name)."))
            return None
        if len(pin) < PIN_MIN_DIGITS:
            # Not sent to the service: a PIN this short cannot be right, and
            # trying it would cost one of the five attempts.
            self._set_error(lambda: self.tr("A PIN has 4 to 8 digits."))
            return None
        prepared = self.ahead.take(username, pin)  # (made for exactly these, or None)
        self._keypad.clear()
        try:
            user = self._session.sign_in(username, pin, prepared=prepared)
        except SignInError as error:
            message = error.message
            self._set_error(lambda: self._session.render(message))
            return None
        self._set_error(None)
        self.signed_in.emit(user)
        return user

    def reset(self) -> None:
        """Forget the PIN and any error (the tablet locked); keep the last user chosen."""
        self._keypad.clear()
        self.ahead.drop()
        self.reload_users()
        if self._last_username in self._user_buttons:
            self.select_user(self._last_username)
        reason = self._session.lock_reason
        self._set_error(None if reason is None else (lambda: self._session.render(reason)))

    # -- widget ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("CAR-T bedside chart"))
        self._who.setText(self.tr("Who is signing in?"))
        self._typed_label.setText(self.tr("Or type your user name:"))
        self._typed.setPlaceholderText(self.tr("user name"))
        self._keypad.set_ok_text(self.tr("Sign in"))
        self._keypad.setAccessibleName(self.tr("PIN"))
        self._label_user_buttons()
        self._show_chosen()
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keypad_focus()

    # -- internals -------------------------------------------------------------------------
    def role_text(self, role: str) -> str:
        return {
            "nurse": self.tr("Nurse"),
            "physician": self.tr("Physician"),
            "admin": self.tr("Administrator"),
        }.get(role, role)

    def _label_user_buttons(self) -> None:
        for user in self._users:
            button = self._user_buttons[user.username]
            button.setText(f"{user.display_name}\n{self.role_text(user.role)}")

    def _show_chosen(self) -> None:
        username = self.username()
        user = next((u for u in self._users if u.username == username), None)
        if user is not None:
            self._chosen.setText(user.display_name)
        else:
            self._chosen.setText(username or self.tr("Tap your name"))
        self._keypad.set_prompt(self.tr("Your PIN") if username else "")

    def _on_typed(self, text: str) -> None:
        if text.strip():
            self._selected = ""
            # An exclusive group keeps one button checked; lift that to uncheck it.
            self._group.setExclusive(False)
            for button in self._user_buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
        self._set_error(None)
        self._show_chosen()
        self._prepare_pin()

    def _prepare_pin(self, *_digits) -> None:
        """The user or the PIN changed: derive the key of what the keypad holds now."""
        self.ahead.want(self.username(), self._keypad.pin())

    def _keypad_focus(self) -> None:
        if self.isVisible():
            self._keypad.setFocus()

    def _remember(self, user) -> None:
        self._last_username = getattr(user, "username", "") or ""

    def _on_language_changed(self, _lang: str) -> None:
        self._show_error()

    def _set_error(self, error: Callable[[], str] | None) -> None:
        self._error = error
        self._show_error()

    def _show_error(self) -> None:
        self._keypad.set_error(self._error() if self._error is not None else "")
