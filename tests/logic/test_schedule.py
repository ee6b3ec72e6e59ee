"""Monitoring tasks (clinical-rules §8): slots, escalation chains, follow-up, filtering."""

import time as clock
from collections import Counter
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import RecordMeta, VitalSigns
from cart_bedside.logic.schedule import (
    EscalationSettings,
    MonitoringSettings,
    TaskStatus,
    add_months,
    escalation_level,
    followup_months,
    level_segments,
    monitoring_tasks,
    response_months,
)
from cart_bedside.logic.shifts import ShiftSettings
from tests.logic.task_helpers import next_due

INF = datetime(2026, 11, 1, 10, 0)  # D0, day shift
H = timedelta(hours=1)


def d(day: int, hour: float = 0) -> datetime:
    return datetime(2026, 11, 1) + timedelta(days=day, hours=hour)


def tasks(code=None, *, records=None, timeline=(), start=None, end=None, now=None, **kw):
    out = monitoring_tasks(
        INF,
        kw.pop("shifts", None),
        list(timeline),
        records or {},
        start or d(-10),
        end or d(40),
        now or d(40),
        **kw,
    )
    return [t for t in out if code is None or t.code == code]


def first(code, **kw):
    return tasks(code, **kw)[0]


# --- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 1, 31, 10), 1, datetime(2026, 2, 28, 10)),
        (datetime(2028, 1, 31), 1, datetime(2028, 2, 29)),
        (datetime(2026, 11, 1), 2, datetime(2027, 1, 1)),
        (datetime(2026, 11, 30), 3, datetime(2027, 2, 28)),
        (datetime(2026, 11, 1), 12, datetime(2027, 11, 1)),
        (datetime(2026, 11, 1), 0, datetime(2026, 11, 1)),
    ],
)
def test_add_months(moment, months, expected):
    assert add_months(moment, months) == expected


@pytest.mark.parametrize(
    ("crs", "icans", "level"),
    [(0, 0, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1), (2, 0, 2), (0, 2, 2), (1, 2, 2), (4, 3, 2)],
)
def test_escalation_level(crs, icans, level):
    assert escalation_level(crs, icans) == level


def test_level_segments_merge_equal_levels():
    timeline = [(d(0, 8), 1, 0), (d(1), 1, 0), (d(1, 1), 1, 1), (d(2), 2, 0), (d(3), 0, 0)]
    segs = level_segments(timeline, INF, d(5))
    assert segs == [(INF, d(2), 1), (d(2), d(3), 2), (d(3), d(5), 0)]
    assert level_segments([], INF, d(5)) == [(INF, d(5), 0)]


def test_followup_and_response_months():
    assert followup_months(36) == [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24, 27, 30, 33, 36]
    assert followup_months(36, 6) == [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24, 30, 36]
    assert response_months(36) == [1, 3, 6, 9, 12, 18, 24, 30, 36]
    assert response_months(5) == [1, 3]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"vitals_grade1": timedelta(minutes=10)},
        {"ice_grade1": timedelta(hours=25)},
        {"vitals_grade2": timedelta(hours=5)},
    ],
)
def test_escalation_settings_are_validated(kwargs):
    with pytest.raises(ValueError):
        EscalationSettings(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"grace": timedelta(minutes=-1)},
        {"lymphodepletion_labs_every_days": 3},
        {"followup_every_months_from_year3": 12},
    ],
)
def test_monitoring_settings_are_validated(kwargs):
    with pytest.raises(ValueError):
        MonitoringSettings(**kwargs)


# --- routine bedside slots ----------------------------------------------------------------


def test_vitals_every_shift_from_infusion():
    vit = tasks("task.vitals", end=d(1, 9))
    assert [(t.window_start, t.due_at) for t in vit] == [
        (INF, d(0, 16)),
        (d(0, 16), d(1)),
        (d(1), d(1, 8)),
        (d(1, 8), d(1, 16)),
    ]
    assert vit[0].overdue_at == d(0, 16.5)
    assert render(vit[0].message, "zh_CN") == "生命体征（每班）"
    assert render(vit[0].message, "en") == "vital signs (every shift)"


