"""Storage-side dataclasses for things the logic layer has no type for.

Charted records come back as the logic layer's own dataclasses
(:mod:`cart_bedside.logic.models`); these cover admission bookkeeping,
users, tasks, acknowledgements, signatures and the shapes of the board and
timeline queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    Patient,
    RecordMeta,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.record_check import UnreadableRecord
from ..logic.validation import Warning_

ROLES: tuple[str, ...] = ("nurse", "physician", "admin")
TASK_STATUSES: tuple[str, ...] = ("open", "done", "cancelled")


@dataclass(frozen=True)
class EpisodeInfo:
    """Admission bookkeeping of one episode (``Patient.id`` is ``episode_id``)."""

    episode_id: str
    patient_id: str
    admitted_at: datetime
    discharged_at: datetime | None
    bed: str
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class User:
    """A user account; ``pin_hash`` is ``auth.hash_pin`` output (salt inside)."""

    username: str
    display_name: str
    role: str
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = None
    pin_hash: str | None = field(default=None, repr=False)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Task:
    """Something due at a time (vital signs, ICE, labs, weight …)."""

    episode_id: str
    kind: str
    due_at: datetime
    status: str = "open"
    done_record_id: str | None = None
    note: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class AlertAck:
    """A user saw an alert (``alert_code`` from the assess contract) and acknowledged it."""

    episode_id: str
    alert_code: str
    time: datetime
    note: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class Signature:
    """A signature over stored records: who, meaning, when, and sha256 of what was signed."""

    episode_id: str
    signer: str
    meaning: str
    signed_at: datetime
    content_sha256: str
    records: tuple[tuple[str, str], ...]  # (table, id) pairs
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class SaveResult:
    """What a save wrote: ``ids`` maps each field prefix (``"fluids[1]"``) to the new id."""

    save_id: str
    ids: dict[str, str]
    warnings: tuple[Warning_, ...] = ()
    signature_id: str | None = None


@dataclass(frozen=True)
class Timeline:
    """Every current record of one episode in a time range, each list in time order."""

    patient: Patient
    vitals: list[VitalSigns]
    neuro: list[NeuroAssessment]
    fluids: list[FluidEntry]
    medications: list[MedicationDose]
    labs: list[LabResult]
    weights: list[WeightMeasurement]
    unreadable: tuple[UnreadableRecord, ...] = ()  # stored rows this version cannot read


@dataclass(frozen=True)
class BoardEntry:
    """What the ward board needs for one occupied bed.

    ``vitals``/``neuro``/``fluids`` cover the board window (default 24 h up
    to ``at``); ``medications`` are the doses in the window plus every dose
    since admission of the drugs the grading reads (antipyretics,
    anti-cytokine drugs, steroids); ``labs`` are those in the window plus the
    latest of each name. Everything is the current version, in time order.
    """

    patient: Patient
    episode: EpisodeInfo
    vitals: list[VitalSigns]
    neuro: list[NeuroAssessment]
    fluids: list[FluidEntry]
    medications: list[MedicationDose]
    labs: list[LabResult]
    open_tasks: list[Task]
    alert_acks: list[AlertAck]

    @property
    def latest_vitals(self) -> VitalSigns | None:
        return self.vitals[-1] if self.vitals else None

    @property
    def latest_neuro(self) -> NeuroAssessment | None:
        return self.neuro[-1] if self.neuro else None


#: Where an admission's protocol came from (clinical-rules §10).
PROTOCOL_SOURCES: tuple[str, ...] = ("diagnosis", "physician", "migration")


@dataclass(frozen=True)
class EpisodeProtocol:
    """The protocol an admission follows from ``time`` on, and why (§10)."""

    episode_id: str
    protocol: str
    source: str  # PROTOCOL_SOURCES
    time: datetime
    reason: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)


@dataclass(frozen=True)
class PhysicianGradeRecord:
    """A physician's confirmation (``grade == computed_grade``) or correction of a grade (§11).

    ``basis_record_id``/``basis_time`` name the record the computed grade came
    from when the physician judged it; ``time`` is when they judged it.
    """

    episode_id: str
    syndrome: str  # "crs" or "icans"
    computed_grade: int
    grade: int
    time: datetime
    reason: str = ""
    basis_record_id: str | None = None
    basis_time: datetime | None = None
    meta: RecordMeta = field(default_factory=RecordMeta, compare=False)

    @property
    def corrected(self) -> bool:
        return self.grade != self.computed_grade
