"""Screen 6, Settings / admin: users, ward settings, backup and restore, the audit log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...service import AdminService, PermissionDenied, ServiceError, SignInError
from .. import theme
from ..session import Session
from .audit_panel import AuditPanel
from .backup_panel import BackupPanel
from .directory_pin import DirectoryPinDialog
from .lab_import_panel import LabImportPanel
from .users_panel import UsersPanel
from .ward_settings_panel import WardSettingsPanel

TAB_USERS, TAB_WARD, TAB_BACKUP, TAB_AUDIT, TAB_LABS = range(5)


class SettingsScreen(QWidget):
    """For the admin role. Anyone else sees the service's refusal instead of the tabs
    (``AdminService`` raises ``PermissionDenied``; the screen shows its message).

    ``SettingsScreen(session, db_path, backup_dir=None)``: ``db_path`` is the
    open database's file (backups are written beside it by their own
    connection). ``refresh()`` re-reads everything for the signed-in user.
    Signals ``back_requested()``, ``settings_changed(list)`` with the ward-setting
    keys written, and ``database_replaced(str path)`` after a restore (the
    connection is closed and the user signed out: open the database again).
    """

    back_requested = Signal()
    database_replaced = Signal(str)
    settings_changed = Signal(list)  # the ward-setting keys written (e.g. "auto_lock_minutes")

    def __init__(
        self,
        session: Session,
        db_path: Path | str,
        backup_dir: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = AdminService(session.service, db_path, backup_dir)
        self.back = QPushButton()
        self.back.setObjectName("settings_back")
        self.back.setMinimumWidth(96)
        self.back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title)
        top.addStretch(1)
        self.users = UsersPanel(session, self.admin)
        self.ward = WardSettingsPanel(session, self.admin)
        self.backup = BackupPanel(session, self.admin)
        self.audit = AuditPanel(session, self.admin)
        self.labs = LabImportPanel(session, str(db_path))
        self.labs.changed.connect(self._after_change)
        self.users.changed.connect(self._after_change)
        self.ward.saved.connect(self._after_change)
        self.ward.saved.connect(self.settings_changed)
        self.backup.database_replaced.connect(self.database_replaced)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        for panel in (self.users, self.ward, self.backup, self.audit, self.labs):
            self.tabs.addTab(panel, "")
        # Reading the log verifies the whole hash chain (time grows with the log): only
        # when the Audit log tab is shown, and again after a change while it is.
        self._audit_stale = True
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.tabBar().setMinimumHeight(theme.TOUCH_MIN_PX)
        self.tabs.setStyleSheet(
            f"QTabBar::tab {{ min-height: {theme.TOUCH_MIN_PX - 8}px;"
            " min-width: 150px; padding: 4px 16px; }"
        )
        self.refusal = QLabel()
        self.refusal.setObjectName("settings_refusal")
        self.refusal.setProperty("role", "error")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.refusal)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        session.signed_in.connect(self._on_signed_in)
        session.language_changed.connect(self._on_language)
        self.retranslate()
        self.refresh()

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Re-read users, settings, backups and the audit log; False (refusal shown) for a
        role that may not administer the ward."""
        try:
            self.ward.load()
            self.users.refresh()
            self.backup.refresh()
            self.labs.load()
            self._audit_stale = True
            if self.tabs.currentIndex() == TAB_AUDIT:
                self._load_audit()
        except PermissionDenied as error:
            self.refusal.setText(
                self.session.render(error.message)
                + "\n"
                + self.tr(
                    "Settings are for the ward administrator: sign in with an administrator "
                    "account."
                )
            )
            self.pages.setCurrentWidget(self.refusal)
            return False
        self.pages.setCurrentWidget(self.tabs)
        self._ask_directory_pin()
        return True

    def _ask_directory_pin(self) -> None:
        """Enrolled: the ward server checks the admin's PIN with each user/setting change."""
        user = self.session.user
        if user is None or not self.admin.directory.remote() or self.admin.directory.has_pin():
            return
        self.pin_dialog = DirectoryPinDialog(user.display_name, self.window())

        def entered(pin: str) -> None:
            try:
                self.admin.check_pin(user, pin, refused=self.admin.directory.wrong_pin())
            except (SignInError, ServiceError, PermissionDenied) as error:
                self.pin_dialog.show_error(self.session.render(error.message))
                return
            self.admin.directory.use_pin(pin)
            self.pin_dialog.accept()

        self.pin_dialog.pinEntered.connect(entered)
        self.pin_dialog.open()

    def is_refused(self) -> bool:
        return self.pages.currentWidget() is self.refusal

    def refusal_text(self) -> str:
        """The refusal shown (empty while the tabs are shown)."""
        return self.refusal.text() if self.is_refused() else ""

    # -- internals --------------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        """``TAB_USERS``, ``TAB_WARD``, ``TAB_BACKUP`` or ``TAB_AUDIT``."""
        self.tabs.setCurrentIndex(index)

    def _load_audit(self) -> None:
        self.audit.load_filters()
        self.audit.show_log()
        self._audit_stale = False

    def _on_tab(self, index: int) -> None:
        if index == TAB_AUDIT and self._audit_stale and not self.is_refused():
            self._load_audit()

    def _after_change(self, *_args) -> None:
        self._audit_stale = True  # the change is in the log: read it again when shown
        if self.tabs.currentIndex() == TAB_AUDIT:
            self._load_audit()

    def _on_signed_in(self, _user) -> None:
        self.admin.directory.use_pin(None)  # the PIN was the previous admin's
        if self.backup.isEnabled():  # after a restore this connection is closed
            self.refresh()

    def _on_language(self, _lang: str) -> None:
        self.retranslate()
        if self.is_refused() and self.session.user is not None:
            self.refresh()

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Ward board"))
        self.title.setText(self.tr("Ward settings and administration"))
        for index, text in enumerate(
            (
                self.tr("Users"),
                self.tr("Ward settings"),
                self.tr("Backup and restore"),
                self.tr("Audit log"),
                self.tr("Lab import"),
            )
        ):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
