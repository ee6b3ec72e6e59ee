"""What the schedule tests ask of a task list (the app counts tasks through logic.shift_tasks)."""

from __future__ import annotations

from collections.abc import Iterable

from cart_bedside.logic.schedule import Task, TaskStatus


def next_due(tasks: Iterable[Task], kind: str | None = None) -> Task | None:
    """The open task (due or overdue) with the earliest deadline, optionally of one kind."""
    open_tasks = [
        t
        for t in tasks
        if t.status in (TaskStatus.DUE, TaskStatus.OVERDUE) and (kind is None or t.kind == kind)
    ]
    return min(open_tasks, key=lambda t: t.due_at, default=None)
