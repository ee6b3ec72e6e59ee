"""Ward settings of the monitoring schedule and the escalation level (clinical-rules §8).

Part of :mod:`cart_bedside.logic.schedule` (which re-exports every name here):
the routine schedule's settings, the escalated intervals while CRS/ICANS is
present, the escalation level over a grade timeline, and calendar months.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .shifts import DAY
from .task_matching import TaskKind

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
