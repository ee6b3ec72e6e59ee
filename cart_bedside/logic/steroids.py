"""Corticosteroid exposure (clinical-rules §2.5; seed 004 §2.4).

Cumulative dose as dexamethasone-equivalent mg (dexamethasone 0.75 mg =
methylprednisolone 4 mg = prednisone 5 mg = hydrocortisone 20 mg; factors in
:data:`cart_bedside.logic.drugs.STEROID_DEX_FACTOR`), days on steroids, and
the day of the current course.

Decisions:

- "Days on steroids" is reported two ways: distinct calendar days with at
  least one dose (``days_with_dose``) and the span from the first to the last
  dose day, both ends counted (``span_days``).
- A **course** is a run of doses in which no two consecutive dose days are
  separated by ``course_break_days`` (default 2) or more calendar days
  without a dose. The course is *current* at ``at`` while fewer than
  ``course_break_days`` dose-free days have passed since its last dose day;
  its ``course_day`` is 1 on its first dose day.
- A steroid dose without an amount is counted in days and courses but not in
  the mg total; ``doses_without_amount`` says how many, and the summary says
  the total is incomplete.
- Seed 004 §2.4: courses shorter than 10 days did not impair CAR-T efficacy;
  taper quickly once symptoms resolve; neurotoxicity may recur while
  tapering. The notes say so when the current course reaches 10 days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise

from . import drugs
from .messages import Message, msg
from .models import MedicationDose
from .timeutil import local_date

#: Seed 004 §2.4: courses < 10 days do not harm CAR-T efficacy.
SHORT_COURSE_DAYS = 10
COURSE_BREAK_DAYS = 2

SOURCE = "source.seed004.s2_4"


def dex_equivalent_mg(drug: str, dose_mg: float | None) -> float | None:
    """mg dexamethasone equivalent to ``dose_mg`` of ``drug``; None if not a steroid or no dose."""
    factor = drugs.STEROID_DEX_FACTOR.get(drugs.normalise(drug))
    if factor is None or dose_mg is None:
        return None
    return dose_mg * factor


def is_steroid(drug: str) -> bool:
    """True for a corticosteroid the §2.5 equivalence table knows."""
    return drugs.normalise(drug) in drugs.STEROIDS


@dataclass(frozen=True)
class SteroidExposure:
    """Cumulative steroid exposure at ``at`` (clinical-rules §2.5)."""

    at: datetime
    doses: int = 0
    dex_equivalent_mg: float = 0.0
    doses_without_amount: int = 0
    mg_by_drug: dict[str, float] = field(default_factory=dict)
    first_dose: datetime | None = None
    last_dose: datetime | None = None
    days_with_dose: int = 0
    span_days: int = 0
    courses: int = 0
    course_start: date | None = None  # first day of the current course
    course_day: int | None = None  # day of the current course (1 = first), None if none
    summary: Message = field(default_factory=lambda: msg("steroid.none"))
    notes: tuple[Message, ...] = ()
    source: str = SOURCE

    @property
    def on_steroids(self) -> bool:
        return self.course_day is not None


def steroid_exposure(
    doses: Iterable[MedicationDose],
    at: datetime,
    since: datetime | None = None,
    course_break_days: int = COURSE_BREAK_DAYS,
) -> SteroidExposure:
    """Sum the corticosteroid doses given at or before ``at`` (and at/after ``since``).

    Implements clinical-rules §2.5 (dexamethasone equivalents, days on
    steroids) and the seed 004 §2.4 notes on short courses and tapering.
    """
    if course_break_days < 1:
        raise ValueError("course_break_days must be at least 1")
    given = sorted(
        (
            d
            for d in doses
            if is_steroid(d.drug) and d.time <= at and (since is None or d.time >= since)
        ),
        key=lambda d: d.time,
    )
    if not given:
        return SteroidExposure(at)
    total = 0.0
    missing = 0
    by_drug: dict[str, float] = {}
    for d in given:
        name = drugs.normalise(d.drug)
        equivalent = dex_equivalent_mg(name, d.dose_mg)
        if equivalent is None:
            missing += 1
            continue
        total += equivalent
        by_drug[name] = by_drug.get(name, 0.0) + (d.dose_mg or 0.0)
    days = sorted({local_date(d.time, at) for d in given})
    course_starts = [days[0]]
    for prev, cur in pairwise(days):
        if (cur - prev).days - 1 >= course_break_days:
            course_starts.append(cur)
    today = local_date(at, at)
    current = (today - days[-1]).days <= course_break_days
    course_start = course_starts[-1] if current else None
    course_day = (today - course_start).days + 1 if course_start is not None else None
    span = (days[-1] - days[0]).days + 1
    total = round(total, 3)

    if missing:
        summary = msg(
            "steroid.summary_incomplete",
            dex_mg=total,
            doses=len(given),
            days=len(days),
            missing=missing,
        )
    else:
        summary = msg("steroid.summary", dex_mg=total, doses=len(given), days=len(days))
    notes: list[Message] = []
    if course_day is not None:
        notes.append(msg("steroid.course_day", day=course_day))
        if course_day >= SHORT_COURSE_DAYS:
            notes.append(msg("steroid.course_10_days", day=course_day))
    else:
        notes.append(msg("steroid.no_current_course", last=days[-1].isoformat()))
    notes.append(msg("steroid.taper_note"))
    return SteroidExposure(
        at=at,
        doses=len(given),
        dex_equivalent_mg=total,
        doses_without_amount=missing,
        mg_by_drug=by_drug,
        first_dose=given[0].time,
        last_dose=given[-1].time,
        days_with_dose=len(days),
        span_days=span,
        courses=len(course_starts),
        course_start=course_start,
        course_day=course_day,
        summary=summary,
        notes=tuple(notes),
    )
