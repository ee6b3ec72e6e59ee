"""What the handover sheet and the trend figures read from the ward's database.

Plots and reports never import storage (the import-linter contract in
pyproject.toml): they are handed a :data:`Reader` (the signed-in
:class:`WardService`, or the ward's repository where there is no one signed
in: the ``handover`` command after its PIN check, the self-test) and read
through the functions here. The role checks stay with the callers that have a
user (``reports.gather_handover_for``, ``plots.trend_data_for``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeAlias

from ..logic.shifts import ShiftSettings
from ..storage import AlertAck, Repository
from ..storage import Task as WardTask
from ..storage.audit import anchor_text
from . import ward_settings
from .episode_view import EpisodeView, account_names, read_episode
from .sync_status import sync_status_of
from .ward import WardService
from .ward_settings import WardSettings

#: What plots and reports are handed: the ward service or the ward's repository.
Reader: TypeAlias = WardService | Repository


def _repo(reader: Reader) -> Repository:
    return reader.repo if isinstance(reader, WardService) else reader


@dataclass(frozen=True)
class HandoverReading:
    """The ward at ``now`` as a handover sheet needs it (views of the chosen beds)."""

    now: datetime
    settings: WardSettings  # the ward's, with the shifts asked for
    beds: tuple[str, ...]  # every occupied bed (to name them when a bed is unknown)
    views: tuple[EpisodeView, ...]  # the occupied beds, or the one asked for
    acks: Mapping[str, Sequence[AlertAck]]  # episode id → acknowledgements
    ward_tasks: Mapping[str, Sequence[WardTask]]  # episode id → tasks added by hand
    names: Callable[[str], str]  # username → display name
    anchor: str  # the audit chain head when read (docs/security.md)
    #: enrolled with a ward server: the end of the last good sync round (local time, None:
    #: never synced); ``enrolled`` False: a single tablet, the copy is the ward's own
    enrolled: bool = False
    synced_at: datetime | None = None


def read_handover(
    reader: Reader,
    *,
    now: datetime | None = None,
    bed: str | None = None,
    shifts: ShiftSettings | None = None,
) -> HandoverReading:
    """Every occupied bed's episode view (or ``bed``'s only: none if it is not occupied)
    at ``now`` with the ward's settings (``shifts`` instead of the ward's shifts)."""
    repo = _repo(reader)
    now = now or repo.now()
    settings = ward_settings.load(repo)
    if shifts is not None:
        settings = replace(settings, shifts=shifts)
    occupied = repo.patients.occupied(now)
    chosen = [(p, e) for p, e in occupied if bed is None or e.bed == bed]
    ids = [e.episode_id for _, e in chosen]
    names = account_names(repo)
    status = sync_status_of(repo.store, settings.language)
    last_ok = status.last_ok_at
    views = tuple(
        read_episode(repo, e.episode_id, now, settings, patient=p, episode=e, names=names)
        for p, e in chosen
    )
    return HandoverReading(
        now=now,
        settings=settings,
        beds=tuple(e.bed for _, e in occupied),
        views=views,
        acks=repo.acks.alert_acks_for(ids) if ids else {},
        ward_tasks={eid: repo.worklist.tasks(eid) for eid in ids},
        names=names,
        anchor=anchor_text(repo.db),
        enrolled=status.enrolled,
        synced_at=last_ok.astimezone().replace(tzinfo=None) if last_ok else None,
    )


def ward_language(reader: Reader) -> str:
    """The ward's language setting (a sheet printed without asking for one)."""
    return ward_settings.load(_repo(reader)).language


def log_print(reader: Reader, user: str, details: dict[str, Any]) -> int:
    """Write a print to the audit log (action ``print``); returns the entry's seq.

    No role is asked for: the sheet is already out (``user`` printed it), and a
    tablet that locked while the PDF was being made must still log the print.
    """
    return _repo(reader).audit_log.log_event("print", user, details=details)


def trend_view(
    reader: Reader,
    episode_id: str,
    now: datetime | None = None,
    shifts: ShiftSettings | None = None,
) -> EpisodeView:
    """One episode's view at ``now`` for its trend figure (``shifts``: not the ward's)."""
    repo = _repo(reader)
    settings = ward_settings.load(repo)
    if shifts is not None:
        settings = replace(settings, shifts=shifts)
    return read_episode(repo, episode_id, now or repo.now(), settings)
