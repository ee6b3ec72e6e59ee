"""The services are built once and handed to the screens; a restore keeps them (issue 13)."""

from __future__ import annotations

from cart_bedside.service import AdminService
from cart_bedside.service.wiring import Services
from cart_bedside.ui.main_window import MainWindow
from cart_bedside.ui.session import Session
from tests.ui.conftest import PINS


def test_the_session_holds_services_built_once_on_one_ward(session):
    assert session.records.ward is session.service
    assert session.alerts.ward is session.service
    assert session.services.records is session.records  # the same objects every time
    built = Services.on(session.service)
    assert Session(built).records is built.records  # the app's wiring passes them in


def test_after_a_restore_the_services_built_at_start_up_read_the_restored_file(
    qtbot, session, tmp_path
):
    window = MainWindow(session, auto_lock_minutes=30)
    qtbot.addWidget(window)
    ward, records, alerts = session.service, session.records, session.alerts
    db_path = ward.db_file()
    session.sign_in("admin", PINS["admin"])
    admin = AdminService(ward, db_path, tmp_path / "backups")
    backup = admin.backup_now("before the lab")
    session.sign_out()

    session.sign_in("nurse", PINS["nurse"])
    episode = ward.board()[0].episode_id
    before = len(records.labs.results(episode, "crp"))
    records.labs.record(episode, "crp", 42.0)
    assert len(records.labs.results(episode, "crp")) == before + 1
    session.sign_out()

    session.sign_in("admin", PINS["admin"])
    admin.restore(backup.path, "the lab was charted on the wrong patient")
    window.reopen_database(db_path)
    assert session.service is ward and session.records is records and session.alerts is alerts
    assert session.user is None  # everyone signs in again

    session.sign_in("nurse", PINS["nurse"])
    assert (
        len(records.labs.results(episode, "crp")) == before
    )  # the restored file, read through them
    assert ward.board()[0].episode_id == episode
    assert isinstance(alerts.open_alerts(episode), list)
