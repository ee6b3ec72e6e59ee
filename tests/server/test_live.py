"""The ward server as a real uvicorn process: lost acknowledgements, reordered and
repeated pages, a tampered resend, SIGKILL in the middle of pushes, revocation and
rate limiting — over real HTTP on loopback, against a real PostgreSQL."""

from __future__ import annotations

import json
import random
import socket
import threading
import time

import httpx
import psycopg
import pytest

from cart_bedside.server import push, store
from tests.server.conftest import drop_database, new_ward
from tests.server.live import LiveServer, make_certificate
from tests.server.rows import episode, tampered, vitals


@pytest.fixture(scope="module")
def shared(pg_cluster, tmp_path_factory):
    """One server and ward for the tests that each use their own devices."""
    url = new_ward(pg_cluster)
    server = LiveServer(url, tmp_path_factory.mktemp("live") / "server.log").start()
    yield server, url
    server.stop()
    drop_database(pg_cluster, url)


@pytest.fixture
def live(shared):
    return shared[0]


@pytest.fixture
def shared_url(shared):
    return shared[1]


def enroll(live: LiveServer, url: str) -> tuple[str, dict[str, str], str]:
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), "tablet")
    r = httpx.post(f"{live.base}/enroll", json={"code": code})
    assert r.status_code == 200, r.text
    body = r.json()
    return body["device_id"], {"Authorization": f"Bearer {body['token']}"}, body["token"]


def held(url: str, device: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        return dict(
            conn.execute(
                "SELECT row_id, content_sha256 FROM rows WHERE device_id = %s", (device,)
            ).fetchall()
        )


def pages_for(device: str, n_pages: int, per_page: int) -> list[list[dict]]:
    ep = episode(device)
    rows = [
        ep,
        *(vitals(device, ep["id"], 36.5 + (i % 30) / 10) for i in range(n_pages * per_page - 1)),
    ]
    return [rows[i : i + per_page] for i in range(0, len(rows), per_page)]


def test_repeated_and_out_of_order_pages_store_each_row_once(live, shared_url):
    dev, auth, token = enroll(live, shared_url)
    pages = pages_for(dev, 4, 25)
    order = [2, 0, 3, 0, 1, 2, 3, 1]
    with httpx.Client(base_url=live.base, headers=auth) as c:
        results = [c.post("/push", json={"rows": pages[i]}).json() for i in order]
    assert sum(r["stored"] for r in results) == 100
    assert sum(r["duplicates"] for r in results) == 100
    assert held(shared_url, dev) == {r["id"]: r["sha256"] for p in pages for r in p}
    pulled = httpx.get(f"{live.base}/pull", params={"limit": 5000}, headers=auth).json()
    assert len(pulled["rows"]) == 100 and not pulled["more"]
    assert token not in live.log(), "a device token reached the server log"


def _send_without_reading(live: LiveServer, body: bytes, auth: dict[str, str]) -> None:
    """Send a whole push, then drop the connection: the acknowledgement is lost."""
    request = (
        f"POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: {auth['Authorization']}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body
    with socket.create_connection(("127.0.0.1", live.port)) as s:
        s.sendall(request)
        s.shutdown(socket.SHUT_WR)


def test_a_lost_acknowledgement_then_resend_gives_no_duplicates(live, shared_url):
    dev, auth, _ = enroll(live, shared_url)
    [page] = pages_for(dev, 1, 50)
    _send_without_reading(live, json.dumps({"rows": page}).encode(), auth)
    deadline = time.monotonic() + 10
    while len(held(shared_url, dev)) < 50 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(held(shared_url, dev)) == 50, "the server did not finish the unacknowledged push"
    again = httpx.post(f"{live.base}/push", json={"rows": page}, headers=auth)
    assert again.status_code == 200
    assert (again.json()["stored"], again.json()["duplicates"]) == (0, 50)
    with psycopg.connect(shared_url) as conn:
        assert conn.execute(
            "SELECT count(*), count(DISTINCT row_id) FROM rows WHERE device_id = %s", (dev,)
        ).fetchone() == (50, 50)
        assert push.verify_receipts(conn, dev) == (True, 1, None)


def test_a_tampered_resend_is_refused_with_409(live, shared_url):
    dev, auth, _ = enroll(live, shared_url)
    [page] = pages_for(dev, 1, 10)
    assert httpx.post(f"{live.base}/push", json={"rows": page}, headers=auth).status_code == 200
    forged = [*page[:4], tampered(page[4], temp_c=37.0), *page[5:]]
    r = httpx.post(f"{live.base}/push", json={"rows": forged}, headers=auth)
    assert r.status_code == 409
    statuses = [x["status"] for x in r.json()["results"]]
    assert statuses == ["duplicate"] * 4 + ["conflict"] + ["duplicate"] * 5
    assert held(shared_url, dev)[page[4]["id"]] == page[4]["sha256"]


def test_sigkill_during_pushes_loses_no_acknowledged_row(ward_url, tmp_path):
    server = LiveServer(ward_url, tmp_path / "server.log").start()
    try:
        dev, auth, _ = enroll(server, ward_url)
        pages = pages_for(dev, 40, 50)
        acked: list[int] = []
        stop = threading.Event()

        def pusher() -> None:
            with httpx.Client(base_url=server.base, headers=auth, timeout=5) as c:
                for i, page in enumerate(pages):
                    if stop.is_set():
                        return
                    try:
                        r = c.post("/push", json={"rows": page})
                    except httpx.HTTPError:
                        return  # the server died under us: this page is not acknowledged
                    if r.status_code == 200:
                        acked.append(i)

        thread = threading.Thread(target=pusher)
        thread.start()
        deadline = time.monotonic() + 20
        while len(acked) < 5 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(random.uniform(0.0, 0.05))
        server.kill()
        stop.set()
        thread.join(timeout=10)
        assert 5 <= len(acked) < len(pages), "the kill should land in the middle of the pushes"
        stored = held(ward_url, dev)
        for i in acked:
            assert all(stored.get(r["id"]) == r["sha256"] for r in pages[i]), f"page {i} lost"
        server.start()  # same port, same database
        with httpx.Client(base_url=server.base, headers=auth) as c:
            for page in pages:  # the device resends everything it was not sure of
                assert c.post("/push", json={"rows": page}).status_code == 200
        with psycopg.connect(ward_url) as conn:
            total, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT row_id) FROM rows"
            ).fetchone()
            ok, receipts, problem = push.verify_receipts(conn, dev)
        assert total == distinct == 2000
        assert ok, problem
        assert receipts == len(pages)  # a page is stored whole, once, or not at all
    finally:
        server.stop()


