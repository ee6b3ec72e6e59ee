"""Patient search (FTS5, schema 6) and the schema introspection (sqlite-utils), issue 13.10."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlite_utils import Database

from cart_bedside.logic.models import Patient
from cart_bedside.service import PermissionDenied, RecordService
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.introspect import expected_shape, schema_differences
from cart_bedside.storage.migrations import LATEST_VERSION, migrate
from cart_bedside.storage.search_schema import fts_query

from .conftest import NOW, Clock, add_staff

PEOPLE = (("01", "王丽华", "T001"), ("02", "王小明", "T002"), ("03", "李四", "X9-77"))


def _admit_all(repo: Repository) -> dict[str, str]:
    return {
        bed: repo.patients.admit(
            Patient(age_years=50, weight_kg=60.0, name=name, bed=bed, mrn=mrn),
            "nurse",
            admitted_at=NOW - timedelta(days=1),
        )
        for bed, name, mrn in PEOPLE
    }


def _found(repo: Repository, text: str, **kwargs) -> list[str]:
    return [p.bed for p, _ in repo.patients.search(text, **kwargs)]


@pytest.fixture
def ward(repo):
    return _admit_all(repo)


@pytest.mark.parametrize(
    ("text", "beds"),
    [
        ("王", ["01", "02"]),
        ("王小", ["02"]),
        ("王丽华", ["01"]),
        ("t00", ["01", "02"]),
        ("T002", ["02"]),
        ("x9", ["03"]),
        ("77", ["03"]),
        ("03", ["03"]),
        ("李 03", ["03"]),
        ("王 03", []),
        ("丽", []),  # a name is found by its first characters (surname first)
        ("", []),
        ("   ", []),
    ],
)
def test_search_by_name_mrn_or_bed(repo, ward, text, beds):
    assert sorted(_found(repo, text)) == beds


@pytest.mark.parametrize("text", ['"', 'a" OR "b', "AND", "NOT 王", "name:王", "(*", "-1", "^"])
def test_any_typed_text_is_a_literal(repo, ward, text):
    assert isinstance(_found(repo, text), list)
    assert fts_query(text).count('"') % 2 == 0


def test_the_index_follows_the_current_version(repo, ward, clock):
    old = repo.patients.get_patient(ward["02"])
    repo.patients.update_patient(ward["02"], replace(old, name="赵明", bed="07"), "nurse", "更正")
    assert _found(repo, "王") == ["01"]
    assert _found(repo, "赵") == ["07"] and _found(repo, "02") == []
    repo.patients.discharge(ward["01"], "nurse")
    assert _found(repo, "王") == []
    assert _found(repo, "王", occupied_only=False) == ["01"]
    repo.charting.mark_entered_in_error(
        repo.patients.episode(ward["03"]).meta.id, "nurse", "错误的患者"
    )
    assert _found(repo, "李", occupied_only=False) == []


def test_migration_6_indexes_the_patients_already_there(tmp_path):
    db = open_database(tmp_path / "w.db", migrate=False)
    migrate(db, target=5)
    repo = Repository(db, clock=Clock(), upgrade=False)
    add_staff(repo)
    _admit_all(repo)
    assert migrate(db, target=6) == [6] and LATEST_VERSION >= 6
    assert sorted(_found(repo, "王")) == ["01", "02"]
    db.conn.close()


def test_the_service_needs_a_signed_in_user(service):
    record = RecordService(service)
    with pytest.raises(PermissionDenied):
        record.admissions.search_patients("王")
    service.sign_in("nurse", "1111")
    everyone = [p.bed for p in record.admissions.search_patients("0")]
    assert everyone and all(b.startswith("0") for b in everyone)


# --- introspection ----------------------------------------------------------------------
def test_a_migrated_database_has_the_expected_schema(repo):
    assert schema_differences(repo.conn) == []
    shape = expected_shape()
    assert {"audit_log", "patient_search", "vital_signs"} <= set(shape.tables)
    assert {"vital_signs_no_update", "episodes_search"} <= set(shape.triggers)
    assert "current_vital_signs" in shape.views


def test_a_dropped_trigger_or_changed_table_shows():
    repo = Repository(Database(memory=True), clock=Clock())
    repo.conn.execute("DROP TRIGGER vital_signs_no_update")
    repo.conn.execute("CREATE TABLE scratch (x)")
    assert schema_differences(repo.conn) == [
        "unexpected table scratch",
        "missing trigger vital_signs_no_update",
    ]
