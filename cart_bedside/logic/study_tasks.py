"""Laboratory, follow-up and response tasks by study day and month (clinical-rules §8).

Part of :mod:`cart_bedside.logic.schedule`: lymphodepletion labs, the D+7/D+14
panel, CAR-T expansion and cardiac markers by study day, the monthly kinetics
and immunoglobulins to month 3, follow-up visits (seed 001), response
assessment (seed 000 8.2) and the high-risk re-assessment (seed 000 6.1.3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from .bedside_tasks import day_start
from .messages import msg
from .risk import reassessment_window
from .schedule_settings import MonitoringSettings, add_months
from .task_matching import Records, Task, TaskKind, match_slots, window_tasks
from .timeutil import study_day


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
    slots = [(day_start(infusion_time, d), day_start(infusion_time, d + 1)) for d in days]
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


def study_tasks(
    infusion_time: datetime,
    r: Callable[[str], Records],
    now: datetime,
    end: datetime,
    monitoring: MonitoringSettings,
    lymphodepletion_start: datetime | None,
    lymphodepletion_end: datetime | None,
    high_risk: bool,
) -> list[Task]:
    """Every study-day, monthly and visit task up to ``end`` (records of a kind from ``r``)."""
    grace = monitoring.grace
    tasks: list[Task] = []
    source = "source.seed002.monitoring"
    if lymphodepletion_start is not None:
        n = monitoring.lymphodepletion_labs_every_days
        d0 = day_start(infusion_time, 0)
        first = study_day(lymphodepletion_start, infusion_time)
        blocks = [
            (day_start(infusion_time, d), min(day_start(infusion_time, d + n), d0))
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
    return tasks
