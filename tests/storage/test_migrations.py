"""Schema versions: a database made by the first version upgrades and keeps its data."""

from __future__ import annotations

import sqlite3

import pytest

from cart_bedside.storage import Repository, SchemaTooNewError, connect, open_database
from cart_bedside.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from cart_bedside.storage.verify import verify_database

from .conftest import add_staff, fluids, neuro, vitals


def _indexes(path) -> set[str]:
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    return names


def _admit_v1(db) -> str:
    """Admit as release 1 did (its bed check predates ``open_episodes``)."""
    meta = "observed_at, recorded_at, recorded_by, device_id, save_id"
    values = "'2026-10-28T08:00:00', '2026-10-28T08:00:00', 'nurse', 'dev', 's1'"
    db.conn.execute(
        f"INSERT INTO patients (id, patient_id, {meta}, mrn, name) "
        f"VALUES ('p1', 'p1', {values}, 'T001', '测试患者')"
    )
    db.conn.execute(
        f"INSERT INTO episodes (id, episode_id, patient_id, {meta}, bed, age_years, "
        f"infusion_time, admitted_at) VALUES ('e1', 'e1', 'p1', {values}, '01', 54, "
        "'2026-11-01T10:00:00', '2026-10-28T08:00:00')"
    )
    return "e1"


def test_first_schema_upgrades_to_the_latest_and_keeps_data(tmp_path, clock):
    path = tmp_path / "v1.db"
    db = connect(path)
    assert migrate(db, target=1) == [1]
    repo = Repository(db, clock=clock, upgrade=False)  # the first release writing its data
    add_staff(repo)
    episode = _admit_v1(db)
    saved = repo.charting.save_shift_entry(
        episode, "nurse", vitals=vitals(), neuro=neuro(), fluids=fluids()
    )
    repo.ward_settings.set_setting("protocol", "mm-2022", "nurse")
    repo.drafts.save_draft("nurse", "shift_entry", {"temp_c": "38."}, episode)
    db.conn.close()
    assert schema_version(connect(path)) == 1
    assert "lab_results_latest" not in _indexes(path)

    db = open_database(path)  # what the new app does at start
    assert schema_version(db) == LATEST_VERSION == MIGRATIONS[-1].version >= 2
    assert "lab_results_latest" in _indexes(path)
    repo = Repository(db, clock=clock)
    assert repo.queries.vitals(episode)[0].meta.id == saved.ids["vitals"]
    assert len(repo.queries.fluids(episode)) == 3
    assert repo.patients.get_patient(episode).name == "测试患者"
    assert repo.ward_settings.get_setting("protocol") == "mm-2022"
    assert repo.drafts.load_draft("nurse", "shift_entry", episode) == {"temp_c": "38."}
    migrations = repo.audit_log.audit_entries(action="migrate")
    assert [e.details["version"] for e in migrations if "baseline" not in e.details] == list(
        range(LATEST_VERSION, 0, -1)
    )
    baselines = {(e.table_name, e.record_id) for e in migrations if "baseline" in e.details}
    assert baselines == {("users", "nurse"), ("users", "doctor"), ("ward_settings", "protocol")}
    assert repo.audit_log.verify_audit_chain().ok
    # Users and settings now carry their keyed state; only the two rows this test wrote
    # by hand (as release 1's SQL, without the app) have no audit entry.
    findings = verify_database(db).findings
    assert {(f.code, f.params["id"]) for f in findings} == {
        ("verify.row_unaudited", "p1"),
        ("verify.row_unaudited", "e1"),
    }
    assert (
        repo.signing.verify_signature is not None
        and repo.queries.ward_board()[0].patient.id == episode
    )


def test_migrating_twice_does_nothing(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert migrate(db) == []


def test_a_newer_database_is_refused(tmp_path):
    db = open_database(tmp_path / "new.db")
    db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    db.conn.close()
    with pytest.raises(SchemaTooNewError):
        open_database(tmp_path / "new.db")


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def _admit_as_v2(repo, db, bed: str, mrn: str, diagnosis: str | None) -> str:
    """Admit as release 2 did: an episode row and no protocol record."""
    from cart_bedside.logic.models import Patient

    return repo.patients.admit(
        Patient(age_years=50, name="旧患者", bed=bed, mrn=mrn, diagnosis=diagnosis), "nurse"
    )


def test_schema_3_gives_each_stored_admission_the_protocol_of_its_diagnosis(tmp_path, clock):
    path = tmp_path / "v2.db"
    db = connect(path)
    assert migrate(db, target=2) == [1, 2]
    repo = Repository(db, clock=clock, upgrade=False)
    add_staff(repo)
    repo.ward_settings.set_setting("protocol", "review-astct", "nurse")
    episodes = {
        diagnosis: _admit_as_v2(repo, db, f"0{i}", f"M{i}", diagnosis)
        for i, diagnosis in enumerate(("mm", "neuro_autoimmune", "b_nhl", None))
    }
    signed = repo.charting.save_shift_entry(
        episodes["mm"], "nurse", vitals=vitals(), neuro=neuro(), signature_meaning="charted"
    )
    db.conn.close()

    db = open_database(path)
    repo = Repository(db, clock=clock)
    found = {d: repo.judgements.episode_protocols(e) for d, e in episodes.items()}
    assert {d: [r.protocol for r in rs] for d, rs in found.items()} == {
        "mm": ["mm-2022"],
        "neuro_autoimmune": ["nad-2025"],
        "b_nhl": ["review-astct"],
        None: ["review-astct"],
    }
    record = found["mm"][0]
    assert (record.source, record.meta.recorded_by) == ("migration", "system")
    assert record.time == repo.patients.episode(episodes["mm"]).admitted_at
    assert "diagnosis mm" in record.reason
    # New tables only: every old row still hashes to what was audited and signed.
    assert repo.audit_log.verify_record(record.meta.id)
    assert repo.audit_log.verify_record(signed.ids["vitals"]) and repo.audit_log.verify_record(
        episodes["mm"]
    )
    assert repo.signing.verify_signature(signed.signature_id)
    assert repo.audit_log.verify_audit_chain().ok
    assert migrate(db) == []  # once only
    assert len(repo.judgements.episode_protocols(episodes["mm"])) == 1
