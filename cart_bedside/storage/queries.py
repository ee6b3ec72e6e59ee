"""Reading charted records: per kind, one patient's timeline, and the ward board.

By default only current versions are returned (superseded and
entered-in-error versions are hidden by the ``current_<table>`` views);
``history=True`` returns every version. All lists are in observed-time order.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from ..logic import drugs
from ..logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.record_check import UnreadableRecord
from . import codec
from .codec import Kind, t2s
from .extras import AlertAckRepository, TaskRepository
from .patients import PatientRepository
from .store import Store
from .types import BoardEntry, Timeline

_ORDER = " ORDER BY r.observed_at, r.recorded_at, r.id"
#: Drugs whose whole history the grading rules read (fever masking, tocilizumab counts,
#: steroid exposure); other doses reach the board only from inside its window.
_GRADED_DRUGS = sorted(drugs.FEVER_MASKING | drugs.STEROIDS | drugs.ANTI_CYTOKINE)
_GRADED_MARKS = ", ".join("?" * len(_GRADED_DRUGS))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of small records are built.

    Records hold no reference cycles (reference counting frees them); without the
    pause a board build triggers several full collections of the whole app's heap.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class QueryRepository:
    """Read records back as the logic layer's dataclasses (timelines, the board query)."""

    def __init__(
        self,
        store: Store,
        patients: PatientRepository,
        worklist: TaskRepository,
        acks: AlertAckRepository,
    ) -> None:
        self.store = store
        self.patients = patients
        self.worklist = worklist
        self.acks = acks

    def records(
        self,
        kind: Kind,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
        handwriting: bool = False,
        unreadable: list[UnreadableRecord] | None = None,
    ) -> list[Any]:
        """Records of one kind for an episode, ``since <= observed <= until``.

        Rows this version cannot read are left out of current versions (collected in
        ``unreadable`` when given); ``history`` keeps them, as :class:`UnreadableRecord`.
        """
        source = kind.table if history else f"current_{kind.table}"
        sql = (
            f"SELECT {kind.select_list(blob=handwriting)} FROM {source} AS r WHERE r.episode_id = ?"
        )
        params: list[Any] = [episode_id]
        if since is not None:
            sql += " AND r.observed_at >= ?"
            params.append(t2s(since))
        if until is not None:
            sql += " AND r.observed_at <= ?"
            params.append(t2s(until))
        out = [kind.record(r) for r in self.store.rows(sql + _ORDER, params)]
        return out if history else _readable(out, unreadable)

    def vitals(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
    ) -> list[VitalSigns]:
        """Vital signs of an episode (current versions unless ``history``)."""
        return self.records(codec.VITALS, episode_id, since, until, history=history)

    def neuro(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
        handwriting: bool = False,
    ) -> list[NeuroAssessment]:
        """Neuro checks; the handwriting image is loaded only when asked for."""
        return self.records(
            codec.NEURO, episode_id, since, until, history=history, handwriting=handwriting
        )

    def fluids(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
    ) -> list[FluidEntry]:
        """Fluid intake and output lines."""
        return self.records(codec.FLUID, episode_id, since, until, history=history)

    def medications(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
    ) -> list[MedicationDose]:
        """Doses given."""
        return self.records(codec.MEDICATION, episode_id, since, until, history=history)

    def labs(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
    ) -> list[LabResult]:
        """Laboratory results."""
        return self.records(codec.LAB, episode_id, since, until, history=history)

    def weights(
        self,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        history: bool = False,
    ) -> list[WeightMeasurement]:
        """Weights."""
        return self.records(codec.WEIGHT, episode_id, since, until, history=history)

    def handwriting(self, neuro_id: str) -> bytes | None:
        """The handwriting image (PNG) of one neuro check."""
        row = self.store.one(
            "SELECT handwriting_png FROM neuro_assessments WHERE id = ?", (neuro_id,)
        )
        return None if row is None else row["handwriting_png"]

    def timeline(
        self, episode_id: str, since: datetime | None = None, until: datetime | None = None
    ) -> Timeline:
        """Everything charted for one episode in a time range (current versions)."""
        with _gc_paused():
            return self._timeline(episode_id, since, until)

    def _timeline(
        self, episode_id: str, since: datetime | None, until: datetime | None
    ) -> Timeline:
        bad: list[UnreadableRecord] = []

        def read(kind: Kind) -> list[Any]:
            return self.records(kind, episode_id, since, until, unreadable=bad)

        return Timeline(
            patient=self.patients.get_patient(episode_id),
            vitals=read(codec.VITALS),
            neuro=read(codec.NEURO),
            fluids=read(codec.FLUID),
            medications=read(codec.MEDICATION),
            labs=read(codec.LAB),
            weights=read(codec.WEIGHT),
            unreadable=tuple(bad),
        )

    # --- the ward board ---------------------------------------------------------------
    def ward_board(
        self, at: datetime | None = None, window: timedelta = timedelta(hours=24)
    ) -> list[BoardEntry]:
        """One entry per occupied bed with what the board and the grading need.

        A handful of queries in all, each over the occupied episodes, using the
        ``(episode_id, observed_at)`` indexes.
        """
        with _gc_paused():
            return self._ward_board(at or self.store.now(), window)

    def _ward_board(self, at: datetime, window: timedelta) -> list[BoardEntry]:
        beds = self.patients.occupied(at)
        if not beds:
            return []
        ids = [e.episode_id for _, e in beds]  # (= Patient.id, typed as stored)
        marks = ", ".join("?" * len(ids))
        since, until = t2s(at - window), t2s(at)

        def grouped(kind: Kind, extra: str, params: list[Any]) -> dict[str, list[Any]]:
            out: dict[str, list[Any]] = defaultdict(list)
            sql = (
                f"SELECT {kind.select_list()} FROM current_{kind.table} AS r "
                f"WHERE r.episode_id IN ({marks}){extra}{_ORDER}"
            )
            for row in self.store.rows(sql, [*ids, *params]):
                record = kind.record(row)
                if type(record) is not UnreadableRecord:
                    out[row["episode_id"]].append(record)
            return out

        in_window = " AND r.observed_at >= ? AND r.observed_at <= ?"
        vitals = grouped(codec.VITALS, in_window, [since, until])
        neuro = grouped(codec.NEURO, in_window, [since, until])
        fluids = grouped(codec.FLUID, in_window, [since, until])
        doses = grouped(
            codec.MEDICATION,
            f" AND r.observed_at <= ? AND (r.observed_at >= ? OR r.drug IN ({_GRADED_MARKS}))",
            [until, since, *_GRADED_DRUGS],
        )
        labs = self._board_labs(ids, marks, since, until)
        tasks = self.worklist.open_tasks_for(ids)
        acks = self.acks.alert_acks_for(ids, since)
        return [
            BoardEntry(
                patient=p,
                episode=e,
                vitals=vitals[e.episode_id],
                neuro=neuro[e.episode_id],
                fluids=fluids[e.episode_id],
                medications=doses[e.episode_id],
                labs=labs[e.episode_id],
                open_tasks=tasks[e.episode_id],
                alert_acks=acks[e.episode_id],
            )
            for p, e in beds
        ]

    def _board_labs(
        self, ids: list[str], marks: str, since: str, until: str
    ) -> dict[str, list[LabResult]]:
        """Labs in the window, plus the latest earlier value of each name not in the window."""
        kind = codec.LAB
        sql = f"""SELECT {kind.select_list()}, max(r.observed_at) AS latest, 0 AS in_window
FROM current_lab_results AS r WHERE r.episode_id IN ({marks}) AND r.observed_at < ?
GROUP BY r.episode_id, r.name
UNION ALL
SELECT {kind.select_list()}, r.observed_at, 1 FROM current_lab_results AS r
WHERE r.episode_id IN ({marks}) AND r.observed_at >= ? AND r.observed_at <= ?"""
        rows = self.store.rows(sql, [*ids, since, *ids, since, until])
        recent = {(r["episode_id"], r["name"]) for r in rows if r["in_window"]}
        out: dict[str, list[LabResult]] = defaultdict(list)
        for row in rows:
            if row["in_window"] or (row["episode_id"], row["name"]) not in recent:
                record = kind.record(row)
                if type(record) is not UnreadableRecord:
                    out[row["episode_id"]].append(record)
        for labs in out.values():
            labs.sort(key=lambda lab: (lab.time, lab.name))
        return out


def _readable(records: list[Any], unreadable: list[UnreadableRecord] | None) -> list[Any]:
    """``records`` without the unreadable ones (added to ``unreadable`` when given)."""
    bad = [r for r in records if type(r) is UnreadableRecord]
    if not bad:
        return records
    if unreadable is not None:
        unreadable.extend(bad)
    return [r for r in records if type(r) is not UnreadableRecord]
