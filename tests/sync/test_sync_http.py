"""The tablet's transport (SYNC-INTERFACES.md §3) against a real ward server process:
JSON both ways, the server's refusals as ServerRefused, no answer as ServerUnreachable,
TLS checked against the CA given — and the token never in a message."""

from __future__ import annotations

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.service.sync_http import (
    ServerRefused,
    ServerUnreachable,
    SyncTransport,
    base_url,
)
from tests.server.live import LiveServer, make_certificate
from tests.server.pg import free_port
from tests.sync.conftest import enroll_code, server_url


def test_get_post_and_refusals_against_the_real_server(live_ward):
    server, url = live_ward
    anonymous = SyncTransport(server_url(server), None)
    assert anonymous.get("/health")["status"] == "ok"
    body = anonymous.post("/enroll", {"code": enroll_code(url), "name": "tablet 3"})
    assert body["role"] == "tablet" and body["token"]
    device = SyncTransport(server.base, body["token"])  # a URL with the API path works too
    page = device.get("/pull", {"cursor": 0, "limit": 10, "episode": None})
    assert page["rows"] == [] and page["more"] is False
    with pytest.raises(ServerRefused) as refused:
        SyncTransport(server_url(server), "not-a-token").get("/pull")
    assert refused.value.status == 401 and refused.value.code == "unknown_token"
    assert "enroll" in render(refused.value.message, "en")
    with pytest.raises(ServerRefused) as bad:
        device.post("/push", {"rows": [{"table": "drafts"}]})
    assert bad.value.status == 422 and bad.value.code == "invalid_row"
    assert "device-local" in bad.value.text and bad.value.body["field"] == "rows[0].table"
    for exc in (refused.value, bad.value):
        assert body["token"] not in str(exc) and body["token"] not in repr(device)


def test_no_answer_is_unreachable_in_one_line():
    port = free_port()  # nothing listens there
    transport = SyncTransport(f"http://127.0.0.1:{port}", "secret-token-123", timeout=2)
    with pytest.raises(ServerUnreachable) as gone:
        transport.get("/health")
    for lang in ("en", "zh_CN"):
        line = render(gone.value.message, lang)
        assert f"127.0.0.1:{port}" in line and "\n" not in line
    assert "secret-token-123" not in str(gone.value)


def test_base_url_strips_the_api_path_and_slashes():
    assert base_url("https://ward:8443/api/v1/") == "https://ward:8443"
    assert base_url(" https://ward:8443/ ") == "https://ward:8443"


def test_tls_is_checked_against_the_ca_file(live_ward, tmp_path):
    _, url = live_ward
    cert, key = make_certificate(tmp_path)
    server = LiveServer(url, tmp_path / "tls.log", tls=(cert, key)).start()
    try:
        address = server_url(server)
        assert address.startswith("https://localhost:")
        assert SyncTransport(address, None, ca_file=str(cert)).get("/health")["status"] == "ok"
        with pytest.raises(ServerUnreachable) as untrusted:
            SyncTransport(address, None).get("/health")
        assert untrusted.value.message.code == "sync.error.tls"
        assert "--ca-file" in render(untrusted.value.message, "en")
    finally:
        server.stop()
