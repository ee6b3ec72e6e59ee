"""The tocilizumab panel's four states, a signed dose and "duplicate?" (issue 11 item 6),
through the real main window as the nurse and the physician tap them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from cart_bedside.logic.tocilizumab_state import TociState
from cart_bedside.ui import i18n
from cart_bedside.ui.main_window import MainWindow
from tests.demo_ward import DEMO_NOW, PINS
from tests.ui.test_end_to_end import sign_in_by_taps
from tests.ui.test_shift_entry_support import Tapper

H = timedelta(hours=1)


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


def medications(qtbot, window, bed: str, user: str = "nurse"):
    tap = Tapper(qtbot)
    if window.session.user is None:
        sign_in_by_taps(tap, window, user, PINS[user])
    if window.stack.currentWidget() is window.patient:
        tap.tap(window.patient.back)
    card = next(c for c in window.board.cards() if c.card().bed == bed)
    # Enter on the card opens it like a tap (QTest's second synthetic press on the board
    # does not arrive offscreen; under Xvfb a real second tap does).
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.patient.episode_id == card.episode_id()
    tab = window.patient.show_tab("medications")
    qtbot.waitUntil(lambda: tab.toci.state() is not None)
    return tab


def start_dose(qtbot, tab, drug="tocilizumab", mg: str | None = None):
    tap = Tapper(qtbot)
    dialog = tab.open_dose_dialog()
    tap.tap(dialog.drug.button(drug))
    if mg is not None:
        tap.keys(dialog.keypad, mg)
    tap.tap(dialog.ordered_by.button("doctor"))
    tap.tap(dialog.save_button)
    return dialog


def sign(qtbot, dialog, pin: str) -> None:
    tap = Tapper(qtbot)
    assert dialog.on_page() == "sign"
    for key in pin:
        tap.tap(dialog.sign.keypad.button(key))
    tap.tap(dialog.sign.keypad.button("ok"))


def test_four_states_as_doses_are_given(qtbot, window, clock):
    tab = medications(qtbot, window, "11")  # D+28, CRS 0, no tocilizumab yet
    texts = tab.toci.texts()
    assert tab.toci.state() is TociState.NO_DOSE_YET
    # the grade comes first: a CRS-0 patient never reads a bare "allowed now"
    assert texts["context"] == "当前无 CRS（0 级）：按分级无托珠单抗用药指征"
    assert texts["state"].startswith("尚未使用托珠单抗；按用药限制可给首剂")
    assert "现在可以给药" not in "".join(texts.values())

    start = DEMO_NOW
    for n in range(4):
        clock.t = start + n * 8 * H
        tab.refresh()
        if n:
            assert tab.toci.state() is TociState.ALLOWED_NOW
            assert tab.toci.texts()["state"] == f"已用 {n}/4 次；按用药限制现在可再给一剂"
        dialog = start_dose(qtbot, tab)
        sign(qtbot, dialog, PINS["nurse"])
        assert dialog.result() == dialog.DialogCode.Accepted
        if n < 3:
            texts = tab.toci.texts()
            assert tab.toci.state() is TociState.NEXT_AT
            nxt = (clock.t + 8 * H).strftime("%m-%d %H:%M")
            assert texts["state"].startswith(f"已用 {n + 1}/4 次；下一剂最早 {nxt}")
            assert "还需 8 小时 0 分钟" in texts["state"]
    texts = tab.toci.texts()
    assert tab.toci.state() is TociState.LIMIT_REACHED
    assert texts["state"].startswith("已用 4/4 次：已达总次数上限，不再给药")
    assert "最早" not in texts["state"]  # no "next" time once the total is reached
    clock.t += 30 * H  # long after: still no next time
    tab.refresh()
    assert tab.toci.state() is TociState.LIMIT_REACHED


def test_the_panel_names_the_grade_of_a_patient_with_crs(qtbot, window):
    tab = medications(qtbot, window, "01")  # CRS 2, two doses given
    assert tab.toci.texts()["context"] == "当前 CRS 2 级"
    tab = medications(qtbot, window, "04")  # ICANS 3 without CRS
    assert tab.toci.texts()["context"].startswith("ICANS 3 级且无 CRS：仅在合并 CRS 时使用")


def test_a_dose_is_signed_and_a_wrong_pin_stores_nothing(qtbot, window):
    tab = medications(qtbot, window, "11")
    dialog = start_dose(qtbot, tab)
    assert dialog.on_page() == "sign" and "王丽" in dialog.sign.who_text()
    sign(qtbot, dialog, "0000")
    assert dialog.on_page() == "sign" and "PIN" in dialog.sign.error_text()
    assert dialog.sign.keypad.pin() == ""
    assert tab.toci.state() is TociState.NO_DOSE_YET  # nothing stored
    sign(qtbot, dialog, PINS["nurse"])
    assert dialog.result() == dialog.DialogCode.Accepted
    assert tab.toci.state() is TociState.NEXT_AT


def test_the_same_drug_within_60_min_asks_duplicate(qtbot, window, clock):
    tab = medications(qtbot, window, "11")
    sign(qtbot, start_dose(qtbot, tab, "acetaminophen", "500"), PINS["nurse"])
    clock.t = DEMO_NOW + 20 * timedelta(minutes=1)
    doses = len(tab.model.rows())
    dialog = start_dose(qtbot, tab, "acetaminophen", "500")
    assert dialog.on_page() == "duplicate"
    question = dialog.duplicate.question_text()
    assert "王丽" in question and "重复录入" in question and "500" in question
    Tapper(qtbot).tap(dialog.duplicate.back_button)  # "no": back to the form, nothing saved
    assert dialog.on_page() == "form" and len(tab.model.rows()) == doses
    Tapper(qtbot).tap(dialog.save_button)
    Tapper(qtbot).tap(dialog.duplicate.confirm_button)  # "yes, a second dose"
    sign(qtbot, dialog, PINS["nurse"])
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(tab.model.rows()) == doses + 1
