"""The handover sheet of the demo ward: its data, and the PDF's text in both languages."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from cart_bedside.logic.shifts import ShiftSettings
from cart_bedside.reports import (
    UnknownBedError,
    gather_handover,
    handover_shift,
    write_handover,
)
from cart_bedside.reports.summary import alert_title
from tests.demo_ward import DEMO_NOW

CJK = re.compile(r"[\u4e00-\u9fff]")
BEDS = [f"{i:02d}" for i in range(1, 13)]


@pytest.fixture(scope="module")
def sheet(module_ward):
    repo, _ = module_ward
    return gather_handover(repo, now=DEMO_NOW, user="nurse")


@pytest.fixture(scope="module")
def pdfs(module_ward, tmp_path_factory):
    """The whole-ward sheet in both languages, written once: (result, reader, page texts)."""
    repo, _ = module_ward
    out = {}
    for lang in ("zh_CN", "en"):
        path = tmp_path_factory.mktemp(lang) / "handover.pdf"
        result = write_handover(repo, path, user="nurse", lang=lang, now=DEMO_NOW)
        reader = PdfReader(path)
        out[lang] = result, reader, [page.extract_text() for page in reader.pages]
    return out


def by_bed(sheet, bed):
    return next(p for p in sheet.patients if p.bed == bed)


# --- the data behind the sheet ----------------------------------------------------------------
def test_every_occupied_bed_in_bed_order(sheet):
    assert sheet.beds == BEDS
    assert sheet.ward_name == "血液科 CAR-T 病区（演示）"
    assert sheet.printed_by == "nurse" and sheet.printed_by_name != "nurse"  # display name


def test_grades_and_days_match_the_demo_courses(sheet):
    expected = {
        "01": (2, 0, 2),
        "03": (3, 2, 4),
        "04": (0, 3, 7),
        "06": (4, 1, 5),
        "07": (0, 0, -3),
        "12": (1, 0, 1),
    }
    for bed, (crs, icans, day) in expected.items():
        p = by_bed(sheet, bed)
        assert (p.crs_grade, p.icans_grade, p.day) == (crs, icans, day), bed


def test_doses_ledger_and_steroids(sheet):
    p = by_bed(sheet, "01")
    toci = [d for d in p.doses if d.drug == "tocilizumab"]
    assert len(toci) == 2 and p.assessment.ledger.doses_total == 2
    assert p.assessment.ledger.doses_remaining == 2
    assert all(d.dose_mg == 576.0 for d in toci)  # 8 mg/kg × 72 kg
    p6 = by_bed(sheet, "06")
    assert {d.drug for d in p6.doses} == {"tocilizumab", "dexamethasone", "methylprednisolone"}
    assert p6.assessment.steroids.dex_equivalent_mg > 0
    assert ("acyclovir", 2) in p6.other_doses_24h  # counted, not listed


def test_balances_and_weight(sheet):
    p = by_bed(sheet, "06")
    assert p.shift_balance.start == sheet.shift.start  # the day shift, 08:00–10:00 so far
    assert p.fluid.current_fluid_day.entries + p.fluid.previous_fluid_day.entries > 0
    assert p.cumulative.net_ml > 0
    assert p.weight is not None and p.weight.change_kg > 0  # capillary leak


def test_alerts_overdue_and_due_tasks(sheet):
    p = by_bed(sheet, "06")
    codes = {a.alert.code for a in p.alerts}
    assert "icu_transfer_suggested" in codes
    ack = next(a for a in p.alerts if a.alert.code == "icu_transfer_suggested")
    assert ack.acknowledged_by == "刘医生（演示）"  # the display name, never the login
    assert any(t.ward_task and t.overdue for t in p.overdue)  # IL-6/ferritin recheck
    assert all(t.due_at < sheet.next_shift.end for t in p.due_next)
    assert all(not t.overdue for t in p.due_next)


def test_grades_are_confirmed_by_the_physician_co_sign(ward):
    """§11: the physician's grade stands on the sheet, the computed one and the reason beside."""
    from cart_bedside.logic.messages import render
    from cart_bedside.logic.physician_grade import GradeSource
    from cart_bedside.service.cosign import cosign_meaning
    from cart_bedside.storage import PhysicianGradeRecord

    repo, _ = ward
    before = by_bed(gather_handover(repo, now=DEMO_NOW), "03")
    assert not before.crs_confirmation.confirmed
    assert before.crs_shown.source is GradeSource.COMPUTED
    a = before.assessment
    eid = before.episode_id
    # CRS confirmed as computed, ICANS corrected one grade down with a reason
    records = [
        PhysicianGradeRecord(eid, "crs", a.crs.grade, a.crs.grade, DEMO_NOW),
        PhysicianGradeRecord(
            eid, "icans", a.icans.grade, a.icans.grade - 1, DEMO_NOW, "sedated after midazolam"
        ),
    ]
    repo.judgements.record_physician_grades(
        eid,
        records,
        "doctor",
        signature_meaning=cosign_meaning(a.crs.grade, a.icans.grade - 1, a.protocol_id),
    )
    after = by_bed(gather_handover(repo, now=DEMO_NOW), "03")
    assert after.crs_confirmation.confirmed and after.crs_confirmation.by == "刘医生（演示）"
    assert after.icans_confirmation.confirmed
    assert (after.icans_shown.grade, after.icans_shown.computed) == (
        a.icans.grade - 1,
        a.icans.grade,
    )
    assert "sedated after midazolam" in render(after.icans_shown.message(), "en")
    repo.signing.sign([a.crs.current.record.meta.id], "doctor", "author")  # not a co-sign
    assert by_bed(gather_handover(repo, now=DEMO_NOW), "03").crs_confirmation.confirmed


