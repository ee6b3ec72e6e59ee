"""Settings on an enrolled tablet asks the admin's PIN once: the ward server checks it with
every change of users or settings (service/directory.py)."""

from __future__ import annotations

import pytest

from cart_bedside.storage import sync_state
from cart_bedside.storage.sync_token import save_token
from cart_bedside.ui import i18n
from cart_bedside.ui.admin import SettingsScreen
from tests.demo_ward import PINS


@pytest.fixture(autouse=True)
def _translators(qapp):
    yield
    i18n.remove_translators(qapp)


def test_an_enrolled_tablet_asks_the_admins_pin_for_the_ward_server(
    qtbot, session, service, tmp_path
):
    store = service.repo.store
    sync_state.save(store, {"server_url": "http://127.0.0.1:9"})  # enrolled (no server needed)
    save_token(sync_state.database_id(store), "a-device-token")
    session.sign_in("admin", PINS["admin"])
    w = SettingsScreen(session, tmp_path / "ward.db", backup_dir=tmp_path / "backups")
    qtbot.addWidget(w)
    w.show()
    dialog = w.pin_dialog
    assert dialog.isVisible() and "病区服务器" in dialog._title.text()
    for key in "0000":
        dialog.press(key)
    dialog.press("ok")
    assert dialog.isVisible() and dialog.error_text()  # a wrong PIN: refused, counted
    assert not w.admin.directory.has_pin()
    for key in PINS["admin"]:
        dialog.press(key)
    dialog.press("ok")
    assert not dialog.isVisible() and w.admin.directory.has_pin()
    session.sign_in("admin", PINS["admin"])  # signing in again: the PIN is asked again
    assert w.pin_dialog is not dialog and w.pin_dialog.isVisible()


def test_a_tablet_without_a_server_never_asks(qtbot, session, tmp_path):
    session.sign_in("admin", PINS["admin"])
    w = SettingsScreen(session, tmp_path / "ward.db", backup_dir=tmp_path / "backups")
    qtbot.addWidget(w)
    w.show()
    assert not hasattr(w, "pin_dialog") and not w.admin.directory.remote()
