"""The users list as a table model: username, name, role, status (deactivated, never deleted)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ...service.types import User
from .. import theme
from ..rows_table_model import RowsTableModel

COLUMNS = ("username", "display_name", "role", "status")


class UsersTableModel(RowsTableModel[User]):
    """``set_rows(users)`` replaces the rows; ``user(row)``; ``row_of(username)``.

    ``now`` tells whether a lock-out is still running. The owner calls
    ``retranslate()`` on a language change (models get no LanguageChange event).
    """

    COLUMNS = COLUMNS

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now

    # -- rows -------------------------------------------------------------------------------
    def user(self, row: int) -> User:
        return self._rows[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    # -- RowsTableModel -----------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("Status"))

    def cell(self, user: User, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "role":
                return self.role_name(user.role)
            if column == "status":
                return self.status_text(user)
            return getattr(user, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if not user.active or self._locked(user):
                return QColor(theme.ERROR)
        return None

    # -- words --------------------------------------------------------------------------------
    def role_name(self, role: str) -> str:
        return {
            "nurse": self.tr("nurse"),
            "physician": self.tr("physician"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def status_text(self, user: User) -> str:
        if not user.active:
            return self.tr("deactivated")
        if user.locked_until is not None and self._locked(user):
            return self.tr("locked until {time}").format(time=user.locked_until.strftime("%H:%M"))
        if user.failed_attempts:
            return self.tr("active ({n} wrong PINs)").format(n=user.failed_attempts)
        return self.tr("active")

    def _locked(self, user: User) -> bool:
        return user.locked_until is not None and user.locked_until > self._now()
