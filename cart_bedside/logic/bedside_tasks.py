"""Vitals, ICE/CAPD and intake/output tasks over the lymphodepletion, acute and inpatient
phases (clinical-rules §8 and the adaptive ICE checks of §12).

Part of :mod:`cart_bedside.logic.schedule`; the layout rules (slots, escalated
chains, a record at a grade change) are in that module's docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from .messages import Message, msg
from .observations import AdaptiveIceSettings, split_by_windows
from .schedule_settings import EscalationSettings, MonitoringSettings
from .shifts import ShiftSettings, fluid_day_of, shift_of
from .task_matching import Cursor, Records, Task, TaskKind, chain, match_slots, slots_of


def day_start(infusion_time: datetime, day: int) -> datetime:
    return datetime.combine(
        infusion_time.date() + timedelta(days=day), time(0), tzinfo=infusion_time.tzinfo
    )


def _freq(boundary: str) -> Message:
    return msg(f"task.freq.{boundary}")


def bedside_series(
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
    acute_end = day_start(infusion_time, monitoring.acute_last_day + 1)

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
            hours = hours_label(adaptive.duration.total_seconds() / 3600)
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
                msg(code, freq=msg("task.freq.hours", hours=hours_label(hours))),
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


def hours_label(hours: float) -> int | float:
    return int(hours) if float(hours).is_integer() else round(hours, 2)


def _fixed_message(code: str, **params: Any) -> Callable[[datetime, datetime], Message]:
    """The same message for every slot (``match_slots``'s ``message``)."""
    return lambda _start, _end: msg(code, **params)
