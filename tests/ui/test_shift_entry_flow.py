"""The shift entry driven through its real widgets: grades, limits, PIN, tap count."""

from __future__ import annotations

from datetime import timedelta

from cart_bedside.logic.messages import msg, render
from cart_bedside.logic.models import ICE_ITEMS, FluidCategory
from cart_bedside.ui.shift_entry.state import FLUIDS, NEURO, REVIEW, VITALS

from . import test_shift_entry_support as support
from .test_shift_entry_support import ADULT_BED, NORMAL_BED, note_alert, type_vitals

# The shared fixtures.
nurse, beds, open_entry, tapper = support.nurse, support.beds, support.open_entry, support.tapper


def count_records(service, episode_id):
    repo = service.repo
    return (
        len(repo.queries.vitals(episode_id)),
        len(repo.queries.neuro(episode_id)),
        len(repo.queries.fluids(episode_id)),
    )


def test_full_entry_gives_crs_2_and_icans_1_and_saves_signed(
    qtbot, nurse, beds, open_entry, tapper
):
    service = nurse.service
    ep = beds[ADULT_BED]
    before = count_records(service, ep)
    entry = open_entry(ep)
    assert entry.step() == VITALS
    type_vitals(tapper, entry, ["38.6", "110", "86", "50", "20", "96"])
    assert entry.vitals.values() == {
        "temp_c": 38.6,
        "hr": 110,
        "sbp": 86,
        "dbp": 50,
        "rr": 20,
        "spo2": 96,
    }
    tapper.tap(entry.next_button)  # → oxygen
    tapper.tap(entry.oxygen.unchanged_button)  # room air, unchanged → neuro
    assert entry.step() == NEURO
    for key in ICE_ITEMS[:8]:  # writing and counting wrong: ICE 8/10
        tapper.tap(entry.neuro.ice.item_button(key))
    tapper.tap(entry.neuro.consciousness.button("alert"))
    assert entry.neuro.ice.score() == 8
    tapper.tap(entry.next_button)  # → fluids
    tapper.tap(entry.fluids.lines.category_button(FluidCategory.ORAL))
    tapper.tap(entry.fluids.lines.quick_button(250))
    tapper.tap(entry.next_button)  # → review
    assert entry.step() == REVIEW

    review = entry.review
    a = review.assessment()
    assert review.crs_badge.grade() == 2 and review.icans_badge.grade() == 1
    assert render(a.crs_reasons[0], "zh_CN") in review.crs_reasons.text()
    assert "ICE 8" in review.icans_reasons.text()
    # The protocol step for these grades, with its source.
    assert a.plan.crs_lines and a.plan.icans_lines
    for line in (*a.plan.crs_lines, *a.plan.icans_lines):
        assert render(line, "zh_CN") in review.plan.text()
    assert render(a.plan.sources[0], "zh_CN") in review.sources.text()
    assert len(review.alert_labels) == len(a.alerts) > 0
    assert "432 mg" in review.dose.text()  # 8 mg/kg × 54 kg
    assert "54.0 kg" in review.dose.text()
    assert "现在即可给予" in review.ledger.text()

    # Save: SBP 86 is a soft-limit value → reason first, then the PIN.
    tapper.tap(entry.next_button)
    confirm = entry.confirm_dialog()
    assert confirm is not None and entry.pin_dialog() is None
    assert any("86" in w for w in confirm.warnings())
    assert not confirm.ok_button().isEnabled()
    tapper.tap(confirm.reason_button(0))
    tapper.tap(confirm.ok_button())
    pin = entry.pin_dialog()
    assert pin is not None
    saved_ids = []
    entry.saved.connect(saved_ids.append)
    with qtbot.waitSignals([entry.saved, nurse.record_saved]):
        tapper.keys(pin, "1111")
    assert saved_ids == [ep]

    after = service.assessment(ep)
    assert after.crs.grade == 2 and after.icans.grade == 1
    assert count_records(service, ep) == (before[0] + 1, before[1] + 1, before[2] + 1)
    saved = service.repo.queries.vitals(ep)[-1]
    assert (saved.temp_c, saved.sbp, saved.meta.recorded_by) == (38.6, 86, "nurse")
    neuro = service.repo.queries.neuro(ep)[-1]
    assert neuro.total_ice == 8 and neuro.consciousness.value == "alert"
    assert service.load_draft("shift_entry", ep) is None  # the draft went with the save
    assert entry.step() == VITALS and entry.vitals.values()["temp_c"] is None  # fresh form