def test_short_first_shift_after_infusion_is_merged():
    out = monitoring_tasks(d(0, 15), None, [], {}, d(0), d(1, 8), d(1))
    vit = [t for t in out if t.code == "task.vitals"]
    assert (vit[0].window_start, vit[0].due_at) == (d(0, 15), d(1))


@pytest.mark.parametrize(
    ("record_hour", "now_hour", "status"),
    [
        (None, 16.49, TaskStatus.DUE),
        (None, 16.5, TaskStatus.OVERDUE),
        (12, 16.5, TaskStatus.DONE),
        (10, 20, TaskStatus.DONE),  # at the slot start
        (16.4, 20, TaskStatus.DONE),  # within the 30 min grace
        (16.5, 20, TaskStatus.OVERDUE),  # after the grace: belongs to the next shift
        (9.99, 20, TaskStatus.OVERDUE),  # before infusion
        (12, 11, TaskStatus.DUE),  # recorded after `now`: not yet happened
    ],
)
def test_day_shift_task_status(record_hour, now_hour, status):
    records = {"vitals": [d(0, record_hour)]} if record_hour is not None else {}
    t = first("task.vitals", records=records, now=d(0, now_hour))
    assert t.status is status


def test_a_record_completes_only_one_task():
    recs = {
        "vitals": [
            (
                d(
                    0,
                    16,
                ),
                "v1",
            ),
            (d(0, 16.2), "v2"),
        ]
    }
    vit = tasks("task.vitals", records=recs, now=d(1, 2), end=d(1, 2))
    assert [(t.status, t.done_by) for t in vit[:2]] == [
        (TaskStatus.DONE, "v1"),
        (TaskStatus.DONE, "v2"),
    ]


# A slot's grace runs past the end of its piece of the series (lymphodepletion, a level
# segment, the acute phase); a record in it must not also complete the task on the other side.
DONE, DUE = TaskStatus.DONE, TaskStatus.DUE


@pytest.mark.parametrize(
    ("code", "kwargs", "records", "now", "expected"),
    [
        pytest.param(  # hypothesis: record_hours=[0.5], grades=[(0.25, 0, 1)], now_h=1.0
            "task.vitals",
            {"timeline": [(d(0, 10.25), 0, 1)]},
            [(d(0, 10.5), "r0")],
            d(0, 11),
            [(d(0, 10.25), DONE, "r0"), (d(0, 14.25), DUE, None)],
            id="routine-slot-grace-into-escalation",
        ),
        pytest.param(
            "task.vitals",
            {"timeline": [(d(0, 10.25), 0, 1)]},
            [(d(0, 10.5), "r0"), (d(0, 11), "r1")],
            d(0, 11.5),
            [(d(0, 10.25), DONE, "r0"), (d(0, 14.25), DONE, "r1"), (d(0, 15), DUE, None)],
            id="escalation-chain-takes-the-next-record",
        ),
        pytest.param(
            "task.vitals",
            {"lymphodepletion_start": d(-2, 10)},
            [(d(0, 10.25), "r0")],
            d(0, 11),
            [(d(0, 10), DONE, "r0"), (d(0, 16), DUE, None)],
            id="lymphodepletion-day-grace-into-acute-shift",
        ),
        pytest.param(
            "task.fluid_balance",
            {"lymphodepletion_start": d(-2, 10)},
            [(d(0, 10.25), "r0")],
            d(0, 11),
            [(d(0, 10), DONE, "r0"), (d(0, 16), DUE, None)],
            id="lymphodepletion-fluids-grace-into-acute-shift",
        ),
        pytest.param(
            "task.vitals",
            {"lymphodepletion_start": d(-2, 10), "timeline": [(d(0, 10), 1, 0)]},
            [(d(0, 10.25), "r0")],
            d(0, 11),
            [(d(0, 10), DONE, "r0"), (d(0, 14), DUE, None)],
            id="lymphodepletion-day-grace-into-escalation",
        ),
        pytest.param(
            "task.vitals",
            {},
            [(d(15, 0.25), "r0")],
            d(15, 1),
            [(d(15), DONE, "r0"), (d(16, 8), DUE, None)],
            id="last-acute-shift-grace-into-daily",
        ),
        pytest.param(
            "task.ice",
            {},
            [(d(15, 0.25), "r0")],
            d(15, 1),
            [(d(15), DONE, "r0"), (d(16, 8), DUE, None)],
            id="last-acute-ice-grace-into-daily",
        ),
    ],
)
def test_a_record_in_grace_does_not_also_complete_the_next_piece(
    code, kwargs, records, now, expected
):
    found = tasks(
        code,
        records={code.removeprefix("task."): records},
        now=now,
        start=expected[0][0] - H,
        end=expected[-1][0],
        **kwargs,
    )
    got = [
        (t.due_at, t.status, t.done_by)
        for t in found
        if expected[0][0] <= t.due_at <= expected[-1][0]
    ]
    assert got == expected


