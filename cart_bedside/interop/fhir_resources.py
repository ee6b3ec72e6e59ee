"""FHIR R4 resources of one admission, as plain JSON dicts (validated in :mod:`.fhir_export`).

Every resource gets a stable id (a UUID 5 of the record it comes from) and
the app's record id as an identifier (``urn:cart-bedside:record``), so the
same record always has the same FHIR id and an export can be traced back.
Times are the tablet's local time with its UTC offset.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from ..logic import drugs
from ..logic.fluids import fluid_day_balances
from ..logic.lab_codes import LOINC_BY_LAB
from ..logic.lab_codes import UCUM as UCUM_UNITS
from ..logic.models import CAPD_ITEMS, ICE_ITEMS, FluidCategory
from ..logic.toxicity_episodes import CRS, ToxicityEpisode
from ..service.exports import EpisodeExport
from . import fhir_codes as fc

_NS = uuid.UUID("5b0c1a52-17a2-4c6e-9c53-cd7f3a8e0a17")
Resource = dict[str, Any]


def rid(kind: str, key: str) -> str:
    """The stable FHIR id of ``kind`` made from the app's ``key``."""
    return str(uuid.uuid5(_NS, f"{kind}:{key}"))


def ref(resource: Resource) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource['id']}"}


def fhir_time(t: datetime) -> str:
    """A stored (naive, local) time as a FHIR dateTime with the local offset."""
    return t.astimezone().isoformat(timespec="seconds")


def _identifier(system: str, value: str) -> list[dict[str, str]]:
    return [{"system": system, "value": value}]


