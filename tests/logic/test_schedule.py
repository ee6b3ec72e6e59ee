"""Monitoring tasks (clinical-rules §8) as a whole: filtering, counts, speed, invariants."""

import time as clock
from collections import Counter
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.logic.schedule import (
    TaskStatus,
    monitoring_tasks,
)
from tests.logic.task_helpers import next_due

from .schedule_helpers import INF, H, d, tasks

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
