"""A tocilizumab dose corrected here and on another tablet: the conflict dialog checks the
dose kept against the limits on the merged ledger, and shows the refusal and the
physician's override as recording a dose does (issue 14). The other tablet's rows arrive
through the real ``storage.receive.receive_rows``; the two-tablet round trip through a real
server is tests/sync/test_toci_conflict.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.logic.models import MedicationDose
from cart_bedside.service import RecordService
from cart_bedside.service.sync_marks import SyncMarksService
from cart_bedside.storage.receive import receive_rows
from cart_bedside.ui.record.conflict_dialog import ConflictDialog
from tests.demo_ward import DEMO_NOW, PINS
from tests.ui.sync_helpers import OTHER_TABLET

from .test_shift_entry_support import Tapper

H = timedelta(hours=1)


def _episode_without_tocilizumab(service) -> str:
    for _, episode in service.repo.patients.occupied():
        doses = service.repo.queries.medications(episode.episode_id)
        if not any(d.drug == "tocilizumab" for d in doses):
            return episode.episode_id
    raise AssertionError("the demo ward has no admission without tocilizumab")


def _theirs(repo, record_id: str, **changes) -> dict:
    row = dict(repo.store.one("SELECT * FROM medication_doses WHERE id = ?", (record_id,)))
    return row | {"id": repo.store.new_id(), "device_id": OTHER_TABLET} | changes


@pytest.fixture
def dose_conflict(session):
    """Dose X at −10 h moved here to −9 h and on the other tablet to −11 h; the other
    tablet also gave dose Z at −1.5 h. The physician is signed in."""
    service = session.service
    repo = service.repo
    episode = _episode_without_tocilizumab(service)
    x = MedicationDose(DEMO_NOW - 10 * H, "tocilizumab", 560.0, "IV", "doctor", "nurse")
    x_id = repo.charting.save_record(episode, x, "nurse").ids["medication"]
    mine = repo.charting.amend(x_id, replace(x, time=DEMO_NOW - 9 * H), "doctor", "here")
    at = (DEMO_NOW - 11 * H).isoformat(timespec="seconds")
    theirs = _theirs(repo, mine.ids["medication"], supersedes=x_id, observed_at=at)
    later = (DEMO_NOW - 1.5 * H).isoformat(timespec="seconds")
    z = _theirs(repo, x_id, observed_at=later, supersedes=None, amend_reason=None)
    receive_rows(repo.store, [("medication_doses", theirs), ("medication_doses", z)])
    service.invalidate(episode)
    session.sign_in("doctor", PINS["doctor"])
    (conflict,) = SyncMarksService(service).conflicts(episode)
    return episode, conflict


def _open(qtbot, session, conflict) -> ConflictDialog:
    dialog = ConflictDialog(session, RecordService(session.service), conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _card(dialog: ConflictDialog, hours_ago: float) -> int:
    times = [c.version.time for c in dialog.cards]
    return times.index(DEMO_NOW - hours_ago * H) + 1


def test_keeping_a_dose_that_breaks_the_interval_needs_the_override(qtbot, session, dose_conflict):
    episode, conflict = dose_conflict
    tap = Tapper(qtbot)
    dialog = _open(qtbot, session, conflict)
    # the cards say when each version has the dose given: the times are what differ
    assert "01:00" in dialog.cards[_card(dialog, 9) - 1].texts()["values"]
    assert "23:00" in dialog.cards[_card(dialog, 11) - 1].texts()["values"]
    dialog.keep(_card(dialog, 9))  # 7.5 h before the other tablet's dose Z
    tap.tap(dialog.reasons.quick_button(0))
    tap.tap(dialog.next_button)
    assert dialog.on_page() == "override"
    text = dialog.override.limits_text()
    assert "8 小时" in text  # the interval in hours
    # no "next dose allowed" time applies: the later dose Z's time and the kept one's do
    z, kept = (DEMO_NOW - t * H for t in (1.5, 9))
    assert z.strftime("%m-%d %H:%M") in text and kept.strftime("%m-%d %H:%M") in text, text
    assert "—" not in text and "医生核对" in text, text
    assert dialog.override.can_override()
    assert not dialog.override.override_button.isEnabled()
    tap.tap(dialog.override.back_button)
    assert dialog.on_page() == "compare"
    tap.tap(dialog.next_button)
    assert dialog.on_page() == "override"
    tap.tap(dialog.override.reasons.quick_button(1))
    tap.tap(dialog.override.override_button)
    assert dialog.on_page() == "sign"
    assert dialog.override.reasons.reason() in dialog._summary.text()
    tap.keys(dialog.keypad, PINS["doctor"])
    assert not dialog.isVisible()
    assert SyncMarksService(session.service).conflicts(episode) == []
    kept = [
        d for d in session.service.repo.queries.medications(episode) if d.time == DEMO_NOW - 9 * H
    ]
    assert len(kept) == 1 and kept[0].override_reason


def test_keeping_a_dose_within_the_limits_goes_straight_to_the_pin(qtbot, session, dose_conflict):
    episode, conflict = dose_conflict
    tap = Tapper(qtbot)
    dialog = _open(qtbot, session, conflict)
    dialog.keep(_card(dialog, 11))  # 9.5 h before Z
    tap.tap(dialog.reasons.quick_button(0))
    tap.tap(dialog.next_button)
    assert dialog.on_page() == "sign"
    dialog.stack.setCurrentIndex(0)
    dialog.fields["dose_mg"].set_value(900)  # above the maximum single dose
    tap.tap(dialog.next_button)
    assert dialog.on_page() == "compare"
    assert "800" in dialog.error_text()
    assert len(SyncMarksService(session.service).conflicts(episode)) == 1


def test_a_nurse_sees_the_dose_versions_only(qtbot, session, dose_conflict):
    _, conflict = dose_conflict
    session.sign_in("nurse", PINS["nurse"])
    dialog = _open(qtbot, session, conflict)
    assert not dialog.allowed and not dialog.next_button.isVisible()
    assert not dialog.go_sign()
