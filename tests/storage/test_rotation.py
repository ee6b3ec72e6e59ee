"""Backups that last: tiered rotation, a second location with the same checks, failures audited."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cart_bedside.storage import Repository, backup_now, open_database, verify_backup
from cart_bedside.storage.backup import SECOND_LOCATION_KEY
from cart_bedside.storage.rotation import KEEP_NEWEST, stamp_of, to_keep

NOW = datetime(2026, 11, 3, 8, 0)


def _names(times: list[datetime]) -> list[Path]:
    return [Path(f"ward-{t.strftime('%Y%m%d-%H%M%S-%f')}.db") for t in times]


def test_every_two_hours_for_two_years_keeps_shifts_days_and_months():
    times = [NOW - timedelta(hours=2 * i) for i in range(24 * 365)]
    kept = sorted((stamp_of(p) for p in to_keep(_names(times), NOW)), reverse=True)
    recent = [t for t in kept if NOW - t <= timedelta(days=3)]
    daily = [t for t in kept if timedelta(days=3) < NOW - t <= timedelta(days=30)]
    monthly = [t for t in kept if timedelta(days=30) < NOW - t <= timedelta(days=365)]
    slots = {(t.date(), t.hour // 8) for t in recent}
    assert len(slots) >= len(recent) - (KEEP_NEWEST - 1)  # one per shift slot, + the newest
    assert 9 <= len(recent) <= 3 * 3 + 1 + KEEP_NEWEST
    assert len(daily) == len({t.date() for t in daily}) and 26 <= len(daily) <= 28
    assert len(monthly) == len({(t.year, t.month) for t in monthly}) and 11 <= len(monthly) <= 13
    assert all(NOW - t <= timedelta(days=365) for t in kept)  # nothing older than a year
    assert kept[0] == NOW


@pytest.mark.parametrize(
    ("ages_h", "kept_h"),
    [
        ([0, 1, 2, 3, 4], [0, 1, 2]),  # one shift slot: the newest three
        ([0, 9, 17, 25], [0, 9, 17, 25]),  # four shift slots
        ([0, 100, 101, 150], [0, 100, 150]),  # days 4 and 6: the newest of day 4 (hour 100)
        ([0, 24 * 40, 24 * 41, 24 * 400], [0, 24 * 40]),  # a month (newest); over a year: gone
    ],
)
def test_tier_boundaries(ages_h, kept_h):
    paths = _names([NOW - timedelta(hours=h) for h in ages_h])
    kept = {round((NOW - stamp_of(p)).total_seconds() / 3600) for p in to_keep(paths, NOW)}
    assert kept == set(kept_h) | set(ages_h[:KEEP_NEWEST])


def test_frequent_restarts_no_longer_push_out_older_backups(db_path, tmp_path):
    path, _ = db_path
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [
        folder / p.name
        for p in _names([datetime.now() - timedelta(days=d, hours=1) for d in (5, 12, 60)])
    ]
    for p in old:
        p.write_bytes(b"")  # older backups (content irrelevant to rotation)
    for _ in range(20):  # twenty restarts in a row
        backup_now(path, folder)
    left = {p.name for p in folder.iterdir()}
    assert {p.name for p in old} <= left
    assert len(left) == len(old) + KEEP_NEWEST


def _replaced(path: Path, age: timedelta) -> Path:
    return path.with_name(f"ward.replaced-{datetime.now() - age:%Y%m%d-%H%M%S-%f}.db")


def test_replaced_copies_expire_by_the_same_rule(db_path):
    path, _ = db_path
    year_old = _replaced(path, timedelta(days=400))
    recent = [_replaced(path, timedelta(days=2, hours=9 * i)) for i in range(KEEP_NEWEST)]
    for p in (year_old, *recent, Path(str(year_old) + "-wal")):
        p.write_bytes(b"x")
    result = backup_now(path, path.parent / "backups")
    assert not year_old.exists() and not Path(str(year_old) + "-wal").exists()
    assert all(p.exists() for p in recent) and year_old in result.removed


def test_a_second_location_gets_the_same_checked_backup(db_path, tmp_path):
    path, _ = db_path
    usb = tmp_path / "usb"
    usb.mkdir()
    db = open_database(path)
    Repository(db).ward_settings.set_setting(SECOND_LOCATION_KEY, str(usb), "admin")
    db.conn.close()
    result = backup_now(path, tmp_path / "backups")
    assert result.mirror is not None and result.mirror.parent == usb and result.mirror_error is None
    first, second = verify_backup(result.path), verify_backup(result.mirror)
    assert second["audit_log"] == first["audit_log"] + 1  # the first backup's own entry
    assert {k: v for k, v in second.items() if k != "audit_log"} == {
        k: v for k, v in first.items() if k != "audit_log"
    }


def test_a_failing_second_location_is_audited_and_the_first_backup_kept(db_path, tmp_path):
    path, _ = db_path
    db = open_database(path)
    Repository(db).ward_settings.set_setting(SECOND_LOCATION_KEY, "/sys/no-usb-here", "admin")
    db.conn.close()
    result = backup_now(path, tmp_path / "backups")
    assert result.path.exists() and result.mirror is None and result.mirror_error
    conn = sqlite3.connect(path)
    details = [
        json.loads(r[0])
        for r in conn.execute("SELECT details FROM audit_log WHERE action = 'backup' ORDER BY seq")
    ]
    conn.close()
    assert details[-1]["failed"] is True and details[-1]["path"].startswith("/sys/no-usb-here")


def test_a_failing_backup_is_audited_and_raised(db_path):
    path, _ = db_path
    with pytest.raises(OSError):
        backup_now(path, "/sys/backups-here")
    conn = sqlite3.connect(path)
    (details,) = conn.execute(
        "SELECT details FROM audit_log WHERE action = 'backup' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    conn.close()
    assert json.loads(details)["failed"] is True
