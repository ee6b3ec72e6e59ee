"""The record service (issue 5): admission, medications, labs, history, tasks, co-sign."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from cart_bedside.logic.catalogue import CATALOGUE
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import (
    Consciousness,
    HighRiskFactors,
    NeuroAssessment,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from cart_bedside.logic.risk import EligibilityInputs, ItemStatus, RiskGroup
from cart_bedside.logic.schedule import TaskStatus
from cart_bedside.logic.tocilizumab_state import TociState
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import (
    BedOccupiedError,
    DoseLimitError,
    DuplicateDoseError,
    PermissionDenied,
    RecordService,
    ServiceError,
    SignInError,
)
from tests.demo_ward import DEMO_NOW, PINS

MIN = timedelta(minutes=1)

H = timedelta(hours=1)


@pytest.fixture
def record(service):
    return RecordService(service)


def record_dose(record, *args, **kwargs):
    """A dose signed with the signed-in user's PIN; "duplicate?" answered yes unless said."""
    kwargs.setdefault("pin", PINS[record.ward.user.username])
    kwargs.setdefault("duplicate_confirmed", True)
    return record.medications.record_dose(*args, **kwargs)


def sign_in(service, who):
    service.sign_in(who, PINS[who])


def new_patient(**changes) -> Patient:
    base = Patient(
        age_years=50,
        weight_kg=70.0,
        weight_time=DEMO_NOW - timedelta(days=1),
        sex="M",
        name="测试患者",
        mrn="TEST-001",
        bed="13",
        diagnosis="b_nhl",
        product="axi-cel",
        target="CD19",
        costim_domain="CD28",
        height_cm=175,
        infusion_time=DEMO_NOW - timedelta(days=1),
    )
    return replace(base, **changes)


def admit(service, record, who="nurse", **changes) -> str:
    sign_in(service, who)
    return record.admissions.admit(new_patient(**changes))


def vitals(t, temp=37.0, sbp=120, **kw) -> VitalSigns:
    return VitalSigns(t, temp_c=temp, hr=90, sbp=sbp, dbp=60, rr=18, spo2=97, **kw)


def bed_of(service, bed):
    return next(e.episode_id for _, e in service.occupied() if e.bed == bed)


# --- admission ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "group", "reasons"),
    [
        ({}, RiskGroup.STANDARD, []),
        ({"age_years": 72}, RiskGroup.HIGH, ["risk.factor.age_70"]),
        (
            {"risk_factors": HighRiskFactors(bulky_lesion_7_5_cm=True, ecog_3_or_more=True)},
            RiskGroup.HIGH,
            ["risk.factor.ecog_3_or_more", "risk.factor.bulky_lesion_7_5_cm"],
        ),
    ],
)
def test_admitting_a_patient_shows_the_risk_group(service, record, changes, group, reasons):
    episode_id = admit(service, record, **changes)
    admission = record.admissions.admission(episode_id)
    assert admission.risk.group is group
    assert [r.code for r in admission.risk.reasons] == reasons
    assert admission.episode.bed == "13"
    card = next(c for c in service.board() if c.episode_id == episode_id)
    assert card.risk_high is (group is RiskGroup.HIGH)
    entry = service.repo.audit_log.audit_entries(record_id=episode_id, limit=1)[0]
    assert (entry.action, entry.actor) == ("insert", "nurse")


