"""The board's marks for a ward of devices (issue 14 item 4): rows received from another
tablet in the last minute, and conflicting corrections until a physician resolves them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.service import PermissionDenied, RecordService
from cart_bedside.service.sync_marks import RECEIVED_WINDOW_S, SyncMarksService
from cart_bedside.storage.receive import receive_rows
from tests.demo_ward import PINS
from tests.storage.conftest import other_tablets_row


def _receive_vitals(service, episode: str, device: str = "tablet-b", **changes) -> str:
    """A new vital-signs row written on ``device`` (a copy of the latest, new id)."""
    repo = service.repo
    latest = repo.queries.vitals(episode)[-1]
    row = other_tablets_row(repo, "vital_signs", latest.meta.id, device_id=device, **changes)
    receive_rows(repo.store, [("vital_signs", row)])
    service.invalidate(episode)
    return row["id"]


@pytest.mark.parametrize(
    ("seconds_later", "marked"),
    [(0, True), (30, True), (RECEIVED_WINDOW_S, True), (RECEIVED_WINDOW_S + 1, False)],
)
def test_a_bed_is_marked_for_a_minute_after_rows_arrive(service, clock, seconds_later, marked):
    service.sign_in("nurse", PINS["nurse"])
    marks = SyncMarksService(service)
    first, second = (c.episode_id for _, c in service.occupied()[:2])
    received_at = clock.t
    _receive_vitals(service, first)
    clock.t = received_at + timedelta(seconds=seconds_later)
    board = marks.board_marks()
    assert (first in board) is marked
    assert second not in board
    if marked:
        assert board[first].received_from == "tablet-b"
        assert board[first].received_at == received_at
        assert board[first].conflicts == 0


def test_rows_this_tablet_wrote_or_received_earlier_are_not_marked(service, clock):
    service.sign_in("nurse", PINS["nurse"])
    marks = SyncMarksService(service)
    episode = service.occupied()[0][1].episode_id
    _receive_vitals(service, episode)
    clock.t += timedelta(minutes=5)
    latest = service.repo.queries.vitals(episode)[-1]
    service.repo.charting.save_record(episode, replace(latest, hr=88), "nurse")  # written here
    assert marks.board_marks() == {}
    # a resend of this tablet's own row (its device id) is not "from another tablet"
    _receive_vitals(service, episode, device=marks.this_device())
    assert marks.board_marks() == {}


def test_a_conflict_marks_the_bed_until_a_physician_resolves_it(service, clock):
    service.sign_in("nurse", PINS["nurse"])
    marks = SyncMarksService(service)
    repo = service.repo
    episode = service.occupied()[0][1].episode_id
    latest = repo.queries.vitals(episode)[-1]
    mine = repo.charting.amend(latest.meta.id, replace(latest, hr=101), "nurse", "re-counted")
    clock.t += timedelta(minutes=3)  # the other tablet's correction arrives later
    theirs = other_tablets_row(
        repo, "vital_signs", mine.ids["vitals"], supersedes=latest.meta.id, hr=77,
        amend_reason="counted on tablet B",
    )  # fmt: skip
    receive_rows(repo.store, [("vital_signs", theirs)])
    clock.t += timedelta(minutes=2)
    assert marks.board_marks()[episode].conflicts == 1
    assert marks.board_marks()[episode].received_from is None  # over a minute ago
    (view,) = marks.conflicts(episode)
    assert view.kind == "vitals"
    assert view.original.meta.id == latest.meta.id
    assert [v.hr for v in view.versions] == [101, 77]
    assert [v.meta.device_id for v in view.versions] == [marks.this_device(), "tablet-b"]
    assert view.versions[1].meta.amend_reason == "counted on tablet B"

    service.sign_in("doctor", PINS["doctor"])
    RecordService(service).cosigning.resolve_conflict(
        episode, view.current_ids, replace(view.versions[1], hr=80), "re-counted", PINS["doctor"]
    )
    assert marks.board_marks() == {}
    assert marks.conflicts(episode) == []


def test_marks_need_a_signed_in_user(service):
    with pytest.raises(PermissionDenied):
        SyncMarksService(service).board_marks()
