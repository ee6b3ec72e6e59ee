"""The FHIR R4 export (issue 17): a Bundle of the ward's admissions, built with ``fhir.resources``.

``fhir.resources`` 8 ships models for R5 (default), R4B (4.3.0) and STU3,
not for R4 4.0.1. R4B is a small release on top of R4: it changed the
medication-definition and evidence resources, added subscriptions topics
and a few elements, and kept Patient, Encounter, Observation,
MedicationAdministration, Condition, CodeSystem and Bundle as in 4.0.1. The
export uses only R4 elements of those resources, validates every resource
with the R4B model, and the tests also validate the whole Bundle against
the official FHIR R4 (4.0.1) JSON schema, so the file is R4 JSON.

A Bundle (``type: collection``) holds, per admission: Patient (MRN and
gender only), Encounter, vital-sign Observations (profile LOINC codes, UCUM
units) with their 85353-1 panel, oxygen support, 24-hour intake and urine,
labs (LOINC where there is one, else the ward's lab code), ICE/CAPD
observations with their items, CRS and ICANS grade observations
(``derivedFrom`` the record graded, ``method`` ASTCT 2019 from the local
CodeSystem in docs/fhir/), MedicationAdministration for tocilizumab and
steroids, and a Condition per CRS/ICANS episode with its ICD-10-CM code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ..service.exports import EpisodeExport, ExportService
from .fhir_resources import EpisodeResources, fhir_time, rid
from .output import write_private


def _model(resource_type: str):
    from fhir.resources.R4B import get_fhir_model_class

    return get_fhir_model_class(resource_type)


def validate_resource(resource: dict[str, Any]) -> dict[str, Any]:
    """The resource, checked by its R4B model (pydantic's ValidationError if it is invalid).

    The JSON written is the dict the model accepted: dumping it again through the
    model would double the export time and write the same elements.
    """
    _model(resource["resourceType"]).model_validate(resource)
    return resource


def build_bundle(exports: Sequence[EpisodeExport], at: datetime) -> dict[str, Any]:
    """The Bundle of these admissions, every resource validated by its model."""
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for e in exports:
        for resource in EpisodeResources(e).build():
            if resource["id"] in seen:  # a readmitted patient's Patient appears once
                continue
            seen.add(resource["id"])
            entries.append(
                {"fullUrl": f"urn:uuid:{resource['id']}", "resource": validate_resource(resource)}
            )
    key = ",".join(e.episode_id for e in exports) + at.isoformat()
    bundle = {
        "resourceType": "Bundle",
        "id": rid("bundle", key),
        "type": "collection",
        "timestamp": fhir_time(at),
        "entry": entries,
    }
    _model("Bundle").model_validate(bundle)  # the envelope too
    return bundle


def export_fhir(
    service: ExportService,
    out: Path | str,
    episode_ids: Sequence[str],
    actor: str | None = None,
    exports: Sequence[EpisodeExport] | None = None,
) -> tuple[Path, str, int]:
    """Write the Bundle of ``episode_ids`` to ``out`` (0600) and audit it; (path, sha256, count).

    ``exports`` may be given when the caller collected them already.
    """
    if exports is None:
        exports = service.collect_many(episode_ids)
    bundle = build_bundle(exports, service.ward.clock())
    data = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    digest = write_private(out, data)
    service.record_export("fhir", str(out), digest, len(exports), actor)
    return Path(out), digest, len(bundle["entry"])