def test_admission_stores_the_eligibility_checklist_as_records(service, record, clock):
    sign_in(service, "doctor")
    episode_id = record.admissions.admit(
        new_patient(),
        eligibility=EligibilityInputs(
            kps=80,
            ecog=1,
            lvef_percent=45,
            alt_u_l=40,
            alt_uln_u_l=40,
            ast_u_l=30,
            ast_uln_u_l=40,
            spo2_room_air=96,
            active_infection=False,
        ),
    )
    checklist = {i.code: i.status for i in record.admissions.eligibility(episode_id).checklist}
    assert checklist == {
        "eligibility.performance": ItemStatus.MET,
        "eligibility.lvef": ItemStatus.NOT_MET,
        "eligibility.liver": ItemStatus.MET,
        "eligibility.spo2": ItemStatus.MET,
        "eligibility.no_active_infection": ItemStatus.MET,
        "eligibility.life_expectancy": ItemStatus.UNKNOWN,
    }
    clock.t += H
    record.admissions.record_eligibility(
        episode_id, EligibilityInputs(lvef_percent=55, life_expectancy_weeks=52)
    )
    eligibility = record.admissions.eligibility(episode_id)
    assert eligibility.inputs.lvef_percent == 55 and eligibility.inputs.kps == 80
    assert eligibility.observed_at["lvef_percent"] == DEMO_NOW + H
    assert all(i.status is ItemStatus.MET for i in eligibility.checklist)
    # kept as records (amendable, in History), not mixed into the lab list or the rules
    assert record.labs.results(episode_id) == []
    assert sum(1 for e in record.history.entries(episode_id, ["lab"])) == 11
    with pytest.raises(ValidationError) as info:
        record.admissions.record_eligibility(episode_id, EligibilityInputs(ecog=7))
    assert info.value.field == "eligibility.ecog"


def test_an_occupied_bed_is_refused_with_a_clear_message(service, record):
    sign_in(service, "nurse")
    with pytest.raises(BedOccupiedError) as info:
        record.admissions.admit(new_patient(bed="01"))
    assert info.value.bed == "01" and info.value.episode_id == bed_of(service, "01")
    assert "01" in render(info.value.message, "en")
    assert "张**" in render(info.value.message, "zh_CN")


@pytest.mark.parametrize("missing", ["name", "mrn", "bed"])
def test_admission_needs_name_mrn_and_bed(service, record, missing):
    sign_in(service, "nurse")
    with pytest.raises(ValidationError) as info:
        record.admissions.admit(new_patient(**{missing: " "}))
    assert info.value.field == f"patient.{missing}"


def test_a_bed_list_setting_limits_the_beds(service, record):
    service.repo.ward_settings.set_setting("beds", [f"{i:02d}" for i in range(1, 15)], "admin")
    sign_in(service, "nurse")
    with pytest.raises(ValidationError):
        record.admissions.admit(new_patient(bed="99"))
    assert record.admissions.free_beds() == ["13", "14"]


def test_transfer_and_discharge_free_the_bed_and_keep_the_record(service, record, clock):
    episode_id = admit(service, record, weight_kg=70.0)
    service.save_shift_entry(episode_id, PINS["nurse"], weight=WeightMeasurement(DEMO_NOW, 71.0))
    record.admissions.transfer(episode_id, "14", "nearer the nurses' station")
    assert record.admissions.admission(episode_id).episode.bed == "14"
    # the transfer does not overwrite the admission weight with the latest weighing
    assert record.admissions.admission(episode_id).patient.weight_kg == 70.0
    assert record.admissions.admission(episode_id).latest_weight.weight_kg == 71.0
    other = record.admissions.admit(
        new_patient(mrn="TEST-002", name="另一位")
    )  # bed 13 is free again
    assert record.admissions.admission(other).episode.bed == "13"
    with pytest.raises(BedOccupiedError):
        record.admissions.transfer(episode_id, "13", "back")
    clock.t += H
    with pytest.raises(ValidationError):
        record.admissions.discharge(episode_id, "  ")
    record.admissions.discharge(episode_id, "recovered, to day clinic")
    assert episode_id not in {e.episode_id for _, e in service.occupied()}
    admission = record.admissions.admission(episode_id)
    assert admission.discharged and admission.episode.bed == "14"
    assert [v.bed for v in admission.versions] == ["13", "14", "14"]
    assert [v.meta.amend_reason for v in admission.versions][1:] == [
        "nearer the nurses' station",
        "recovered, to day clinic",
    ]
    with pytest.raises(ServiceError):
        record.admissions.transfer(episode_id, "15", "after discharge")


def test_a_known_mrn_is_readmitted_but_not_twice_at_once(service, record, clock):
    first = admit(service, record)
    with pytest.raises(ServiceError) as info:
        record.admissions.admit(new_patient(bed="14"))
    assert info.value.message.code == "record.error.already_admitted"
    record.admissions.discharge(first, "discharged")
    clock.t += H
    second = record.admissions.admit(new_patient(bed="14"))
    assert (
        service.repo.patients.episode(second).patient_id
        == service.repo.patients.episode(first).patient_id
    )


