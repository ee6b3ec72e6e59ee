"""Per-tablet preferences in QSettings (issue 13 item 7): one _DEFAULTS, remembered per tablet.

Every UI test writes them to its own folder (tests/ui/conftest.py redirects QSettings).
"""

from __future__ import annotations

import pytest

from cart_bedside.ui import tablet_settings
from cart_bedside.ui.handover_print import default_folder, remember_folder
from cart_bedside.ui.session import Session
from cart_bedside.ui.ward_board import WardBoardWidget

from .conftest import PINS


def test_the_settings_file_is_the_test_s_own(tmp_path):
    assert tablet_settings._settings().fileName().startswith(str(tmp_path))


def test_every_key_reads_its_default_then_what_was_stored():
    for key, default in tablet_settings._DEFAULTS.items():
        assert tablet_settings.get(key) == default
    tablet_settings.put("board/sort", "severity")
    tablet_settings.put("board/names_masked", True)
    assert tablet_settings.get("board/sort") == "severity"
    assert tablet_settings.get("board/names_masked") is True  # stored as text, read as bool
    with pytest.raises(KeyError):
        tablet_settings.put("board/colour", "red")
    tablet_settings.clear()
    assert tablet_settings.get("board/sort") == "bed"


def test_the_board_sort_is_remembered_for_this_tablet(qtbot, session):
    session.sign_in("nurse", PINS["nurse"])
    first = WardBoardWidget(session)
    qtbot.addWidget(first)
    assert first.sort() == "bed"
    first.set_sort("severity")
    second = WardBoardWidget(session)
    qtbot.addWidget(second)
    assert second.sort() == "severity" and second.sort_button("severity").isChecked()
    tablet_settings.put("board/sort", "nonsense")  # an old or hand-edited file: the default
    third = WardBoardWidget(session)
    qtbot.addWidget(third)
    assert third.sort() == "bed" and third.sort_button("bed").isChecked()


def test_name_masking_is_remembered_for_this_tablet(qtbot, qapp, service):
    first = Session(service)
    assert not first.names_masked
    first.set_names_masked(True)
    second = Session(service)
    assert second.names_masked
    second.sign_in("nurse", PINS["nurse"])
    board = WardBoardWidget(second)
    qtbot.addWidget(board)
    assert board.mask_button().isChecked()


def test_the_last_save_folder_is_offered_next_time(tmp_path):
    assert default_folder() != tmp_path
    remember_folder(tmp_path)
    assert default_folder() == tmp_path
    remember_folder(tmp_path / "removed since")  # not there any more: Documents again
    assert default_folder() != tmp_path / "removed since"
