"""Discharge with a reason: the bed frees at once; the record stays readable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..session import Session
from .episode_dialog import EpisodeReasonDialog


class DischargeDialog(EpisodeReasonDialog):
    """Says what discharge does, asks for the reason (a tap or typed).

    ``discharge()`` calls ``RecordService.admissions.discharge``; a refusal stays in the
    dialog. On success ``session.notify_saved`` and ``discharged(episode_id)``,
    then the dialog closes (the owner returns to the board). Open with ``open()``.
    """

    discharged = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, "discharge", 4, 2, parent)
        self._info = QLabel()
        self._info.setWordWrap(True)
        self.setMinimumWidth(640)
        self._lay_out([self._info], self.discharge)

    def discharge(self) -> bool:
        record = self.session.records
        if not self.run(lambda: record.admissions.discharge(self.episode_id, self.reason.reason())):
            return False
        self.discharged.emit(self.episode_id)
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discharge"))
        self._title.setText(
            self.tr("Discharge {name} (bed {bed})").format(name=self.patient_name(), bed=self._bed)
        )
        self._info.setText(
            self.tr(
                "Bed {bed} becomes free at once. The record is kept: it stays readable in "
                "History and in the audit log."
            ).format(bed=self._bed)
        )
        self.reason.set_texts(
            self.tr("Reason (required)"),
            [
                self.tr("Discharged home"),
                self.tr("Transferred to the ICU"),
                self.tr("Transferred to another ward"),
                self.tr("Transferred to another hospital"),
            ],
            self.tr("Other reason"),
        )
        self.ok_button.setText(self.tr("Discharge"))
        self.cancel_button.setText(self.tr("Cancel"))
