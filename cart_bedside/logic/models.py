"""Clinical records as plain dataclasses.

These are the only record types the app knows. Storage returns them, the UI
edits them, the rules read them. They hold values, not judgements: grading
lives in :mod:`cart_bedside.logic.crs` and :mod:`cart_bedside.logic.icans`,
limits in :mod:`cart_bedside.logic.validation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from .schema import FieldSpec, Range, Type, spec


class O2Device(StrEnum):
    """Oxygen support, in the order of the ASTCT hypoxia grades (clinical-rules §2.2)."""

    ROOM_AIR = "room_air"
    BLOW_BY = "blow_by"
    NASAL_CANNULA = "nasal_cannula"
    HIGH_FLOW_NASAL_CANNULA = "high_flow_nasal_cannula"
    SIMPLE_FACE_MASK = "simple_face_mask"
    NON_REBREATHER = "non_rebreather"
    VENTURI_MASK = "venturi_mask"
    CPAP = "cpap"
    BIPAP = "bipap"
    MECHANICAL_VENTILATION = "mechanical_ventilation"


class Consciousness(StrEnum):
    """Level of consciousness, ASTCT ICANS domain (clinical-rules §3.3)."""

    ALERT = "alert"
    AWAKENS_SPONTANEOUSLY = "awakens_spontaneously"
    AWAKENS_TO_VOICE = "awakens_to_voice"
    AWAKENS_TO_TOUCH = "awakens_to_touch"
    UNAROUSABLE = "unarousable"


class Seizure(StrEnum):
    NONE = "none"
    RAPIDLY_RESOLVING = "rapidly_resolving"
    PROLONGED_OR_REPETITIVE = "prolonged_or_repetitive"


class CerebralEdema(StrEnum):
    NONE = "none"
    FOCAL = "focal"
    DIFFUSE = "diffuse"


class FluidDirection(StrEnum):
    INTAKE = "intake"
    OUTPUT = "output"


class FluidCategory(StrEnum):
    """Intake and output categories (clinical-rules §6)."""

    IV_FLUIDS = "iv_fluids"
    BLOOD_PRODUCTS = "blood_products"
    ORAL = "oral"
    ENTERAL = "enteral"
    IV_MEDICATIONS = "iv_medications"
    URINE = "urine"
    DRAINS = "drains"
    STOOL = "stool"
    EMESIS = "emesis"
    OTHER_OUTPUT = "other_output"

    @property
    def direction(self) -> FluidDirection:
        return FluidDirection.INTAKE if self in _INTAKE else FluidDirection.OUTPUT


_INTAKE = {
    FluidCategory.IV_FLUIDS,
    FluidCategory.BLOOD_PRODUCTS,
    FluidCategory.ORAL,
    FluidCategory.ENTERAL,
    FluidCategory.IV_MEDICATIONS,
}

#: The ten ICE items in the order they are asked (ASTCT; seed 004 §2.4).
ICE_ITEMS: tuple[str, ...] = (
    "year",
    "month",
    "city",
    "hospital",
    "name_1",
    "name_2",
    "name_3",
    "follows_commands",
    "writes_sentence",
    "counts_backwards",
)

#: The eight CAPD items (Cornell Assessment of Pediatric Delirium).
CAPD_ITEMS: tuple[str, ...] = (
    "eye_contact",
    "purposeful_actions",
    "aware_of_surroundings",
    "communicates_needs",
    "restless",
    "inconsolable",
    "underactive",
    "slow_to_respond",
)

#: Vasopressors the app knows by name; any other name counts as a
#: non-vasopressin vasopressor (clinical-rules §2.2).
KNOWN_VASOPRESSORS: tuple[str, ...] = (
    "norepinephrine",
    "epinephrine",
    "dopamine",
    "phenylephrine",
    "vasopressin",
)

#: Diagnoses offered at admission (issue 5; product.md screen 4).
DIAGNOSES: tuple[str, ...] = ("b_all", "b_nhl", "mm", "neuro_autoimmune", "other")

#: Conditions a case or an admission may carry; each changes a rule.
KNOWN_CONDITIONS: tuple[str, ...] = (
    "myasthenia_gravis",  # avoid quinolones and sulfonamides (seed 002)
    "active_infection",  # IVIG threshold 4–6 g/L (seed 001)
    "developmental_delay",  # CAPD instead of ICE from 12 years (clinical-rules §3.3)
    "hbsag_positive",  # HBV reactivation risk (seed 000 7.2)
    "hbeag_positive",
)


@dataclass(frozen=True)
class RecordMeta:
    """Who saved a record and when; filled in by storage, optional for the rules.

    ``supersedes`` points at the record this one amends; ``entered_in_error``
    marks an amendment that withdraws the original.
    """

    id: str | None = None
    recorded_at: datetime | None = None
    recorded_by: str | None = None
    device_id: str | None = None
    supersedes: str | None = None
    amend_reason: str | None = None
    entered_in_error: bool = False


TEMP_C = Range(25.0, 45.0, "°C", 1)
WEIGHT_KG = Range(0.5, 350, "kg", 1)
CAPD_ITEM = Range(0, 4)


def _vital(type_: Type, limit: Range) -> dict[str, FieldSpec]:
    return spec(type_, optional=True, limit=limit, form="vital")


def _flag(**kw: Any) -> dict[str, FieldSpec]:
    return spec(Type.BOOL, form="flag", **kw)


@dataclass(frozen=True)
class VitalSigns:
    """One set of vital signs with the oxygen support and vasopressors running."""

    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    temp_c: float | None = field(default=None, metadata=_vital(Type.FLOAT, TEMP_C))
    hr: int | None = field(default=None, metadata=_vital(Type.INT, Range(20, 250, "/min")))
    sbp: int | None = field(default=None, metadata=_vital(Type.INT, Range(40, 300, "mmHg")))
    dbp: int | None = field(default=None, metadata=_vital(Type.INT, Range(10, 200, "mmHg")))
    rr: int | None = field(default=None, metadata=_vital(Type.INT, Range(2, 80, "/min")))
    spo2: float | None = field(default=None, metadata=_vital(Type.FLOAT, Range(0, 100, "%")))
    o2_device: O2Device = field(default=O2Device.ROOM_AIR, metadata=spec(Type.ENUM, enum=O2Device))
    o2_flow_l_min: float | None = field(
        default=None, metadata=spec(Type.FLOAT, optional=True, limit=Range(0, 80, "L/min"))
    )
    vasopressors: tuple[str, ...] = field(default=(), metadata=spec(Type.NAMES))
    fluid_bolus_for_hypotension: bool = field(default=False, metadata=spec(Type.BOOL))
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)

    @property
    def map_mmhg(self) -> float | None:
        """Mean arterial pressure estimated as DBP + (SBP − DBP) / 3."""
        if self.sbp is None or self.dbp is None:
            return None
        return self.dbp + (self.sbp - self.dbp) / 3


@dataclass(frozen=True)
class NeuroAssessment:
    """One neuro check: ICE (≥ 12 y) or CAPD (< 12 y) and the other ICANS domains.

    Exactly one of ``ice_items``, ``ice_score``, ``ice_unable`` (or none, when
    no ICE was done); likewise ``capd_scores`` / ``capd_unable``. CAPD scores
    are stored *as scored* (items 1–4 already reversed); use
    :func:`cart_bedside.logic.icans.capd_scores_from_answers` to turn the
    nurse's answers into scores.
    """

    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    # ten answers in ICE_ITEMS order; the contract gives them as an object keyed by item
    ice_items: tuple[bool, ...] | None = field(
        default=None, metadata=spec(Type.BOOLS, optional=True, contract="ice")
    )
    ice_score: int | None = field(
        default=None, metadata=spec(Type.INT, optional=True, limit=Range(0, 10))
    )
    ice_unable: bool = field(default=False, metadata=spec(Type.BOOL))
    capd_scores: tuple[int, ...] | None = field(
        default=None, metadata=spec(Type.INTS, optional=True, limit=CAPD_ITEM, contract="capd")
    )
    capd_unable: bool = field(default=False, metadata=spec(Type.BOOL))
    consciousness: Consciousness | None = field(
        default=None, metadata=spec(Type.ENUM, optional=True, enum=Consciousness)
    )
    seizure: Seizure = field(default=Seizure.NONE, metadata=spec(Type.ENUM, enum=Seizure))
    motor_weakness: bool = field(default=False, metadata=_flag())
    cerebral_edema: CerebralEdema = field(
        default=CerebralEdema.NONE, metadata=spec(Type.ENUM, enum=CerebralEdema)
    )
    # "attributable to another cause": kept in the record, out of the grade.
    consciousness_other_cause: bool = field(default=False, metadata=_flag())
    seizure_other_cause: bool = field(default=False, metadata=_flag())
    motor_other_cause: bool = field(
        default=False, metadata=_flag(contract="motor_weakness_other_cause")
    )
    edema_other_cause: bool = field(
        default=False, metadata=_flag(contract="cerebral_edema_other_cause")
    )
    # Recorded, graded by CTCAE, never change the ICANS grade.
    tremor: bool = field(default=False, metadata=_flag())
    myoclonus: bool = field(default=False, metadata=_flag())
    headache: bool = field(default=False, metadata=_flag())
    intracranial_haemorrhage: bool = field(default=False, metadata=_flag())
    handwriting_png: bytes | None = field(
        default=None,
        repr=False,
        compare=False,
        metadata=spec(Type.BYTES, optional=True, contract=None),
    )
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)

    @property
    def total_ice(self) -> int | None:
        """The ICE score 0–10, or None when no ICE was done or it was impossible."""
        if self.ice_items is not None:
            return sum(1 for answer in self.ice_items if answer)
        return self.ice_score

    @property
    def total_capd(self) -> int | None:
        if self.capd_scores is None:
            return None
        return sum(self.capd_scores)

    @property
    def has_score(self) -> bool:
        """An ICE or CAPD was done (or was impossible): it completes an ICE task."""
        return (
            self.total_ice is not None
            or self.total_capd is not None
            or self.ice_unable
            or self.capd_unable
        )


@dataclass(frozen=True)
class FluidEntry:
    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    category: FluidCategory = field(metadata=spec(Type.ENUM, enum=FluidCategory))
    volume_ml: float = field(metadata=spec(Type.FLOAT, limit=Range(1, 5000, "mL")))
    note: str = field(default="", metadata=spec(Type.TEXT))
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)

    @property
    def direction(self) -> FluidDirection:
        return self.category.direction


@dataclass(frozen=True)
class MedicationDose:
    """A dose given. ``drug`` is the lower-case generic name (see drugs.py)."""

    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    drug: str = field(metadata=spec(Type.TEXT))
    dose_mg: float | None = field(
        default=None, metadata=spec(Type.FLOAT, optional=True, limit=Range(0.001, 20000, "mg", 3))
    )
    route: str | None = field(default=None, metadata=spec(Type.TEXT, optional=True))
    ordered_by: str | None = field(default=None, metadata=spec(Type.TEXT, optional=True))
    given_by: str | None = field(default=None, metadata=spec(Type.TEXT, optional=True))
    override_reason: str | None = field(default=None, metadata=spec(Type.TEXT, optional=True))
    note: str = field(default="", metadata=spec(Type.TEXT))
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class LabResult:
    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    name: str = field(metadata=spec(Type.TEXT))
    value: float = field(metadata=spec(Type.FLOAT))  # limits per lab: validation.LAB_LIMITS
    unit: str | None = field(default=None, metadata=spec(Type.TEXT, optional=True))
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class WeightMeasurement:
    time: datetime = field(metadata=spec(Type.TIME, column="observed_at"))
    weight_kg: float = field(metadata=spec(Type.FLOAT, limit=WEIGHT_KG))
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class HighRiskFactors:
    """Pre-infusion high-risk factors (seed 000 6.1.1); age is taken from the patient."""

    ecog_3_or_more: bool = False
    spd_100_cm2_or_more: bool = False
    bulky_lesion_7_5_cm: bool = False
    pharyngeal_or_paratracheal_compression: bool = False
    lesion_near_gut_or_bile_ducts: bool = False
    serosal_involvement_or_effusion: bool = False
    vital_organ_involvement: bool = False
    tumour_related_fever: bool = False


@dataclass(frozen=True)
class Patient:
    """A patient and their CAR-T episode (one infusion)."""

    age_years: float = field(metadata=spec(Type.FLOAT, limit=Range(0, 120, "y")))
    weight_kg: float | None = field(
        default=None, metadata=spec(Type.FLOAT, optional=True, limit=WEIGHT_KG)
    )
    weight_time: datetime | None = None
    sex: str | None = None  # "M", "F" or None
    conditions: tuple[str, ...] = ()
    prior_cns_disease: bool = False
    name: str = ""
    mrn: str = ""
    bed: str = ""
    diagnosis: str | None = None
    product: str = ""
    target: str = ""
    costim_domain: str = ""
    height_cm: float | None = field(
        default=None, metadata=spec(Type.FLOAT, optional=True, limit=Range(30, 250, "cm"))
    )
    infusion_time: datetime | None = None
    risk_factors: HighRiskFactors = field(default_factory=HighRiskFactors)
    hbv_status: str | None = None
    id: str | None = None

    @property
    def uses_capd(self) -> bool:
        """CAPD under 12 years, or for a developmentally delayed older patient (§3.3)."""
        return self.age_years < 12 or "developmental_delay" in self.conditions

    def has(self, condition: str) -> bool:
        return condition in self.conditions

    def with_latest_weight(self, weights: Sequence[WeightMeasurement]) -> Patient:
        """This patient with the most recent weight (the tocilizumab dose uses it, §2.4)."""
        if not weights:
            return self
        latest = max(weights, key=lambda w: w.time)
        if self.weight_time is not None and self.weight_time >= latest.time:
            return self
        return replace(self, weight_kg=latest.weight_kg, weight_time=latest.time)


def bed_key(bed: str) -> tuple[tuple[int, int, str], ...]:
    """Natural bed order: 2 before 10, 'A3' before 'A12' (board, handover, pickers)."""
    import re

    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", bed))
