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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from ..logic.assessment import Assessment
from ..logic.messages import Message, msg
from ..logic.physician_grade import GradeSource, PhysicianGrade, ShownGrade, shown_grade
from ..logic.validation import ValidationError
from ..storage import PhysicianGradeRecord, Repository, SaveResult, Signature
from .base import ServiceBase, required_reason
from .errors import ServiceError

MEANING_PREFIX = "co-sign:"
_MEANING = re.compile(r"^co-sign: CRS (\d), ICANS (\d); step acknowledged: (\S+)$")


def cosign_meaning(crs: int, icans: int, protocol_id: str) -> str:
    return f"{MEANING_PREFIX} CRS {crs}, ICANS {icans}; step acknowledged: {protocol_id}"


def parse_meaning(meaning: str) -> tuple[int, int, str] | None:
    m = _MEANING.match(meaning)
    return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else None


def logic_grade(record: PhysicianGradeRecord, display_name: Callable[[str], str]) -> PhysicianGrade:
    """The logic layer's :class:`PhysicianGrade` for a stored record (``by``: the name)."""
    return PhysicianGrade(
        record.time,
        record.syndrome,
        record.grade,
        display_name(record.meta.recorded_by or "?"),
        record.reason,
        record.computed_grade,
        record.meta.id,
    )


def shown_grades(
    repo: Repository,
    episode_id: str,
    a: Assessment,
    records: list[PhysicianGradeRecord] | None = None,
) -> tuple[ShownGrade, ShownGrade]:
    """The CRS and ICANS grades that stand at ``a.at`` (§11), for every screen and report."""
    stored = repo.physician_grades(episode_id) if records is None else records
    names: dict[str, str] = {}

    def display_name(username: str) -> str:
        if username not in names:
            user = repo.get_user(username)
            names[username] = user.display_name if user is not None else username
        return names[username]

    judged = [logic_grade(r, display_name) for r in stored]
    return (
        shown_grade("crs", [(p.time, p.grade) for p in a.crs.points], judged, a.at),
        shown_grade("icans", [(p.time, p.grade) for p in a.icans.points], judged, a.at),
    )


@dataclass(frozen=True)
class GradeConfirmation:
    """Whether a physician's grade stands for CRS and ICANS, and the signature behind it."""

    crs_grade: int  # computed
    icans_grade: int
    crs_confirmed: bool  # a physician's grade (confirmed or corrected) stands
    icans_confirmed: bool
    step_acknowledged: bool
    signature: Signature | None  # the latest physician's-grade signature (None: never)
    intact: bool  # the signed rows still hash to what was signed
    crs: ShownGrade | None = None  # what to show: the physician's grade or the computed one
    icans: ShownGrade | None = None

    @property
    def signer(self) -> str | None:
        return self.signature.signer if self.signature else None

    @property
    def signed_at(self) -> datetime | None:
        return self.signature.signed_at if self.signature else None

    @property
    def meaning(self) -> Message | None:
        parsed = parse_meaning(self.signature.meaning) if self.signature else None
        if parsed is None:
            return None
        crs, icans, protocol = parsed
        return msg("record.cosign.meaning", crs=crs, icans=icans, protocol=protocol)

    @property
    def corrected(self) -> bool:
        """A physician's grade different from the computed one stands."""
        return any(
            s is not None and s.source is GradeSource.CORRECTED for s in (self.crs, self.icans)
        )


class CosignMixin(ServiceBase):
    """Confirm or correct the current grades (role ``cosign``: physicians)."""

    def _grade_sources(self, episode_id: str) -> tuple[str | None, str | None]:
        """Ids of the vital-sign and neuro records the current grades come from."""
        a = self.ward.assessment(episode_id)
        vitals_id = a.crs.current.record.meta.id if a.crs.current else None
        neuro_id = None
        if a.icans.current is not None:
            t = a.icans.current.time
            same_time = self.repo.neuro(episode_id, t, t)
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
        result = self.repo.record_physician_grades(
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
            (r for r in self.repo.physician_grades(episode_id) if r.meta.id == record_id), None
        )
        if old is None:
            raise ServiceError(msg("record.error.not_in_episode", id=record_id))
        new = replace(
            old,
            grade=grade,
            time=self.now(),
            reason=reason if grade != old.computed_grade else old.reason,
        )
        rid = self.repo.amend_physician_grade(record_id, new, user.username, reason)
        self.ward.invalidate(episode_id)
        return rid

    def physician_grade_records(self, episode_id: str) -> list[PhysicianGradeRecord]:
        """The physician's grade records of the admission, oldest first (history)."""
        self.require("view")
        return self.repo.physician_grades(episode_id)

    def confirmed_grades(self, episode_id: str) -> GradeConfirmation:
        self.require("view")
        return grade_confirmation(self.repo, episode_id, self.ward.assessment(episode_id))


def grade_confirmation(repo: Repository, episode_id: str, a: Assessment) -> GradeConfirmation:
    """The physician's grades that stand for ``a`` and the signature behind them (§11).

    One rule for the board, the co-sign dialog and the handover sheet.
    """
    crs, icans = shown_grades(repo, episode_id, a)
    signatures = [s for s in repo.signatures(episode_id) if s.meaning.startswith(MEANING_PREFIX)]
    latest = signatures[-1] if signatures else None
    parsed = parse_meaning(latest.meaning) if latest else None
    if latest is None or parsed is None:
        return GradeConfirmation(
            a.crs.grade, a.icans.grade, False, False, False, latest, False, crs, icans
        )
    intact = latest.meta.id is not None and repo.verify_signature(latest.meta.id)
    crs_ok = intact and crs.source is not GradeSource.COMPUTED
    icans_ok = intact and icans.source is not GradeSource.COMPUTED
    step = crs_ok and icans_ok and parsed[2] == a.protocol_id
    return GradeConfirmation(
        a.crs.grade, a.icans.grade, crs_ok, icans_ok, step, latest, intact, crs, icans
    )
