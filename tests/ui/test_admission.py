"""Screen 4 (issue 5): admission with the live risk group and checklist; transfer; discharge."""

from __future__ import annotations

from datetime import date

import pytest

from cart_bedside.service import RecordService
from cart_bedside.ui import i18n
from cart_bedside.ui.admission import AdmissionScreen, DischargeDialog, TransferDialog
from cart_bedside.ui.admission.identity_section import age_from_birth_date
from tests.demo_ward import DEMO_NOW, PINS


@pytest.fixture(autouse=True)
def _translators(qapp):
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def screen(qtbot, session):
    session.sign_in("nurse", PINS["nurse"])
    w = AdmissionScreen(session)
    qtbot.addWidget(w)
    w.resize(1280, 740)
    w.show()
    return w


def type_on_keypad(field, text: str) -> None:
    """Tap the field, type on the pop-up keypad, OK (as a nurse does)."""
    field.activate()
    keypad = field.keypad_dialog().keypad()
    keypad.press("clear")
    for key in text:
        keypad.press(key)
    keypad.press("ok")


def fill(screen, *, name="测试患者", mrn="TEST-100", bed="13", age="50") -> None:
    screen.identity.name.setText(name)
    screen.identity.mrn.setText(mrn)
    screen.identity.sex_button("M").click()
    if age is not None:
        type_on_keypad(screen.identity.age, age)
    screen.identity.bed.set_value(bed)
    screen.product.diagnosis_button("b_nhl").click()
    screen.product.product.setText("阿基仑赛注射液")
    screen.product.target.button("CD19").click()
    screen.product.costim.button("CD28").click()
    screen.product.infusion.set_now()
    type_on_keypad(screen.product.weight, "72.5")


def occupied_beds(session) -> set[str]:
    return {e.bed for _, e in session.service.occupied()}


@pytest.mark.parametrize(
    ("age", "factor", "high", "reason"),
    [
        ("50", None, False, None),
        ("72", None, True, "72"),
        ("50", "bulky_lesion_7_5_cm", True, "7.5 cm"),
    ],
)
def test_admitting_a_patient_shows_the_risk_group(
    screen, session, qtbot, age, factor, high, reason
):
    fill(screen, age=age)
    if factor:
        screen.risk.toggle(factor).click()
    # the group is shown live, before anything is saved
    expected = "高危组" if high else "标危组"
    assert screen.risk_chip.text() == expected
    assert expected in screen.risk.group_text()
    if reason:
        assert reason in screen.risk.reasons_text()
    with qtbot.waitSignal(screen.admitted) as signal:
        screen.admit_button.click()
    episode_id = signal.args[0]
    admission = RecordService(session.service).admissions.admission(episode_id)
    assert admission.risk.is_high is high
    assert (admission.episode.bed, admission.patient.name) == ("13", "测试患者")
    assert admission.patient.weight_kg == 72.5 and admission.patient.target == "CD19"
    assert admission.patient.diagnosis == "b_nhl" and admission.patient.costim_domain == "CD28"
    assert admission.patient.infusion_time == DEMO_NOW
    card = next(c for c in session.service.board() if c.episode_id == episode_id)
    assert card.risk_high is high
    # the form is empty again for the next admission
    assert screen.identity.name.text() == "" and screen.risk_chip.text() == "标危组"


def test_the_birth_date_sets_the_age_and_age_70_makes_high_risk(screen, session, qtbot):
    fill(screen, age=None)
    born = date(DEMO_NOW.year - 70, DEMO_NOW.month, DEMO_NOW.day)  # 70 today
    type_on_keypad(screen.identity.birth.fields["year"], str(born.year))
    # OK moved on to month and day in the same pop-up keypad
    keypad = screen.identity.birth.fields["year"].keypad_dialog().keypad()
    for part in (f"{born.month}", "ok", f"{born.day}", "ok"):
        for key in [part] if part == "ok" else list(part):
            keypad.press(key)
    assert screen.identity.birth.value() == born
    assert screen.identity.age.value() == 70.0
    assert screen.identity.age.value_button().text() == "70 岁"  # never "70.0 岁"
    assert screen.risk_chip.text() == "高危组"
    episode_id = screen.admit()
    assert episode_id is not None
    assert session.service.repo.patients.get_patient(episode_id).age_years == 70.0


