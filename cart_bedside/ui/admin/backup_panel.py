"""Backup now (off the UI thread) and restore a backup (confirmed, with a reason)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ...logic.messages import msg
from ...service import AdminService, PermissionDenied, ServiceError
from ...service.types import BackupResult, StorageError
from .. import theme
from ..session import Session
from ..widgets.reason_dialog import ReasonDialog
from .backup_worker import BackupWorker
from .second_backup_box import SecondBackupBox

ROW_HEIGHT = 52


class BackupPanel(QWidget):
    """ "Back up now" writes a verified backup beside the database on a worker thread
    (``backup_done(path)`` when it is there), and a second copy in the second
    location when the administrator set one (:class:`SecondBackupBox`); the list
    shows the backups, newest
    first; "Restore…" asks for confirmation and a reason, then
    ``AdminService.restore`` replaces the database, closes the connection and
    signs everyone out, and ``database_replaced(db_path)`` tells the app to
    open the database again.
    """

    backup_done = Signal(str)
    database_replaced = Signal(str)

    def __init__(
        self, session: Session, admin: AdminService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self.dialog: ReasonDialog | None = None
        self.worker = BackupWorker(self)
        self.worker.succeeded.connect(self._backed_up)
        self.worker.failed.connect(self._failed)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_now")
        self.backup_button.setProperty("role", "primary")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.setProperty("role", "danger")
        for button in (self.backup_button, self.restore_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(220)
            theme.touch_size(button)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.where = QLabel()
        self.where.setProperty("role", "hint")
        self.where.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet(f"QListWidget::item {{ min-height: {ROW_HEIGHT}px; }}")
        self.list.itemSelectionChanged.connect(self._update)
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.second = SecondBackupBox(session, admin, self)
        self._list_label = QLabel()
        self._list_label.setProperty("role", "heading")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.where)
        layout.addWidget(self.second)
        layout.addWidget(self._list_label)
        layout.addWidget(self.list, 1)
        self.retranslate()

    # -- backups ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.list.clear()
        for path in self.admin.backups():
            item = QListWidgetItem(self._describe(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self._update()

    def backup_now(self) -> bool:
        """Start a backup on the worker thread (False if one is already running)."""
        if self.worker.busy() or not self.worker.start(self.admin.backup_job()):
            return False
        self.backup_button.setEnabled(False)
        self._say(self.tr("Backing up…"), error=False)
        return True

    def selected_backup(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    # -- restore ----------------------------------------------------------------------------
    def ask_restore(self) -> ReasonDialog | None:
        path = self.selected_backup()
        if path is None:
            return None
        dialog = ReasonDialog(
            self.tr("Restore this backup?"),
            self.tr(
                "The ward's database is replaced by {file}. Everything recorded after "
                "this backup is no longer in the record (the replaced database is kept "
                "aside, not deleted). Everyone is signed out and the app opens the "
                "restored database."
            ).format(file=path.name),
            self.tr("Restore"),
            self.tr("Cancel"),
            self.tr("Reason (required)"),
            [self.tr("The database was damaged"), self.tr("Tablet replaced")],
            self.tr("Other reason"),
            danger=True,
            parent=self.window(),
        )
        dialog.accepted.connect(lambda: self.restore(path, dialog.reason()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def restore(self, path: Path, reason: str) -> bool:
        try:
            self.admin.restore(path, reason)
        except (PermissionDenied, ServiceError, StorageError) as error:
            self._say(self.session.render(error.message), error=True)
            return False
        self._say(self.tr("Restored. Opening the restored database…"), error=False)
        self.setEnabled(False)  # the connection is closed: nothing here works any more
        self.database_replaced.emit(str(self.admin.db_path))
        return True

    # -- internals --------------------------------------------------------------------------
    def _backed_up(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(True)
        done = self.session.render(
            msg(
                "storage.backup.done",
                path=str(result.path),
                rows=sum(result.counts.values()),
                tables=len(result.counts),
            )
        )
        if result.mirror_error is not None:
            done += "\n" + self.tr("The copy in the second location failed: {error}").format(
                error=result.mirror_error
            )
        self._say(done, error=result.mirror_error is not None)
        self.refresh()
        self.backup_done.emit(str(result.path))

    def _failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        message = getattr(error, "message", None)
        self._say(self.session.render(message) if message is not None else str(error), error=True)

    def _describe(self, path: Path) -> str:
        stamp = path.stem[-len("20260101-000000-000000") :]
        shown = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}"
        try:
            size = path.stat().st_size / 1_000_000
        except OSError:
            size = 0.0
        return self.tr("{time}  ·  {size} MB  ·  {file}").format(
            time=shown, size=f"{size:.1f}", file=path.name
        )

    def _say(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("role", "error" if error else "")
        theme.repolish(self.status)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def retranslate(self) -> None:
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore the selected backup…"))
        self._list_label.setText(self.tr("Backups (newest first)"))
        self.where.setText(
            self.tr(
                "Backups are verified after writing and kept in {folder}. "
                "The app also backs up at every shift change and on exit."
            ).format(folder=str(self.admin.backup_dir))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isEnabled():
                for index in range(self.list.count()):
                    item = self.list.item(index)
                    item.setText(self._describe(Path(item.data(Qt.ItemDataRole.UserRole))))
        super().changeEvent(event)
