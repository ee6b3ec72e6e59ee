"""Admission, bed transfer, discharge, the risk group and the eligibility checklist.

Clinical-rules §5 (high-risk group, seed 000 6.1.1; eligibility, seed 001).

Decisions:

- Nurses and physicians admit (role ``chart``); the admin role does not.
- Name, MRN and bed are required; when the ward has a bed list (setting
  ``beds``) the bed must be on it. An occupied bed is refused with
  :class:`BedOccupiedError` naming the bed and who is in it (the repository
  refuses it again inside its transaction).
- A patient whose MRN is known is *re*-admitted (same patient, new episode);
  refused while that patient still has an open admission.
- **Eligibility is stored as lab-like records** named ``eligibility.<field>``
  (``eligibility.kps``, ``eligibility.lvef_percent`` … one per
  :class:`~cart_bedside.logic.risk.EligibilityInputs` field; a yes/no as 1/0),
  observed at the time of the check. The repository has no per-episode
  JSON table, and these rows get for free what a clinical record needs:
  append-only versions, amendment/entered-in-error with a reason, the audit
  chain, backups and the History tab. A re-check is a new observation; the
  checklist uses the latest value of each item. The lab list, trends and rules
  ignore these names (the rules read only the labs they know).
- The checklist is returned as the logic layer gives it: met / not met /
  unknown per item, never a verdict.
- **Protocol per admission** (clinical-rules §10): admitting stores the
  protocol the diagnosis selects (``logic.patient_protocol``; the ward's
  protocol otherwise) as a protocol record in the same transaction. A
  physician changes it with a reason (role ``change_protocol``; a new record,
  audited). Correcting the diagnosis re-derives it only while no physician
  has chosen one (the physician's choice stands).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..logic.messages import msg
from ..logic.models import LabResult, Patient, WeightMeasurement
from ..logic.patient_protocol import ProtocolChoice
from ..logic.risk import (
    ChecklistItem,
    EligibilityInputs,
    RiskAssessment,
    eligibility_checklist,
    high_risk_group,
)
from ..logic.schema import Range
from ..logic.timeutil import format_study_day, study_day
from ..logic.validation import ValidationError, check_range
from ..storage import EpisodeInfo, EpisodeProtocol, SaveResult
from . import ward_settings
from .base import ServiceBase, required_reason
from .board import masked_name
from .episode_protocol import initial_protocol, protocol_in_force
from .errors import BedOccupiedError, ServiceError

ELIGIBILITY_PREFIX = "eligibility."

#: Unit and plausible range of each eligibility item (seed 001 §一般要求).
ELIGIBILITY_FIELDS: dict[str, tuple[str, Range]] = {
    "kps": ("%", Range(0, 100, "%")),
    "ecog": ("", Range(0, 5)),
    "lvef_percent": ("%", Range(0, 100, "%")),
    "alt_u_l": ("U/L", Range(0, 20000, "U/L")),
    "alt_uln_u_l": ("U/L", Range(1, 1000, "U/L")),
    "ast_u_l": ("U/L", Range(0, 20000, "U/L")),
    "ast_uln_u_l": ("U/L", Range(1, 1000, "U/L")),
    "spo2_room_air": ("%", Range(0, 100, "%")),
    "active_infection": ("0/1", Range(0, 1)),
    "life_expectancy_weeks": ("weeks", Range(0, 5200, "weeks")),
}
_INTEGER_FIELDS = {"ecog", "active_infection"}


@dataclass(frozen=True)
class Eligibility:
    """The checklist from the latest value of each item, with when and which record."""

    inputs: EligibilityInputs
    checklist: tuple[ChecklistItem, ...]
    observed_at: dict[str, datetime]
    record_ids: dict[str, str]


@dataclass(frozen=True)
class Admission:
    """An admission as the Admission screen shows it."""

    patient: Patient  # as admitted/last corrected (weight: the admission weight)
    episode: EpisodeInfo  # bed, admitted/discharged
    latest_weight: WeightMeasurement | None  # the weight the rules use, if weighed since
    risk: RiskAssessment
    eligibility: Eligibility
    versions: tuple[EpisodeInfo, ...]  # every version: bed moves, corrections, discharge
    protocol: ProtocolChoice  # the protocol in force, named, with why
    protocol_records: tuple[EpisodeProtocol, ...] = ()  # every protocol record, oldest first

    @property
    def discharged(self) -> bool:
        return self.episode.discharged_at is not None


def is_eligibility_lab(name: str) -> bool:
    return name.startswith(ELIGIBILITY_PREFIX)


def eligibility_records(inputs: EligibilityInputs, time: datetime) -> list[tuple[str, LabResult]]:
    """``(prefix, LabResult)`` items for the items that were recorded (None: not recorded)."""
    items = []
    for name, (unit, limit) in ELIGIBILITY_FIELDS.items():
        value = getattr(inputs, name)
        if value is None:
            continue
        field = f"eligibility.{name}"
        if isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, int | float):
            raise ValidationError(field, msg("error.expected_number", value=str(value)))
        check_range(float(value), limit, field)
        if name in _INTEGER_FIELDS and float(value) != int(value):
            raise ValidationError(field, msg("error.expected_integer", value=str(value)))
        items.append(
            (field, LabResult(time, ELIGIBILITY_PREFIX + name, float(value), unit or None))
        )
    return items


def eligibility_from(labs: list[LabResult]) -> Eligibility:
    latest: dict[str, LabResult] = {}
    for lab in sorted(labs, key=lambda x: (x.time, x.meta.recorded_at or x.time)):
        if is_eligibility_lab(lab.name):
            latest[lab.name.removeprefix(ELIGIBILITY_PREFIX)] = lab
    values: dict[str, Any] = {}  # EligibilityInputs' fields: floats, ints, a bool
    for name, lab in latest.items():
        if name not in ELIGIBILITY_FIELDS:
            continue
        if name == "active_infection":
            values[name] = bool(lab.value)
        elif name in _INTEGER_FIELDS:
            values[name] = int(lab.value)
        else:
            values[name] = lab.value
    inputs = EligibilityInputs(**values)
    return Eligibility(
        inputs,
        tuple(eligibility_checklist(inputs)),
        {n: lab.time for n, lab in latest.items()},
        {n: lab.meta.id for n, lab in latest.items() if lab.meta.id},
    )


class Admissions(ServiceBase):
    """Admit, transfer, discharge, correct an admission; risk group and eligibility."""

    def admit(
        self,
        patient: Patient,
        *,
        admitted_at: datetime | None = None,
        eligibility: EligibilityInputs | None = None,
        birth_date: str | None = None,
    ) -> str:
        """Admit a patient into ``patient.bed``; returns the episode id (one transaction)."""
        user = self.require("chart")
        self._check_identity(patient)
        self._check_bed(patient.bed)
        patient_id = self._readmission(patient.mrn)
        when = admitted_at or self.now()
        items = eligibility_records(eligibility, when) if eligibility else []
        protocol = initial_protocol(self.repo, patient.diagnosis)
        with self.repo.transaction():
            episode_id = self.repo.patients.admit(
                patient,
                user.username,
                admitted_at=when,
                patient_id=patient_id,
                birth_date=birth_date,
            )
            self.repo.judgements.set_episode_protocol(
                EpisodeProtocol(episode_id, protocol, "diagnosis", when), user.username
            )
            if items:
                self.repo.charting.save_records(episode_id, user.username, items)
        self.ward.invalidate(episode_id)
        return episode_id

    def update_admission(self, episode_id: str, patient: Patient, reason: str) -> None:
        """Correct admission details (a new version with the reason; the old one stays)."""
        user = self.require("chart")
        reason = required_reason(reason)
        self._check_identity(patient)
        current = self.repo.patients.episode(episode_id)
        if patient.bed != current.bed:
            self._check_open(current)
            self._check_bed(patient.bed)
        records = self.repo.judgements.episode_protocols(episode_id)
        derived = initial_protocol(self.repo, patient.diagnosis)
        follow = not any(r.source == "physician" for r in records) and (
            not records or records[-1].protocol != derived
        )
        with self.repo.transaction():
            self.repo.patients.update_patient(episode_id, patient, user.username, reason)
            if follow:
                self.repo.judgements.set_episode_protocol(
                    EpisodeProtocol(episode_id, derived, "diagnosis", self.now(), reason),
                    user.username,
                )
        self.ward.invalidate(episode_id)

    def transfer(self, episode_id: str, new_bed: str, reason: str) -> None:
        """Move the patient to another bed (the old bed frees; the move is a new version)."""
        user = self.require("chart")
        reason = required_reason(reason)
        current = self.repo.patients.episode(episode_id)
        self._check_open(current)
        new_bed = (new_bed or "").strip()
        if new_bed == current.bed:
            raise ValidationError("patient.bed", msg("record.error.same_bed", bed=new_bed))
        self._check_bed(new_bed)
        stored = replace(self.stored_patient(episode_id), bed=new_bed)
        self.repo.patients.update_patient(episode_id, stored, user.username, reason)
        self.ward.invalidate(episode_id)

    def discharge(self, episode_id: str, reason: str, at: datetime | None = None) -> None:
        """Discharge: the bed frees; the record stays readable (a new version of the episode)."""
        user = self.require("chart")
        reason = required_reason(reason)
        self._check_open(self.repo.patients.episode(episode_id))
        self.repo.patients.discharge(episode_id, user.username, at=at or self.now(), reason=reason)
        self.ward.invalidate(episode_id)

    def admission(self, episode_id: str) -> Admission:
        self.require("view")
        labs = self.repo.queries.labs(episode_id)
        return Admission(
            patient=self.stored_patient(episode_id),
            episode=self.repo.patients.episode(episode_id),
            latest_weight=self.repo.patients.latest_weight(episode_id),
            risk=self.risk_group(episode_id),
            eligibility=eligibility_from(labs),
            versions=tuple(self.repo.patients.admission_history(episode_id)),
            protocol=protocol_in_force(self.repo, episode_id),
            protocol_records=tuple(self.repo.judgements.episode_protocols(episode_id)),
        )

    def risk_group(self, episode_id: str) -> RiskAssessment:
        """Seed 000 6.1.1: high-risk if any factor or age ≥ 70; else standard."""
        self.require("view")
        return high_risk_group(self.repo.patients.get_patient(episode_id))

    def eligibility(self, episode_id: str) -> Eligibility:
        self.require("view")
        return eligibility_from(self.repo.queries.labs(episode_id))

    def record_eligibility(
        self, episode_id: str, inputs: EligibilityInputs, time: datetime | None = None
    ) -> SaveResult | None:
        """Record a (re-)check of the eligibility items given (None: not checked)."""
        user = self.require("chart")
        items = eligibility_records(inputs, time or self.now())
        if not items:
            return None
        result = self.repo.charting.save_records(episode_id, user.username, items)
        self.ward.invalidate(episode_id)
        return result

    def search_patients(self, text: str, *, discharged: bool = False) -> list[Patient]:
        """Patients whose name, MRN or bed start with each word typed, best match first.

        In a bed now, unless ``discharged`` (then every admission, e.g. to find a
        readmission). Full-text search (FTS5) in storage; any text is safe to pass.
        """
        self.require("view")
        return [p for p, _ in self.repo.patients.search(text, occupied_only=not discharged)]

    def free_beds(self) -> list[str]:
        """The ward's beds (setting) not occupied now, in the ward's order."""
        self.require("view")
        taken = {e.bed for _, e in self.repo.patients.occupied(self.now())}
        return [b for b in ward_settings.beds(self.repo) if b not in taken]

    # --- checks ------------------------------------------------------------------------
    def stored_patient(self, episode_id: str) -> Patient:
        """The admission as stored: ``get_patient`` shows the latest weight *record* instead."""
        # Writing the overlaid weight back would silently change the admission weight.
        return self.repo.patients.stored_admission(episode_id)

    def _check_identity(self, patient: Patient) -> None:
        for name in ("name", "mrn", "bed"):
            if not str(getattr(patient, name) or "").strip():
                raise ValidationError(f"patient.{name}", msg("error.required"))

    def _check_bed(self, bed: str) -> None:
        known = ward_settings.beds(self.repo)
        if known and bed not in known:
            raise ValidationError(
                "patient.bed", msg("error.bad_choice", value=bed, known=", ".join(known))
            )
        for patient, episode in self.repo.patients.occupied(self.now()):
            if episode.bed == bed:
                day = (
                    format_study_day(study_day(self.now(), patient.infusion_time))
                    if patient.infusion_time
                    else "—"
                )
                raise BedOccupiedError(
                    msg(
                        "record.error.bed_occupied",
                        bed=bed,
                        name=masked_name(patient.name),
                        day=day,
                    ),
                    bed,
                    episode.episode_id,
                )

    def _check_open(self, episode: EpisodeInfo) -> None:
        if episode.discharged_at is not None:
            raise ServiceError(
                msg("record.error.discharged", at=episode.discharged_at.strftime("%Y-%m-%d %H:%M"))
            )

    def _readmission(self, mrn: str) -> str | None:
        """The known patient with this MRN (a readmission), refused if still admitted."""
        for patient_id in self.repo.patients.find_patients(mrn.strip()):
            for episode in self.repo.patients.episodes_of(patient_id):
                if episode.discharged_at is None:
                    raise ServiceError(
                        msg("record.error.already_admitted", mrn=mrn, bed=episode.bed)
                    )
            return patient_id
        return None
