"""A session holds the rights of the account as stored now (issue 15 step 4)."""

from __future__ import annotations

import pytest

from cart_bedside.service import AdminService, PermissionDenied, RecordService
from tests.demo_ward import PINS
from tests.service.test_record_service import sign_in


def test_a_demoted_physician_cannot_co_sign_in_the_same_session(service, tmp_path):
    record = RecordService(service)
    sign_in(service, "doctor")
    episode_id = service.board()[0].episode_id
    assert service.require("cosign").username == "doctor"
    # An admin on another tablet (or this one, later) makes the doctor a nurse.
    service.repo.people.update_user("doctor", "admin", reason="wrong role", role="nurse")
    with pytest.raises(PermissionDenied):
        record.cosigning.cosign(episode_id, PINS["doctor"])  # the right PIN: still refused
    assert service.user is None  # the session ended at once
    (ended,) = service.repo.audit_log.audit_entries(action="sign_out", actor="doctor", limit=1)
    assert ended.reason == "account changed"


@pytest.mark.parametrize("change", [{"active": False}, {"role": "physician"}, {"pin": "5678"}])
def test_deactivation_or_a_role_or_pin_change_ends_the_session(service, change):
    sign_in(service, "nurse")
    assert service.require("chart").username == "nurse"
    service.repo.people.update_user("nurse", "admin", reason="test", **change)
    with pytest.raises(PermissionDenied):
        service.require("chart")
    assert service.user is None


def test_an_unchanged_account_keeps_its_session(service, tmp_path):
    sign_in(service, "admin")
    admin = AdminService(service, tmp_path / "ward.db")
    admin.rename_user("nurse", "王丽丽")  # someone else's account changes
    assert service.require("users").username == "admin"
    assert service.user is not None
