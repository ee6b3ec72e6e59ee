"""The physician's grade beside the computed one (clinical-rules §11).

ASTCT grading needs clinical judgement (hypotension from bleeding is not
CRS). A physician may confirm the computed grade or record a different one
with a reason; both are kept. Wherever a grade is shown, the physician's
grade stands, with the computed grade and the reason beside it, until a later
record changes the computed grade. Grade 5 (death due to CRS/ICANS) is only
ever a physician's grade.

This module decides which grade stands; storage keeps the records (appended,
amendable, audited) and ``assess`` is unaffected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .messages import Message, msg
from .timeutil import format_time

SYNDROMES: tuple[str, ...] = ("crs", "icans")
PHYSICIAN_GRADES: tuple[int, ...] = (0, 1, 2, 3, 4, 5)


class GradeSource(StrEnum):
    COMPUTED = "computed"  # no physician's grade, or it no longer stands
    CONFIRMED = "confirmed"  # a physician confirmed the computed grade
    CORRECTED = "corrected"  # a physician recorded a different grade


@dataclass(frozen=True)
class PhysicianGrade:
    """A physician's confirmation or correction of the computed grade at ``time``.

    ``computed_grade`` is what the app showed the physician (kept for the
    record); the rule itself reads the computed timeline.
    """

    time: datetime
    syndrome: str  # "crs" or "icans"
    grade: int  # 0–5
    by: str  # display name of the physician
    reason: str = ""  # required when the grade differs from the computed one
    computed_grade: int | None = None
    record_id: str | None = None

    def __post_init__(self) -> None:
        if self.syndrome not in SYNDROMES:
            raise ValueError(f"syndrome: {self.syndrome!r} is not one of crs, icans")
        if isinstance(self.grade, bool) or self.grade not in PHYSICIAN_GRADES:
            raise ValueError(f"grade: {self.grade!r} is outside 0–5")
        if not self.by.strip():
            raise ValueError("by: a physician's grade names the physician")


@dataclass(frozen=True)
class ShownGrade:
    """The grade a screen or report shows, and what stands beside it."""

    syndrome: str
    grade: int  # the grade that stands
    computed: int  # the computed grade at that moment
    source: GradeSource
    physician: PhysicianGrade | None = None  # the latest physician's record (even if lapsed)

    @property
    def lapsed(self) -> bool:
        """A physician's grade exists but a later record changed the computed grade."""
        return self.physician is not None and self.source is GradeSource.COMPUTED

    @property
    def differs(self) -> bool:
        return self.grade != self.computed

    def message(self) -> Message:
        """One line for a card, a review or a handover (name of syndrome in capitals)."""
        name = self.syndrome.upper()
        p = self.physician
        if self.source is GradeSource.CORRECTED and p is not None:
            return msg(
                "grade.shown.corrected",
                syndrome=name,
                grade=self.grade,
                by=p.by,
                computed=self.computed,
                reason=p.reason,
            )
        if self.source is GradeSource.CONFIRMED and p is not None:
            return msg("grade.shown.confirmed", syndrome=name, grade=self.grade, by=p.by)
        if p is not None:
            return msg(
                "grade.shown.lapsed",
                syndrome=name,
                grade=self.grade,
                by=p.by,
                physician=p.grade,
                time=format_time(p.time),
            )
        return msg("grade.shown.computed", syndrome=name, grade=self.grade)


def _computed_at(points: Sequence[tuple[datetime, int]], moment: datetime) -> int:
    grade = 0
    for t, g in points:
        if t > moment:
            break
        grade = g
    return grade


def shown_grade(
    syndrome: str,
    computed: Sequence[tuple[datetime, int]],
    records: Iterable[PhysicianGrade],
    at: datetime,
) -> ShownGrade:
    """Which grade stands at ``at`` (§11).

    ``computed`` is the computed timeline ``(record time, grade)`` in time
    order (e.g. ``[(p.time, p.grade) for p in crs.points]``). The latest
    physician's record of ``syndrome`` at or before ``at`` stands while no
    computed point after it (up to ``at``) differs from the computed grade at
    its time; a later record that recomputes the same grade leaves it standing.
    """
    mine = [r for r in records if r.syndrome == syndrome and r.time <= at]
    points = [(t, g) for t, g in computed if t <= at]
    now = _computed_at(points, at)
    if not mine:
        return ShownGrade(syndrome, now, now, GradeSource.COMPUTED)
    latest = max(mine, key=lambda r: r.time)
    base = _computed_at(points, latest.time)
    changed = any(g != base for t, g in points if t > latest.time)
    if changed:
        return ShownGrade(syndrome, now, now, GradeSource.COMPUTED, latest)
    source = GradeSource.CONFIRMED if latest.grade == base else GradeSource.CORRECTED
    return ShownGrade(syndrome, latest.grade, now, source, latest)


def plan_grades(crs_grade: int, icans_grade: int) -> tuple[int, int]:
    """The CRS and ICANS grades the suggested step follows, from the grades that stand (§11).

    A physician's grade stands wherever a grade is shown, so the step shown
    beside it is that grade's step (a correction from CRS 2 to 1 shows grade 1's
    step). Grade 5 (death, only ever a physician's grade) has no step: no lines.
    """
    return (0 if crs_grade == 5 else crs_grade), (0 if icans_grade == 5 else icans_grade)
