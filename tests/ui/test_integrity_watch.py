"""After the board is shown, the whole-file integrity check runs off the UI thread; a
failure is audited and shown on a banner (issue 15) — in the real main window."""

from __future__ import annotations

from cart_bedside.ui.integrity_watch import IntegrityWatch
from tests.storage.test_start_up_check import damage_an_index_page


def test_a_sound_ward_shows_no_banner(qtbot, nurse_window_zh):
    window = nurse_window_zh
    watch = IntegrityWatch(window, window.session.service.db_file())
    with qtbot.waitSignal(watch.checked, timeout=30000) as checked:
        watch.start()
        assert watch.running  # the UI thread goes on; the result comes back later
    assert checked.args == [[]]
    assert not watch.banner.isVisible()


def test_a_damaged_page_found_after_start_up_is_audited_and_shown(qtbot, nurse_window_zh):
    window = nurse_window_zh
    path = window.session.service.db_file()
    assert window.stack.currentWidget() is window.board  # the board is up first
    damage_an_index_page(path)
    watch = IntegrityWatch(window, path)
    with qtbot.waitSignal(watch.checked, timeout=30000) as checked:
        watch.start()
    assert checked.args[0] and checked.args[0][0].code == "verify.integrity"
    assert watch.banner.isVisible()
    text = watch.banner.text()
    assert text.startswith("⚠ 病区数据库完整性检查未通过") and "设置 → 备份与恢复" in text
    entry = window.session.service.repo.audit_log.audit_entries(action="verify")[0]
    assert entry.actor == "system" and entry.details["findings"]
    window.session.set_language("en")
    qtbot.waitUntil(lambda: "failed its integrity check" in watch.banner.text(), timeout=5000)
