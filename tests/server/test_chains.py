"""Each device's audit chain checked on receipt, and anchors (issue 14 §2, issue 15),
against a real PostgreSQL. The entries are built like a tablet's (keyed ``kid:hex``
hashes that the server cannot recompute: it checks the links)."""

from __future__ import annotations

import hashlib

import psycopg
import pytest
from fastapi.testclient import TestClient

from cart_bedside.server import chains, store
from cart_bedside.server.app import ServerSettings, create_app
from cart_bedside.server.protocol import content_sha256

API = "/api/v1"
GENESIS = "0" * 64


@pytest.fixture
def client(ward_url):
    with TestClient(create_app(ward_url, ServerSettings(pool_max=4))) as c:
        yield c


def enroll(client, url: str) -> tuple[str, dict[str, str]]:
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), "tablet")
    body = client.post(f"{API}/enroll", json={"code": code}).json()
    return body["device_id"], {"Authorization": f"Bearer {body['token']}"}


def chain(chain_id: str, n: int, start: int = 1, prev: str = GENESIS) -> list[dict]:
    """``n`` linked audit entries as wire rows (id ``<chain>:<seq>``)."""
    out = []
    for seq in range(start, start + n):
        digest = "a1b2c3d4:" + hashlib.sha256(f"{chain_id}{seq}{prev}".encode()).hexdigest()
        content = {
            "seq": seq,
            "at": "2026-12-06T08:00:00",
            "actor": "li.na",
            "action": "insert",
            "table_name": None,
            "record_id": None,
            "reason": None,
            "details": "{}",
            "device_id": chain_id,
            "prev_hash": prev,
            "hash": digest,
        }
        out.append({"table": "audit_log", "id": f"{chain_id}:{seq}", "content": content})
        prev = digest
    return [_rehash(e) for e in out]


def _rehash(entry: dict) -> dict:
    return {**entry, "sha256": content_sha256(entry["content"])}


