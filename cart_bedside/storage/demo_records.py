"""The demo ward's charted records, made up from a patient's course (no database).

Each function gives the records one :class:`~.demo_patients.DemoPatient` would
have at a time: vital signs and neuro checks for the CRS/ICANS grade of their
course then, fluid lines, labs, and the doses the course calls for.
:mod:`.demo` writes them through the repository.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..logic.models import (
    CAPD_ITEMS,
    ICE_ITEMS,
    Consciousness,
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    VitalSigns,
)
from .demo_patients import DemoPatient, grade_at

#: ICE items in the order a confused patient tends to lose them.
_ICE_LOST = (
    "counts_backwards",
    "writes_sentence",
    "year",
    "hospital",
    "month",
    "name_3",
    "city",
    "name_2",
    "follows_commands",
    "name_1",
)


def doses(
    p: DemoPatient, infusion: datetime, admitted: datetime, now: datetime
) -> list[tuple[datetime, MedicationDose]]:
    out: list[tuple[datetime, MedicationDose]] = []
    child = p.age < 12

    def give(t: datetime, drug: str, mg: float, route: str = "IV") -> None:
        if admitted <= t <= now - timedelta(minutes=20):
            out.append(
                (
                    t,
                    MedicationDose(
                        t, drug, round(mg, 1), route, ordered_by="doctor", given_by="nurse"
                    ),
                )
            )

    def onset(grade: int) -> float | None:
        return next((h for h, g in p.crs if g >= grade), None)

    fever, crs2, crs3, crs4 = onset(1), onset(2), onset(3), onset(4)
    hours = lambda h: infusion + timedelta(hours=h)  # noqa: E731
    if fever:
        give(hours(fever + 0.5), "acetaminophen", 15 * p.weight_kg if child else 650, "PO")
    toci_mg = min(800.0, (12 if p.weight_kg < 30 else 8) * p.weight_kg)
    for h in ([crs2 + 1] if crs2 else []) + list(p.extra_toci_h):
        give(hours(h), "tocilizumab", toci_mg)
    if crs4:
        give(hours(crs4 + 2), "methylprednisolone", 1000)
    dex = 0.15 * p.weight_kg if child else 10
    h = float(-100)
    while h < (now - infusion).total_seconds() / 3600:
        steroid_needed = grade_at(p.icans, h) >= 2 or (crs3 is not None and grade_at(p.crs, h) >= 3)
        if steroid_needed:
            give(hours(h + 1), "dexamethasone", dex)
        if grade_at(p.icans, h) >= 2 or p.prior_cns:
            if int(h) % 12 == 0:
                give(hours(h + 1), "levetiracetam", 10 * p.weight_kg if child else 750, "PO")
        h += 6
    day = admitted.replace(hour=8, minute=0)
    while day <= now:
        give(day, "acyclovir", 10 * p.weight_kg if child else 400, "PO")
        day += timedelta(hours=12)
    return out


def prophylaxis(
    p: DemoPatient, infusion: datetime, admitted: datetime, now: datetime
) -> list[MedicationDose]:
    """Infection prophylaxis from infusion (clinical-rules §4): fluconazole and norfloxacin
    daily until about D+14 (longer with a poor marrow), co-trimoxazole every other day; none
    of the quinolone or sulfonamide for the myasthenia patient (bed 05); bed 04's
    co-trimoxazole not charted (the tab shows it to do); entecavir daily for a past HBV
    infection (§7). No random numbers: the rest of the demo stays as it was."""
    out: list[MedicationDose] = []
    mg = "myasthenia_gravis" in p.conditions
    day = infusion.replace(hour=9, minute=0)
    if day < infusion:
        day += timedelta(days=1)
    n = 0
    while day <= now - timedelta(minutes=20):
        until_recovery = n <= 14 or p.poor_marrow
        given = [("fluconazole", 200.0)] if until_recovery else []
        if until_recovery and not mg:
            given.append(("norfloxacin", 400.0))
        if n % 2 == 0 and not mg and p.bed != "04":
            given.append(("co-trimoxazole", 960.0))
        for k, (drug, mg_dose) in enumerate(given):
            t = day + timedelta(minutes=2 * k)
            out.append(
                MedicationDose(t, drug, mg_dose, "PO", ordered_by="doctor", given_by="nurse")
            )
        day += timedelta(days=1)
        n += 1
    if p.hbv_status == "hbsag_negative_anti_hbc_positive":
        day = admitted.replace(hour=8, minute=30) + timedelta(days=1)
        while day <= now - timedelta(minutes=20):
            out.append(
                MedicationDose(day, "entecavir", 0.5, "PO", ordered_by="doctor", given_by="nurse")
            )
            day += timedelta(days=1)
    return out


def vitals(p: DemoPatient, t: datetime, crs: int, masked: bool, rng: random.Random) -> VitalSigns:
    u = rng.uniform
    child = p.age < 12
    sbp = round(u(96, 112) if child else u(108, 134))
    temp = u(36.4, 37.3)
    hr = round(u(85, 105) if child else u(68, 92))
    pressors: tuple[str, ...]
    rr, spo2, device, flow, pressors, bolus = (
        round(u(14, 19)),
        round(u(96, 99)),
        O2Device.ROOM_AIR,
        None,
        (),
        False,
    )
    if crs >= 1:
        temp = u(37.2, 37.9) if masked else u(38.2, 39.6 if crs >= 2 else 38.9)
        hr += round(u(18, 30))
    hypo_bp = crs >= 2 and p.mode in ("bp", "both")
    hypo_o2 = crs >= 2 and p.mode in ("o2", "both")
    if crs == 4:
        hypo_bp = hypo_o2 = True
    if hypo_bp:
        rr = round(u(20, 26))
        if crs == 2:
            sbp, bolus = round(u(74, 81) if child else u(80, 88)), rng.random() < 0.3
        elif crs == 3:
            sbp, pressors = round(u(88, 100)), ("norepinephrine",)
        else:
            sbp, pressors = round(u(84, 94)), ("norepinephrine", "epinephrine")
    if hypo_o2:
        spo2 = round(u(91, 95))
        if crs == 2:
            device, flow = O2Device.NASAL_CANNULA, float(rng.choice((2, 3, 4)))
        elif crs == 3:
            device, flow = O2Device.HIGH_FLOW_NASAL_CANNULA, float(rng.choice((30, 35, 40)))
        else:
            device = O2Device.BIPAP
    dbp = round(sbp - u(32, 46))
    return VitalSigns(
        t, round(temp, 1), hr, sbp, dbp, rr, float(spo2), device, flow, pressors, bolus
    )


def neuro(p: DemoPatient, t: datetime, grade: int, rng: random.Random) -> NeuroAssessment:
    level = {
        0: Consciousness.ALERT,
        1: Consciousness.ALERT,
        2: Consciousness.AWAKENS_TO_VOICE,
        3: Consciousness.AWAKENS_TO_TOUCH,
    }[min(grade, 3)]
    if p.age < 12:
        total = {0: 0, 1: rng.randint(2, 4), 2: rng.randint(5, 7), 3: rng.randint(10, 13)}[
            min(grade, 3)
        ]
        scores = [0] * len(CAPD_ITEMS)
        for i in range(total):
            scores[i % len(scores)] += 1
        return NeuroAssessment(t, capd_scores=tuple(scores), consciousness=level, tremor=grade >= 2)
    score = {0: 10, 1: rng.randint(7, 9), 2: rng.randint(3, 6), 3: rng.randint(0, 2)}[min(grade, 3)]
    lost = set(_ICE_LOST[: 10 - score])
    return NeuroAssessment(
        t,
        ice_items=tuple(item not in lost for item in ICE_ITEMS),
        consciousness=level,
        tremor=grade >= 2,
        headache=grade == 1,
    )


def fluids(p: DemoPatient, t: datetime, crs: int, rng: random.Random) -> list[FluidEntry]:
    k = 0.4 if p.age < 12 else 1.0
    iv = rng.randrange(900, 1500, 50) if crs >= 2 else rng.randrange(400, 900, 50)
    urine = rng.randrange(300, 700, 25) if crs >= 2 else rng.randrange(550, 1100, 25)
    lines = [
        FluidEntry(t, FluidCategory.IV_FLUIDS, round(iv * k)),
        FluidEntry(t, FluidCategory.ORAL, round(rng.randrange(150, 600, 50) * k)),
        FluidEntry(t, FluidCategory.URINE, round(urine * k)),
    ]
    if rng.random() < 0.25:
        lines.append(FluidEntry(t, FluidCategory.STOOL, round(rng.randrange(100, 250, 25) * k)))
    return lines


def labs(p: DemoPatient, t: datetime, hour: float, rng: random.Random) -> list[LabResult]:
    recent = max(grade_at(p.crs, hour - h) for h in range(0, 48, 6))
    day = hour / 24
    ferritin_base = 2500 if recent >= 4 else 450
    anc = (
        3.2 - day * 0.5
        if day < 0
        else (0.3 if day < 10 or p.poor_marrow else min(2.5, 0.3 + (day - 10) * 0.15))
    )
    labs = [
        LabResult(t, "crp", round(6 + recent * 42 + rng.uniform(0, 12), 1), "mg/L"),
        LabResult(
            t, "ferritin", round(ferritin_base * (1 + recent * 1.3) * rng.uniform(0.9, 1.1)), "µg/L"
        ),
        LabResult(t, "anc", round(max(0.05, anc * rng.uniform(0.85, 1.15)), 2), "10^9/L"),
    ]
    if recent >= 1 or int(day) % 2 == 0:
        labs.append(
            LabResult(t, "il6", round(5 + recent**2 * 55 * rng.uniform(0.8, 1.3), 1), "pg/mL")
        )
    # liver and kidney chemistry (the HLH/MAS checklist, §4): rising with severe CRS, no rng
    kidney = 35 if p.age < 12 else 70
    labs += [
        LabResult(t, "bilirubin", round(12 * (1 + recent * 0.5), 1), "µmol/L"),
        LabResult(t, "ast", round(25 * (1 + recent**2 * 0.7)), "U/L"),
        LabResult(t, "alt", round(30 * (1 + recent**2 * 0.4)), "U/L"),
        LabResult(t, "creatinine", round(kidney * (1 + recent * 0.35)), "µmol/L"),
    ]
    if p.hbv_status == "hbsag_negative_anti_hbc_positive" and int(day) in (-3, 14, 28):
        labs.append(LabResult(t, "hbv_dna", 0.0, "IU/mL"))  # below detection
    if int(day) in (-3, 7, 14, 21, 28) or (p.low_igg and int(day) == 13):
        igg = (3.2 if p.low_igg else 7.5) - max(day, 0) * 0.03
        labs.append(LabResult(t, "igg", round(max(igg, 2.5), 1), "g/L"))
    return labs
