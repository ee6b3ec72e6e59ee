"""Escalated bedside checks while CRS/ICANS is present (logic/bedside_tasks.py, §8)."""

from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.schedule import (
    EscalationSettings,
    TaskStatus,
)

from .schedule_helpers import d, first, tasks

DONE, DUE = TaskStatus.DONE, TaskStatus.DUE

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
