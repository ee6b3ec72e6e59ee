"""CRS and ICANS episodes of one patient, for registries and the FHIR export (issue 17).

Nothing here grades: every grade comes from the :class:`Assessment` the app
shows (``a.crs.points``, ``a.icans.points``). This module only cuts those
graded points into episodes and sums what happened during each:

- a **CRS episode** is the run of points that ``crs_timeline`` marks
  ``in_episode`` (it starts at the first fever after infusion and ends at the
  first record with no fever, hypotension or hypoxia, §2.2): onset is its
  first point, **resolution** the record that ended it;
- an **ICANS episode** starts at the first assessment graded ≥ 1 and ends
  at the first later assessment graded 0 (resolution);
- an episode still going on at the assessment time has no resolution;
- tocilizumab doses, steroid exposure (§2.5, dexamethasone equivalents) and
  the HLH/MAS rule (§4) are counted from onset to resolution (or to the
  assessment time); "ICU transfer suggested" is the §4 rule met at any
  moment of the episode, by the grades of both toxicities at that moment.

ICD-10-CM codes by maximum grade: CRS D89.831–D89.835 (grade 1–5,
D89.839 unspecified), ICANS G92.01–G92.05 (grade 1–5, G92.00 unspecified).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from . import drugs
from .alerts import hlh_mas, icu_transfer
from .assessment import Assessment, grade_timeline
from .crs import CrsTimeline, GradePoint
from .models import LabResult, MedicationDose
from .steroids import steroid_exposure
from .timeutil import study_day

CRS = "crs"
ICANS = "icans"

#: ICD-10-CM 2023+: cytokine release syndrome by grade; ICANS by grade.
ICD10_CRS = {1: "D89.831", 2: "D89.832", 3: "D89.833", 4: "D89.834", 5: "D89.835"}
ICD10_CRS_UNSPECIFIED = "D89.839"
ICD10_ICANS = {1: "G92.01", 2: "G92.02", 3: "G92.03", 4: "G92.04", 5: "G92.05"}
ICD10_ICANS_UNSPECIFIED = "G92.00"

_ICD_DISPLAY = {
    CRS: "Cytokine release syndrome, grade {g}",
    ICANS: "Immune effector cell-associated neurotoxicity syndrome, grade {g}",
}


def icd10_code(kind: str, max_grade: int) -> tuple[str, str]:
    """The ICD-10-CM code and display for an episode of ``kind`` with ``max_grade``."""
    table = ICD10_CRS if kind == CRS else ICD10_ICANS
    code = table.get(max_grade)
    if code is None:
        code = ICD10_CRS_UNSPECIFIED if kind == CRS else ICD10_ICANS_UNSPECIFIED
        return code, _ICD_DISPLAY[kind].replace(", grade {g}", ", grade unspecified")
    return code, _ICD_DISPLAY[kind].format(g=max_grade)


@dataclass(frozen=True)
class ToxicityEpisode:
    """One CRS or ICANS episode, as a registry asks for it."""

    kind: str  # "crs" or "icans"
    number: int  # 1 = the patient's first episode of this kind
    onset: datetime
    onset_day: int  # study day (D0 = infusion day)
    max_grade: int
    max_grade_at: datetime  # first time the maximum grade was reached
    resolved_at: datetime | None  # None: still going on at the assessment time
    point_times: tuple[datetime, ...]  # the graded records of the episode (derivedFrom)
    tocilizumab_doses: int
    steroid_dex_mg: float
    steroid_days: int
    steroid_doses_without_amount: int
    icu_transfer_suggested: bool
    hlh_mas_suspected: bool

    @property
    def duration_hours(self) -> float | None:
        if self.resolved_at is None:
            return None
        return round((self.resolved_at - self.onset).total_seconds() / 3600, 1)

    @property
    def icd10(self) -> tuple[str, str]:
        return icd10_code(self.kind, self.max_grade)


P = TypeVar("P", bound=GradePoint)
#: consecutive points of an episode, each with the point that ended it (None: not ended)
Runs = Sequence[tuple[Sequence[GradePoint], GradePoint | None]]


def _runs(points: Sequence[P], inside: Callable[[P], bool]) -> list[tuple[list[P], P | None]]:
    """Consecutive points for which ``inside(p)`` holds, each with the point that ended it."""
    runs: list[tuple[list[P], P | None]] = []
    current: list[P] = []
    for p in points:
        if inside(p):
            current.append(p)
        elif current:
            runs.append((current, p))
            current = []
    if current:
        runs.append((current, None))
    return runs


def toxicity_episodes(
    a: Assessment,
    infusion_time: datetime,
    doses: Sequence[MedicationDose] = (),
    labs: Sequence[LabResult] = (),
) -> list[ToxicityEpisode]:
    """Every CRS episode, then every ICANS episode, of the assessment, oldest first."""
    crs_runs = _runs([p for p in a.crs.points if not p.before_infusion], lambda p: p.in_episode)
    icans_runs = _runs([p for p in a.icans.points if not p.before_infusion], lambda p: p.grade > 0)
    grades = grade_timeline(a)
    out = []
    by_kind: tuple[tuple[str, Runs], ...] = ((CRS, crs_runs), (ICANS, icans_runs))
    for kind, runs in by_kind:
        for number, (run, ended_by) in enumerate(runs, start=1):
            out.append(_episode(kind, number, run, ended_by, a, infusion_time, doses, labs, grades))
    return out


def _episode(
    kind: str,
    number: int,
    run: Sequence[GradePoint],
    ended_by: GradePoint | None,
    a: Assessment,
    infusion_time: datetime,
    doses: Sequence[MedicationDose],
    labs: Sequence[LabResult],
    grades: list[tuple[datetime, int, int]],
) -> ToxicityEpisode:
    onset = run[0].time
    end = ended_by.time if ended_by is not None else a.at
    top = max(p.grade for p in run)
    top_at = next(p.time for p in run if p.grade == top)
    window = [d for d in doses if onset <= d.time <= end]
    toci = sum(1 for d in window if drugs.normalise(d.drug) == "tocilizumab")
    steroids = steroid_exposure(window, end)
    icu = any(icu_transfer(c, i) for t, c, i in grades if onset <= t <= end)
    return ToxicityEpisode(
        kind=kind,
        number=number,
        onset=onset,
        onset_day=study_day(onset, infusion_time),
        max_grade=top,
        max_grade_at=top_at,
        resolved_at=ended_by.time if ended_by is not None else None,
        point_times=tuple(p.time for p in run),
        tocilizumab_doses=toci,
        steroid_dex_mg=round(steroids.dex_equivalent_mg, 2),
        steroid_days=steroids.days_with_dose,
        steroid_doses_without_amount=steroids.doses_without_amount,
        icu_transfer_suggested=icu,
        hlh_mas_suspected=_hlh_during(a.crs, doses, labs, onset, end),
    )


def _hlh_during(
    crs: CrsTimeline,
    doses: Sequence[MedicationDose],
    labs: Sequence[LabResult],
    start: datetime,
    end: datetime,
) -> bool:
    """The §4 HLH/MAS rule met at any record time from ``start`` to ``end``."""
    points = [p for p in crs.points if p.time <= end]
    moments = sorted(
        {
            *(p.time for p in points if p.time >= start),
            *(lab.time for lab in labs if lab.name == "ferritin" and start <= lab.time <= end),
        }
    )
    for moment in moments:
        upto = CrsTimeline(tuple(p for p in points if p.time <= moment), crs.onset)
        if hlh_mas(upto, doses, labs, moment):
            return True
    return False
