"""Infection prophylaxis reminders and the myasthenia-gravis cautions (clinical-rules §4).

Seed 001 §感染 and seed 002 §感染预防:

- antiviral: acyclovir or valacyclovir from the start of lymphodepletion
  (duration by immune recovery);
- from infusion until neutrophil recovery: norfloxacin, a triazole
  antifungal and co-trimoxazole; Pneumocystis (PJP) prophylaxis for at least
  3 months;
- myasthenia gravis (seed 002): avoid quinolones and sulfonamides; a
  penicillin, cephalosporin or macrolide may replace them. The patient
  carries the standing alert ``avoid_quinolones_sulfonamides`` and, when a
  quinolone or sulfonamide dose is recorded, ``contraindicated_antibiotic_
  recorded``.

Decisions:

- A reminder is *active* between its start and end; each says which drugs
  of its class were last recorded (``last_dose``) so the nurse sees whether
  it is being given. The app suggests, never orders.
- Without a lymphodepletion start, the antiviral reminder starts at infusion.
- "Until neutrophil recovery" uses ``neutrophil_recovered_at`` (see
  :func:`cart_bedside.logic.icaht.neutrophil_recovery`); None = not yet.
- PJP prophylaxis runs until 3 months after infusion *and* neutrophil
  recovery, whichever is later ("at least 3 months").
- For a myasthenia patient the antibacterial and PJP reminders are replaced
  by variants that name the quinolone/sulfonamide only as the drug to avoid
  and suggest the seed 002 alternatives (for PJP: a non-sulfonamide agent
  chosen by the physician, e.g. pentamidine, which seed 002 names as the
  alternative to co-trimoxazole).
- ``contraindicated_antibiotic_recorded`` looks at doses in the last 7 days
  up to ``at`` (``lookback``) so an old course does not stay red for ever.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import drugs
from .findings import Alert, Severity, Worsening
from .messages import Message, msg
from .models import MedicationDose, Patient
from .schedule import add_months

ANTIVIRALS = frozenset({"acyclovir", "valacyclovir", "aciclovir", "valaciclovir"})
TRIAZOLES = frozenset(
    {"fluconazole", "itraconazole", "voriconazole", "posaconazole", "isavuconazole"}
)
PJP_AGENTS = frozenset({"sulfamethoxazole_trimethoprim", "pentamidine", "dapsone", "atovaquone"})
ANTIBACTERIAL_PROPHYLAXIS = drugs.QUINOLONES

#: Local synonyms for the drugs this module recognises (drugs.normalise covers the rest).
_SYNONYMS = {
    "aciclovir": "acyclovir",
    "valaciclovir": "valacyclovir",
    "阿昔洛韦": "acyclovir",
    "伐昔洛韦": "valacyclovir",
    "诺氟沙星": "norfloxacin",
    "左氧氟沙星": "levofloxacin",
    "环丙沙星": "ciprofloxacin",
    "莫西沙星": "moxifloxacin",
    "氟康唑": "fluconazole",
    "伏立康唑": "voriconazole",
    "泊沙康唑": "posaconazole",
    "伊曲康唑": "itraconazole",
    "艾沙康唑": "isavuconazole",
    "喷他脒": "pentamidine",
    "smz": "sulfamethoxazole_trimethoprim",
    "smz-tmp": "sulfamethoxazole_trimethoprim",
}

PJP_MONTHS = 3
CONTRAINDICATED_LOOKBACK = timedelta(days=7)
MYASTHENIA = "myasthenia_gravis"

SOURCE_PROPHYLAXIS = "source.seed001.infection"
SOURCE_MG = "source.seed002.infection"


def normalise(name: str) -> str:
    """drugs.normalise plus this module's antiviral/antifungal/quinolone synonyms."""
    key = drugs.normalise(name)
    return _SYNONYMS.get(key, key)


def drug_term(name: str) -> Message:
    """The catalogue term of a quinolone or sulfonamide (``infection.drug.<name>``)."""
    return msg(f"infection.drug.{name}")


def is_contraindicated(patient: Patient, drug: str) -> bool:
    """True when ``drug`` is a quinolone or sulfonamide and the patient has myasthenia gravis."""
    return patient.has(MYASTHENIA) and normalise(drug) in drugs.AVOID_IN_MYASTHENIA


@dataclass(frozen=True)
class Reminder:
    """One prophylaxis reminder: what, from when, until when, and the last dose recorded."""

    code: str  # catalogue code, e.g. "prophylaxis.title.antiviral"
    start: datetime
    end: datetime | None  # None: until an event not yet reached (recovery)
    active: bool
    last_dose: MedicationDose | None
    source: str = SOURCE_PROPHYLAXIS


