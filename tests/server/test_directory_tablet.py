"""The directory end to end: a tablet's users and settings seed an empty ward server, an
admin edits them there with their PIN, and another tablet's cache (real SQLite, real
storage) applies the server's copy: the new user signs in offline, lock-out counters
stay, every change is audited and ``verify`` holds."""

from __future__ import annotations

import json
import shutil

import psycopg
import pytest
from fastapi.testclient import TestClient

from cart_bedside.server import store
from cart_bedside.server.app import ServerSettings, create_app
from cart_bedside.service import WardService
from cart_bedside.service.access import SignInError
from cart_bedside.storage import Repository, StorageError, open_database
from cart_bedside.storage.directory import apply_directory
from cart_bedside.storage.verify import verify_database

API = "/api/v1"


@pytest.fixture
def client(ward_url):
    with TestClient(create_app(ward_url, ServerSettings(pool_max=4))) as c:
        yield c


def tablet(demo_template, path, clock) -> tuple[WardService, Repository]:
    shutil.copy(demo_template, path)
    repo = Repository(open_database(path), clock=clock)
    return WardService(repo, clock=clock), repo


def enroll(client, url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), "tablet")
    token = client.post(f"{API}/enroll", json={"code": code}).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def seed_payload(repo: Repository) -> dict:
    users = [
        {
            "username": u.username,
            "display_name": u.display_name,
            "role": u.role,
            "pin_hash": u.pin_hash,
            "active": u.active,
        }
        for u in repo.people.list_users(include_inactive=True)
    ]
    return {"users": users, "settings": repo.ward_settings.settings()}


def test_seed_edit_apply_and_sign_in_offline(client, ward_url, demo_template, tmp_path, clock):
    _, first = tablet(demo_template, tmp_path / "a.db", clock)
    auth_a = enroll(client, ward_url)
    seeded = client.post(f"{API}/directory/seed", json=seed_payload(first), headers=auth_a)
    assert seeded.status_code == 200, seeded.text
    # The admin adds a night nurse and lowers the tocilizumab total, from tablet A.
    new = {"username": "night", "display_name": "赵夜班", "role": "nurse", "pin": "4826"}
    r = client.post(
        f"{API}/directory/users",
        json={"admin": "admin", "pin": "9000", "user": new},
        headers=auth_a,
    )
    assert r.status_code == 200, r.text
    r = client.post(
        f"{API}/directory/users",
        json={"admin": "admin", "pin": "9000", "user": {"username": "nurse2", "active": False}},
        headers=auth_a,
    )
    assert r.status_code == 200, r.text
    directory = r.json()

    service_b, second = tablet(demo_template, tmp_path / "b.db", clock)
    second.people.update_user("nurse", "admin", failed_attempts=3)  # this tablet's counter
    changed = apply_directory(second.store, directory)
    assert changed == 2  # night created, nurse2 deactivated; the rest already equal
    assert apply_directory(second.store, directory) == 0  # applied twice: nothing changes
    users = {u.username: u for u in second.people.list_users(include_inactive=True)}
    assert users["night"].role == "nurse" and users["nurse2"].active is False
    assert users["nurse"].failed_attempts == 3  # kept
    # Offline: the cached PIN hash signs the new nurse in, the deactivated one is refused.
    assert service_b.sign_in("night", "4826").username == "night"
    service_b.sign_out()
    with pytest.raises(SignInError) as refused:
        service_b.sign_in("nurse2", "2222")
    assert refused.value.args[0] == "inactive"
    entries = second.audit_log.audit_entries(actor="ward-server")
    assert {(e.action, e.record_id) for e in entries} == {
        ("user_create", "night"),
        ("user_update", "nurse2"),
    }
    assert all(e.reason == f"directory v{directory['version']}" for e in entries)
    assert verify_database(second.store.db).ok


def test_settings_from_the_server_and_a_bad_payload_changes_nothing(
    client, ward_url, demo_template, tmp_path, clock
):
    _, first = tablet(demo_template, tmp_path / "a.db", clock)
    auth = enroll(client, ward_url)
    client.post(f"{API}/directory/seed", json=seed_payload(first), headers=auth)
    limits = dict(first.ward_settings.get_setting("tocilizumab_limits") or {})
    limits["max_total"] = 3
    r = client.post(
        f"{API}/directory/settings",
        json={"admin": "admin", "pin": "9000", "settings": {"tocilizumab_limits": limits}},
        headers=auth,
    )
    assert r.status_code == 200, r.text
    _, second = tablet(demo_template, tmp_path / "b.db", clock)
    own = second.ward_settings.get_setting("backup.second_location")
    assert apply_directory(second.store, r.json()) == 1
    assert second.ward_settings.get_setting("tocilizumab_limits") == limits
    assert second.ward_settings.get_setting("backup.second_location") == own
    before = second.store.one("SELECT count(*) AS n FROM audit_log")["n"]
    broken = json.loads(json.dumps(r.json()))
    broken["users"][1]["role"] = "surgeon"
    broken["settings"]["tocilizumab_limits"] = {"max_total": 1}
    with pytest.raises(StorageError, match=r"users\[1\]\.role"):
        apply_directory(second.store, broken)
    assert second.ward_settings.get_setting("tocilizumab_limits") == limits
    assert second.store.one("SELECT count(*) AS n FROM audit_log")["n"] == before
    assert verify_database(second.store.db).ok