def test_late_record_in_grace_goes_to_the_open_earlier_task_first():
    recs = {"vitals": [(d(0, 16.25), "late"), (d(0, 20), "evening")]}
    vit = tasks("task.vitals", records=recs, now=d(1, 2))
    assert vit[0].done_by == "late" and vit[1].done_by == "evening"


def test_record_objects_with_meta_ids():
    v = VitalSigns(d(0, 11), temp_c=37.0, meta=RecordMeta(id="rec-7"))
    assert first("task.vitals", records={"vitals": [v]}).done_by == "rec-7"


def test_twelve_hour_shifts():
    vit = tasks("task.vitals", shifts=ShiftSettings.twelve_hour(), end=d(1, 9))
    assert [t.due_at for t in vit] == [d(0, 20), d(1, 8), d(1, 20)]


def test_daily_when_the_ward_turns_every_shift_off():
    vit = tasks("task.vitals", monitoring=MonitoringSettings(vitals_every_shift=False), end=d(2, 9))
    assert [(t.window_start, t.due_at) for t in vit] == [
        (INF, d(1, 8)),
        (d(1, 8), d(2, 8)),
        (d(2, 8), d(3, 8)),
    ]
    assert render(vit[0].message, "en") == "vital signs (daily)"


def test_ice_and_fluids_follow_their_settings():
    m = MonitoringSettings(ice_every_shift=False, fluid_every_shift=True)
    ice = tasks("task.ice", monitoring=m, end=d(1, 9))
    fluid = tasks("task.fluid_balance", monitoring=m, end=d(1, 9))
    assert [t.due_at for t in ice] == [d(1, 8), d(2, 8)]
    assert [t.due_at for t in fluid][:3] == [d(0, 16), d(1), d(1, 8)]


def test_after_d14_daily_until_discharge():
    vit = tasks("task.vitals", start=d(14), end=d(18), discharge_time=d(17, 11))
    per_shift = [t for t in vit if t.due_at <= d(15)]
    daily = [t for t in vit if t.due_at > d(15)]
    assert per_shift[-1].due_at == d(15)
    assert [(t.window_start, t.due_at) for t in daily] == [(d(15), d(16, 8)), (d(16, 8), d(17, 11))]
    assert render(daily[0].message, "en") == "vital signs (daily)"
    assert tasks("task.ice", start=d(18), end=d(20), discharge_time=d(17, 11)) == []


def test_neuro_checks_stay_until_discharge_without_a_discharge_time():
    ice = tasks("task.ice", start=d(25), end=d(26))
    assert ice and all("daily" in render(t.message, "en") for t in ice)


# --- lymphodepletion ----------------------------------------------------------------------


