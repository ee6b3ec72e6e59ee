"""The users list as a table model: username, name, role, status (deactivated, never deleted)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...storage import User
from .. import theme

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("username", "display_name", "role", "status")


class UsersTableModel(QAbstractTableModel):
    """``set_rows(users)`` replaces the rows; ``user(row)``; ``row_of(username)``.

    ``now`` tells whether a lock-out is still running. The owner calls
    ``retranslate()`` on a language change (models get no LanguageChange event).
    """

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[User] = []

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, users: Sequence[User]) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    def user(self, row: int) -> User:
        return self._rows[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = COLUMNS[index.column()]
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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (self.tr("Username"), self.tr("Name"), self.tr("Role"),
                self.tr("Status"))[section] if 0 <= section < len(COLUMNS) else None

    # -- words --------------------------------------------------------------------------------
    def role_name(self, role: str) -> str:
        return {"nurse": self.tr("nurse"), "physician": self.tr("physician"),
                "admin": self.tr("administrator")}.get(role, role)

    def status_text(self, user: User) -> str:
        if not user.active:
            return self.tr("deactivated")
        if self._locked(user):
            return self.tr("locked until {time}").format(
                time=user.locked_until.strftime("%H:%M"))
        if user.failed_attempts:
            return self.tr("active ({n} wrong PINs)").format(n=user.failed_attempts)
        return self.tr("active")

    def _locked(self, user: User) -> bool:
        return user.locked_until is not None and user.locked_until > self._now()
