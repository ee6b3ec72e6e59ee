"""The ward's directory on the server (users, roles, PIN hashes, settings) against a real
PostgreSQL: seeding once, admin edits checked with the admin's PIN, rate limits, the
ledger, and the rules that keep the ward an admin."""

from __future__ import annotations

import psycopg
import pytest
from fastapi.testclient import TestClient

from cart_bedside.server import ledger, store
from cart_bedside.server.app import ServerSettings, create_app
from cart_bedside.storage.auth import hash_pin, verify_pin

API = "/api/v1"


@pytest.fixture
def client(ward_url):
    app = create_app(ward_url, ServerSettings(max_auth_failures=8, max_pin_failures=3))
    with TestClient(app) as c:
        yield c


def enroll(client, url: str, role: str = "tablet") -> dict[str, str]:
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), role)
    r = client.post(f"{API}/enroll", json={"code": code})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


SEED = {
    "users": [
        {
            "username": "admin",
            "display_name": "Ward admin",
            "role": "admin",
            "pin_hash": hash_pin("2468"),
            "active": True,
        },
        {
            "username": "li.na",
            "display_name": "李娜",
            "role": "nurse",
            "pin_hash": hash_pin("1357"),
            "active": True,
        },
    ],
    "settings": {"ward.name": "7B", "tocilizumab.limits": {"max_total": 4}},
}


def seeded(client, url: str) -> dict[str, str]:
    auth = enroll(client, url)
    r = client.post(f"{API}/directory/seed", json=SEED, headers=auth)
    assert r.status_code == 200, r.text
    return auth


def test_seed_once_then_the_directory_is_the_servers(client, ward_url):
    auth = enroll(client, ward_url)
    empty = client.get(f"{API}/directory", headers=auth).json()
    assert empty == {"version": 0, "users": [], "settings": {}}
    r = client.post(f"{API}/directory/seed", json=SEED, headers=auth)
    assert r.status_code == 200
    body = r.json()
    assert body["version"] == 1 and [u["username"] for u in body["users"]] == ["admin", "li.na"]
    assert body["settings"] == SEED["settings"]
    nurse = next(u for u in body["users"] if u["username"] == "li.na")
    assert verify_pin("1357", nurse["pin_hash"]) and nurse["active"] is True
    again = client.post(f"{API}/directory/seed", json=SEED, headers=auth)
    assert again.status_code == 409 and again.json()["error"] == "directory_not_empty"
    # Another device of the ward sees the same directory.
    other = enroll(client, ward_url)
    assert client.get(f"{API}/directory", headers=other).json() == body


def test_a_workstation_cannot_seed_and_a_bad_seed_names_the_field(client, ward_url):
    station = enroll(client, ward_url, role="workstation")
    r = client.post(f"{API}/directory/seed", json=SEED, headers=station)
    assert r.status_code == 403 and r.json()["error"] == "workstation_cannot_seed"
    tablet = enroll(client, ward_url)
    bad = {"users": [{**SEED["users"][0], "pin_hash": "1234"}], "settings": {}}
    r = client.post(f"{API}/directory/seed", json=bad, headers=tablet)
    assert r.status_code == 422 and r.json()["field"] == "users[0].pin_hash"


def test_admin_edits_with_the_admins_pin_are_chained_in_the_ledger(client, ward_url):
    auth = seeded(client, ward_url)
    new = {"username": "wang.wei", "display_name": "王伟", "role": "physician", "pin": "8642"}
    r = client.post(
        f"{API}/directory/users", json={"admin": "admin", "pin": "2468", "user": new}, headers=auth
    )
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2
    made = next(u for u in r.json()["users"] if u["username"] == "wang.wei")
    assert made["role"] == "physician" and verify_pin("8642", made["pin_hash"])
    demote = {"username": "wang.wei", "role": "nurse", "active": False}
    r = client.post(
        f"{API}/directory/users",
        json={"admin": "admin", "pin": "2468", "user": demote, "reason": "left the ward"},
        headers=auth,
    )
    changed = next(u for u in r.json()["users"] if u["username"] == "wang.wei")
    assert (changed["role"], changed["active"], r.json()["version"]) == ("nurse", False, 3)
    r = client.post(
        f"{API}/directory/settings",
        json={
            "admin": "admin",
            "pin": "2468",
            "settings": {"tocilizumab.limits": {"max_total": 3}},
        },
        headers=auth,
    )
    assert r.status_code == 200 and r.json()["settings"]["tocilizumab.limits"] == {"max_total": 3}
    assert r.json()["version"] == 4
    same = client.post(
        f"{API}/directory/settings",
        json={"admin": "admin", "pin": "2468", "settings": {"ward.name": "7B"}},
        headers=auth,
    )
    assert same.json()["version"] == 4  # unchanged: nothing chained
    with psycopg.connect(ward_url) as conn:
        ward = store.ward_id(conn, "7B")
        assert ledger.verify_ledger(conn, ward) == (True, 4, None)
        entries = conn.execute(
            "SELECT actor, action, subject, details FROM ledger WHERE ward_id = %s ORDER BY seq",
            (ward,),
        ).fetchall()
        dump = conn.execute("SELECT string_agg(details, ' ') FROM ledger").fetchone()[0]
    assert [e[:3] for e in entries] == [
        (entries[0][0], "seed", "directory"),
        ("admin", "user_create", "wang.wei"),
        ("admin", "user_update", "wang.wei"),
        ("admin", "setting_change", "tocilizumab.limits"),
    ]
    assert "left the ward" in entries[2][3] and "8642" not in dump and "scrypt" not in dump
    with psycopg.connect(ward_url) as conn, pytest.raises(psycopg.Error, match="append-only"):
        conn.execute("UPDATE ledger SET actor = 'someone'")


