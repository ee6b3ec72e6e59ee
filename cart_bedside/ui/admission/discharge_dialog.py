"""Discharge with a reason: the bed frees at once; the record stays readable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.validation import ValidationError
from ...service import PermissionDenied, RecordService, ServiceError, masked_name
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from .reason_field import ReasonField


class DischargeDialog(QDialog):
    """Says what discharge does, asks for the reason (a tap or typed).

    ``discharge()`` calls ``RecordService.discharge``; a refusal stays in the
    dialog. On success ``session.notify_saved`` and ``discharged(episode_id)``,
    then the dialog closes (the owner returns to the board). Open with ``open()``.
    """

    discharged = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("discharge_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="discharge_dialog"))
        self.session = session
        self.episode_id = episode_id
        admission = RecordService(session.service).admission(episode_id)
        self._bed = admission.episode.bed
        self._name = admission.patient.name
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._info = QLabel()
        self._info.setWordWrap(True)
        self.reason = ReasonField(4, columns=2)
        self._error = QLabel()
        self._error.setObjectName("discharge_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("discharge_ok")
        self.ok_button.setProperty("role", "primary")
        self.cancel_button = QPushButton()
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumWidth(180)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self.ok_button.clicked.connect(self.discharge)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.changed.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._info)
        layout.addWidget(self.reason)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.retranslate()
        self._update()

    def discharge(self) -> bool:
        try:
            RecordService(self.session.service).discharge(self.episode_id,
                                                          self.reason.reason())
        except ValidationError as error:
            self._fail(error.render(self.session.lang))
            return False
        except (PermissionDenied, ServiceError) as error:
            self._fail(self.session.render(error.message))
            return False
        self.session.notify_saved(self.episode_id)
        self.discharged.emit(self.episode_id)
        self.accept()
        return True

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    def _fail(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.reason()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discharge"))
        name = masked_name(self._name) if self.session.names_masked else self._name
        self._title.setText(self.tr("Discharge {name} (bed {bed})").format(name=name,
                                                                          bed=self._bed))
        self._info.setText(self.tr(
            "Bed {bed} becomes free at once. The record is kept: it stays readable in "
            "History and in the audit log.").format(bed=self._bed))
        self.reason.set_texts(self.tr("Reason (required)"),
                              [self.tr("Discharged home"), self.tr("Transferred to the ICU"),
                               self.tr("Transferred to another ward"),
                               self.tr("Transferred to another hospital")],
                              self.tr("Other reason"))
        self.ok_button.setText(self.tr("Discharge"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
