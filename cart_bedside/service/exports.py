"""What leaves the app (issue 17): one episode's record, its toxicity episodes, the audit.

:class:`ExportService` gathers, per admission, everything the FHIR and
registry exports write (``cart_bedside.interop`` turns it into files):
the patient and admission, every current record (the whole stay, not only
the board's window), the assessment the app shows (the ward service's
cached one: no second grading), the CRS/ICANS episodes cut from it
(:func:`~cart_bedside.logic.toxicity_episodes.toxicity_episodes`), where
imported labs came from, and an ICU transfer recorded at discharge.

Exports run without a signed-in user from the command line; in the app the
signed-in user needs ``view``. :meth:`record_export` writes the audit entry
(who, what, the file and its sha256).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..logic.assessment import Assessment
from ..logic.models import Patient
from ..logic.shifts import ShiftSettings
from ..logic.toxicity_episodes import ToxicityEpisode, toxicity_episodes
from ..storage import export_queries
from ..storage.lab_imports import LabImportStore, LabSource
from ..storage.types import EpisodeInfo, Timeline
from .ward import WardService

#: A discharge whose reason names an ICU counts as a transfer to the ICU.
_ICU_REASON = re.compile(r"\bICU\b|重症|监护室|监护病房|intensive care", re.IGNORECASE)


@dataclass(frozen=True)
class EpisodeExport:
    """One admission as the exports see it."""

    patient: Patient
    patient_id: str
    episode: EpisodeInfo
    timeline: Timeline
    assessment: Assessment
    toxicity: tuple[ToxicityEpisode, ...]
    lab_sources: dict[str, LabSource]
    icu_transfer_at: datetime | None
    shift_settings: ShiftSettings
    exported_at: datetime

    @property
    def episode_id(self) -> str:
        return self.episode.episode_id


class ExportService:
    """Gather exports and audit them (see the module docstring)."""

    def __init__(self, ward: WardService) -> None:
        self.ward = ward

    def _check(self) -> None:
        if self.ward.user is not None:
            self.ward.require("view")

    def episode_ids(self, all_episodes: bool = False) -> list[str]:
        """The occupied beds' episodes (default) or every admission ever, oldest first."""
        self._check()
        if all_episodes:
            return [e.episode_id for e in export_queries.all_episodes(self.ward.repo)]
        return [e.episode_id for _, e in self.ward.repo.patients.occupied(self.ward.clock())]

    def collect(self, episode_id: str) -> EpisodeExport:
        """Everything the exports write about one admission."""
        self._check()
        repo = self.ward.repo
        patient = repo.patients.get_patient(episode_id)
        episode = repo.patients.episode(episode_id)
        timeline = repo.queries.timeline(episode_id)
        # The cached assessment the board and the patient screen show (issue 17: no
        # second grading); computed without a signed-in user for the command line.
        a = self.ward._cached(episode_id).assessment
        infusion = patient.infusion_time or episode.admitted_at
        episodes = tuple(toxicity_episodes(a, infusion, timeline.medications, timeline.labs))
        sources = LabImportStore(repo).sources(
            [lab.meta.id for lab in timeline.labs if lab.meta.id]
        )
        return EpisodeExport(
            patient=patient,
            patient_id=episode.patient_id,
            episode=episode,
            timeline=timeline,
            assessment=a,
            toxicity=episodes,
            lab_sources=sources,
            icu_transfer_at=_icu_transfer(episode),
            shift_settings=self.ward.shift_settings(),
            exported_at=self.ward.clock(),
        )

    def collect_many(self, episode_ids: Sequence[str]) -> list[EpisodeExport]:
        return [self.collect(e) for e in episode_ids]

    def record_export(
        self,
        what: str,
        path: str,
        sha256: str,
        count: int,
        actor: str | None = None,
        episode_id: str | None = None,
    ) -> None:
        """Audit an export: who, what (``fhir`` / ``registry`` / ``trends_pdf``), the file
        and its sha256 (and the admission, for one patient's file)."""
        user = self.ward.user
        who = actor or (user.username if user else "system")
        details = {"what": what, "file": path, "sha256": sha256, "episodes": count}
        if episode_id is not None:
            details["episode"] = episode_id
        self.ward.repo.audit_log.log_event("export", who, reason=what, details=details)


def _icu_transfer(episode: EpisodeInfo) -> datetime | None:
    if episode.discharged_at is None:
        return None
    reason = episode.meta.amend_reason or ""
    return episode.discharged_at if _ICU_REASON.search(reason) else None
