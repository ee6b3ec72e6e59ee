"""The demo ward: realistic, complete, deterministic, and graded as designed."""

from __future__ import annotations

import inspect
import re
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from sqlite_utils import Database

from cart_bedside.logic.timeutil import is_late_entry, study_day
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.auth import verify_pin
from cart_bedside.storage.demo import create_demo_ward
from cart_bedside.storage.demo_patients import DEMO_USERS
from cart_bedside.storage.demo_scale import create_scale_db

DEMO_NOW = datetime(2026, 11, 23, 14, 37)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def ward():
    db = Database(memory=True)
    summary = create_demo_ward(db, DEMO_NOW)
    repo = Repository(db, clock=lambda: DEMO_NOW)
    patients = repo.patients.list_patients()
    timelines = {p.bed: repo.queries.timeline(p.id) for p in patients}
    return repo, summary, patients, timelines


def test_twelve_occupied_beds_from_d_minus_3_to_d_plus_28(ward):
    repo, summary, patients, _ = ward
    assert summary.beds == len(patients) == 12
    days = sorted(study_day(DEMO_NOW, p.infusion_time) for p in patients)
    assert days[0] == -3 and days[-1] == 28
    assert all(CJK.search(p.name) and p.mrn.startswith("DEMO") for p in patients)
    assert repo.audit_log.verify_audit_chain().ok


def test_special_patients(ward):
    _, _, patients, timelines = ward
    child = next(p for p in patients if p.age_years == 7)
    assert child.uses_capd
    assert timelines[child.bed].neuro and all(
        n.capd_scores is not None and n.total_ice is None for n in timelines[child.bed].neuro
    )
    assert any(p.diagnosis == "mm" and p.target == "BCMA" for p in patients)
    assert any(p.has("myasthenia_gravis") for p in patients)
    toci = {
        bed: sum(d.drug == "tocilizumab" for d in t.medications) for bed, t in timelines.items()
    }
    assert max(toci.values()) >= 2
    assert any(p.risk_factors != type(p.risk_factors)() for p in patients)


def test_late_entry_amendment_and_withdrawal(ward):
    repo, _, patients, timelines = ward
    everything = [
        r
        for t in timelines.values()
        for r in (*t.vitals, *t.neuro, *t.fluids, *t.labs, *t.medications)
    ]
    assert any(is_late_entry(r.time, r.meta.recorded_at) for r in everything)
    amended = [r for r in everything if r.meta.supersedes]
    assert len(amended) >= 2
    assert all(len(repo.charting.history(r.meta.id)) == 2 for r in amended)
    withdrawn = [
        f
        for p in patients
        for f in repo.queries.fluids(p.id, history=True)
        if f.meta.entered_in_error
    ]
    assert len(withdrawn) == 1


def test_charting_cadence(ward):
    _, _, patients, timelines = ward
    for p in patients:
        t = timelines[p.bed]
        gaps = [b.time - a.time for a, b in zip(t.vitals, t.vitals[1:], strict=False)]
        assert max(gaps) <= timedelta(hours=4, minutes=10), p.bed
        neuro_gaps = [b.time - a.time for a, b in zip(t.neuro, t.neuro[1:], strict=False)]
        assert max(neuro_gaps) <= timedelta(hours=8), p.bed
        shifts = defaultdict(int)
        for f in t.fluids:
            shifts[(f.time - timedelta(hours=8)).date(), (f.time.hour // 8)] += 1
        admitted_hours = (DEMO_NOW - t.fluids[0].time).total_seconds() / 3600
        assert len(shifts) >= int(admitted_hours // 8), p.bed
        assert sum(n < 3 for n in shifts.values()) <= 1  # one line was entered in error
        assert {lab.name for lab in t.labs} >= {"crp", "ferritin", "anc"}
        assert t.weights
    last_day = DEMO_NOW - timedelta(hours=20)
    crs4 = timelines["06"].vitals
    hourly = [v for v in crs4 if v.time >= last_day]
    assert len(hourly) >= 19  # hourly while CRS >= 2
    icans = [n for n in timelines["04"].neuro if n.time >= last_day]
    assert len(icans) >= 5  # every 4 h with ICANS
    all_labs = {lab.name for t in timelines.values() for lab in t.labs}
    assert all_labs >= {"crp", "ferritin", "il6", "anc", "igg"}


def test_demo_users_and_pins(ward):
    repo = ward[0]
    for username, _, role, pin in DEMO_USERS:
        user = repo.people.get_user(username)
        assert user.role == role and verify_pin(pin, user.pin_hash)


def test_demo_is_deterministic(ward):
    _, _, patients, timelines = ward
    db = Database(memory=True)
    create_demo_ward(db, DEMO_NOW)
    again = Repository(db, clock=lambda: DEMO_NOW)
    assert [p.name for p in again.patients.list_patients()] == [p.name for p in patients]
    assert (
        again.queries.timeline(again.patients.list_patients()[5].id).vitals
        == timelines["06"].vitals
    )


def _assess():
    try:
        from cart_bedside.logic.assessment import assess
    except ImportError:
        return None
    return assess


@pytest.mark.skipif(_assess() is None, reason="logic.assessment not available yet")
@pytest.mark.parametrize("hour", [0, 9, 23])
def test_demo_grades_span_crs_0_to_4_and_icans_0_to_3(hour):
    assess = _assess()
    now = DEMO_NOW.replace(hour=hour, minute=25)
    db = Database(memory=True)
    create_demo_ward(db, now)
    repo = Repository(db, clock=lambda: now)
    takes_infusion = "infusion_time" in inspect.signature(assess).parameters
    crs, icans = set(), set()
    for p in repo.patients.list_patients():
        t = repo.queries.timeline(p.id)
        extra = {"infusion_time": p.infusion_time} if takes_infusion else {}
        result = assess(
            p,
            vitals=t.vitals,
            neuro=t.neuro,
            medications=t.medications,
            labs=t.labs,
            at=now,
            **extra,
        )
        crs.add(result.crs.grade)
        icans.add(result.icans.grade)
    assert crs == {0, 1, 2, 3, 4}
    assert icans == {0, 1, 2, 3}


def test_scale_mode_small(tmp_path):
    path = tmp_path / "scale.db"
    summary = create_scale_db(path, years=0.1, beds=4, seed=7)
    assert summary.counts["vital_signs"] > 4 * 36 * 10
    db = open_database(path)
    repo = Repository(db)
    assert repo.audit_log.verify_audit_chain().ok
    board = repo.queries.ward_board(at=summary.now)
    assert len(board) == 4 and all(e.vitals for e in board)
    fresh = open_database(tmp_path / "fresh.db")

    def schema(d):
        return sorted(
            r[0] for r in d.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        )

    assert schema(db) == schema(fresh)  # indexes rebuilt exactly as the migrations made them
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM vital_signs")
    conn.close()
    db.conn.close()
    fresh.conn.close()


def test_throw_away_demo_database(tmp_path):
    from cart_bedside.storage.demo import open_demo_database

    db, path = open_demo_database(DEMO_NOW, folder=tmp_path)
    assert path.parent == tmp_path and path.exists()
    assert len(Repository(db).patients.list_patients(at=DEMO_NOW)) == 12
    db.conn.close()


def test_precomputed_demo_pin_hashes_match_the_pins():
    from cart_bedside.storage.auth import verify_pin
    from cart_bedside.storage.demo_patients import DEMO_PIN_HASHES, DEMO_USERS

    for _, _, _, pin in DEMO_USERS:
        assert verify_pin(pin, DEMO_PIN_HASHES[pin])
        assert not verify_pin("0000", DEMO_PIN_HASHES[pin])
