"""A ward of devices for the UI tests and screenshots: rows "received" from another tablet
through the real ``storage.receive.receive_rows`` (as the sync client stores a pull)."""

from __future__ import annotations

from dataclasses import replace

from cart_bedside.storage.receive import receive_rows

OTHER_TABLET = "7f3a9c12-tablet-b"


def _copy(repo, table: str, record_id: str, **changes) -> dict:
    row = dict(repo.store.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,)))
    return row | {"id": repo.store.new_id(), "device_id": OTHER_TABLET} | changes


def receive_vitals(service, episode_id: str, **changes) -> str:
    """A new vital-signs row charted on the other tablet (a copy of the latest, new id)."""
    repo = service.repo
    latest = repo.queries.vitals(episode_id)[-1]
    row = _copy(repo, "vital_signs", latest.meta.id, **changes)
    receive_rows(repo.store, [("vital_signs", row)])
    service.invalidate(episode_id)
    return row["id"]


def make_conflict(service, episode_id: str, mine_hr: int = 101, theirs_hr: int = 77):
    """The latest vital signs corrected here (HR ``mine_hr``) and, apart, on the other
    tablet (HR ``theirs_hr``); returns (original id, mine id, theirs id)."""
    repo = service.repo
    latest = repo.queries.vitals(episode_id)[-1]
    mine = repo.charting.amend(
        latest.meta.id, replace(latest, hr=mine_hr), "nurse", "re-counted"
    ).ids["vitals"]
    theirs = _copy(
        repo,
        "vital_signs",
        mine,
        supersedes=latest.meta.id,
        hr=theirs_hr,
        recorded_by="nurse2",
        amend_reason="counted again at the bedside",
    )
    receive_rows(repo.store, [("vital_signs", theirs)])
    service.invalidate(episode_id)
    return latest.meta.id, mine, theirs["id"]