def test_wrong_pin_saves_nothing_and_lets_the_nurse_retry(qtbot, nurse, beds, open_entry, tapper):
    service = nurse.service
    ep = beds[NORMAL_BED]
    before = count_records(service, ep)
    entry = open_entry(ep)
    type_vitals(tapper, entry, ["36.8", "76", "118", "72", "16", "98"])
    note_alert(entry)
    entry.go_to(REVIEW)
    tapper.tap(entry.next_button)
    assert entry.confirm_dialog() is None  # normal values: nothing to confirm
    pin = entry.pin_dialog()
    tapper.keys(pin, "1234")
    assert pin.busy() and "正在保存" in pin.keypad.prompt()  # checked and saved off the UI thread
    qtbot.waitUntil(lambda: not pin.busy())
    assert pin.isVisible() and pin.pin() == ""
    assert pin.error_text() == render(
        msg("entry.error.pin_left", left=4, refused=msg("service.error.signature_pin")), "zh_CN"
    )
    assert count_records(service, ep) == before
    with qtbot.waitSignal(entry.saved):
        tapper.keys(pin, "1111")
    assert count_records(service, ep)[0] == before[0] + 1


def test_hard_limit_is_refused_on_the_keypad_with_the_range(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    keypad = entry.vitals.keypad
    errors = []
    keypad.rejected.connect(errors.append)
    tapper.keys(keypad, "46")
    assert errors and "25.0–45.0 °C" in errors[0]
    assert keypad.target() is entry.vitals.fields["temp_c"]  # still on the temperature
    assert entry.vitals.fields["temp_c"].value() is None
    assert entry.vitals.values()["temp_c"] is None  # not even in the draft


def test_hard_limit_from_a_draft_jumps_to_its_page_and_nothing_is_saved(
    nurse, beds, open_entry, tapper
):
    service = nurse.service
    ep = beds[ADULT_BED]
    before = count_records(service, ep)
    entry = open_entry(ep)
    state = entry.state()
    state["vitals"].update(temp_c=46.0, hr=80)
    state["neuro"]["consciousness"] = "alert"
    state["fluids"] = [["urine", 300.0]]
    entry.set_state(state)
    entry.go_to(FLUIDS)
    tapper.tap(entry.next_button)  # → review: the preview refuses 46 °C
    assert entry.step() == VITALS
    assert entry.banner.isVisible()
    assert "体温" in entry.error_text() and "25.0–45.0 °C" in entry.error_text()
    assert entry.vitals.fields["temp_c"].value_button().property("invalid") == "true"
    entry.request_save()
    assert entry.pin_dialog() is None and entry.step() == VITALS
    assert count_records(service, ep) == before

    # DBP not below SBP is refused too, naming the diastolic.
    state["vitals"].update(temp_c=37.0, sbp=80, dbp=90)
    entry.set_state(state)
    assert not entry.banner.isVisible()  # a change clears the old error
    entry.go_to(REVIEW)
    assert entry.step() == VITALS and "舒张压" in entry.error_text()
    # Fixed: the review opens.
    state["vitals"].update(dbp=50)
    entry.set_state(state)
    entry.go_to(REVIEW)
    assert entry.step() == REVIEW and entry.review.assessment() is not None


def test_soft_limit_values_need_a_reason(qtbot, nurse, beds, open_entry, tapper):
    service = nurse.service
    ep = beds[NORMAL_BED]
    entry = open_entry(ep)
    type_vitals(tapper, entry, ["39.5", "88", "120", "70", "18", "90"])
    note_alert(entry)
    entry.go_to(REVIEW)
    assert "保存时需确认" in entry.review.warnings_text.text()
    tapper.tap(entry.next_button)
    confirm = entry.confirm_dialog()
    texts = " ".join(confirm.warnings())
    assert "39.5" in texts and "90" in texts
    # Back to the values: nothing saved, no PIN asked.
    tapper.tap(confirm.cancel_button())
    assert entry.pin_dialog() is None and entry.confirm_dialog() is None
    tapper.tap(entry.next_button)
    confirm = entry.confirm_dialog()
    confirm.reason_edit().setText("  ")
    assert not confirm.ok_button().isEnabled()
    qtbot.keyClicks(confirm.reason_edit(), "re-measured twice")
    assert confirm.ok_button().isEnabled()
    tapper.tap(confirm.ok_button())
    assert set(entry.state()["confirmations"].values()) == {"re-measured twice"}
    assert "已确认：re-measured twice" in entry.review.warnings_text.text()
    pin = entry.pin_dialog()
    with qtbot.waitSignal(entry.saved):
        tapper.keys(pin, "1111")
    assert service.repo.queries.vitals(ep)[-1].temp_c == 39.5


def test_a_changed_value_must_be_confirmed_again(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[NORMAL_BED])
    type_vitals(tapper, entry, ["39.5"])
    note_alert(entry)
    entry.go_to(REVIEW)
    tapper.tap(entry.next_button)
    tapper.tap(entry.confirm_dialog().reason_button(1))
    tapper.tap(entry.confirm_dialog().ok_button())
    entry.pin_dialog().reject()
    state = entry.state()
    assert len(state["confirmations"]) == 1
    state["vitals"]["temp_c"] = 39.8
    entry.set_state(state)
    entry.go_to(REVIEW)
    tapper.tap(entry.next_button)
    assert entry.confirm_dialog() is not None  # 39.8 is not what was confirmed
    assert "39.8" in entry.confirm_dialog().warnings()[0]


def test_late_entry_is_marked(nurse, beds, open_entry, tapper, clock):
    entry = open_entry(beds[NORMAL_BED])
    page = entry.vitals
    assert page.observed_at() == clock.t and not page.is_late()
    tapper.tap(page.back_buttons[60])
    assert not page.is_late()  # exactly 60 min: not late yet
    tapper.tap(page.back_buttons[15])
    assert page.is_late() and page._late.isVisible()
    assert page.observed_at() == clock.t - timedelta(minutes=75)
    tapper.tap(page.now_button)
    assert page.observed_at() == clock.t and not page._late.isVisible()
    # Typed hour and minute: a time later than now means yesterday.
    tapper.tap(page.hour.value_button())
    tapper.keys(page.keypad, "23")
    tapper.keys(page.keypad, "30")
    assert page.observed_at() == (clock.t - timedelta(days=1)).replace(hour=23, minute=30)
    assert page.is_late() and "昨天 23:30" in page._time_text.text()
    # The clock moves on: an entry left open becomes late.
    tapper.tap(page.now_button)
    clock.t += timedelta(minutes=61)
    page.refresh_time()
    assert page.is_late()
    type_vitals_from = entry.state()
    assert type_vitals_from["observed_at"] == "2026-11-23T10:00:00"


def test_nothing_entered_is_not_saved(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[NORMAL_BED])
    entry.go_to(REVIEW)
    tapper.tap(entry.next_button)
    assert entry.pin_dialog() is None
    assert entry.review.error.isVisible()


def test_tap_count_of_a_normal_shift(qtbot, nurse, beds, open_entry, tapper):
    """6 vital signs on room air, ICE 10/10, two fluid lines, signed with the PIN."""
    service = nurse.service
    ep = beds[NORMAL_BED]
    entry = open_entry(ep, support_answered=False)
    type_vitals(tapper, entry, ["36.8", "76", "118", "72", "16", "98"])  # 21 taps
    tapper.tap(entry.next_button)  # oxygen: the last support is carried forward
    tapper.tap(entry.oxygen.unchanged_button)  # unchanged → neuro
    tapper.tap(entry.neuro.ice.all_correct_button())  # the nurse's attestation
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.next_button)  # fluids
    lines = entry.fluids.lines
    tapper.tap(lines.category_button(FluidCategory.ORAL))
    tapper.tap(lines.quick_button(250))
    tapper.tap(lines.category_button(FluidCategory.URINE))
    tapper.tap(lines.quick_button(500))
    tapper.tap(entry.next_button)  # review
    tapper.tap(entry.next_button)  # sign and save
    with qtbot.waitSignal(entry.saved):
        tapper.keys(entry.pin_dialog(), "1111")
    print(f"\nTAP COUNT normal shift (ICE by 'All 10 correct'): {tapper.count}")
    assert tapper.count <= 40
    assert service.repo.queries.neuro(ep)[-1].total_ice == 10
    assert len(service.repo.queries.fluids(ep)) >= 2


def test_tap_count_with_each_ice_item_tapped(qtbot, nurse, beds, open_entry, tapper):
    entry = open_entry(beds[NORMAL_BED], support_answered=False)
    type_vitals(tapper, entry, ["36.8", "76", "118", "72", "16", "98"])
    tapper.tap(entry.next_button)
    tapper.tap(entry.oxygen.unchanged_button)
    for key in ICE_ITEMS:
        tapper.tap(entry.neuro.ice.item_button(key))
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.next_button)
    lines = entry.fluids.lines
    for category, volume in ((FluidCategory.ORAL, 250), (FluidCategory.URINE, 500)):
        tapper.tap(lines.category_button(category))
        tapper.tap(lines.quick_button(volume))
    tapper.tap(entry.next_button)
    tapper.tap(entry.next_button)
    with qtbot.waitSignal(entry.saved):
        tapper.keys(entry.pin_dialog(), "1111")
    print(f"\nTAP COUNT normal shift (ten ICE items tapped): {tapper.count}")
    assert tapper.count == 46
