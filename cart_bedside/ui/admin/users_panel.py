"""Users: create (PIN on the keypad), reset PIN, unlock, deactivate / reactivate, change role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...logic import audit_reasons
from ...logic.validation import ValidationError
from ...service import AdminService, PermissionDenied, ServiceError
from ...service.types import ROLES, StorageError, User
from .. import theme
from ..session import Session
from ..widgets.reason_dialog import ReasonDialog
from .user_dialog import UserDialog
from .users_table_model import UsersTableModel

ROW_HEIGHT = 52


class UsersPanel(QWidget):
    """The accounts in a table (tap a row to select it) and one button per action.

    Every action goes through ``AdminService`` (admin role, audited); refusals
    (own account, last admin, PIN format, duplicate name) show in the red line.
    Accounts are never deleted. ``refresh()`` re-reads the list; ``select(username)``.
    Signal ``changed()`` after every change.
    """

    changed = Signal()

    def __init__(
        self, session: Session, admin: AdminService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self.dialog: QWidget | None = None  # the open dialog (tests drive it)
        self.model = UsersTableModel(session.service.clock, self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key in ("create", "reset_pin", "unlock", "role", "active"):
            button = QPushButton()
            button.setObjectName(f"users_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["create"].setProperty("role", "primary")
        self.buttons["create"].clicked.connect(self.create_user)
        self.buttons["reset_pin"].clicked.connect(self.reset_pin)
        self.buttons["unlock"].clicked.connect(self.unlock)
        self.buttons["role"].clicked.connect(self.change_role)
        self.buttons["active"].clicked.connect(self.toggle_active)
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.admin.users())
        if selected is not None:
            self.select(selected.username)
        self._update()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update()

    # -- actions ----------------------------------------------------------------------------
    def create_user(self) -> UserDialog:
        dialog = UserDialog("create", parent=self.window())
        dialog.submitted.connect(
            lambda v: self._run(
                lambda: self.admin.create_user(
                    v["username"], v["display_name"], v["role"], v["pin"]
                ),
                self.tr("User {user} created").format(user=v["username"]),
                dialog,
                v["username"],
            )
        )
        return self._open(dialog)

    def reset_pin(self) -> UserDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = UserDialog("reset", user.username, user.display_name, self.window())
        dialog.submitted.connect(
            lambda v: self._run(
                lambda: self.admin.reset_pin(
                    user.username, v["pin"], reason=audit_reasons.PIN_RESET
                ),
                self.tr("New PIN set for {user}").format(user=user.username),
                dialog,
            )
        )
        return self._open(dialog)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(
                lambda: self.admin.unlock_user(user.username),
                self.tr("{user} unlocked").format(user=user.username),
            )

    def toggle_active(self) -> ReasonDialog | None:
        user = self.selected()
        if user is None:
            return None
        if user.active:
            dialog = self._reason_dialog(
                self.tr("Deactivate {user}?").format(user=user.username),
                self.tr(
                    "The account can no longer sign in. It is not deleted: its records "
                    "keep its name, and it can be reactivated."
                ),
                self.tr("Deactivate"),
                [self.tr("Left the ward"), self.tr("Long leave")],
                danger=True,
            )
            dialog.accepted.connect(
                lambda: self._run(
                    lambda: self.admin.deactivate_user(user.username, dialog.reason()),
                    self.tr("{user} deactivated").format(user=user.username),
                )
            )
        else:
            dialog = self._reason_dialog(
                self.tr("Reactivate {user}?").format(user=user.username),
                self.tr("The account can sign in again with its PIN."),
                self.tr("Reactivate"),
                [self.tr("Back on the ward")],
            )
            dialog.accepted.connect(
                lambda: self._run(
                    lambda: self.admin.reactivate_user(user.username, dialog.reason()),
                    self.tr("{user} reactivated").format(user=user.username),
                )
            )
        return self._open(dialog)

    def change_role(self) -> ReasonDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = self._reason_dialog(
            self.tr("Change the role of {user}").format(user=user.username),
            self.tr("Now: {role}").format(role=self.model.role_name(user.role)),
            self.tr("Change role"),
            [self.tr("New post")],
            choices=[(r, self.model.role_name(r)) for r in ROLES],
            current=user.role,
        )
        # OK is enabled only with a role chosen (the current one is chosen at first)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.admin.change_role(
                    user.username, dialog.choice() or user.role, dialog.reason()
                ),
                self.tr("{user} is now {role}").format(
                    user=user.username, role=self.model.role_name(dialog.choice() or user.role)
                ),
            )
        )
        return self._open(dialog)

    # -- internals --------------------------------------------------------------------------
    def _reason_dialog(
        self,
        title: str,
        text: str,
        ok: str,
        quick: list[str],
        danger: bool = False,
        choices=(),
        current=None,
    ) -> ReasonDialog:
        return ReasonDialog(
            title,
            text,
            ok,
            self.tr("Cancel"),
            self.tr("Reason (required)"),
            quick,
            self.tr("Other reason"),
            choices=choices,
            current=current,
            danger=danger,
            parent=self.window(),
        )

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _run(
        self, action, done: str, dialog: UserDialog | None = None, select: str | None = None
    ) -> bool:
        try:
            action()
        except ValidationError as error:
            return self._refused(error.render(self.session.lang), dialog)
        except (PermissionDenied, ServiceError, StorageError) as error:
            return self._refused(self.session.render(error.message), dialog)
        if dialog is not None:
            dialog.accept()
        self._say(done, error=False)
        self.refresh()
        if select:
            self.select(select)
        self.changed.emit()
        return True

    def _refused(self, text: str, dialog: UserDialog | None) -> bool:
        if dialog is not None:
            dialog.show_error(text)
        self._say(text, error=True)
        return False

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", "error" if error else "")
        theme.repolish(self.message)

    def _update(self) -> None:
        user = self.selected()
        for key in ("reset_pin", "unlock", "role", "active"):
            self.buttons[key].setEnabled(user is not None)
        if user is not None:
            self.buttons["unlock"].setEnabled(bool(user.locked_until or user.failed_attempts))
        self.buttons["active"].setText(
            self.tr("Reactivate…") if user and not user.active else self.tr("Deactivate…")
        )

    def retranslate(self) -> None:
        self.buttons["create"].setText(self.tr("New user…"))
        self.buttons["reset_pin"].setText(self.tr("Reset PIN…"))
        self.buttons["unlock"].setText(self.tr("Unlock"))
        self.buttons["role"].setText(self.tr("Change role…"))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
