"""Adaptive ICE schedule and checks recorded as not done (clinical-rules §12)."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import RecordMeta
from cart_bedside.logic.observations import (
    AdaptiveIceSettings,
    NotDone,
    NotDoneReason,
    adaptive_triggers,
    adaptive_windows,
)
from cart_bedside.logic.schedule import TaskKind, TaskStatus, monitoring_tasks
from tests.logic.task_helpers import next_due

INF = datetime(2026, 11, 1, 10, 0)


def t(h, m=0, day=3):
    return datetime(2026, 11, day, h, m)


# --- triggers and windows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checks", "trigger_times"),
    [
        ([(t(8), 10, 0), (t(10), 9, 1)], [t(10)]),  # ICE fell by 1 (and grade rose)
        ([(t(8), 9, 1), (t(10), 8, 1)], [t(10)]),  # fell by 1, same grade
        ([(t(8), 9, 1), (t(10), 9, 1)], []),  # unchanged
        ([(t(8), 8, 1), (t(10), 9, 1)], []),  # rose
        ([(t(8), 10, 0), (t(9), None, 0), (t(10), 9, 0)], [t(10)]),  # compared with the last ICE
        ([(t(8), None, 1), (t(10), None, 2)], [t(10)]),  # ICANS rose without an ICE
        ([(t(8), None, 2), (t(10), None, 1)], []),  # ICANS fell
        ([(t(10), 3, 3)], []),  # the first check has nothing before it
    ],
)
def test_triggers(checks, trigger_times):
    assert [tr.time for tr in adaptive_triggers(checks)] == trigger_times


def test_trigger_reason_in_words():
    tr = adaptive_triggers([(t(8), 10, 0), (t(10), 7, 1)])[0]
    assert render(tr.reason, "en") == "ICE fell from 10 to 7"


def test_windows_are_2_h_and_merge_when_retriggered():
    s = AdaptiveIceSettings()
    assert adaptive_windows([t(10)], s) == [(t(10), t(12))]
    assert adaptive_windows([t(10), t(11)], s) == [(t(10), t(13))]
    assert adaptive_windows([t(10), t(12)], s) == [(t(10), t(14))]  # touches: one window
    assert adaptive_windows([t(10), t(13)], s) == [(t(10), t(12)), (t(13), t(15))]
    assert adaptive_windows([t(10)], AdaptiveIceSettings(enabled=False)) == []


def ice_tasks(ice_records, now, checks, grades=None, not_done=()):
    start, end = t(8), t(16)
    grades = grades if grades is not None else [(c[0], 0, c[2]) for c in checks]
    tasks = monitoring_tasks(
        INF,
        None,
        grades,
        {"ice": ice_records},
        start,
        end,
        now,
        neuro_checks=checks,
        not_done=not_done,
    )
    return [x for x in tasks if x.kind == TaskKind.ICE]


CHECKS = [(t(8, 30), 10, 0), (t(10), 9, 0)]  # ICE fell at 10:00, ICANS still 0


def test_window_start_and_end_every_30_min_for_2_h():
    tasks = ice_tasks([t(8, 30), t(10)], t(10), CHECKS)
    adaptive = [x for x in tasks if x.source == "source.adaptive_ice"]
    assert [x.due_at for x in adaptive] == [t(10, 30), t(11), t(11, 30), t(12)]
    assert adaptive[0].window_start == t(10)  # counted from the check that showed the fall
    assert all(x.overdue_at - x.due_at == timedelta(minutes=15) for x in adaptive)
    assert "every 30 min" in render(adaptive[0].message, "en")
    # after the window the grade-based (level 0: every shift) frequency resumes
    after = [x for x in tasks if x.due_at > t(12)]
    assert after and after[0].source != "source.adaptive_ice" and after[0].due_at == t(16)


def test_no_window_without_a_fall():
    tasks = ice_tasks([t(8, 30), t(10)], t(10), [(t(8, 30), 9, 0), (t(10), 9, 0)])
    assert not [x for x in tasks if x.source == "source.adaptive_ice"]


def test_missed_adaptive_check_is_overdue_after_15_min_and_counts_from_last_check():
    tasks = ice_tasks([t(8, 30), t(10), t(10, 40)], t(11, 30), CHECKS)
    adaptive = [x for x in tasks if x.source == "source.adaptive_ice"]
    assert adaptive[0].status is TaskStatus.DONE and adaptive[0].done_at == t(10, 40)
    assert adaptive[1].due_at == t(11, 10) and adaptive[1].status is TaskStatus.OVERDUE


def test_icans_rise_on_an_escalated_patient_then_grade_frequency_resumes():
    checks = [(t(8), 9, 1), (t(9), 9, 2)]
    grades = [(t(8), 0, 1), (t(9), 0, 2)]
    tasks = ice_tasks([t(8), t(9)], t(9), checks, grades)
    adaptive = [x.due_at for x in tasks if x.source == "source.adaptive_ice"]
    assert adaptive == [t(9, 30), t(10), t(10, 30), t(11)]
    resumed = [x for x in tasks if x.source != "source.adaptive_ice" and x.due_at > t(11)]
    assert resumed[0].due_at == t(15)  # ICANS 2: every 4 h from the window's end


# --- not done -------------------------------------------------------------------------------


def nd(when, kind="vitals", reason=NotDoneReason.OFF_WARD, note="", rid="nd1"):
    return NotDone(when, kind, reason, note, RecordMeta(id=rid))


def vitals_tasks(records, now, not_done=(), grades=()):
    tasks = monitoring_tasks(
        INF, None, list(grades), {"vitals": records}, t(8), t(16), now, not_done=not_done
    )
    return [x for x in tasks if x.kind == TaskKind.VITALS]


def test_a_not_done_record_stops_an_overdue_shift_task():
    before = vitals_tasks([], t(17))
    day_shift = next(x for x in before if x.due_at == t(16))
    assert day_shift.status is TaskStatus.OVERDUE
    after = vitals_tasks([], t(17), [nd(t(14))])
    day_shift = next(x for x in after if x.due_at == t(16))
    assert day_shift.status is TaskStatus.NOT_DONE
    assert day_shift.done_by == "nd1"
    assert day_shift.status_at(t(23)) is TaskStatus.NOT_DONE  # never turns overdue
    assert render(day_shift.status_label, "zh_CN") == "未做（外出检查，不在病区）"
    assert next_due(after, "vitals").due_at != t(16)  # the night shift before is still open


def test_a_real_check_in_the_same_slot_wins():
    tasks = vitals_tasks([t(15)], t(17), [nd(t(10))])
    assert next(x for x in tasks if x.due_at == t(16)).status is TaskStatus.DONE


def test_not_done_outside_the_window_does_not_count():
    tasks = vitals_tasks([], t(17), [nd(t(16, 45))])  # after the 16:30 overdue point
    assert next(x for x in tasks if x.due_at == t(16)).status is TaskStatus.OVERDUE


def test_not_done_on_an_hourly_chain_and_the_next_check_counts_from_it():
    grades = [(t(8), 2, 0)]
    tasks = vitals_tasks(
        [t(8)], t(10, 45), [nd(t(9, 10), reason=NotDoneReason.PATIENT_REFUSED)], grades
    )
    hourly = [x for x in tasks if x.due_at > t(8)]
    assert hourly[0].due_at == t(9) and hourly[0].status is TaskStatus.NOT_DONE
    assert hourly[1].due_at == t(10, 10) and hourly[1].status is TaskStatus.OVERDUE


def test_not_done_for_an_adaptive_ice_check():
    tasks = ice_tasks(
        [t(8, 30), t(10)],
        t(11),
        CHECKS,
        not_done=[nd(t(10, 30), "ice", NotDoneReason.ASLEEP_PER_PHYSICIAN)],
    )
    first = next(x for x in tasks if x.source == "source.adaptive_ice")
    assert first.status is TaskStatus.NOT_DONE
    assert "asleep" in render(first.status_label, "en")


def test_reason_other_needs_words_and_reasons_are_known():
    with pytest.raises(ValueError, match="note"):
        NotDone(t(9), "vitals", NotDoneReason.OTHER)
    with pytest.raises(ValueError, match="reason"):
        NotDone(t(9), "vitals", "tired")  # type: ignore[arg-type]
    assert (
        render(NotDone(t(9), "vitals", NotDoneReason.OTHER, "家属拒绝").label, "zh_CN")
        == "未做（家属拒绝）"
    )
