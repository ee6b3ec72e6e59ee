"""History: every charted record with its versions, and the amend / entered-in-error flows.

Clinical-rules §1 (observed and recorded times, late entries) and the
append-only design of docs/storage.md: an amendment is a new version
pointing at the one it corrects; the original stays readable.

Decisions:

- One :class:`HistoryEntry` per record (a chain of versions, original first),
  ordered by the observed time of its current version; the late-entry mark
  belongs to each version (``recorded_at − observed_at > 60 min``); the entry
  is late when its original was.
- ``amend``/``entered_in_error`` take the episode id as well as the record id:
  the service must know whose cached assessment to refresh and which doses a
  changed tocilizumab time is checked against (the record's own id is checked
  to belong to that episode). A reason is required (role ``chart``).
- A physician's grade (§11) and a check not done (§12) are listed too, every
  version with who, when, what and why; they are corrected where they were
  made (the co-sign review, the tasks tab), not from History.
- Amending a tocilizumab dose re-checks the limits when its time changes or
  it becomes tocilizumab, exactly as a new dose (override by a physician).
- Only a physician (role ``override_dose``) may change a tocilizumab dose's
  drug or time, or withdraw it: each takes a dose out of the limits' count,
  so a nurse could otherwise make room for a dose the limits refuse (issue 15).
  A nurse may still correct its amount, route or note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..logic import drugs
from ..logic.messages import msg
from ..logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.observations import NotDone
from ..logic.record_check import UnreadableRecord
from ..logic.timeutil import is_late_entry
from ..storage import PhysicianGradeRecord, SaveResult
from .base import ServiceBase, required_reason
from .errors import ServiceError
from .medications import Medications
from .ward import WardService

#: History kinds, in the order the History tab offers them as filters.
KINDS: dict[str, type] = {
    "vitals": VitalSigns,
    "neuro": NeuroAssessment,
    "fluid": FluidEntry,
    "medication": MedicationDose,
    "lab": LabResult,
    "weight": WeightMeasurement,
    "physician_grade": PhysicianGradeRecord,
    "not_done": NotDone,
}
#: Kinds kept as judgements (listed, not amended or withdrawn from History).
JUDGEMENT_TABLES = {"physician_grade": "physician_grades", "not_done": "not_done_checks"}
CHARTED_KINDS = tuple(k for k in KINDS if k not in JUDGEMENT_TABLES)
_KIND_OF_TYPE = {t: k for k, t in KINDS.items()}


def is_late(record: Any) -> bool:
    return is_late_entry(record.time, record.meta.recorded_at)


@dataclass(frozen=True)
class HistoryEntry:
    """One record and all its versions (each a logic record with its ``meta``)."""

    kind: str
    versions: tuple[Any, ...]  # original first; the last is current (or the withdrawal)

    @property
    def original(self) -> Any:
        return self.versions[0]

    @property
    def latest(self) -> Any:
        return self.versions[-1]

    @property
    def current(self) -> Any | None:
        """The version in force (None when the record was entered in error)."""
        return None if self.entered_in_error else self.latest

    @property
    def record_id(self) -> str:
        """The id to amend or withdraw (the latest version's)."""
        return self.latest.meta.id

    @property
    def observed_at(self) -> datetime:
        return self.latest.time

    @property
    def recorded_at(self) -> datetime | None:
        return self.original.meta.recorded_at

    @property
    def recorded_by(self) -> str | None:
        return self.original.meta.recorded_by

    @property
    def amended(self) -> bool:
        return any(v.meta.supersedes and not v.meta.entered_in_error for v in self.versions)

    @property
    def entered_in_error(self) -> bool:
        return self.latest.meta.entered_in_error

    @property
    def late(self) -> bool:
        return is_late(self.original)

    @property
    def readable(self) -> bool:
        """False when this version cannot read the stored row: it can only be withdrawn."""
        return not isinstance(self.latest, UnreadableRecord)


def chains(records: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Group every stored version into its record's chain, original first.

    A version corrected on two tablets has two successors (a conflict, issue 14); both
    branches are kept, each after the version it corrects, and the branch holding the
    newest version comes last, so a physician's resolution (recorded after both sides)
    is the record's last version, as it is the current one.
    """
    by_id = {r.meta.id: r for r in records}
    children: dict[str, list[Any]] = {}
    for r in by_id.values():
        if r.meta.supersedes in by_id:
            children.setdefault(r.meta.supersedes, []).append(r)
    newest: dict[str, tuple[str, str]] = {}

    def newest_below(r: Any) -> tuple[str, str]:
        if r.meta.id not in newest:
            own = (str(r.meta.recorded_at or ""), r.meta.id)
            newest[r.meta.id] = max([own, *(newest_below(c) for c in children.get(r.meta.id, ()))])
        return newest[r.meta.id]

    def walk(r: Any) -> list[Any]:
        out = [r]
        for child in sorted(children.get(r.meta.id, ()), key=newest_below):
            out += walk(child)
        return out

    return [tuple(walk(r)) for r in by_id.values() if r.meta.supersedes not in by_id]


class History(ServiceBase):
    """Every record with its versions; amend and withdraw with a reason.

    Holds the :class:`Medications` part: a changed tocilizumab dose is checked
    against the same limits as a new one.
    """

    def __init__(self, ward: WardService, medications: Medications) -> None:
        super().__init__(ward)
        self.medications = medications

    def _fetch(
        self,
        kind: str,
        episode_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[Any]:
        if kind in JUDGEMENT_TABLES:
            return [
                r
                for r in self.repo.judgements.judgement_versions(JUDGEMENT_TABLES[kind], episode_id)
                if (since is None or r.time >= since) and (until is None or r.time <= until)
            ]
        readers: dict[str, Callable[..., list[Any]]] = {
            "vitals": self.repo.queries.vitals,
            "neuro": self.repo.queries.neuro,
            "fluid": self.repo.queries.fluids,
            "medication": self.repo.queries.medications,
            "lab": self.repo.queries.labs,
            "weight": self.repo.queries.weights,
        }
        return readers[kind](episode_id, since, until, history=True)

    def entries(
        self,
        episode_id: str,
        kinds: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[HistoryEntry]:
        """Every record of the episode (all versions), oldest observation first."""
        self.require("view")
        entries = []
        for kind in kinds or KINDS:
            if kind not in KINDS:
                raise ServiceError(msg("error.bad_choice", value=kind, known=", ".join(KINDS)))
            entries += [
                HistoryEntry(kind, c) for c in chains(self._fetch(kind, episode_id, since, until))
            ]
        order = list(KINDS)
        entries.sort(
            key=lambda e: (e.observed_at, e.recorded_at or e.observed_at, order.index(e.kind))
        )
        return entries

    def versions(self, record_id: str) -> list[Any]:
        """Every version of one record, original first (each with who, when, why)."""
        self.require("view")
        return self.repo.charting.history(record_id)

    def amend(self, episode_id: str, record_id: str, new_record: Any, reason: str) -> SaveResult:
        """Store ``new_record`` as the corrected version of ``record_id`` (reason required)."""
        user = self.require("chart")
        reason = required_reason(reason)
        old = self._version_in(episode_id, record_id)
        self.medications.guard_tocilizumab(old, new_record)
        broken: tuple[str, ...] = ()
        if (
            isinstance(new_record, MedicationDose)
            and drugs.normalise(new_record.drug) == "tocilizumab"
            and (drugs.normalise(old.drug) != "tocilizumab" or old.time != new_record.time)
        ):
            _, broken = self.medications.check_tocilizumab(
                episode_id,
                new_record.dose_mg,
                new_record.time,
                (new_record.override_reason or "").strip(),
                [],
                exclude=record_id,
            )
        with self.repo.transaction():
            result = self.repo.charting.amend(record_id, new_record, user.username, reason)
            if broken:
                self.medications.log_override(
                    user.username,
                    new_record.override_reason or "",
                    result.ids["medication"],
                    broken,
                    episode_id=episode_id,
                    amends=record_id,
                )
        self.ward.invalidate(episode_id)
        return result

    def entered_in_error(self, episode_id: str, record_id: str, reason: str) -> str:
        """Withdraw a record (it stays readable in History); returns the withdrawal's id."""
        user = self.require("chart")
        reason = required_reason(reason)
        self.medications.guard_tocilizumab(self._version_in(episode_id, record_id), None)
        rid = self.repo.charting.mark_entered_in_error(record_id, user.username, reason)
        self.ward.invalidate(episode_id)
        return rid

    def _version_in(self, episode_id: str, record_id: str) -> Any:
        """The stored version ``record_id``, refused unless it belongs to the episode."""
        record = self.repo.charting.get_record(record_id)
        # a row this version cannot read is still withdrawn by its kind
        kind = record.kind if isinstance(record, UnreadableRecord) else _KIND_OF_TYPE[type(record)]
        ids = {r.meta.id for r in self._fetch(kind, episode_id)}
        if record_id not in ids:
            raise ServiceError(msg("record.error.not_in_episode", id=record_id))
        return record
