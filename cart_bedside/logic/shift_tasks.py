"""What "this shift" means for the task counts — one definition for the board card and the
Tasks tab (issue 11 item 10: the card said "待办 7" while the tab said "待完成 9", the tab
counting a hand-added task due two days later).

This shift's tasks are the tasks due before the shift ends: monitoring tasks
(clinical-rules §8, ``schedule``; a follow-up visit due in two days is not
this shift's) and hand-added ones. A hand-added task is overdue ``GRACE``
after its time, like a monitoring task; any task still due after the shift
ends is *later*: listed, never counted as due now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from .schedule import GRACE
from .task_matching import Task, TaskStatus


class HandTask(Protocol):
    """A task added by hand (``storage.Task``): what and when."""

    @property
    def kind(self) -> str: ...
    @property
    def due_at(self) -> datetime: ...


@dataclass(frozen=True)
class ShiftTaskCounts:
    """This shift's tasks at ``now``. ``overdue_kinds``: what is overdue, earliest first,
    each kind once ("vitals", "ice", or a hand-added task's kind)."""

    due: int
    overdue: int
    done: int
    later: int  # tasks due after this shift (not counted as due)
    overdue_kinds: tuple[str, ...]


def hand_task_status(task: HandTask, now: datetime, shift_end: datetime) -> TaskStatus | None:
    """Overdue, due (before the shift ends), or None: later than this shift."""
    if now >= task.due_at + GRACE:
        return TaskStatus.OVERDUE
    if task.due_at < shift_end:
        return TaskStatus.DUE
    return None


def shift_task_counts(
    tasks: Iterable[Task], hand: Sequence[HandTask], now: datetime, shift_end: datetime
) -> ShiftTaskCounts:
    """Count this shift's tasks; ``tasks`` carry their status at ``now``."""
    counts = {TaskStatus.DUE: 0, TaskStatus.OVERDUE: 0, TaskStatus.DONE: 0}
    overdue: list[tuple[datetime, str]] = []
    later = 0
    for task in tasks:
        if task.status is TaskStatus.DUE and task.due_at >= shift_end:
            later += 1
            continue
        if task.status in counts:  # a check recorded as not done (with a reason) is neither
            counts[task.status] += 1
        if task.status is TaskStatus.OVERDUE:
            overdue.append((task.due_at, task.kind))
    for hand_task in hand:
        status = hand_task_status(hand_task, now, shift_end)
        if status is None:
            later += 1
            continue
        counts[status] += 1
        if status is TaskStatus.OVERDUE:
            overdue.append((hand_task.due_at, hand_task.kind))
    kinds: list[str] = []
    for _, kind in sorted(overdue):
        if kind not in kinds:
            kinds.append(kind)
    return ShiftTaskCounts(
        counts[TaskStatus.DUE],
        counts[TaskStatus.OVERDUE],
        counts[TaskStatus.DONE],
        later,
        tuple(kinds),
    )
