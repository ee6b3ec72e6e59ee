"""No text cut off on any screen, in either language, at 1280×800 or 1920×1080 (issue 11
item 8): the real main window, walked screen by screen as the nurse, the physician and the
administrator see it; ``label_fit.cut_offs`` measures every label, button and tab."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from cart_bedside.ui import i18n
from cart_bedside.ui.main_window import MainWindow
from tests.demo_ward import PINS
from tests.ui.label_fit import cut_offs

SIZES = ((1280, 800), (1920, 1080))
LANGS = ("zh_CN", "en")


def _bed(window, bed: str) -> str:
    return next(c.episode_id() for c in window.board.cards() if c.card().bed == bed)


class Walk:
    """Visit screens and collect what does not fit on each."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.problems: list[str] = []

    def check(self, screen: str) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        roots = [self.window] + [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and w is not self.window
            and w.isWindow()
            and w.windowType() != 0
            and w.parentWidget() is not None
        ]
        for root in roots:
            self.problems += [f"[{screen}] {p}" for p in cut_offs(root)]

    def patient(self, bed: str, who: str) -> None:
        window = self.window
        window.open_patient(_bed(window, bed))
        screen = window.patient
        entry = screen.entry
        for step in range(5):
            entry.go_to(step)
            self.check(f"{who} bed {bed} entry step {step + 1}")
        entry.go_to(0)
        for name in ("trends", "medications", "labs", "history", "alerts"):
            tab = screen.show_tab(name)
            if name == "trends":
                self.qtbot.waitUntil(lambda t=tab: t.figure is not None, timeout=20_000)
            self.check(f"{who} bed {bed} {name}")
            self.followup_page(tab, f"{who} bed {bed} {name}")
        dialog = screen.medications.open_dose_dialog()
        dialog.drug.button("tocilizumab").click()
        self.check(f"{who} bed {bed} dose form")
        dialog.reject()
        window.show_board()

    def followup_page(self, tab, screen: str) -> None:
        """The follow-up page of the Medications or Labs tab (issue 13 item 8), if it has one."""
        page = {"MedicationsTab": "prophylaxis", "LabsTab": "followup"}.get(type(tab).__name__)
        if page is None:
            return
        first = next(iter(tab.pages.buttons))
        tab.pages.show_page(page)
        self.check(f"{screen} {page}")
        tab.pages.show_page(first)

    def followups(self, bed: str) -> None:
        """Only the follow-up pages of a patient (myasthenia variants, HBV lines)."""
        self.window.open_patient(_bed(self.window, bed))
        for name in ("medications", "labs"):
            self.followup_page(self.window.patient.show_tab(name), f"bed {bed} {name}")
        self.window.show_board()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_off_on_any_screen(qtbot, qapp, session, lang, size):
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    walk = Walk(qtbot, window)
    walk.check("sign-in")

    session.sign_in("nurse", PINS["nurse"])
    walk.check("nurse board")
    walk.patient("01", "nurse")  # adult, CRS 2, oxygen
    window.open_patient(_bed(window, "03"))  # the child: CAPD on the neuro page
    window.patient.entry.go_to(2)
    walk.check("nurse child neuro")
    window.show_board()
    for followed in ("05", "11"):  # myasthenia gravis; past HBV infection
        walk.followups(followed)
    window.show_admission()
    walk.check("nurse admission")
    window.show_handover()
    walk.check("nurse handover")

    session.sign_in("doctor", PINS["doctor"])
    window.show_board()
    walk.check("physician board")
    walk.patient("06", "physician")  # CRS 4, doses, co-sign

    session.sign_in("admin", PINS["admin"])
    window.show_settings()
    settings = window.settings_screen
    for index in range(settings.tabs.count()):
        settings.show_tab(index)
        walk.check(f"admin settings tab {index}")
    i18n.remove_translators(qapp)
    assert walk.problems == [], "\n".join(walk.problems)


def _close_dialogs() -> None:
    from PySide6.QtWidgets import QDialog

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    QApplication.processEvents()


