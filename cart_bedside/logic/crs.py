"""ASTCT grading of cytokine release syndrome (clinical-rules §2.2).

Grade = the more severe of the hypotension grade and the hypoxia grade, once
fever is met; fever alone is grade 1. Fever is met by the record itself
(≥ 38.0 °C) or, inside an ongoing CRS episode, once an antipyretic or
anti-cytokine drug was given in that episode (ASTCT; seed 004 §1.4).
Organ toxicity does not change the grade. Grade 5 is never computed.

Sources: Lee et al., ASTCT consensus, BBMT 2019;25:625–638; seed 001 Table 3;
seed 004 Table 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from . import drugs
from .messages import Message, msg, term
from .models import KNOWN_VASOPRESSORS, MedicationDose, O2Device, VitalSigns

FEVER_C = 38.0
SPO2_HYPOXIA = 90.0
LOW_FLOW_MAX_L_MIN = 6.0
_EPS = 1e-9

#: Hypoxia grade by oxygen device; nasal cannula depends on the flow.
HYPOXIA_GRADE: dict[O2Device, int] = {
    O2Device.ROOM_AIR: 0,
    O2Device.BLOW_BY: 2,
    O2Device.HIGH_FLOW_NASAL_CANNULA: 3,
    O2Device.SIMPLE_FACE_MASK: 3,
    O2Device.NON_REBREATHER: 3,
    O2Device.VENTURI_MASK: 3,
    O2Device.CPAP: 4,
    O2Device.BIPAP: 4,
    O2Device.MECHANICAL_VENTILATION: 4,
}


def has_fever(temp_c: float | None) -> bool:
    """Temperature ≥ 38.0 °C (ASTCT fever; inclusive)."""
    return temp_c is not None and temp_c >= FEVER_C - _EPS


def sbp_threshold(age_years: float) -> int:
    """Systolic BP below this is hypotension (§2.2, age-dependent).

    < 90 mmHg from 10 years; < 70 + 2 × age (whole years) from 1 to 9 years;
    < 70 mmHg under 1 year.
    """
    if age_years >= 10:
        return 90
    if age_years >= 1:
        return 70 + 2 * int(age_years)
    return 70


def vasopressor_count(vasopressors: Sequence[str]) -> int:
    """Distinct vasopressors running, vasopressin not counted (§2.2)."""
    names = {drugs.normalise(v) for v in vasopressors}
    names.discard("vasopressin")
    return len(names)


@dataclass(frozen=True)
class SignGrade:
    """The grade one sign supports and why."""

    grade: int
    reason: Message | None = None


def hypotension_grade(v: VitalSigns, age_years: float) -> SignGrade:
    """Hypotension domain: 0 none; 2 without vasopressor; 3 one (± vasopressin); 4 multiple.

    Vasopressin alone counts as one vasopressor: ASTCT does not address it;
    grading it 3 is this app's reading (help text says so).
    """
    if v.vasopressors:
        count = vasopressor_count(v.vasopressors)
        names = tuple(
            term(f"drug.{drugs.normalise(n)}")
            if drugs.normalise(n) in KNOWN_VASOPRESSORS
            else Message("drug.other_named", {"name": n})
            for n in v.vasopressors
        )
        if count >= 2:
            return SignGrade(4, msg("crs.reason.pressors_multiple", count=count, drugs=names))
        if count == 0:
            return SignGrade(3, msg("crs.reason.vasopressin_alone"))
        return SignGrade(3, msg("crs.reason.pressor_one", drugs=names))
    threshold = sbp_threshold(age_years)
    if v.sbp is not None and v.sbp < threshold:
        return SignGrade(
            2, msg("crs.reason.hypotension_no_pressor", sbp=v.sbp, threshold=threshold)
        )
    if v.fluid_bolus_for_hypotension:
        return SignGrade(2, msg("crs.reason.fluid_bolus"))
    return SignGrade(0)


def hypoxia_grade(v: VitalSigns) -> SignGrade:
    """Hypoxia domain by the oxygen support in use (§2.2).

    Blow-by or nasal cannula ≤ 6 L/min → 2; nasal cannula > 6 L/min, HFNC,
    simple face mask, non-rebreather, Venturi → 3; CPAP, BiPAP, invasive
    ventilation → 4. SpO2 alone never sets a grade.
    """
    device = v.o2_device
    if device is O2Device.NASAL_CANNULA:
        flow = v.o2_flow_l_min or 0.0
        if flow > LOW_FLOW_MAX_L_MIN + _EPS:
            return SignGrade(3, msg("crs.reason.nasal_high_flow", flow=flow))
        return SignGrade(2, msg("crs.reason.low_flow", flow=flow))
    grade = HYPOXIA_GRADE[device]
    if grade == 0:
        return SignGrade(0)
    return SignGrade(grade, msg(f"crs.reason.o2_grade{grade}", device=term(f"o2.{device.value}")))


@dataclass(frozen=True)
class CrsPoint:
    """The CRS grade at one vital-sign record."""

    time: datetime
    grade: int
    fever_met: bool
    fever_masked: bool  # fever met only through the masked-fever rule
    in_episode: bool
    hypotension: SignGrade
    hypoxia: SignGrade
    reasons: tuple[Message, ...]
    record: VitalSigns = field(compare=False, repr=False)
    before_infusion: bool = False

    @property
    def unexplained_hypotension_or_hypoxia(self) -> bool:
        """Hypotension or hypoxia without fever met (evaluate other causes)."""
        return (
            not self.fever_met
            and not self.before_infusion
            and (self.hypotension.grade > 0 or self.hypoxia.grade > 0)
        )


@dataclass(frozen=True)
class CrsTimeline:
    points: tuple[CrsPoint, ...]
    onset: datetime | None  # first fever after infusion

    @property
    def current(self) -> CrsPoint | None:
        return self.points[-1] if self.points else None

    @property
    def grade(self) -> int:
        return self.current.grade if self.current else 0

    @property
    def max_grade(self) -> int:
        return max((p.grade for p in self.points), default=0)

    def grade_at(self, moment: datetime) -> int:
        """Grade of the latest record at or before ``moment`` (0 before any)."""
        return grade_at(self.points, moment)


class GradePoint(Protocol):
    """A graded moment (``CrsPoint``, ``IcansPoint``)."""

    @property
    def time(self) -> datetime: ...

    @property
    def grade(self) -> int: ...


def grade_at(points: Sequence[GradePoint], moment: datetime) -> int:
    """The grade of the latest point at or before ``moment`` in time-ordered ``points``."""
    grade = 0
    for p in points:
        if p.time > moment:
            break
        grade = p.grade
    return grade


def grade_point(
    v: VitalSigns, age_years: float, fever_met: bool, masked: bool, in_episode: bool
) -> CrsPoint:
    """Grade one record once it is known whether fever is met."""
    hypo = hypotension_grade(v, age_years)
    hypox = hypoxia_grade(v)
    reasons: list[Message] = []
    if fever_met:
        grade = max(1, hypo.grade, hypox.grade)
        if has_fever(v.temp_c):
            reasons.append(msg("crs.reason.fever", temp_c=v.temp_c))
        else:
            reasons.append(msg("crs.reason.fever_masked"))
        reasons.extend(s.reason for s in (hypo, hypox) if s.grade and s.reason)
    else:
        grade = 0
    return CrsPoint(
        v.time, grade, fever_met, masked and fever_met, in_episode, hypo, hypox, tuple(reasons), v
    )


def crs_timeline(
    vitals: Sequence[VitalSigns],
    doses: Sequence[MedicationDose],
    infusion_time: datetime,
    age_years: float,
) -> CrsTimeline:
    """Grade every vital-sign record in time order (§2.2, masked-fever rule).

    An episode starts at a record with temperature ≥ 38.0 °C after infusion and
    ends at the first later record that shows no fever, no hypotension and no
    hypoxia. A fever-masking drug (antipyretic, tocilizumab, siltuximab,
    anakinra, any corticosteroid) given during an episode makes fever "met" for
    the rest of that episode. Records and doses are taken in time order; at
    one charted minute (revised §2.2): a dose at the minute of the record that
    opens an episode belongs to that episode (the nurse charts the antipyretic
    for the fever she has just measured); a dose at the minute of the record
    that closes an episode does not reopen it; inside an ongoing episode a
    same-minute dose counts from that minute. SpO2 < 90 % on room air counts
    as hypoxia for ending an episode. Records before infusion are kept but
    never graded. Runs in O(n log n) for the sort, then one pass.
    """
    by_minute: dict[datetime, tuple[list[VitalSigns], list[MedicationDose]]] = {}
    for v in sorted(vitals, key=lambda r: r.time):
        by_minute.setdefault(minute_of(v.time), ([], []))[0].append(v)
    for d in doses:
        if drugs.normalise(d.drug) in drugs.FEVER_MASKING:
            by_minute.setdefault(minute_of(d.time), ([], []))[1].append(d)

    in_episode = False
    masked = False
    onset: datetime | None = None
    points: list[CrsPoint] = []
    for minute in sorted(by_minute):
        records, masking = by_minute[minute]
        if masking and in_episode:  # an ongoing episode: the dose counts from this minute
            masked = True
        for v in records:
            if v.time < infusion_time:
                points.append(_pre_infusion_point(v, age_years))
                continue
            fever_now = has_fever(v.temp_c)
            if fever_now and not in_episode:
                in_episode, masked = True, False
            if fever_now and onset is None:
                onset = v.time
            point = grade_point(
                v, age_years, fever_now or (in_episode and masked), not fever_now, in_episode
            )
            if in_episode and _episode_ends(v, point):
                in_episode, masked = False, False
                point = grade_point(v, age_years, False, False, False)
            points.append(point)
        if masking and in_episode:  # the record at this minute opened the episode
            masked = True
    return CrsTimeline(tuple(points), onset)


def minute_of(moment: datetime) -> datetime:
    """The charted minute of a time (seconds dropped): "the same minute" of §2.2."""
    return moment.replace(second=0, microsecond=0)


def desaturated_on_room_air(v: VitalSigns) -> bool:
    """SpO2 < 90 % on room air: hypoxia for ending an episode (§2.2, revised)."""
    return v.o2_device is O2Device.ROOM_AIR and v.spo2 is not None and v.spo2 < SPO2_HYPOXIA


def _episode_ends(v: VitalSigns, point: CrsPoint) -> bool:
    """A record ends an episode when it shows no fever, no hypotension and no hypoxia.

    A record without a temperature cannot show that fever has gone; SpO2 < 90 %
    on room air is hypoxia here (the patient has not recovered before oxygen
    is started), though it sets no grade by itself.
    """
    return (
        v.temp_c is not None
        and not has_fever(v.temp_c)
        and point.hypotension.grade == 0
        and point.hypoxia.grade == 0
        and not desaturated_on_room_air(v)
    )


def _pre_infusion_point(v: VitalSigns, age_years: float) -> CrsPoint:
    return CrsPoint(
        v.time,
        0,
        False,
        False,
        False,
        hypotension_grade(v, age_years),
        hypoxia_grade(v),
        (),
        v,
        before_infusion=True,
    )
