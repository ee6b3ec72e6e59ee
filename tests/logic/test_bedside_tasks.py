"""Vitals, ICE and intake/output slots: routine, lymphodepletion, after D+14 (§8)."""

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import RecordMeta, VitalSigns
from cart_bedside.logic.schedule import (
    MonitoringSettings,
    TaskStatus,
    monitoring_tasks,
)
from cart_bedside.logic.shifts import ShiftSettings

from .schedule_helpers import INF, H, d, first, tasks

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