def test_age_from_birth_date():
    assert age_from_birth_date(date(1956, 11, 24), date(2026, 11, 23)) == 69
    assert age_from_birth_date(date(1956, 11, 23), date(2026, 11, 23)) == 70.0
    assert age_from_birth_date(date(2019, 5, 23), date(2026, 11, 23)) == 7
    assert age_from_birth_date(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert age_from_birth_date(date(2025, 5, 23), date(2026, 11, 23)) == 1.5  # a baby


def test_an_occupied_bed_is_refused_with_the_message(screen, session):
    before = occupied_beds(session)
    fill(screen, bed="01")
    assert screen.admit() is None
    text = screen.error_text()
    assert "01" in text and "张**" in text  # the catalogue's message: bed, who is in it
    assert screen.identity.bed.marker().property("invalid") == "true"
    assert occupied_beds(session) == before


def test_with_a_bed_list_only_free_beds_are_offered(screen, session):
    session.service.repo.ward_settings.set_setting(
        "beds", [f"{i:02d}" for i in range(1, 17)], "admin"
    )
    screen.refresh()
    assert screen.identity.bed.beds() == ["13", "14", "15", "16"]
    fill(screen, bed="14")
    assert screen.identity.bed.value() == "14"
    episode_id = screen.admit()
    assert session.service.repo.patients.episode(episode_id).bed == "14"
    assert screen.identity.bed.beds() == ["13", "15", "16"]


def test_missing_age_name_and_impossible_dates_are_refused(screen, session):
    fill(screen, age=None)
    assert screen.admit() is None
    assert screen.identity.age.value_button().property("invalid") == "true"
    type_on_keypad(screen.identity.age, "40")
    screen.identity.name.setText(" ")
    assert screen.admit() is None
    assert screen.identity.name.property("invalid") == "true"
    screen.identity.name.setText("李四")
    birth = screen.identity.birth.fields
    for part, value in (("year", 1990), ("month", 2), ("day", 30)):
        birth[part].set_value(value)
    assert screen.admit() is None and screen.error_text()
    assert len(occupied_beds(session)) == 12


def test_the_eligibility_checklist_is_shown_item_by_item_never_as_a_verdict(screen, session):
    eligibility = screen.eligibility
    assert all("?" in eligibility.status_text(i.code) for i in eligibility.checklist())
    type_on_keypad(eligibility.field("kps"), "80")
    # OK moved on: ECOG, then LVEF, in the same keypad
    keypad = eligibility.field("kps").keypad_dialog().keypad()
    for key in ("1", "ok", "4", "5", "ok"):
        keypad.press(key)
    eligibility.infection_button(False).click()
    assert eligibility.status_text("eligibility.performance").startswith("✔")
    assert eligibility.status_text("eligibility.lvef").startswith("×")
    assert eligibility.status_text("eligibility.no_active_infection").startswith("✔")
    assert eligibility.status_text("eligibility.liver").startswith("?")
    texts = " ".join(w.text() for w in eligibility.findChildren(type(screen.title)))
    assert "多发性骨髓瘤 CAR-T 中国专家共识（2022）" in texts and "seed" not in texts
    for verdict in ("eligible", "不符合入组", "可以入组", "符合入组"):
        assert verdict not in texts
    fill(screen)
    episode_id = screen.admit()
    stored = RecordService(session.service).admissions.eligibility(episode_id)
    assert (stored.inputs.kps, stored.inputs.ecog, stored.inputs.lvef_percent) == (80, 1, 45)
    assert stored.inputs.active_infection is False


def test_ecog_3_also_sets_the_high_risk_factor(screen):
    screen.eligibility.field("ecog").set_value(3)
    assert screen.risk.toggle("ecog_3_or_more").isChecked()
    assert screen.risk_chip.text() == "高危组"


def test_hbv_cns_and_conditions_are_stored(screen, session):
    fill(screen)
    background = screen.background
    background.hbv_button("hbsag_positive").click()
    background.toggle("hbeag_positive").click()
    background.toggle("prior_cns_disease").click()
    background.toggle("myasthenia_gravis").click()
    patient = session.service.repo.patients.get_patient(screen.admit())
    assert patient.hbv_status == "hbsag_positive" and patient.prior_cns_disease
    assert set(patient.conditions) == {"myasthenia_gravis", "hbsag_positive", "hbeag_positive"}


def test_an_admin_cannot_admit(screen, session):
    session.sign_in("admin", PINS["admin"])
    fill(screen)
    assert screen.admit() is None
    assert "无权" in screen.error_text()


def test_transfer_moves_the_patient_and_frees_the_old_bed(qtbot, session):
    session.sign_in("nurse", PINS["nurse"])
    episode_id = next(e.episode_id for _, e in session.service.occupied() if e.bed == "05")
    dialog = TransferDialog(session, episode_id)
    qtbot.addWidget(dialog)
    dialog.beds.set_value("02")
    dialog.reason.choose(0)
    assert dialog.ok_button.isEnabled()
    assert not dialog.transfer()  # bed 02 is occupied: refused, the dialog stays
    assert "02" in dialog.error_text()
    dialog.beds.set_value("15")
    with qtbot.waitSignal(dialog.transferred) as signal:
        dialog.ok_button.click()
    assert signal.args == [episode_id, "15"]
    assert "05" not in occupied_beds(session) and "15" in occupied_beds(session)


def test_discharge_needs_a_reason_frees_the_bed_and_keeps_the_record(qtbot, session):
    session.service.repo.ward_settings.set_setting(
        "beds", [f"{i:02d}" for i in range(1, 15)], "admin"
    )
    session.sign_in("nurse", PINS["nurse"])
    episode_id = next(e.episode_id for _, e in session.service.occupied() if e.bed == "07")
    record = RecordService(session.service)
    assert "07" not in record.admissions.free_beds()
    dialog = DischargeDialog(session, episode_id)
    qtbot.addWidget(dialog)
    assert "07" in dialog._title.text()
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.reason.line_edit().setText("  ")
    dialog.reason.line_edit().textEdited.emit("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.choose(0)
    with qtbot.waitSignal(dialog.discharged):
        dialog.ok_button.click()
    assert "07" in record.admissions.free_beds()
    admission = record.admissions.admission(episode_id)  # the record stays readable
    assert admission.discharged and admission.episode.bed == "07"
    assert admission.versions[-1].meta.amend_reason == dialog.reason.quick_button(0).text()


def test_language_switch(screen, session, qapp):
    fill(screen, age="72")
    i18n.install_translators(qapp, "en")
    session.set_language("en")
    assert screen.title.text() == "Admit a patient"
    assert screen.risk_chip.text() == "high risk"  # logic words follow the session
    assert screen.risk.toggle("bulky_lesion_7_5_cm").label_text() == "bulky lesion (≥ 7.5 cm)"
    assert screen.identity.name.text() == "测试患者"  # nothing typed is lost
    i18n.install_translators(qapp, "zh_CN")
    session.set_language("zh_CN")
    assert screen.title.text() == "患者入院登记"
    assert screen.risk_chip.text() == "高危组"


def test_the_form_survives_a_lock_but_not_another_user(screen, session):
    fill(screen)
    session.lock()
    session.sign_in("nurse", PINS["nurse"])
    assert screen.identity.name.text() == "测试患者"
    session.lock()
    session.sign_in("nurse2", PINS["nurse2"])
    assert screen.identity.name.text() == ""


def test_fits_1280x800_without_sideways_scrolling(screen):
    screen.resize(1268, 720)
    screen.scroll_area.fit()
    assert screen.scroll_area.horizontalScrollBar().maximum() == 0
    assert screen.scroll_area.widget().width() <= screen.scroll_area.viewport().width()
    assert screen.admit_button.height() >= 48