def test_lymphodepletion_phase():
    ld = d(-5, 9)
    vit = tasks("task.vitals", lymphodepletion_start=ld, end=d(0, 9))
    assert vit[0].window_start == ld and vit[0].due_at == d(-4, 8)
    assert vit[-1].due_at == INF  # the short piece on D0 morning merged into D−1's ward day
    assert tasks("task.ice", lymphodepletion_start=ld, end=d(0, 9)) == []
    assert len(tasks("task.fluid_balance", lymphodepletion_start=ld, end=d(0, 9))) == 5
    assert tasks("task.vitals", end=d(0, 9)) == []  # no lymphodepletion start: none


@pytest.mark.parametrize(
    ("every", "dues"),
    [
        (2, [d(-3), d(-1), d(0)]),
        (1, [d(-4), d(-3), d(-2), d(-1), d(0)]),
    ],
)
def test_lymphodepletion_labs(every, dues):
    labs = tasks(
        "task.labs_lymphodepletion",
        lymphodepletion_start=d(-5, 9),
        monitoring=MonitoringSettings(lymphodepletion_labs_every_days=every),
    )
    assert [t.due_at for t in labs] == dues
    assert labs[0].kind == "labs"


def test_reassessment_for_high_risk_only():
    kw = {"lymphodepletion_start": d(-5, 9), "lymphodepletion_end": d(-3, 11)}
    assert tasks("task.reassessment", **kw) == []
    t = first("task.reassessment", high_risk=True, **kw)
    assert (t.window_start, t.due_at, t.kind) == (d(-2), d(0), "reassessment")
    done = first("task.reassessment", high_risk=True, records={"reassessment": [d(-2, 10)]}, **kw)
    assert done.status is TaskStatus.DONE
    assert t.source == "source.seed000.s6_1_3"


# --- study-day tasks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "days"),
    [
        ("task.labs_panel", [7, 14]),
        ("task.cart_expansion", [7, 10, 14]),
        ("task.cardiac_markers", [10, 11, 12, 13, 14]),
    ],
)
def test_study_day_tasks(code, days):
    found = tasks(code)
    assert [t.window_start for t in found] == [d(n) for n in days]
    assert [t.due_at for t in found] == [d(n + 1) for n in days]
    assert render(found[0].message, "en").startswith(f"D+{days[0]}")


@pytest.mark.parametrize(
    ("record", "status"),
    [
        (d(7, 0), TaskStatus.DONE),
        (d(7, 23.9), TaskStatus.DONE),
        (d(8, 0.4), TaskStatus.DONE),
        (d(6, 23.9), TaskStatus.OVERDUE),
        (d(8, 0.5), TaskStatus.OVERDUE),
    ],
)
def test_labs_panel_window(record, status):
    t = first("task.labs_panel", records={"labs": [record]}, now=d(9))
    assert t.status is status


# --- escalation ---------------------------------------------------------------------------


def test_grade1_vitals_every_4h_from_the_last_record():
    timeline = [(d(2, 14), 1, 0)]
    recs = {
        "vitals": [
            d(2, 14),
            d(2, 17),
            d(
                2,
                21,
            ),
        ]
    }
    vit = [
        t
        for t in tasks("task.vitals", timeline=timeline, records=recs, now=d(2, 23))
        if t.window_start >= d(2, 14)
    ]
    assert [(t.due_at, t.status) for t in vit[:4]] == [
        (d(2, 18), TaskStatus.DONE),
        (d(2, 21), TaskStatus.DONE),
        (d(3, 1), TaskStatus.DUE),
        (d(3, 5), TaskStatus.DUE),
    ]
    assert render(vit[0].message, "en") == "vital signs (every 4 h)"


