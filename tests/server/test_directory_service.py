"""The admin screens' service on an enrolled tablet: user and setting changes go to a real
ward server (uvicorn process, PostgreSQL) through the sync client's transport with the
admin's PIN, come back as the directory and land in the tablet's cache; offline they are
refused with one line and nothing changes; lock-out counters stay local."""

from __future__ import annotations

import shutil

import httpx
import psycopg
import pytest

from cart_bedside.logic.messages import render
from cart_bedside.server import store
from cart_bedside.service import WardService
from cart_bedside.service.admin import AdminService
from cart_bedside.service.errors import ServiceError
from cart_bedside.service.sync_http import transport_for
from cart_bedside.storage import Repository, open_database, sync_state
from cart_bedside.storage.sync_token import save_token
from tests.server.live import LiveServer


@pytest.fixture
def server(ward_url, tmp_path):
    live = LiveServer(ward_url, tmp_path / "server.log").start()
    yield live
    live.stop()


def enrolled_tablet(demo_template, path, clock, server, url) -> tuple[WardService, AdminService]:
    shutil.copy(demo_template, path)
    repo = Repository(open_database(path), clock=clock)
    ward = WardService(repo, clock=clock)
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, store.ward_id(conn, "7B"), "tablet")
    token = httpx.post(f"{server.base}/enroll", json={"code": code}).json()["token"]
    sync_state.save(repo.store, {"server_url": f"http://127.0.0.1:{server.port}"})
    save_token(sync_state.database_id(repo.store), token)
    return ward, AdminService(ward, path)


def test_admin_edits_go_to_the_server_and_back(server, ward_url, demo_template, tmp_path, clock):
    ward, admin = enrolled_tablet(demo_template, tmp_path / "a.db", clock, server, ward_url)
    transport = transport_for(ward)
    assert transport is not None and admin.directory.remote()
    users = [
        {
            "username": u.username,
            "display_name": u.display_name,
            "role": u.role,
            "pin_hash": u.pin_hash,
            "active": u.active,
        }
        for u in ward.repo.people.list_users(include_inactive=True)
    ]
    transport.post("/directory/seed", {"users": users, "settings": {}})
    ward.sign_in("admin", "9000")
    with pytest.raises(ServiceError) as no_pin:
        admin.create_user("night", "赵夜班", "nurse", "4826")
    assert no_pin.value.message.code == "directory.error.pin_needed"
    admin.directory.use_pin("9000")
    made = admin.create_user("night", "赵夜班", "nurse", "4826")
    assert made.role == "nurse"
    admin.set_tocilizumab_limits(max_total=3)
    server_copy = transport.get("/directory")
    assert "night" in {u["username"] for u in server_copy["users"]}
    assert server_copy["settings"]["tocilizumab_limits"]["max_total"] == 3
    assert ward.repo.ward_settings.get_setting("tocilizumab_limits")["max_total"] == 3
    # The second backup folder is this tablet's own: it never goes to the server.
    admin.set_second_backup_location(str(tmp_path))
    assert "backup.second_location" not in transport.get("/directory")["settings"]

    admin.directory.use_pin("0000")
    with pytest.raises(ServiceError) as wrong:
        admin.rename_user("night", "Someone else")
    assert wrong.value.message.code == "directory.error.bad_pin"
    assert ward.repo.people.get_user("night").display_name == "赵夜班"

    admin.directory.use_pin("9000")
    ward.repo.people.update_user("nurse", "admin", failed_attempts=4)
    server.stop()
    with pytest.raises(ServiceError) as offline:
        admin.change_role("night", "physician", "promoted")
    line = render(offline.value.message, "en")
    assert offline.value.message.code == "directory.error.offline" and "\n" not in line
    assert ward.repo.people.get_user("night").role == "nurse"
    # Lock-out counters are this tablet's: unlocking works offline.
    assert admin.unlock_user("nurse").failed_attempts == 0
