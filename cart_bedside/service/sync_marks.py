"""What the screens mark when several devices chart one ward (issue 14 item 4).

- *Conflicting corrections*: one reading corrected on two tablets while they
  were apart; every correction is kept and all are current until a physician
  resolves them (:meth:`RecordService.resolve_conflict`). The board marks the
  bed and History the record until then.
- *Received lately*: a bed whose records arrived from another device in the
  last minute (the audit entry ``receive_rows`` writes at receive time), so a
  nurse looking at the board sees that a colleague has just charted there.

Decisions: both are read for the whole ward in one call per board refresh
(two small queries, not one per card); the device that wrote a version is
named "this tablet" or by the first 8 characters of its id (the id the server
gave, or the installation's own), which is what the sync status shows too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..storage.codec import KIND_BY_TABLE
from ..storage.received import received_since

#: A bed is marked for this long after rows from another device arrived.
RECEIVED_WINDOW_S = 60


@dataclass(frozen=True)
class BoardMarks:
    """One bed's marks: open conflicts, and the newest row received lately (if any)."""

    conflicts: int = 0
    received_from: str | None = None
    received_at: datetime | None = None


@dataclass(frozen=True)
class ConflictView:
    """A record with more than one current version: ``versions`` oldest recorded first."""

    kind: str  # a history kind: "vitals", "fluid", …
    episode_id: str
    root_id: str
    original: Any
    versions: tuple[Any, ...]

    @property
    def current_ids(self) -> list[str]:
        return [v.meta.id for v in self.versions]


def short_device(device_id: str | None) -> str:
    """The first 8 characters of a device id (enough to tell the ward's tablets apart)."""
    return (device_id or "?")[:8]


class SyncMarksService:
    """``SyncMarksService(ward)``: conflict and received-row marks (role ``view``)."""

    def __init__(self, ward) -> None:
        self.ward = ward

    @property
    def _repo(self):
        return self.ward.repo

    def this_device(self) -> str:
        """The id this database writes its rows with."""
        return self._repo.store.device_id

    def board_marks(self, window_s: int = RECEIVED_WINDOW_S) -> dict[str, BoardMarks]:
        """Marks of every admission that has one, by episode id."""
        self.ward.require("view")
        counts: dict[str, int] = {}
        for conflict in self._repo.corrections.conflicts():
            counts[conflict.episode_id] = counts.get(conflict.episode_id, 0) + 1
        received = self.received_lately(window_s)
        return {
            episode: BoardMarks(
                counts.get(episode, 0),
                received[episode][0] if episode in received else None,
                received[episode][1] if episode in received else None,
            )
            for episode in set(counts) | set(received)
        }

    def received_lately(self, window_s: int = RECEIVED_WINDOW_S) -> dict[str, tuple[str, datetime]]:
        """Episodes with rows received from other devices in the last ``window_s`` seconds:
        the newest one's device and receive time."""
        self.ward.require("view")
        since = self.ward.clock() - timedelta(seconds=window_s)
        out: dict[str, tuple[str, datetime]] = {}
        for row in received_since(self._repo.store, since):
            if row.device_id != self.this_device() and row.episode_id not in out:
                out[row.episode_id] = (row.device_id, row.at)
        return out

    def conflicts(self, episode_id: str) -> list[ConflictView]:
        """The admission's conflicting corrections, each with its original and versions."""
        self.ward.require("view")
        charting = self._repo.charting
        out = []
        for conflict in self._repo.corrections.conflicts(episode_id):
            versions = tuple(conflict.versions(charting))
            out.append(
                ConflictView(
                    KIND_BY_TABLE[conflict.table].name,
                    conflict.episode_id,
                    conflict.root_id,
                    charting.get_record(conflict.root_id),
                    versions,
                )
            )
        return out
