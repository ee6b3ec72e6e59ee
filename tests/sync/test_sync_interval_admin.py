"""Settings → Ward on an enrolled tablet: the sync interval goes to the ward server's
directory with the admin's PIN (service/directory.py), the running SyncWorker takes it at
once, another tablet gets it with its next round; offline the change is refused with one
line and nothing changes. Real server process, real PostgreSQL, real SQLite files."""

from __future__ import annotations

import shiboken6

from cart_bedside.service.sync_http import transport_for
from cart_bedside.service.sync_settings import sync_interval_s
from cart_bedside.ui.main_window import MainWindow
from cart_bedside.ui.session import Session
from tests.storage.conftest import FAST_PIN_HASH
from tests.sync.tablets import Tablet

PIN = "1111"


def test_the_interval_goes_to_the_server_and_the_worker_takes_it(
    qtbot, fresh_ward, tmp_path, clock
):
    server, url = fresh_ward
    a, b = Tablet(tmp_path / "a.db", clock), Tablet(tmp_path / "b.db", clock)
    a.repo.people.create_user("admin", "管理员", "admin", None, "system", pin_hash=FAST_PIN_HASH)
    a.enroll(server, url)
    assert a.sync().seeded_directory  # the first tablet's users and settings seed the ward
    b.enroll(server, url)
    b.sync()
    session = Session(a.ward, lang="en")
    window = MainWindow(session, auto_lock_minutes=30, db_path=str(a.path))
    worker = window.sync_worker
    assert worker is not None and worker.timer.interval() == 30_000
    session.sign_in("admin", PIN)
    window.show_settings()
    screen = window.settings_screen
    for key in PIN:  # the ward server checks the admin's PIN with every change
        screen.pin_dialog.press(key)
    screen.pin_dialog.press("ok")
    panel = screen.ward
    panel.sync_interval.set_value(12)
    with qtbot.waitSignal(screen.settings_changed):
        assert panel.save() == ["sync_interval_s"]
    assert transport_for(a.ward).get("/directory")["settings"]["sync_interval_s"] == 12
    assert worker.timer.interval() == 12_000 and worker.timer.isActive()
    b.sync()
    assert sync_interval_s(b.ward) == 12  # from the server's directory

    server.stop()  # offline: refused with one line, nothing changed here
    panel.sync_interval.set_value(60)
    assert panel.save() == []
    assert panel.message.text().startswith("Not saved — sync interval:")
    assert len(panel.message.text().splitlines()) == 1
    assert sync_interval_s(a.ward) == 12 and worker.timer.interval() == 12_000
    worker.stop()
    window.close()
    shiboken6.delete(window)  # before its database closes: no later event may reach it
    a.close()
    b.close()
