"""Settings → Ward: how often the devices sync (``sync_interval_s``, 5–3600 s, default 30),
validated with the field and its range, audited, fitting in both languages. The enrolled
path (the server's directory, a running SyncWorker) is tests/sync/test_sync_interval_admin.py.
"""

from __future__ import annotations

import pytest

from cart_bedside.service import AdminService
from cart_bedside.service.sync_settings import set_sync_interval, sync_interval_s
from cart_bedside.ui import i18n
from tests.demo_ward import PINS
from tests.ui.label_fit import cut_offs


def test_the_interval_is_refused_out_of_range_then_saved_and_audited(ward_panel, session):
    panel = ward_panel
    assert panel.sync_interval.value() == 30  # the default
    for bad in (2, 4000):
        panel.sync_interval.set_value(bad)
        assert panel.save() == []
        text = panel.message.text()
        assert "每隔…同步一次" in text and "5–3600 s" in text, text  # field and range
        assert sync_interval_s(session.service) == 30  # nothing stored
        assert panel.sync_interval.value() == bad  # the admin's value stays on screen
    panel.sync_interval.set_value(45)
    panel.reason.setText("Wi-Fi is slow on this ward")
    assert panel.save() == ["sync_interval_s"]
    assert sync_interval_s(session.service) == 45
    (change,) = [
        e
        for e in session.service.repo.audit_log.audit_entries()
        if e.action == "setting_change" and e.record_id == "sync_interval_s"
    ]
    assert change.actor == "admin" and change.reason == "Wi-Fi is slow on this ward"
    assert panel.sync_interval.value() == 45 and panel.save() == []  # unchanged: nothing


def test_only_an_admin_sets_it_and_an_empty_field_names_the_field(session, tmp_path):
    from cart_bedside.logic.validation import ValidationError
    from cart_bedside.service import PermissionDenied

    session.sign_in("nurse", PINS["nurse"])
    admin = AdminService(session.service, tmp_path / "ward.db")
    with pytest.raises(PermissionDenied):
        set_sync_interval(admin, 60)
    session.sign_in("admin", PINS["admin"])
    with pytest.raises(ValidationError) as empty:
        set_sync_interval(admin, None)
    assert empty.value.field == "sync_interval_s"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280", "1920"])
def test_the_sync_box_fits_in_both_languages(qtbot, qapp, ward_panel, session, lang, size):
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    screen = ward_panel.window()
    screen.resize(size[0], size[1] - 60)
    panel = ward_panel
    panel.scroll_area.ensureWidgetVisible(panel._sync_box)
    qtbot.wait(50)
    assert panel._sync_box.title() == ("病区服务器" if lang == "zh_CN" else "Ward server")
    assert panel.sync_interval.height() >= 48
    assert cut_offs(panel._sync_box) == []
