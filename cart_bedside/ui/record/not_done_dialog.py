"""Record a due check as not done, and why (clinical-rules §12, partial observations)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ...logic.messages import msg
from ...logic.observations import NotDoneReason
from ...logic.schedule import Task
from ...logic.validation import ValidationError
from ...service import PermissionDenied, ServiceError
from ..session import Session
from ..widgets.reason_dialog import ReasonDialog
from .formatting import fmt_time

REASONS: tuple[str, ...] = tuple(r.value for r in NotDoneReason)


class NotDoneDialog(ReasonDialog):
    """``NotDoneDialog(session, episode_id, task)``: the task (what, due when), the reasons
    as buttons (patient refused, off the ward, asleep per physician, other) and a note
    (required for "other"). OK calls ``RecordService.not_done.record_not_done``; a refusal stays
    in the dialog. Signal ``recorded(str record_id)``, then it closes. Open with ``open()``.
    """

    recorded = Signal(str)

    def __init__(
        self, session: Session, episode_id: str, task: Task, parent: QWidget | None = None
    ) -> None:
        self.session = session
        self.episode_id = episode_id
        self.task = task
        render = session.render
        super().__init__(
            parent=parent,
            choices=[(code, render(msg(f"not_done.{code}"))) for code in REASONS],
            details=f"{fmt_time(task.due_at)}  {render(task.message)}",
            required=False,
            quick_count=0,
        )
        self.setObjectName("not_done_dialog")
        self.ok_button.clicked.disconnect()
        self.ok_button.clicked.connect(self.record)
        self._error = ""
        self.retranslate()

    def record(self) -> str | None:
        """Store the choice (what OK does); returns the record id, or None if refused."""
        if not self.ok_button.isEnabled():
            return None
        try:
            rid = self.session.records.not_done.record_not_done(
                self.episode_id,
                self.task.kind,
                self.task.due_at,
                self.choice() or "",
                self.reason(),
            )
        except ValidationError as error:
            self._refused(error.render(self.session.lang))
            return None
        except (PermissionDenied, ServiceError) as error:
            self._refused(self.session.render(error.message))
            return None
        self.session.notify_saved(self.episode_id)
        self.recorded.emit(rid)
        super().accept()
        return rid

    def error_text(self) -> str:
        return self._error

    def _refused(self, text: str) -> None:
        self._error = text
        self.retranslate()

    def _update(self) -> None:
        choice = self.choice()
        needs_note = choice == NotDoneReason.OTHER.value
        self.ok_button.setEnabled(choice is not None and (not needs_note or bool(self.reason())))

    def retranslate(self) -> None:
        text = self.tr(
            "Kept in the record and shown on the handover; it no longer counts as "
            "overdue. A check done later in the same window still counts."
        )
        if self._error:
            text = f"{self._error}\n{text}"
        self.set_texts(
            self.tr("Check not done"),
            text,
            self.tr("Record as not done"),
            self.tr("Cancel"),
            self.tr('Why? For "other", write a few words (required).'),
            [],
            self.tr("Type the reason"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