def test_the_sheet_uses_the_patient_s_protocol_and_lists_checks_not_done(ward):
    """§10 and §12: the sheet names each patient's protocol; a check recorded as not done is
    listed with its reason and no longer overdue."""
    from cart_bedside.logic.messages import render
    from cart_bedside.service import RecordService, WardService

    repo, _ = ward
    sheet = gather_handover(repo, now=DEMO_NOW)
    protocols = {p.patient.diagnosis: p.protocol.protocol_id for p in sheet.patients}
    assert protocols["mm"] == "mm-2022" and protocols["neuro_autoimmune"] == "nad-2025"
    assert all(p.assessment.protocol_id == p.protocol.protocol_id for p in sheet.patients)
    bed04 = by_bed(sheet, "04")
    overdue = [t for t in bed04.overdue if not t.ward_task]
    assert overdue and bed04.not_done == ()
    service = WardService(repo, clock=lambda: DEMO_NOW)
    service.sign_in("nurse", "1111")
    record = RecordService(service)
    task = record.tasks.task_summary(bed04.episode_id).overdue[0]
    record.not_done.record_not_done(bed04.episode_id, task.kind, task.due_at, "patient_refused")
    after = by_bed(gather_handover(repo, now=DEMO_NOW), "04")
    assert len([t for t in after.overdue if not t.ward_task]) == len(overdue) - 1
    (line,) = after.not_done
    assert "患者拒绝" in render(line.not_done, "zh_CN")


def test_grade_timeline_matches_grade_at(sheet):
    from cart_bedside.logic.assessment import grade_timeline

    for p in sheet.patients:
        a = p.assessment
        assert grade_timeline(a) == [
            (t, a.crs.grade_at(t), a.icans.grade_at(t)) for t, _, _ in grade_timeline(a)
        ]


def test_the_shift_handed_over():
    settings = ShiftSettings()
    at = datetime(2026, 11, 23, 8, 5)
    assert handover_shift(at).name == "day"
    night = handover_shift(at, "night", settings)
    assert (night.start, night.end) == (datetime(2026, 11, 23, 0, 0), datetime(2026, 11, 23, 8))
    evening = handover_shift(at, "evening", settings)
    assert evening.start == datetime(2026, 11, 22, 16, 0)
    with pytest.raises(ValueError, match="unknown shift"):
        handover_shift(at, "evening", ShiftSettings.twelve_hour())


def test_one_bed_and_an_unknown_bed(module_ward):
    repo, _ = module_ward
    one = gather_handover(repo, now=DEMO_NOW, bed="03")
    assert one.beds == ["03"] and one.bed == "03"
    with pytest.raises(UnknownBedError) as err:
        gather_handover(repo, now=DEMO_NOW, bed="99")
    assert err.value.occupied == BEDS


def test_alert_titles_stop_at_the_first_colon_outside_brackets():
    assert (
        alert_title("疑似 HLH/MAS（使用 12 小时后无改善：CRS 2 级）：请核对")
        == "疑似 HLH/MAS（使用 12 小时后无改善：CRS 2 级）"
    )
    assert alert_title("CRS suspected (38.2 °C): exclude infection") == "CRS suspected (38.2 °C)"
    assert alert_title("no colon here") == "no colon here"


# --- the PDF ------------------------------------------------------------------------------------
@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_page_count_and_page_numbers(pdfs, lang):
    result, reader, texts = pdfs[lang]
    assert len(reader.pages) == result.pages
    assert 13 <= result.pages <= 30  # summary + at least one page per bed
    last = texts[-1]
    if lang == "zh_CN":
        assert f"第 {result.pages} 页 / 共 {result.pages} 页" in last
    else:
        assert f"page {result.pages} of {result.pages}" in last


