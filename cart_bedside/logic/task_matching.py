"""Monitoring tasks and how records complete them (clinical-rules §8, §12).

The task types the schedule returns (:class:`Task`, :class:`TaskStatus`,
:class:`TaskKind`) and the three matchers that lay tasks over time and pair
them with records, each record used once:

- :func:`match_slots`: one record anywhere in a slot (a shift, a ward day, a
  study day), due at the slot's end, overdue ``grace`` later;
- :func:`chain`: escalated checks "every N hours", each due N h after the
  record that completed the previous one; one outstanding overdue task, not
  one per missed interval;
- :func:`window_tasks`: tasks due on a date, done by a record within ± a
  tolerance (follow-up visits, monthly tests).

A record recorded as *not done* (§12, :class:`cart_bedside.logic.observations.NotDone`)
completes a task like a check, with status ``not_done``; in a slot or a
window a real check wins over it. :mod:`cart_bedside.logic.schedule` decides
where the slots, chains and windows are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .messages import Message, msg
from .observations import NotDone

TICK = timedelta(microseconds=1)  # datetime resolution: [t0, t + TICK) holds t itself


class TaskStatus(StrEnum):
    """A task's state at ``now``; ``due`` includes tasks in the future."""

    DUE = "due"
    DONE = "done"
    OVERDUE = "overdue"
    NOT_DONE = "not_done"  # recorded as not done, with a reason (§12): never overdue


class TaskKind(StrEnum):
    """Which records complete a task (the keys of ``records_by_kind``)."""

    VITALS = "vitals"
    ICE = "ice"
    FLUID_BALANCE = "fluid_balance"
    LABS = "labs"
    CART_EXPANSION = "cart_expansion"
    CARDIAC_MARKERS = "cardiac_markers"
    IGG = "igg"
    FOLLOWUP = "followup"
    RESPONSE = "response"
    REASSESSMENT = "reassessment"


#: A task still on time this long past its target has a window of days (a visit's tolerance).
WINDOW_OF_DAYS = timedelta(days=1)


@dataclass(frozen=True)
class Task:
    """One thing to do: due at ``due_at``, done by a record in ``[window_start, window_end)``."""

    code: str  # catalogue code, e.g. "task.vitals"
    kind: str  # a TaskKind value: which records complete it
    due_at: datetime
    window_start: datetime
    window_end: datetime
    overdue_at: datetime
    status: TaskStatus
    done_by: str | None = None  # id of the completing record, when it has one
    done_at: datetime | None = None
    message: Message = field(
        default_factory=lambda: msg("task.vitals", freq=msg("task.freq.shift"))
    )
    source: str = "source.seed002.monitoring"
    not_done: Message | None = None  # the reason, when status is NOT_DONE

    def status_at(self, now: datetime) -> TaskStatus:
        """The status at another moment (the board refreshes without recomputing)."""
        if self.status in (TaskStatus.DONE, TaskStatus.NOT_DONE):
            return self.status
        return TaskStatus.OVERDUE if now >= self.overdue_at else TaskStatus.DUE

    @property
    def latest(self) -> datetime | None:
        """When a task with a window of days (a follow-up visit: D+14 ± 7 days) is due at
        the latest, where that differs from its target time by a day or more; None for a
        check due at the end of its slot (overdue half an hour later)."""
        return self.overdue_at if self.overdue_at - self.due_at >= WINDOW_OF_DAYS else None

    @property
    def late(self) -> bool:
        """Done, but only after it had become overdue."""
        return self.done_at is not None and self.done_at >= self.overdue_at

    @property
    def status_label(self) -> Message:
        if self.status is TaskStatus.NOT_DONE and self.not_done is not None:
            return self.not_done
        return msg(f"task.status.{self.status.value}")


@dataclass(frozen=True)
class Records:
    times: list[datetime]
    ids: list[str | None]
    not_done: list[Message | None] = field(default_factory=list)  # a label: recorded as not done

    def __post_init__(self) -> None:
        if not self.not_done:
            self.not_done.extend([None] * len(self.times))

    def pick(self, p: int, end: datetime) -> int | None:
        """From index ``p``, the first real record before ``end``; else the first not-done one."""
        n = len(self.times)
        q = p
        while q < n and self.times[q] < end and self.not_done[q] is not None:
            q += 1
        if q < n and self.times[q] < end:
            return q
        return p if p < n and self.times[p] < end else None

    def task_fields(self, i: int) -> tuple[TaskStatus, datetime, str | None, Message | None]:
        label = self.not_done[i]
        return (
            TaskStatus.DONE if label is None else TaskStatus.NOT_DONE,
            self.times[i],
            self.ids[i],
            label,
        )


def record_key(item: Any) -> tuple[datetime, str | None]:
    if isinstance(item, datetime):
        return item, None
    if isinstance(item, tuple):
        return item[0], (item[1] if len(item) > 1 else None)
    meta = getattr(item, "meta", None)
    return item.time, getattr(meta, "id", None)


def records_of(items: Iterable[Any], now: datetime, not_done: Iterable[NotDone] = ()) -> Records:
    rows: list[tuple[datetime, str | None, Message | None]]
    rows = [(*p, None) for p in map(record_key, items) if p[0] <= now]
    rows += [(nd.time, nd.meta.id, nd.label) for nd in not_done if nd.time <= now]
    rows.sort(key=lambda r: (r[0], r[2] is not None))
    return Records([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])


@dataclass
class Cursor:
    """Index of the first record not yet used, shared by the matchers of one series.

    A series (vitals, ICE, fluid balance) is laid out in time order in several pieces
    (lymphodepletion, level segments, acute/after-D+14 pieces). A slot's grace runs past its
    piece's end into the next piece, so without a shared cursor one record in that grace
    period would complete a task on each side of the boundary.
    """

    next: int = 0


