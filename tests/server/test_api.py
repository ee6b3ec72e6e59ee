"""The ward server's API in-process (FastAPI TestClient) against a real PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import psycopg
import pytest
from fastapi.testclient import TestClient

from cart_bedside.server import push, schema, store
from cart_bedside.server.app import ServerSettings, create_app
from tests.server.rows import device_time, episode, new_device_id, row, tampered, vitals

API = "/api/v1"


@pytest.fixture
def client(ward_url):
    app = create_app(ward_url, ServerSettings(max_auth_failures=5, pool_max=4))
    with TestClient(app) as c:
        yield c


def code(url: str, ward: str = "7B", role: str = "tablet", minutes: float = 15) -> str:
    with psycopg.connect(url) as conn:
        return store.new_enroll_code(conn, store.ward_id(conn, ward), role, minutes)[0]


def enroll(client, url, **body) -> tuple[str, dict]:
    r = client.post(f"{API}/enroll", json={"code": code(url), **body})
    assert r.status_code == 200, r.text
    out = r.json()
    return out["device_id"], {"Authorization": f"Bearer {out['token']}"}


def count_rows(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM rows").fetchone()[0]


def test_health_names_the_schema_version(client):
    r = client.get(f"{API}/health")
    assert r.status_code == 200 and r.json() == {"status": "ok", "schema_version": schema.LATEST}


def test_enrolment_code_is_one_time_and_the_token_is_stored_hashed(client, ward_url):
    one = code(ward_url, role="workstation")
    r = client.post(
        f"{API}/enroll", json={"code": one.lower().replace("-", " "), "name": "nurses' station"}
    )
    assert r.status_code == 200, r.text
    token, dev = r.json()["token"], r.json()["device_id"]
    assert r.json()["role"] == "workstation" and len(token) >= 40
    again = client.post(f"{API}/enroll", json={"code": one})
    assert again.status_code == 401 and again.json()["error"] == "bad_code"
    with psycopg.connect(ward_url) as conn:
        stored = conn.execute("SELECT token_sha256 FROM devices WHERE id = %s", (dev,)).fetchone()
        dump = conn.execute("SELECT string_agg(d::text, ' ') FROM devices d").fetchone()[0]
    assert stored[0] != token and token not in dump


def test_an_expired_code_is_refused_and_a_taken_device_id_keeps_the_code(client, ward_url):
    r = client.post(f"{API}/enroll", json={"code": code(ward_url, minutes=-1)})
    assert r.status_code == 401
    own = new_device_id()
    enroll(client, ward_url, device_id=own)
    fresh = code(ward_url)
    r = client.post(f"{API}/enroll", json={"code": fresh, "device_id": own})
    assert r.status_code == 409 and r.json()["error"] == "device_exists"
    assert client.post(f"{API}/enroll", json={"code": fresh}).status_code == 200


def test_push_stores_a_resend_is_a_no_op_and_receipts_chain(client, ward_url):
    dev, auth = enroll(client, ward_url)
    ep = episode(dev)
    page = [ep, *(vitals(dev, ep["id"], 38.0 + i / 10) for i in range(5))]
    r = client.post(f"{API}/push", json={"rows": page, "device_time": device_time()}, headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["stored"], body["duplicates"], body["conflicts"]) == (6, 0, 0)
    assert body["receipt"]["seq"] == 1 and len(body["receipt"]["hash"]) == 64
    assert [x["seq"] for x in body["results"]] == sorted(x["seq"] for x in body["results"])
    again = client.post(f"{API}/push", json={"rows": page}, headers=auth).json()
    assert (again["stored"], again["duplicates"], again["receipt"]) == (0, 6, None)
    more = client.post(f"{API}/push", json={"rows": [vitals(dev, ep["id"])]}, headers=auth)
    assert more.json()["receipt"]["seq"] == 2
    # Server-Timing: the request's time on the server and the push's transaction (ms)
    timing = ", ".join(more.headers.get_list("server-timing"))
    assert timing.startswith("db;dur=") and ", app;dur=" in timing, timing
    assert count_rows(ward_url) == 7
    with psycopg.connect(ward_url) as conn:
        assert push.verify_receipts(conn, dev) == (True, 2, None)


def test_same_id_other_content_is_409_per_row_and_the_rest_is_stored(client, ward_url):
    dev, auth = enroll(client, ward_url)
    ep = episode(dev)
    v = vitals(dev, ep["id"], 38.4)
    client.post(f"{API}/push", json={"rows": [ep, v]}, headers=auth)
    extra = vitals(dev, ep["id"])
    r = client.post(f"{API}/push", json={"rows": [tampered(v, temp_c=36.6), extra]}, headers=auth)
    assert r.status_code == 409
    results = r.json()["results"]
    assert results[0]["status"] == "conflict" and results[0]["held_sha256"] == v["sha256"]
    assert results[1]["status"] == "stored"
    with psycopg.connect(ward_url) as conn:
        held = conn.execute(
            "SELECT content_sha256 FROM rows WHERE row_id = %s", (v["id"],)
        ).fetchone()[0]
    assert held == v["sha256"]
    twice = client.post(
        f"{API}/push",
        json={"rows": [v2 := vitals(dev, ep["id"]), tampered(v2, hr=140)]},
        headers=auth,
    )
    assert twice.status_code == 409
    assert [x["status"] for x in twice.json()["results"]] == ["stored", "conflict"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r.update(sha256="0" * 64), "rows[1].sha256"),
        (lambda r: r.update(table="drafts"), "rows[1].table"),
        (lambda r: r.update(table="bananas"), "rows[1].table"),
        (lambda r: r["content"].pop("episode_id"), "rows[1].sha256"),
        (lambda r: r.update(id="other"), "rows[1].content.id"),
        (lambda r: r.update(content=[1, 2]), "rows[1].content"),
    ],
)
def test_a_bad_row_refuses_the_whole_page_naming_the_field(client, ward_url, change, field):
    dev, auth = enroll(client, ward_url)
    ep = episode(dev)
    bad = vitals(dev, ep["id"])
    change(bad)
    r = client.post(f"{API}/push", json={"rows": [ep, bad]}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == field, r.text
    assert count_rows(ward_url) == 0


def test_clock_skew_is_recorded_and_warned_beyond_two_minutes(client, ward_url):
    dev, auth = enroll(client, ward_url)
    ep = episode(dev)
    r = client.post(
        f"{API}/push", json={"rows": [ep], "device_time": device_time(420)}, headers=auth
    )
    body = r.json()
    assert 415 < body["clock_skew_s"] < 425 and "7.0 min ahead" in body["clock_warning"]
    ok = client.post(
        f"{API}/push", json={"rows": [], "device_time": device_time(-30)}, headers=auth
    ).json()
    assert "clock_warning" not in ok and -35 < ok["clock_skew_s"] < -25
    naive = client.post(
        f"{API}/push", json={"rows": [], "device_time": "2026-12-06T08:00:00"}, headers=auth
    )
    assert naive.status_code == 422 and naive.json()["field"] == "device_time"
    with psycopg.connect(ward_url) as conn:
        admin = store.new_admin_token(conn)
    listed = client.get(f"{API}/admin/devices", headers={"Authorization": f"Bearer {admin}"})
    [d] = listed.json()["devices"]
    assert d["id"] == dev and -35 < d["last_clock_skew_s"] < -25 and not d["clock_warning"]


def _pull_all(client, auth, **params) -> tuple[list[dict], int]:
    rows, cursor, pages = [], 0, 0
    while True:
        r = client.get(f"{API}/pull", params={"cursor": cursor, "limit": 3, **params}, headers=auth)
        assert r.status_code == 200, r.text
        body = r.json()
        rows += body["rows"]
        pages += 1
        cursor = body["next_cursor"]
        if not body["more"]:
            return rows, cursor


def test_pull_pages_open_and_recent_episodes_history_on_demand(client, ward_url):
    a, auth_a = enroll(client, ward_url)
    _, auth_b = enroll(client, ward_url)
    open_ep, recent, old = episode(a, bed="01"), episode(a, bed="02"), episode(a, bed="03")
    patient = row(
        "patients",
        {
            "id": open_ep["content"]["patient_id"],
            "patient_id": open_ep["content"]["patient_id"],
            "mrn": "M1",
        },
    )
    old_patient = row(
        "patients",
        {
            "id": old["content"]["patient_id"],
            "patient_id": old["content"]["patient_id"],
            "mrn": "M3",
        },
    )
    now = datetime.now()
    discharge_recent = episode(
        a,
        discharged_at=(now - timedelta(days=3)).isoformat(timespec="seconds"),
        supersedes=recent["id"],
        episode_id=recent["id"],
        patient_id=recent["content"]["patient_id"],
    )
    discharge_old = episode(
        a,
        discharged_at=(now - timedelta(days=40)).isoformat(timespec="seconds"),
        supersedes=old["id"],
        episode_id=old["id"],
        patient_id=old["content"]["patient_id"],
    )
    page = [
        patient,
        old_patient,
        open_ep,
        recent,
        old,
        *(vitals(a, e["id"]) for e in (open_ep, recent, old, open_ep)),
        discharge_recent,
        discharge_old,
    ]
    assert client.post(f"{API}/push", json={"rows": page}, headers=auth_a).status_code == 200
    rows, cursor = _pull_all(client, auth_b)
    ids = [r["id"] for r in rows]
    expected = [
        r["id"]
        for r in page
        if r["content"].get("episode_id") in (open_ep["id"], recent["id"]) or r is patient
    ]
    assert ids == expected  # server order = push order, old episode and its patient left out
    assert all(r["sha256"] == next(p["sha256"] for p in page if p["id"] == r["id"]) for r in rows)
    assert rows[0]["content"] == patient["content"]
    assert client.get(f"{API}/pull", params={"cursor": cursor}, headers=auth_b).json()["rows"] == []
    history, _ = _pull_all(client, auth_b, episode=old["id"])
    assert {r["id"] for r in history} == {
        old_patient["id"],
        old["id"],
        discharge_old["id"],
        page[7]["id"],
    }
    wide, _ = _pull_all(client, auth_b, discharged_days=60)
    assert len(wide) == len(page)


def test_another_ward_sees_nothing(client, ward_url):
    a, auth_a = enroll(client, ward_url)
    with psycopg.connect(ward_url) as conn:
        store.ensure_ward(conn, "8A")
    r = client.post(f"{API}/enroll", json={"code": code(ward_url, ward="8A")})
    other = {"Authorization": f"Bearer {r.json()['token']}"}
    client.post(f"{API}/push", json={"rows": [episode(a)]}, headers=auth_a)
    assert client.get(f"{API}/pull", headers=other).json()["rows"] == []


def test_a_revoked_device_is_refused_and_admin_needs_a_token(client, ward_url):
    dev, auth = enroll(client, ward_url)
    assert client.get(f"{API}/pull", headers=auth).status_code == 200
    nope = client.post(f"{API}/admin/devices/{dev}/revoke", headers=auth)
    assert nope.status_code == 401 and nope.json()["error"] == "not_admin"
    with psycopg.connect(ward_url) as conn:
        admin = {"Authorization": f"Bearer {store.new_admin_token(conn)}"}
    assert client.post(f"{API}/admin/devices/{dev}/revoke", headers=admin).status_code == 200
    assert client.post(f"{API}/admin/devices/{dev}/revoke", headers=admin).status_code == 404
    r = client.post(f"{API}/push", json={"rows": [episode(dev)]}, headers=auth)
    assert r.status_code == 403 and r.json()["error"] == "device_revoked"
    assert client.get(f"{API}/pull", headers=auth).status_code == 403
    assert count_rows(ward_url) == 0


def test_auth_failures_are_rate_limited_per_address(client, ward_url):
    _, auth = enroll(client, ward_url)
    for _ in range(3):
        assert (
            client.get(f"{API}/pull", headers={"Authorization": "Bearer wrong"}).status_code == 401
        )
    assert client.get(f"{API}/pull").status_code == 401
    assert client.post(f"{API}/enroll", json={"code": "AAAA-BBBB-CCCC"}).status_code == 401
    limited = client.get(f"{API}/pull", headers=auth)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "300"
    assert client.get(f"{API}/health").status_code == 200


def test_rows_and_receipts_are_append_only_in_postgresql(client, ward_url):
    dev, auth = enroll(client, ward_url)
    client.post(f"{API}/push", json={"rows": [episode(dev)]}, headers=auth)
    with psycopg.connect(ward_url) as conn:
        for sql in (
            "UPDATE rows SET content = '{}'",
            "DELETE FROM receipts",
            "TRUNCATE rows CASCADE",
        ):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(sql)
            conn.rollback()


def test_every_table_of_a_tablet_database_either_travels_or_stays(tmp_path):
    """A table added to the tablet must be placed: synced, or named device-local."""
    from cart_bedside.server.protocol import device_local_tables, synced_tables
    from cart_bedside.storage import close_database, open_database

    db = open_database(tmp_path / "tablet.db")
    tables = set(db.table_names())
    close_database(db)
    assert tables == synced_tables() | device_local_tables()
    assert not synced_tables() & device_local_tables()


def test_a_cursor_ahead_of_a_restored_server_comes_back_to_its_watermark(client, ward_url):
    """After the server is restored from an older backup, a tablet's cursor may be beyond
    every number the server holds; it must not skip the rows numbered next."""
    dev, auth = enroll(client, ward_url)
    ep = episode(dev)
    client.post(f"{API}/push", json={"rows": [ep]}, headers=auth)
    ahead = client.get(f"{API}/pull", params={"cursor": 500}, headers=auth).json()
    assert ahead["next_cursor"] == 1 and ahead["rows"] == []
    fresh = vitals(dev, ep["id"])
    client.post(f"{API}/push", json={"rows": [fresh]}, headers=auth)
    page = client.get(f"{API}/pull", params={"cursor": ahead["next_cursor"]}, headers=auth)
    assert [r["id"] for r in page.json()["rows"]] == [fresh["id"]]
