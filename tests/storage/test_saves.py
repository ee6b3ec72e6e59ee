"""A save is validated first and stored in one transaction: all of it or nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    O2Device,
    WeightMeasurement,
)
from cart_bedside.logic.validation import ValidationError
from cart_bedside.storage import StorageError

from .conftest import NOW, fluids, neuro, vitals


def _counts(repo) -> dict[str, int]:
    tables = (
        "vital_signs",
        "neuro_assessments",
        "fluid_entries",
        "weights",
        "audit_log",
        "signatures",
    )
    return {t: repo.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_shift_entry_is_saved_whole(repo, episode):
    result = repo.charting.save_shift_entry(
        episode,
        "nurse",
        vitals=vitals(),
        neuro=neuro(),
        fluids=fluids(),
        weight=WeightMeasurement(NOW, 70.4),
        signature_meaning="author",
    )
    assert set(result.ids) == {"vitals", "neuro", "fluids[0]", "fluids[1]", "fluids[2]", "weight"}
    assert len(repo.queries.vitals(episode)) == len(repo.queries.neuro(episode)) == 1
    assert [f.volume_ml for f in repo.queries.fluids(episode)] == [500, 200, 650]
    assert repo.patients.get_patient(episode).weight_kg == 70.4
    assert repo.signing.verify_signature(result.signature_id)
    stored = repo.queries.vitals(episode)[0]
    assert stored == vitals()
    assert stored.meta.id == result.ids["vitals"]
    assert stored.meta.recorded_by == "nurse"
    assert stored.meta.device_id == repo.device_id
    assert stored.meta.recorded_at == NOW


def test_one_bad_fluid_line_stores_nothing_and_names_the_line(repo, episode):
    before = _counts(repo)
    with pytest.raises(ValidationError) as err:
        repo.charting.save_shift_entry(
            episode,
            "nurse",
            vitals=vitals(),
            neuro=neuro(),
            fluids=fluids(volumes=(500, 200, 9000, 100)),
        )
    assert err.value.field == "fluids[2].volume_ml"
    assert "9000" in str(err.value) and "1–5000 mL" in str(err.value)
    assert "fluids[2]" in err.value.render("zh_CN")
    assert _counts(repo) == before


def test_a_failure_inside_the_transaction_rolls_everything_back(repo, episode, monkeypatch):
    before = _counts(repo)
    original = repo.charting.insert_record
    calls = []

    def failing_insert(conn, kind, record, *args, **kwargs):
        calls.append(kind.name)
        if len(calls) == 4:
            raise OSError("disk full")
        return original(conn, kind, record, *args, **kwargs)

    monkeypatch.setattr(repo.charting, "insert_record", failing_insert)
    with pytest.raises(OSError):
        repo.charting.save_shift_entry(
            episode, "nurse", vitals=vitals(), neuro=neuro(), fluids=fluids()
        )
    assert len(calls) == 4
    assert _counts(repo) == before
    assert not repo.conn.in_transaction


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (vitals(temp_c=55.0), "vitals.temp_c"),
        (vitals(temp_c=101.0), "vitals.temp_c"),
        (vitals(sbp=80, dbp=90), "vitals.dbp"),
        (vitals(o2_device=O2Device.NASAL_CANNULA), "vitals.o2_flow_l_min"),
        (neuro(score=11), "neuro.ice_score"),
        (LabResult(NOW, "ferritin", -1.0, "µg/L"), "lab.value"),
        (MedicationDose(NOW, "tocilizumab", 0.0), "medication.dose_mg"),
        (WeightMeasurement(NOW, 0.1), "weight.weight_kg"),
        (vitals(NOW + timedelta(hours=2)), "vitals.time"),
    ],
)
def test_bad_values_never_reach_the_database(repo, episode, record, field):
    before = _counts(repo)
    with pytest.raises(ValidationError) as err:
        repo.charting.save_record(episode, record, "nurse")
    assert err.value.field == field
    assert _counts(repo) == before


def test_capd_for_a_child_ice_for_an_adult(repo):
    from .conftest import admit

    child = admit(repo, bed="02", age=7)
    with pytest.raises(ValidationError) as err:
        repo.charting.save_record(child, neuro(), "nurse")
    assert err.value.field == "neuro.ice"


def test_soft_warnings_are_returned_not_refused(repo, episode):
    result = repo.charting.save_record(episode, vitals(temp_c=40.1, sbp=85, dbp=50), "nurse")
    assert {w.field for w in result.warnings} == {"vitals.temp_c", "vitals.sbp"}
    assert (
        repo.charting.check_records(episode, [("vitals", vitals(temp_c=40.1))])[0].field
        == "vitals.temp_c"
    )


def test_unknown_or_inactive_users_cannot_save(repo, episode):
    with pytest.raises(StorageError):
        repo.charting.save_record(episode, vitals(), "mallory")
    repo.people.deactivate_user("nurse", "system", "left the ward")
    with pytest.raises(StorageError):
        repo.charting.save_record(episode, vitals(), "nurse")


def test_drug_names_are_stored_as_generic_names(repo, episode):
    repo.charting.save_record(
        episode, MedicationDose(NOW, "托珠单抗", 560.0, "IV", "doctor", "nurse"), "nurse"
    )
    assert repo.queries.medications(episode)[0].drug == "tocilizumab"


def test_fluid_category_given_as_text(repo, episode):
    repo.charting.save_record(episode, FluidEntry(NOW, "urine", 300), "nurse")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as err:
        repo.charting.save_record(episode, FluidEntry(NOW, "beer", 300), "nurse")  # type: ignore[arg-type]
    assert err.value.field == "fluid.category"
    assert repo.queries.fluids(episode)[0].direction == "output"


def test_every_save_is_audited_with_the_row_hash(repo, episode):
    result = repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), fluids=fluids())
    entries = [
        e
        for e in repo.audit_log.audit_entries(limit=10)
        if e.details.get("save_id") == result.save_id
    ]
    assert {e.record_id for e in entries} == set(result.ids.values())
    assert all(e.action == "insert" and e.actor == "nurse" for e in entries)
    assert all(repo.audit_log.verify_record(rid) for rid in result.ids.values())


def test_two_tablets_on_one_file_keep_one_audit_chain(db_path, clock):
    from cart_bedside.storage import Repository, open_database

    path, episode = db_path
    a, b = open_database(path), open_database(path)
    first, second = Repository(a, clock=clock), Repository(b, clock=clock)
    for i in range(10):
        (first if i % 2 else second).charting.save_shift_entry(
            episode, "nurse", vitals=vitals(hr=80 + i), fluids=fluids()
        )
    assert len(first.queries.vitals(episode)) == 11
    assert first.audit_log.verify_audit_chain().ok
    a.conn.close()
    b.conn.close()


def test_a_bed_holds_one_patient(repo, episode):
    from .conftest import admit

    with pytest.raises(StorageError) as err:
        admit(repo, bed="01")
    assert "bed 01 is occupied" in str(err.value)
    repo.patients.discharge(episode, "nurse")
    assert admit(repo, bed="01")
