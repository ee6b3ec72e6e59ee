"""Move a patient to another bed, with a reason (the old bed frees; the move is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.validation import ValidationError
from ...service import PermissionDenied, RecordService, ServiceError, masked_name
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from .bed_picker import BedPicker
from .reason_field import ReasonField


class TransferDialog(QDialog):
    """Free beds as buttons (or a typed bed when the ward lists none) and a required reason.

    ``transfer()`` calls ``RecordService.transfer``; a refusal (occupied bed,
    same bed, discharged, role) stays in the dialog as a red line. On success
    ``session.notify_saved`` and ``transferred(episode_id, new_bed)``, then
    the dialog closes. Open with ``open()``.
    """

    transferred = Signal(str, str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("transfer_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="transfer_dialog"))
        self.session = session
        self.episode_id = episode_id
        record = RecordService(session.service)
        admission = record.admission(episode_id)
        self._bed = admission.episode.bed
        self._name = admission.patient.name
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._current = QLabel()
        self._choose = QLabel()
        self.beds = BedPicker()
        self.beds.set_beds(record.free_beds())
        self.reason = ReasonField(3, columns=3)
        self._error = QLabel()
        self._error.setObjectName("transfer_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("transfer_ok")
        self.ok_button.setProperty("role", "primary")
        self.cancel_button = QPushButton()
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumWidth(180)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self.ok_button.clicked.connect(self.transfer)
        self.cancel_button.clicked.connect(self.reject)
        self.beds.changed.connect(self._update)
        self.reason.changed.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._current)
        layout.addWidget(self._choose)
        layout.addWidget(self.beds)
        layout.addWidget(self.reason)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)
        self.retranslate()
        self._update()

    def transfer(self) -> bool:
        bed, reason = self.beds.value(), self.reason.reason()
        try:
            RecordService(self.session.service).transfer(self.episode_id, bed, reason)
        except ValidationError as error:
            self._fail(error.render(self.session.lang))
            return False
        except (PermissionDenied, ServiceError) as error:
            self._fail(self.session.render(error.message))
            return False
        self.session.notify_saved(self.episode_id)
        self.transferred.emit(self.episode_id, bed)
        self.accept()
        return True

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    def _fail(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.beds.value() and self.reason.reason()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer to another bed"))
        self._title.setText(self.tr("Transfer to another bed"))
        name = masked_name(self._name) if self.session.names_masked else self._name
        self._current.setText(self.tr("Now in bed {bed}: {name}").format(bed=self._bed,
                                                                         name=name))
        self._choose.setText(self.tr("New bed"))
        self.reason.set_texts(self.tr("Reason (required)"),
                              [self.tr("Nearer the nurses' station"),
                               self.tr("Isolation room"), self.tr("Patient's request")],
                              self.tr("Other reason"))
        self.ok_button.setText(self.tr("Transfer"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
