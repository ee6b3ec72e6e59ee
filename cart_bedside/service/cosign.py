"""Physician co-sign: the current CRS and ICANS grades confirmed, the suggested step seen.

Clinical-rules preamble: every management step is "guideline suggests …" and
counts as done only when a physician confirms it in the app.

Decisions:

- The signature (``repo.sign``, meaning ``co-sign: CRS 2, ICANS 1; step
  acknowledged: tci-1203-2025``) covers the records the current grades come
  from: the latest vital-sign record (CRS) and the latest neuro check (ICANS).
  Its sha256 is over those rows as stored; the PIN is asked again.
- A grade is *confirmed* while the latest co-signature still verifies, names
  that same grade, and covers the record the grade now comes from. A newer
  record (or an amendment of the signed one) or a grade that changed for any
  other reason (e.g. a dose that masks fever) makes it unconfirmed again.
- The step is acknowledged while both grades are confirmed under the ward's
  current protocol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..logic.messages import Message, msg
from ..storage import Signature
from .base import ServiceBase
from .errors import ServiceError

MEANING_PREFIX = "co-sign:"
_MEANING = re.compile(r"^co-sign: CRS (\d), ICANS (\d); step acknowledged: (\S+)$")


def cosign_meaning(crs: int, icans: int, protocol_id: str) -> str:
    return f"{MEANING_PREFIX} CRS {crs}, ICANS {icans}; step acknowledged: {protocol_id}"


def parse_meaning(meaning: str) -> tuple[int, int, str] | None:
    m = _MEANING.match(meaning)
    return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else None


@dataclass(frozen=True)
class GradeConfirmation:
    """Whether the current grades are confirmed by a physician's co-signature."""

    crs_grade: int
    icans_grade: int
    crs_confirmed: bool
    icans_confirmed: bool
    step_acknowledged: bool
    signature: Signature | None  # the latest co-signature (None: never co-signed)
    intact: bool  # the signed rows still hash to what was signed

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


class CosignMixin(ServiceBase):
    """Co-sign the current grades (role ``cosign``: physicians)."""

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

    def cosign(self, episode_id: str, pin: str) -> str:
        """Confirm the current grades and acknowledge the step; returns the signature id."""
        user = self.require("cosign")
        self.check_pin(user, pin, episode_id, msg("record.error.cosign_pin"))
        a = self.ward.assessment(episode_id)
        ids = [i for i in self._grade_sources(episode_id) if i]
        if not ids:
            raise ServiceError(msg("record.error.nothing_to_cosign"))
        meaning = cosign_meaning(a.crs.grade, a.icans.grade, a.protocol_id)
        return self.repo.sign(ids, user.username, meaning)

    def confirmed_grades(self, episode_id: str) -> GradeConfirmation:
        self.require("view")
        a = self.ward.assessment(episode_id)
        signatures = [s for s in self.repo.signatures(episode_id)
                      if s.meaning.startswith(MEANING_PREFIX)]
        latest = signatures[-1] if signatures else None
        parsed = parse_meaning(latest.meaning) if latest else None
        if latest is None or parsed is None:
            return GradeConfirmation(a.crs.grade, a.icans.grade, False, False, False, latest,
                                     False)
        intact = latest.meta.id is not None and self.repo.verify_signature(latest.meta.id)
        signed = {rid for _, rid in latest.records}
        vitals_id, neuro_id = self._grade_sources(episode_id)
        crs_ok = intact and parsed[0] == a.crs.grade and (vitals_id is None or vitals_id in signed)
        icans_ok = intact and parsed[1] == a.icans.grade and (neuro_id is None
                                                              or neuro_id in signed)
        step = crs_ok and icans_ok and parsed[2] == a.protocol_id
        return GradeConfirmation(a.crs.grade, a.icans.grade, crs_ok, icans_ok, step, latest,
                                 intact)
