"""The screens of issue 17: the admin's lab import tab, the watched folder, the FHIR button."""

from __future__ import annotations

import json
import os

import pytest

from cart_bedside.ui import i18n
from cart_bedside.ui.worker import wait_for_background
from tests.demo_ward import PINS
from tests.interop.conftest import CYTOKINES, oru, patient_in


@pytest.fixture
def session(qapp, service):
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session

    prepare_application(qapp, "zh_CN")
    yield Session(service, "zh_CN")
    wait_for_background()  # no job outlives its database
    qapp.processEvents()
    i18n.remove_translators(qapp)


@pytest.fixture
def settings(qtbot, session, tmp_path):
    from cart_bedside.ui.admin import SettingsScreen
    from cart_bedside.ui.admin.settings_screen import TAB_LABS

    session.sign_in("admin", PINS["admin"])
    screen = SettingsScreen(
        session, session.service.repo.db_file(), backup_dir=tmp_path / "backups"
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 740)
    screen.show()
    screen.show_tab(TAB_LABS)
    return screen


def _drop(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(text.encode("gb18030"))


def test_the_watched_folder_is_read_in_the_background_and_unmatched_are_listed(
    qtbot, settings, session, tmp_path
):
    panel = settings.labs
    folder = tmp_path / "lis"
    p = patient_in(session.service, "02")
    _drop(folder, "a.hl7", oru(p.mrn, p.name, [*CYTOKINES, ("ODD-1", "L", "怪项", "1", "U")]))
    panel.folder.setText(str(folder))
    assert panel.save_watch_folder()
    saved = []
    session.record_saved.connect(saved.append)
    with qtbot.waitSignal(panel.watcher.scanned, timeout=30_000) as blocker:
        assert panel.scan_now()
    summary = blocker.args[0]
    assert (summary.files, summary.stored, summary.unmatched) == (1, 3, 1)
    assert saved == [p.id]  # the board and the patient screen refresh for that episode
    assert (folder / "imported" / "a.hl7").exists()
    assert panel.unmatched.rowCount() == 1
    assert "不在对照表" in panel.unmatched.data(panel.unmatched.index(0, 5))
    assert "3" in panel.message.text()


def test_the_admin_maps_a_local_code_in_the_panel(settings, session):
    panel = settings.labs
    panel.code.setText("HSCRP")
    panel.lab.setCurrentIndex(panel.lab.findData("crp"))
    assert panel.add_mapping()
    assert [(c.code, c.lab) for c in panel.service.code_map()] == [("HSCRP", "crp")]
    assert panel.codes.rowCount() == 1
    panel.codes_view.selectRow(0)
    assert panel.remove_selected()
    assert panel.service.code_map() == []
    entries = session.service.repo.audit_log.audit_entries(action="setting_change")
    assert entries[0].record_id == "lab_code_map"
    panel.code.setText("")
    assert not panel.add_mapping()  # the service's refusal, shown
    assert panel.message.property("role") == "error"


def test_the_patient_screen_exports_its_admission_as_fhir(qtbot, session):
    from cart_bedside.ui.patient_screen import PatientScreen

    session.sign_in("nurse", PINS["nurse"])
    p = patient_in(session.service, "03")
    screen = PatientScreen(session, p.id)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.fhir_button.exported, timeout=60_000) as blocker:
        screen.fhir_button.click()
    path = blocker.args[0]
    assert os.stat(path).st_mode & 0o777 == 0o600
    bundle = json.loads(open(path, encoding="utf-8").read())
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} >= {"Patient", "Condition"}
    entry = session.service.repo.audit_log.audit_entries(action="export")[0]
    assert entry.actor == "nurse" and entry.details["file"] == path
    assert screen.fhir_button.box is not None and path in screen.fhir_button.box.text()
