"""Conflicting corrections through the record service (issue 14 item 1): shown, then resolved."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cart_bedside.service import PermissionDenied, RecordService, ServiceError, SignInError
from cart_bedside.storage.receive import receive_rows
from tests.demo_ward import PINS
from tests.storage.conftest import other_tablets_row


def test_a_conflict_shows_on_the_board_and_a_physician_resolves_it(service):
    record = RecordService(service)
    service.sign_in("nurse", PINS["nurse"])
    episode = service.occupied()[0][1].episode_id
    repo = service.repo
    latest = repo.queries.vitals(episode)[-1]
    mine = repo.charting.amend(latest.meta.id, replace(latest, hr=101), "nurse", "re-counted")
    theirs = other_tablets_row(
        repo,
        "vital_signs",
        mine.ids["vitals"],
        supersedes=latest.meta.id,
        hr=77,
        amend_reason="counted on tablet B",
    )
    receive_rows(repo.store, [("vital_signs", theirs)])
    service.invalidate(episode)
    (conflict,) = record.cosigning.conflicting_corrections(episode)
    assert set(conflict.current_ids) == {mine.ids["vitals"], theirs["id"]}
    assert service.board()  # two current versions do not break the board
    with pytest.raises(PermissionDenied):
        record.cosigning.resolve_conflict(
            episode, list(conflict.current_ids), replace(latest, hr=90), "x", PINS["nurse"]
        )
    service.sign_in("doctor", PINS["doctor"])
    with pytest.raises(ServiceError):
        record.cosigning.resolve_conflict(
            episode, [latest.meta.id, theirs["id"]], latest, "not current", PINS["doctor"]
        )
    with pytest.raises(SignInError):  # the PIN again: a wrong one stores nothing
        record.cosigning.resolve_conflict(
            episode, list(conflict.current_ids), replace(latest, hr=90), "re-measured", "0000"
        )
    assert len(record.cosigning.conflicting_corrections(episode)) == 1
    record.cosigning.resolve_conflict(
        episode, list(conflict.current_ids), replace(latest, hr=90), "re-measured", PINS["doctor"]
    )
    assert record.cosigning.conflicting_corrections(episode) == []
    assert repo.queries.vitals(episode)[-1].hr == 90
