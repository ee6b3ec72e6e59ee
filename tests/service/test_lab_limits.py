"""The ward laboratory's upper limits of normal (clinical-decisions H-01) on a real copy of the
demo ward: the HLH/MAS checklist and the handover use the ward's saved limits and say so;
a value out of its range is refused naming the field and the range, nothing stored; every
change audited; null goes back to the app's defaults."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from cart_bedside.logic.hlh import ADULT_ULN, DEFAULT_LIMITS, Status, UpperLimits
from cart_bedside.logic.messages import render
from cart_bedside.logic.validation import ValidationError
from cart_bedside.reports import gather_handover
from cart_bedside.reports.handover import handover_pdf
from cart_bedside.reports.hlh_text import hlh_lines
from cart_bedside.reports.page import Words
from cart_bedside.service import AdminService, AlertService, PermissionDenied
from cart_bedside.service.lab_limits import KEY_LAB_ULN, parse_lab_uln, set_lab_uln
from tests.demo_ward import DEMO_NOW, PINS

from .test_record_service import bed_of

# Bed 06 (a man): bilirubin 36, AST 305, ALT 222, creatinine 168 (baseline 70) since infusion.
LAB_MEN = {"alt": 50.0, "ast": 65.0, "bilirubin": 26.0, "creatinine": 55.0}


@pytest.fixture
def admin(service):
    service.sign_in("admin", PINS["admin"])
    return AdminService(service, service.db_file())


def _checklist(service, bed="06"):
    service.sign_in("doctor", PINS["doctor"])
    return AlertService(service).hlh_table(bed_of(service, bed)).checklist


def _setting_changes(service):
    return [
        e
        for e in service.repo.audit_log.audit_entries()
        if e.action == "setting_change" and e.record_id == KEY_LAB_ULN
    ]


def test_the_checklist_uses_the_ward_s_saved_limits(service, admin):
    before = _checklist(service)
    assert before.limits == ADULT_ULN["M"] and not before.ward_limits
    assert [i.status for i in before.items[1:3]] == [Status.MET, Status.NOT_MET]
    assert "the app's default" in render(before.limits_line, "en")

    service.sign_in("admin", PINS["admin"])
    saved = set_lab_uln(admin, {"M": LAB_MEN}, reason="检验科 2026 版参考区间")
    assert saved.men == UpperLimits(**LAB_MEN) and saved.women == ADULT_ULN["F"]
    after = _checklist(service)
    assert after.limits == UpperLimits(**LAB_MEN) and after.ward_limits
    liver, kidney = after.items[1:3]
    assert liver.status is Status.NOT_MET  # AST 305 ≤ 5 × 65
    assert "AST highest 305 (5 × ULN = 325)" in render(liver.detail, "en")
    assert kidney.status is Status.MET  # creatinine 168 > 3 × 55
    assert "the ward laboratory's" in render(after.limits_line, "en")
    assert "本院检验科" in render(after.limits_line, "zh_CN")

    # the handover prints the same checklist, and the limits it used
    sheet = gather_handover(service.repo, now=DEMO_NOW)
    (bed_06,) = [p for p in sheet.patients if p.bed == "06"]
    assert bed_06.hlh == after
    lines = hlh_lines(Words("zh_CN", "Helvetica"), bed_06.hlh)
    assert lines[-1] == render(after.limits_line, "zh_CN") and "AST 65 U/L" in lines[-1]
    printed = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(handover_pdf(sheet, "en", figures=False))).pages
    )
    assert "Upper limits of normal used (the ward laboratory's" in printed
    assert "AST 65 U/L" in printed and "(5 × ULN = 325)" in printed

    (change,) = _setting_changes(service)
    assert change.actor == "admin" and change.reason == "检验科 2026 版参考区间"
    assert change.details["old"] is None and change.details["new"]["M"]["ast"] == 65

    service.sign_in("admin", PINS["admin"])
    assert set_lab_uln(admin, None, reason="back to the defaults") == DEFAULT_LIMITS
    back = _checklist(service)
    assert back.limits == ADULT_ULN["M"] and not back.ward_limits
    assert back.items[1].status is Status.MET
    assert len(_setting_changes(service)) == 2


@pytest.mark.parametrize(
    ("values", "field", "allowed"),
    [
        ({"M": {"alt": 9}}, "lab_uln.M.alt", "10–200 U/L"),
        ({"F": {"ast": 201}}, "lab_uln.F.ast", "10–200 U/L"),
        ({"F": {"bilirubin": 1.2}}, "lab_uln.F.bilirubin", "5–60 µmol/L"),  # mg/dL
        ({"M": {"creatinine": 1.1}}, "lab_uln.M.creatinine", "30–200 µmol/L"),  # mg/dL
        ({"M": {"creatinine": 970}}, "lab_uln.M.creatinine", "30–200 µmol/L"),
    ],
)
def test_a_value_out_of_its_range_is_refused_and_nothing_stored(
    service, admin, values, field, allowed
):
    set_lab_uln(admin, {"F": {"alt": 35}})
    stored = service.repo.ward_settings.get_setting(KEY_LAB_ULN)
    with pytest.raises(ValidationError) as refused:
        set_lab_uln(admin, {**values, "M": {"ast": 45, **values.get("M", {})}})
    assert refused.value.field == field
    text = refused.value.render("en")
    assert allowed in text, text
    assert service.repo.ward_settings.get_setting(KEY_LAB_ULN) == stored  # nothing stored
    assert admin.settings().lab_uln.women.alt == 35 and admin.settings().lab_uln.men.ast == 40
    assert len(_setting_changes(service)) == 1


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"M": {"alt": None}}, "lab_uln.M.alt"),  # an empty field
        ({"M": {"alt": "fifty"}}, "lab_uln.M.alt"),
        ({"M": {"ggt": 50}}, "lab_uln.M.ggt"),
        ({"X": {}}, "lab_uln.X"),
        ({"F": 40}, "lab_uln.F"),
    ],
)
def test_a_malformed_value_names_its_field(admin, values, field):
    with pytest.raises(ValidationError) as refused:
        set_lab_uln(admin, values)
    assert refused.value.field == field


def test_only_an_admin_sets_them_and_an_unchanged_value_is_not_audited(service, admin):
    set_lab_uln(admin, {"M": LAB_MEN})
    set_lab_uln(admin, {"M": {"alt": 50}})  # the same: nothing to audit
    assert len(_setting_changes(service)) == 1
    service.sign_in("nurse", PINS["nurse"])
    with pytest.raises(PermissionDenied):
        set_lab_uln(admin, {"M": {"alt": 60}})
    assert parse_lab_uln(None) == DEFAULT_LIMITS and parse_lab_uln({}).ward
