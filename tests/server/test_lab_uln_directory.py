"""The laboratory's upper limits of normal (H-01) on an enrolled tablet: like every ward
setting they are the ward server's — the admin's change goes to the server's directory with
the admin's PIN, comes back into this tablet's cache (the HLH/MAS checklist follows), another
tablet gets them with its next sync; offline the change is refused and nothing changes. Real
server process, real PostgreSQL, real SQLite files."""

from __future__ import annotations

import pytest

from cart_bedside.logic.hlh import DEFAULT_LIMITS, Status
from cart_bedside.service import AlertService
from cart_bedside.service.errors import ServiceError
from cart_bedside.service.lab_limits import set_lab_uln
from cart_bedside.service.sync_http import transport_for
from tests.server.live import LiveServer
from tests.server.test_directory_service import enrolled_tablet
from tests.sync.tablets import Tablet


@pytest.fixture
def live(ward_url, tmp_path):
    server = LiveServer(ward_url, tmp_path / "server.log").start()
    yield server
    server.stop()


def _liver(ward):
    ward.sign_in("doctor", "3333")
    episode = next(e.episode_id for _, e in ward.occupied() if e.bed == "06")
    return AlertService(ward).hlh_table(episode).checklist.items[1].status


def test_the_limits_are_the_ward_server_s(live, ward_url, demo_template, tmp_path, clock):
    ward, admin = enrolled_tablet(demo_template, tmp_path / "a.db", clock, live, ward_url)
    transport = transport_for(ward)
    assert transport is not None
    users = [
        {"username": u.username, "display_name": u.display_name, "role": u.role}
        | {"pin_hash": u.pin_hash, "active": u.active}
        for u in ward.repo.people.list_users(include_inactive=True)
    ]
    transport.post("/directory/seed", {"users": users, "settings": {}})
    assert _liver(ward) is Status.MET  # bed 06: AST 305 > 5 × 40 (the app's default)

    ward.sign_in("admin", "9000")
    admin.directory.use_pin("9000")
    set_lab_uln(admin, {"M": {"ast": 65}}, reason="检验科参考区间")
    assert transport.get("/directory")["settings"]["lab_uln"]["M"]["ast"] == 65
    assert ward.settings().lab_uln.men.ast == 65 and ward.settings().lab_uln.ward
    assert _liver(ward) is Status.NOT_MET  # 305 ≤ 5 × 65: the checklist follows

    other = Tablet(tmp_path / "b.db", clock)
    other.enroll(live, ward_url)
    other.sync()
    assert other.ward.settings().lab_uln == ward.settings().lab_uln  # from the directory

    ward.sign_in("admin", "9000")
    live.stop()  # offline: refused with one line, nothing changed here
    with pytest.raises(ServiceError) as offline:
        set_lab_uln(admin, None)
    assert offline.value.message.code == "directory.error.offline"
    assert ward.settings().lab_uln.men.ast == 65 and ward.settings().lab_uln != DEFAULT_LIMITS
    other.close()
