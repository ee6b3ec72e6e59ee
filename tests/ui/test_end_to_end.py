"""The whole bedside path through the real main window, driven by taps (issue 4)."""

from __future__ import annotations

import pytest

from cart_bedside.logic.models import ICE_ITEMS, FluidCategory
from cart_bedside.ui import i18n
from cart_bedside.ui.main_window import MainWindow
from tests.ui.test_shift_entry_support import ADULT_BED, Tapper, type_vitals


@pytest.fixture
def window(qtbot, session, qapp):
    i18n.install_translators(qapp, "zh_CN")
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.remove_translators(qapp)


def sign_in_by_taps(tapper: Tapper, window, user="nurse", pin="1111") -> None:
    sign_in = window.sign_in
    tapper.tap(sign_in.user_button(user))
    for digit in pin:
        tapper.tap(sign_in.keypad().button(digit))
    tapper.tap(sign_in.sign_in_button())


def open_bed(tapper: Tapper, window, bed: str):
    card = next(c for c in window.board.cards() if c.card().bed == bed)
    tapper.tap(card)
    assert window.stack.currentWidget() is window.patient
    return window.patient.entry


def test_sign_in_board_patient_entry_save_and_the_card_shows_both_badges(qtbot, window):
    tapper = Tapper(qtbot)
    sign_in_by_taps(tapper, window)
    assert window.stack.currentWidget() is window.board
    card = next(c for c in window.board.cards() if c.card().bed == ADULT_BED)
    assert (card.card().crs_grade, card.card().icans_grade) == (0, 0)

    entry = open_bed(tapper, window, ADULT_BED)
    type_vitals(tapper, entry, ["38.6", "110", "86", "50", "20", "96"])
    tapper.tap(entry.next_button)  # oxygen: room air
    tapper.tap(entry.oxygen.unchanged_button)  # room air, unchanged → neuro
    for key in ICE_ITEMS[:8]:
        tapper.tap(entry.neuro.ice.item_button(key))
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.next_button)  # fluids
    tapper.tap(entry.fluids.lines.category_button(FluidCategory.IV_FLUIDS))
    tapper.tap(entry.fluids.lines.quick_button(500))
    tapper.tap(entry.next_button)  # review
    review = entry.review
    assert (review.crs_badge.grade(), review.icans_badge.grade()) == (2, 1)
    plan = review.assessment().plan
    assert plan.crs_lines and window.session.render(plan.crs_lines[0]) in review.plan.text()

    tapper.tap(entry.next_button)  # sign and save: SBP 86 asks for a reason first
    confirm = entry.confirm_dialog()
    tapper.tap(confirm.reason_button(0))
    tapper.tap(confirm.ok_button())
    with qtbot.waitSignal(window.session.record_saved):
        tapper.keys(entry.pin_dialog(), "1111")

    assert window.stack.currentWidget() is window.board
    card = next(c for c in window.board.cards() if c.card().bed == ADULT_BED)
    assert (card.crs_badge().grade(), card.icans_badge().grade()) == (2, 1)


def test_auto_lock_mid_entry_then_sign_in_returns_to_the_same_unsaved_values(qtbot, window):
    tapper = Tapper(qtbot)
    sign_in_by_taps(tapper, window)
    entry = open_bed(tapper, window, ADULT_BED)
    type_vitals(tapper, entry, ["37.9", "96"])
    typed = entry.state()
    window.auto_lock.set_minutes(0.002)
    window.auto_lock.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=3000)
    assert window.session.user is None
    assert not window.patient.isVisible()  # no patient data while locked
    assert (
        window.session.service.repo.drafts.load_draft("nurse", "shift_entry", entry.episode_id)[
            "vitals"
        ]["temp_c"]
        == 37.9
    )
    window.auto_lock.set_minutes(2)
    sign_in_by_taps(tapper, window)
    assert window.stack.currentWidget() is window.patient
    assert window.patient.entry is entry
    assert entry.state()["vitals"] == typed["vitals"]


def test_language_switch_mid_entry_keeps_the_form(qtbot, window):
    tapper = Tapper(qtbot)
    sign_in_by_taps(tapper, window)
    entry = open_bed(tapper, window, ADULT_BED)
    type_vitals(tapper, entry, ["38.2"])
    chinese = entry.next_button.text()
    tapper.tap(window.language)
    assert entry.next_button.text() != chinese
    assert entry.state()["vitals"]["temp_c"] == 38.2


def test_five_wrong_pins_lock_the_user_out_of_the_window(qtbot, window):
    tapper = Tapper(qtbot)
    for _ in range(5):
        sign_in_by_taps(tapper, window, pin="0000")
    sign_in_by_taps(tapper, window)  # the right PIN, now refused
    assert window.stack.currentWidget() is window.sign_in
    assert window.session.user is None
    assert window.sign_in.error_text()


def test_sign_in_targets_are_at_least_48_px(window):
    """Every control on the sign-in screen is a tap target of at least 48 × 48 px."""
    from PySide6.QtWidgets import QAbstractButton

    for button in window.sign_in.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= 48 and button.width() >= 48, button.objectName()
