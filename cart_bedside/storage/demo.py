"""A realistic demo ward, written through the repository (validated and audited).

``create_demo_ward(db, now)`` fills a database with the twelve patients of
:mod:`demo_patients`, from admission (D−4) up to ``now``: vital signs every
4 h (hourly while CRS ≥ 2), neuro checks every 8 h (every 4 h with ICANS),
fluid lines every shift, a weight and labs every morning, the doses the
course calls for, a late entry, two amendments and a withdrawn line. The same
``now`` and ``seed`` give the same database. Scale mode is in ``demo_scale``.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

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
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.patient_protocol import protocol_for_diagnosis
from .db import Database, transaction
from .demo_patients import DEMO_PATIENTS, DEMO_PIN_HASHES, DEMO_USERS, DemoPatient, grade_at
from .ids import seeded_ids
from .opening import open_database
from .repository import Repository
from .types import EpisodeProtocol

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


@dataclass
class DemoSummary:
    """What was generated: occupied beds, records written, episode id per bed."""

    beds: int
    records: int
    episodes: dict[str, str] = field(default_factory=dict)


@dataclass(order=True)
class _Event:
    at: datetime
    order: int
    run: Callable[[Repository, dict[str, Any]], None] = field(compare=False)


class _Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


def create_demo_ward(db: Database, now: datetime | None = None, seed: int = 1203) -> DemoSummary:
    """Fill ``db`` (new and empty) with the demo ward as it stands at ``now``."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    clock = _Clock(now - timedelta(days=40))
    repo = Repository(db, clock=clock, ids=seeded_ids(seed))
    rng = random.Random(seed)
    state: dict[str, Any] = {"episodes": {}, "ids": {}, "records": 0}
    with transaction(db):
        for username, display, role, pin in DEMO_USERS:
            repo.people.create_user(
                username, display, role, None, actor="system", pin_hash=DEMO_PIN_HASHES[pin]
            )
        for key, value in (
            ("ward.name", "血液科 CAR-T 病区（演示）"),
            ("demo", True),
            ("protocol", "tci-1203-2025"),
            ("language", "zh_CN"),
            ("shifts", ["08:00", "16:00", "00:00"]),
        ):
            repo.ward_settings.set_setting(key, value, actor="admin")
        events: list[_Event] = []
        for p in DEMO_PATIENTS:
            events += _patient_events(p, now, rng)
        for event in sorted(events):
            clock.t = event.at
            event.run(repo, state)
        clock.t = now
        _tasks_and_acks(repo, state, now)
    return DemoSummary(len(DEMO_PATIENTS), state["records"], dict(state["episodes"]))


