"""The physician's grade (clinical-rules §11): confirm or correct, shown with the computed one."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import Consciousness, NeuroAssessment
from cart_bedside.logic.physician_grade import GradeSource
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import PermissionDenied, RecordService, SignInError
from tests.demo_ward import DEMO_NOW, PINS

from .test_record_service import admit, sign_in, vitals

H = timedelta(hours=1)


@pytest.fixture
def record(service):
    return RecordService(service)


@pytest.fixture
def graded(service, record):
    """A patient with computed CRS 2 (fever, hypotension) and ICANS 1 (ICE 8)."""
    episode_id = admit(service, record)
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=vitals(DEMO_NOW, 38.6, sbp=86),
        neuro=NeuroAssessment(DEMO_NOW, ice_score=8, consciousness=Consciousness.ALERT),
    )
    return episode_id


def test_a_physician_corrects_the_crs_grade_with_a_reason(service, record, graded, clock):
    with pytest.raises(PermissionDenied):
        record.cosigning.judge_grades(graded, PINS["nurse"], 1, 1, "bleeding")
    sign_in(service, "doctor")
    with pytest.raises(ValidationError) as err:
        record.cosigning.judge_grades(graded, PINS["doctor"], 1, 1, "  ")
    assert err.value.field == "reason"
    with pytest.raises(SignInError):
        record.cosigning.judge_grades(graded, "0000", 1, 1, "bleeding")
    assert service.repo.judgements.physician_grades(graded) == []  # nothing stored

    saved = record.cosigning.judge_grades(
        graded, PINS["doctor"], 1, 1, "hypotension from GI bleeding, not CRS"
    )
    c = record.cosigning.confirmed_grades(graded)
    assert (c.crs_grade, c.icans_grade) == (2, 1)  # computed, kept beside
    assert (c.crs.grade, c.crs.computed, c.crs.source) == (1, 2, GradeSource.CORRECTED)
    assert (c.icans.grade, c.icans.source) == (1, GradeSource.CONFIRMED)
    assert c.crs_confirmed and c.icans_confirmed and c.step_acknowledged and c.corrected
    assert c.signature.meta.id == saved.signature_id
    assert c.signature.meaning == "co-sign: CRS 1, ICANS 1; step acknowledged: tci-1203-2025"
    line = render(c.crs.message(), "en")
    assert "grade 1" in line and "computed 2" in line and "GI bleeding" in line
    assert "刘医生" in render(c.crs.message(), "zh_CN")
    stored = {r.syndrome: r for r in record.cosigning.physician_grade_records(graded)}
    assert (stored["crs"].computed_grade, stored["crs"].grade) == (2, 1)
    assert stored["crs"].basis_record_id == service.repo.queries.vitals(graded)[-1].meta.id
    for rid in saved.ids.values():
        assert service.repo.audit_log.audit_entries(record_id=rid)[0].actor == "doctor"


def test_the_corrected_grade_stands_until_a_record_changes_the_computed_grade(
    service, record, graded, clock
):
    sign_in(service, "doctor")
    record.cosigning.judge_grades(graded, PINS["doctor"], 1, 1, "bleeding")
    clock.t += H  # same computed grade: the physician's grade still stands
    service.save_shift_entry(graded, PINS["doctor"], vitals=vitals(clock.t, 38.4, sbp=88))
    assert record.cosigning.confirmed_grades(graded).crs.grade == 1
    clock.t += H  # blood pressure back to normal: computed CRS 2 → 1
    service.save_shift_entry(graded, PINS["doctor"], vitals=vitals(clock.t, 38.4, sbp=120))
    c = record.cosigning.confirmed_grades(graded)
    assert c.crs_grade == 1
    assert c.crs.source is GradeSource.COMPUTED and c.crs.lapsed and c.crs.grade == 1
    assert not c.crs_confirmed and c.icans_confirmed


def test_a_physician_s_grade_is_amended_with_a_reason(service, record, graded, clock):
    sign_in(service, "doctor")
    saved = record.cosigning.judge_grades(graded, PINS["doctor"], 1, 1, "bleeding")
    clock.t += timedelta(minutes=5)
    with pytest.raises(ValidationError):
        record.cosigning.amend_physician_grade(graded, saved.ids["crs"], 2, "")
    record.cosigning.amend_physician_grade(graded, saved.ids["crs"], 2, "on reflection: CRS")
    c = record.cosigning.confirmed_grades(graded)
    assert (c.crs.grade, c.crs.source) == (2, GradeSource.CONFIRMED)
    history = service.repo.judgements.physician_grade_history(saved.ids["crs"])
    assert [g.grade for g in history] == [1, 2]


def test_grade_5_is_recorded_by_a_physician_only(service, record, graded):
    sign_in(service, "doctor")
    record.cosigning.judge_grades(graded, PINS["doctor"], 5, 1, "death due to CRS")
    assert record.cosigning.confirmed_grades(graded).crs.grade == 5


def test_history_lists_each_version_of_a_physician_s_grade(service, record, graded, clock):
    """Issue 12: History shows a physician's grade with who, when, what and why —
    the amended one keeps its original beside it; the "physician_grade" filter works."""
    sign_in(service, "doctor")
    saved = record.cosigning.judge_grades(graded, PINS["doctor"], 1, 1, "bleeding, not CRS")
    clock.t = DEMO_NOW + H
    record.cosigning.amend_physician_grade(graded, saved.ids["crs"], 2, "re-read: CRS after all")
    entries = record.history.entries(graded, ["physician_grade"])
    assert [e.kind for e in entries] == ["physician_grade", "physician_grade"]
    (crs,) = [e for e in entries if e.original.syndrome == "crs"]
    assert crs.amended and [v.grade for v in crs.versions] == [1, 2]
    assert crs.recorded_by == "doctor" and crs.latest.meta.amend_reason == "re-read: CRS after all"
    assert crs.original.reason == "bleeding, not CRS"
    everything = record.history.entries(graded)
    assert {"vitals", "neuro", "physician_grade"} <= {e.kind for e in everything}
    assert record.history.entries(graded, ["physician_grade"], until=DEMO_NOW - H) == []
