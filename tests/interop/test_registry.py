"""The toxicity registry (issue 17): one row per CRS/ICANS episode, from the app's assessment."""

from __future__ import annotations

import csv
import io
import os

from cart_bedside.interop.registry_csv import COLUMNS, export_registry, registry_rows
from cart_bedside.logic.toxicity_episodes import toxicity_episodes
from cart_bedside.service.exports import ExportService
from tests.demo_ward import PINS


def test_a_row_per_episode_matching_the_assessment_for_every_demo_patient(service):
    service.sign_in("doctor", PINS["doctor"])
    exports = ExportService(service)
    ids = exports.episode_ids(all_episodes=True)
    assert len(ids) == 12
    rows = registry_rows(exports.collect_many(ids))
    for episode_id in ids:
        a = service.assessment(episode_id)  # what the patient screen shows
        mine = [r for r in rows if r["episode_id"] == episode_id]
        for kind, timeline, onset in (
            ("CRS", a.crs, a.crs.onset),
            ("ICANS", a.icans, a.icans.onset),
        ):
            kind_rows = [r for r in mine if r["toxicity"] == kind]
            graded = [p for p in timeline.points if not p.before_infusion]
            if not any(p.grade for p in graded):
                assert kind_rows == [], (episode_id, kind)
                continue
            assert kind_rows, (episode_id, kind)
            assert kind_rows[0]["onset_datetime"] == onset.isoformat(sep=" ", timespec="minutes")
            assert max(int(r["max_grade"]) for r in kind_rows) == timeline.max_grade
            assert [int(r["episode_number"]) for r in kind_rows] == list(
                range(1, len(kind_rows) + 1)
            )
    assert len(rows) == sum(
        len(
            toxicity_episodes(
                service.assessment(e), service.repo.patients.get_patient(e).infusion_time
            )
        )
        for e in ids
    )
    bed06 = next(r for r in rows if r["toxicity"] == "CRS" and r["max_grade"] == "4")
    assert bed06["icd10cm"] == "D89.834" and bed06["icu_transfer_suggested"] == "yes"
    assert int(bed06["tocilizumab_doses"]) == 2


def test_the_registry_file_is_private_audited_and_has_the_documented_columns(service, tmp_path):
    exports = ExportService(service)
    out = tmp_path / "registry.csv"
    path, digest, count = export_registry(exports, out, exports.episode_ids(all_episodes=True))
    assert os.stat(path).st_mode & 0o777 == 0o600
    text = out.read_bytes().decode("utf-8-sig")
    reader = list(csv.DictReader(io.StringIO(text)))
    assert tuple(reader[0]) == COLUMNS and len(reader) == count
    assert service.repo.audit_log.audit_entries(action="export")[0].details["sha256"] == digest


def test_every_column_is_explained_in_docs_registry():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "registry.md").read_text("utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in doc, column
