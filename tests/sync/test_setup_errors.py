"""Failures before the transport (issue 14 tail 4): "not enrolled", "no token", a CA file
that is missing or not a certificate. Each is saved as the device's last error, as a
network failure is, so the status bar shows it; real SQLite files, no server needed
(the round fails before it would talk to one)."""

from __future__ import annotations

from datetime import datetime

import pytest

from cart_bedside.service import WardService
from cart_bedside.service.sync import NotEnrolled, sync_once
from cart_bedside.service.sync_http import SyncError
from cart_bedside.storage import Repository, open_database, sync_rows, sync_state
from cart_bedside.storage.sync_token import save_token, token_path
from tests.storage.conftest import add_staff


@pytest.fixture
def ward(tmp_path, clock):
    repo = Repository(open_database(tmp_path / "tablet.db"), clock=clock)
    add_staff(repo)
    yield WardService(repo, clock=clock)
    repo.close()


def _enrolled(ward: WardService, url: str, ca_file: str | None, token: bool = True) -> None:
    store = ward.repo.store
    sync_rows.enrol(
        store, server_url=url, device_id="dev-1", role="tablet", ca_file=ca_file, at=ward.clock()
    )
    path = token_path(sync_state.database_id(store))
    if token:
        save_token(sync_state.database_id(store), "t0ken-never-shown")
    elif path.exists():
        path.unlink()


def _case(ward: WardService, tmp_path, case: str) -> None:
    if case == "no_token":
        _enrolled(ward, "https://127.0.0.1:9", None, token=False)
    elif case == "ca_missing":
        _enrolled(ward, "https://127.0.0.1:9", str(tmp_path / "gone.pem"))
    elif case == "ca_not_pem":
        bad = tmp_path / "bad.pem"
        bad.write_text("not a certificate\n")
        _enrolled(ward, "https://127.0.0.1:9", str(bad))


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("no_token", "sync.error.no_token"),
        ("ca_missing", "sync.error.bad_ca_file"),
        ("ca_not_pem", "sync.error.bad_ca_file"),
    ],
)
def test_a_failure_before_the_transport_is_the_last_error(ward, tmp_path, case, code):
    _case(ward, tmp_path, case)
    with pytest.raises(SyncError) as raised:
        sync_once(ward)
    assert raised.value.message.code == code
    stored = sync_state.read(ward.repo.store)
    assert code in stored["last_error"] and stored["last_error_at"]
    status = ward.sync_status()
    assert status.enrolled and status.last_error and status.last_error_at is not None
    assert status.level(datetime.now().astimezone()) == "red"
    assert "t0ken" not in status.last_error


def test_not_enrolled_is_saved_too_and_shows_no_level(ward):
    with pytest.raises(NotEnrolled):
        sync_once(ward)
    assert "sync.error.not_enrolled" in sync_state.read(ward.repo.store)["last_error"]
    assert ward.sync_status().level(datetime.now().astimezone()) is None
