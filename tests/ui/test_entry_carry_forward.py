"""Issue 11 item 1 through the real main window: the last support is carried forward,
step 2 cannot be skipped, a lower grade needs one more tap, consciousness is required."""

from __future__ import annotations

import pytest

from cart_bedside.logic.models import O2Device
from cart_bedside.ui.shift_entry.state import NEURO, OXYGEN, REVIEW
from tests.demo_ward import PINS

from .test_shift_entry_support import Tapper, type_vitals

O2_BED = "01"  # 54 y, CRS 2 on nasal cannula 4 L/min charted 09:00 by 王丽（演示护士）
PRESSOR_BED = "03"  # 7 y, CRS 3 on norepinephrine


@pytest.fixture
def window(nurse_window_zh):
    return nurse_window_zh


def open_entry(window, bed):
    episode = next(e for _p, e in window.session.service.occupied() if e.bed == bed)
    window.board.patient_requested.emit(episode.episode_id)
    entry = window.patient.entry
    assert window.stack.currentWidget() is window.patient and entry.isVisible()
    return episode.episode_id, entry


def test_support_is_carried_forward_and_step_2_cannot_be_skipped(window, qtbot):
    tapper = Tapper(qtbot)
    _ep, entry = open_entry(window, O2_BED)
    type_vitals(tapper, entry, ["38.6", "104", "118", "70", "18", "96"])
    tapper.tap(entry.next_button)
    assert entry.step() == OXYGEN
    # Shown as the last record, in words, with the time and the nurse's display name.
    last = entry.oxygen.last.text()
    assert "鼻导管吸氧 4 L/min" in last and "09:00" in last and "王丽（演示护士）" in last
    assert "nurse" not in last  # never the login
    assert entry.oxygen.device() is O2Device.NASAL_CANNULA and entry.oxygen.flow() == 4.0
    # Skipping step 2 is impossible: Next, the step bar and go_to all stay here.
    for attempt in (
        lambda: tapper.tap(entry.next_button),
        lambda: tapper.tap(entry.steps.button(REVIEW)),
        lambda: entry.go_to(NEURO),
    ):
        attempt()
        assert entry.step() == OXYGEN
        assert entry.banner.isVisible() and "未改变" in entry.error_text()
    tapper.tap(entry.oxygen.unchanged_button)
    assert entry.step() == NEURO
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.steps.button(REVIEW))
    assert entry.step() == REVIEW
    review = entry.review
    assert review.crs_badge.grade() == 2  # still nasal cannula: still grade 2
    assert not review.drops_box.isVisible()
    assert "吸氧和升压药与上次相同：鼻导管吸氧 4 L/min" in review.changes_text.text()


def test_stopping_oxygen_states_the_change_and_a_lower_grade_needs_a_tap(window, qtbot):
    tapper = Tapper(qtbot)
    service = window.session.service
    ep, entry = open_entry(window, O2_BED)
    assert service.assessment(ep).crs.grade == 2
    before = len(service.repo.queries.vitals(ep))
    type_vitals(tapper, entry, ["38.6", "104", "118", "70", "18", "96"])
    tapper.tap(entry.next_button)
    tapper.tap(entry.oxygen.o2.button(O2Device.ROOM_AIR))  # a change is an answer too
    assert entry.oxygen.answered()
    tapper.tap(entry.next_button)
    assert entry.step() == NEURO
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.steps.button(REVIEW))
    review = entry.review
    assert review.crs_badge.grade() == 1
    changes = review.changes_text.text()
    assert "停止吸氧：鼻导管吸氧 4 L/min → 未吸氧（室内空气）" in changes
    assert review.drops_box.isVisible()
    drops = review.drops_text.text()
    assert "CRS 2 级 → 1 级" in drops and "已不再：低流量吸氧" in drops
    # Sign and save: no PIN until the lower grade is confirmed with one more tap.
    tapper.tap(entry.next_button)
    assert entry.pin_dialog() is None and entry.confirm_dialog() is None
    assert "确认" in review.drops_text.text()
    assert len(service.repo.queries.vitals(ep)) == before
    tapper.tap(review.drop_confirm)
    tapper.tap(entry.next_button)
    pin = entry.pin_dialog()
    assert pin is not None
    with qtbot.waitSignal(entry.saved):
        tapper.keys(pin, PINS["nurse"])
    assert service.assessment(ep).crs.grade == 1
    saved = service.repo.queries.vitals(ep)[-1]
    assert saved.o2_device is O2Device.ROOM_AIR
    signed = service.repo.audit_log.audit_entries(action="sign", limit=1)[0]
    assert signed.details["grade_drops_confirmed"] == ["CRS 2 → 1"]


