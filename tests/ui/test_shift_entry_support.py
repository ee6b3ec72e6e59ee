"""Fixtures and helpers shared by the shift-entry tests (imported by the other modules)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cart_bedside.ui import i18n
from cart_bedside.ui.shift_entry import ShiftEntryWidget

ADULT_BED = "09"  # 71 y, 54 kg, CRS 0 / ICANS 0 before the entry
NORMAL_BED = "10"
CHILD_BED = "03"  # 7 y: CAPD


class Tapper:
    """Clicks like a finger and counts every tap (keypad keys included)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def tap(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1

    def keys(self, keypad, text: str, ok: bool = True) -> None:
        """Type ``text`` on a NumericKeypad (then OK) or a PinDialog."""
        for key in text:
            self.tap(keypad.button(key))
        if ok:
            self.tap(keypad.button("ok"))


@pytest.fixture
def nurse(session, qapp):
    """The zh_CN session signed in as the demo nurse, with the app's Chinese translators."""
    i18n.install_translators(qapp, "zh_CN")
    session.sign_in("nurse", "1111")
    yield session
    i18n.remove_translators(qapp)


@pytest.fixture
def beds(nurse):
    return {episode.bed: episode.episode_id for _p, episode in nurse.service.occupied()}


@pytest.fixture
def open_entry(qtbot, nurse):
    """``open_entry(episode_id)`` → a shown 1280 × 800 ShiftEntryWidget.

    ``support_answered`` (default True, for the tests about other pages) stands for
    the nurse's answer on step 2; the carry-forward tests pass False and tap it.
    """

    def make(episode_id: str, size=(1280, 800), support_answered=True) -> ShiftEntryWidget:
        widget = ShiftEntryWidget(nurse, episode_id)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        if support_answered:
            widget.oxygen.set_answered(True)
        return widget

    return make


@pytest.fixture
def tapper(qtbot) -> Tapper:
    return Tapper(qtbot)


def type_vitals(tapper: Tapper, entry: ShiftEntryWidget, values) -> None:
    """Type the six vitals on the page keypad (it starts on the temperature)."""
    keypad = entry.vitals.keypad
    assert keypad.target() is entry.vitals.fields["temp_c"]
    for value in values:
        tapper.keys(keypad, value)


def note_alert(entry: ShiftEntryWidget) -> None:
    """The nurse taps "Alert" (the level of consciousness every assessment needs)."""
    entry.neuro.consciousness.button("alert").click()


def draw(canvas, points) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for p in points[1:]:
        QTest.mouseMove(canvas, QPoint(*p))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_tapper_counts_each_tap(qtbot, tapper):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    hits = []
    button.clicked.connect(lambda: hits.append(1))
    tapper.tap(button)
    tapper.tap(button)
    assert tapper.count == 2 and len(hits) == 2
