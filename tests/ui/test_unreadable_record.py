"""A row this version cannot read: the board still renders and names it; History withdraws it."""

from __future__ import annotations

from cart_bedside.service import RecordService
from cart_bedside.ui.record import HistoryTab
from cart_bedside.ui.record.history_table_model import VALUE
from cart_bedside.ui.ward_board import WardBoardWidget
from tests.service.test_record_service import new_patient
from tests.service.test_unreadable_records import insert_bad_vitals

from .record_helpers import click, nurse_fixture, show_fixture

_FIXTURES = (nurse_fixture, show_fixture)


def test_the_board_names_an_unreadable_row_and_history_withdraws_it(qtbot, nurse, show):
    service = nurse.service
    eid = RecordService(service).admissions.admit(new_patient())
    bad = insert_bad_vitals(service, eid)

    board = show(WardBoardWidget(nurse))
    cards = {c.card().episode_id: c for c in board.cards()}
    assert len(cards) == len(service.occupied()) == 13  # every bed, the new one too
    texts = cards[eid].texts()
    assert "无法读取的记录" in texts["alert"] and "banana" in texts["alert"]

    tab = show(HistoryTab(nurse, eid))
    click(qtbot, tab.kind_buttons["vitals"])
    assert tab.select_record(bad)
    row = tab.model.find(bad)
    assert tab.model.text(row, VALUE) == "无法读取的记录：o2_device = banana"
    assert not tab.amend_button.isEnabled()  # nothing to amend from: only withdraw
    withdraw = tab.open_withdraw()
    withdraw.reason_field.set_reason("旧版平板写入了未知的给氧方式")
    click(qtbot, withdraw.ok_button)
    assert tab.model.row(tab.model.find(bad)).tone == "withdrawn"

    board.refresh()
    cards = {c.card().episode_id: c for c in board.cards()}
    assert "无法读取" not in cards[eid].texts()["alert"]
