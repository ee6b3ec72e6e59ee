"""The sync status on an enrolled device (issue 14 item 4), through the real main window:
the bar at the 2- and 10-minute boundaries, the details and "Sync now", the stale-sync
warning on the tocilizumab panel and the dose check (a sync or a physician's override),
and nothing at all on a device that was never enrolled (the single-tablet default)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.storage import sync_state
from tests.demo_ward import PINS

from .test_shift_entry_support import Tapper


def enroll(service, role: str = "tablet", minutes_ago: float | None = 1.0, **more) -> None:
    """The keys the sync client writes at enrolment and after each round (device-local)."""
    now = service.clock().astimezone()
    values = {
        "server_url": "https://ward-7b.example:8443",
        "device_id": "0b7d4c1e-tablet-a",
        "role": role,
        "last_ok_at": None
        if minutes_ago is None
        else (now - timedelta(minutes=minutes_ago)).isoformat(timespec="seconds"),
        **more,
    }
    sync_state.save(service.repo.store, values)


def _episode(window, bed: str) -> str:
    return next(c.episode_id() for c in window.board.cards() if c.card().bed == bed)


@pytest.mark.parametrize(
    ("minutes_ago", "level", "text"),
    [
        (0, "ok", "已同步"),
        (2, "ok", "已同步"),
        (2.05, "amber", "已同步"),
        (10, "amber", "已同步"),
        (10.05, "red", "⚠ 已同步"),
        (None, "red", "⚠ 从未同步"),
    ],
)
def test_the_bar_shows_how_fresh_the_data_is(nurse_window_zh, session, minutes_ago, level, text):
    enroll(session.service, minutes_ago=minutes_ago)
    window = nurse_window_zh
    window.sync_status.refresh()
    assert window.sync_status.isVisible()
    assert window.sync_status.level() == level
    assert window.sync_status.text().startswith(text)


def test_not_enrolled_shows_nothing_and_changes_nothing(qtbot, nurse_window_zh, session):
    window = nurse_window_zh
    assert not window.sync_status.isVisible()
    window.open_patient(_episode(window, "06"))
    panel = window.patient.show_tab("medications").toci
    assert "未同步" not in panel.texts()["warnings"]


def test_details_and_sync_now(qtbot, nurse_window_zh, session):
    enroll(session.service, minutes_ago=5)
    window = nurse_window_zh
    window.sync_status.refresh()
    Tapper(qtbot).tap(window.sync_status)
    dialog = window.sync_details
    assert dialog.isVisible()
    texts = dialog.texts()
    assert texts["server"] == "https://ward-7b.example:8443"
    assert "5 分钟前" in texts["last_ok"]
    assert "其他平板" in texts["note"]
    asked = []
    dialog.sync_requested.connect(lambda: asked.append(True))
    Tapper(qtbot).tap(dialog.sync_button)
    assert asked == [True]
    dialog.accept()


def test_a_workstation_says_so(nurse_window_zh, session):
    enroll(session.service, role="workstation")
    window = nurse_window_zh
    window.sync_status.refresh()
    assert window.sync_status.text().splitlines()[0] == "工作站"


def test_a_stale_device_warns_on_the_panel_and_holds_a_dose(qtbot, nurse_window_zh, session):
    """Not synced for 5 min: the panel says so, the nurse's dose is held (sync or a
    physician), the physician overrides with a reason and the override is audited."""
    enroll(session.service, minutes_ago=5)
    window, tapper = nurse_window_zh, Tapper(qtbot)
    episode = _episode(window, "05")  # no tocilizumab yet: only the sync holds a dose
    window.open_patient(episode)
    meds = window.patient.show_tab("medications")
    assert meds.toci.texts()["warnings"].startswith("未同步 5 分钟——其他平板上给的药可能未显示")
    dialog = meds.open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    tapper.tap(dialog.save_button)
    assert dialog.on_page() == "override"
    assert "未同步" in dialog.override.limits_text()
    assert not dialog.override.override_button.isEnabled()
    assert "同步" in dialog.override.who_text()
    dialog.reject()

    session.sign_in("doctor", PINS["doctor"])
    window.open_patient(episode)
    dialog = window.patient.show_tab("medications").open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    tapper.tap(dialog.save_button)
    assert dialog.on_page() == "override"
    tapper.tap(dialog.override.reasons.quick_button(0))
    tapper.tap(dialog.override.override_button)
    assert dialog.on_page() == "sign"
    tapper.keys(dialog.sign.keypad, PINS["doctor"])
    doses = session.records.medications.medication_summary(episode).doses
    toci = [d.dose for d in doses if d.drug_class == "tocilizumab"]
    assert toci and toci[-1].override_reason == "已与病区核实：没有其他给药"
    events = session.service.repo.store.rows(
        "SELECT details FROM audit_log WHERE reason LIKE 'dose limit overridden%'"
    )
    assert '"sync_stale"' in events[-1]["details"]


@pytest.mark.parametrize(
    ("minutes_ago", "held"),
    [(None, True), (0.5, False), (2, False), (2.05, True), (10.05, True)],
)
def test_the_dose_check_holds_past_two_minutes(session, minutes_ago, held):
    from cart_bedside.service import DoseLimitError

    service = session.service
    service.sign_in("nurse", PINS["nurse"])
    episode = next(e.episode_id for _, e in service.occupied() if e.bed == "05")
    enroll(service, minutes_ago=minutes_ago)
    try:
        check = session.records.medications.check_dose(episode, "tocilizumab", ordered_by="doctor")
    except DoseLimitError as error:
        assert held and error.broken == ("sync_stale",)
    else:
        assert not held and check.broken == ()


def test_a_single_tablet_never_holds_a_dose_for_sync(session):
    service = session.service
    service.sign_in("nurse", PINS["nurse"])
    episode = next(e.episode_id for _, e in service.occupied() if e.bed == "05")
    check = session.records.medications.check_dose(episode, "tocilizumab", ordered_by="doctor")
    assert check.broken == ()
    status = session.records.medications.tocilizumab_status(episode)
    assert not any(w.code.startswith("record.sync") for w in status.warnings)


def test_a_workstation_opens_a_patient_on_the_trends_without_bedside_entry(
    nurse_window_zh, session
):
    enroll(session.service, role="workstation")
    window = nurse_window_zh
    window.open_patient(_episode(window, "05"))
    screen = window.patient
    assert screen.workstation
    assert screen.tabs.currentWidget() is screen._pages["trends"]
    assert not screen.tabs.isTabVisible(screen.tabs.indexOf(screen._pages["entry"]))


def test_the_background_round_redraws_the_bar(qtbot, qapp, session, tmp_path):
    """The real worker of an enrolled database (no server listening, no token on this PC):
    "Sync now" starts a round off the UI thread; when it ends (here: fails) the bar and the
    open details are read again."""
    from cart_bedside.storage import sync_rows
    from cart_bedside.ui import i18n
    from cart_bedside.ui.main_window import MainWindow

    service = session.service
    sync_rows.enrol(
        service.repo.store,
        server_url="http://127.0.0.1:9",
        device_id="dev-x",
        role="tablet",
        ca_file=None,
        at=service.clock(),
    )
    i18n.install_translators(qapp, "zh_CN")
    window = MainWindow(session, auto_lock_minutes=30, db_path=service.db_file())
    qtbot.addWidget(window)
    assert window.sync_worker is not None
    session.sign_in("nurse", PINS["nurse"])
    window.sync_status.status = None  # forget the first read: the round's end reads again
    with qtbot.waitSignal(window.sync_worker.failed, timeout=30_000):
        window.sync_now()
    assert window.sync_status.status is not None
    assert window.sync_status.level() == "red"
    assert window.sync_status.text() == "⚠ 从未同步"
    window.show_sync_details()
    with qtbot.waitSignal(window.sync_worker.failed, timeout=30_000):
        window.sync_details.ask_sync()
    assert window.sync_details.texts()["last_ok"] == "从未同步"
    window.sync_details.accept()
    # a round asked for while one ran starts from a queued call: let it, then stop for good
    window.sync_worker.stop()
    qtbot.wait(200)
    window.sync_worker.stop()
    i18n.remove_translators(qapp)