@pytest.mark.parametrize(
    "action",
    [
        lambda r, eid, rid: r.admissions.admit(new_patient()),
        lambda r, eid, rid: record_dose(r, eid, "acetaminophen", 500, ordered_by="doctor"),
        lambda r, eid, rid: r.labs.record(eid, "crp", 12),
        lambda r, eid, rid: r.history.amend(eid, rid, vitals(DEMO_NOW - 4 * H, 37.5), "typo"),
        lambda r, eid, rid: r.history.entered_in_error(eid, rid, "wrong patient"),
        lambda r, eid, rid: r.admissions.transfer(eid, "14", "move"),
        lambda r, eid, rid: r.admissions.discharge(eid, "home"),
        lambda r, eid, rid: r.admissions.record_eligibility(eid, EligibilityInputs(kps=90)),
        lambda r, eid, rid: r.tasks.add_task(eid, "labs", DEMO_NOW + H),
    ],
)
def test_admin_cannot_chart(service, record, action):
    sign_in(service, "nurse")
    episode_id = bed_of(service, "12")
    record_id = service.repo.queries.vitals(episode_id)[-1].meta.id
    sign_in(service, "admin")
    with pytest.raises(PermissionDenied):
        action(record, episode_id, record_id)


# --- medications ----------------------------------------------------------------------------


def test_two_tocilizumab_doses_then_a_third_within_8_h_needs_a_physician_override(
    service, record, clock
):
    episode_id = admit(service, record)
    clock.t = DEMO_NOW - 9 * H + timedelta(minutes=5)
    first = record_dose(record, episode_id, "tocilizumab", None, DEMO_NOW - 9 * H, "IV", "doctor")
    assert first.dose.dose_mg == 560.0 and first.dose.given_by == "nurse"
    clock.t = DEMO_NOW
    record_dose(record, episode_id, "托珠单抗", 560, DEMO_NOW, "IV", "doctor")
    clock.t = DEMO_NOW + 2 * H
    with pytest.raises(DoseLimitError) as info:
        record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    assert info.value.broken == ("interval",)
    assert info.value.next_allowed_at == DEMO_NOW + 8 * H
    assert "8 h" in render(info.value.message, "en")
    with pytest.raises(PermissionDenied):  # a nurse cannot override
        record_dose(
            record,
            episode_id,
            "tocilizumab",
            560,
            clock.t,
            "IV",
            "doctor",
            override_reason="refractory hypotension",
        )
    assert len(record.medications.medication_summary(episode_id).doses) == 2
    sign_in(service, "doctor")
    with pytest.raises(DoseLimitError):  # a physician needs a reason too
        record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    third = record_dose(
        record,
        episode_id,
        "tocilizumab",
        560,
        clock.t,
        "IV",
        "doctor",
        override_reason="refractory hypotension, ICU agrees",
    )
    assert third.overridden == ("interval",)
    audit = service.repo.audit_log.audit_entries(record_id=third.record_id, action="sign", limit=1)[
        0
    ]
    assert audit.actor == "doctor" and audit.details["broken"] == ["interval"]
    summary = record.medications.medication_summary(episode_id)
    assert [line.overridden for line in summary.doses] == [False, False, True]
    assert summary.tocilizumab.ledger.doses_total == 3
    assert summary.tocilizumab.doses_remaining == 1
    # three in 24 h: the next is allowed 24 h after the first of them
    assert summary.tocilizumab.next_allowed_at == DEMO_NOW - 9 * H + 24 * H
    assert summary.tocilizumab.countdown == 13 * H