# --- slots ----------------------------------------------------------------------------------

Boundary = Callable[[datetime], tuple[datetime, datetime]]  # moment → its slot [start, end)


def slots_of(
    bounds: Boundary, start: datetime, end: datetime, merge_last: bool = True
) -> list[tuple[datetime, datetime]]:
    """The slots of ``bounds`` tiling ``[start, end)``, clipped; short edge pieces merged.

    ``merge_last=False`` when ``end`` is only the layout horizon, not a real boundary.
    """
    out: list[tuple[datetime, datetime, timedelta]] = []
    t = start
    while t < end:
        s, e = bounds(t)
        out.append((t, min(e, end), e - s))
        t = e
    if len(out) >= 2:
        s0, e0, nominal0 = out[0]
        if (e0 - s0) * 2 < nominal0:  # short first piece: into the next slot
            out[1] = (s0, out[1][1], out[1][2])
            out.pop(0)
    if merge_last and len(out) >= 2:
        s1, e1, nominal1 = out[-1]
        if (e1 - s1) * 2 < nominal1:  # short last piece: into the previous slot
            out[-2] = (out[-2][0], e1, out[-2][2])
            out.pop()
    return [(s, e) for s, e, _ in out]


def match_slots(
    code: str,
    kind: str,
    slots: Sequence[tuple[datetime, datetime]],
    records: Records,
    now: datetime,
    grace: timedelta,
    message: Callable[[datetime, datetime], Message],
    source: str,
    cursor: Cursor | None = None,
) -> list[Task]:
    """Slot tasks due at each slot's end; greedy in time order (each record used once).

    With ``cursor``, records before ``cursor.next`` are taken as used by earlier tasks of the
    series, and the cursor is moved past the records used here.
    """
    tasks: list[Task] = []
    p = cursor.next if cursor is not None else 0
    n = len(records.times)
    done_at: datetime | None
    for s, e in slots:
        overdue_at = e + grace
        p = max(p, bisect_left(records.times, s))
        i = records.pick(p, overdue_at) if p < n else None
        if i is not None:
            status, done_at, done_by, label = records.task_fields(i)
            p = i + 1
        else:
            status = TaskStatus.OVERDUE if now >= overdue_at else TaskStatus.DUE
            done_at = done_by = label = None
        tasks.append(
            Task(
                code,
                kind,
                e,
                s,
                overdue_at,
                overdue_at,
                status,
                done_by,
                done_at,
                message(s, e),
                source,
                label,
            )
        )
    if cursor is not None:
        cursor.next = p
    return tasks


def chain(
    code: str,
    kind: str,
    start: datetime,
    end: datetime,
    interval: timedelta,
    records: Records,
    now: datetime,
    grace: timedelta,
    message: Message,
    source: str,
    cursor: Cursor | None = None,
    closed: bool = False,
    include_end: bool = False,
) -> list[Task]:
    """Escalated tasks: each due ``interval`` after the record that completed the previous one.

    With ``cursor``, only records from ``cursor.next`` on are free (see :func:`match_slots`).
    ``closed`` when ``end`` is a grade change: a record exactly at ``end`` still completes this
    chain's open task (it is the record that ended the segment); the next segment starts
    counting from it. No task is made due after ``end``, nor at it unless
    ``include_end`` (the adaptive ICE window asks for its last check at its end).
    """
    tasks: list[Task] = []
    first_free = cursor.next if cursor is not None else 0
    window_end = end + TICK if closed else end
    last = start
    while True:
        due = last + interval
        if due > end or (due == end and not include_end):
            break
        overdue_at = due + grace
        i = max(first_free, bisect_right(records.times, last))
        if i < len(records.times) and records.times[i] < window_end:
            status, done_at, done_by, label = records.task_fields(i)
            tasks.append(
                Task(
                    code,
                    kind,
                    due,
                    last,
                    window_end,
                    overdue_at,
                    status,
                    done_by,
                    done_at,
                    message,
                    source,
                    label,
                )
            )
            last = done_at
            first_free = i + 1
            if cursor is not None:
                cursor.next = first_free
            continue
        if now >= overdue_at:
            tasks.append(
                Task(
                    code,
                    kind,
                    due,
                    last,
                    window_end,
                    overdue_at,
                    TaskStatus.OVERDUE,
                    message=message,
                    source=source,
                )
            )
            break  # one outstanding task until a record arrives
        tasks.append(
            Task(
                code,
                kind,
                due,
                last,
                window_end,
                overdue_at,
                TaskStatus.DUE,
                message=message,
                source=source,
            )
        )
        last = due  # assume done on time from here
    return tasks


def window_tasks(
    code: str,
    kind: str,
    dues: Sequence[tuple[datetime, Message]],
    tolerance: timedelta,
    records: Records,
    now: datetime,
    source: str,
) -> list[Task]:
    """Tasks due on a date, done by a record within ± ``tolerance``."""
    tasks: list[Task] = []
    p = 0
    n = len(records.times)
    done_at: datetime | None
    for due, when in dues:
        s, e = due - tolerance, due + tolerance
        p = max(p, bisect_left(records.times, s))
        i = records.pick(p, e) if p < n else None
        if i is not None:
            status, done_at, done_by, label = records.task_fields(i)
            p = i + 1
        else:
            status = TaskStatus.OVERDUE if now >= e else TaskStatus.DUE
            done_at = done_by = label = None
        tasks.append(
            Task(
                code,
                kind,
                due,
                s,
                e,
                e,
                status,
                done_by,
                done_at,
                msg(code, when=when),
                source,
                label,
            )
        )
    return tasks
