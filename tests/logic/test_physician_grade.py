"""Physician's grade (clinical-rules §11): it stands until a later record changes the
computed grade; the computed grade and the reason stay beside it."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.physician_grade import (
    GradeSource,
    PhysicianGrade,
    shown_grade,
)

T = datetime(2026, 11, 3, 8, 0)


def h(hours):
    return T + timedelta(hours=hours)


COMPUTED = [(h(0), 2), (h(1), 2), (h(2), 2), (h(3), 1)]
CORRECTION = PhysicianGrade(h(0.5), "crs", 0, "李医生", "低血压为消化道出血所致，非 CRS", 2)


@pytest.mark.parametrize(
    ("at", "grade", "computed", "source"),
    [
        (h(0.25), 2, 2, GradeSource.COMPUTED),  # before the physician's record
        (h(0.5), 0, 2, GradeSource.CORRECTED),  # at the record
        (h(1), 0, 2, GradeSource.CORRECTED),  # later record, same computed grade: still stands
        (h(2.5), 0, 2, GradeSource.CORRECTED),
        (h(3), 1, 1, GradeSource.COMPUTED),  # a later record changed the computed grade
        (h(9), 1, 1, GradeSource.COMPUTED),
    ],
)
def test_correction_stands_until_the_computed_grade_changes(at, grade, computed, source):
    shown = shown_grade("crs", COMPUTED, [CORRECTION], at)
    assert (shown.grade, shown.computed, shown.source) == (grade, computed, source)


def test_lapsed_correction_is_still_named():
    shown = shown_grade("crs", COMPUTED, [CORRECTION], h(3))
    assert shown.lapsed and shown.physician is CORRECTION
    assert "no longer stands" in render(shown.message(), "en")


def test_corrected_message_shows_computed_and_reason():
    text = render(shown_grade("crs", COMPUTED, [CORRECTION], h(1)).message(), "zh_CN")
    assert "CRS 0 级" in text and "系统计算 2 级" in text and "消化道出血" in text


def test_confirmation():
    confirm = PhysicianGrade(h(1), "crs", 2, "Dr Wang")
    shown = shown_grade("crs", COMPUTED, [confirm], h(2))
    assert shown.source is GradeSource.CONFIRMED and shown.grade == 2
    assert "confirmed by Dr Wang" in render(shown.message(), "en")


def test_a_change_and_back_still_ends_the_physicians_grade():
    computed = [(h(0), 2), (h(1), 3), (h(2), 2)]
    record = PhysicianGrade(h(0.5), "crs", 1, "Dr", "bleeding")
    assert shown_grade("crs", computed, [record], h(2)).source is GradeSource.COMPUTED


def test_the_latest_record_counts_and_syndromes_are_separate():
    icans = PhysicianGrade(h(0.2), "icans", 3, "Dr", "seizure on EEG")
    newer = PhysicianGrade(h(1.5), "crs", 1, "Dr", "bleeding, not CRS")
    shown = shown_grade("crs", COMPUTED, [CORRECTION, newer, icans], h(2))
    assert (shown.grade, shown.physician) == (1, newer)
    assert shown_grade("icans", [(h(0), 1)], [icans], h(1)).grade == 3


def test_grade_5_only_from_a_physician_and_validation():
    death = PhysicianGrade(h(2), "crs", 5, "Dr", "death due to CRS")
    assert shown_grade("crs", COMPUTED[:3], [death], h(2)).grade == 5
    with pytest.raises(ValueError, match="grade"):
        PhysicianGrade(h(0), "crs", 6, "Dr")
    with pytest.raises(ValueError, match="syndrome"):
        PhysicianGrade(h(0), "hlh", 1, "Dr")
    with pytest.raises(ValueError, match="by"):
        PhysicianGrade(h(0), "crs", 1, " ")


@pytest.mark.parametrize(
    ("standing", "step"),
    [
        ((0, 0), (0, 0)),
        ((1, 0), (1, 0)),
        ((2, 3), (2, 3)),
        ((4, 4), (4, 4)),
        ((5, 2), (0, 2)),
        ((3, 5), (3, 0)),
        ((5, 5), (0, 0)),
    ],
)
def test_the_step_follows_the_grades_that_stand_and_grade_5_has_none(standing, step):
    from cart_bedside.logic.physician_grade import plan_grades

    assert plan_grades(*standing) == step