class EpisodeResources:
    """Builds the resources of one :class:`EpisodeExport` (``build()`` returns them all)."""

    def __init__(self, e: EpisodeExport) -> None:
        self.e = e
        self.out: list[Resource] = []
        self.patient = self._patient()
        self.encounter = self._encounter()
        self.vitals_panel: dict[str, Resource] = {}  # vital-signs record id → panel
        self.neuro_obs: dict[str, Resource] = {}  # neuro record id → ICE/CAPD observation

    def build(self) -> list[Resource]:
        t = self.e.timeline
        for v in t.vitals:
            self._vitals(v)
        for w in t.weights:
            self._obs(
                "weight",
                w.meta.id,
                fc.VITALS["weight_kg"],
                w.time,
                value=fc.quantity(w.weight_kg, "kg"),
                vital=True,
            )
        self._fluids()
        for lab in t.labs:
            self._lab(lab)
        for n in t.neuro:
            self._neuro(n)
        self._grades()
        for d in t.medications:
            self._medication(d)
        for episode in self.e.toxicity:
            self._condition(episode)
        return self.out

    # --- patient and admission -------------------------------------------------------
    def _patient(self) -> Resource:
        p = self.e.patient
        res: Resource = {
            "resourceType": "Patient",
            "id": rid("patient", self.e.patient_id),
            "identifier": [
                {"use": "usual", "system": fc.MRN_SYSTEM, "value": p.mrn or self.e.patient_id}
            ],
        }
        if p.sex in ("M", "F"):
            res["gender"] = "male" if p.sex == "M" else "female"
        return res

    def _encounter(self) -> Resource:
        ep = self.e.episode
        period = {"start": fhir_time(ep.admitted_at)}
        if ep.discharged_at:
            period["end"] = fhir_time(ep.discharged_at)
        res = {
            "resourceType": "Encounter",
            "id": rid("encounter", ep.episode_id),
            "identifier": _identifier(fc.EPISODE_SYSTEM, ep.episode_id),
            "status": "finished" if ep.discharged_at else "in-progress",
            "class": {"system": fc.ACT_CODE, "code": "IMP", "display": "inpatient encounter"},
            "subject": ref(self.patient),
            "period": period,
        }
        self.out += [self.patient, res]
        return res

    # --- observations -----------------------------------------------------------------
    def _obs(
        self,
        kind: str,
        record_id: str | None,
        code: tuple[str, str, str] | dict,
        time: datetime,
        *,
        value: dict | None = None,
        vital: bool = False,
        category: str = "vital-signs",
        extra: dict | None = None,
    ) -> Resource:
        coding = code if isinstance(code, dict) else fc.loinc(code[0], code[1])
        res: Resource = {
            "resourceType": "Observation",
            "id": rid(kind, record_id or str(time)),
            "status": "final",
            "category": [{"coding": [{"system": fc.OBS_CATEGORY, "code": category}]}],
            "code": {"coding": [coding]},
            "subject": ref(self.patient),
            "encounter": ref(self.encounter),
            "effectiveDateTime": fhir_time(time),
        }
        if record_id:
            res["identifier"] = _identifier(fc.RECORD_SYSTEM, record_id)
        if vital:
            res["meta"] = {"profile": [fc.VITALSIGNS_PROFILE]}
        if value is not None:
            res["valueQuantity"] = value
        res.update(extra or {})
        self.out.append(res)
        return res

    def _vitals(self, v) -> None:
        key = v.meta.id or v.time.isoformat()
        members = []
        for name in ("temp_c", "hr", "rr"):
            value = getattr(v, name)
            if value is not None:
                code = fc.VITALS[name]
                members.append(
                    self._obs(
                        name, key, code, v.time, value=fc.quantity(value, code[2]), vital=True
                    )
                )
        if v.sbp is not None or v.dbp is not None:
            components = [
                {
                    "code": {"coding": [fc.loinc(*fc.VITALS[n][:2])]},
                    "valueQuantity": fc.quantity(getattr(v, n), "mm[Hg]"),
                }
                for n in ("sbp", "dbp")
                if getattr(v, n) is not None
            ]
            members.append(
                self._obs(
                    "bp", key, fc.VITALS["bp"], v.time, vital=True, extra={"component": components}
                )
            )
        if v.spo2 is not None:
            coding = [fc.loinc(*fc.VITALS["spo2"][:2]), fc.loinc(*fc.VITALS["spo2_alt"][:2])]
            members.append(
                self._obs(
                    "spo2",
                    key,
                    fc.VITALS["spo2"],
                    v.time,
                    vital=True,
                    value=fc.quantity(v.spo2, "%"),
                    extra={"code": {"coding": coding}},
                )
            )
        device = fc.toxicity_coding(f"o2-{str(v.o2_device).replace('_', '-')}")
        support: dict[str, Any] = {"valueCodeableConcept": {"coding": [device]}}
        if v.o2_flow_l_min is not None:
            support["component"] = [
                {
                    "code": {"coding": [fc.loinc(*fc.O2_FLOW[:2])]},
                    "valueQuantity": fc.quantity(v.o2_flow_l_min, "L/min"),
                }
            ]
        members.append(self._obs("o2", key, fc.toxicity_coding("o2-device"), v.time, extra=support))
        panel = self._obs(
            "vitals",
            key,
            fc.VITALS["panel"],
            v.time,
            vital=True,
            extra={"hasMember": [ref(m) for m in members]},
        )
        self.vitals_panel[key] = panel

    def _fluids(self) -> None:
        t, e = self.e.timeline, self.e
        if not t.fluids:
            return
        start = min(f.time for f in t.fluids)
        for day in fluid_day_balances(t.fluids, start, e.exported_at, e.shift_settings):
            if day.entries == 0 or day.start is None or day.end is None or day.end > e.exported_at:
                continue  # only whole fluid days have a 24-hour total
            period = {"effectivePeriod": {"start": fhir_time(day.start), "end": fhir_time(day.end)}}
            urine = day.by_category.get(FluidCategory.URINE, 0.0)
            for kind, code, value in (
                ("intake", fc.FLUID_INTAKE_24H, day.intake_ml),
                ("urine", fc.URINE_24H, urine),
            ):
                res = self._obs(
                    f"fluid-{kind}",
                    f"{e.episode_id}@{day.start.isoformat()}",
                    code,
                    day.start,
                    value=fc.quantity(round(value, 1), "mL"),
                    category="vital-signs",
                    extra=period,
                )
                del res["effectiveDateTime"]
                del res["identifier"]

    def _lab(self, lab) -> None:
        loinc = LOINC_BY_LAB.get(lab.name)
        coding = [fc.loinc(loinc.code, loinc.display)] if loinc else []
        coding.append({"system": fc.LAB_SYSTEM, "code": lab.name})
        unit = lab.unit or ""
        ucum = UCUM_UNITS.get(unit)
        value = {"value": lab.value, "unit": unit} if unit else {"value": lab.value}
        if ucum:
            value.update({"system": fc.UCUM, "code": ucum})
        res = self._obs(
            "lab",
            lab.meta.id,
            coding[0],
            lab.time,
            value=value,
            category="laboratory",
            extra={"code": {"coding": coding}},
        )
        source = self.e.lab_sources.get(lab.meta.id or "")
        if source is not None:
            res["identifier"].append(
                {"system": fc.LIS_MESSAGE_SYSTEM, "value": f"{source.control_id}/{source.position}"}
            )

    def _neuro(self, n) -> None:
        key = n.meta.id or n.time.isoformat()
        if n.ice_score is not None or n.ice_items is not None:
            components = [
                {
                    "code": {"coding": [fc.toxicity_coding(f"ice-{item.replace('_', '-')}")]},
                    "valueBoolean": bool(ok),
                }
                for item, ok in zip(ICE_ITEMS, n.ice_items or (), strict=False)
            ]
            score = n.ice_score if n.ice_score is not None else sum(bool(x) for x in n.ice_items)
            self.neuro_obs[key] = self._obs(
                "ice",
                key,
                fc.toxicity_coding("ice-score"),
                n.time,
                category="survey",
                extra={
                    "valueInteger": int(score),
                    **({"component": components} if components else {}),
                },
            )
        elif n.capd_scores is not None:
            components = [
                {
                    "code": {"coding": [fc.toxicity_coding(f"capd-{item.replace('_', '-')}")]},
                    "valueInteger": int(s),
                }
                for item, s in zip(CAPD_ITEMS, n.capd_scores, strict=False)
            ]
            self.neuro_obs[key] = self._obs(
                "capd",
                key,
                fc.toxicity_coding("capd-score"),
                n.time,
                category="survey",
                extra={"valueInteger": int(sum(n.capd_scores)), "component": components},
            )

    def _grades(self) -> None:
        a = self.e.assessment
        method = {"coding": [fc.toxicity_coding("astct-2019")], "text": "ASTCT 2019"}
        self.grade_obs: dict[tuple[str, datetime], Resource] = {}
        for p in a.crs.points:
            if p.before_infusion:
                continue
            key = p.record.meta.id or p.time.isoformat()
            source = self.vitals_panel.get(key)
            self.grade_obs[(CRS, p.time)] = self._obs(
                "crs-grade",
                key,
                fc.toxicity_coding("crs-grade"),
                p.time,
                category="exam",
                extra={
                    "valueInteger": p.grade,
                    "method": method,
                    **({"derivedFrom": [ref(source)]} if source else {}),
                },
            )
        by_time: dict[datetime, list] = defaultdict(list)
        for n in sorted(self.e.timeline.neuro, key=lambda r: r.time):
            by_time[n.time].append(n)
        for ip in a.icans.points:
            records = by_time.get(ip.time)
            record = records.pop(0) if records else None
            if ip.before_infusion:
                continue
            key = (record.meta.id if record else None) or ip.time.isoformat()
            source = self.neuro_obs.get(key)
            self.grade_obs[("icans", ip.time)] = self._obs(
                "icans-grade",
                key,
                fc.toxicity_coding("icans-grade"),
                ip.time,
                category="exam",
                extra={
                    "valueInteger": ip.grade,
                    "method": method,
                    **({"derivedFrom": [ref(source)]} if source else {}),
                },
            )

    # --- medications and conditions ---------------------------------------------------
    def _medication(self, d) -> None:
        drug = drugs.normalise(d.drug)
        if drug not in fc.RXNORM_DRUGS:
            return
        code, display = fc.RXNORM_DRUGS[drug]
        res: Resource = {
            "resourceType": "MedicationAdministration",
            "id": rid("dose", d.meta.id or str(d.time)),
            "status": "completed",
            "medicationCodeableConcept": {
                "coding": [{"system": fc.RXNORM, "code": code, "display": display}],
                "text": d.drug,
            },
            "subject": ref(self.patient),
            "context": ref(self.encounter),
            "effectiveDateTime": fhir_time(d.time),
        }
        if d.meta.id:
            res["identifier"] = _identifier(fc.RECORD_SYSTEM, d.meta.id)
        dosage: dict[str, Any] = {}
        if d.dose_mg is not None:
            dosage["dose"] = fc.quantity(d.dose_mg, "mg")
        if d.route:
            dosage["route"] = {"text": d.route}
        if dosage:
            res["dosage"] = dosage
        self.out.append(res)

    def _condition(self, t: ToxicityEpisode) -> None:
        code, display = t.icd10
        resolved = t.resolved_at is not None
        res: Resource = {
            "resourceType": "Condition",
            "id": rid("condition", f"{self.e.episode_id}:{t.kind}:{t.number}"),
            "clinicalStatus": {
                "coding": [
                    {"system": fc.CONDITION_CLINICAL, "code": "resolved" if resolved else "active"}
                ]
            },
            "category": [
                {"coding": [{"system": fc.CONDITION_CATEGORY, "code": "encounter-diagnosis"}]}
            ],
            "code": {
                "coding": [{"system": fc.ICD10CM, "code": code, "display": display}],
                "text": f"{t.kind.upper()} grade {t.max_grade} (ASTCT 2019)",
            },
            "subject": ref(self.patient),
            "encounter": ref(self.encounter),
            "onsetDateTime": fhir_time(t.onset),
        }
        if t.resolved_at is not None:
            res["abatementDateTime"] = fhir_time(t.resolved_at)
        top = self.grade_obs.get((t.kind, t.max_grade_at))
        if top is not None:
            res["evidence"] = [{"detail": [ref(top)]}]
        self.out.append(res)