def write_demo_db(path: Path | str, now: datetime | None = None, seed: int = 1203) -> DemoSummary:
    """Write the demo ward to a new database file (refuses an existing file)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    db = open_database(path, check=False)
    try:
        return create_demo_ward(db, now, seed)
    finally:
        db.conn.close()


def open_demo_database(
    now: datetime | None = None, seed: int = 1203, folder: Path | str | None = None
) -> tuple[Database, Path]:
    """A throw-away demo ward in a new temporary folder (``cart-bedside --demo``).

    Returns the open database and its path; the caller may delete the folder.
    """
    base = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="cart-bedside-demo-"))
    path = base / "demo-ward.db"
    write_demo_db(path, now, seed)
    return open_database(path), path


def _infusion(p: DemoPatient, now: datetime) -> datetime:
    return datetime.combine(now.date() - timedelta(days=p.day), time(10, 0))


def _save(
    bed: str, items: list, *, sign: bool = False, key: str | None = None, user: str = "nurse"
) -> Callable[[Repository, dict[str, Any]], None]:
    def run(repo: Repository, state: dict[str, Any]) -> None:
        result = repo.charting.save_records(
            state["episodes"][bed], user, items, signature_meaning="author" if sign else None
        )
        state["records"] += len(items)
        if key:
            state["ids"][key] = result.ids

    return run


def _patient_events(p: DemoPatient, now: datetime, rng: random.Random) -> list[_Event]:
    infusion = _infusion(p, now)
    admitted = infusion - timedelta(days=4) + timedelta(hours=4)
    patient = Patient(
        age_years=p.age,
        weight_kg=p.weight_kg,
        weight_time=admitted,
        sex=p.sex,
        conditions=p.conditions,
        prior_cns_disease=p.prior_cns,
        name=p.name,
        mrn=f"DEMO-{p.bed}{p.age:02.0f}",
        bed=p.bed,
        diagnosis=p.diagnosis,
        product=p.product,
        target=p.target,
        costim_domain=p.costim,
        height_cm=p.height_cm,
        infusion_time=infusion,
        risk_factors=p.risk,
        hbv_status=p.hbv_status,
    )

    def admit(repo: Repository, state: dict[str, Any]) -> None:
        episode_id = repo.patients.admit(patient, "nurse", admitted_at=admitted)
        state["episodes"][p.bed] = episode_id
        # As the admission service does (clinical-rules §10): the diagnosis sets the protocol.
        repo.judgements.set_episode_protocol(
            EpisodeProtocol(episode_id, protocol_for_diagnosis(p.diagnosis), "diagnosis", admitted),
            "nurse",
        )

    events = [_Event(admitted, 0, admit)]
    doses = _doses(p, infusion, admitted, now)
    for t, dose in doses:
        who = "doctor" if dose.drug in ("tocilizumab", "methylprednisolone") else "nurse"
        events.append(
            _Event(
                t + timedelta(minutes=rng.randint(3, 15)),
                1,
                _save(p.bed, [("medication", dose)], sign=who == "doctor", user=who),
            )
        )
    toci = [t for t, d in doses if d.drug == "tocilizumab"]
    weight = p.weight_kg
    slot = admitted.replace(minute=0) + timedelta(hours=1)
    late_done = False
    while slot <= now - timedelta(minutes=15):
        hour = (slot - infusion).total_seconds() / 3600
        crs, icans = grade_at(p.crs, hour), grade_at(p.icans, hour)
        shift_slot = slot.hour in (6, 14, 22)
        items: list = []
        if slot.hour % 4 == 2 or crs >= 2:
            seen = slot + timedelta(minutes=rng.randint(0, 9))
            masked = crs >= 2 and any(t <= seen for t in toci)
            items.append(("vitals", _vitals(p, seen, crs, masked, rng)))
        if shift_slot or (icans >= 1 and slot.hour % 4 == 2):
            items.append(("neuro", _neuro(p, slot + timedelta(minutes=12), icans, rng)))
        if shift_slot:
            lines = _fluids(p, slot + timedelta(minutes=20), crs, rng)
            items += [(f"fluids[{i}]", f) for i, f in enumerate(lines)]
        if slot.hour == 6:
            weight += (0.35 if crs >= 2 else -0.05) + rng.uniform(-0.15, 0.15)
            weight = max(weight, p.weight_kg - 1.5)
            items.append(
                ("weight", WeightMeasurement(slot + timedelta(minutes=5), round(weight, 1)))
            )
            labs = _labs(p, slot, hour, rng)
            events.append(
                _Event(
                    slot + timedelta(minutes=95),
                    2,
                    _save(p.bed, [(f"labs[{i}]", x) for i, x in enumerate(labs)]),
                )
            )
        if items:
            delay = timedelta(minutes=rng.randint(20, 26) if shift_slot else rng.randint(2, 9))
            if (
                p.bed == "02"
                and not late_done
                and slot.hour == 18
                and slot >= now - timedelta(hours=30)
            ):
                delay, late_done = timedelta(minutes=150), True  # a late entry
            key = f"{p.bed}@{slot.isoformat()}"
            events.append(_Event(slot + delay, 3, _save(p.bed, items, sign=shift_slot, key=key)))
        slot += timedelta(hours=1)
    events += _corrections(p, now)
    return events


def _doses(
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


def _vitals(p: DemoPatient, t: datetime, crs: int, masked: bool, rng: random.Random) -> VitalSigns:
    u = rng.uniform
    child = p.age < 12
    sbp = round(u(96, 112) if child else u(108, 134))
    temp = u(36.4, 37.3)
    hr = round(u(85, 105) if child else u(68, 92))
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


def _neuro(p: DemoPatient, t: datetime, grade: int, rng: random.Random) -> NeuroAssessment:
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


def _fluids(p: DemoPatient, t: datetime, crs: int, rng: random.Random) -> list[FluidEntry]:
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


def _labs(p: DemoPatient, t: datetime, hour: float, rng: random.Random) -> list[LabResult]:
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
    if int(day) in (-3, 7, 14, 21, 28) or (p.low_igg and int(day) == 13):
        igg = (3.2 if p.low_igg else 7.5) - max(day, 0) * 0.03
        labs.append(LabResult(t, "igg", round(max(igg, 2.5), 1), "g/L"))
    return labs


def _corrections(p: DemoPatient, now: datetime) -> list[_Event]:
    """An amended urine line (bed 04), an amended temperature (bed 02), a withdrawn line (11)."""
    slot = (now - timedelta(days=1)).replace(hour=14, minute=0, second=0)
    key = f"{p.bed}@{slot.isoformat()}"

    def amend_urine(repo: Repository, state: dict[str, Any]) -> None:
        rid = state["ids"][key]["fluids[2]"]
        old = repo.charting.get_record(rid)
        repo.charting.amend(
            rid,
            replace(old, volume_ml=old.volume_ml + 100),
            "nurse",
            "复核尿量后更正：原录入少记 100 mL",
        )

    def amend_temp(repo: Repository, state: dict[str, Any]) -> None:
        rid = state["ids"][key]["vitals"]
        old = repo.charting.get_record(rid)
        repo.charting.amend(
            rid,
            replace(old, temp_c=round(old.temp_c + 0.4, 1)),
            "nurse",
            "体温读数抄错，复核后更正",
        )

    def withdraw(repo: Repository, state: dict[str, Any]) -> None:
        rid = state["ids"][key]["fluids[1]"]
        repo.charting.mark_entered_in_error(rid, "nurse", "录入到错误的患者")

    action = {"04": amend_urine, "02": amend_temp, "11": withdraw}.get(p.bed)
    return [_Event(slot + timedelta(minutes=50), 4, action)] if action else []


def _tasks_and_acks(repo: Repository, state: dict[str, Any], now: datetime) -> None:
    episodes = state["episodes"]
    for bed, episode_id in episodes.items():
        crs_hourly = bed in ("01", "03", "06")
        repo.worklist.add_task(
            episode_id,
            "vitals",
            now.replace(minute=0) + timedelta(hours=1 if crs_hourly else 2),
            "nurse",
        )
        repo.worklist.add_task(
            episode_id, "neuro", now.replace(minute=0) + timedelta(hours=3), "nurse"
        )
    repo.worklist.add_task(
        episodes["06"], "labs", now - timedelta(hours=2), "doctor", note="IL-6、铁蛋白复查"
    )
    repo.worklist.add_task(episodes["03"], "weight", now - timedelta(hours=3), "nurse")
    done = repo.worklist.add_task(
        episodes["09"], "labs", now - timedelta(hours=5), "doctor", note="IgG"
    )
    repo.worklist.close_task(done, "nurse")
    repo.acks.acknowledge_alert(
        episodes["06"], "icu_transfer_suggested", "doctor", note="已联系 ICU 会诊"
    )
    repo.acks.acknowledge_alert(episodes["09"], "ivig_suggested", "doctor", note="已申请 IVIG")