def test_revoked_device_refused_and_auth_failures_rate_limited(live, shared_url):
    """Failures come from 10.9.9.9 (X-Forwarded-For, trusted from the loopback proxy):
    that address is blocked, the shared server keeps serving 127.0.0.1."""
    dev, auth, _ = enroll(live, shared_url)
    _, other, _ = enroll(live, shared_url)
    proxy = {"X-Forwarded-For": "10.9.9.9"}
    assert httpx.get(f"{live.base}/pull", headers=auth).status_code == 200
    with psycopg.connect(shared_url) as conn:
        assert store.revoke(conn, dev)
    r = httpx.post(
        f"{live.base}/push", json={"rows": pages_for(dev, 1, 2)[0]}, headers={**auth, **proxy}
    )
    assert r.status_code == 403 and r.json()["error"] == "device_revoked"
    statuses = [
        httpx.get(
            f"{live.base}/pull", headers={"Authorization": f"Bearer bad{i}", **proxy}
        ).status_code
        for i in range(9)
    ]  # + the revoked push = 10 failures
    assert statuses == [401] * 9
    blocked = httpx.get(f"{live.base}/pull", headers={**other, **proxy})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert httpx.get(f"{live.base}/pull", headers=other).status_code == 200
    assert httpx.get(f"{live.base}/push", headers=auth).status_code == 405
    assert httpx.post(f"{live.base}/push", json={"rows": []}, headers=auth).status_code == 403
    assert held(shared_url, dev) == {}


def test_https_with_the_given_certificate(ward_url, tmp_path):
    """``--certfile/--keyfile``: TLS with that certificate; plain HTTP on that port fails."""
    cert, key = make_certificate(tmp_path)
    server = LiveServer(ward_url, tmp_path / "server.log", tls=(cert, key)).start()
    try:
        assert server.base.startswith("https://")
        r = httpx.get(f"{server.base}/health", verify=server._verify())
        assert r.status_code == 200 and r.json()["status"] == "ok"
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{server.port}/api/v1/health", timeout=3)
        with pytest.raises(httpx.ConnectError):  # an untrusted certificate is refused
            httpx.get(f"{server.base}/health")
    finally:
        server.stop()
