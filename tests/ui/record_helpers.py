"""What the record-tab tests share: taps, the keypad, beds, the signed-in nurse in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.demo_ward import PINS


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_on(qtbot, keypad, text: str) -> None:
    """Tap the keys of ``text`` on a NumericKeypad, then OK."""
    for ch in text:
        click(qtbot, keypad.button(ch))
    click(qtbot, keypad.button("ok"))


def bed(session, number: str) -> str:
    return next(e.episode_id for _, e in session.service.occupied() if e.bed == number)


@pytest.fixture(name="nurse")
def nurse_fixture(session):
    """The demo nurse signed in, in Chinese (the session's real translators)."""
    session.sign_in("nurse", PINS["nurse"])
    return session


@pytest.fixture(name="show")
def show_fixture(qtbot):
    def show(widget):
        qtbot.addWidget(widget)
        widget.resize(1260, 520)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