@pytest.mark.parametrize(
    ("limits", "given_hours_ago", "new_in_hours", "broken"),
    [
        ({}, (), 0, ()),
        ({}, (9,), 0, ()),
        ({}, (7,), 0, ("interval",)),
        ({}, (20, 6), -13, ("interval",)),  # a late entry slotted between two doses
        ({}, (23, 15, 7), 1, ()),  # the first of three is 24 h old
        ({}, (20, 12, 4), 0, ("interval", "per_24h")),
        ({}, (60, 40, 20, 10), 0, ("total",)),
        ({"max_per_24h": 2}, (16, 8), 1, ("per_24h",)),
        ({"max_total": 2, "max_per_24h": 2}, (40, 20), 0, ("total",)),
        ({"min_interval_h": 4}, (5,), 0, ()),
    ],
)
def test_tocilizumab_limits(service, record, clock, limits, given_hours_ago, new_in_hours, broken):
    if limits:
        service.repo.ward_settings.set_setting("tocilizumab_limits", limits, "admin")
    episode_id = admit(service, record, infusion_time=DEMO_NOW - timedelta(days=4))
    sign_in(service, "doctor")
    for hours in sorted(given_hours_ago, reverse=True):
        clock.t = DEMO_NOW - hours * H
        record_dose(
            record,
            episode_id,
            "tocilizumab",
            560,
            clock.t,
            "IV",
            "doctor",
            override_reason="table set-up",
        )
    clock.t = DEMO_NOW + max(new_in_hours, 0) * H
    when = DEMO_NOW + new_in_hours * H
    if broken:
        with pytest.raises(DoseLimitError) as info:
            record_dose(record, episode_id, "tocilizumab", 560, when, "IV", "doctor")
        assert info.value.broken == broken
    else:
        assert (
            record_dose(record, episode_id, "tocilizumab", 560, when, "IV", "doctor").overridden
            == ()
        )


def test_the_wards_limits_are_used(service, record, clock):
    service.repo.ward_settings.set_setting("tocilizumab_limits", {"min_interval_h": 12}, "admin")
    episode_id = admit(service, record)
    clock.t = DEMO_NOW - 10 * H
    record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    clock.t = DEMO_NOW
    with pytest.raises(DoseLimitError) as info:
        record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    assert "12 h" in render(info.value.message, "en")
    assert (
        record.medications.medication_summary(episode_id).tocilizumab.next_allowed_at
        == DEMO_NOW + 2 * H
    )


@pytest.mark.parametrize(
    ("weight_kg", "weighed_days_ago", "dose_mg", "warning"),
    [
        (70.0, 1, 560.0, None),
        (20.0, 1, 240.0, None),  # 12 mg/kg under 30 kg
        (120.0, 1, 800.0, None),  # never above 800 mg
        (70.0, 10, 560.0, "tocilizumab.weight_stale"),
    ],
)
def test_tocilizumab_dose_from_the_latest_weight(
    service, record, weight_kg, weighed_days_ago, dose_mg, warning
):
    episode_id = admit(
        service,
        record,
        weight_kg=weight_kg,
        weight_time=DEMO_NOW - timedelta(days=weighed_days_ago),
    )
    status = record.medications.tocilizumab_status(episode_id)
    assert status.suggestion.dose_mg == dose_mg
    assert status.suggestion.weight_kg == weight_kg
    assert status.suggestion.weight_time == DEMO_NOW - timedelta(days=weighed_days_ago)
    assert [w.code for w in status.warnings] == ([warning] if warning else [])
    saved = record_dose(record, episode_id, "tocilizumab", None, ordered_by="doctor")
    assert saved.dose.dose_mg == dose_mg
    assert [w.code for w in saved.warnings] == ([warning] if warning else [])


def test_tocilizumab_refused_without_weight_or_above_800_mg(service, record):
    episode_id = admit(service, record, weight_kg=None, weight_time=None)
    with pytest.raises(ValidationError) as info:
        record_dose(record, episode_id, "tocilizumab", None, ordered_by="doctor")
    assert info.value.message.code == "tocilizumab.no_weight"
    with pytest.raises(ValidationError) as info:
        record_dose(record, episode_id, "tocilizumab", 900, ordered_by="doctor")
    assert info.value.field == "medication.dose_mg"


def test_later_weight_sets_the_dose_and_a_far_off_dose_warns(service, record):
    episode_id = admit(service, record)
    service.save_shift_entry(episode_id, PINS["nurse"], weight=WeightMeasurement(DEMO_NOW, 72.5))
    assert record.medications.tocilizumab_status(episode_id).suggestion.dose_mg == 580.0
    saved = record_dose(record, episode_id, "tocilizumab", 400, ordered_by="doctor")
    assert [w.code for w in saved.warnings] == ["record.warning.dose_differs"]


