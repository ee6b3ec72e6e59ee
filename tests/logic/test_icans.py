"""ASTCT ICANS grading: every domain boundary of clinical-rules §3, table-driven."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.icans import (
    capd_grade,
    capd_scores_from_answers,
    grade_neuro,
    icans_timeline,
    ice_grade,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import (
    CerebralEdema,
    Consciousness,
    NeuroAssessment,
    Seizure,
)

INFUSION = datetime(2026, 11, 1, 10, 0)
T = datetime(2026, 11, 5, 9, 0)
C = Consciousness


def neuro(**kw):
    kw.setdefault("consciousness", C.ALERT)
    return NeuroAssessment(time=kw.pop("time", T), **kw)


@pytest.mark.parametrize(
    ("score", "grade"),
    [(10, 0), (9, 1), (8, 1), (7, 1), (6, 2), (5, 2), (4, 2), (3, 2), (2, 3), (1, 3), (0, 3)],
)
def test_ice_score_bands(score, grade):
    assert ice_grade(score) == grade
    assert grade_neuro(neuro(ice_score=score), uses_capd=False).grade == grade


def test_ice_items_are_counted():
    items = (True,) * 8 + (False, False)
    point = grade_neuro(neuro(ice_items=items), uses_capd=False)
    assert (point.ice_score, point.grade) == (8, 1)
    assert render(point.reasons[0], "en") == "ICE 8 (7–9)"


def test_ice_zero_awake_is_grade_3_not_4():
    assert grade_neuro(neuro(ice_score=0, consciousness=C.ALERT), False).grade == 3


def test_ice_unable_unarousable_is_grade_4():
    point = grade_neuro(neuro(ice_unable=True, consciousness=C.UNAROUSABLE), False)
    assert point.grade == 4
    assert point.ice_score is None


def test_ice_unable_without_consciousness_is_grade_4():
    assert grade_neuro(NeuroAssessment(time=T, ice_unable=True), False).grade == 4


def test_ice_unable_but_awake_is_grade_3_with_warning():
    point = grade_neuro(neuro(ice_unable=True, consciousness=C.AWAKENS_TO_VOICE), False)
    assert point.grade == 3
    assert point.warnings


@pytest.mark.parametrize(
    ("level", "grade"),
    [
        (C.ALERT, 0),
        (C.AWAKENS_SPONTANEOUSLY, 1),
        (C.AWAKENS_TO_VOICE, 2),
        (C.AWAKENS_TO_TOUCH, 3),
        (C.UNAROUSABLE, 4),
    ],
)
def test_level_of_consciousness(level, grade):
    assert grade_neuro(neuro(ice_score=10, consciousness=level), False).grade == grade


@pytest.mark.parametrize(
    ("seizure", "grade"),
    [(Seizure.NONE, 0), (Seizure.RAPIDLY_RESOLVING, 3), (Seizure.PROLONGED_OR_REPETITIVE, 4)],
)
def test_seizure(seizure, grade):
    assert grade_neuro(neuro(ice_score=10, seizure=seizure), False).grade == grade


@pytest.mark.parametrize(
    ("edema", "grade"),
    [(CerebralEdema.NONE, 0), (CerebralEdema.FOCAL, 3), (CerebralEdema.DIFFUSE, 4)],
)
def test_cerebral_edema(edema, grade):
    assert grade_neuro(neuro(ice_score=10, cerebral_edema=edema), False).grade == grade


def test_motor_weakness_is_grade_4():
    assert grade_neuro(neuro(ice_score=10, motor_weakness=True), False).grade == 4


@pytest.mark.parametrize(
    ("finding", "flag", "graded"),
    [
        ({"consciousness": C.AWAKENS_TO_TOUCH}, "consciousness_other_cause", 3),
        ({"seizure": Seizure.RAPIDLY_RESOLVING}, "seizure_other_cause", 3),
        ({"motor_weakness": True}, "motor_other_cause", 4),
        ({"cerebral_edema": CerebralEdema.DIFFUSE}, "edema_other_cause", 4),
    ],
)
def test_attributable_to_another_cause_is_kept_out_of_the_grade(finding, flag, graded):
    assert grade_neuro(neuro(ice_score=10, **finding), False).grade == graded
    point = grade_neuro(neuro(ice_score=10, **finding, **{flag: True}), False)
    assert point.grade == 0
    assert point.excluded  # kept in the record, shown as excluded


@pytest.mark.parametrize("note", ["tremor", "myoclonus", "headache", "intracranial_haemorrhage"])
def test_ctcae_findings_do_not_change_the_grade(note):
    point = grade_neuro(neuro(ice_score=10, **{note: True}), False)
    assert point.grade == 0
    assert len(point.notes) == 1


def test_most_severe_domain_wins_and_explains_first():
    point = grade_neuro(
        neuro(ice_score=8, consciousness=C.AWAKENS_TO_VOICE, seizure=Seizure.RAPIDLY_RESOLVING),
        False,
    )
    assert point.grade == 3
    assert "seizure" in render(point.reasons[0], "en")
    assert len(point.reasons) == 3


def test_normal_assessment_is_grade_0_without_reasons():
    point = grade_neuro(neuro(ice_score=10), False)
    assert (point.grade, point.reasons) == (0, ())


# --- CAPD (children under 12) --------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade"), [(0, 0), (1, 1), (4, 1), (8, 1), (9, 3), (12, 3), (32, 3)]
)
def test_capd_bands(total, grade):
    assert capd_grade(total) == grade


def _capd_scores(total):
    scores, left = [], total
    for _ in range(8):
        s = min(4, left)
        scores.append(s)
        left -= s
    return tuple(scores)


@pytest.mark.parametrize(
    ("total", "level", "grade"),
    [
        (0, C.ALERT, 0),
        (1, C.ALERT, 1),
        (8, C.ALERT, 1),
        (8, C.AWAKENS_SPONTANEOUSLY, 1),
        (8, C.AWAKENS_TO_VOICE, 2),  # consciousness decides between 1 and 2
        (1, C.AWAKENS_TO_VOICE, 2),
        (9, C.ALERT, 3),
        (9, C.AWAKENS_TO_VOICE, 3),
        (4, C.AWAKENS_TO_TOUCH, 3),
        (4, C.UNAROUSABLE, 4),
    ],
)
def test_capd_with_consciousness(total, level, grade):
    point = grade_neuro(neuro(capd_scores=_capd_scores(total), consciousness=level), True)
    assert point.grade == grade
    assert point.capd_score == total
    assert point.ice_score is None


def test_capd_unable_is_grade_4():
    assert grade_neuro(neuro(capd_unable=True, consciousness=None), True).grade == 4


@pytest.mark.parametrize(
    ("answers", "scores"),
    [
        ((0, 0, 0, 0, 0, 0, 0, 0), (4, 4, 4, 4, 0, 0, 0, 0)),  # never: items 1–4 reversed
        ((4, 4, 4, 4, 4, 4, 4, 4), (0, 0, 0, 0, 4, 4, 4, 4)),  # always
        ((4, 4, 4, 4, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0)),  # a well child scores 0
        ((1, 2, 2, 2, 1, 0, 1, 1), (3, 2, 2, 2, 1, 0, 1, 1)),
    ],
)
def test_capd_reverse_scoring(answers, scores):
    assert capd_scores_from_answers(answers) == scores
    assert capd_scores_from_answers(scores) == answers  # the reversal is its own inverse


def test_capd_needs_eight_answers():
    with pytest.raises(ValueError):
        capd_scores_from_answers((1, 2, 3))


# --- timeline ------------------------------------------------------------------------


def test_timeline_current_max_onset_and_baseline():
    baseline = neuro(time=INFUSION - timedelta(days=1), ice_score=9)
    day3 = neuro(time=T, ice_score=6)
    day4 = neuro(time=T + timedelta(days=1), ice_score=10)
    timeline = icans_timeline([day4, baseline, day3], INFUSION, uses_capd=False)
    assert timeline.points[0].before_infusion
    assert timeline.points[0].grade == 0  # no ICANS before the cells
    assert timeline.points[0].ice_score == 9  # the baseline score is kept
    assert (timeline.grade, timeline.max_grade, timeline.onset) == (0, 2, T)
    assert timeline.grade_at(T + timedelta(hours=1)) == 2


def test_empty_icans_timeline():
    timeline = icans_timeline([], INFUSION, False)
    assert (timeline.grade, timeline.max_grade, timeline.onset) == (0, 0, None)
