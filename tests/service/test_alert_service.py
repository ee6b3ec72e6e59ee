"""Alerts (issue 5): acknowledged by a named user, back when their condition worsens."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.models import Consciousness, NeuroAssessment, O2Device
from cart_bedside.service import AlertService, PermissionDenied, RecordService, ServiceError
from cart_bedside.service.alert_states import decode_ack
from cart_bedside.storage import AlertAck
from tests.demo_ward import DEMO_NOW, PINS
from tests.service.test_record_service import H, admit, bed_of, record_dose, sign_in, vitals


@pytest.fixture
def record(service):
    return RecordService(service)


@pytest.fixture
def alerts(service):
    return AlertService(service)


def chart(service, clock, minutes, **kw):
    clock.t = DEMO_NOW + timedelta(minutes=minutes)
    service.save_shift_entry(kw.pop("episode_id"), PINS["nurse"], **kw)


def state(alerts, episode_id, code):
    return next(s for s in alerts.alert_states(episode_id) if s.alert.code == code)


def open_codes(alerts, episode_id):
    return {a.code for a in alerts.open_alerts(episode_id)}


def test_an_acknowledged_alert_returns_when_the_crs_grade_rises(service, record, alerts, clock):
    eid = admit(service, record)
    chart(service, clock, 0, episode_id=eid, vitals=vitals(clock.t, 38.5))
    assert "crs_suspected" in open_codes(alerts, eid)
    ack_id = alerts.acknowledge(eid, "crs_suspected", "  doctor informed  ")
    assert "crs_suspected" not in open_codes(alerts, eid)
    acknowledged = state(alerts, eid, "crs_suspected")
    assert acknowledged.acknowledged and acknowledged.ack.user == "nurse"
    assert acknowledged.ack.note == "doctor informed" and acknowledged.ack.time == DEMO_NOW
    assert (
        service.repo.audit_log.audit_entries(record_id=ack_id, limit=1)[0].table_name
        == "alert_acks"
    )
    # a hotter temperature, same grade: still acknowledged
    chart(service, clock, 60, episode_id=eid, vitals=vitals(clock.t, 39.0))
    assert "crs_suspected" not in open_codes(alerts, eid)
    # hypotension: CRS 2, the alert is back
    chart(service, clock, 120, episode_id=eid, vitals=vitals(clock.t, 38.8, sbp=84))
    assert service.assessment(eid).crs.grade == 2
    back = state(alerts, eid, "crs_suspected")
    assert back.returned and back.open and back.ack.user == "nurse"
    sign_in(service, "doctor")
    alerts.acknowledge(eid, "crs_suspected", "fluid bolus ordered")
    assert state(alerts, eid, "crs_suspected").ack.user == "doctor"
    assert "crs_suspected" not in open_codes(alerts, eid)


def test_a_new_crs_episode_brings_the_alert_back(service, record, alerts, clock):
    eid = admit(service, record)
    chart(service, clock, 0, episode_id=eid, vitals=vitals(clock.t, 38.5))
    alerts.acknowledge(eid, "crs_suspected")
    chart(service, clock, 240, episode_id=eid, vitals=vitals(clock.t, 37.0))
    assert "crs_suspected" not in open_codes(alerts, eid)  # gone: nothing to show
    chart(service, clock, 480, episode_id=eid, vitals=vitals(clock.t, 38.4))
    assert state(alerts, eid, "crs_suspected").returned


def test_icu_transfer_returns_when_icans_rises(service, record, alerts, clock):
    eid = admit(service, record)
    grade3 = {"o2_device": O2Device.HIGH_FLOW_NASAL_CANNULA, "o2_flow_l_min": 30}
    chart(service, clock, 0, episode_id=eid, vitals=vitals(clock.t, 38.9, **grade3))
    assert service.assessment(eid).crs.grade == 3
    chart(
        service,
        clock,
        30,
        episode_id=eid,
        neuro=NeuroAssessment(clock.t, ice_score=10, consciousness=Consciousness.ALERT),
    )
    alerts.acknowledge(eid, "icu_transfer_suggested", "ICU consulted")
    chart(
        service,
        clock,
        60,
        episode_id=eid,
        vitals=vitals(clock.t, 38.6, **grade3),
        neuro=NeuroAssessment(clock.t, ice_score=10, consciousness=Consciousness.ALERT),
    )
    assert "icu_transfer_suggested" not in open_codes(alerts, eid)  # CRS 3, ICANS 0: as seen
    chart(
        service,
        clock,
        120,
        episode_id=eid,
        neuro=NeuroAssessment(clock.t, ice_score=8, consciousness=Consciousness.ALERT),
    )
    assert service.assessment(eid).icans.grade == 1
    assert state(alerts, eid, "icu_transfer_suggested").returned


def test_hlh_returns_when_ferritin_rises_further(service, record, alerts, clock):
    eid = admit(service, record)
    record.labs.record(eid, "ferritin", 12000)
    alerts.acknowledge(eid, "hlh_mas_suspected")
    clock.t += H
    record.labs.record(eid, "ferritin", 11000)
    assert "hlh_mas_suspected" not in open_codes(alerts, eid)
    clock.t += H
    record.labs.record(eid, "ferritin", 15000)
    assert "hlh_mas_suspected" in open_codes(alerts, eid)


def test_another_tocilizumab_dose_brings_the_limit_alert_back(service, record, alerts, clock):
    eid = admit(service, record, infusion_time=DEMO_NOW - timedelta(days=4))
    sign_in(service, "doctor")
    for hours in (60, 40, 30, 20):
        clock.t = DEMO_NOW - hours * H
        record_dose(record, eid, "tocilizumab", 560, clock.t, "IV", "doctor")
    clock.t = DEMO_NOW
    alerts.acknowledge(eid, "tocilizumab_limit")
    assert "tocilizumab_limit" not in open_codes(alerts, eid)
    record_dose(
        record, eid, "tocilizumab", 560, clock.t, "IV", "doctor", override_reason="MDT: fifth dose"
    )
    assert "tocilizumab_limit" in open_codes(alerts, eid)


def test_plain_notes_from_the_repository_still_read(service, alerts):
    sign_in(service, "nurse")
    eid = bed_of(service, "06")  # the demo acknowledged its ICU alert without a condition
    info = state(alerts, eid, "icu_transfer_suggested")
    assert info.acknowledged and info.ack.note == "已联系 ICU 会诊" and info.ack.seen is None
    board = alerts.open_alerts_by_episode()
    assert "icu_transfer_suggested" not in {a.code for a in board[eid]}
    assert all(a.severity.value != "info" for alerts_ in board.values() for a in alerts_)
    assert decode_ack(AlertAck(eid, "x", DEMO_NOW, note="{not json")).note == "{not json"


def test_acknowledging_needs_the_alert_and_the_role(service, record, alerts):
    eid = admit(service, record)
    with pytest.raises(ServiceError):
        alerts.acknowledge(eid, "hlh_mas_suspected")
    sign_in(service, "admin")
    with pytest.raises(PermissionDenied):
        alerts.acknowledge(eid, "seizure_prophylaxis")