def _nurse_dialogs(qtbot, walk: Walk, window) -> None:
    """Bed 01 (CRS 2 on nasal cannula): soft-limit confirmation, the PIN dialog (and its
    error line), the lower-grade confirmation on the review, then the record dialogs."""
    from cart_bedside.logic.models import O2Device
    from cart_bedside.ui.shift_entry.state import REVIEW

    from .test_shift_entry_support import Tapper, type_vitals

    tapper = Tapper(qtbot)
    window.open_patient(_bed(window, "01"))
    screen = window.patient
    entry = screen.entry
    type_vitals(tapper, entry, ["39.6", "124", "118", "70", "18", "96"])
    tapper.tap(entry.next_button)
    tapper.tap(entry.oxygen.o2.button(O2Device.ROOM_AIR))  # CRS 2 → 1: a drop to confirm
    tapper.tap(entry.next_button)
    tapper.tap(entry.neuro.consciousness.button("alert"))
    tapper.tap(entry.steps.button(REVIEW))
    walk.check("nurse review with a lower grade to confirm")
    tapper.tap(entry.review.drop_confirm)
    tapper.tap(entry.next_button)
    assert entry.confirm_dialog() is not None
    walk.check("nurse soft-limit confirmation")
    tapper.tap(entry.confirm_dialog().reason_button(0))
    tapper.tap(entry.confirm_dialog().ok_button())
    pin = entry.pin_dialog()
    walk.check("nurse PIN dialog")
    tapper.keys(pin, "0000")
    qtbot.waitUntil(lambda: not pin.busy())
    assert pin.error_text()
    walk.check("nurse PIN dialog with a wrong PIN")
    pin.reject()
    entry.neuro.open_handwriting()
    walk.check("nurse handwriting pad")
    _close_dialogs()

    alerts = screen.show_tab("alerts")
    code = alerts.open_codes()[0]
    alerts.open_acknowledge(code)
    walk.check("nurse acknowledge alert")
    _close_dialogs()
    rows = alerts.tasks.overdue_rows() or [0]
    alerts.task_table.selectRow(rows[0])
    if alerts.open_not_done() is not None:
        walk.check("nurse not done")
    _close_dialogs()

    history = screen.show_tab("history")
    history.set_kind("vitals")
    history.table.selectRow(0)
    assert history.open_amend() is not None
    walk.check("nurse amend vitals")
    _close_dialogs()
    assert history.open_withdraw() is not None
    walk.check("nurse entered in error")
    _close_dialogs()

    meds = screen.show_tab("medications")
    dialog = meds.open_dose_dialog()
    dialog.drug.button("dexamethasone").click()
    tapper.keys(dialog.keypad, "10")
    dialog.ordered_by.button("doctor").click()
    tapper.tap(dialog.save_button)
    walk.check(f"nurse dose {dialog.on_page()} page")
    if dialog.on_page() == "sign":
        tapper.keys(dialog.sign.keypad, "0000")
        walk.check("nurse dose sign page with a wrong PIN")
    _close_dialogs()
    screen._transfer()
    walk.check("nurse transfer")
    _close_dialogs()
    screen._discharge()
    walk.check("nurse discharge")
    _close_dialogs()
    window.show_board()


def _physician_dialogs(qtbot, walk: Walk, window) -> None:
    """Bed 06 (CRS 4, doses given): co-sign with its error line, the HLH/MAS panel, protocol
    change, a dose over the tocilizumab limits (the override page)."""
    from .test_shift_entry_support import Tapper

    tapper = Tapper(qtbot)
    window.open_patient(_bed(window, "06"))
    screen = window.patient
    cosign = screen.show_tab("alerts").open_cosign()
    walk.check("physician co-sign")
    cosign.choose(crs=3)
    tapper.keys(cosign.keypad, "0000")
    walk.check("physician co-sign with a correction and a wrong PIN")
    _close_dialogs()
    assert screen.show_tab("alerts").open_details("hlh_mas_suspected") is not None
    walk.check("physician HLH/MAS table and checklist")
    _close_dialogs()
    screen._change_protocol()
    walk.check("physician protocol change")
    _close_dialogs()
    dialog = screen.show_tab("medications").open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    tapper.tap(dialog.save_button)
    walk.check(f"physician dose {dialog.on_page()} page")
    _close_dialogs()
    window.show_board()


