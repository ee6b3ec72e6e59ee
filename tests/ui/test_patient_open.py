"""Opening a patient is cheap (issue 11 item 3): tabs built when first shown, no table
measured cell by cell, and the tab bar a finger can hit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView

from cart_bedside.ui import i18n, theme
from cart_bedside.ui.main_window import MainWindow
from cart_bedside.ui.record.text_table_model import TextTableModel
from tests.ui.test_end_to_end import sign_in_by_taps
from tests.ui.test_shift_entry_support import Tapper


@pytest.fixture
def window(qtbot, session, qapp):
    i18n.install_translators(qapp, "zh_CN")
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    sign_in_by_taps(Tapper(qtbot), w)
    yield w
    i18n.remove_translators(qapp)


def d28_card(window):
    return next(c for c in window.board.cards() if c.card().day == 28)


def test_a_tap_shows_the_patient_at_once_and_the_entry_in_the_next_turn(qtbot, window):
    Tapper(qtbot).tap(d28_card(window))
    screen = window.patient
    assert window.stack.currentWidget() is screen
    assert screen.built_tabs() == []  # header and tab bar only, so the tap answers at once
    qtbot.waitUntil(lambda: "entry" in screen.built_tabs())
    assert screen.entry.isVisible()
    assert screen.built_tabs() == ["entry"]


def test_each_tab_is_built_once_when_first_shown(qtbot, window):
    Tapper(qtbot).tap(d28_card(window))
    screen = window.patient
    history = screen.show_tab("history")
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    assert "trends" not in screen.built_tabs() and "labs" not in screen.built_tabs()
    screen.show_tab("labs")
    assert screen.show_tab("history") is history  # not rebuilt
    screen.tabs.setCurrentIndex(screen.tabs.count() - 1)  # a tap on the last tab builds it
    assert "alerts" in screen.built_tabs()


def test_the_long_history_is_not_measured_cell_by_cell(qtbot, window, monkeypatch):
    calls = {"n": 0}
    original = TextTableModel.data

    def counting(self, index, role=0):
        calls["n"] += 1
        return original(self, index, role)

    monkeypatch.setattr(TextTableModel, "data", counting)
    Tapper(qtbot).tap(d28_card(window))
    history = window.patient.show_tab("history")
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    history.grab()
    rows, columns = history.model.rowCount(), history.model.columnCount()
    assert rows > 500  # the D+28 patient: a long history
    header = history.table.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(columns)}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    # What is painted plus a sample for the widths — not every cell (was ~458 000 calls).
    assert calls["n"] < 20_000, calls["n"]


def test_patient_tabs_are_finger_sized(qtbot, window):
    Tapper(qtbot).tap(d28_card(window))
    bar = window.patient.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabRect(index).height() >= theme.TOUCH_MIN_PX, bar.tabText(index)


def test_the_actions_sit_beside_the_header_and_never_over_the_tabs(qtbot, window):
    Tapper(qtbot).tap(d28_card(window))
    screen = window.patient
    tabs_top = screen.tabs.mapTo(screen, screen.tabs.rect().topLeft()).y()
    for button in (screen.transfer_button, screen.discharge_button, screen.fhir_button):
        assert button.isVisible()
        bottom = button.mapTo(screen, button.rect().bottomLeft()).y()
        assert bottom < tabs_top, button.text()
        assert button.height() >= theme.TOUCH_MIN_PX, button.text()


def test_every_task_column_is_in_view_at_1280(qtbot, window):
    """The status of a task is what the nurse looks for: it may not go off the table's edge."""
    Tapper(qtbot).tap(d28_card(window))
    table = window.patient.show_tab("alerts").task_table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), column
