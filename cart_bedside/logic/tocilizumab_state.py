"""Where tocilizumab stands for one patient, as one state (clinical-rules §2.4; issue 11).

The panel, the dose form and the handover sheet read this one state so they
cannot contradict each other ("4 used · 0 remaining" beside "next allowed
13:45" was possible when each screen combined the ledger's fields itself):

- ``NO_DOSE_YET``: no tocilizumab given; the limits allow a first dose;
- ``ALLOWED_NOW``: doses given, none of the limits blocks another now;
- ``NEXT_AT``: the 8-hour interval or the 24-hour limit blocks a dose until
  ``next_at`` (``waiting_for`` says which limit sets that time);
- ``LIMIT_REACHED``: the total limit is reached: there is no next time.

The limits say when a dose would be *allowed*, never that it is *indicated*.
``context`` carries the grades the state is shown with: ``"no_crs"`` (CRS 0:
no tocilizumab indication from the grade), ``"icans_without_crs"`` (every
protocol gives tocilizumab for ICANS only with concurrent CRS, seed 000
Table 2, seed 001 Table 5, seed 004 §2.4) or ``"crs"``; ``icans_caution``
is the §2.4 warning (tocilizumab may worsen ICANS; siltuximab the alternative).

A second dose of the same drug within ``DUPLICATE_WITHIN`` of another is
probably charted twice (:func:`possible_duplicate`): the form asks first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from . import drugs
from .messages import Message, msg
from .models import MedicationDose
from .tocilizumab import Ledger

#: A dose of the same drug this close to another asks "duplicate?" before it is saved.
DUPLICATE_WITHIN = timedelta(minutes=60)


class TociState(Enum):
    NO_DOSE_YET = "no_dose_yet"
    ALLOWED_NOW = "allowed_now"
    NEXT_AT = "next_at"
    LIMIT_REACHED = "limit_reached"


@dataclass(frozen=True)
class TocilizumabState:
    """One patient's tocilizumab state at ``at`` (module docstring)."""

    state: TociState
    at: datetime
    next_at: datetime | None  # only in NEXT_AT
    waiting_for: str | None  # NEXT_AT: "interval" or "per_24h"
    doses_given: int
    doses_remaining: int
    max_total: int
    max_per_24h: int
    interval_h: float
    crs_grade: int | None
    icans_grade: int | None
    context: str  # "crs", "no_crs", "icans_without_crs"
    icans_caution: bool

    @property
    def countdown(self) -> timedelta | None:
        return self.next_at - self.at if self.next_at is not None else None

    @property
    def may_give_now(self) -> bool:
        """The limits allow a dose now (not: a dose is indicated)."""
        return self.state in (TociState.NO_DOSE_YET, TociState.ALLOWED_NOW)


def tocilizumab_state(
    ledger: Ledger, crs_grade: int | None, icans_grade: int | None
) -> TocilizumabState:
    """The one state of the tocilizumab panel from the ledger and the current grades."""
    limits = ledger.limits
    given = ledger.doses_total
    next_at: datetime | None = None
    waiting: str | None = None
    if "total" in ledger.blocked_by or given >= limits.max_total:
        state = TociState.LIMIT_REACHED
    elif ledger.blocked_by:
        state = TociState.NEXT_AT
        by_interval = ledger.doses[-1] + limits.min_interval
        next_at = ledger.next_allowed_at or by_interval
        waiting = "interval" if next_at <= by_interval else "per_24h"
    elif given == 0:
        state = TociState.NO_DOSE_YET
    else:
        state = TociState.ALLOWED_NOW
    crs = crs_grade or 0
    icans = icans_grade or 0
    if crs >= 1:
        context = "crs"
    elif icans >= 1:
        context = "icans_without_crs"
    else:
        context = "no_crs"
    return TocilizumabState(
        state,
        ledger.at,
        next_at,
        waiting,
        given,
        max(0, limits.max_total - given),
        limits.max_total,
        limits.max_per_24h,
        limits.min_interval.total_seconds() / 3600,
        crs_grade,
        icans_grade,
        context,
        icans >= 1,
    )


def possible_duplicate(
    doses: Sequence[MedicationDose], drug: str, when: datetime, within: timedelta = DUPLICATE_WITHIN
) -> MedicationDose | None:
    """The dose of the same drug closest to ``when`` and less than ``within`` from it."""
    name = drugs.normalise(drug)
    near = [d for d in doses if drugs.normalise(d.drug) == name and abs(d.time - when) < within]
    return min(near, key=lambda d: abs(d.time - when)) if near else None


def tocilizumab_state_messages(s: TocilizumabState) -> tuple[Message, Message]:
    """(the grades it is shown with, the state) — the words every screen and the PDF use."""
    if s.context == "crs":
        context = msg("toci.context.crs", crs=s.crs_grade)
    elif s.context == "icans_without_crs":
        context = msg("toci.context.icans_without_crs", icans=s.icans_grade)
    else:
        context = msg("toci.context.no_crs")
    if s.state is TociState.NEXT_AT:
        assert s.next_at is not None  # set in NEXT_AT, the only state with a next time
        state = msg(
            f"toci.state.next_at.{s.waiting_for}",
            given=s.doses_given,
            max=s.max_total,
            time=s.next_at.strftime("%m-%d %H:%M"),
            hours=round(s.interval_h, 1),
            per_24h=s.max_per_24h,
        )
    else:
        state = msg(f"toci.state.{s.state.value}", given=s.doses_given, max=s.max_total)
    return context, state
