"""The optional second backup location in the backup panel: choose a folder, or clear it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.validation import ValidationError
from ...service import AdminService, PermissionDenied, ServiceError
from .. import theme
from ..session import Session


class SecondBackupBox(QWidget):
    """Where the second copy of every backup goes (a USB stick, a network folder), or
    that there is none. "Choose folder…" opens a folder chooser; the folder is
    accepted only when this tablet can write to it now
    (``AdminService.set_second_backup_location``, audited with the old and new
    folder); "Clear" turns it off. ``changed(str)`` with the new folder ("" off).
    """

    changed = Signal(str)

    def __init__(
        self, session: Session, admin: AdminService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self.chooser: QFileDialog | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.where = QLabel()
        self.where.setObjectName("second_backup_where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message = QLabel()
        self.message.setObjectName("second_backup_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("second_backup_choose")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("second_backup_clear")
        for button in (self.choose_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self._folder = self._read()  # kept: a language switch must not read the database
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.where, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()

    # -- API --------------------------------------------------------------------------------
    def location(self) -> str | None:
        """The folder set (as read when shown or last changed), or None."""
        return self._folder

    def _read(self) -> str | None:
        try:
            return self.admin.second_backup_location()
        except PermissionDenied:
            return None

    def choose(self) -> QFileDialog:
        """Open the folder chooser (Qt's own dialog: the same on every tablet, touch-sized)."""
        if self.chooser is not None:
            self.chooser.deleteLater()
        start = self.location() or str(Path.home())
        dialog = QFileDialog(self.window(), self.tr("Second backup location"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        for label, text in (
            (QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
            (QFileDialog.DialogLabel.FileName, self.tr("Folder:")),
            (QFileDialog.DialogLabel.FileType, self.tr("Show:")),
            (QFileDialog.DialogLabel.Accept, self.tr("Use this folder")),
            (QFileDialog.DialogLabel.Reject, self.tr("Cancel")),
        ):
            dialog.setLabelText(label, text)
        window = self.window()
        dialog.resize(int(window.width() * 0.8), int(window.height() * 0.8))  # finger-sized
        dialog.fileSelected.connect(self.set_folder)
        self.chooser = dialog
        dialog.open()
        return dialog

    def set_folder(self, folder: str) -> bool:
        """Use ``folder`` for the second copy; False (and why, on the panel) if refused."""
        return self._apply(folder, self.tr("Second backup location set in Settings"))

    def clear(self) -> bool:
        return self._apply(None, self.tr("Second backup location cleared in Settings"))

    def text(self) -> str:
        return self.where.text()

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # -- internals --------------------------------------------------------------------------
    def _apply(self, folder: str | None, reason: str) -> bool:
        try:
            self.admin.set_second_backup_location(folder, reason)
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self._say(self.session.render(error.message))
            return False
        self._say("")
        self._folder = self._read()
        self.retranslate()
        self.changed.emit(self._folder or "")
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", "error" if text else "")
        theme.repolish(self.message)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Second backup location"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.clear_button.setText(self.tr("Clear"))
        folder = self._folder
        self.clear_button.setEnabled(folder is not None)
        if folder is None:
            self.where.setText(
                self.tr(
                    "None: backups are kept on this tablet only. Choose a USB stick or a "
                    "network folder to keep a second copy of every backup there."
                )
            )
        elif Path(folder).is_dir():
            self.where.setText(
                self.tr("Every backup is also copied to {folder}.").format(folder=folder)
            )
        else:
            self.where.setText(
                self.tr(
                    "{folder} cannot be reached now (USB stick removed?): backups there "
                    "fail, with a banner and an audit entry, until it is back."
                ).format(folder=folder)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
