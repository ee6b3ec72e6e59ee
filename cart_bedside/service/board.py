"""The ward board: one card per occupied bed, read from each admission's episode view.

The grades, tasks, co-sign status and protocol on a card are the
:class:`~.episode_view.EpisodeView`'s (the same the patient screen, the
trends and the handover show); the card adds what changes without a save:
task statuses as time passes, open alerts after acknowledgements, hand-added
tasks and the signed-in user's unsigned drafts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..logic.findings import Alert, Severity
from ..logic.models import bed_key
from ..logic.news2 import News2
from ..logic.physician_grade import ShownGrade
from ..logic.shift_tasks import shift_task_counts
from ..logic.timeutil import format_study_day, study_day
from .episode_view import EpisodeView


@dataclass(frozen=True)
class BedCard:
    """One card of the ward board."""

    episode_id: str
    bed: str
    name: str
    age_years: float
    day: int
    day_label: str
    crs_grade: int
    icans_grade: int
    last_ice: int | None
    last_capd: int | None
    risk_high: bool
    due: int
    overdue: int
    alerts: tuple[Alert, ...]
    last_vitals_at: datetime | None
    uses_capd: bool = False
    crs_confirmed: bool = False  # a physician's grade stands (issue 5, §11)
    icans_confirmed: bool = False
    protocol_id: str = ""  # the patient's protocol (§10)
    crs_shown: ShownGrade | None = None  # the grade that stands, computed one beside (§11)
    icans_shown: ShownGrade | None = None
    news2: News2 | None = None  # of the latest vital signs, beside the CRS grade (§12)
    not_done: int = 0  # checks of this shift recorded as not done, with a reason (§12)
    # Issue 11: what is overdue (task kinds, earliest first), hand-added tasks due after this
    # shift (not in ``due``: logic.shift_tasks is the one "this shift"), and whether the
    # signed-in user left an unsigned shift entry for this bed.
    overdue_kinds: tuple[str, ...] = ()
    later: int = 0
    has_draft: bool = False

    @property
    def standing_grades(self) -> tuple[int, int]:
        """CRS and ICANS as shown: a physician's grade where one stands (§11), else computed."""

        def stands(grade: int, shown: ShownGrade | None) -> int:
            if shown is not None and shown.physician is not None and not shown.lapsed:
                return shown.grade
            return grade

        return stands(self.crs_grade, self.crs_shown), stands(self.icans_grade, self.icans_shown)

    @property
    def grades_confirmed(self) -> bool | None:
        """True when every grade above 0 is co-signed, False when one is not, None if all 0."""
        pending = [
            ok
            for grade, ok in (
                (self.crs_grade, self.crs_confirmed),
                (self.icans_grade, self.icans_confirmed),
            )
            if grade
        ]
        return all(pending) if pending else None

    @property
    def severity(self) -> tuple[int, int, int, int]:
        """Sort key, most severe first when sorted ascending."""
        return (
            -max(self.crs_grade, self.icans_grade),
            -self.overdue,
            -len(self.alerts),
            -self.crs_grade,
        )


def masked_name(name: str) -> str:
    """张三丰 → 张**; John Smith → J*** S****: enough for the nurse, not for a passer-by."""
    name = name.strip()
    if not name:
        return ""
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name[0] + "*" * (len(name) - 1)
    return " ".join(part[0] + "*" * (len(part) - 1) for part in name.split())


def bed_card(
    view: EpisodeView,
    now: datetime,
    shift_end: datetime,
    manual: Sequence,
    open_alerts: Iterable[Alert],
    has_draft: bool = False,
) -> BedCard:
    """One bed's card at ``now`` (``manual``: its open hand-added tasks; ``open_alerts``: the
    assessment's alerts not acknowledged, or worse since)."""
    a = view.assessment
    c = view.grades
    ice = next((p for p in reversed(a.icans.points) if p.ice_score is not None), None)
    capd = next((p for p in reversed(a.icans.points) if p.capd_score is not None), None)
    day = study_day(now, view.infusion_time or now)
    tasks = shift_task_counts(view.tasks_at(now), manual, now, shift_end)
    return BedCard(
        episode_id=view.episode_id,
        bed=view.bed,
        name=view.patient.name,
        age_years=view.patient.age_years,
        day=day,
        day_label=format_study_day(day),
        crs_grade=a.crs.grade,
        icans_grade=a.icans.grade,
        last_ice=ice.ice_score if ice else None,
        last_capd=capd.capd_score if capd else None,
        risk_high=a.risk.is_high,
        due=tasks.due,
        overdue=tasks.overdue,
        alerts=tuple(al for al in open_alerts if al.severity is not Severity.INFO),
        last_vitals_at=a.crs.current.time if a.crs.current else None,
        uses_capd=view.patient.uses_capd,
        crs_confirmed=c.crs_confirmed,
        icans_confirmed=c.icans_confirmed,
        protocol_id=a.protocol_id,
        crs_shown=c.crs,
        icans_shown=c.icans,
        news2=a.news2,
        not_done=view.not_done_count,
        overdue_kinds=tasks.overdue_kinds,
        later=tasks.later,
        has_draft=has_draft,
    )


def sort_cards(cards: list[BedCard], sort: str = "bed") -> list[BedCard]:
    """By bed (natural order) or by severity (most severe first, then by bed)."""
    if sort == "severity":
        return sorted(cards, key=lambda c: (c.severity, bed_key(c.bed)))
    return sorted(cards, key=lambda c: bed_key(c.bed))