def _last_dose(
    doses: list[MedicationDose], names: frozenset[str], at: datetime
) -> MedicationDose | None:
    found = [d for d in doses if d.time <= at and normalise(d.drug) in names]
    return max(found, key=lambda d: d.time) if found else None


def prophylaxis_reminders(
    patient: Patient,
    infusion_time: datetime,
    at: datetime,
    doses: Iterable[MedicationDose] = (),
    lymphodepletion_start: datetime | None = None,
    neutrophil_recovered_at: datetime | None = None,
) -> list[Reminder]:
    """The routine prophylaxis reminders at ``at`` (seed 001 §感染; seed 002; clinical §4).

    Returns all four reminders (antiviral, antibacterial, antifungal, PJP)
    with ``active`` set; the UI shows the active ones.
    """
    doses = list(doses)
    mg = patient.has(MYASTHENIA)
    antiviral_start = lymphodepletion_start or infusion_time
    recovery = (
        neutrophil_recovered_at
        if (neutrophil_recovered_at is not None and neutrophil_recovered_at <= at)
        else None
    )
    pjp_min_end = add_months(infusion_time, PJP_MONTHS)
    pjp_end = max(pjp_min_end, recovery) if recovery is not None else None

    def until_recovery(start: datetime) -> bool:
        return start <= at and recovery is None

    reminders = [
        Reminder(
            "prophylaxis.title.antiviral",
            antiviral_start,
            None,
            antiviral_start <= at,
            _last_dose(doses, ANTIVIRALS, at),
        ),
        Reminder(
            "prophylaxis.title.antibacterial_mg" if mg else "prophylaxis.title.antibacterial",
            infusion_time,
            recovery,
            until_recovery(infusion_time),
            _last_dose(doses, ANTIBACTERIAL_PROPHYLAXIS, at),
            SOURCE_MG if mg else SOURCE_PROPHYLAXIS,
        ),
        Reminder(
            "prophylaxis.title.antifungal",
            infusion_time,
            recovery,
            until_recovery(infusion_time),
            _last_dose(doses, TRIAZOLES, at),
        ),
        Reminder(
            "prophylaxis.title.pjp_mg" if mg else "prophylaxis.title.pjp",
            infusion_time,
            pjp_end,
            infusion_time <= at and (pjp_end is None or at < pjp_end),
            _last_dose(doses, PJP_AGENTS, at),
            SOURCE_MG if mg else SOURCE_PROPHYLAXIS,
        ),
    ]
    return reminders


def myasthenia_alerts(
    patient: Patient,
    doses: Iterable[MedicationDose],
    at: datetime,
    lookback: timedelta | None = CONTRAINDICATED_LOOKBACK,
) -> list[Alert]:
    """Seed 002: the standing ``avoid_quinolones_sulfonamides`` alert for a myasthenia patient,
    and ``contraindicated_antibiotic_recorded`` when such a drug was recorded for them
    (doses in ``[at − lookback, at]``; ``lookback=None`` looks at every dose)."""
    if not patient.has(MYASTHENIA):
        return []
    alerts = [
        Alert(
            "avoid_quinolones_sulfonamides",
            msg("alert.avoid_quinolones_sulfonamides"),
            Severity.INFO,
            SOURCE_MG,
        )
    ]
    recorded = sorted(
        (
            d
            for d in doses
            if d.time <= at
            and (lookback is None or d.time >= at - lookback)
            and normalise(d.drug) in drugs.AVOID_IN_MYASTHENIA
        ),
        key=lambda d: d.time,
    )
    if recorded:
        names = sorted({normalise(d.drug) for d in recorded})
        latest = recorded[-1]
        time = latest.time.strftime("%m-%d %H:%M")
        alerts.append(
            Alert(
                "contraindicated_antibiotic_recorded",
                msg(
                    "alert.contraindicated_antibiotic_recorded",
                    drugs=tuple(drug_term(n) for n in names),
                    count=len(recorded),
                    time=time,
                ),
                Severity.WARNING,
                SOURCE_MG,
                Worsening((), time),  # a newer dose is a new alert
            )
        )
    return alerts


def infection_alerts(
    patient: Patient, doses: Iterable[MedicationDose], at: datetime
) -> list[Alert]:
    """All alerts of this module at ``at`` (for the assessment)."""
    return myasthenia_alerts(patient, doses, at)