def test_grade2_vitals_hourly_and_ice_every_4h():
    timeline = [(d(3, 9), 2, 1)]
    vit = [
        t for t in tasks("task.vitals", timeline=timeline, now=d(3, 9)) if t.window_start >= d(3, 9)
    ]
    assert [t.due_at for t in vit[:3]] == [d(3, 10), d(3, 11), d(3, 12)]
    ice = [
        t for t in tasks("task.ice", timeline=timeline, now=d(3, 9)) if t.window_start >= d(3, 9)
    ]
    assert [t.due_at for t in ice[:2]] == [d(3, 13), d(3, 17)]
    assert render(ice[0].message, "zh_CN") == "神经系统评估 ICE/CAPD（每 4 小时）"


def test_icans_alone_escalates_ice_every_8h():
    ice = [
        t
        for t in tasks("task.ice", timeline=[(d(4, 6), 0, 1)], now=d(4, 6))
        if t.window_start >= d(4, 6)
    ]
    assert [t.due_at for t in ice[:2]] == [d(4, 14), d(4, 22)]


@pytest.mark.parametrize(
    ("now_hour", "status"),
    [(10.49, TaskStatus.DUE), (10.5, TaskStatus.OVERDUE)],
)
def test_escalated_task_grace(now_hour, status):
    vit = [
        t
        for t in tasks("task.vitals", timeline=[(d(3, 9), 2, 0)], now=d(3, now_hour))
        if t.window_start >= d(3, 9)
    ]
    assert vit[0].status is status


def test_missed_escalated_check_is_one_overdue_task():
    vit = [
        t
        for t in tasks(
            "task.vitals", timeline=[(d(3, 9), 2, 0)], now=d(3, 15), start=d(3, 9), end=d(3, 20)
        )
        if t.window_start >= d(3, 9)
    ]
    overdue = [t for t in vit if t.status is TaskStatus.OVERDUE]
    assert len(overdue) == 1 and overdue[0].due_at == d(3, 10)


def test_late_record_completes_and_restarts_the_chain():
    recs = {"vitals": [(d(3, 12), "late")]}
    vit = [
        t
        for t in tasks("task.vitals", timeline=[(d(3, 9), 2, 0)], records=recs, now=d(3, 12.2))
        if t.window_start >= d(3, 9)
    ]
    assert vit[0].status is TaskStatus.DONE and vit[0].late and vit[0].done_by == "late"
    assert vit[1].due_at == d(3, 13) and vit[1].status is TaskStatus.DUE
    assert not first("task.vitals", records={"vitals": [d(0, 11)]}).late


def test_de_escalation_returns_to_every_shift():
    timeline = [
        (d(3, 9), 2, 0),
        (
            d(
                3,
                12,
            ),
            0,
            0,
        ),
    ]
    recs = {"vitals": [d(3, 9), d(3, 10), d(3, 11), d(3, 12)]}
    vit = [
        t
        for t in tasks("task.vitals", timeline=timeline, records=recs, now=d(3, 13))
        if t.window_start >= d(3, 9)
    ]
    assert [t.due_at for t in vit[:3]] == [d(3, 10), d(3, 11), d(3, 16)]
    assert vit[2].window_start == d(3, 12)


# The grade timeline is built from the record times themselves (service `_tasks`), so a grade
# change sits exactly on a record. That record completes the open task of the segment it ends;
# the next segment counts from it. One record still completes at most one task.
OVERDUE = TaskStatus.OVERDUE


