"""One PIN pad everywhere (issue 11 item 4): one widget, one layout, one size; an error
never moves the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from cart_bedside.ui.pin_pad import PinKeypad
from cart_bedside.ui.shift_entry.pin_dialog import PinDialog
from cart_bedside.ui.sign_in import SignInWidget

KEYS = [*"0123456789", "back", "clear", "ok"]


def geometry(keypad: PinKeypad) -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for key in KEYS:
        button = keypad.button(key)
        top_left = button.mapTo(keypad, QPoint(0, 0))
        out[key] = (top_left.x(), top_left.y(), button.width(), button.height())
    return out


@pytest.fixture
def pads(qtbot, session):
    sign_in = SignInWidget(session)
    dialog = PinDialog("王丽")
    for widget in (sign_in, dialog):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    sign_in.resize(1280, 800)
    QApplication.processEvents()
    yield sign_in.keypad(), dialog.keypad
    del sign_in, dialog  # the keypads live as long as their screens


def test_sign_in_and_signature_use_the_same_pad_and_layout(pads):
    sign_in, signature = pads
    assert type(sign_in) is type(signature) is PinKeypad
    assert sign_in.size() == signature.size()
    assert geometry(sign_in) == geometry(signature)
    keys = geometry(sign_in)
    # 7-8-9 on top, 1-2-3 below them, at every prompt.
    assert keys["7"][1] < keys["4"][1] < keys["1"][1] < keys["0"][1]
    for key in KEYS:
        assert keys[key][2] >= 48 and keys[key][3] >= 48


def test_an_error_line_does_not_move_the_keys(pads, qtbot):
    for pad in pads:
        before = geometry(pad), pad.size()
        pad.set_error("PIN 错误：记录未保存——再错 4 次账户将被锁定。" * 3)
        QApplication.processEvents()
        assert (geometry(pad), pad.size()) == before
        pad.set_error("")
        pad.set_prompt("")
        QApplication.processEvents()
        assert (geometry(pad), pad.size()) == before
