"""Protocol per admission (clinical-rules §10): set from the diagnosis, changed by a physician."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import PermissionDenied, RecordService, ServiceError
from cart_bedside.service.episode_protocol import protocol_in_force

from .test_record_service import admit, new_patient, sign_in


@pytest.fixture
def record(service):
    return RecordService(service)


@pytest.mark.parametrize(
    ("diagnosis", "ward", "expected"),
    [
        ("mm", None, "mm-2022"),
        ("neuro_autoimmune", None, "nad-2025"),
        ("b_nhl", None, "tci-1203-2025"),
        ("b_all", "review-astct", "review-astct"),
        ("other", "mm-2022", "mm-2022"),
        (None, None, "tci-1203-2025"),
        ("mm", "review-astct", "mm-2022"),
    ],
)
def test_admitting_stores_the_protocol_of_the_diagnosis(service, record, diagnosis, ward, expected):
    if ward:
        service.repo.ward_settings.set_setting("protocol", ward, "admin")
    sign_in(service, "nurse")
    assert record.protocols.protocol_for(diagnosis) == expected  # what the admission screen shows
    episode_id = record.admissions.admit(new_patient(diagnosis=diagnosis))
    (stored,) = service.repo.judgements.episode_protocols(episode_id)
    assert (stored.protocol, stored.source, stored.meta.recorded_by) == (
        expected,
        "diagnosis",
        "nurse",
    )
    assert record.protocols.protocol(episode_id).protocol_id == expected
    assert record.admissions.admission(episode_id).protocol.protocol_id == expected
    # The grading, its step and the co-signature use the patient's protocol.
    assert service.assessment(episode_id).protocol_id == expected


def test_a_later_ward_setting_does_not_move_patients_already_admitted(service, record):
    episode_id = admit(service, record, diagnosis="b_nhl")
    service.repo.ward_settings.set_setting("protocol", "review-astct", "admin")
    service.invalidate()
    assert record.protocols.protocol(episode_id).protocol_id == "tci-1203-2025"
    assert service.assessment(episode_id).protocol_id == "tci-1203-2025"


def test_a_physician_changes_the_protocol_with_a_reason(service, record, clock):
    episode_id = admit(service, record, diagnosis="b_nhl")
    with pytest.raises(PermissionDenied):
        record.protocols.change_protocol(episode_id, "review-astct", "nurse may not")
    sign_in(service, "doctor")
    with pytest.raises(ValidationError) as err:
        record.protocols.change_protocol(episode_id, "review-astct", "  ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        record.protocols.change_protocol(episode_id, "tci-1203-2025", "same")
    assert err.value.field == "protocol"
    with pytest.raises(ValidationError) as err:
        record.protocols.change_protocol(episode_id, "who-2030", "unknown")
    assert err.value.field == "protocol.protocol"
    assert len(service.repo.judgements.episode_protocols(episode_id)) == 1  # nothing stored

    before = service.assessment(episode_id)
    rid = record.protocols.change_protocol(episode_id, "review-astct", "ASTCT consensus per MDT")
    choice = record.protocols.protocol(episode_id)
    assert choice.protocol_id == "review-astct"
    assert choice.changed_at == clock.t
    assert choice.reason.params["reason"] == "ASTCT consensus per MDT"
    assert choice.changed_by == "刘医生（演示）"  # the physician's name, not the login
    assert service.assessment(episode_id).protocol_id == "review-astct" != before.protocol_id
    entry = service.repo.audit_log.audit_entries(record_id=rid)[0]
    assert (entry.actor, entry.table_name) == ("doctor", "episode_protocols")
    assert [r.source for r in record.protocols.protocol_records(episode_id)] == [
        "diagnosis",
        "physician",
    ]


def test_correcting_the_diagnosis_moves_the_protocol_unless_a_physician_chose_it(service, record):
    episode_id = admit(service, record, diagnosis="b_nhl")
    record.admissions.update_admission(
        episode_id,
        replace(record.admissions.stored_patient(episode_id), diagnosis="mm"),
        "typo: myeloma",
    )
    assert record.protocols.protocol(episode_id).protocol_id == "mm-2022"
    assert service.repo.judgements.episode_protocols(episode_id)[-1].reason == "typo: myeloma"
    sign_in(service, "doctor")
    record.protocols.change_protocol(episode_id, "review-astct", "MDT decision")
    record.admissions.update_admission(
        episode_id,
        replace(record.admissions.stored_patient(episode_id), diagnosis="neuro_autoimmune"),
        "diagnosis revised",
    )
    assert record.protocols.protocol(episode_id).protocol_id == "review-astct"


def test_a_discharged_patient_s_protocol_is_not_changed(service, record):
    episode_id = admit(service, record, diagnosis="b_nhl")
    sign_in(service, "doctor")
    record.admissions.discharge(episode_id, "home")
    with pytest.raises(ServiceError):
        record.protocols.change_protocol(episode_id, "mm-2022", "late")


def test_the_demo_ward_follows_each_patient_s_protocol(service):
    by_diagnosis = {}
    for patient, episode in service.repo.patients.occupied(service.clock()):
        by_diagnosis.setdefault(patient.diagnosis, set()).add(
            protocol_in_force(service.repo, episode.episode_id).protocol_id
        )
    assert by_diagnosis["mm"] == {"mm-2022"}
    assert by_diagnosis["neuro_autoimmune"] == {"nad-2025"}
    assert by_diagnosis["b_nhl"] == {"tci-1203-2025"}


def test_board_handover_and_trends_grade_a_myeloma_patient_under_the_same_protocol(service, record):
    """§10: the handover sheet and the trend figures name the patient's protocol, as the
    board does, not the ward's (which differs here)."""
    from cart_bedside.plots import load_trend_data
    from cart_bedside.reports.data import gather_handover

    service.repo.ward_settings.set_setting("protocol", "review-astct", "admin")
    episode_id = admit(service, record, diagnosis="mm", bed="13")
    board = service.assessment(episode_id).protocol_id
    (sheet,) = gather_handover(service.repo, bed="13").patients
    trend = load_trend_data(service.repo, episode_id)
    assert board == sheet.assessment.protocol_id == trend.assessment.protocol_id == "mm-2022"
    assert sheet.trend.assessment.protocol_id == "mm-2022"
