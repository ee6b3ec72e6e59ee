"""Move a patient to another bed, with a reason (the old bed frees; the move is recorded)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..session import Session
from .bed_picker import BedPicker
from .episode_dialog import EpisodeReasonDialog


class TransferDialog(EpisodeReasonDialog):
    """Free beds as buttons (or a typed bed when the ward lists none) and a required reason.

    ``transfer()`` calls ``RecordService.admissions.transfer``; a refusal (occupied bed,
    same bed, discharged, role) stays in the dialog as a red line. On success
    ``session.notify_saved`` and ``transferred(episode_id, new_bed)``, then
    the dialog closes. Open with ``open()``.
    """

    transferred = Signal(str, str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, "transfer", 3, 3, parent)
        self._current = QLabel()
        self._choose = QLabel()
        self.beds = BedPicker()
        self.beds.set_beds(session.records.admissions.free_beds())
        self.beds.changed.connect(self._update)
        self.setMinimumWidth(680)
        self._lay_out([self._current, self._choose, self.beds], self.transfer)

    def transfer(self) -> bool:
        bed, reason = self.beds.value(), self.reason.reason()
        record = self.session.records
        if not self.run(lambda: record.admissions.transfer(self.episode_id, bed, reason)):
            return False
        self.transferred.emit(self.episode_id, bed)
        self.accept()
        return True

    def _ready(self) -> bool:
        return bool(self.beds.value() and self.reason.reason())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer to another bed"))
        self._title.setText(self.tr("Transfer to another bed"))
        self._current.setText(
            self.tr("Now in bed {bed}: {name}").format(bed=self._bed, name=self.patient_name())
        )
        self._choose.setText(self.tr("New bed"))
        self.reason.set_texts(
            self.tr("Reason (required)"),
            [
                self.tr("Nearer the nurses' station"),
                self.tr("Isolation room"),
                self.tr("Patient's request"),
            ],
            self.tr("Other reason"),
        )
        self.ok_button.setText(self.tr("Transfer"))
        self.cancel_button.setText(self.tr("Cancel"))