def test_steroids_antipyretics_antiepileptics_and_others(service, record, clock):
    episode_id = admit(service, record)
    for hours, drug, mg in (
        (40, "dexamethasone", 10),
        (20, "甲泼尼龙", 40),
        (6, "paracetamol", 500),
        (5, "levetiracetam", 750),
        (4, "pantoprazole", 40),
    ):
        clock.t = DEMO_NOW - hours * H
        record_dose(record, episode_id, drug, mg, clock.t, "IV", "doctor")
    clock.t = DEMO_NOW
    summary = record.medications.medication_summary(episode_id)
    assert [(line.dose.drug, line.drug_class) for line in summary.doses] == [
        ("dexamethasone", "steroid"),
        ("methylprednisolone", "steroid"),
        ("acetaminophen", "antipyretic"),
        ("levetiracetam", "antiepileptic"),
        ("pantoprazole", "other"),
    ]
    assert summary.steroids.dex_equivalent_mg == 17.5  # 10 + 40 × 0.75/4
    assert summary.steroids.days_with_dose == 2
    assert all(
        line.dose.ordered_by == "doctor" and line.dose.given_by == "nurse" for line in summary.doses
    )
    with pytest.raises(ValidationError) as info:
        record_dose(record, episode_id, "ibuprofen", 400)
    assert info.value.field == "medication.ordered_by"


@pytest.mark.parametrize(
    ("drug", "warned"),
    [("levofloxacin", True), ("复方磺胺甲噁唑", True), ("左氧氟沙星", True), ("cefepime", False)],
)
def test_myasthenia_patient_and_quinolone_or_sulfonamide_warns(service, record, drug, warned):
    sign_in(service, "nurse")
    episode_id = bed_of(service, "05")
    saved = record_dose(record, episode_id, drug, 500, ordered_by="doctor")
    assert any(w.code == "record.warning.avoid_in_myasthenia" for w in saved.warnings) is warned
    for lang in ("zh_CN", "en"):
        assert all(render(w, lang) for w in saved.warnings)
    codes = service.assessment(episode_id).alert_codes()
    assert ("contraindicated_antibiotic_recorded" in codes) is warned


# --- labs -----------------------------------------------------------------------------------


def test_a_lab_raises_its_alert_and_is_listed(service, record):
    episode_id = admit(service, record)
    saved = record.labs.record(episode_id, "Ferritin", 12500, "ng/mL")
    assert [a.code for a in saved.raised] == ["hlh_mas_suspected"]
    assert [(lab.name, lab.value, lab.unit) for lab in record.labs.results(episode_id)] == [
        ("ferritin", 12500.0, "ng/mL")
    ]
    assert record.labs.record(episode_id, "IL-6", 35).lab.unit == "pg/mL"
    assert record.labs.results(episode_id, "il6")[0].value == 35.0


@pytest.mark.parametrize(
    ("name", "value", "unit", "field"),
    [
        ("ferritin", -1, None, "lab.value"),
        ("crp", 12, "mg/dL", "lab.unit"),
        ("anc", 500, None, "lab.value"),  # ANC is entered in 10^9/L
        ("eligibility.kps", 80, None, "lab.name"),
    ],
)
def test_labs_are_validated(service, record, name, value, unit, field):
    episode_id = admit(service, record)
    with pytest.raises(ValidationError) as info:
        record.labs.record(episode_id, name, value, unit)
    assert info.value.field == field


def test_icaht_grade_from_the_anc_series(service, record, clock):
    episode_id = admit(service, record, infusion_time=DEMO_NOW - timedelta(days=8))
    for day in range(0, 9):
        clock.t = DEMO_NOW - timedelta(days=8 - day) + timedelta(hours=1)
        record.labs.record(episode_id, "anc", 0.3, time=clock.t - timedelta(minutes=30))
    assert record.labs.icaht(episode_id).early.grade == 2  # 9 days ≤ 500/µL
    assert record.labs.icaht(episode_id).latest_anc.value == 0.3
    assert "severe_neutropenia" in service.assessment(episode_id).alert_codes()