@pytest.mark.parametrize(
    ("code", "timeline", "records", "now", "expected"),
    [
        pytest.param(  # the reported bug: the 12:00 check stayed red for the rest of the shift
            "task.vitals",
            [(d(3, 9), 2, 0), (d(3, 12), 0, 0)],
            [(d(3, 9), "raise"), (d(3, 12), "ends")],
            d(3, 12.2),
            [(d(3, 10), DONE, "ends", True), (d(3, 16), DUE, None, False)],
            id="crs-2-to-0-at-a-record-completes-the-overdue-hourly-check",
        ),
        pytest.param(
            "task.vitals",
            [(d(3, 9), 2, 0), (d(3, 12), 0, 0)],
            [(d(3, 9), "raise"), (d(3, 12), "ends")],
            d(3, 17),
            [(d(3, 10), DONE, "ends", True), (d(3, 16), OVERDUE, None, False)],
            id="crs-2-to-0-the-routine-slot-needs-its-own-record",
        ),
        pytest.param(
            "task.vitals",
            [(d(2, 14), 1, 0), (d(2, 19), 2, 0)],
            [(d(2, 14), "raise"), (d(2, 19), "worse")],
            d(2, 19.2),
            [(d(2, 18), DONE, "worse", True), (d(2, 20), DUE, None, False)],
            id="crs-1-to-2-at-a-record-completes-the-overdue-4-hourly-check",
        ),
        pytest.param(
            "task.vitals",
            [(d(2, 14), 1, 0), (d(2, 18.25), 2, 0)],
            [(d(2, 14), "raise"), (d(2, 18.25), "worse")],
            d(2, 18.3),
            [(d(2, 18), DONE, "worse", False), (d(2, 19.25), DUE, None, False)],
            id="crs-1-to-2-at-a-record-in-the-grace-is-on-time",
        ),
        pytest.param(
            "task.vitals",
            [(d(3, 9), 2, 0), (d(3, 11.5), 1, 0)],
            [(d(3, 9), "raise"), (d(3, 11.5), "better")],
            d(3, 11.6),
            [(d(3, 10), DONE, "better", True), (d(3, 15.5), DUE, None, False)],
            id="crs-2-to-1-at-a-record-then-every-4h-from-it",
        ),
        pytest.param(
            "task.vitals",
            [(d(2, 14), 1, 0), (d(2, 19), 2, 0), (d(2, 19.5), 0, 0)],
            [(d(2, 14), "raise"), (d(2, 19), "worse"), (d(2, 19.5), "better")],
            d(2, 19.6),
            [(d(2, 18), DONE, "worse", True), (d(3, 0), DONE, "better", False)],
            id="two-changes-two-records-one-task-each",
        ),
        pytest.param(  # nothing open in the ending segment: the record is the routine check
            "task.vitals",
            [(d(3, 9), 2, 0), (d(3, 12), 0, 0)],
            [(d(3, 9), "a"), (d(3, 10), "b"), (d(3, 11), "c"), (d(3, 12), "ends")],
            d(3, 13),
            [
                (d(3, 10), DONE, "b", False),
                (d(3, 11), DONE, "c", False),
                (d(3, 16), DONE, "ends", False),
            ],
            id="crs-2-to-0-nothing-open-record-completes-the-routine-slot",
        ),
        pytest.param(  # a rise at a record: it completes the routine slot, the chain counts on
            "task.vitals",
            [(d(3, 12), 2, 0)],
            [(d(3, 12), "raise")],
            d(3, 12.2),
            [(d(3, 12), DONE, "raise", False), (d(3, 13), DUE, None, False)],
            id="crs-0-to-2-at-a-record-completes-the-routine-slot",
        ),
        pytest.param(  # ICANS ends at a neuro record without vitals: the vitals check stays red
            "task.vitals",
            [(d(3, 9), 0, 2), (d(3, 12), 0, 0)],
            [(d(3, 9), "raise")],
            d(3, 12.2),
            [(d(3, 10), OVERDUE, None, False), (d(3, 16), DUE, None, False)],
            id="grade-change-without-a-record-of-that-kind-completes-nothing",
        ),
        pytest.param(
            "task.ice",
            [(d(3, 9), 0, 2), (d(3, 15), 0, 0)],
            [(d(3, 9), "raise"), (d(3, 15), "ends")],
            d(3, 15.2),
            [(d(3, 13), DONE, "ends", True), (d(4, 0), DUE, None, False)],
            id="icans-2-to-0-at-an-ice-record-completes-the-overdue-4-hourly-ice",
        ),
    ],
)
def test_a_record_at_a_grade_change_completes_the_ending_segments_task(
    code, timeline, records, now, expected
):
    found = tasks(
        code,
        timeline=timeline,
        records={code.removeprefix("task."): records},
        now=now,
        start=timeline[0][0],
        end=expected[-1][0],
    )
    got = [
        (t.due_at, t.status, t.done_by, t.late)
        for t in found
        if expected[0][0] <= t.due_at <= expected[-1][0]
    ]
    assert got == expected