def test_wrong_admin_pins_are_refused_counted_and_rate_limited(client, ward_url):
    auth = seeded(client, ward_url)
    edit = {"username": "li.na", "role": "admin"}
    for pin, who in (("0000", "admin"), ("1357", "li.na"), ("2468", "nobody")):
        r = client.post(
            f"{API}/directory/users", json={"admin": who, "pin": pin, "user": edit}, headers=auth
        )
        assert r.status_code == 403 and r.json()["error"] == "bad_admin_pin", who
    # Two more wrong PINs for the admin account: the third is the limit for that account.
    for _ in range(2):
        client.post(
            f"{API}/directory/users",
            json={"admin": "admin", "pin": "9999", "user": edit},
            headers=auth,
        )
    r = client.post(
        f"{API}/directory/users", json={"admin": "admin", "pin": "2468", "user": edit}, headers=auth
    )
    assert r.status_code == 429 and r.json()["error"] == "account_locked"
    body = client.get(f"{API}/directory", headers=auth).json()
    assert next(u for u in body["users"] if u["username"] == "li.na")["role"] == "nurse"
    assert body["version"] == 1
    # The address's failures count too: past max_auth_failures every request gets 429.
    for _ in range(3):
        client.post(
            f"{API}/directory/users",
            json={"admin": "li.na", "pin": "0000", "user": edit},
            headers=auth,
        )
    assert client.get(f"{API}/directory", headers=auth).status_code == 429


def test_the_ward_keeps_an_admin_and_bad_fields_are_named(client, ward_url):
    auth = seeded(client, ward_url)

    def edit(user: dict, pin: str = "2468", admin: str = "admin"):
        return client.post(
            f"{API}/directory/users", json={"admin": admin, "pin": pin, "user": user}, headers=auth
        )

    r = edit({"username": "admin", "role": "nurse"})
    assert r.status_code == 409 and r.json()["error"] == "own_account"
    r = edit({"username": "admin", "active": False})
    assert r.status_code == 409 and r.json()["error"] == "own_account"
    assert edit(
        {"username": "zhao", "display_name": "赵", "role": "admin", "pin": "4321"}
    ).is_success
    # Now zhao demotes admin, then cannot demote themself (the last admin).
    assert edit({"username": "admin", "role": "nurse"}, "4321", "zhao").status_code == 200
    r = edit({"username": "zhao", "role": "nurse"}, "4321", "zhao")
    assert r.status_code == 409 and r.json()["error"] == "own_account"
    for user, field in (
        ({"username": "x", "display_name": "X", "role": "surgeon", "pin": "1234"}, "user.role"),
        ({"username": "x", "display_name": "X", "role": "nurse", "pin": "12"}, "user.pin"),
        ({"username": "x", "display_name": "X", "role": "nurse"}, "user.pin"),
        ({"username": "li.na", "colour": "red"}, "user.colour"),
    ):
        r = edit(user, "4321", "zhao")
        assert r.status_code == 422 and r.json()["field"] == field, r.text
    r = client.post(
        f"{API}/directory/settings",
        json={"admin": "zhao", "pin": "4321", "settings": {"Bad Key": 1}},
        headers=auth,
    )
    assert r.status_code == 422 and r.json()["field"] == "settings.Bad Key"
