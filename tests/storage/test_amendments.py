"""Corrections are new rows: the original stays readable, with who, when and why."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cart_bedside.logic.validation import ValidationError
from cart_bedside.storage import AmendmentError, RecordNotFoundError

from .conftest import NOW, fluids, neuro, vitals


def test_amendment_keeps_the_original_readable(repo, episode, clock):
    original_id = repo.charting.save_record(episode, vitals(temp_c=36.2), "nurse").ids["vitals"]
    clock.advance(hours=2)
    result = repo.charting.amend(
        original_id, vitals(temp_c=38.2), "doctor", "read wrong thermometer"
    )
    current = repo.queries.vitals(episode)
    assert [v.temp_c for v in current] == [38.2]
    assert current[0].meta.supersedes == original_id
    assert current[0].meta.amend_reason == "read wrong thermometer"
    assert current[0].meta.recorded_by == "doctor"
    history = repo.charting.history(result.ids["vitals"])
    assert [v.temp_c for v in history] == [36.2, 38.2]
    assert history[0].meta.id == original_id
    assert history[0].meta.recorded_by == "nurse"
    assert history[0].meta.recorded_at == NOW
    assert history[1].meta.recorded_at == NOW.replace(hour=10)
    assert repo.charting.history(original_id) == history
    assert [v.temp_c for v in repo.queries.vitals(episode, history=True)] == [36.2, 38.2]
    assert repo.charting.get_record(original_id).temp_c == 36.2


def test_amend_the_current_version_only(repo, episode):
    first = repo.charting.save_record(episode, vitals(), "nurse").ids["vitals"]
    second = repo.charting.amend(first, vitals(hr=90), "nurse", "typo").ids["vitals"]
    with pytest.raises(AmendmentError) as err:
        repo.charting.amend(first, vitals(hr=95), "nurse", "again")
    assert second in str(err.value)
    third = repo.charting.amend(second, vitals(hr=95), "nurse", "again").ids["vitals"]
    assert [v.hr for v in repo.charting.history(first)] == [104, 90, 95]
    assert repo.charting.current_version(first).meta.id == third


def test_amendment_needs_a_reason_and_the_same_kind(repo, episode):
    rid = repo.charting.save_record(episode, vitals(), "nurse").ids["vitals"]
    with pytest.raises(ValidationError) as err:
        repo.charting.amend(rid, vitals(), "nurse", "  ")
    assert err.value.field == "amend_reason"
    with pytest.raises(AmendmentError):
        repo.charting.amend(rid, neuro(), "nurse", "wrong kind")
    with pytest.raises(RecordNotFoundError):
        repo.charting.amend("no-such-id", vitals(), "nurse", "x")


def test_amendment_is_validated(repo, episode):
    rid = repo.charting.save_record(episode, vitals(), "nurse").ids["vitals"]
    with pytest.raises(ValidationError) as err:
        repo.charting.amend(rid, vitals(temp_c=55.0), "nurse", "typo")
    assert err.value.field == "vitals.temp_c"
    assert len(repo.queries.vitals(episode, history=True)) == 1


def test_entered_in_error_hides_the_record_but_keeps_it(repo, episode):
    result = repo.charting.save_shift_entry(episode, "nurse", fluids=fluids())
    wrong = result.ids["fluids[1]"]
    marker = repo.charting.mark_entered_in_error(wrong, "nurse", "wrong patient")
    assert [f.volume_ml for f in repo.queries.fluids(episode)] == [500, 650]
    versions = repo.charting.history(wrong)
    assert [v.meta.entered_in_error for v in versions] == [False, True]
    assert versions[1].meta.id == marker
    assert versions[1].meta.amend_reason == "wrong patient"
    assert versions[1].volume_ml == 200  # the withdrawn values stay readable
    assert repo.charting.current_version(wrong) is None
    with pytest.raises(AmendmentError):
        repo.charting.amend(marker, fluids()[1], "nurse", "undo")
    with pytest.raises(AmendmentError):
        repo.charting.mark_entered_in_error(wrong, "nurse", "again")


def test_a_whole_admission_can_be_entered_in_error(repo, episode):
    assert len(repo.patients.list_patients()) == 1
    repo.charting.mark_entered_in_error(
        repo.patients.episode(episode).meta.id, "doctor", "admitted twice"
    )
    assert repo.patients.list_patients() == []


def test_amending_a_neuro_check_keeps_the_handwriting_of_each_version(repo, episode):
    png = b"\x89PNG\r\n\x1a\n" + b"x" * 100
    rid = repo.charting.save_record(
        episode, replace(neuro(score=7), handwriting_png=png), "nurse"
    ).ids["neuro"]
    repo.charting.amend(rid, replace(neuro(score=8), handwriting_png=png), "nurse", "miscounted")
    assert repo.queries.neuro(episode)[0].handwriting_png is None  # lists leave the image out
    assert repo.queries.neuro(episode, handwriting=True)[0].handwriting_png == png
    assert repo.charting.get_record(rid).handwriting_png == png
    assert repo.queries.handwriting(rid) == png


def test_patient_details_are_versioned(repo, episode, clock):
    patient = repo.patients.get_patient(episode)
    clock.advance(hours=1)
    repo.patients.update_patient(
        episode, replace(patient, bed="07", weight_kg=71.5), "nurse", "bed move"
    )
    assert repo.patients.get_patient(episode).bed == "07"
    history = repo.patients.admission_history(episode)
    assert [e.bed for e in history] == ["01", "07"]
    assert history[1].meta.amend_reason == "bed move"
    clock.advance(days=20)
    repo.patients.discharge(episode, "doctor")
    assert repo.patients.list_patients() == []
    assert repo.patients.episode(episode).discharged_at == clock.t
    assert repo.patients.list_patients(at=NOW)[0].bed == "07"