def test_a_linked_chain_out_of_order_is_contiguous_and_clean(client, ward_url):
    dev, auth = enroll(client, ward_url)
    entries = chain(dev, 6)
    r = client.post(f"{API}/push", json={"rows": entries[3:]}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["audit_chains"] == [{"chain": dev, "contiguous_to": 0, "breaks": []}]
    r = client.post(f"{API}/push", json={"rows": entries[:3]}, headers=auth)
    assert r.json()["audit_chains"] == [{"chain": dev, "contiguous_to": 6, "breaks": []}]
    again = client.post(f"{API}/push", json={"rows": entries}, headers=auth)
    assert again.json()["duplicates"] == 6 and "audit_chains" not in again.json()


def test_a_broken_link_and_a_fork_are_reported_and_kept(client, ward_url):
    dev, auth = enroll(client, ward_url)
    entries = chain(dev, 4)
    forged = dict(entries[2])
    forged["content"] = {**forged["content"], "prev_hash": "a1b2c3d4:" + "f" * 64}
    forged = _rehash(forged)
    r = client.post(f"{API}/push", json={"rows": [*entries[:2], forged, entries[3]]}, headers=auth)
    assert r.status_code == 200
    report = r.json()["audit_chains"][0]
    assert report["contiguous_to"] == 4
    assert [(b["seq"], b["kind"]) for b in report["breaks"]] == [(3, "link")]
    # The same number under another id (a restored tablet re-using its numbers): a fork.
    other = dict(entries[1])
    other["id"] = f"{dev}:2"
    other["content"] = {**other["content"], "actor": "ghost"}
    r = client.post(f"{API}/push", json={"rows": [_rehash(other)]}, headers=auth)
    assert r.status_code == 409  # same id, other content: refused as ever, nothing filed
    with psycopg.connect(ward_url) as conn:
        breaks = conn.execute("SELECT seq, kind FROM audit_breaks ORDER BY seq").fetchall()
        report = chains.chain_report(conn)
    assert breaks == [(3, "link")]
    assert report[dev] == {"chains": {dev: 4}, "breaks": 1}


def test_an_audit_row_must_say_where_it_sits(client, ward_url):
    dev, auth = enroll(client, ward_url)
    entry = chain(dev, 1)[0]
    wrong_id = {**entry, "id": f"{dev}:7"}
    r = client.post(f"{API}/push", json={"rows": [wrong_id]}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "rows[0].id"
    no_seq = dict(entry)
    no_seq["content"] = {k: v for k, v in entry["content"].items() if k != "seq"}
    r = client.post(f"{API}/push", json={"rows": [_rehash(no_seq)]}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "rows[0].content.seq"


def test_anchors_move_forward_only_and_must_match_held_entries(client, ward_url):
    dev, auth = enroll(client, ward_url)
    entries = chain(dev, 5)
    client.post(f"{API}/push", json={"rows": entries}, headers=auth)
    head = entries[2]["content"]
    r = client.post(
        f"{API}/anchor", json={"chain": dev, "seq": 3, "hash": head["hash"]}, headers=auth
    )
    assert r.status_code == 200, r.text
    assert client.post(
        f"{API}/anchor", json={"chain": dev, "seq": 3, "hash": head["hash"]}, headers=auth
    ).is_success  # the same anchor again
    back = client.post(
        f"{API}/anchor",
        json={"chain": dev, "seq": 2, "hash": entries[1]["content"]["hash"]},
        headers=auth,
    )
    assert back.status_code == 409 and back.json()["error"] == "anchor_rewound"
    assert back.json()["held"]["seq"] == 3
    other = client.post(
        f"{API}/anchor", json={"chain": dev, "seq": 3, "hash": "a1b2c3d4:" + "0" * 64}, headers=auth
    )
    assert other.status_code == 409 and other.json()["error"] == "anchor_rewound"
    unheld = client.post(
        f"{API}/anchor", json={"chain": dev, "seq": 5, "hash": "a1b2c3d4:" + "1" * 64}, headers=auth
    )
    assert unheld.status_code == 409  # the server holds entry 5 with another hash
    ok = client.post(
        f"{API}/anchor", json={"chain": dev, "seq": 9, "hash": "a1b2c3d4:" + "9" * 64}, headers=auth
    )
    assert ok.status_code == 200  # beyond what the server holds: kept
    got = client.get(f"{API}/anchor", headers=auth).json()["anchors"]
    assert [(a["chain"], a["seq"]) for a in got] == [(dev, 9)]
    # Another device sees only its own anchors.
    _, other_auth = enroll(client, ward_url)
    assert client.get(f"{API}/anchor", headers=other_auth).json() == {"anchors": []}


def test_a_restored_tablets_new_lineage_starts_at_its_checked_fork_point(client, ward_url):
    """The client continues a restored tablet's log as ``<device>.<hex>`` from entry N,
    whose prev_hash is entry N - 1 of the old lineage; the anchor carries the hex alone."""
    dev, auth = enroll(client, ward_url)
    old = chain(dev, 5)
    client.post(f"{API}/push", json={"rows": old}, headers=auth)
    lineage = f"{dev}.0a1b2c3d"
    new = chain(lineage, 3, start=4, prev=old[2]["content"]["hash"])
    for e in new:
        e["content"] = {**e["content"], "chain": lineage}
    r = client.post(f"{API}/push", json={"rows": [_rehash(e) for e in new]}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["audit_chains"] == [{"chain": lineage, "contiguous_to": 6, "breaks": []}]
    with psycopg.connect(ward_url) as conn:
        held = conn.execute(
            "SELECT starts_at, parent FROM audit_chains WHERE chain = %s", (lineage,)
        ).fetchone()
    assert held == (4, dev)
    hex_only = new[2]["content"]["hash"].split(":")[1]
    r = client.post(
        f"{API}/anchor", json={"chain": lineage, "seq": 6, "hash": hex_only}, headers=auth
    )
    assert r.status_code == 200, r.text
    wrong_chain = {**new[0], "content": {**new[0]["content"], "chain": dev}}
    r = client.post(f"{API}/push", json={"rows": [_rehash(wrong_chain)]}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "rows[0].content.chain"
