"""ICAHT — immune effector cell-associated haematotoxicity (clinical-rules §7).

Neutrophil ICAHT as graded by the EHA/EBMT consensus (Rejeski et al., Blood
2023;142:865–877), cited by seed 002 §6. ANC is entered in 10^9/L and
compared in /µL (× 1000); thresholds are inclusive (500/µL is neutropenic).

Early ICAHT (D0–D+30), by days of neutropenia:

=====  ========================  ====================
grade  days with ANC ≤ 500/µL    days with ANC ≤ 100/µL
=====  ========================  ====================
1      1–6                       —
2      7–13                      —
3      14–30                     7–13
4      never above 500 to D+30   ≥ 14
=====  ========================  ====================

Late ICAHT (after D+30), by nadir: ≤ 1500 → 1, ≤ 1000 → 2, ≤ 500 → 3, ≤ 100 → 4.

How days are counted from sparse values (our reading, documented):

- Each study day gets a state. A day with measurements is *below* a
  threshold when any of its values is ≤ the threshold (its lowest value
  decides). A day without a measurement takes the state of the most recent
  value before it (last observation carried forward, LOCF), including a
  value from before D0. Days before the first value are unknown and not
  counted.
- A neutropenic episode ends only when the ANC stays above the threshold on
  ≥ 3 consecutive days. Shorter runs above the threshold *between* two
  neutropenic days are unstable recovery and count as days of neutropenia
  (EHA/EBMT: cumulative days, non-stable recovery < 3 days included). A
  short run at the end of the data is not (yet) counted.
- Days are counted cumulatively over D0–D+30 (several episodes add up).
- Grade 4 by the 500/µL criterion ("never above 500/µL through D+30") needs
  the assessment to have reached D+30, every day D0–D+30 known and
  neutropenic, and no value in D0–D+30 above 500/µL. Before D+30 the early
  grade is provisional (so far).
- Late ICAHT uses values measured after D+30. A grade needs at least two
  values at or below its threshold (a single transient dip does not grade),
  unless the physician marks the neutropenia non-transient.

The ``severe_neutropenia`` alert follows seed 001 ("3~4度粒细胞缺乏": isolate
and give G-CSF), which uses the CTCAE neutropenia grade of the latest ANC:
grade 3 is ANC < 1.0 × 10^9/L, grade 4 < 0.5 × 10^9/L (CTCAE v5 bounds, not
the inclusive ICAHT ones).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .findings import Alert, Level, Severity, Worsening
from .fluids import current_records
from .messages import Message, msg
from .models import LabResult
from .timeutil import study_day

ANC_LAB = "anc"
EARLY_LAST_DAY = 30
STABLE_RECOVERY_DAYS = 3
#: Inclusive thresholds in /µL.
SEVERE_UL = 500.0
PROFOUND_UL = 100.0
LATE_THRESHOLDS_UL: tuple[tuple[int, float], ...] = (
    (4, 100.0),
    (3, 500.0),
    (2, 1000.0),
    (1, 1500.0),
)
#: CTCAE v5 neutrophil count decreased, strict upper bounds in /µL.
CTCAE_GRADE4_BELOW_UL = 500.0
CTCAE_GRADE3_BELOW_UL = 1000.0
CTCAE_GRADE2_BELOW_UL = 1500.0

SOURCE = "source.eha_ebmt2023"
SOURCE_ALERT = "source.seed001.neutropenia"


def anc_per_ul(value_10e9_l: float) -> float:
    """10^9/L → /µL (× 1000), rounded to 0.001 so 0.5 is exactly 500."""
    return round(value_10e9_l * 1000.0, 3)


def anc_message(value_10e9_l: float) -> Message:
    """An ANC in both units: "0.45 ×10⁹/L (450/µL)"."""
    return msg("icaht.anc_value", value=float(value_10e9_l), per_ul=round(anc_per_ul(value_10e9_l)))


def early_grade_from_days(days_le_500: int, days_le_100: int, never_above_500: bool) -> int:
    """The early-ICAHT grade from the day counts (table above); monotone in both counts."""
    if never_above_500 or days_le_100 >= 14:
        return 4
    if days_le_500 >= 14 or days_le_100 >= 7:
        return 3
    if days_le_500 >= 7:
        return 2
    if days_le_500 >= 1:
        return 1
    return 0


def late_grade_from_values(values_ul: Sequence[float], nontransient: bool = False) -> int:
    """Late-ICAHT grade: the worst grade whose threshold ≥ 2 values reach (1 if non-transient)."""
    needed = 1 if nontransient else 2
    for grade, threshold in LATE_THRESHOLDS_UL:
        if sum(1 for v in values_ul if v <= threshold) >= needed:
            return grade
    return 0


def ctcae_neutropenia_grade(value_10e9_l: float) -> int:
    """CTCAE v5 grade 2–4 of one ANC (grade 1 needs the lab's LLN and is reported as 0)."""
    ul = anc_per_ul(value_10e9_l)
    if ul < CTCAE_GRADE4_BELOW_UL:
        return 4
    if ul < CTCAE_GRADE3_BELOW_UL:
        return 3
    if ul < CTCAE_GRADE2_BELOW_UL:
        return 2
    return 0


def anc_results(labs: Iterable[LabResult], at: datetime | None = None) -> list[LabResult]:
    """The ANC results at or before ``at``, in time order (amendments resolved)."""
    return sorted(
        (
            lab
            for lab in current_records(labs)
            if lab.name == ANC_LAB and (at is None or lab.time <= at)
        ),
        key=lambda lab: lab.time,
    )


def day_states(
    anc: Sequence[LabResult],
    infusion_time: datetime,
    first_day: int,
    last_day: int,
    threshold_ul: float,
) -> list[bool | None]:
    """Per study day ``first_day…last_day``: True below/at threshold, False above, None unknown.

    Measured days: their lowest value decides. Other days: LOCF from the most
    recent value (see module docstring).
    """
    lowest: dict[int, float] = {}
    last_of_day: dict[int, float] = {}
    carried: float | None = None
    for lab in anc:  # time order
        day = study_day(lab.time, infusion_time)
        ul = anc_per_ul(lab.value)
        if day < first_day:
            carried = ul
            continue
        lowest[day] = min(lowest.get(day, ul), ul)
        last_of_day[day] = ul
    states: list[bool | None] = []
    for day in range(first_day, last_day + 1):
        if day in lowest:
            states.append(lowest[day] <= threshold_ul)
            carried = last_of_day[day]
        elif carried is not None:
            states.append(carried <= threshold_ul)
        else:
            states.append(None)
    return states


def count_neutropenic_days(states: Sequence[bool | None]) -> int:
    """Days below threshold plus unstable-recovery runs (< 3 days above) between them."""
    count = 0
    seen_below = False
    run_above = 0
    for state in states:
        if state is True:
            if seen_below and 0 < run_above < STABLE_RECOVERY_DAYS:
                count += run_above
            count += 1
            seen_below = True
            run_above = 0
        elif state is False:
            run_above += 1
        # None (before the first value): neither counted nor recovery
    return count


@dataclass(frozen=True)
class EarlyIcaht:
    """Early ICAHT (D0–D+30) at the assessment time."""

    grade: int
    days_le_500: int
    days_le_100: int
    through_day: int  # last study day evaluated (≤ 30)
    never_above_500: bool
    provisional: bool  # the assessment has not reached D+30 yet
    reasons: tuple[Message, ...]
    source: str = SOURCE


@dataclass(frozen=True)
class LateIcaht:
    """Late ICAHT (after D+30) at the assessment time."""

    grade: int
    nadir_10e9_l: float | None
    values: int
    reasons: tuple[Message, ...]
    source: str = SOURCE


def early_icaht(labs: Iterable[LabResult], infusion_time: datetime, at: datetime) -> EarlyIcaht:
    """Grade early ICAHT from the ANC values up to ``at`` (clinical-rules §7)."""
    anc = anc_results(labs, at)
    through = min(EARLY_LAST_DAY, study_day(at, infusion_time))
    if through < 0:
        return EarlyIcaht(0, 0, 0, through, False, True, ())
    states_500 = day_states(anc, infusion_time, 0, through, SEVERE_UL)
    states_100 = day_states(anc, infusion_time, 0, through, PROFOUND_UL)
    days_500 = count_neutropenic_days(states_500)
    days_100 = count_neutropenic_days(states_100)
    in_window = [lab for lab in anc if 0 <= study_day(lab.time, infusion_time) <= EARLY_LAST_DAY]
    complete = through >= EARLY_LAST_DAY
    never_above = (
        complete
        and all(s is True for s in states_500)
        and all(anc_per_ul(lab.value) <= SEVERE_UL for lab in in_window)
    )
    grade = early_grade_from_days(days_500, days_100, never_above)
    reasons: list[Message] = []
    if never_above:
        reasons.append(msg("icaht.reason.never_above_500"))
    if days_500:
        reasons.append(msg("icaht.reason.days_500", days=days_500, through=through))
    if days_100:
        reasons.append(msg("icaht.reason.days_100", days=days_100, through=through))
    if not anc:
        reasons.append(msg("icaht.no_anc"))
    return EarlyIcaht(grade, days_500, days_100, through, never_above, not complete, tuple(reasons))


def late_icaht(
    labs: Iterable[LabResult], infusion_time: datetime, at: datetime, nontransient: bool = False
) -> LateIcaht:
    """Grade late ICAHT from the ANC values after D+30 up to ``at`` (clinical-rules §7)."""
    late = [
        lab for lab in anc_results(labs, at) if study_day(lab.time, infusion_time) > EARLY_LAST_DAY
    ]
    if not late:
        return LateIcaht(0, None, 0, ())
    values = [anc_per_ul(lab.value) for lab in late]
    grade = late_grade_from_values(values, nontransient)
    nadir = min(lab.value for lab in late)
    reasons = [msg("icaht.reason.late_nadir", nadir=anc_message(nadir), values=len(late))]
    if len(late) < 2 and not nontransient:
        reasons.append(msg("icaht.reason.late_needs_two"))
    return LateIcaht(grade, nadir, len(late), tuple(reasons))


def neutrophil_recovery(
    labs: Iterable[LabResult], infusion_time: datetime, at: datetime
) -> datetime | None:
    """When neutrophils recovered after infusion, or None (not yet, or never neutropenic).

    Recovery = the first of ≥ 3 consecutive days with ANC > 500/µL after a
    post-infusion day with ANC ≤ 500/µL (same day states as the ICAHT count).
    Returns the time of the first value of that run. Used by the
    infection-prophylaxis reminders ("until neutrophil recovery").
    """
    anc = anc_results(labs, at)
    last = study_day(at, infusion_time)
    if last < 0 or not anc:
        return None
    states = day_states(anc, infusion_time, 0, last, SEVERE_UL)
    seen_below = False
    run_start: int | None = None
    run = 0
    for offset, state in enumerate(states):
        if state is True:
            seen_below = True
            run, run_start = 0, None
        elif state is False and seen_below:
            if run == 0:
                run_start = offset
            run += 1
            if run >= STABLE_RECOVERY_DAYS and run_start is not None:
                return _run_start_time(anc, infusion_time, run_start)
    return None


def _run_start_time(anc: Sequence[LabResult], infusion_time: datetime, day: int) -> datetime:
    """The value that starts an above-threshold run on ``day``: that day's first value, or
    the carried value before it when the day itself had none."""
    same_day = [lab for lab in anc if study_day(lab.time, infusion_time) == day]
    if same_day:
        return same_day[0].time
    return [lab for lab in anc if study_day(lab.time, infusion_time) < day][-1].time


def severe_neutropenia_alert(labs: Iterable[LabResult], at: datetime) -> Alert | None:
    """Seed 001: grade 3–4 neutropenia → protective isolation and G-CSF (``severe_neutropenia``).

    Fires on the latest ANC at or before ``at`` when its CTCAE grade is 3 or 4.
    """
    anc = anc_results(labs, at)
    if not anc:
        return None
    latest = anc[-1]
    grade = ctcae_neutropenia_grade(latest.value)
    if grade < 3:
        return None
    return Alert(
        "severe_neutropenia",
        msg(
            "alert.severe_neutropenia",
            anc=anc_message(latest.value),
            grade=grade,
            time=latest.time.strftime("%m-%d %H:%M"),
        ),
        Severity.CRITICAL if grade == 4 else Severity.WARNING,
        SOURCE_ALERT,
        Worsening((Level("neutropenia_grade", grade),)),
    )


@dataclass(frozen=True)
class IcahtAssessment:
    early: EarlyIcaht
    late: LateIcaht
    latest_anc: LabResult | None
    alerts: tuple[Alert, ...]

    @property
    def summary(self) -> Message:
        if self.late.values:
            return msg("icaht.summary_late", early=self.early.grade, late=self.late.grade)
        if self.early.provisional:
            return msg(
                "icaht.summary_early_provisional",
                grade=self.early.grade,
                through=self.early.through_day,
            )
        return msg("icaht.summary_early", grade=self.early.grade)


def icaht_assessment(
    labs: Sequence[LabResult],
    infusion_time: datetime,
    at: datetime,
    late_nontransient: bool = False,
) -> IcahtAssessment:
    """Early and late ICAHT and the ``severe_neutropenia`` alert at ``at`` (§7; seed 001)."""
    anc = anc_results(labs, at)
    alert = severe_neutropenia_alert(anc, at)
    return IcahtAssessment(
        early_icaht(anc, infusion_time, at),
        late_icaht(anc, infusion_time, at, late_nontransient),
        anc[-1] if anc else None,
        (alert,) if alert else (),
    )