def test_lab_panel_offers_the_rules_labs_with_units(record):
    from cart_bedside.service.labs import lab_label

    panel = {spec.name: spec for spec in record.labs.panel()}
    assert {
        "crp",
        "ferritin",
        "il6",
        "mcp1",
        "anc",
        "platelets",
        "hb",
        "fibrinogen",
        "ldh",
        "igg",
        "hbv_dna",
    } <= set(panel)
    assert panel["anc"].unit == "10^9/L"
    assert render(lab_label("eligibility.kps"), "zh_CN") == "KPS 评分"


# --- history --------------------------------------------------------------------------------


def test_an_amendment_keeps_both_values_in_history(service, record, clock):
    episode_id = admit(service, record)
    saved = service.save_shift_entry(episode_id, PINS["nurse"], vitals=vitals(DEMO_NOW, 39.8))
    clock.t += 20 * timedelta(minutes=1)
    with pytest.raises(ValidationError):
        record.history.amend(episode_id, saved.ids["vitals"], vitals(DEMO_NOW, 38.9), " ")
    record.history.amend(
        episode_id, saved.ids["vitals"], vitals(DEMO_NOW, 38.9), "misread the thermometer"
    )
    [entry] = record.history.entries(episode_id, ["vitals"])
    assert [v.temp_c for v in entry.versions] == [39.8, 38.9]
    assert entry.amended and not entry.entered_in_error
    assert entry.original.meta.id == saved.ids["vitals"]
    assert entry.current.meta.amend_reason == "misread the thermometer"
    assert entry.current.meta.recorded_by == "nurse"
    assert service.assessment(episode_id).crs.current.record.temp_c == 38.9


def test_entered_in_error_keeps_the_record_readable(service, record):
    episode_id = admit(service, record)
    lab = record.labs.record(episode_id, "crp", 80)
    with pytest.raises(ValidationError):
        record.history.entered_in_error(episode_id, lab.record_id, "")
    record.history.entered_in_error(episode_id, lab.record_id, "wrong patient's sample")
    assert record.labs.results(episode_id) == []
    [entry] = record.history.entries(episode_id, ["lab"])
    assert entry.entered_in_error and entry.current is None
    assert entry.original.value == 80.0
    assert entry.latest.meta.amend_reason == "wrong patient's sample"


def test_history_marks_late_entries_and_lists_every_kind(service, record, clock):
    episode_id = admit(service, record)
    clock.t = DEMO_NOW + 2 * H
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=vitals(DEMO_NOW),
        neuro=NeuroAssessment(DEMO_NOW, ice_score=10, consciousness=Consciousness.ALERT),
        weight=WeightMeasurement(DEMO_NOW + 2 * H, 70.2),
    )
    record.labs.record(episode_id, "crp", 20, time=DEMO_NOW + 2 * H)
    entries = record.history.entries(episode_id)
    assert [(e.kind, e.late) for e in entries] == [
        ("vitals", True),
        ("neuro", True),
        ("lab", False),
        ("weight", False),
    ]
    assert all(e.recorded_by == "nurse" and e.recorded_at == DEMO_NOW + 2 * H for e in entries)


def test_a_record_of_another_admission_is_refused(service, record):
    episode_id = admit(service, record)
    other = service.repo.queries.vitals(bed_of(service, "12"))[-1]
    with pytest.raises(ServiceError) as info:
        record.history.amend(episode_id, other.meta.id, vitals(other.time, 37.2), "wrong bed")
    assert info.value.message.code == "record.error.not_in_episode"


def test_amending_a_tocilizumab_time_rechecks_the_limits(service, record, clock):
    episode_id = admit(service, record)
    clock.t = DEMO_NOW - 9 * H
    record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    clock.t = DEMO_NOW
    second = record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")
    dose = second.dose
    record.history.amend(episode_id, second.record_id, replace(dose, route="IV over 1 h"), "route")
    current = record.medications.medication_summary(episode_id).doses[-1].dose
    with pytest.raises(PermissionDenied):  # a nurse may not move a tocilizumab dose (issue 15)
        record.history.amend(
            episode_id, current.meta.id, replace(dose, time=DEMO_NOW - 3 * H), "time"
        )
    sign_in(service, "doctor")
    with pytest.raises(DoseLimitError):  # a physician's move is checked against the limits
        record.history.amend(
            episode_id, current.meta.id, replace(dose, time=DEMO_NOW - 3 * H), "time"
        )


