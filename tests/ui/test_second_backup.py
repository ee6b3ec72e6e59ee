"""The administrator sets and clears the second backup location (issue 15 item 5) in the
backup panel: a folder chooser, a folder this tablet can write to, audited, both languages."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from cart_bedside.storage.backup import SECOND_LOCATION_KEY
from cart_bedside.ui import i18n
from tests.demo_ward import PINS

from .test_admin import make_screen


@pytest.fixture(autouse=True)
def _translators(qapp):
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ward.db"  # the file the ``service`` fixture opened


def setting_changes(session):
    return session.service.repo.audit_log.audit_entries(record_id=SECOND_LOCATION_KEY)


def test_the_admin_chooses_a_folder_backs_up_there_and_clears_it(
    qtbot, qapp, session, db_path, tmp_path
):
    session.sign_in("admin", PINS["admin"])
    screen = make_screen(qtbot, session, db_path, tmp_path)
    box = screen.backup.second
    assert box.text().startswith("无：备份只保存在本平板")
    assert not box.clear_button.isEnabled()

    usb = tmp_path / "usb"
    usb.mkdir()
    chooser = box.choose()
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(usb))
    with qtbot.waitSignal(box.changed) as changed:
        chooser.accept()
    assert changed.args == [str(usb.resolve())]
    assert session.service.repo.ward_settings.get_setting(SECOND_LOCATION_KEY) == str(usb.resolve())
    (entry,) = setting_changes(session)
    assert entry.actor == "admin" and entry.details["new"] == str(usb.resolve())
    assert box.text() == f"每次备份同时复制到 {usb.resolve()}。" and box.clear_button.isEnabled()

    with qtbot.waitSignal(screen.backup.backup_done, timeout=20000):
        assert screen.backup.backup_now()
    assert len(list(usb.glob("*.db"))) == 1  # the second copy
    assert screen.backup.status.property("role") == ""

    i18n.install_translators(qapp, "en")
    session.set_language("en")
    qtbot.waitUntil(lambda: box.text().startswith("Every backup is also copied to"))
    assert box.choose_button.text() == "Choose folder…" and box.clear_button.text() == "Clear"

    shutil.rmtree(usb)  # the USB stick pulled out
    box.retranslate()
    assert "cannot be reached now" in box.text()
    with qtbot.waitSignal(screen.backup.backup_done, timeout=20000):
        assert screen.backup.backup_now()
    assert "second location failed" in screen.backup.status.text()
    assert not usb.exists()  # the stick's folder is not made again on the tablet's own disk
    assert screen.backup.status.property("role") == "error"

    assert box.clear()
    assert session.service.repo.ward_settings.get_setting(SECOND_LOCATION_KEY) is None
    assert len(setting_changes(session)) == 2
    assert box.text().startswith("None: backups are kept on this tablet only")


def test_a_folder_the_tablet_cannot_write_to_is_refused(qtbot, session, db_path, tmp_path):
    session.sign_in("admin", PINS["admin"])
    screen = make_screen(qtbot, session, db_path, tmp_path)
    box = screen.backup.second
    not_a_folder = tmp_path / "note.txt"
    not_a_folder.write_text("x")
    assert not box.set_folder(str(not_a_folder))
    assert box.message_text() == f"{not_a_folder} 不是本平板可写入的文件夹"
    assert session.service.repo.ward_settings.get_setting(SECOND_LOCATION_KEY) is None
    assert setting_changes(session) == []
    assert not box.set_folder(str(tmp_path / "gone"))
    good = tmp_path / "share"
    good.mkdir()
    assert box.set_folder(str(good)) and box.message_text() == ""
