"""Codes of the FHIR export: LOINC for vital signs and fluids, UCUM units, the local CodeSystem.

There is no LOINC or SNOMED CT code for an ASTCT CRS or ICANS grade, the ICE
score or the CAPD, so the export uses a local CodeSystem,
:data:`TOXICITY_SYSTEM`, shipped as a FHIR resource in
``docs/fhir/CodeSystem-cart-toxicity.json`` (:func:`toxicity_codesystem`
writes it; a test checks the shipped file is current).
"""

from __future__ import annotations

from typing import Any

from ..logic.models import CAPD_ITEMS, ICE_ITEMS, O2Device

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
VITALSIGNS_PROFILE = "http://hl7.org/fhir/StructureDefinition/vitalsigns"

TOXICITY_SYSTEM = "urn:cart-bedside:fhir:CodeSystem:cart-toxicity"
LAB_SYSTEM = "urn:cart-bedside:fhir:CodeSystem:ward-lab"  # the rules' lab names
MRN_SYSTEM = "urn:cart-bedside:mrn"
RECORD_SYSTEM = "urn:cart-bedside:record"  # the app's record id (round trip)
EPISODE_SYSTEM = "urn:cart-bedside:episode"
LIS_MESSAGE_SYSTEM = "urn:cart-bedside:lis-message"  # MSH-10 of the imported message

#: Vital signs profile (FHIR R4 §vitalsigns): LOINC code, display, UCUM unit.
VITALS: dict[str, tuple[str, str, str]] = {
    "panel": (
        "85353-1",
        "Vital signs, weight, height, head circumference, oxygen saturation and BMI panel",
        "",
    ),
    "temp_c": ("8310-5", "Body temperature", "Cel"),
    "hr": ("8867-4", "Heart rate", "/min"),
    "bp": ("85354-9", "Blood pressure panel with all children optional", ""),
    "sbp": ("8480-6", "Systolic blood pressure", "mm[Hg]"),
    "dbp": ("8462-4", "Diastolic blood pressure", "mm[Hg]"),
    "rr": ("9279-1", "Respiratory rate", "/min"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "spo2_alt": ("2708-6", "Oxygen saturation in Arterial blood", "%"),
    "weight_kg": ("29463-7", "Body weight", "kg"),
}
O2_FLOW = ("3151-8", "Inhaled oxygen flow rate", "L/min")
FLUID_INTAKE_24H = ("9108-2", "Fluid intake total 24 hour", "mL")
URINE_24H = ("9192-6", "Urine output 24 hour", "mL")

#: RxNorm ingredients of the drugs exported as MedicationAdministration.
RXNORM_DRUGS: dict[str, tuple[str, str]] = {
    "tocilizumab": ("612865", "tocilizumab"),
    "dexamethasone": ("3264", "dexamethasone"),
    "methylprednisolone": ("6902", "methylprednisolone"),
    "prednisone": ("8640", "prednisone"),
    "hydrocortisone": ("5492", "hydrocortisone"),
}

#: The local CodeSystem's concepts: code → (display, definition).
TOXICITY_CONCEPTS: dict[str, tuple[str, str]] = {
    "astct-2019": (
        "ASTCT 2019",
        "ASTCT consensus grading of CRS and ICANS (Lee DW et al., "
        "Biol Blood Marrow Transplant 2019;25:625-638), as implemented by "
        "cart_bedside (docs/clinical.md).",
    ),
    "crs-grade": (
        "CRS grade (ASTCT)",
        "Cytokine release syndrome grade 0-4 by ASTCT 2019, "
        "from one vital-signs record and the doses before it.",
    ),
    "icans-grade": (
        "ICANS grade (ASTCT)",
        "Immune effector cell-associated neurotoxicity "
        "syndrome grade 0-4 by ASTCT 2019, from one neurological assessment.",
    ),
    "ice-score": (
        "ICE score",
        "Immune effector cell-associated encephalopathy score, 0-10 "
        "(ASTCT 2019), patients aged 12 and over.",
    ),
    "capd-score": (
        "CAPD score",
        "Cornell Assessment of Pediatric Delirium total, 0-32 (ASTCT 2019 for children under 12).",
    ),
    "o2-device": (
        "Oxygen support device",
        "The oxygen support at the time of the vital "
        "signs, in the order of the ASTCT hypoxia grades.",
    ),
    **{
        f"ice-{item.replace('_', '-')}": (
            f"ICE item: {item.replace('_', ' ')}",
            "One ICE task; true = answered correctly.",
        )
        for item in ICE_ITEMS
    },
    **{
        f"capd-{item.replace('_', '-')}": (
            f"CAPD item: {item.replace('_', ' ')}",
            "One CAPD item, scored 0-4.",
        )
        for item in CAPD_ITEMS
    },
    **{
        f"o2-{d.value.replace('_', '-')}": (
            f"Oxygen support: {d.value.replace('_', ' ')}",
            "A device of the o2-device observation.",
        )
        for d in O2Device
    },
}


def toxicity_coding(code: str) -> dict[str, str]:
    return {"system": TOXICITY_SYSTEM, "code": code, "display": TOXICITY_CONCEPTS[code][0]}


def loinc(code: str, display: str) -> dict[str, str]:
    return {"system": LOINC, "code": code, "display": display}


def quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def toxicity_codesystem() -> dict[str, Any]:
    """The local CodeSystem resource (R4) shipped in docs/fhir/."""
    return {
        "resourceType": "CodeSystem",
        "id": "cart-toxicity",
        "url": TOXICITY_SYSTEM,
        "version": "1.0.0",
        "name": "CartBedsideToxicity",
        "title": "cart_bedside CAR-T toxicity codes (CRS/ICANS grades, ICE, CAPD)",
        "status": "active",
        "experimental": False,
        "publisher": "cart_bedside",
        "description": "Codes for what has no LOINC or SNOMED CT code: the ASTCT 2019 CRS and "
        "ICANS grades, the ICE score and its items, the CAPD and its items, the "
        "oxygen support device, and the grading method itself.",
        "caseSensitive": True,
        "content": "complete",
        "count": len(TOXICITY_CONCEPTS),
        "concept": [
            {"code": code, "display": display, "definition": definition}
            for code, (display, definition) in TOXICITY_CONCEPTS.items()
        ],
    }