def test_a_running_vasopressor_is_carried_forward_and_stopping_it_is_said(window, qtbot):
    tapper = Tapper(qtbot)
    _ep, entry = open_entry(window, PRESSOR_BED)
    type_vitals(tapper, entry, ["38.9", "130", "100", "60", "24", "97"])
    tapper.tap(entry.next_button)
    assert entry.oxygen.pressors() == ("norepinephrine",)
    assert "去甲肾上腺素" in entry.oxygen.last.text()
    tapper.tap(entry.oxygen.vasopressors.button("norepinephrine"))  # stopped
    tapper.tap(entry.next_button)
    entry.neuro.consciousness.button("awakens_to_voice").click()
    entry.neuro.capd.set_unable(True)
    tapper.tap(entry.steps.button(REVIEW))
    review = entry.review
    assert entry.step() == REVIEW
    assert "停用升压药：去甲肾上腺素" in review.changes_text.text()
    assert review.drops_box.isVisible() and "CRS 3 级 →" in review.drops_text.text()


def test_consciousness_is_required_and_the_last_level_is_shown(window, qtbot):
    tapper = Tapper(qtbot)
    _ep, entry = open_entry(window, O2_BED)
    type_vitals(tapper, entry, ["37.2", "80", "120", "70", "16", "97"])
    tapper.tap(entry.next_button)
    tapper.tap(entry.oxygen.unchanged_button)
    assert entry.step() == NEURO
    assert entry.neuro.consciousness.value() is None  # no default
    assert "清醒" in entry.neuro.consciousness_last.text()
    assert "王丽（演示护士）" in entry.neuro.consciousness_last.text()
    for key in ("year", "month"):
        tapper.tap(entry.neuro.ice.item_button(key))
    tapper.tap(entry.steps.button(REVIEW))  # ICE only: refused, back to the neuro page
    assert entry.step() == NEURO
    assert entry.banner.isVisible() and "意识" in entry.error_text()
    tapper.tap(entry.next_button)
    tapper.tap(entry.next_button)
    assert entry.step() == NEURO  # Next to the review is refused the same way
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.steps.button(REVIEW))
    assert entry.step() == REVIEW and entry.review.assessment() is not None


def test_values_are_judged_as_typed_and_a_refused_one_is_never_dropped(window, qtbot):
    """Issue 11 item 5: amber with ⚠ for unusual, red with ✖ for refused, in nurse words."""
    tapper = Tapper(qtbot)
    _ep, entry = open_entry(window, O2_BED)
    page, keypad = entry.vitals, entry.vitals.keypad
    temp, hr = page.fields["temp_c"], page.fields["hr"]
    for key in "38.6":
        tapper.tap(keypad.button(key))
    assert temp.judgement() == ""  # fever is graded, not an unusual value
    tapper.tap(keypad.button("ok"))
    for key in "140":  # judged while typed, before OK
        tapper.tap(keypad.button(key))
    assert hr.judgement() == "soft" and hr.note_text().startswith("⚠ ")
    assert "心率 140" in hr.note_text() and "NEWS2" not in hr.note_text()
    tapper.tap(keypad.button("ok"))
    assert hr.value() == 140 and hr.judgement() == "soft"  # kept, to confirm when saving
    for key in "310":  # SBP above the hard limit
        tapper.tap(keypad.button(key))
    sbp = page.fields["sbp"]
    assert sbp.judgement() == "hard" and sbp.note_text().startswith("✖ ")
    assert "40–300 mmHg" in sbp.note_text()
    tapper.tap(keypad.button("ok"))
    assert keypad.target() is sbp and sbp.display_text().startswith("310")  # stays, focus too
    tapper.tap(entry.next_button)  # Next does not drop it silently
    assert entry.step() == 0 and entry.banner.isVisible() and "收缩压" in entry.error_text()
    assert sbp.display_text().startswith("310") and keypad.target() is sbp
    tapper.tap(keypad.button("back"))
    tapper.tap(keypad.button("back"))
    tapper.tap(keypad.button("back"))
    for key in "86":
        tapper.tap(keypad.button(key))
    assert sbp.judgement() == "soft"
    tapper.tap(keypad.button("ok"))
    tapper.tap(entry.next_button)
    assert entry.step() == OXYGEN and sbp.value() == 86
