"""The HLH/MAS panel (clinical-rules §4) read through the alert service on a real ward
database: the demo's bed 06 (CRS 4, ferritin and transaminases up) and a lab import."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.hlh import Status
from cart_bedside.logic.messages import render
from cart_bedside.reports import gather_handover
from cart_bedside.service import AlertService, PermissionDenied, RecordService
from tests.demo_ward import DEMO_NOW

from .test_record_service import bed_of, sign_in


@pytest.fixture
def alerts(service):
    return AlertService(service)


def _statuses(check):
    return {i.code: i.status for i in check.items}


def test_bed_06_panel_has_the_lines_and_the_checklist_from_its_labs(service, alerts):
    sign_in(service, "doctor")
    ep = bed_of(service, "06")
    assert "hlh_mas_suspected" in service.assessment(ep).alert_codes()
    table = alerts.hlh_table(ep)
    assert len(table.lines) == 9
    assert all(line.sources[0].code == "source.seed000.table3" for line in table.lines)
    assert _statuses(table.checklist) == {
        "ferritin": Status.MET,
        "liver": Status.MET,  # AST > 5 × ULN on the days of CRS 4
        "kidney": Status.NOT_MET,
        "lung": Status.PHYSICIAN,
        "haemophagocytosis": Status.PHYSICIAN,
    }
    assert "AST highest" in render(table.checklist.items[1].detail, "en")


def test_the_handover_prints_the_same_checklist_while_the_alert_is_raised(service, alerts):
    sign_in(service, "doctor")
    sheet = gather_handover(service.repo, now=DEMO_NOW)
    by_bed = {p.bed: p for p in sheet.patients}
    for bed, ps in by_bed.items():
        raised = "hlh_mas_suspected" in ps.assessment.alert_codes()
        assert (ps.hlh is not None) == raised, bed
        if raised:
            assert ps.hlh == alerts.hlh_table(bed_of(service, bed)).checklist
    assert by_bed["06"].hlh is not None and by_bed["07"].hlh is None


def test_a_new_creatinine_changes_the_kidney_item(service, alerts):
    record = RecordService(service)
    sign_in(service, "nurse")
    ep = bed_of(service, "06")
    assert _statuses(alerts.hlh_table(ep).checklist)["kidney"] is Status.NOT_MET
    record.labs.record(ep, "creatinine", 420.0, "µmol/L", DEMO_NOW - timedelta(minutes=30))
    kidney = alerts.hlh_table(ep).checklist.items[2]
    assert kidney.status is Status.MET
    assert "creatinine highest 420 µmol/L" in render(kidney.detail, "en")


def test_the_panel_needs_someone_signed_in(service, alerts):
    with pytest.raises(PermissionDenied):
        alerts.hlh_table("any episode")
