"""A due check recorded as not done, with why (clinical-rules §12, partial observations).

Decisions:

- A nurse or physician (role ``chart``) records it against a monitoring task
  of this shift that is due or overdue (identified by kind and due time); a
  task already done, or one that does not exist, is refused with a message.
- The record's time is when it is recorded, kept inside the task's window
  (the second before it closes for a check from an earlier slot), so the
  schedule's rule (:func:`cart_bedside.logic.schedule.monitoring_tasks`)
  matches it to that task: it then counts as *not done*, not overdue, and a
  real check in the same window still wins. An escalated check's next one
  counts from it, as from a check done now.
- Reasons are the logic layer's (:class:`~cart_bedside.logic.observations.NotDoneReason`);
  "other" needs a few words. The record is kept (amendable, withdrawable,
  audited) and shows on the handover.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..logic.messages import msg
from ..logic.observations import NotDone, NotDoneReason
from ..logic.schedule import Task, TaskStatus
from ..logic.validation import ValidationError
from .base import ServiceBase
from .errors import ServiceError
from .ward import task_status

_REASONS = {r.value: r for r in NotDoneReason}


class NotDoneChecks(ServiceBase):
    """Record and list checks not done."""

    def record_not_done(
        self, episode_id: str, kind: str, due_at: datetime, reason: str, note: str = ""
    ) -> str:
        """Record that the ``kind`` check due at ``due_at`` was not done; returns the id."""
        user = self.require("chart")
        if reason not in _REASONS:
            raise ValidationError(
                "not_done.reason",
                msg("error.bad_choice", value=str(reason), known=", ".join(_REASONS)),
            )
        note = (note or "").strip()
        if _REASONS[reason] is NotDoneReason.OTHER and not note:
            raise ValidationError("not_done.note", msg("error.required"))
        task = self._open_task(episode_id, kind, due_at)
        time = min(max(self.now(), task.window_start), task.window_end - timedelta(seconds=1))
        record = NotDone(time, kind, _REASONS[reason], note)
        rid = self.repo.judgements.record_not_done(episode_id, record, user.username)
        self.ward.invalidate(episode_id)
        return rid

    def not_done_checks(self, episode_id: str) -> list[NotDone]:
        """Checks recorded as not done in this admission, by time (history, handover)."""
        self.require("view")
        return self.repo.judgements.not_done(episode_id)

    def _open_task(self, episode_id: str, kind: str, due_at: datetime) -> Task:
        now = self.now()
        for task in self.ward.tasks(episode_id):
            if task.kind == kind and task.due_at == due_at:
                if task_status(task, now) in (TaskStatus.DUE, TaskStatus.OVERDUE):
                    return task
                raise ServiceError(msg("record.error.task_closed", due=due_at.strftime("%H:%M")))
        raise ServiceError(
            msg("record.error.no_such_task", kind=kind, due=due_at.strftime("%m-%d %H:%M"))
        )
