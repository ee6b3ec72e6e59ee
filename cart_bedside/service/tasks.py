"""Tasks of an admission: this shift's monitoring tasks with their status, and hand-added ones."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..logic.messages import msg
from ..logic.schedule import GRACE, Task, TaskStatus
from ..logic.shift_tasks import ShiftTaskCounts, hand_task_status, shift_task_counts
from ..logic.shifts import shift_of
from ..logic.validation import ValidationError
from ..storage import Task as ManualTask
from .base import ServiceBase
from .ward import task_status


@dataclass(frozen=True)
class TaskSummary:
    """The Tasks tab: monitoring tasks of this shift with their status now, and manual tasks."""

    tasks: tuple[Task, ...]  # status as of now (due turns overdue as time passes)
    manual: tuple[ManualTask, ...]  # open tasks added by hand (labs to repeat …)
    now: datetime
    shift_end: datetime | None = None  # None: every hand-added task counts as this shift's

    @property
    def counts(self) -> ShiftTaskCounts:
        """Due / overdue / done / later, as the board card counts them (logic.shift_tasks)."""
        end = self.shift_end or max((t.due_at for t in self.manual), default=self.now) + GRACE
        return shift_task_counts(self.tasks, self.manual, self.now, end)

    def hand_status(self, task: ManualTask) -> TaskStatus | None:
        """A hand-added task: overdue, due this shift, or None (later)."""
        end = self.shift_end or task.due_at + GRACE
        return hand_task_status(task, self.now, end)

    def with_status(self, status: TaskStatus) -> tuple[Task, ...]:
        return tuple(t for t in self.tasks if t.status is status)

    @property
    def due(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.DUE)

    @property
    def overdue(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.OVERDUE)

    @property
    def done(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.DONE)

    @property
    def next_due(self) -> Task | None:
        return min(self.due, key=lambda t: t.due_at, default=None)

    @property
    def manual_overdue(self) -> tuple[ManualTask, ...]:
        return tuple(t for t in self.manual if self.now >= t.due_at + GRACE)


@dataclass(frozen=True)
class OverdueTask:
    """An overdue task on the board (red), with its bed."""

    episode_id: str
    bed: str
    task: Task


class Tasks(ServiceBase):
    """The Tasks tab and the board's overdue list (role ``chart`` to add or close)."""

    def task_summary(self, episode_id: str) -> TaskSummary:
        """Monitoring tasks of this shift (due / done / overdue now) and open manual tasks."""
        self.require("view")
        now = self.now()
        tasks = tuple(replace(t, status=task_status(t, now)) for t in self.ward.tasks(episode_id))
        end = shift_of(now, self.ward.shift_settings()).end
        return TaskSummary(tasks, tuple(self.repo.worklist.tasks(episode_id)), now, end)

    def overdue_tasks(self) -> list[OverdueTask]:
        """Every overdue monitoring task on the ward, by bed (the board shows them red)."""
        self.require("view")
        now = self.now()
        out = []
        for _, episode in self.ward.occupied():
            for t in self.ward.tasks(episode.episode_id):
                if task_status(t, now) is TaskStatus.OVERDUE:
                    out.append(
                        OverdueTask(
                            episode.episode_id, episode.bed, replace(t, status=TaskStatus.OVERDUE)
                        )
                    )
        return out

    def add_task(self, episode_id: str, kind: str, due_at: datetime, note: str = "") -> str:
        """A task added by hand (e.g. repeat IL-6 and ferritin at 14:00); returns its id."""
        user = self.require("chart")
        if not (kind or "").strip():
            raise ValidationError("task.kind", msg("error.required"))
        task_id = self.repo.worklist.add_task(
            episode_id, kind.strip(), due_at, user.username, note=note.strip()
        )
        return task_id

    def close_task(self, task_id: str, status: str = "done", reason: str | None = None) -> str:
        """Mark a manual task done (or cancelled, with a reason); returns the new version id."""
        user = self.require("chart")
        if status == "cancelled" and not (reason or "").strip():
            raise ValidationError("reason", msg("error.required"))
        return self.repo.worklist.close_task(task_id, user.username, status=status, reason=reason)
