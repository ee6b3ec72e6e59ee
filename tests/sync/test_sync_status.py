"""The sync status a device shows (SYNC-INTERFACES.md §1): levels at their boundaries,
read from the device-local keys the sync client writes, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cart_bedside.service.sync_status import (
    NOT_ENROLLED,
    STALE_AMBER_MIN,
    STALE_RED_MIN,
    SyncStatus,
)
from cart_bedside.storage import sync_state

NOW = datetime(2026, 12, 6, 14, 0, tzinfo=UTC)


def _status(last_ok: datetime | None) -> SyncStatus:
    return SyncStatus(True, "tablet", "https://ward:8443", "dev-1", last_ok, None, None, 0)


@pytest.mark.parametrize(
    ("minutes_ago", "level"),
    [
        (0, "ok"),
        (STALE_AMBER_MIN, "ok"),
        (STALE_AMBER_MIN + 0.01, "amber"),
        (STALE_RED_MIN, "amber"),
        (STALE_RED_MIN + 0.01, "red"),
        (60 * 24, "red"),
    ],
)
def test_level_boundaries(minutes_ago, level):
    status = _status(NOW - timedelta(minutes=minutes_ago))
    assert status.level(NOW) == level
    assert status.minutes_since_ok(NOW) == pytest.approx(minutes_ago)


def test_never_synced_is_red_and_not_enrolled_has_no_level():
    assert _status(None).level(NOW) == "red"
    assert _status(None).minutes_since_ok(NOW) is None
    assert NOT_ENROLLED.level(NOW) is None


def test_a_naive_now_is_local_time_and_other_offsets_compare_as_instants():
    last = datetime(2026, 12, 6, 22, 0, tzinfo=timezone(timedelta(hours=8)))  # 14:00 UTC
    assert _status(last).minutes_since_ok(NOW + timedelta(minutes=3)) == pytest.approx(3)
    local_now = (NOW + timedelta(minutes=1)).astimezone().replace(tzinfo=None)
    assert _status(NOW).minutes_since_ok(local_now) == pytest.approx(1)


def test_ward_service_reads_the_device_local_keys(service):
    assert service.sync_status() == NOT_ENROLLED
    store = service.repo.store
    error = {"code": "sync.error.unreachable", "params": {"server": "https://w", "detail": "x"}}
    sync_state.save(
        store,
        {
            "server_url": "https://ward:8443",
            "device_id": "dev-1",
            "role": "workstation",
            "last_ok_at": "2026-12-06T13:58:00+00:00",
            "last_error": json.dumps(error),
            "last_error_at": "2026-12-06T13:59:30+00:00",
        },
    )
    status = service.sync_status()
    assert status.enrolled and status.role == "workstation" and status.device_id == "dev-1"
    assert status.last_ok_at == datetime(2026, 12, 6, 13, 58, tzinfo=UTC)
    assert status.last_error_at == datetime(2026, 12, 6, 13, 59, 30, tzinfo=UTC)
    assert status.last_error is not None and "https://w" in status.last_error
    assert "\n" not in status.last_error
    assert status.level(NOW) == "ok"
    # Every audit entry counts as pending until the server acknowledges it.
    count = store.one("SELECT count(*) AS n FROM audit_log")["n"]
    assert status.pending_rows == count > 0
    sync_state.save(store, {"audit_acked": count, "last_error": None})
    after = service.sync_status()
    assert after.pending_rows == 0 and after.last_error is None and after.last_error_at is None
