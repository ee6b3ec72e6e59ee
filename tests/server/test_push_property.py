"""Property: whatever the order, repetition and tampering of pages, the server holds each
row once, with the content first acknowledged, reports every row as a model says, and a
pull hands back exactly those rows in the order they were stored."""

from __future__ import annotations

import itertools

import psycopg
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cart_bedside.server import store
from cart_bedside.server.app import ServerSettings, create_app
from tests.server.rows import episode, tampered, vitals

API = "/api/v1"
_wards = itertools.count(1)

pages = st.lists(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 1)), min_size=0, max_size=5),
    min_size=1,
    max_size=6,
)


@pytest.fixture(scope="module")
def server(pg_cluster):
    from tests.server.conftest import drop_database, new_ward

    url = new_ward(pg_cluster)
    with TestClient(create_app(url, ServerSettings(pool_max=2))) as client:
        yield client, url
    drop_database(pg_cluster, url)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=pages)
def test_any_interleaving_of_pages_matches_the_model(server, plan):
    client, url = server
    with psycopg.connect(url) as conn:
        ward, _ = store.ensure_ward(conn, f"prop-{next(_wards)}")
        code, _ = store.new_enroll_code(conn, ward, "tablet")
    body = client.post(f"{API}/enroll", json={"code": code}).json()
    dev, auth = body["device_id"], {"Authorization": f"Bearer {body['token']}"}
    ep = episode(dev)
    assert client.post(f"{API}/push", json={"rows": [ep]}, headers=auth).status_code == 200
    originals = [vitals(dev, ep["id"], 36.0 + i / 10) for i in range(6)]
    variants = [(r, tampered(r, hr=150)) for r in originals]
    held: dict[str, str] = {}
    order: list[str] = [ep["id"]]
    for page in plan:
        rows = [variants[i][v] for i, v in page]
        expected = []
        for r in rows:
            if r["id"] not in held:
                held[r["id"]] = r["sha256"]
                order.append(r["id"])
                expected.append("stored")
            else:
                expected.append("duplicate" if held[r["id"]] == r["sha256"] else "conflict")
        resp = client.post(f"{API}/push", json={"rows": rows}, headers=auth)
        assert resp.status_code == (409 if "conflict" in expected else 200)
        assert [x["status"] for x in resp.json()["results"]] == expected
    pulled = client.get(f"{API}/pull", params={"limit": 5000}, headers=auth).json()["rows"]
    assert [r["id"] for r in pulled] == order
    assert {r["id"]: r["sha256"] for r in pulled[1:]} == held