def test_escalation_interval_is_a_ward_setting():
    esc = EscalationSettings(vitals_grade1=timedelta(hours=2))
    vit = [
        t
        for t in tasks("task.vitals", timeline=[(d(2, 14), 1, 0)], escalation=esc, now=d(2, 14))
        if t.window_start >= d(2, 14)
    ]
    assert [t.due_at for t in vit[:2]] == [d(2, 16), d(2, 18)]


def test_grades_before_infusion_do_not_escalate():
    vit = tasks("task.vitals", timeline=[(d(-1), 1, 0), (d(0, 9), 0, 0)], end=d(0, 16))
    assert vit[0].due_at == d(0, 16)


# --- follow-up and monthly ----------------------------------------------------------------


def test_monthly_tasks_to_month_3():
    igg = tasks("task.immunoglobulins_monthly", end=d(200))
    assert [t.due_at for t in igg] == [
        datetime(2026, 12, 1, 10),
        datetime(2027, 1, 1, 10),
        datetime(2027, 2, 1, 10),
    ]
    assert igg[0].kind == "igg"
    kin = tasks("task.cart_kinetics_monthly", end=d(200))
    assert len(kin) == 3 and kin[0].kind == "cart_expansion"
    assert render(igg[0].message, "zh_CN").startswith("回输后第 1 个月")


def test_followup_visits():
    visits = tasks("task.followup", end=datetime(2027, 11, 2))
    assert [t.due_at.date().isoformat() for t in visits[:4]] == [
        "2026-11-15",
        "2026-11-29",
        "2027-01-01",
        "2027-02-01",
    ]
    assert [t.due_at.month for t in visits[-3:]] == [7, 9, 11]  # months 8, 10, 12
    assert render(visits[0].message, "en") == "D+14: follow-up visit"


def test_response_assessment():
    resp = tasks("task.response", end=datetime(2028, 11, 2))
    months = [1, 3, 6, 9, 12, 18, 24]
    assert [t.due_at for t in resp] == [add_months(INF, m) for m in months]


@pytest.mark.parametrize(
    ("offset_days", "status"),
    [
        (-7, TaskStatus.DONE),
        (6.9, TaskStatus.DONE),
        (7, TaskStatus.OVERDUE),
        (-7.1, TaskStatus.OVERDUE),
    ],
)
def test_followup_tolerance(offset_days, status):
    due = INF + timedelta(days=14)
    t = first("task.followup", records={"followup": [due + timedelta(days=offset_days)]}, now=d(30))
    assert t.status is status


def test_followup_due_until_the_window_closes():
    t = first("task.followup", now=d(20, 23))
    assert t.status is TaskStatus.DUE and t.overdue_at == INF + timedelta(days=21)


# --- filtering, counts, performance -------------------------------------------------------


def test_query_window_does_not_cut_slots():
    out = tasks("task.vitals", start=d(1, 9), end=d(1, 10), now=d(1, 9.5))
    assert [(t.window_start, t.due_at) for t in out] == [(d(1, 8), d(1, 16))]


def test_only_overlapping_tasks_are_returned():
    out = tasks(start=d(1, 9), end=d(1, 10), now=d(1, 9.5))
    assert {t.code for t in out} == {"task.vitals", "task.ice", "task.fluid_balance"}
    assert all(t.window_start < d(1, 10) for t in out)
    assert out == sorted(out, key=lambda t: (t.due_at, t.code))


