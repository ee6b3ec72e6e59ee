"""FHIR R4 out (issue 17): the demo ward's Bundle, valid against the R4 schema and the models."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from jsonschema import Draft6Validator

from cart_bedside.interop.fhir_codes import toxicity_codesystem
from cart_bedside.interop.fhir_export import build_bundle, export_fhir, validate_resource
from cart_bedside.service.exports import ExportService

DATA = Path(__file__).resolve().parents[1] / "data"
DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def schema():
    return json.loads(gzip.decompress((DATA / "fhir.schema.json.gz").read_bytes()))


class Validators:
    """One draft-06 validator per resource definition of the official R4 schema.

    The schema's root is a ``oneOf`` over every resource type, discriminated by
    ``resourceType``; validating each resource against its own definition is the
    same check, thousands of times faster.
    """

    def __init__(self, schema) -> None:
        self.schema = schema
        self.cache: dict[str, Draft6Validator] = {}

    def errors(self, resource) -> list[str]:
        kind = resource["resourceType"]
        if kind not in self.cache:
            root = {k: v for k, v in self.schema.items() if k not in ("oneOf", "discriminator")}
            self.cache[kind] = Draft6Validator({**root, "$ref": f"#/definitions/{kind}"})
        return [
            f"{kind}/{resource.get('id')}: {e.message[:200]}"
            for e in self.cache[kind].iter_errors(resource)
        ]


@pytest.fixture(scope="module")
def ward_bundle(tmp_path_factory, demo_template):
    """The whole demo ward exported once (read-only for the tests of this module)."""
    import shutil

    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database
    from tests.demo_ward import Clock

    path = tmp_path_factory.mktemp("fhir") / "ward.db"
    shutil.copy(demo_template, path)
    db = open_database(path)
    clock = Clock()
    ward = WardService(Repository(db, clock=clock), clock=clock)
    service = ExportService(ward)
    ids = service.episode_ids(all_episodes=True)
    out = path.parent / "ward.fhir.json"
    collected = service.collect_many(ids)
    export_fhir(service, out, ids, exports=collected)
    exports = {e.episode_id: e for e in collected}
    yield json.loads(out.read_text(encoding="utf-8")), exports, out, ward
    db.conn.close()


def _resources(bundle, kind=None):
    return [
        e["resource"]
        for e in bundle["entry"]
        if kind is None or e["resource"]["resourceType"] == kind
    ]


def _by_record(bundle, code):
    out = {}
    for r in _resources(bundle, "Observation"):
        codes = {c["code"] for c in r["code"]["coding"]}
        ids = [i["value"] for i in r.get("identifier", ()) if i["system"].endswith(":record")]
        if code in codes and ids:
            out[ids[0]] = r
    return out


def test_the_demo_ward_bundle_is_valid_against_the_r4_schema(schema, ward_bundle):
    bundle = ward_bundle[0]
    validators = Validators(schema)
    shell = {
        **bundle,
        "entry": [
            {
                **e,
                "resource": {"resourceType": "Basic", "id": "x", "code": {"text": "checked below"}},
            }
            for e in bundle["entry"][:1]
        ],
    }
    assert validators.errors(shell) == []
    errors = [err for r in _resources(bundle) for err in validators.errors(r)]
    assert errors == []
    assert {r["resourceType"] for r in _resources(bundle)} == {
        "Patient",
        "Encounter",
        "Observation",
        "MedicationAdministration",
        "Condition",
    }


def test_one_admission_is_valid_against_the_whole_schema_and_the_models(schema, ward_bundle):
    bundle, exports, _, _ = ward_bundle
    one = build_bundle(
        [next(e for e in exports.values() if e.patient.bed == "12")], datetime(2026, 11, 23, 10, 0)
    )
    assert list(Draft6Validator(schema).iter_errors(one)) == []  # the root oneOf, unabridged
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(one)
    for r in _resources(bundle)[:500]:
        assert validate_resource(r) == r


def test_the_schema_check_can_fail(schema, ward_bundle):
    obs = dict(_resources(ward_bundle[0], "Observation")[0])
    obs["status"] = "done"  # not in the code list
    obs["valueQuantity"] = {"value": "38.5"}  # a string
    assert len(Validators(schema).errors(obs)) == 2


def test_every_vital_sign_observation_carries_its_loinc_code(ward_bundle):
    bundle = ward_bundle[0]
    vitals = [
        r
        for r in _resources(bundle, "Observation")
        if r.get("meta", {}).get("profile")
        == ["http://hl7.org/fhir/StructureDefinition/vitalsigns"]
    ]
    allowed = {"85353-1", "8310-5", "8867-4", "85354-9", "9279-1", "59408-5", "29463-7"}
    assert vitals
    for r in vitals:
        loinc = {c["code"] for c in r["code"]["coding"] if c["system"] == "http://loinc.org"}
        assert loinc & allowed, r["id"]
        assert r["category"][0]["coding"][0]["code"] == "vital-signs"
        for q in [r.get("valueQuantity"), *(c["valueQuantity"] for c in r.get("component", ()))]:
            if q is not None:
                assert q["system"] == "http://unitsofmeasure.org" and q["code"]
    bp = [r for r in vitals if r["code"]["coding"][0]["code"] == "85354-9"]
    assert {c["code"]["coding"][0]["code"] for c in bp[0]["component"]} == {"8480-6", "8462-4"}


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone().replace(tzinfo=None)


def test_vital_values_and_times_round_trip(ward_bundle):
    bundle, exports, _, _ = ward_bundle
    temps, sats = _by_record(bundle, "8310-5"), _by_record(bundle, "59408-5")
    flows = _by_record(bundle, "o2-device")
    checked = 0
    for e in exports.values():
        for v in e.timeline.vitals:
            if v.temp_c is not None:
                obs = temps[v.meta.id]
                assert obs["valueQuantity"]["value"] == v.temp_c
                assert _local(obs["effectiveDateTime"]) == v.time
                checked += 1
            if v.spo2 is not None:
                assert sats[v.meta.id]["valueQuantity"]["value"] == v.spo2
            flow = flows[v.meta.id].get("component", [{}])[0].get("valueQuantity", {})
            assert flow.get("value") == v.o2_flow_l_min
    assert checked > 500


def test_lab_values_carry_loinc_and_ucum(ward_bundle):
    bundle, exports, _, _ = ward_bundle
    ferritin = _by_record(bundle, "2276-4")
    labs = [lab for e in exports.values() for lab in e.timeline.labs if lab.name == "ferritin"]
    assert labs and len(ferritin) == len(labs)
    for lab in labs:
        q = ferritin[lab.meta.id]["valueQuantity"]
        assert (q["value"], q["code"]) == (lab.value, "ug/L")


def test_grades_are_derived_from_their_records_by_astct_2019(ward_bundle):
    bundle, exports, _, _ = ward_bundle
    by_id = {f"urn:uuid:{r['id']}": r for r in _resources(bundle)}
    crs = _by_record(bundle, "crs-grade")
    for e in exports.values():
        for p in e.assessment.crs.points:
            if p.before_infusion:
                continue
            obs = crs[p.record.meta.id]
            assert obs["valueInteger"] == p.grade and obs["method"]["text"] == "ASTCT 2019"
            panel = by_id[obs["derivedFrom"][0]["reference"]]
            assert panel["code"]["coding"][0]["code"] == "85353-1"
            assert _local(panel["effectiveDateTime"]) == p.time
    icans = [
        r
        for r in _resources(bundle, "Observation")
        if r["code"]["coding"][0]["code"] == "icans-grade"
    ]
    assert icans and all(
        by_id[r["derivedFrom"][0]["reference"]]["code"]["coding"][0]["code"]
        in ("ice-score", "capd-score")
        for r in icans
    )


def test_conditions_carry_the_icd10cm_code_of_the_maximum_grade(ward_bundle):
    bundle, exports, _, _ = ward_bundle
    conditions = _resources(bundle, "Condition")
    expected = sorted(t.icd10[0] for e in exports.values() for t in e.toxicity)
    assert sorted(c["code"]["coding"][0]["code"] for c in conditions) == expected
    assert "D89.834" in expected  # bed 06 reached CRS grade 4
    meds = _resources(bundle, "MedicationAdministration")
    assert {m["medicationCodeableConcept"]["coding"][0]["display"] for m in meds} >= {
        "tocilizumab",
        "dexamethasone",
    }


def test_the_shipped_codesystem_is_current_and_valid(schema):
    shipped = json.loads((DOCS / "fhir" / "CodeSystem-cart-toxicity.json").read_text("utf-8"))
    assert shipped == toxicity_codesystem()
    assert Validators(schema).errors(shipped) == []
    validate_resource(shipped)


def test_the_file_is_private_and_the_export_audited(ward_bundle):
    _, _, out, ward = ward_bundle
    assert os.stat(out).st_mode & 0o777 == 0o600
    entry = ward.repo.audit_log.audit_entries(action="export")[0]
    assert entry.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.details["what"] == "fhir" and entry.actor == "system"


def test_export_fhir_command_for_one_episode(service, tmp_path):
    bed = next(p for p in service.repo.patients.list_patients() if p.bed == "03")
    out = tmp_path / "one.json"
    cmd = [
        sys.executable,
        "-m",
        "cart_bedside",
        "export",
        "fhir",
        "--db",
        service.repo.db_file(),
        "--episode",
        bed.id,
        "--out",
        str(out),
        "--user",
        "qa",
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    bundle = json.loads(out.read_text("utf-8"))
    patients = _resources(bundle, "Patient")
    assert len(patients) == 1 and patients[0]["identifier"][0]["value"] == bed.mrn
    assert "name" not in patients[0] and "birthDate" not in patients[0]
    bad = subprocess.run(
        [*cmd[:7], "--episode", "nope", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 2 and "nope" in bad.stderr
