"""Doses given: tocilizumab from the latest weight within the ward's limits, steroids, the rest.

Clinical-rules §2.4 (tocilizumab dose and limits) and §2.5 (steroid exposure);
§4 (myasthenia gravis: quinolones and sulfonamides). Every dose records who
ordered it and who gave it (the signed-in user).

Decisions:

- A tocilizumab dose that breaks a limit (``logic.tocilizumab.check_new_dose``
  with the ward's limits) raises :class:`DoseLimitError`; with an
  ``override_reason`` it is recorded only for a signed-in physician (a nurse
  gets ``PermissionDenied``). The dose row keeps the reason, and an audit
  event (``sign``) names the limits overridden, in the same transaction.
- An ``override_reason`` given when no limit is broken is not stored as an
  override (there is nothing to override); put remarks in ``note``.
- Without ``dose_mg`` a tocilizumab dose is the suggested one; without a
  weight it is refused (``tocilizumab.no_weight``); above 800 mg it is
  refused (§2.4 "never above"); more than 10 % away from the suggestion it
  is recorded with a warning.
- Warnings are returned, never blocking: a stale weight (> 7 days), ICANS
  present (tocilizumab may worsen it; siltuximab the alternative), a quinolone
  or sulfonamide for a myasthenia patient.
- A dose is signed like a shift entry: the signer's PIN again (a wrong one is
  audited and refused, ``SignInError``). ``check_dose`` runs every check
  without the PIN and without writing, so the form can ask its questions
  (override, "duplicate?") before the PIN pad.
- A dose of the same drug less than 60 min from another
  (``logic.tocilizumab_state.possible_duplicate``) raises
  :class:`DuplicateDoseError` unless ``duplicate_confirmed``.
- ``TocilizumabStatus.state`` is the panel's one state
  (``logic.tocilizumab_state``) with the current CRS and ICANS grades.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..logic import drugs
from ..logic.catalogue import CATALOGUE
from ..logic.infection import is_contraindicated
from ..logic.infection import normalise as infection_name
from ..logic.messages import Message, msg, term
from ..logic.models import MedicationDose
from ..logic.steroids import SteroidExposure, dex_equivalent_mg, steroid_exposure
from ..logic.timeutil import is_late_entry
from ..logic.tocilizumab import (
    MAX_SINGLE_DOSE_MG,
    DoseSuggestion,
    Ledger,
    TocilizumabLimits,
    check_new_dose,
    tocilizumab_dose,
    tocilizumab_ledger,
)
from ..logic.tocilizumab_state import (
    TocilizumabState,
    possible_duplicate,
    tocilizumab_state,
)
from ..logic.validation import ValidationError
from . import ward_settings
from .base import ServiceBase
from .dose_limits import dose_limit_message
from .errors import DoseLimitError, DuplicateDoseError
from .sync_stale import SYNC_STALE, stale_message, stale_minutes
from .ward import PermissionDenied

#: A recorded tocilizumab dose further than this from the suggestion is flagged.
DOSE_DIFFERS_BY = 0.10

DRUG_CLASSES = ("tocilizumab", "steroid", "antipyretic", "antiepileptic", "anti_cytokine", "other")


def drug_class(drug: str) -> str:
    """tocilizumab, steroid, antipyretic, antiepileptic, anti_cytokine or other."""
    name = drugs.normalise(drug)
    if name == "tocilizumab":
        return "tocilizumab"
    if name in drugs.STEROIDS:
        return "steroid"
    if name in drugs.ANTIPYRETICS:
        return "antipyretic"
    if name in drugs.ANTIEPILEPTICS:
        return "antiepileptic"
    if name in drugs.ANTI_CYTOKINE:
        return "anti_cytokine"
    return "other"


@dataclass(frozen=True)
class TocilizumabStatus:
    """The dose the rules give now, the weight it uses, and where the limits stand."""

    suggestion: DoseSuggestion  # dose_mg None: no weight; weight_kg/weight_time shown
    ledger: Ledger  # doses given, next allowed time, doses remaining (ward limits)
    limits: TocilizumabLimits
    countdown: timedelta | None  # until the next dose is allowed; None: allowed now
    warnings: tuple[Message, ...]  # stale weight, ICANS caution
    state: TocilizumabState  # the one state every screen shows (with the grades)

    @property
    def next_allowed_at(self) -> datetime | None:
        return self.ledger.next_allowed_at

    @property
    def doses_remaining(self) -> int:
        return self.ledger.doses_remaining


@dataclass(frozen=True)
class DoseLine:
    """One dose in the medication list (``dose.ordered_by``/``given_by``/``meta.recorded_by``)."""

    dose: MedicationDose
    drug_class: str
    dex_equivalent_mg: float | None
    late: bool

    @property
    def overridden(self) -> bool:
        return bool(self.dose.override_reason)


@dataclass(frozen=True)
class MedicationSummary:
    doses: tuple[DoseLine, ...]  # oldest first
    tocilizumab: TocilizumabStatus
    steroids: SteroidExposure


@dataclass(frozen=True)
class DoseCheck:
    """What recording a dose would do: the dose, its warnings, the limits it breaks."""

    drug: str
    dose_mg: float | None
    time: datetime
    warnings: tuple[Message, ...]
    broken: tuple[str, ...]
    duplicate_of: MedicationDose | None


@dataclass(frozen=True)
class DoseRecorded:
    record_id: str
    save_id: str
    dose: MedicationDose
    warnings: tuple[Message, ...] = ()
    overridden: tuple[str, ...] = ()  # limits a physician overrode


class Medications(ServiceBase):
    """Record doses and summarise them (roles: chart; override_dose for a limit override)."""

    def tocilizumab_limits(self) -> TocilizumabLimits:
        return ward_settings.tocilizumab_limits(self.repo)

    def tocilizumab_status(
        self,
        episode_id: str,
        at: datetime | None = None,
        doses: Sequence[MedicationDose] | None = None,
    ) -> TocilizumabStatus:
        """Suggested dose from the latest weight, and the ledger under the ward's limits."""
        self.require("view")
        at = at or self.now()
        patient = self.repo.patients.get_patient(episode_id)  # weight: the latest weight record
        suggestion = tocilizumab_dose(patient.weight_kg, patient.weight_time, at)
        limits = self.tocilizumab_limits()
        doses = self.repo.queries.medications(episode_id) if doses is None else doses
        ledger = tocilizumab_ledger(doses, at, limits)
        warnings = list(suggestion.warnings)
        assessment = self.ward.assessment(episode_id)
        icans = assessment.icans.grade
        if icans >= 1:
            warnings.append(msg("alert.tocilizumab_may_worsen_icans", icans=icans))
        state = tocilizumab_state(ledger, assessment.crs.grade, icans)
        stale = stale_minutes(self.ward, self.now())
        if stale is not None:  # first: the ledger above may be missing other tablets' doses
            warnings.insert(0, stale_message(stale))
        return TocilizumabStatus(
            suggestion, ledger, limits, state.countdown, tuple(warnings), state
        )

    def check_dose(
        self,
        episode_id: str,
        drug: str,
        dose_mg: float | None = None,
        time: datetime | None = None,
        override_reason: str | None = None,
        ordered_by: str = "",
    ) -> DoseCheck:
        """Every check of :meth:`record_dose` without the PIN and without writing."""
        self.require("chart")
        name = drugs.normalise(drug)
        if not name:
            raise ValidationError("medication.drug", msg("error.empty_name"))
        if not (ordered_by or "").strip():
            raise ValidationError("medication.ordered_by", msg("error.required"))
        time = time or self.now()
        warnings: list[Message] = []
        broken: tuple[str, ...] = ()
        reason = (override_reason or "").strip()
        if name == "tocilizumab":
            dose_mg, broken = self.check_tocilizumab(episode_id, dose_mg, time, reason, warnings)
        patient = self.repo.patients.get_patient(episode_id)
        if is_contraindicated(patient, name):
            warnings.append(
                msg(
                    "record.warning.avoid_in_myasthenia",
                    drug=term(f"infection.drug.{infection_name(name)}"),
                )
            )
        duplicate = possible_duplicate(self.repo.queries.medications(episode_id), name, time)
        return DoseCheck(name, dose_mg, time, tuple(warnings), broken, duplicate)

    def record_dose(
        self,
        episode_id: str,
        drug: str,
        dose_mg: float | None = None,
        time: datetime | None = None,
        route: str | None = None,
        ordered_by: str = "",
        override_reason: str | None = None,
        note: str = "",
        *,
        pin: str,
        duplicate_confirmed: bool = False,
    ) -> DoseRecorded:
        """Record a dose given now (or at ``time``) by the signed-in user, signed with
        their ``pin`` (module docstring)."""
        user = self.require("chart")
        check = self.check_dose(episode_id, drug, dose_mg, time, override_reason, ordered_by)
        if check.duplicate_of is not None and not duplicate_confirmed:
            raise DuplicateDoseError(self.duplicate_message(check), check.duplicate_of)
        self.check_pin(user, pin, episode_id, msg("service.error.signature_pin"))
        reason = (override_reason or "").strip()
        broken = check.broken
        dose = MedicationDose(
            check.time,
            check.drug,
            check.dose_mg,
            (route or "").strip() or None,
            ordered_by.strip(),
            user.username,
            reason if broken else None,
            note.strip(),
        )
        with self.repo.transaction():
            result = self.repo.charting.save_record(episode_id, dose, user.username)
            record_id = result.ids["medication"]
            if broken:
                self.log_override(
                    user.username,
                    reason,
                    record_id,
                    broken,
                    drug=check.drug,
                    dose_mg=check.dose_mg,
                    time=check.time.isoformat(),
                    episode_id=episode_id,
                )
        self.ward.invalidate(episode_id)
        return DoseRecorded(record_id, result.save_id, dose, check.warnings, broken)

    def log_override(
        self, username: str, reason: str, record_id: str, broken: Sequence[str], **details: Any
    ) -> None:
        """Audit a tocilizumab limit a physician overrode (a dose recorded, amended or kept
        from a conflict), inside the caller's transaction."""
        self.repo.audit_log.log_event(
            "sign",
            username,
            reason=f"dose limit overridden: {reason}",
            record_id=record_id,
            details={**details, "broken": list(broken)},
        )

    def duplicate_message(self, check: DoseCheck) -> Message:
        """ "{drug} {mg} mg was already recorded at {time} by {who} — the same dose twice?"""
        other = check.duplicate_of
        if other is None:
            raise ValueError("duplicate_message: the check found no earlier dose")
        who = self.repo.people.get_user(other.given_by) if other.given_by else None
        code = next(
            (c for c in (f"drug.{check.drug}", f"infection.drug.{check.drug}") if c in CATALOGUE),
            None,
        )
        return msg(
            "record.error.possible_duplicate",
            drug=term(code) if code else check.drug,
            mg=other.dose_mg if other.dose_mg is not None else "—",
            time=other.time.strftime("%H:%M"),
            who=who.display_name if who else (other.given_by or "—"),
        )

    def guard_tocilizumab(self, old: object, new: object | None) -> None:
        """A tocilizumab dose's drug or time is changed, or it is withdrawn (``new`` None),
        only by a physician: the limits count it (a nurse gets ``PermissionDenied``)."""
        if not isinstance(old, MedicationDose) or drugs.normalise(old.drug) != "tocilizumab":
            return
        if (
            isinstance(new, MedicationDose)
            and drugs.normalise(new.drug) == "tocilizumab"
            and new.time == old.time
        ):
            return
        try:
            self.require("override_dose")
        except PermissionDenied as denied:
            denied.message = msg("record.error.tocilizumab_rewrite")
            raise

    def check_tocilizumab(
        self,
        episode_id: str,
        dose_mg: float | None,
        time: datetime,
        reason: str,
        warnings: list[Message],
        exclude: str | Collection[str] | None = None,
    ) -> tuple[float | None, tuple[str, ...]]:
        """The dose (the suggestion when None) and the limits it breaks, counting the
        episode's doses but ``exclude`` (the version amended, or a conflict's versions)."""
        left_out = {exclude} if isinstance(exclude, str) else set(exclude or ())
        doses = [d for d in self.repo.queries.medications(episode_id) if d.meta.id not in left_out]
        status = self.tocilizumab_status(episode_id, time, doses)
        suggested = status.suggestion.dose_mg
        if dose_mg is None:
            if suggested is None:
                raise ValidationError("medication.dose_mg", msg("tocilizumab.no_weight"))
            dose_mg = suggested
        if dose_mg > MAX_SINGLE_DOSE_MG:
            raise ValidationError(
                "medication.dose_mg",
                msg("record.error.tocilizumab_max", max=MAX_SINGLE_DOSE_MG, value=float(dose_mg)),
            )
        warnings.extend(status.warnings)
        if suggested and abs(dose_mg - suggested) > DOSE_DIFFERS_BY * suggested:
            warnings.append(
                msg("record.warning.dose_differs", value=float(dose_mg), suggested=suggested)
            )
        broken = check_new_dose(doses, time, status.limits)
        stale = stale_minutes(self.ward, self.now())
        if stale is not None:  # a sync, or a physician's override like a limit (issue 14)
            broken = (*broken, SYNC_STALE)
        if broken:
            if not reason:
                raise DoseLimitError(
                    msg("record.error.sync_stale", stale=stale_message(stale))
                    if broken == (SYNC_STALE,) and stale is not None
                    else dose_limit_message(doses, time, status.limits, broken, stale),
                    broken,
                    tocilizumab_ledger(doses, time, status.limits),
                )
            self.require("override_dose")
        return dose_mg, broken

    def medication_summary(self, episode_id: str) -> MedicationSummary:
        """Every dose with who ordered and gave it, the tocilizumab ledger, steroid exposure."""
        self.require("view")
        now = self.now()
        doses = self.repo.queries.medications(episode_id)
        lines = tuple(
            DoseLine(
                d,
                drug_class(d.drug),
                dex_equivalent_mg(d.drug, d.dose_mg),
                is_late_entry(d.time, d.meta.recorded_at),
            )
            for d in doses
        )
        return MedicationSummary(
            lines, self.tocilizumab_status(episode_id, now, doses), steroid_exposure(doses, now)
        )