# --- tasks ----------------------------------------------------------------------------------


def test_an_overdue_task_shows_for_the_board(service, record, clock):
    episode_id = admit(service, record)
    service.save_shift_entry(episode_id, PINS["nurse"], vitals=vitals(DEMO_NOW, 38.4))
    summary = record.tasks.task_summary(episode_id)
    vital_task = next(t for t in summary.due if t.kind == "vitals")
    assert vital_task.due_at == DEMO_NOW + 4 * H  # CRS 1: vitals every 4 h
    assert summary.next_due is not None
    clock.t = DEMO_NOW + 4 * H + timedelta(minutes=31)
    summary = record.tasks.task_summary(episode_id)
    [red] = [t for t in summary.overdue if t.kind == "vitals"]
    assert red.due_at == DEMO_NOW + 4 * H
    assert any(o.bed == "13" and o.task.kind == "vitals" for o in record.tasks.overdue_tasks())
    service.save_shift_entry(episode_id, PINS["nurse"], vitals=vitals(clock.t, 38.3))
    done = [
        t
        for t in record.tasks.task_summary(episode_id).tasks
        if t.kind == "vitals" and t.status is TaskStatus.DONE
    ]
    assert done and done[-1].late  # done by the record, after it had turned red


def test_manual_tasks(service, record, clock):
    episode_id = admit(service, record)
    task_id = record.tasks.add_task(episode_id, "labs", DEMO_NOW + H, note="repeat IL-6")
    assert [t.note for t in record.tasks.task_summary(episode_id).manual] == ["repeat IL-6"]
    clock.t = DEMO_NOW + 2 * H
    assert len(record.tasks.task_summary(episode_id).manual_overdue) == 1
    with pytest.raises(ValidationError):
        record.tasks.close_task(task_id, "cancelled")
    record.tasks.close_task(task_id)
    assert record.tasks.task_summary(episode_id).manual == ()


# --- physician co-sign ----------------------------------------------------------------------


def test_a_physician_cosigns_the_current_grades(service, record, clock):
    episode_id = admit(service, record)
    service.save_shift_entry(
        episode_id,
        PINS["nurse"],
        vitals=vitals(DEMO_NOW, 38.6, sbp=86),
        neuro=NeuroAssessment(DEMO_NOW, ice_score=8, consciousness=Consciousness.ALERT),
    )
    with pytest.raises(PermissionDenied):
        record.cosigning.cosign(episode_id, PINS["nurse"])
    assert not record.cosigning.confirmed_grades(episode_id).crs_confirmed
    sign_in(service, "doctor")
    with pytest.raises(SignInError):
        record.cosigning.cosign(episode_id, "0000")
    signature_id = record.cosigning.cosign(episode_id, PINS["doctor"])
    confirmation = record.cosigning.confirmed_grades(episode_id)
    assert (confirmation.crs_grade, confirmation.icans_grade) == (2, 1)
    assert confirmation.crs_confirmed and confirmation.icans_confirmed
    assert confirmation.step_acknowledged and confirmation.intact
    assert confirmation.signer == "doctor" and confirmation.signature.meta.id == signature_id
    assert confirmation.signature.meaning == (
        "co-sign: CRS 2, ICANS 1; step acknowledged: tci-1203-2025"
    )
    assert "CRS 2 级" in render(confirmation.meaning, "zh_CN")
    assert service.repo.signing.verify_signature(signature_id)
    # §11: a newer record with the same computed grade leaves the physician's grade standing
    clock.t += H
    service.save_shift_entry(episode_id, PINS["doctor"], vitals=vitals(clock.t, 38.2, sbp=84))
    assert record.cosigning.confirmed_grades(episode_id).crs_confirmed
    # one that changes the computed grade ends it (CRS 2 → 1: no more hypotension)
    clock.t += H
    service.save_shift_entry(episode_id, PINS["doctor"], vitals=vitals(clock.t, 38.2, sbp=120))
    confirmation = record.cosigning.confirmed_grades(episode_id)
    assert not confirmation.crs_confirmed and confirmation.icans_confirmed
    assert confirmation.crs.lapsed and confirmation.crs.grade == 1
    assert not confirmation.step_acknowledged


