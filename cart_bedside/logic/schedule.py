"""The monitoring schedule as tasks the ward board counts down (clinical-rules §8).

Sources: seed 002 staged monitoring (lymphodepletion, D0–D+14, to month 3),
seed 001 follow-up visits, seed 000 8.2 response assessment and 6.1.3
re-assessment, clinical-rules §7 (IgG monthly for 3 months).

A :class:`Task` asks for one record of its ``kind`` (vitals, ice, fluid
balance, labs …). It is *done* by the first unused record of that kind in its
window, *overdue* once ``now`` reaches ``overdue_at`` without one, and *due*
otherwise (including tasks in the future).

How tasks are laid out (our reading, documented):

- **Slot tasks** (every shift, every ward day, a study day, a block of days):
  one record anywhere in the slot. ``due_at`` is the end of the slot (the
  deadline); a record up to ``grace`` (default 30 min) after it still counts;
  ``overdue_at = due_at + grace``. Records are matched in time order, each
  completing the earliest open task whose window holds it. "Daily" bedside
  tasks use the ward's fluid day (default 08:00–08:00); lab and marker tasks
  use the calendar study day (D+7 = the calendar day).
- **Escalated tasks** (while CRS ≥ 1 or ICANS ≥ 1): "every N hours" counts
  from the last record: the first task is due N h after the escalation
  started (the record that raised the grade), each later one N h after the
  record that completed the previous one. A record after the deadline still
  completes the task but marks it ``late``; a task without a record stays
  overdue and no further task of that chain is generated until a record
  arrives (one red line, not one per missed hour). Future tasks assume each
  is done on time.
- **A record at a grade change** (the usual case: the grade timeline is built
  from the record times themselves, so a level changes exactly at the record
  that shows it) belongs to the segment it *ends*: it completes that
  segment's open task — the check the schedule was waiting for, late if past
  its grace — and the next segment counts from it (an escalated chain's
  first task is due one interval after it). An escalated segment that ends
  at a grade change therefore has its window closed at the change
  (``window_end`` is one microsecond after it); a routine slot's grace
  already covers it. If the ending segment has no open task (its last check
  was done and the next would fall at or after the change), the record is
  free and completes the next segment's routine slot it falls in. It never
  completes two tasks, so after completing an overdue escalated check the
  routine slot it opens still needs its own record.
- Escalation level: 2 while CRS ≥ 2 or ICANS ≥ 2, 1 while CRS ≥ 1 or ICANS ≥ 1,
  else 0; ``grade_timeline`` holds ``(time, crs_grade, icans_grade)`` entries,
  each valid from its time to the next entry. Escalation applies from
  infusion on; a change of level ends one segment and starts the next. When a
  segment boundary cuts a slot, a piece shorter than half a slot is merged
  into its neighbour in the same segment.
- Phases: lymphodepletion ``[lymphodepletion_start, infusion)`` — vitals and
  intake/output daily, CBC and liver/kidney function every 2 days (ward
  setting, "every 1–2 days"); acute ``[infusion, D+15 00:00)`` — vitals,
  ICE/CAPD and intake/output every shift (ward settings; off = daily); after
  D+14 until ``discharge_time`` — vitals, neuro check and intake/output daily
  (seed 004 §2.3: neuro checks stay until discharge). Without a
  lymphodepletion start, no lymphodepletion tasks are made.
- Study-day tasks: labs panel D+7 and D+14; CAR-T expansion and B cells D+7,
  D+10, D+14; cardiac markers every day D+10–D+14 (seed 002 "严密监测").
- Monthly to month 3: CAR-T kinetics (kind ``cart_expansion``) and
  immunoglobulins/B cells/vaccine titres (kind ``igg``). Follow-up visits:
  D+14, D+28 (= month 1), months 2–6, 8, 10, 12, 15, 18, 21, 24, then every 3
  months (the shorter end of seed 001's "3–6 months"; a setting). Response
  assessment: months 1, 3, 6, 9, 12, then every 6 months. These are due on
  the date (infusion time of day) and done by a record within ±7 days
  (``followup_tolerance``); overdue after that.
- High-risk re-assessment (seed 000 6.1.3): the two calendar days after
  lymphodepletion ended, done by a ``reassessment`` record.
- ``records_by_kind`` maps a kind to records: objects with ``.time`` (and
  ``.meta.id``), ``(time, id)`` pairs or bare datetimes. Records after ``now``
  are ignored. For children, CAPD checks are passed under ``"ice"``.
- The result holds every task whose window overlaps ``[start, end)``, sorted
  by ``due_at``.

Code: this module lays the schedule out and filters it (and re-exports the
names callers use); :mod:`.schedule_settings` holds the ward settings and the
escalation level, :mod:`.bedside_tasks` the vitals/ICE/intake-output series,
:mod:`.study_tasks` the labs, markers, monthly tasks, visits and re-assessment;
matching records to tasks is :mod:`.task_matching`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from .bedside_tasks import bedside_series
from .observations import (
    AdaptiveIceSettings,
    NotDone,
    Trigger,
    adaptive_triggers,
    adaptive_windows,
)
from .schedule_settings import (
    GRACE,
    HOUR,
    EscalationSettings,
    MonitoringSettings,
    add_months,
    escalation_level,
    level_segments,
)
from .shifts import DAY, ShiftSettings
from .study_tasks import followup_months, response_months, study_tasks
from .task_matching import Records, Task, TaskKind, TaskStatus, records_of

__all__ = [
    "GRACE",
    "HOUR",
    "EscalationSettings",
    "MonitoringSettings",
    "Task",
    "TaskKind",
    "TaskStatus",
    "add_months",
    "escalation_level",
    "followup_months",
    "level_segments",
    "monitoring_tasks",
    "response_months",
]


def monitoring_tasks(
    infusion_time: datetime,
    settings: ShiftSettings | None,
    grade_timeline: Sequence[tuple[datetime, int, int]],
    records_by_kind: Mapping[str, Iterable[Any]],
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    escalation: EscalationSettings | None = None,
    monitoring: MonitoringSettings | None = None,
    lymphodepletion_start: datetime | None = None,
    lymphodepletion_end: datetime | None = None,
    high_risk: bool = False,
    discharge_time: datetime | None = None,
    not_done: Iterable[NotDone] = (),
    neuro_checks: Iterable[Any] = (),
    adaptive: AdaptiveIceSettings | None = None,
) -> list[Task]:
    """All monitoring tasks whose window overlaps ``[start, end)``, with their status at ``now``.

    Implements clinical-rules §8 (seed 002 staged monitoring, seed 001
    follow-up, seed 000 8.2 and 6.1.3) with the escalation of §8 and the
    layout rules in this module's docstring, the adaptive ICE schedule and the
    checks recorded as not done of §12 (:mod:`cart_bedside.logic.observations`):
    ``not_done`` records complete tasks of their ``kind`` as ``not_done``;
    ``neuro_checks`` (ICANS points or ``(time, ice_score, grade)``) give the
    adaptive ICE windows under ``adaptive`` (default on).
    """
    settings = settings or ShiftSettings()
    escalation = escalation or EscalationSettings()
    monitoring = monitoring or MonitoringSettings()
    adaptive = adaptive or AdaptiveIceSettings()
    skipped: dict[str, list[NotDone]] = {}
    for nd in not_done:
        skipped.setdefault(nd.kind, []).append(nd)
    recs = {
        kind: records_of(records_by_kind.get(kind, ()), now, skipped.get(kind, ()))
        for kind in {*records_by_kind, *skipped}
    }
    windows = adaptive_windows(_triggers_until(neuro_checks, now), adaptive)
    empty = Records([], [])

    def r(kind: str) -> Records:
        return recs.get(kind, empty)

    # Lay tasks out past ``end`` so the query window never cuts a slot; filter at the end.
    horizon = end + DAY
    bedside_stop = horizon if discharge_time is None else min(horizon, discharge_time)
    tasks: list[Task] = []
    if infusion_time < bedside_stop:
        segments = level_segments(grade_timeline, infusion_time, bedside_stop)
    else:
        segments = []
    for kind, code, every_shift in (
        (TaskKind.VITALS, "task.vitals", monitoring.vitals_every_shift),
        (TaskKind.ICE, "task.ice", monitoring.ice_every_shift),
        (TaskKind.FLUID_BALANCE, "task.fluid_balance", monitoring.fluid_every_shift),
    ):
        tasks += bedside_series(
            kind,
            code,
            infusion_time,
            settings,
            segments,
            r(kind),
            now,
            escalation,
            monitoring,
            lymphodepletion_start,
            bedside_stop,
            every_shift,
            horizon,
            windows if kind == TaskKind.ICE else (),
            adaptive,
        )

    tasks += study_tasks(
        infusion_time,
        r,
        now,
        end,
        monitoring,
        lymphodepletion_start,
        lymphodepletion_end,
        high_risk,
    )

    tasks = [t for t in tasks if t.window_start < end and _span_end(t) > start]
    tasks.sort(key=lambda t: (t.due_at, t.code))
    return tasks


def _triggers_until(neuro_checks: Iterable[Any], now: datetime) -> list[Trigger]:
    def when(c: Any) -> datetime:
        moment: datetime = c[0] if isinstance(c, tuple) else c.time
        return moment

    return adaptive_triggers(c for c in neuro_checks if when(c) <= now)


def _span_end(task: Task) -> datetime:
    """Where a task stops mattering: its record if done, else the end of its window."""
    if task.done_at is not None:
        return min(task.window_end, task.done_at + timedelta(microseconds=1))
    return task.window_end