def test_counts_and_next_due():
    recs = {"vitals": [d(1, 2), d(1, 9)]}
    out = tasks(records=recs, start=d(1, 8), end=d(1, 16), now=d(1, 17))
    counts = Counter(t.status for t in out)
    # the night shift's open tasks are still in their grace window at 08:00, so they show;
    # its vitals task was done at 02:00 and no longer matters
    assert counts[TaskStatus.DONE] == 1 and counts[TaskStatus.OVERDUE] == 4
    assert counts[TaskStatus.DUE] == 0
    assert next_due(out).due_at == d(1, 8)
    assert next_due(out, "ice").due_at == d(1, 8)
    assert next_due(out, "vitals") is None
    assert render(out[0].status_label, "zh_CN") in {"已完成", "已超时", "待完成"}


def test_thirty_days_compute_in_milliseconds():
    vitals = [INF + k * H for k in range(30 * 24)]
    neuro = [INF + 4 * k * H for k in range(30 * 6)]
    timeline = [
        (INF + timedelta(days=2, hours=k), 2 if 20 < k < 200 else 1, 0) for k in range(0, 300, 3)
    ]
    began = clock.perf_counter()
    out = monitoring_tasks(
        INF,
        None,
        timeline,
        {"vitals": vitals, "ice": neuro},
        d(-7),
        d(31),
        d(31),
        lymphodepletion_start=d(-5),
    )
    elapsed = clock.perf_counter() - began
    assert len(out) > 200
    assert elapsed < 0.25  # typically a few ms; generous for a shared CI machine


hours = st.floats(0, 24 * 20, allow_nan=False)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(hours, max_size=60),
    st.lists(st.tuples(hours, st.integers(0, 4), st.integers(0, 4)), max_size=8),
    hours,
)
def test_schedule_invariants(record_hours, grades, now_h):
    now = INF + timedelta(hours=now_h)
    records = [(INF + timedelta(hours=h), f"r{i}") for i, h in enumerate(record_hours)]
    timeline = [(INF + timedelta(hours=h), c, i) for h, c, i in grades]
    out = monitoring_tasks(INF, None, timeline, {"vitals": records}, INF, d(21), now)
    vit = [t for t in out if t.code == "task.vitals"]
    used = [t.done_by for t in vit if t.done_by is not None]
    assert len(used) == len(set(used))  # a record completes at most one vitals task
    for t in vit:
        assert t.window_start <= t.due_at <= t.overdue_at
        if t.status is TaskStatus.DONE:
            assert t.window_start <= t.done_at < t.window_end and t.done_at <= now
        elif t.status is TaskStatus.OVERDUE:
            assert now >= t.overdue_at
        else:
            assert now < t.overdue_at


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(hours, st.integers(0, 3)), max_size=40), hours)
def test_schedule_invariants_with_grade_changes_at_record_times(charted, now_h):
    # as the ward service builds it: one grade entry at every record's time
    now = INF + timedelta(hours=now_h)
    records = [(INF + timedelta(hours=h), f"r{i}") for i, (h, _) in enumerate(charted)]
    timeline = [(t, grade, 0) for (t, _), (_, grade) in zip(records, charted, strict=True)]
    out = monitoring_tasks(INF, None, timeline, {"vitals": records}, INF, d(21), now)
    vit = [t for t in out if t.code == "task.vitals"]
    used = [t.done_by for t in vit if t.done_by is not None]
    assert len(used) == len(set(used))  # a record completes at most one vitals task
    free = [t for t, rid in records if rid not in used and t <= now]
    for t in vit:
        assert t.window_start <= t.due_at <= t.overdue_at
        if t.status is TaskStatus.DONE:
            assert t.window_start <= t.done_at < t.window_end and t.done_at <= now
        elif t.status is TaskStatus.OVERDUE:
            assert now >= t.overdue_at
            # never red while an unused check lies inside its window; an escalated window
            # reaches the grade change that ends it, where a record always sits here
            escalated = t.message.params["freq"].code == "task.freq.hours"
            assert not any(
                t.window_start < r < t.window_end or (escalated and r == t.window_end) for r in free
            )
        else:
            assert now < t.overdue_at
