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
    Patient,
    WeightMeasurement,
)
from ..logic.patient_protocol import protocol_for_diagnosis
from . import demo_records as made
from .db import Database, transaction
from .demo_patients import DEMO_PATIENTS, DEMO_PIN_HASHES, DEMO_USERS, DemoPatient, grade_at
from .ids import seeded_ids
from .opening import open_database
from .repository import Repository
from .types import EpisodeProtocol


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
    doses = made.doses(p, infusion, admitted, now)
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
            items.append(("vitals", made.vitals(p, seen, crs, masked, rng)))
        if shift_slot or (icans >= 1 and slot.hour % 4 == 2):
            items.append(("neuro", made.neuro(p, slot + timedelta(minutes=12), icans, rng)))
        if shift_slot:
            lines = made.fluids(p, slot + timedelta(minutes=20), crs, rng)
            items += [(f"fluids[{i}]", f) for i, f in enumerate(lines)]
        if slot.hour == 6:
            weight += (0.35 if crs >= 2 else -0.05) + rng.uniform(-0.15, 0.15)
            weight = max(weight, p.weight_kg - 1.5)
            items.append(
                ("weight", WeightMeasurement(slot + timedelta(minutes=5), round(weight, 1)))
            )
            labs = made.labs(p, slot, hour, rng)
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
    for dose in made.prophylaxis(p, infusion, admitted, now):  # after the loop: rng untouched
        events.append(
            _Event(dose.time + timedelta(minutes=6), 1, _save(p.bed, [("medication", dose)]))
        )
    events += _corrections(p, now)
    return events


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
