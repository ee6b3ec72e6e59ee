"""Neuro (ICE, CAPD, handwriting), drafts, state, language and touch sizes of the entry."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from cart_bedside.logic.models import ICE_ITEMS, FluidCategory, NeuroAssessment
from cart_bedside.ui import i18n
from cart_bedside.ui.shift_entry import ShiftEntryWidget
from cart_bedside.ui.shift_entry.state import FLUIDS, NEURO, REVIEW, STEPS, VITALS

from . import test_shift_entry_support as support
from .handwriting_samples import scribble
from .test_shift_entry_support import (
    ADULT_BED,
    CHILD_BED,
    NORMAL_BED,
    draw,
    note_alert,
    type_vitals,
)

# The shared fixtures.
nurse, beds, open_entry, tapper = support.nurse, support.beds, support.open_entry, support.tapper


# -- neuro: ICE, CAPD, handwriting ---------------------------------------------------------
def test_tapping_ice_items_gives_the_score(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    entry.go_to(NEURO)
    ice = entry.neuro.ice
    assert entry.neuro.capd is None and ice is not None
    assert entry.state()["neuro"]["ice_items"] is None  # untouched: no ICE done
    for key in ("year", "month", "hospital", "name_1", "counts_backwards"):
        tapper.tap(ice.item_button(key))
    tapper.tap(ice.item_button("month"))  # tapped again: wrong after all
    assert ice.score() == 4 and ice.score_text() == "ICE 4/10"
    items = entry.state()["neuro"]["ice_items"]
    assert [k for k, v in zip(ICE_ITEMS, items, strict=True) if v] == [
        "year",
        "hospital",
        "name_1",
        "counts_backwards",
    ]
    record = entry._collect().records(uses_capd=False)["neuro"]
    assert record.total_ice == 4
    note_alert(entry)
    entry.go_to(REVIEW)
    assert "ICE 4/10" in entry.review.summary.text()
    # "All 10 correct" is there, labelled as the nurse's attestation; items stay tappable.
    entry.go_to(NEURO)
    assert ice.all_correct_button().isVisible()
    assert "逐项询问" in entry.neuro._attest.text()
    tapper.tap(ice.all_correct_button())
    assert ice.score() == 10
    tapper.tap(ice.item_button("city"))
    assert ice.score() == 9


def test_ice_unable_is_recorded_as_unable(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.ice.unable_button())
    tapper.tap(entry.neuro.consciousness.button("unarousable"))
    record = entry._collect().records(uses_capd=False)["neuro"]
    assert record.ice_unable and record.ice_items is None
    entry.go_to(REVIEW)
    assert entry.review.icans_badge.grade() == 4  # unarousable


def test_a_child_gets_capd_and_the_logic_reverses_items_1_to_4(nurse, beds, open_entry, tapper):
    service = nurse.service
    ep = beds[CHILD_BED]
    assert service.repo.patients.get_patient(ep).uses_capd
    entry = open_entry(ep)
    entry.go_to(NEURO)
    capd = entry.neuro.capd
    assert capd is not None and entry.neuro.ice is None and entry.neuro.compare is None
    # Items 1–4 "always" (good) → 0; items 5–8 "never" (good) → 0: total 0.
    for item in range(8):
        tapper.tap(capd.answer_button(item, 4 if item < 4 else 0))
    assert capd.total() == 0
    # Eye contact "never" → 4 points.
    tapper.tap(capd.answer_button(0, 0))
    assert capd.total() == 4
    record = entry._collect().records(uses_capd=True)["neuro"]
    assert record.capd_scores == (4, 0, 0, 0, 0, 0, 0, 0) and record.ice_items is None
    note_alert(entry)
    entry.go_to(REVIEW)
    assert "CAPD 4/32" in entry.review.summary.text()


def test_incomplete_capd_is_not_saved(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[CHILD_BED])
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.capd.answer_button(0, 2))
    entry.go_to(REVIEW)
    assert entry.step() == NEURO and "CAPD" in entry.error_text()
    entry.request_save()
    assert entry.pin_dialog() is None


def test_handwriting_is_stored_and_shown_beside_the_baseline(
    qtbot, nurse, beds, open_entry, tapper, clock
):
    service = nurse.service
    ep = beds[ADULT_BED]
    baseline_png = scribble(0.0)
    service.save_shift_entry(
        ep,
        "1111",
        neuro=NeuroAssessment(
            clock.t - timedelta(days=2), ice_items=(True,) * 10, handwriting_png=baseline_png
        ),
    )
    service.save_shift_entry(
        ep,
        "1111",
        neuro=NeuroAssessment(
            clock.t - timedelta(days=1), ice_items=(True,) * 10, handwriting_png=scribble(0.5)
        ),
    )
    entry = open_entry(ep)
    entry.go_to(NEURO)
    compare = entry.neuro.compare
    assert compare.baseline_png() == baseline_png  # the FIRST sample, not the latest
    assert compare.current_png() is None

    # The writing item's pad: the patient writes, the nurse taps Done.
    tapper.tap(entry.neuro.ice._pad_button)
    dialog = entry.neuro.handwriting_dialog()
    assert dialog is not None and dialog.isVisible()
    canvas = dialog.pad().canvas()
    draw(canvas, [(40, 60), (120, 110), (200, 60), (280, 120), (360, 70)])
    tapper.tap(dialog.findChild(QAbstractButton, "handwriting_done"))
    png = entry.neuro.handwriting_png()
    assert png and png.startswith(b"\x89PNG")
    assert compare.current_png() == png
    assert base64.b64decode(entry.state()["neuro"]["handwriting_png"]) == png

    tapper.tap(entry.neuro.ice.item_button("writes_sentence"))
    note_alert(entry)
    entry.go_to(REVIEW)
    tapper.tap(entry.next_button)
    with qtbot.waitSignal(entry.saved):
        tapper.keys(entry.pin_dialog(), "1111")
    latest = service.repo.queries.neuro(ep)[-1]
    assert latest.time == clock.t and latest.ice_items[ICE_ITEMS.index("writes_sentence")]
    assert service.repo.queries.handwriting(latest.meta.id) == png

    # Next time the baseline is still the first sample.
    again = open_entry(ep)
    assert again.neuro.compare.baseline_png() == baseline_png


def test_cancelled_handwriting_keeps_nothing(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.ice._pad_button)
    dialog = entry.neuro.handwriting_dialog()
    draw(dialog.pad().canvas(), [(40, 60), (200, 90)])
    dialog.reject()
    assert entry.neuro.handwriting_png() is None
    assert entry.neuro.handwriting_dialog() is None


# -- drafts and state --------------------------------------------------------------------------
def test_draft_survives_destroying_the_widget(qtbot, nurse, beds, open_entry, tapper):
    service = nurse.service
    ep = beds[ADULT_BED]
    entry = open_entry(ep)
    type_vitals(tapper, entry, ["38.2", "104"])
    tapper.keys(entry.vitals.keypad, "125", ok=False)  # SBP typed, OK not yet tapped
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.ice.item_button("year"))
    tapper.tap(entry.neuro.seizure.button("rapidly_resolving"))
    entry.go_to(FLUIDS)
    tapper.tap(entry.fluids.lines.category_button(FluidCategory.URINE))
    tapper.tap(entry.fluids.lines.quick_button(100))
    qtbot.waitUntil(
        lambda: (service.load_draft("shift_entry", ep) or {}).get("fluids"), timeout=2000
    )  # the autosave, within 0.5 s
    expected = entry.state()
    entry.close()
    entry.deleteLater()
    QApplication.processEvents()

    again = open_entry(ep)
    state = again.state()
    assert state == expected
    assert state["vitals"]["temp_c"] == 38.2 and state["vitals"]["sbp"] == 125
    assert again.step() == FLUIDS
    assert again.vitals.fields["hr"].value() == 104
    assert again.neuro.ice.score() == 1
    assert again.fluids.lines.lines() == [(FluidCategory.URINE, 100.0)]


def test_hiding_the_widget_writes_the_draft_at_once(nurse, beds, open_entry, tapper):
    """A lock hides the form: what was typed a moment ago is in the draft already."""
    service = nurse.service
    ep = beds[NORMAL_BED]
    entry = open_entry(ep)
    type_vitals(tapper, entry, ["37.4"])
    entry.hide()
    assert service.load_draft("shift_entry", ep)["vitals"]["temp_c"] == 37.4


def test_lock_writes_the_draft(nurse, beds, open_entry, tapper):
    service = nurse.service
    ep = beds[NORMAL_BED]
    entry = open_entry(ep)
    type_vitals(tapper, entry, ["37.9"])
    nurse.lock()  # before the autosave fired
    assert service.user is None
    nurse.sign_in("nurse", "1111")
    assert service.load_draft("shift_entry", ep)["vitals"]["temp_c"] == 37.9
    assert entry.vitals.values()["temp_c"] == 37.9  # the form on screen kept it too


FULL_STATE = {
    "version": 1,
    "step": 2,
    "observed_at": "2026-11-23T09:20:00",
    "vitals": {"temp_c": 38.9, "hr": 121, "sbp": 95, "dbp": 61, "rr": 24, "spo2": 93.0},
    "weight_kg": 53.4,
    "o2_device": "nasal_cannula",
    "o2_flow_l_min": 3.0,
    "vasopressors": ["norepinephrine", "metaraminol"],
    "fluid_bolus_for_hypotension": True,
    "neuro": {
        "ice_items": [True, True, False, True, True, True, True, False, True, True],
        "ice_unable": False,
        "capd_answers": None,
        "capd_unable": False,
        "consciousness": "awakens_spontaneously",
        "seizure": "rapidly_resolving",
        "cerebral_edema": "focal",
        "motor_weakness": True,
        "consciousness_other_cause": True,
        "seizure_other_cause": False,
        "motor_other_cause": True,
        "edema_other_cause": False,
        "tremor": True,
        "myoclonus": False,
        "headache": True,
        "intracranial_haemorrhage": False,
        "handwriting_png": None,
    },
    "fluids": [["iv_fluids", 500.0], ["urine", 350.0]],
    "confirmations": {"vitals.hr: whatever": "physician informed"},
    "support_answered": True,
}


def test_set_state_state_round_trip(nurse, beds, open_entry):
    entry = open_entry(beds[ADULT_BED])
    data = json.loads(json.dumps(FULL_STATE))
    data["neuro"]["handwriting_png"] = base64.b64encode(scribble(0.3)).decode("ascii")
    entry.set_state(data)
    state = entry.state()
    assert state == data
    assert json.loads(json.dumps(state)) == state  # JSON-able
    assert entry.step() == NEURO
    assert entry.oxygen.flow() == 3.0 and entry.oxygen.pressors() == (
        "norepinephrine",
        "metaraminol",
    )
    assert entry.vitals.is_late() is False  # 40 min ago
    # and the records it gives
    records = entry._collect().records(uses_capd=False)
    assert records["vitals"].o2_flow_l_min == 3.0 and records["vitals"].hr == 121
    assert records["weight"].weight_kg == 53.4
    assert records["neuro"].cerebral_edema.value == "focal"
    assert [f.volume_ml for f in records["fluids"]] == [500.0, 350.0]


def test_a_damaged_draft_opens_with_defaults(nurse, beds, open_entry, clock):
    ep = beds[ADULT_BED]
    nurse.service.save_draft(
        "shift_entry",
        ep,
        {
            "observed_at": "yesterday",
            "step": 9,
            "vitals": {"temp_c": "hot", "hr": 90},
            "o2_device": "jetpack",
            "fluids": [["urine", -5], ["soup", 100], ["oral", 200]],
            "neuro": {"ice_items": [True] * 3, "seizure": "big"},
        },
    )
    entry = open_entry(ep)
    state = entry.state()
    assert state["observed_at"] == clock.t.isoformat()
    assert state["step"] == VITALS and state["vitals"]["temp_c"] is None
    assert state["vitals"]["hr"] == 90 and state["o2_device"] == "room_air"
    assert state["fluids"] == [["oral", 200.0]]
    assert state["neuro"]["ice_items"] is None and state["neuro"]["seizure"] == "none"


# -- language -------------------------------------------------------------------------------------
def test_language_switch_changes_labels_and_keeps_values(qapp, nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    type_vitals(tapper, entry, ["38.6", "110", "86", "50"])
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.ice.item_button("year"))
    note_alert(entry)
    entry.go_to(REVIEW)
    before = entry.state()
    assert entry.steps.button(VITALS).text().startswith("1  生命体征")
    assert entry.vitals.fields["temp_c"].label() == "体温"
    assert "发热" in entry.review.crs_reasons.text()
    assert entry.next_button.text() == "签名保存"
    try:
        i18n.install_translators(qapp, "en")
        nurse.set_language("en")
        QApplication.processEvents()
        assert entry.steps.button(VITALS).text().startswith("1  Vitals")
        assert entry.vitals.fields["temp_c"].label() == "Temperature"
        assert entry.vitals.fields["hr"].unit() == "/min"
        assert entry.next_button.text() == "Sign and save"
        assert "fever" in entry.review.crs_reasons.text().lower()
        assert "Year" in entry.neuro.ice.item_button("year").text()
        assert entry.state() == before
    finally:
        i18n.install_translators(qapp, "zh_CN")
        nurse.set_language("zh_CN")
    QApplication.processEvents()
    assert entry.vitals.fields["temp_c"].label() == "体温"
    assert "发热" in entry.review.crs_reasons.text()
    assert entry.state() == before


# -- touch ----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("bed", [ADULT_BED, CHILD_BED])
def test_every_target_is_at_least_48_px(qtbot, nurse, beds, open_entry, tapper, size, bed):
    entry = open_entry(beds[bed], size)
    type_vitals(tapper, entry, ["38.6", "110", "86", "50", "20", "96"])
    too_small = []
    for step in range(len(STEPS)):
        entry.go_to(step)
        QApplication.processEvents()
        for button in entry.findChildren(QAbstractButton):
            if button.isVisibleTo(entry) and button.window() is entry:
                if button.width() < 48 or button.height() < 48:
                    too_small.append((STEPS[step], button.objectName(), button.size()))
    assert not too_small


def test_a_page_scrolls_by_dragging_a_finger(qtbot, nurse, beds, open_entry):
    entry = open_entry(beds[ADULT_BED], (1280, 800))
    entry.go_to(NEURO)
    scroll = entry.neuro.scroll_area
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    device = QTest.createTouchDevice()
    viewport = scroll.viewport()
    start = viewport.mapTo(entry, QPoint(viewport.width() // 2, viewport.height() - 20))
    QTest.touchEvent(entry, device).press(0, start, entry)
    for step in range(1, 16):
        QTest.touchEvent(entry, device).move(0, start - QPoint(0, step * 25), entry)
        QTest.qWait(15)
    QTest.touchEvent(entry, device).release(0, start - QPoint(0, 400), entry)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)


def test_widget_can_be_built_without_a_signed_in_user(session, beds, qtbot):
    """Locked tablet: the form opens (no draft read) and the review says why it is empty."""
    ep = beds[ADULT_BED]
    session.sign_out()
    entry = ShiftEntryWidget(session, ep)
    qtbot.addWidget(entry)
    entry.oxygen.set_answered(True)
    entry.go_to(REVIEW)
    assert entry.review.error.text()


def test_a_closed_entry_no_longer_listens_to_the_session(qtbot, nurse, beds, tapper):
    entry = ShiftEntryWidget(nurse, beds[NORMAL_BED])  # not qtbot's: deleted here
    entry.show()
    type_vitals(tapper, entry, ["37.1"])
    entry.close()
    entry.deleteLater()
    qtbot.waitUntil(lambda: not _alive(entry))
    nurse.lock()
    nurse.sign_in("nurse", "1111")  # must not call into the deleted widget
    nurse.set_language("en")
    nurse.set_language("zh_CN")


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
