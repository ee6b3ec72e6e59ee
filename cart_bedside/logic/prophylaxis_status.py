"""Infection prophylaxis as the Medications tab shows it (clinical-rules §4 "Infection").

Builds on :func:`.infection.prophylaxis_reminders` (what is due, from when,
until when) and :func:`.icaht.neutrophil_recovery` (when "until neutrophil
recovery" is reached, from the ANC results). Seed 001 §感染; seed 002
§感染预防 (myasthenia gravis).

Decisions:

- **Recorded.** A reminder counts as recorded when a drug of its class was
  given in the :data:`RECORDED_WITHIN` (7 days) up to the moment viewed:
  long enough for co-trimoxazole given three times a week, short enough that
  a stopped course shows. Without such a dose an active reminder is
  :attr:`Flag.DUE` ("not recorded in the last 7 days").
- **Myasthenia gravis.** The antibacterial variant tracks no drug by name
  (the penicillin or cephalosporin is the physician's choice): it is
  :attr:`Flag.INFO` unless a quinolone was recorded in the 7 days, then
  :attr:`Flag.WARNING`. The Pneumocystis variant counts a non-sulfonamide
  agent (pentamidine, dapsone, atovaquone) as recorded and warns on a
  sulfonamide.
- **Neutrophils.** The status names the latest ANC after infusion and whether
  recovery (≥ 3 days running above 500/µL after a day at or below it) was
  reached. A patient whose ANC never fell to 500/µL keeps the reminders (the
  rule waits for a recovery) and the status says so.
- Each line's title is the reminder's short form (``prophylaxis.title.<kind>``):
  which drug, from when; how it stands and until when are its details.
- A reminder that has not started shows when it starts; one that is over
  shows since when (:attr:`Flag.ENDED`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import drugs
from .followup_line import Flag, FollowUpLine
from .icaht import SEVERE_UL, anc_message, anc_per_ul, anc_results, neutrophil_recovery
from .infection import (
    ANTIBACTERIAL_PROPHYLAXIS,
    ANTIVIRALS,
    PJP_AGENTS,
    PJP_MONTHS,
    TRIAZOLES,
    Reminder,
    drug_term,
    normalise,
    prophylaxis_reminders,
)
from .messages import Message, msg
from .models import LabResult, MedicationDose, Patient
from .schedule_settings import add_months

RECORDED_WITHIN = timedelta(days=7)
SOURCE_RECOVERY = "source.eha_ebmt2023"

#: The drugs that count as giving each reminder, and those that are to be avoided.
_GIVES: dict[str, frozenset[str]] = {
    "prophylaxis.title.antiviral": ANTIVIRALS,
    "prophylaxis.title.antibacterial": ANTIBACTERIAL_PROPHYLAXIS,
    "prophylaxis.title.antibacterial_mg": frozenset(),
    "prophylaxis.title.antifungal": TRIAZOLES,
    "prophylaxis.title.pjp": PJP_AGENTS,
    "prophylaxis.title.pjp_mg": PJP_AGENTS - drugs.SULFONAMIDES,
}
_AVOIDS: dict[str, frozenset[str]] = {
    "prophylaxis.title.antibacterial_mg": drugs.QUINOLONES,
    "prophylaxis.title.pjp_mg": drugs.SULFONAMIDES,
}
_UNTIL_RECOVERY = (
    "prophylaxis.title.antibacterial",
    "prophylaxis.title.antibacterial_mg",
    "prophylaxis.title.antifungal",
)


@dataclass(frozen=True)
class NeutrophilStatus:
    """Where "until neutrophil recovery" stands at ``at``."""

    recovered_at: datetime | None
    latest: LabResult | None  # the latest ANC since infusion
    neutropenic_seen: bool  # an ANC ≤ 500/µL since infusion
    message: Message
    source: str = SOURCE_RECOVERY


@dataclass(frozen=True)
class ProphylaxisStatus:
    """The neutrophil status and one line per prophylaxis reminder."""

    neutrophils: NeutrophilStatus
    lines: tuple[FollowUpLine, ...]


def _time(value: datetime) -> str:
    return value.strftime("%m-%d %H:%M")


def _date(value: datetime) -> str:
    return value.strftime("%Y-%m-%d")


def neutrophil_status(
    labs: Iterable[LabResult], infusion_time: datetime, at: datetime
) -> NeutrophilStatus:
    """The neutrophil recovery the prophylaxis waits for (seed 001; EHA/EBMT day states)."""
    labs = list(labs)
    if at < infusion_time:
        return NeutrophilStatus(None, None, False, msg("prophylaxis.neutrophils.before_infusion"))
    anc = [lab for lab in anc_results(labs, at) if lab.time >= infusion_time]
    recovered = neutrophil_recovery(labs, infusion_time, at)
    seen = any(anc_per_ul(lab.value) <= SEVERE_UL for lab in anc)
    if not anc:
        return NeutrophilStatus(recovered, None, seen, msg("prophylaxis.neutrophils.no_anc"))
    latest = anc[-1]
    params = {"anc": anc_message(latest.value), "time": _time(latest.time)}
    if recovered is not None:
        message = msg("prophylaxis.neutrophils.recovered", date=_date(recovered), **params)
    elif seen:
        message = msg("prophylaxis.neutrophils.not_recovered", **params)
    else:
        message = msg("prophylaxis.neutrophils.not_neutropenic", **params)
    return NeutrophilStatus(recovered, latest, seen, message)


def recent_dose(
    doses: list[MedicationDose], names: frozenset[str], at: datetime
) -> MedicationDose | None:
    found = [
        d for d in doses if at - RECORDED_WITHIN <= d.time <= at and normalise(d.drug) in names
    ]
    return max(found, key=lambda d: d.time) if found else None


def dose_drug(dose: MedicationDose) -> Message:
    """The catalogue name of a prophylaxis drug recorded (``infection.drug.<generic>``)."""
    return drug_term(normalise(dose.drug))


def _state(r: Reminder, doses: list[MedicationDose], at: datetime) -> tuple[Flag, Message]:
    """Given, not recorded, a drug to avoid recorded, or not started / over."""
    if not r.active:
        if at < r.start:
            return Flag.ENDED, msg("prophylaxis.state.starts", date=_date(r.start))
        return Flag.ENDED, msg("prophylaxis.state.ended", date=_date(r.end or at))
    avoided = recent_dose(doses, _AVOIDS.get(r.code, frozenset()), at)
    if avoided is not None:
        return Flag.WARNING, msg(
            "prophylaxis.state.avoid_recorded", drug=dose_drug(avoided), time=_time(avoided.time)
        )
    gives = _GIVES[r.code]
    if not gives:
        return Flag.INFO, msg("prophylaxis.state.check_alternative")
    given = recent_dose(doses, gives, at)
    if given is None:
        return Flag.DUE, msg("prophylaxis.state.not_recorded", days=RECORDED_WITHIN.days)
    return Flag.OK, msg("prophylaxis.state.recorded", drug=dose_drug(given), time=_time(given.time))


def _until(r: Reminder, recovered: datetime | None, pjp_min_end: datetime) -> Message:
    """Until when the reminder runs, with where neutrophil recovery stands."""
    if r.code == "prophylaxis.title.antiviral":
        return msg("prophylaxis.until.immune_recovery")
    if r.code in _UNTIL_RECOVERY:
        if recovered is None:
            return msg("prophylaxis.until.recovery_not_reached")
        return msg("prophylaxis.until.recovery_reached", date=_date(recovered))
    if recovered is None:
        return msg("prophylaxis.until.pjp_recovery_not_reached", until=_date(pjp_min_end))
    return msg("prophylaxis.until.pjp", until=_date(r.end or pjp_min_end))


def prophylaxis_status(
    patient: Patient,
    infusion_time: datetime,
    at: datetime,
    doses: Iterable[MedicationDose] = (),
    labs: Iterable[LabResult] = (),
    lymphodepletion_start: datetime | None = None,
) -> ProphylaxisStatus:
    """The prophylaxis reminders at ``at`` with whether each is recorded and until when
    (seed 001 §感染, seed 002 §感染预防; clinical-rules §4)."""
    doses = list(doses)
    neutrophils = neutrophil_status(labs, infusion_time, at)
    recovered = neutrophils.recovered_at
    reminders = prophylaxis_reminders(
        patient, infusion_time, at, doses, lymphodepletion_start, recovered
    )
    pjp_min_end = add_months(infusion_time, PJP_MONTHS)
    lines = []
    for r in reminders:
        flag, state = _state(r, doses, at)
        lines.append(
            FollowUpLine(
                r.code,
                flag,
                msg(r.code),
                (state, _until(r, recovered, pjp_min_end)),
                r.source,
            )
        )
    return ProphylaxisStatus(neutrophils, tuple(lines))
