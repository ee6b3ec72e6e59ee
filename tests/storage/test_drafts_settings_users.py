"""Drafts survive reopening; users and ward settings change only with an audit entry."""

from __future__ import annotations

import re

import pytest

from cart_bedside.logic.validation import ValidationError
from cart_bedside.storage import Repository, StorageError, open_database
from cart_bedside.storage.auth import hash_pin, pin_salt, verify_pin


def test_drafts_survive_reopening(db_path, clock):
    path, episode = db_path
    db = open_database(path)
    repo = Repository(db, clock=clock)
    repo.drafts.save_draft(
        "nurse", "shift_entry", {"temp_c": "38", "fluids": [{"ml": 250}]}, episode
    )
    repo.drafts.save_draft(
        "nurse", "shift_entry", {"temp_c": "38.6", "fluids": [{"ml": 250}]}, episode
    )
    repo.drafts.save_draft("nurse", "admission", {"name": "新患者"})
    db.conn.close()  # the tablet is switched off

    db = open_database(path)
    repo = Repository(db, clock=clock)
    assert repo.drafts.load_draft("nurse", "shift_entry", episode) == {
        "temp_c": "38.6",
        "fluids": [{"ml": 250}],
    }
    assert repo.drafts.load_draft("nurse", "admission") == {"name": "新患者"}
    assert repo.drafts.load_draft("doctor", "shift_entry", episode) is None
    assert sorted(f for _, f, _ in repo.drafts.list_drafts("nurse")) == ["admission", "shift_entry"]
    repo.drafts.delete_draft("nurse", "shift_entry", episode)
    assert repo.drafts.load_draft("nurse", "shift_entry", episode) is None
    db.conn.close()


def test_users(repo):
    user = repo.people.get_user("nurse")
    assert (user.display_name, user.role, user.active) == ("王丽", "nurse", True)
    assert verify_pin("1111", user.pin_hash)
    assert "1111" not in repr(user)
    admin = repo.people.create_user("admin", "管理员", "admin", "9000", actor="system")
    assert verify_pin("9000", admin.pin_hash) and not verify_pin("9001", admin.pin_hash)
    with pytest.raises(StorageError):
        repo.people.create_user("admin", "again", "admin", "9000", actor="system")
    with pytest.raises(ValidationError):
        repo.people.create_user("x", "x", "surgeon", "9000", actor="admin")
    with pytest.raises(ValidationError):
        repo.people.create_user("y", "y", "nurse", "12", actor="admin")
    repo.people.deactivate_user("admin", "nurse", "left")
    assert [u.username for u in repo.people.list_users()] == ["doctor", "nurse"]
    assert len(repo.people.list_users(include_inactive=True)) == 3
    (entry,) = repo.audit_log.audit_entries(action="user_update")
    assert entry.details.pop("state").count(":") == 1  # the keyed hash of the new state
    assert entry.details == {"new": {"active": 0}, "old": {"active": 1}}
    assert entry.reason == "left"


def test_sign_in_state_and_pin_change_are_audited_without_the_hash(repo, clock):
    repo.people.update_user("nurse", "nurse", failed_attempts=3, locked_until=clock.t)
    assert repo.people.get_user("nurse").locked_until == clock.t
    repo.people.update_user("nurse", "admin", pin="2468")
    assert verify_pin("2468", repo.people.get_user("nurse").pin_hash)
    latest = repo.audit_log.audit_entries(action="user_update", limit=1)[0]
    # The state is only a keyed hash ("seq:hex"); the PIN itself is nowhere in the entry
    # (checking the hex for "2468" would fail by chance about once in a thousand runs).
    state = latest.details.pop("state")
    assert re.fullmatch(r"[^:]+:[0-9a-f]{32,}", state), state
    assert latest.details == {"new": {}, "old": {}, "pin_changed": True}
    assert "2468" not in str(latest.details) and "2468" not in (latest.reason or "")
    with pytest.raises(ValidationError):
        repo.people.update_user("nurse", "admin", pin_hash="forged")


def test_settings_changes_are_audited_with_old_and_new(repo):
    assert repo.ward_settings.get_setting("protocol", "tci-1203-2025") == "tci-1203-2025"
    repo.ward_settings.set_setting("protocol", "mm-2022", "doctor", reason="ward policy")
    repo.ward_settings.set_setting("protocol", "review-astct", "doctor")
    repo.ward_settings.set_setting("shifts", ["08:00", "20:00"], "doctor")
    assert repo.ward_settings.settings() == {
        "protocol": "review-astct",
        "shifts": ["08:00", "20:00"],
    }
    entries = repo.audit_log.audit_entries(record_id="protocol")
    assert [(e.details["old"], e.details["new"]) for e in entries] == [
        ("mm-2022", "review-astct"),
        (None, "mm-2022"),
    ]


def test_pin_hash_is_salted():
    a, b = hash_pin("1234"), hash_pin("1234")
    assert a != b and pin_salt(a) != pin_salt(b)
    assert verify_pin("1234", a) and verify_pin("1234", b)
    assert not verify_pin("1234", None) and not verify_pin("1234", "garbage")
