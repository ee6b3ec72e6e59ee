"""Which physician's grades stand and the signature behind them (§11): one rule for every screen.

Read by the episode view (:mod:`.episode_view`), and so by the board, the
co-sign dialog, the handover sheet and the trend markers; the co-sign service
(:mod:`.cosign`) writes the records these read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..logic.assessment import Assessment
from ..logic.messages import Message, msg
from ..logic.physician_grade import GradeSource, PhysicianGrade, ShownGrade, shown_grade
from ..storage import PhysicianGradeRecord, Repository, Signature

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
    stored = repo.judgements.physician_grades(episode_id) if records is None else records
    names: dict[str, str] = {}

    def display_name(username: str) -> str:
        if username not in names:
            user = repo.people.get_user(username)
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


def grade_confirmation(
    repo: Repository,
    episode_id: str,
    a: Assessment,
    records: list[PhysicianGradeRecord] | None = None,
) -> GradeConfirmation:
    """The physician's grades that stand for ``a`` and the signature behind them (§11).

    One rule for the board, the co-sign dialog and the handover sheet (through
    the episode view); ``records``: the admission's physician's grades if read already.
    """
    crs, icans = shown_grades(repo, episode_id, a, records)
    signatures = [
        s for s in repo.signing.signatures(episode_id) if s.meaning.startswith(MEANING_PREFIX)
    ]
    latest = signatures[-1] if signatures else None
    parsed = parse_meaning(latest.meaning) if latest else None
    if latest is None or parsed is None:
        return GradeConfirmation(
            a.crs.grade, a.icans.grade, False, False, False, latest, False, crs, icans
        )
    intact = latest.meta.id is not None and repo.signing.verify_signature(latest.meta.id)
    crs_ok = intact and crs.source is not GradeSource.COMPUTED
    icans_ok = intact and icans.source is not GradeSource.COMPUTED
    step = crs_ok and icans_ok and parsed[2] == a.protocol_id
    return GradeConfirmation(
        a.crs.grade, a.icans.grade, crs_ok, icans_ok, step, latest, intact, crs, icans
    )
