"""Protocol records, physician's grades and checks not done: validated, append-only, audited."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.logic.observations import NotDone, NotDoneReason
from cart_bedside.logic.validation import ValidationError
from cart_bedside.storage import (
    AmendmentError,
    EpisodeProtocol,
    PhysicianGradeRecord,
    RecordNotFoundError,
)

from .conftest import NOW, admit, neuro, vitals

H = timedelta(hours=1)


def _count(repo, table: str) -> int:
    return repo.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- protocol per admission ---------------------------------------------------------------


def test_the_latest_protocol_record_is_in_force(repo, episode):
    repo.judgements.set_episode_protocol(
        EpisodeProtocol(episode, "tci-1203-2025", "diagnosis", NOW - H), "nurse"
    )
    rid = repo.judgements.set_episode_protocol(
        EpisodeProtocol(episode, "mm-2022", "physician", NOW, "  plasma cell disease  "), "doctor"
    )
    records = repo.judgements.episode_protocols(episode)
    assert [(r.protocol, r.source) for r in records] == [
        ("tci-1203-2025", "diagnosis"),
        ("mm-2022", "physician"),
    ]
    assert records[-1].reason == "plasma cell disease"
    assert records[-1].meta.recorded_by == "doctor"
    assert repo.judgements.protocols_for([episode, "nobody"]) == {episode: records[-1]}
    assert repo.audit_log.verify_record(rid)
    entry = repo.audit_log.audit_entries(record_id=rid)[0]
    assert (entry.action, entry.actor, entry.table_name) == (
        "insert",
        "doctor",
        "episode_protocols",
    )


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (dict(protocol="who-2030"), "protocol.protocol"),
        (dict(source="nurse"), "protocol.source"),
        (dict(source="physician", reason="   "), "protocol.reason"),
    ],
)
def test_a_bad_protocol_record_names_its_field_and_stores_nothing(repo, episode, record, field):
    good = EpisodeProtocol(episode, "mm-2022", "diagnosis", NOW)
    before = _count(repo, "episode_protocols")
    with pytest.raises(ValidationError) as err:
        repo.judgements.set_episode_protocol(replace(good, **record), "doctor")
    assert err.value.field == field
    assert _count(repo, "episode_protocols") == before


def test_sqlite_itself_refuses_a_physician_change_without_a_reason(repo, episode):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        repo.conn.execute(
            "INSERT INTO episode_protocols (id, episode_id, observed_at, recorded_at, "
            "recorded_by, device_id, save_id, protocol, source, reason) VALUES "
            "('x', ?, 't', 't', 'doctor', 'd', 's', 'mm-2022', 'physician', ' ')",
            (episode,),
        )


# --- physician's grade --------------------------------------------------------------------


def _grades(repo, episode):
    saved = repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), neuro=neuro())
    crs = PhysicianGradeRecord(
        episode, "crs", 2, 1, NOW, "hypotension from bleeding", saved.ids["vitals"], NOW
    )
    icans = PhysicianGradeRecord(episode, "icans", 0, 0, NOW, "", saved.ids["neuro"], NOW)
    return saved, crs, icans


def test_a_physician_confirms_one_grade_and_corrects_the_other_signed_in_one_save(repo, episode):
    saved, crs, icans = _grades(repo, episode)
    saved_grades = repo.judgements.record_physician_grades(
        episode, [crs, icans], "doctor", signature_meaning="physician's grade"
    )
    ids = [saved_grades.ids["crs"], saved_grades.ids["icans"]]
    stored = repo.judgements.physician_grades(episode)
    assert [(g.syndrome, g.computed_grade, g.grade, g.corrected) for g in stored] == [
        ("crs", 2, 1, True),
        ("icans", 0, 0, False),
    ]
    assert [g.meta.id for g in stored] == ids
    assert stored[0].basis_record_id == saved.ids["vitals"] and stored[0].basis_time == NOW
    signature = repo.signing.signatures(episode)[-1]
    assert signature.meta.id == saved_grades.signature_id
    assert signature.meaning == "physician's grade" and signature.signer == "doctor"
    assert set(signature.records) == {
        ("physician_grades", ids[0]),
        ("physician_grades", ids[1]),
        ("vital_signs", saved.ids["vitals"]),
        ("neuro_assessments", saved.ids["neuro"]),
    }
    assert repo.signing.verify_signature(signature.meta.id)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (dict(reason=""), "grades[0].reason"),  # a correction needs a reason
        (dict(grade=6), "grades[0].grade"),
        (dict(computed_grade=5, grade=5), "grades[0].computed_grade"),
        (dict(computed_grade=-1), "grades[0].computed_grade"),
        (dict(grade=1.5), "grades[0].grade"),
        (dict(grade=True), "grades[0].grade"),
        (dict(syndrome="hlh"), "grades[0].syndrome"),
    ],
)
def test_a_bad_grade_names_its_field_and_stores_nothing(repo, episode, change, field):
    _, crs, icans = _grades(repo, episode)
    with pytest.raises(ValidationError) as err:
        repo.judgements.record_physician_grades(episode, [replace(crs, **change), icans], "doctor")
    assert err.value.field == field
    assert _count(repo, "physician_grades") == 0


def test_a_physician_grade_is_amended_and_withdrawn_like_any_record(repo, episode, clock):
    _, crs, _ = _grades(repo, episode)
    first = repo.judgements.record_physician_grades(episode, [crs], "doctor").ids["crs"]
    clock.advance(minutes=5)
    with pytest.raises(ValidationError):
        repo.judgements.amend_physician_grade(
            first, replace(crs, grade=3, reason=""), "doctor", "typo"
        )
    second = repo.judgements.amend_physician_grade(
        first, replace(crs, grade=0), "doctor", "typo: grade 0"
    )
    assert [g.grade for g in repo.judgements.physician_grades(episode)] == [0]
    history = repo.judgements.physician_grade_history(first)
    assert [g.grade for g in history] == [1, 0]
    assert history[1].meta.amend_reason == "typo: grade 0"
    with pytest.raises(AmendmentError):
        repo.judgements.amend_physician_grade(
            first, crs, "doctor", "again"
        )  # not the current version
    with pytest.raises(AmendmentError):
        repo.judgements.amend_physician_grade(
            second, replace(crs, syndrome="icans"), "doctor", "kind"
        )
    repo.charting.mark_entered_in_error(second, "doctor", "wrong patient")
    assert repo.judgements.physician_grades(episode) == []
    assert repo.audit_log.verify_audit_chain().ok


def test_grade_5_is_only_ever_a_physician_s_grade(repo, episode):
    _, crs, _ = _grades(repo, episode)
    repo.judgements.record_physician_grades(
        episode, [replace(crs, grade=5, reason="died of CRS")], "doctor"
    )
    assert repo.judgements.physician_grades(episode)[0].grade == 5


# --- checks not done ----------------------------------------------------------------------


def test_checks_not_done_are_kept_by_due_time(repo, episode):
    later = repo.judgements.record_not_done(
        episode, NotDone(NOW + H, "vitals", NotDoneReason.OFF_WARD), "nurse"
    )
    repo.judgements.record_not_done(
        episode, NotDone(NOW - H, "ice", NotDoneReason.OTHER, "  family asked to wait "), "nurse"
    )
    found = repo.judgements.not_done(episode)
    assert [(m.time, m.kind, m.reason, m.note) for m in found] == [
        (NOW - H, "ice", NotDoneReason.OTHER, "family asked to wait"),
        (NOW + H, "vitals", NotDoneReason.OFF_WARD, ""),
    ]
    assert found[0].meta.recorded_by == "nurse"
    assert [m.meta.id for m in repo.judgements.not_done(episode, since=NOW)] == [later]
    other = admit(repo, bed="02")
    assert repo.judgements.not_done_for([episode, other])[other] == []
    assert repo.audit_log.verify_record(later)


@pytest.mark.parametrize(
    ("kind", "note", "field"),
    [
        ("coffee", "", "not_done.kind"),
        ("ice", " ", "not_done.note"),  # reason "other" needs a note
    ],
)
def test_a_bad_check_not_done_names_its_field_and_stores_nothing(repo, episode, kind, note, field):
    record = NotDone.__new__(NotDone)  # as a caller that skipped the logic checks would pass
    object.__setattr__(
        record, "__dict__", {"time": NOW, "kind": kind, "reason": NotDoneReason.OTHER, "note": note}
    )
    with pytest.raises(ValidationError) as err:
        repo.judgements.record_not_done(episode, record, "nurse")
    assert err.value.field == field
    assert _count(repo, "not_done_checks") == 0


def test_sqlite_itself_refuses_an_unknown_reason(repo, episode):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        repo.conn.execute(
            "INSERT INTO not_done_checks (id, episode_id, observed_at, recorded_at, "
            "recorded_by, device_id, save_id, kind, reason) VALUES "
            "('x', ?, 't', 't', 'nurse', 'd', 's', 'ice', 'busy')",
            (episode,),
        )


def test_records_for_an_unknown_admission_are_refused(repo):
    with pytest.raises(RecordNotFoundError):
        repo.judgements.record_not_done(
            "nope", NotDone(NOW, "ice", NotDoneReason.PATIENT_REFUSED), "nurse"
        )
