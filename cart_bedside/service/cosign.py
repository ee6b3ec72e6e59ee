"""The physician's grade: confirm or correct the computed CRS and ICANS grades (§11).

Clinical-rules preamble and §11: every management step is "guideline
suggests …" and counts as done only when a physician confirms it in the app;
ASTCT grading needs judgement (hypotension from bleeding is not CRS), so a
physician may confirm the computed grade or record a different one with a
reason. Which grade stands is the logic layer's rule
(:func:`cart_bedside.logic.physician_grade.shown_grade`).

Decisions:

- A physician's judgement is two ``physician_grades`` records (CRS and
  ICANS: the computed grade, the physician's grade, the reason, and the
  record the computed grade came from), signed in the same transaction with
  the PIN asked again. The signature (meaning ``co-sign: CRS 1, ICANS 0;
  step acknowledged: tci-1203-2025`` — the physician's grades and the
  patient's protocol) covers the grade records and the vital-sign and neuro
  records they judged. "Co-sign" is the confirmation: the computed grades
  recorded as the physician's.
- A grade is *confirmed* while the physician's grade stands (a later record
  that recomputes the same grade leaves it standing; one that changes the
  computed grade ends it) and the signature still verifies.
- The step is acknowledged while both grades stand under the patient's
  current protocol.
- The records are amendable (a new version with a reason) and can be marked
  entered in error, like every record; each step is audited.
- Conflicting corrections (issue 14) are resolved by one signed amendment. A
  tocilizumab dose kept that way is checked against the limits on the merged
  ledger (every other tablet's doses, the conflict's versions left out), exactly
  like recording a dose: refused with the limits and the next allowed time, or
  stored with a physician's ``override_reason`` and a ``sign`` audit event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..logic import drugs
from ..logic.messages import msg
from ..logic.models import MedicationDose
from ..logic.validation import ValidationError
from ..storage import PhysicianGradeRecord, SaveResult
from ..storage.conflicts import Conflict
from .base import ServiceBase, required_reason
from .errors import ServiceError
from .grades import (  # noqa: F401  (the co-sign rule's names, read here by its users)
    MEANING_PREFIX,
    GradeConfirmation,
    cosign_meaning,
    grade_confirmation,
    logic_grade,
    parse_meaning,
    shown_grades,
)
from .medications import Medications
from .ward import WardService


class Cosigning(ServiceBase):
    """Confirm or correct the current grades (role ``cosign``: physicians)."""

    def __init__(self, ward: WardService, medications: Medications | None = None) -> None:
        super().__init__(ward)
        self.medications = medications or Medications(ward)

    def _grade_sources(self, episode_id: str) -> tuple[str | None, str | None]:
        """Ids of the vital-sign and neuro records the current grades come from."""
        a = self.ward.assessment(episode_id)
        vitals_id = a.crs.current.record.meta.id if a.crs.current else None
        neuro_id = None
        if a.icans.current is not None:
            t = a.icans.current.time
            same_time = self.repo.queries.neuro(episode_id, t, t)
            neuro_id = same_time[-1].meta.id if same_time else None
        return vitals_id, neuro_id

    def judge_grades(
        self, episode_id: str, pin: str, crs_grade: int, icans_grade: int, reason: str = ""
    ) -> SaveResult:
        """Record the physician's CRS and ICANS grades (a different one needs a reason).

        Returns the save: ``ids`` ``{"crs": …, "icans": …}`` and the signature id.
        """
        user = self.require("cosign")
        a = self.ward.assessment(episode_id)
        reason = (reason or "").strip()
        if (crs_grade != a.crs.grade or icans_grade != a.icans.grade) and not reason:
            raise ValidationError("reason", msg("error.required"))
        self.check_pin(user, pin, episode_id, msg("record.error.cosign_pin"))
        vitals_id, neuro_id = self._grade_sources(episode_id)
        if vitals_id is None and neuro_id is None:
            raise ServiceError(msg("record.error.nothing_to_cosign"))
        now = self.now()
        records = [
            PhysicianGradeRecord(
                episode_id,
                "crs",
                a.crs.grade,
                crs_grade,
                now,
                reason,
                vitals_id,
                a.crs.current.time if a.crs.current else None,
            ),
            PhysicianGradeRecord(
                episode_id,
                "icans",
                a.icans.grade,
                icans_grade,
                now,
                reason,
                neuro_id,
                a.icans.current.time if a.icans.current else None,
            ),
        ]
        result = self.repo.judgements.record_physician_grades(
            episode_id,
            records,
            user.username,
            signature_meaning=cosign_meaning(crs_grade, icans_grade, a.protocol_id),
        )
        self.ward.invalidate(episode_id)
        return result

    def cosign(self, episode_id: str, pin: str) -> str:
        """Confirm the computed grades and acknowledge the step; returns the signature id."""
        a = self.ward.assessment(episode_id)
        result = self.judge_grades(episode_id, pin, a.crs.grade, a.icans.grade)
        assert result.signature_id is not None
        return result.signature_id

    def amend_physician_grade(
        self, episode_id: str, record_id: str, grade: int, reason: str
    ) -> str:
        """Correct a stored physician's grade (a new version with the reason); returns its id."""
        user = self.require("cosign")
        reason = required_reason(reason)
        old = next(
            (
                r
                for r in self.repo.judgements.physician_grades(episode_id)
                if r.meta.id == record_id
            ),
            None,
        )
        if old is None:
            raise ServiceError(msg("record.error.not_in_episode", id=record_id))
        new = replace(
            old,
            grade=grade,
            time=self.now(),
            reason=reason if grade != old.computed_grade else old.reason,
        )
        rid = self.repo.judgements.amend_physician_grade(record_id, new, user.username, reason)
        self.ward.invalidate(episode_id)
        return rid

    def conflicting_corrections(self, episode_id: str) -> list[Conflict]:
        """Readings corrected on two tablets while apart: all their versions are current."""
        self.require("view")
        return self.repo.corrections.conflicts(episode_id)

    def check_resolution(
        self,
        episode_id: str,
        current_ids: Sequence[str],
        record: Any,
        override_reason: str | None = None,
    ) -> tuple[str, ...]:
        """The limits a tocilizumab dose kept by a resolution breaks (empty: none), without
        the PIN and without writing. Refused with ``DoseLimitError`` unless a physician gives
        ``override_reason``; a dose above the maximum with ``ValidationError``."""
        self.require("cosign")
        if not isinstance(record, MedicationDose):
            return ()
        if drugs.normalise(record.drug) != "tocilizumab":
            return ()
        _, broken = self.medications.check_tocilizumab(
            episode_id,
            record.dose_mg,
            record.time,
            (override_reason or "").strip(),
            [],
            exclude=current_ids,
        )
        return broken

    def resolve_conflict(
        self,
        episode_id: str,
        current_ids: list[str],
        record: Any,
        reason: str,
        pin: str,
        override_reason: str | None = None,
    ) -> SaveResult:
        """A physician's one amendment superseding every version of a conflict, signed with
        the PIN asked again (a wrong one counts towards the lockout). A tocilizumab dose is
        checked first (:meth:`check_resolution`); ``override_reason`` is stored only when it
        overrides a broken limit."""
        user = self.require("cosign")
        reason = required_reason(reason)
        if not any(
            set(current_ids) <= set(c.current_ids)
            for c in self.repo.corrections.conflicts(episode_id)
        ):
            raise ServiceError(msg("storage.error.not_a_conflict", ids=", ".join(current_ids)))
        broken = self.check_resolution(episode_id, current_ids, record, override_reason)
        if isinstance(record, MedicationDose):
            kept = (override_reason or "").strip() if broken else None
            record = replace(record, override_reason=kept)
        self.check_pin(user, pin, current_ids[0], msg("record.error.resolve_pin"))
        with self.repo.transaction():
            result = self.repo.corrections.resolve(current_ids, record, user.username, reason)
            if broken:
                self.medications.log_override(
                    user.username,
                    record.override_reason or "",
                    result.ids["medication"],
                    broken,
                    episode_id=episode_id,
                    resolves=list(current_ids),
                )
        self.ward.invalidate(episode_id)
        return result

    def physician_grade_records(self, episode_id: str) -> list[PhysicianGradeRecord]:
        """The physician's grade records of the admission, oldest first (history)."""
        self.require("view")
        return self.repo.judgements.physician_grades(episode_id)

    def confirmed_grades(self, episode_id: str) -> GradeConfirmation:
        """The physician's grades that stand now and their signature (the episode view's)."""
        self.require("view")
        return self.ward.episode_view(episode_id).grades