def test_nothing_to_cosign_without_records(service, record):
    episode_id = admit(service, record, who="doctor")
    with pytest.raises(ServiceError) as info:
        record.cosigning.cosign(episode_id, PINS["doctor"])
    assert info.value.message.code == "record.error.nothing_to_cosign"


# --- words ----------------------------------------------------------------------------------


def test_every_code_the_services_write_is_in_the_catalogue_in_both_languages():
    service_dir = Path(__file__).resolve().parents[2] / "cart_bedside" / "service"
    literal = re.compile(r'"((?:record|admin|service|error|tocilizumab|alert)\.[a-z0-9_.]+)"')
    used = {
        code
        for path in service_dir.glob("*.py")
        for code in literal.findall(path.read_text(encoding="utf-8"))
        if not code.endswith(".")
    }
    assert used and not sorted(code for code in used if code not in CATALOGUE)


# --- issue 11: a dose is signed, a duplicate is asked about, one tocilizumab state -----------


def test_a_dose_is_signed_with_the_pin_and_a_wrong_pin_stores_nothing(service, record, clock):
    episode_id = admit(service, record)
    with pytest.raises(SignInError):
        record.medications.record_dose(
            episode_id, "tocilizumab", None, clock.t, "IV", "doctor", pin="0000"
        )
    assert record.medications.medication_summary(episode_id).doses == ()
    refused = service.repo.audit_log.audit_entries(action="sign_in_failed", limit=1)[0]
    assert refused.actor == "nurse"
    saved = record.medications.record_dose(
        episode_id, "tocilizumab", None, clock.t, "IV", "doctor", pin=PINS["nurse"]
    )
    assert saved.dose.given_by == "nurse"


def test_the_same_drug_within_60_min_asks_duplicate_first(service, record, clock):
    episode_id = admit(service, record)
    clock.t = DEMO_NOW + 2 * H
    record_dose(record, episode_id, "acetaminophen", 500, DEMO_NOW, "PO", "doctor")
    check = record.medications.check_dose(
        episode_id, "对乙酰氨基酚", 500, DEMO_NOW + 30 * MIN, ordered_by="doctor"
    )
    assert check.duplicate_of is not None and check.duplicate_of.time == DEMO_NOW
    with pytest.raises(DuplicateDoseError) as info:
        record.medications.record_dose(
            episode_id, "acetaminophen", 500, DEMO_NOW + 30 * MIN, "PO", "doctor", pin=PINS["nurse"]
        )
    text = render(info.value.message, "zh_CN")
    assert "重复" in text and "护士" not in text.split("由")[0]
    assert len(record.medications.medication_summary(episode_id).doses) == 1  # nothing stored
    record.medications.record_dose(
        episode_id,
        "acetaminophen",
        500,
        DEMO_NOW + 30 * MIN,
        "PO",
        "doctor",
        pin=PINS["nurse"],
        duplicate_confirmed=True,
    )
    assert len(record.medications.medication_summary(episode_id).doses) == 2
    later = record.medications.check_dose(
        episode_id, "acetaminophen", 500, DEMO_NOW + 91 * MIN, ordered_by="doctor"
    )
    assert later.duplicate_of is None


def test_the_tocilizumab_state_carries_the_grades(service, record, clock):
    episode_id = admit(service, record)
    status = record.medications.tocilizumab_status(episode_id)
    assert status.state.state is TociState.NO_DOSE_YET
    assert status.state.context == "no_crs"  # a new patient: no CRS, no indication
    record_dose(record, episode_id, "tocilizumab", None, clock.t, "IV", "doctor")
    status = record.medications.tocilizumab_status(episode_id)
    assert status.state.state is TociState.NEXT_AT
    assert status.state.next_at == status.next_allowed_at == clock.t + 8 * H
