"""Labs, markers, monthly tasks, visits, re-assessment (logic/study_tasks.py, §8)."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.schedule import (
    MonitoringSettings,
    TaskStatus,
    add_months,
)

from .schedule_helpers import INF, d, first, tasks


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


@pytest.mark.parametrize(
    ("late_by", "latest"),
    [
        (timedelta(minutes=30), False),  # a bedside check: overdue half an hour after its slot
        (timedelta(hours=23, minutes=59), False),
        (timedelta(days=1), True),  # a window of days: its latest time says more
        (timedelta(days=7), True),
    ],
)
def test_a_task_with_a_window_of_days_says_when_at_the_latest(late_by, latest):
    from dataclasses import replace

    t = first("task.followup", now=d(20, 23))
    shaped = replace(t, overdue_at=t.due_at + late_by)
    assert shaped.latest == (shaped.overdue_at if latest else None)


def test_the_d14_visit_is_due_at_d14_and_at_the_latest_at_d21():
    t = first("task.followup", now=d(20, 23))  # D+14 passed: due, not late
    assert t.due_at == INF + timedelta(days=14) and t.latest == INF + timedelta(days=21)
    assert first("task.vitals", now=d(1, 9)).latest is None
