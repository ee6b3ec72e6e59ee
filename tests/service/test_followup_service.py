"""The follow-up service (issue 13 item 8): prophylaxis until neutrophil recovery (§4),
IgG/IVIG and HBV (§7), read from a real SQLite ward."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.followup_line import Flag
from cart_bedside.service import PermissionDenied, RecordService

from .test_record_service import admit, new_patient, record_dose, sign_in

DAY = timedelta(days=1)


@pytest.fixture
def record(service):
    return RecordService(service)


def by_code(lines):
    return {line.code: line for line in lines}


def test_prophylaxis_follows_the_doses_and_the_anc_series(service, record, clock):
    infused = clock.t - 14 * DAY
    episode_id = admit(service, record, infusion_time=infused)
    status = record.followup.prophylaxis(episode_id)
    assert status.neutrophils.message.code == "prophylaxis.neutrophils.no_anc"
    lines = by_code(status.lines)
    assert lines["prophylaxis.title.antifungal"].flag is Flag.DUE
    record_dose(record, episode_id, "氟康唑", 200, route="PO", ordered_by="doctor")
    lines = by_code(record.followup.prophylaxis(episode_id).lines)
    assert lines["prophylaxis.title.antifungal"].flag is Flag.OK
    assert lines["prophylaxis.title.antibacterial"].flag is Flag.DUE
    # ANC ≤ 0.5 on days 1–8, then above it from day 9: recovered on day 9
    for day in range(1, 14):
        value = 0.3 if day < 9 else 1.4
        record.labs.record(episode_id, "anc", value, time=infused + day * DAY)
    status = record.followup.prophylaxis(episode_id)
    assert status.neutrophils.recovered_at == infused + 9 * DAY
    lines = by_code(status.lines)
    assert lines["prophylaxis.title.antifungal"].flag is Flag.ENDED
    assert lines["prophylaxis.title.pjp"].flag is Flag.DUE  # at least 3 months


def test_the_immunology_follow_up_reads_igg_hbv_and_the_monthly_check(service, record, clock):
    infused = clock.t - 40 * DAY
    episode_id = admit(service, record, infusion_time=infused, hbv_status=None)
    follow = record.followup.immunology(episode_id)
    ivig, hbv = by_code(follow.ivig), by_code(follow.hbv)
    assert ivig["ivig_igg"].title.code == "ivig.no_igg"
    assert ivig["ivig_plan"].title.code == "ivig.routine_monthly"
    assert ivig["ivig_igg_check"].title.code == "ivig.check.overdue"  # month 1, day 30
    assert hbv["hbv_status"].flag is Flag.DUE
    # an IgG result in the month-1 window does that check: month 2 is next
    record.labs.record(episode_id, "igg", 3.6, time=infused + 31 * DAY)
    ivig = by_code(record.followup.immunology(episode_id).ivig)
    assert ivig["ivig_igg"].title.code == "alert.ivig_suggested"
    assert ivig["ivig_igg_check"].title.params["month"] == 2
    # the same IgG task is done on the board's schedule too
    tasks = service.episode_view(episode_id).schedule(infused, infused + 35 * DAY)
    igg_task = next(t for t in tasks if t.kind == "igg")
    assert igg_task.status.value == "done"


def test_an_hbv_carrier_gets_monitoring_and_the_analogue_line(service, record, clock):
    episode_id = admit(
        service,
        record,
        infusion_time=clock.t - 5 * DAY,
        hbv_status="hbsag_positive",
        conditions=("hbsag_positive",),
    )
    hbv = by_code(record.followup.immunology(episode_id).hbv)
    assert list(hbv) == ["hbv_status", "hbv_risk", "hbv_monitoring", "hbv_antiviral"]
    assert hbv["hbv_antiviral"].flag is Flag.DUE
    record_dose(record, episode_id, "entecavir", 0.5, route="PO", ordered_by="doctor")
    hbv = by_code(record.followup.immunology(episode_id).hbv)
    assert hbv["hbv_antiviral"].flag is Flag.OK


def test_no_follow_up_before_an_infusion_time_and_none_without_sign_in(service, record):
    sign_in(service, "nurse")
    episode_id = record.admissions.admit(new_patient(infusion_time=None))
    assert record.followup.prophylaxis(episode_id) is None
    assert record.followup.immunology(episode_id) is None
    service.sign_out()
    with pytest.raises(PermissionDenied):
        record.followup.prophylaxis(episode_id)
