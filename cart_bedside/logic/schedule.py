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
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from .messages import Message, msg
from .observations import (
    AdaptiveIceSettings,
    NotDone,
    Trigger,
    adaptive_triggers,
    adaptive_windows,
    split_by_windows,
)
from .risk import reassessment_window
from .shifts import DAY, ShiftSettings, fluid_day_of, shift_of
from .task_matching import (
    Cursor,
    Records,
    Task,
    TaskKind,
    TaskStatus,  # noqa: F401 - services and screens import it from here
    chain,
    match_slots,
    records_of,
    slots_of,
    window_tasks,
)
from .timeutil import study_day

HOUR = timedelta(hours=1)
GRACE = timedelta(minutes=30)


def add_months(moment: datetime, months: int) -> datetime:
    """Same day and time ``months`` calendar months later (clamped to the month's last day)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class EscalationSettings:
    """Ward setting: monitoring intervals while CRS/ICANS is present (clinical-rules §8)."""

    vitals_grade1: timedelta = timedelta(hours=4)
    ice_grade1: timedelta = timedelta(hours=8)
    vitals_grade2: timedelta = timedelta(hours=1)
    ice_grade2: timedelta = timedelta(hours=4)

    def __post_init__(self) -> None:
        for name in ("vitals_grade1", "ice_grade1", "vitals_grade2", "ice_grade2"):
            value = getattr(self, name)
            if not timedelta(minutes=15) <= value <= DAY:
                raise ValueError(f"{name}: {value} is outside 15 min – 24 h")
        if self.vitals_grade2 > self.vitals_grade1 or self.ice_grade2 > self.ice_grade1:
            raise ValueError("grade ≥ 2 intervals must not be longer than grade 1 intervals")

    def interval(self, kind: str, level: int) -> timedelta | None:
        """The interval for ``kind`` ("vitals"/"ice") at escalation ``level``; None at level 0."""
        if level <= 0:
            return None
        if kind == TaskKind.VITALS:
            return self.vitals_grade2 if level >= 2 else self.vitals_grade1
        if kind == TaskKind.ICE:
            return self.ice_grade2 if level >= 2 else self.ice_grade1
        return None


@dataclass(frozen=True)
class MonitoringSettings:
    """Ward settings of the routine schedule (clinical-rules §8)."""

    grace: timedelta = GRACE
    vitals_every_shift: bool = True
    ice_every_shift: bool = True
    fluid_every_shift: bool = True
    acute_last_day: int = 14
    lymphodepletion_labs_every_days: int = 2
    labs_panel_days: tuple[int, ...] = (7, 14)
    cart_expansion_days: tuple[int, ...] = (7, 10, 14)
    cardiac_marker_days: tuple[int, ...] = (10, 11, 12, 13, 14)
    monthly_until_month: int = 3
    followup_tolerance: timedelta = timedelta(days=7)
    followup_every_months_from_year3: int = 3

    def __post_init__(self) -> None:
        if self.grace < timedelta(0):
            raise ValueError("grace must not be negative")
        if self.lymphodepletion_labs_every_days not in (1, 2):
            raise ValueError("lymphodepletion labs are every 1 or 2 days")
        if self.followup_every_months_from_year3 not in range(3, 7):
            raise ValueError("follow-up from year 3 is every 3–6 months")


def escalation_level(crs_grade: int, icans_grade: int) -> int:
    """2 if CRS ≥ 2 or ICANS ≥ 2; 1 if CRS ≥ 1 or ICANS ≥ 1; else 0 (clinical-rules §8)."""
    worst = max(crs_grade, icans_grade)
    return 2 if worst >= 2 else (1 if worst >= 1 else 0)


def level_segments(
    grade_timeline: Sequence[tuple[datetime, int, int]], start: datetime, end: datetime
) -> list[tuple[datetime, datetime, int]]:
    """``[s, e, level]`` pieces tiling ``[start, end)``; consecutive equal levels merged."""
    entries = sorted(grade_timeline, key=lambda e: e[0])
    level = 0
    changes: list[tuple[datetime, int]] = []
    for t, crs, icans in entries:
        new = escalation_level(crs, icans)
        if t <= start:
            level = new
            continue
        if t >= end:
            break
        changes.append((t, new))
    out: list[tuple[datetime, datetime, int]] = []
    seg_start, seg_level = start, level
    for t, new in changes:
        if new != seg_level:
            out.append((seg_start, t, seg_level))
            seg_start, seg_level = t, new
    if seg_start < end:
        out.append((seg_start, end, seg_level))
    return out


# --- records --------------------------------------------------------------------------------


# --- the schedule ---------------------------------------------------------------------------


def _day_start(infusion_time: datetime, day: int) -> datetime:
    return datetime.combine(
        infusion_time.date() + timedelta(days=day), time(0), tzinfo=infusion_time.tzinfo
    )


def _freq(boundary: str) -> Message:
    return msg(f"task.freq.{boundary}")


def _bedside_series(
    kind: str,
    code: str,
    infusion_time: datetime,
    settings: ShiftSettings,
    segments: list[tuple[datetime, datetime, int]],
    records: Records,
    now: datetime,
    escalation: EscalationSettings,
    monitoring: MonitoringSettings,
    lymphodepletion_start: datetime | None,
    stop: datetime,
    every_shift: bool,
    horizon: datetime,
    windows: Sequence[tuple[datetime, datetime]] = (),
    adaptive: AdaptiveIceSettings | None = None,
) -> list[Task]:
    """Vitals, ICE or fluid balance over the lymphodepletion, acute and inpatient phases."""
    grace = monitoring.grace
    source = "source.seed002.monitoring"
    acute_end = _day_start(infusion_time, monitoring.acute_last_day + 1)

    def by_shift(t: datetime) -> tuple[datetime, datetime]:
        return shift_of(t, settings)[1:]

    def by_day(t: datetime) -> tuple[datetime, datetime]:
        return fluid_day_of(t, settings)

    tasks: list[Task] = []
    used = Cursor()  # one record completes at most one task across all pieces below
    if lymphodepletion_start is not None and kind != TaskKind.ICE:
        ld_end = min(infusion_time, stop)
        if lymphodepletion_start < ld_end:
            slots = slots_of(by_day, lymphodepletion_start, ld_end, ld_end != horizon)
            tasks += match_slots(
                code,
                kind,
                slots,
                records,
                now,
                grace,
                lambda s, e: msg(code, freq=_freq("daily")),
                source,
                used,
            )
    for seg_start, seg_end, level, adaptive_piece in split_by_windows(segments, windows):
        at_grade_change = seg_end < stop  # else the segment ends at discharge or the horizon
        seg_end = min(seg_end, stop)
        if seg_start >= seg_end:
            continue
        if adaptive_piece and adaptive is not None:
            minutes = int(adaptive.interval.total_seconds() // 60)
            hours = _hours(adaptive.duration.total_seconds() / 3600)
            tasks += chain(
                code,
                kind,
                seg_start,
                seg_end,
                adaptive.interval,
                records,
                now,
                adaptive.grace_for(grace),
                msg(
                    "task.ice_adaptive", freq=msg("task.freq.minutes", minutes=minutes), hours=hours
                ),
                "source.adaptive_ice",
                used,
                closed=True,
                include_end=True,
            )
            continue
        interval = escalation.interval(kind, level)
        if interval is not None:
            hours = interval.total_seconds() / 3600
            tasks += chain(
                code,
                kind,
                seg_start,
                seg_end,
                interval,
                records,
                now,
                grace,
                msg(code, freq=msg("task.freq.hours", hours=_hours(hours))),
                source,
                used,
                closed=at_grade_change,
            )
            continue
        # level 0: every shift in the acute phase (ward setting), daily afterwards
        pieces = []
        if seg_start < acute_end:
            pieces.append((seg_start, min(seg_end, acute_end), every_shift))
        if seg_end > acute_end:
            pieces.append((max(seg_start, acute_end), seg_end, False))
        for p_start, p_end, shiftly in pieces:
            bounds = by_shift if shiftly else by_day
            label = _freq("shift" if shiftly else "daily")
            slots = slots_of(bounds, p_start, p_end, p_end != horizon)
            tasks += match_slots(
                code,
                kind,
                slots,
                records,
                now,
                grace,
                _fixed_message(code, freq=label),
                source,
                used,
            )
    return tasks


def _hours(hours: float) -> int | float:
    return int(hours) if float(hours).is_integer() else round(hours, 2)


def _day_tasks(
    code: str,
    kind: str,
    days: Iterable[int],
    infusion_time: datetime,
    records: Records,
    now: datetime,
    grace: timedelta,
    source: str,
) -> list[Task]:
    days = list(days)
    slots = [(_day_start(infusion_time, d), _day_start(infusion_time, d + 1)) for d in days]
    day_of = {s: d for d, (s, _) in zip(days, slots, strict=True)}
    return match_slots(
        code, kind, slots, records, now, grace, lambda s, e: msg(code, day=day_of[s]), source
    )


def followup_months(until_month: int, every_from_year3: int = 3) -> list[int]:
    """Seed 001 visit months after D+14 and D+28: 2–6, 8, 10, 12, 15 … 24, then every N."""
    months = [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24]
    m = 24 + every_from_year3
    while m <= until_month:
        months.append(m)
        m += every_from_year3
    return [m for m in months if m <= until_month]


def response_months(until_month: int) -> list[int]:
    """Seed 000 8.2: months 1, 3, 6, 9, 12, then every 6 months."""
    months = [1, 3, 6, 9, 12]
    m = 18
    while m <= until_month:
        months.append(m)
        m += 6
    return [m for m in months if m <= until_month]


def _months_until(infusion_time: datetime, end: datetime) -> int:
    return max(0, (end.year - infusion_time.year) * 12 + end.month - infusion_time.month + 1)


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
    grace = monitoring.grace
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
        tasks += _bedside_series(
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

    source = "source.seed002.monitoring"
    if lymphodepletion_start is not None:
        n = monitoring.lymphodepletion_labs_every_days
        d0 = _day_start(infusion_time, 0)
        first = study_day(lymphodepletion_start, infusion_time)
        blocks = [
            (_day_start(infusion_time, d), min(_day_start(infusion_time, d + n), d0))
            for d in range(first, 0, n)
        ]
        tasks += match_slots(
            "task.labs_lymphodepletion",
            TaskKind.LABS,
            blocks,
            r(TaskKind.LABS),
            now,
            grace,
            lambda s, e: msg("task.labs_lymphodepletion", freq=msg("task.freq.days", days=n)),
            source,
        )
    tasks += _day_tasks(
        "task.labs_panel",
        TaskKind.LABS,
        monitoring.labs_panel_days,
        infusion_time,
        r(TaskKind.LABS),
        now,
        grace,
        source,
    )
    tasks += _day_tasks(
        "task.cart_expansion",
        TaskKind.CART_EXPANSION,
        monitoring.cart_expansion_days,
        infusion_time,
        r(TaskKind.CART_EXPANSION),
        now,
        grace,
        source,
    )
    tasks += _day_tasks(
        "task.cardiac_markers",
        TaskKind.CARDIAC_MARKERS,
        monitoring.cardiac_marker_days,
        infusion_time,
        r(TaskKind.CARDIAC_MARKERS),
        now,
        grace,
        source,
    )

    tol = monitoring.followup_tolerance
    months = _months_until(infusion_time, end + tol)
    monthly = [
        (add_months(infusion_time, m), msg("task.when.month", month=m))
        for m in range(1, monitoring.monthly_until_month + 1)
    ]
    # monthly CAR-T kinetics share the cart_expansion records with D+7/10/14 but not their days
    tasks += window_tasks(
        "task.cart_kinetics_monthly",
        TaskKind.CART_EXPANSION,
        monthly,
        tol,
        r(TaskKind.CART_EXPANSION),
        now,
        source,
    )
    tasks += window_tasks(
        "task.immunoglobulins_monthly",
        TaskKind.IGG,
        monthly,
        tol,
        r(TaskKind.IGG),
        now,
        "source.seed001.igg",
    )
    visits = [(infusion_time + timedelta(days=d), msg("task.when.day", day=d)) for d in (14, 28)]
    visits += [
        (add_months(infusion_time, m), msg("task.when.month", month=m))
        for m in followup_months(months, monitoring.followup_every_months_from_year3)
    ]
    tasks += window_tasks(
        "task.followup",
        TaskKind.FOLLOWUP,
        visits,
        tol,
        r(TaskKind.FOLLOWUP),
        now,
        "source.seed001.followup",
    )
    responses = [
        (add_months(infusion_time, m), msg("task.when.month", month=m))
        for m in response_months(months)
    ]
    tasks += window_tasks(
        "task.response",
        TaskKind.RESPONSE,
        responses,
        tol,
        r(TaskKind.RESPONSE),
        now,
        "source.seed000.s8_2",
    )
    if high_risk and lymphodepletion_end is not None:
        window = reassessment_window(lymphodepletion_end)
        tasks += match_slots(
            "task.reassessment",
            TaskKind.REASSESSMENT,
            [window],
            r(TaskKind.REASSESSMENT),
            now,
            grace,
            lambda s, e: msg("task.reassessment"),
            "source.seed000.s6_1_3",
        )

    tasks = [t for t in tasks if t.window_start < end and _span_end(t) > start]
    tasks.sort(key=lambda t: (t.due_at, t.code))
    return tasks


def _fixed_message(code: str, **params: Any) -> Callable[[datetime, datetime], Message]:
    """The same message for every slot (``match_slots``'s ``message``)."""
    return lambda _start, _end: msg(code, **params)


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
