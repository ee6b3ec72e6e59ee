"""Details of this device's sync: server, last good round, last error, rows waiting; Sync now."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..service.sync_marks import short_device
from . import theme
from .shift_entry.pin_dialog import DIALOG_FRAME


class SyncDetailsDialog(QDialog):
    """``SyncDetailsDialog(session)``; ``set_status(status)`` redraws (the bar calls it after
    each read). "Sync now" emits ``sync_requested()`` (the main window asks the background
    worker) and says so until the next status arrives."""

    sync_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("sync_details")
        self.setStyleSheet(DIALOG_FRAME.format(name="sync_details"))
        self._session = session
        self.status = None
        self._asked = False
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._labels = {k: QLabel() for k in ("server", "device", "last_ok", "error", "pending")}
        self._values = {k: QLabel() for k in self._labels}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for key, label in self._labels.items():
            value = self._values[key]
            value.setObjectName(f"sync_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self._note = QLabel()
        self._note.setObjectName("sync_note")
        self._note.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setProperty("role", "primary")
        self.close_button = QPushButton()
        for button in (self.sync_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self.sync_button.clicked.connect(self.ask_sync)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.retranslate()

    # -- model API ----------------------------------------------------------------------
    def set_status(self, status) -> None:
        """Show ``status`` (a ``SyncStatus``); a new one ends "asked the worker"."""
        if status != self.status:
            self._asked = False
        self.status = status
        self.retranslate()

    def ask_sync(self) -> None:
        self._asked = True
        self.sync_requested.emit()
        self.retranslate()

    def texts(self) -> dict[str, str]:
        return {k: v.text() for k, v in self._values.items()} | {"note": self._note.text()}

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync with the ward server"))
        self._title.setText(self.tr("Sync with the ward server"))
        self._labels["server"].setText(self.tr("Server"))
        self._labels["device"].setText(self.tr("This device"))
        self._labels["last_ok"].setText(self.tr("Last synced"))
        self._labels["error"].setText(self.tr("Last error"))
        self._labels["pending"].setText(self.tr("Waiting to send"))
        self.sync_button.setText(self.tr("Sync now"))
        self.close_button.setText(self.tr("Close"))
        s = self.status
        if s is None:
            return
        now = self._session.service.clock()
        self._values["server"].setText(s.server_url or "—")
        role = self.tr("workstation") if s.role == "workstation" else self.tr("tablet")
        self._values["device"].setText(f"{role} · {short_device(s.device_id)}")
        self._values["last_ok"].setText(self._ago(s.last_ok_at, now))
        self._values["error"].setText(
            self.tr("{error} ({time})").format(error=s.last_error, time=_hhmm(s.last_error_at))
            if s.last_error
            else self.tr("none")
        )
        self._values["pending"].setText(self.tr("{n} rows").format(n=s.pending_rows))
        level = s.level(now)
        self._note.setText(
            self.tr("Asked for a sync: this updates when the round ends.")
            if self._asked
            else self.tr(
                "Records charted on other tablets since then may be missing here: "
                "doses given elsewhere may not be counted."
            )
            if level in ("amber", "red")
            else ""
        )
        self._note.setProperty("role", "error" if level in ("amber", "red") else "")
        theme.repolish(self._note)

    def _ago(self, when: datetime | None, now: datetime) -> str:
        if when is None:
            return self.tr("never")
        minutes = int(max(0.0, (now.astimezone() - when).total_seconds()) // 60)
        return self.tr("{time} ({n} min ago)").format(time=_hhmm(when), n=minutes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _hhmm(when: datetime | None) -> str:
    return when.astimezone().strftime("%m-%d %H:%M") if when is not None else "—"
