"""Screen 6: ward settings and administration for the admin role (issue 5)."""

from .audit_table_model import AuditTableModel
from .settings_screen import SettingsScreen
from .users_table_model import UsersTableModel

__all__ = ["AuditTableModel", "SettingsScreen", "UsersTableModel"]
