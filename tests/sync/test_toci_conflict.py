"""A tocilizumab dose corrected on two offline tablets, resolved by a physician on the
workstation: the kept dose is checked against the limits on the merged ledger (the other
tablet's doses counted, the conflict's own versions left out), exactly like recording a
dose — refused with the limits and the next allowed time, or stored with the physician's
override reason and a ``sign`` audit event (issue 14). Real tablets on SQLite files, one
real ward server on a real PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import PermissionDenied, RecordService
from cart_bedside.service.errors import DoseLimitError
from cart_bedside.service.sync_marks import SyncMarksService
from tests.storage.conftest import NOW, Clock, admit
from tests.sync.tablets import Tablet, sync_all

PIN = "1111"  # tests.storage.conftest.add_staff
LATER = NOW + timedelta(hours=12)  # the devices' clock: every dose below is in the past


@pytest.fixture
def devices(live_ward, tmp_path):
    """Tablets a and b and a workstation w, enrolled on one server, each with a physician
    signed in."""
    server, url = live_ward
    out = {}
    for name in ("a", "b", "w"):
        out[name] = Tablet(tmp_path / f"{name}.db", Clock(LATER))
        out[name].enroll(server, url, "workstation" if name == "w" else "tablet")
    yield out
    for device in out.values():
        device.close()


def toci_conflict(devices) -> tuple[str, dict[str, RecordService]]:
    """Dose X at NOW charted on A and synced; offline, A moves X to NOW+1 h and B to
    NOW−1 h, and B gives dose Z at NOW+8.5 h (9.5 h after its X); then everyone syncs."""
    a, b, w = devices.values()
    episode = admit(a.repo, bed="31")
    sync_all([a, b, w], rounds=1)
    record = {}
    for name, device in devices.items():
        device.ward.sign_in("doctor", PIN)
        record[name] = RecordService(device.ward)
    x = (
        record["a"]
        .medications.record_dose(episode, "tocilizumab", 560, NOW, "IV", "doctor", pin=PIN)
        .dose
    )
    sync_all([a, b, w], rounds=1)
    x_id = a.repo.queries.medications(episode)[0].meta.id
    record["a"].history.amend(episode, x_id, replace(x, time=NOW + timedelta(hours=1)), "on A")
    record["b"].history.amend(episode, x_id, replace(x, time=NOW - timedelta(hours=1)), "on B")
    record["b"].medications.record_dose(
        episode, "tocilizumab", 560, NOW + timedelta(hours=8.5), "IV", "doctor", pin=PIN
    )
    sync_all([a, b, w], rounds=2)
    return episode, record


def test_a_kept_dose_is_checked_on_the_merged_ledger(devices):
    episode, record = toci_conflict(devices)
    w = devices["w"]
    (view,) = SyncMarksService(w.ward).conflicts(episode)
    on_a, on_b = sorted(view.versions, key=lambda v: v.time, reverse=True)
    assert (on_a.time, on_b.time) == (NOW + timedelta(hours=1), NOW - timedelta(hours=1))
    cosigning = record["w"].cosigning
    ids = view.current_ids

    # B's time: 9.5 h before B's dose Z — within every limit, resolved without an override
    assert cosigning.check_resolution(episode, ids, on_b) == ()
    # A's time: 7.5 h before Z (given on the other tablet) — the interval is broken
    with pytest.raises(DoseLimitError) as refused:
        cosigning.resolve_conflict(episode, ids, on_a, "A's time is right", PIN)
    assert refused.value.broken == ("interval",)
    words = render(refused.value.message, "en")
    assert "8" in words and "h" in words, words  # the interval, and when the next is allowed
    assert render(refused.value.message, "zh_CN") != words
    assert len(w.repo.corrections.conflicts(episode)) == 1  # nothing stored
    # above the maximum single dose: refused naming the field, nothing stored
    with pytest.raises(ValidationError) as too_much:
        cosigning.resolve_conflict(episode, ids, replace(on_b, dose_mg=900), "typo", PIN)
    assert too_much.value.field == "medication.dose_mg"
    assert len(w.repo.corrections.conflicts(episode)) == 1

    # the physician's override path: kept with the reason, audited as an override
    saved = cosigning.resolve_conflict(
        episode, ids, on_a, "A's time is right", PIN, override_reason="CRS 4, agreed with ICU"
    )
    (rid,) = saved.ids.values()
    assert w.repo.corrections.conflicts(episode) == []
    kept = next(d for d in w.repo.queries.medications(episode) if d.meta.id == rid)
    assert kept.override_reason == "CRS 4, agreed with ICU"
    events = w.repo.store.rows(
        "SELECT reason, details FROM audit_log WHERE action = 'sign' AND record_id = ?", (rid,)
    )
    assert [e["reason"] for e in events] == ["dose limit overridden: CRS 4, agreed with ICU"]
    assert json.loads(events[0]["details"])["broken"] == ["interval"]

    sync_all([w, devices["a"], devices["b"]], rounds=2)
    for name, device in devices.items():
        assert device.repo.corrections.conflicts(episode) == [], name
        status = record[name].medications.tocilizumab_status(episode, at=LATER)
        assert status.ledger.doses == (NOW + timedelta(hours=1), NOW + timedelta(hours=8.5))


def test_a_kept_dose_within_the_limits_drops_an_old_override_and_a_nurse_cannot_resolve(
    devices,
):
    episode, record = toci_conflict(devices)
    w = devices["w"]
    (view,) = SyncMarksService(w.ward).conflicts(episode)
    on_b = min(view.versions, key=lambda v: v.time)
    stale_reason = replace(on_b, override_reason="kept from the version")
    w.ward.sign_out()
    w.ward.sign_in("nurse", PIN)
    with pytest.raises(PermissionDenied):
        record["w"].cosigning.resolve_conflict(
            episode, view.current_ids, on_b, "B's time is right", PIN
        )
    w.ward.sign_out()
    w.ward.sign_in("doctor", PIN)
    saved = record["w"].cosigning.resolve_conflict(
        episode, view.current_ids, stale_reason, "B's time is right", PIN, override_reason="x"
    )
    (rid,) = saved.ids.values()
    kept = next(d for d in w.repo.queries.medications(episode) if d.meta.id == rid)
    assert kept.time == NOW - timedelta(hours=1)
    assert kept.override_reason is None  # nothing broken: no override stored
    assert not w.repo.store.rows(
        "SELECT 1 FROM audit_log WHERE action = 'sign' AND record_id = ?", (rid,)
    )
