"""Storage test fixtures: in-memory or tmp_path databases, a fixed clock, one admission."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlite_utils import Database

from cart_bedside.logic.models import (
    Consciousness,
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from cart_bedside.logic.observations import NotDone, NotDoneReason
from cart_bedside.storage import (
    EpisodeProtocol,
    PhysicianGradeRecord,
    Repository,
    open_database,
)
from cart_bedside.storage.auth import hash_pin
from cart_bedside.storage.receive import receive_rows

NOW = datetime(2026, 11, 3, 8, 0)
FAST_PIN_HASH = hash_pin("1111")  # scrypt is slow on purpose: hash once for all tests


class Clock:
    """A settable clock for the repository."""

    def __init__(self, t: datetime = NOW) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kwargs: float) -> None:
        self.t += timedelta(**kwargs)


def add_staff(repo: Repository) -> None:
    """A nurse and a physician (PIN hash precomputed)."""
    repo.people.create_user("nurse", "王丽", "nurse", None, actor="system", pin_hash=FAST_PIN_HASH)
    repo.people.create_user(
        "doctor", "刘医生", "physician", None, actor="system", pin_hash=FAST_PIN_HASH
    )


def admit(repo: Repository, bed: str = "01", age: float = 54, **kwargs: object) -> str:
    patient = Patient(
        age_years=age,
        weight_kg=70.0,
        name="测试患者",
        bed=bed,
        mrn="T001",
        infusion_time=NOW - timedelta(days=2),
        **kwargs,
    )  # type: ignore[arg-type]
    return repo.patients.admit(patient, "nurse", admitted_at=NOW - timedelta(days=6))


def vitals(t: datetime = NOW, **kwargs: object) -> VitalSigns:
    values = {"temp_c": 38.4, "hr": 104, "sbp": 112, "dbp": 70, "rr": 18, "spo2": 97.0} | kwargs
    return VitalSigns(t, **values)  # type: ignore[arg-type]


def neuro(t: datetime = NOW, score: int = 10) -> NeuroAssessment:
    return NeuroAssessment(t, ice_score=score, consciousness=Consciousness.ALERT)


def fluids(t: datetime = NOW, volumes: tuple[float, ...] = (500, 200, 650)) -> list[FluidEntry]:
    cats = (FluidCategory.IV_FLUIDS, FluidCategory.ORAL, FluidCategory.URINE, FluidCategory.STOOL)
    return [FluidEntry(t, cats[i % len(cats)], v) for i, v in enumerate(volumes)]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(clock: Clock) -> Repository:
    repository = Repository(Database(memory=True), clock=clock)
    add_staff(repository)
    return repository


@pytest.fixture
def episode(repo: Repository) -> str:
    return admit(repo)


@pytest.fixture
def db_path(tmp_path, clock: Clock):
    """A ward database file with one admission and a row in every clinical table.

    Returns (path, episode_id); the connection is closed.
    """
    path = tmp_path / "ward.db"
    db = open_database(path)
    repository = Repository(db, clock=clock)
    add_staff(repository)
    episode_id = admit(repository)
    repository.charting.save_shift_entry(
        episode_id,
        "nurse",
        vitals=vitals(),
        neuro=neuro(),
        fluids=fluids(),
        weight=WeightMeasurement(NOW, 70.2),
        signature_meaning="author",
    )
    repository.charting.save_records(
        episode_id,
        "doctor",
        [
            ("medication", MedicationDose(NOW, "tocilizumab", 560.0, "IV", "doctor", "nurse")),
            ("lab", LabResult(NOW, "crp", 86.0, "mg/L")),
        ],
    )
    repository.worklist.add_task(episode_id, "neuro", NOW + timedelta(hours=4), "nurse")
    repository.acks.acknowledge_alert(episode_id, "crs_suspected", "doctor")
    repository.judgements.set_episode_protocol(
        EpisodeProtocol(episode_id, "mm-2022", "physician", NOW, "myeloma"), "doctor"
    )
    repository.judgements.record_physician_grades(
        episode_id,
        [PhysicianGradeRecord(episode_id, "crs", 2, 1, NOW, "hypotension from bleeding")],
        "doctor",
    )
    repository.judgements.record_not_done(
        episode_id, NotDone(NOW, "ice", NotDoneReason.PATIENT_REFUSED), "nurse"
    )
    db.conn.close()
    return path, episode_id


def other_tablets_row(repo: Repository, table: str, record_id: str, **changes) -> dict:
    """A copy of a stored row as another tablet would have written it (new id, its device)."""
    row = dict(repo.store.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,)))
    return row | {"id": repo.store.new_id(), "device_id": "tablet-b"} | changes


def two_corrections_resolved(repo: Repository, episode_id: str) -> str:
    """A reading corrected here and (received) on another tablet, resolved by the doctor."""
    original = repo.charting.save_record(episode_id, vitals(hr=90), "nurse").ids["vitals"]
    mine = repo.charting.amend(original, vitals(hr=95), "nurse", "re-counted").ids["vitals"]
    theirs = other_tablets_row(
        repo, "vital_signs", mine, supersedes=original, hr=99, amend_reason="other count"
    )
    receive_rows(repo.store, [("vital_signs", theirs)])
    return repo.corrections.resolve(
        [mine, theirs["id"]], vitals(hr=97), "doctor", "counted again"
    ).ids["vitals"]