def _conflict_dialogs(walk: Walk, window, who: str) -> None:
    """Issue 14: bed 06's vital signs corrected on two tablets, the board's mark, the History
    banner and the conflict dialog (a nurse's read-only view; a physician's choice and PIN)."""
    from tests.ui.sync_helpers import make_conflict

    episode = _bed(window, "06")
    if not window.session.sync.conflicts(episode):
        make_conflict(window.session.service, episode)
    window.show_board()
    walk.check(f"{who} board with a conflict")
    window.open_patient(episode)
    history = window.patient.show_tab("history")
    walk.check(f"{who} history with a conflict")
    dialog = history.open_conflict()
    walk.check(f"{who} conflict dialog")
    if dialog.allowed:
        dialog.keep(2)
        dialog.reasons.choose(0)
        walk.check(f"{who} conflict dialog, a version kept")
        dialog.go_sign()
        walk.check(f"{who} conflict sign page")
    _close_dialogs()
    window.show_board()


def _admin_dialogs(walk: Walk, window) -> None:
    window.show_settings()
    users = window.settings_screen.users
    users.create_user()
    walk.check("admin new user")
    _close_dialogs()
    users.select("nurse2")
    if users.toggle_active() is not None:
        walk.check("admin deactivate with a reason")
    _close_dialogs()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_off_in_any_dialog(qtbot, qapp, session, lang, size):
    """The dialogs over the real main window: confirmation, PIN, lower grade, alert
    acknowledgement, not done, amend, entered in error, dose pages, transfer, discharge,
    co-sign, protocol change, user and reason dialogs."""
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    walk = Walk(qtbot, window)
    session.sign_in("nurse", PINS["nurse"])
    _conflict_dialogs(walk, window, "nurse")  # before the nurse leaves a draft (see below)
    _nurse_dialogs(qtbot, walk, window)
    session.sign_in("doctor", PINS["doctor"])
    _physician_dialogs(qtbot, walk, window)
    _conflict_dialogs(walk, window, "physician")
    session.sign_in("admin", PINS["admin"])
    _admin_dialogs(walk, window)
    i18n.remove_translators(qapp)
    assert walk.problems == [], "\n".join(walk.problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_off_on_the_sync_screens(qtbot, qapp, session, lang, size):
    """Issue 14 on an enrolled device: the bar (a tablet 5 min behind, a workstation that
    never synced), its details, the stale warning on the tocilizumab panel and the held
    dose (nurse and physician)."""
    from tests.ui.test_sync_status_ui import enroll

    from .test_shift_entry_support import Tapper

    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    error = {
        "code": "sync.error.timeout",
        "params": {"server": "https://ward-7b.example:8443", "detail": "timed out after 10 s"},
    }
    now = session.service.clock().astimezone().isoformat(timespec="seconds")
    enroll(session.service, minutes_ago=5, last_error=json.dumps(error), last_error_at=now)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    walk, tapper = Walk(qtbot, window), Tapper(qtbot)
    for who in ("nurse", "doctor"):
        session.sign_in(who, PINS[who])
        window.show_board()
        walk.check(f"{who} board, bar amber")
        window.show_sync_details()
        walk.check(f"{who} sync details")
        window.sync_details.ask_sync()
        walk.check(f"{who} sync details, asked")
        _close_dialogs()
        window.open_patient(_bed(window, "06"))
        meds = window.patient.show_tab("medications")
        walk.check(f"{who} medications, stale")
        dialog = meds.open_dose_dialog()
        dialog.drug.button("tocilizumab").click()
        dialog.ordered_by.button("doctor").click()
        tapper.tap(dialog.save_button)
        walk.check(f"{who} dose held, stale")
        _close_dialogs()
    enroll(session.service, role="workstation", minutes_ago=None)
    window.show_board()
    window.sync_status.refresh()
    walk.check("physician board, workstation never synced")
    window.open_patient(_bed(window, "06"))
    walk.check("physician workstation patient")
    session.sign_in("admin", PINS["admin"])  # the widest bar: Settings as well
    window.show_board()
    walk.check("admin board, workstation")
    i18n.remove_translators(qapp)
    # the bar must not make the window wider than the screen (then nothing is "cut", the
    # window is: buttons past the right edge)
    assert window.minimumSizeHint().width() <= size[0]
    assert walk.problems == [], "\n".join(walk.problems)
