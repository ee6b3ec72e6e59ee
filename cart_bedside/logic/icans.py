"""ASTCT grading of ICANS from ICE (≥ 12 y) or CAPD (< 12 y) and the other domains.

Implements clinical-rules §3.1–3.3 (ASTCT 2019; seed 004 §2.4). The grade is
the most severe domain, counting only findings not attributable to another
cause. Tremor, myoclonus, headache and intracranial haemorrhage are recorded
but never change the grade (CTCAE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .crs import grade_at
from .messages import Message, msg, term
from .models import CerebralEdema, Consciousness, NeuroAssessment, Seizure

#: CAPD items 1–4 are scored in reverse (never = 4 … always = 0).
CAPD_REVERSED_ITEMS = 4

CONSCIOUSNESS_GRADE: dict[Consciousness, int] = {
    Consciousness.ALERT: 0,
    Consciousness.AWAKENS_SPONTANEOUSLY: 1,
    Consciousness.AWAKENS_TO_VOICE: 2,
    Consciousness.AWAKENS_TO_TOUCH: 3,
    Consciousness.UNAROUSABLE: 4,
}
SEIZURE_GRADE = {Seizure.NONE: 0, Seizure.RAPIDLY_RESOLVING: 3, Seizure.PROLONGED_OR_REPETITIVE: 4}
EDEMA_GRADE = {CerebralEdema.NONE: 0, CerebralEdema.FOCAL: 3, CerebralEdema.DIFFUSE: 4}


def capd_scores_from_answers(answers: Sequence[int]) -> tuple[int, ...]:
    """Turn the nurse's CAPD answers (0 never … 4 always) into item scores (§3.2).

    Items 1–4 (eye contact, purposeful actions, aware of surroundings,
    communicates needs) are reversed: never = 4 … always = 0. Items 5–8 are
    scored as answered.
    """
    if len(answers) != 8:
        raise ValueError(f"CAPD has 8 items, got {len(answers)}")
    return tuple((4 - a) if i < CAPD_REVERSED_ITEMS else a for i, a in enumerate(answers))


def ice_grade(score: int) -> int:
    """ICE domain: 10 → 0; 7–9 → 1; 3–6 → 2; 0–2 → 3 (grade 4 needs unarousable)."""
    if score >= 10:
        return 0
    if score >= 7:
        return 1
    if score >= 3:
        return 2
    return 3


def capd_grade(total: int) -> int:
    """CAPD domain: 0 → 0; 1–8 → 1 (consciousness decides 1 vs 2); ≥ 9 → 3."""
    if total >= 9:
        return 3
    return 1 if total >= 1 else 0


@dataclass(frozen=True)
class IcansPoint:
    time: datetime
    grade: int
    ice_score: int | None
    capd_score: int | None
    reasons: tuple[Message, ...]
    excluded: tuple[Message, ...]  # findings attributable to another cause
    notes: tuple[Message, ...]  # CTCAE findings recorded without grading
    warnings: tuple[Message, ...]
    before_infusion: bool = False


def grade_neuro(n: NeuroAssessment, uses_capd: bool) -> IcansPoint:
    """Grade one neuro assessment (§3.3).

    ICE 0 in an awake patient is grade 3; grade 4 from ICE needs the patient
    unarousable and unable to perform ICE. ``ice_unable`` recorded while the
    level of consciousness says the patient is awake is graded 3 with a
    warning (this contradiction is resolved towards the awake patient's grade).
    """
    domains: list[tuple[int, Message]] = []
    excluded: list[Message] = []
    warnings: list[Message] = []
    ice = n.total_ice
    capd = n.total_capd
    awake = n.consciousness is not None and n.consciousness is not Consciousness.UNAROUSABLE

    if n.ice_unable:
        if awake and n.consciousness is not None:  # (awake already says it is known)
            domains.append((3, msg("icans.reason.ice_unable_awake")))
            warnings.append(
                msg(
                    "icans.warning.ice_unable_but_awake",
                    consciousness=term(f"loc.{n.consciousness.value}"),
                )
            )
        else:
            domains.append((4, msg("icans.reason.ice_unable")))
    elif ice is not None:
        g = ice_grade(ice)
        if g:
            domains.append((g, msg(f"icans.reason.ice_grade{g}", score=ice)))
    if n.capd_unable:
        domains.append((4, msg("icans.reason.capd_unable")))
    elif capd is not None:
        g = capd_grade(capd)
        if g:
            domains.append((g, msg(f"icans.reason.capd_grade{g}", score=capd)))

    def domain(grade: int, reason: Message, other_cause: bool) -> None:
        if not grade:
            return
        if other_cause:
            excluded.append(msg("icans.excluded", finding=reason))
        else:
            domains.append((grade, reason))

    if n.consciousness is not None:
        g = CONSCIOUSNESS_GRADE[n.consciousness]
        domain(
            g,
            msg("icans.reason.consciousness", grade=g, level=term(f"loc.{n.consciousness.value}")),
            n.consciousness_other_cause,
        )
    g = SEIZURE_GRADE[n.seizure]
    domain(g, msg(f"icans.reason.seizure_{n.seizure.value}"), n.seizure_other_cause)
    if n.motor_weakness:
        domain(4, msg("icans.reason.motor_weakness"), n.motor_other_cause)
    g = EDEMA_GRADE[n.cerebral_edema]
    domain(g, msg(f"icans.reason.edema_{n.cerebral_edema.value}"), n.edema_other_cause)

    grade = max((g for g, _ in domains), default=0)
    # Most severe first, so the first reason explains the grade.
    reasons = tuple(r for _, r in sorted(domains, key=lambda d: -d[0]))
    notes = tuple(
        term(f"icans.note.{name}")
        for name in ("tremor", "myoclonus", "headache", "intracranial_haemorrhage")
        if getattr(n, name)
    )
    return IcansPoint(
        n.time,
        grade,
        None if uses_capd else ice,
        None if not uses_capd else capd,
        reasons,
        tuple(excluded),
        notes,
        tuple(warnings),
    )


@dataclass(frozen=True)
class IcansTimeline:
    points: tuple[IcansPoint, ...]

    @property
    def current(self) -> IcansPoint | None:
        return self.points[-1] if self.points else None

    @property
    def grade(self) -> int:
        return self.current.grade if self.current else 0

    @property
    def max_grade(self) -> int:
        return max((p.grade for p in self.points), default=0)

    @property
    def onset(self) -> datetime | None:
        return next((p.time for p in self.points if p.grade > 0), None)

    def grade_at(self, moment: datetime) -> int:
        """Grade of the latest assessment at or before ``moment`` (0 before any)."""
        return grade_at(self.points, moment)


def icans_timeline(
    neuro: Sequence[NeuroAssessment], infusion_time: datetime, uses_capd: bool
) -> IcansTimeline:
    """Grade every neuro assessment in time order.

    Assessments before infusion are baselines: their scores are kept, the
    grade is 0 (no ICANS can precede the cells).
    """
    points = []
    for n in sorted(neuro, key=lambda r: r.time):
        p = grade_neuro(n, uses_capd)
        if n.time < infusion_time:
            p = IcansPoint(
                p.time,
                0,
                p.ice_score,
                p.capd_score,
                (),
                (),
                p.notes,
                p.warnings,
                before_infusion=True,
            )
        points.append(p)
    return IcansTimeline(tuple(points))
