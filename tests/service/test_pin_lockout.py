"""Every PIN prompt counts towards one lockout, in one transaction (issue 11 item 4).

Real SQLite files: parallel tries from threads and from processes, each with
its own connection, never get more than five wrong PINs in.
"""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from datetime import timedelta

import pytest

from cart_bedside.logic.models import VitalSigns
from cart_bedside.service import RecordService, WardService
from cart_bedside.service.ward import MAX_FAILED_PINS, SignInError
from cart_bedside.storage import Repository, open_database
from tests.demo_ward import PINS

WRONG = "0000"


def wrong_pin_tries(repo, username):
    return [
        e
        for e in repo.audit_log.audit_entries(action="sign_in_failed", actor=username)
        if (e.reason or "").endswith("wrong PIN")
    ]


def _hammer(path, username, tries, barrier, results):
    db = open_database(path, check=False, migrate=False)
    service = WardService(Repository(db, upgrade=False))
    barrier.wait()
    for _ in range(tries):
        try:
            service.sign_in(username, WRONG)
        except SignInError as error:
            results.append(error.reason)
    db.conn.close()


def test_parallel_threads_never_get_more_than_five_wrong_pins(demo_template, tmp_path):
    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)
    threads, tries = 8, 4
    barrier = threading.Barrier(threads)
    results: list[str] = []
    workers = [
        threading.Thread(target=_hammer, args=(path, "nurse", tries, barrier, results))
        for _ in range(threads)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert len(results) == threads * tries
    assert results.count("wrong_pin") == MAX_FAILED_PINS - 1  # the fifth one locks
    assert results.count("locked") == threads * tries - (MAX_FAILED_PINS - 1)
    db = open_database(path)
    repo = Repository(db)
    assert len(wrong_pin_tries(repo, "nurse")) == MAX_FAILED_PINS
    assert repo.people.get_user("nurse").locked_until is not None
    with pytest.raises(SignInError) as refused:  # even the right PIN, while locked
        WardService(repo).sign_in("nurse", PINS["nurse"])
    assert refused.value.reason == "locked"
    db.conn.close()


def _process(path, tries, barrier, queue):
    results: list[str] = []
    _hammer(path, "doctor", tries, barrier, results)
    queue.put(results)


def test_parallel_processes_never_get_more_than_five_wrong_pins(demo_template, tmp_path):
    path = tmp_path / "ward.db"
    shutil.copy(demo_template, path)
    ctx = multiprocessing.get_context("fork")
    procs, tries = 4, 4
    barrier, queue = ctx.Barrier(procs), ctx.Queue()
    workers = [
        ctx.Process(target=_process, args=(path, tries, barrier, queue)) for _ in range(procs)
    ]
    for w in workers:
        w.start()
    results = [r for _ in workers for r in queue.get(timeout=120)]
    for w in workers:
        w.join(timeout=30)
    assert results.count("wrong_pin") == MAX_FAILED_PINS - 1
    db = open_database(path)
    assert len(wrong_pin_tries(Repository(db), "doctor")) == MAX_FAILED_PINS
    db.conn.close()


@pytest.fixture
def nurse(service):
    service.sign_in("nurse", PINS["nurse"])
    return service


def an_episode(service):
    return service.occupied()[0][1].episode_id


def test_signature_brute_force_locks_after_five(nurse, clock):
    ep = an_episode(nurse)
    before = len(nurse.repo.queries.vitals(ep))
    vitals = VitalSigns(clock.t, temp_c=37.0)
    reasons = []
    for _ in range(MAX_FAILED_PINS):
        with pytest.raises(SignInError) as error:
            nurse.save_shift_entry(ep, WRONG, vitals=vitals)
        reasons.append((error.value.reason, error.value.message.params.get("left")))
    assert reasons == [
        ("wrong_pin", 4),
        ("wrong_pin", 3),
        ("wrong_pin", 2),
        ("wrong_pin", 1),
        ("locked", None),
    ]
    with pytest.raises(SignInError) as locked:  # the right PIN no longer signs
        nurse.save_shift_entry(ep, PINS["nurse"], vitals=vitals)
    assert locked.value.reason == "locked"
    assert len(nurse.repo.queries.vitals(ep)) == before
    with pytest.raises(SignInError):
        WardService(nurse.repo, clock=clock).sign_in("nurse", PINS["nurse"])
    clock.t += timedelta(minutes=16)  # the lockout ends
    nurse.save_shift_entry(ep, PINS["nurse"], vitals=VitalSigns(clock.t, temp_c=37.0))
    assert len(nurse.repo.queries.vitals(ep)) == before + 1


def test_cosign_and_sign_in_share_one_count(service, clock):
    service.sign_in("doctor", PINS["doctor"])
    records = RecordService(service)
    ep = an_episode(service)
    for _ in range(3):
        with pytest.raises(SignInError):
            records.cosigning.cosign(ep, WRONG)
    other = WardService(service.repo, clock=clock)
    with pytest.raises(SignInError) as fourth:
        other.sign_in("doctor", WRONG)
    assert fourth.value.message.params["left"] == 1
    with pytest.raises(SignInError) as fifth:
        records.cosigning.cosign(ep, WRONG)
    assert fifth.value.reason == "locked"
    assert len(wrong_pin_tries(service.repo, "doctor")) == 5


def test_a_right_pin_resets_the_count(nurse):
    ep = an_episode(nurse)
    for _ in range(MAX_FAILED_PINS - 1):
        with pytest.raises(SignInError):
            nurse.verify_signature(WRONG, ep)
    nurse.verify_signature(PINS["nurse"], ep)
    assert nurse.repo.people.get_user("nurse").failed_attempts == 0
    with pytest.raises(SignInError) as again:
        nurse.verify_signature(WRONG, ep)
    assert again.value.message.params["left"] == MAX_FAILED_PINS - 1


@pytest.mark.parametrize("module", ["sqlite3", "sqlcipher3.dbapi2"])
def test_a_full_disk_is_named_for_plain_and_encrypted_databases(module):
    import importlib

    from cart_bedside.service.errors import save_failure

    errors = importlib.import_module(module)
    assert save_failure(errors.OperationalError("database or disk is full")).kind == "full"
    assert save_failure(errors.OperationalError("database is locked")).kind == "busy"