def test_summary_page_zh(pdfs):
    _, _, texts = pdfs["zh_CN"]
    first = texts[0]
    assert "病区汇总（12 床）" in first
    assert "血液科 CAR-T 病区（演示）" in first
    assert "交接班记录" in first and "白班" in first
    for bed in BEDS:
        assert bed in first
    for name in ("张建国", "王小雨", "周志强"):
        assert name in first
    assert "4 级" in first and "3 级" in first
    flat = re.sub(r"\s+", "", first)  # table cells wrap
    assert "建议转入ICU" in flat
    # issue 11: highest grade, last vital signs, tocilizumab state, on the ward page
    assert "最高2级" in flat and "末次生命体征" in flat and "托珠单抗" in flat
    assert "已用2/4" in flat
    assert "交班人" in first and "接班人" in first


def test_patient_pages_zh(pdfs):
    _, _, texts = pdfs["zh_CN"]
    text = "\n".join(texts)
    assert len(CJK.findall(text)) > 2000
    for bed in BEDS:
        assert f"{bed} 床" in text
    for word in (
        "现状",
        "背景",
        "评估",
        "建议",
        "托珠单抗",
        "地塞米松",
        "576 mg",
        "下一班待办",
        "医生未确认",
        "回输后累计",
        "近 72 小时趋势",
    ):
        assert word in text, word


def test_summary_and_patient_pages_en(pdfs):
    _, _, texts = pdfs["en"]
    first = texts[0]
    assert "Ward summary (12 beds)" in first
    flat = re.sub(r"\s+", "", first)
    assert "grade4" in flat and "ICUtransfersuggested" in flat
    text = "\n".join(texts)
    for bed in BEDS:
        assert f"Bed {bed}" in text
    for word in (
        "Situation",
        "Background",
        "Assessment",
        "Recommendation",
        "tocilizumab",
        "dexamethasone",
        "576 mg",
        "Due next shift",
        "not confirmed by a physician",
        "since infusion",
    ):
        assert word in text, word
    assert "王小雨" in text  # names stay as written


def test_each_patient_starts_on_a_new_page(pdfs):
    _, _, texts = pdfs["en"]
    starts = [i for i, t in enumerate(texts) if re.search(r"^Bed \d\d ", t, re.M)]
    assert len(starts) == 12 and starts[0] == 1


def test_the_font_is_embedded(pdfs):
    for lang in ("zh_CN", "en"):
        _, reader, _ = pdfs[lang]
        for page in (reader.pages[0], reader.pages[-1]):
            truetype = [
                f.get_object()
                for f in page["/Resources"]["/Font"].values()
                if f.get_object()["/Subtype"] == "/TrueType"
            ]
            assert truetype
            for font in truetype:  # subsets of the bundled font, each with its font file
                assert "WenQuanYiMicroHei" in str(font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_each_print_is_in_the_audit_log(pdfs, module_ward):
    repo, _ = module_ward
    entries = [e for e in repo.audit_log.audit_entries(action="print")]
    assert len(entries) >= 2
    by_lang = {e.details["lang"]: e for e in entries}
    for lang in ("zh_CN", "en"):
        result, _, _ = pdfs[lang]
        entry = by_lang[lang]
        assert entry.actor == "nurse"
        assert entry.details["beds"] == BEDS and entry.details["scope"] == "ward"
        assert entry.details["sha256"] == hashlib.sha256(result.path.read_bytes()).hexdigest()
        assert entry.details["pages"] == result.pages


def test_one_patient_sheet(ward, tmp_path):
    repo, _ = ward
    result = write_handover(
        repo,
        tmp_path / "bed.pdf",
        user="doctor",
        lang="en",
        bed="06",
        shift_name="night",
        now=DEMO_NOW,
    )
    texts = [p.extract_text() for p in PdfReader(result.path).pages]
    assert result.beds == ("06",)
    assert "Ward summary" not in texts[0]
    assert "Bed 06" in texts[0] and "night shift" in texts[0]
    assert "grade 4" in texts[0]
    assert (entry := repo.audit_log.audit_entries(action="print")[0]).details["scope"] == "bed"
    assert entry.details["shift"] == "night"


def test_an_empty_ward(ward, tmp_path):
    repo, _ = ward
    # before anyone was admitted: no occupied bed, still a valid one-page sheet
    result = write_handover(
        repo, tmp_path / "empty.pdf", lang="en", now=DEMO_NOW - timedelta(days=60)
    )
    assert result.pages == 1 and result.beds == ()
    assert "no occupied beds" in PdfReader(result.path).pages[0].extract_text()


def test_the_sheet_follows_the_ward_s_own_shift_times(service):
    """A ward on 12-hour shifts gets a 12-hour handover, as on its board."""
    from cart_bedside.reports.data import gather_handover
    from cart_bedside.service import AdminService

    service.sign_in("admin", "9000")
    AdminService(service, service.repo.db_file()).set_shifts(["08:00", "20:00"])
    sheet = gather_handover(service.repo, now=service.clock(), bed="01")
    assert (sheet.shift.start.hour, sheet.shift.end.hour) == (8, 20)
