"""One admission as every screen and report shows it at one moment: the :class:`EpisodeView`.

The ward board, the patient screen (header, review, tasks, co-sign), the
trend figures and the handover sheet all read an :class:`EpisodeView`; none
of them reads an admission's records and grades them itself. This module is
the one place an episode is assessed and scheduled for display
(:func:`read_episode`), so they cannot drift apart. Decisions:

- **Look-back.** The admission's records from its admission, or from 8 days
  before the infusion if that is earlier (lymphodepletion, baseline labs), up
  to ``at`` plus the few minutes storage lets a record run ahead of the clock
  (:data:`~cart_bedside.storage.records.FUTURE_TOLERANCE`): a record saved
  "now" on a tablet whose clock is a little behind counts at once.
- **When.** The assessment is at ``at``, or at the latest vital-sign or neuro
  record if that is later; the task statuses are at ``at``.
- **Settings.** One :class:`~.ward_settings.WardSettings` (the ward service's,
  loaded once): shifts, tocilizumab limits, paediatric lines, escalation,
  adaptive ICE; the patient's protocol (§10) on top.
- **Tasks.** The monitoring schedule's tasks of the shift ``at`` falls in;
  :meth:`EpisodeView.schedule` lays out another window (the handover: the
  handed-over shift to the end of the next) from the same inputs.
- **Grades.** The physician's grades that stand and the signature behind them
  (:func:`.grades.grade_confirmation`); the suggested step (:attr:`EpisodeView.plan`)
  follows the grades that stand, so a physician's correction moves it (§11).

:class:`EpisodeViews` is the one cache (the ward service's): a view is kept per
admission until a save in it (``invalidate``), a change of settings or the
start of a new shift.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..logic import protocols
from ..logic.assessment import Assessment, assess, grade_timeline
from ..logic.fluids import FluidSummary, fluid_summary
from ..logic.hlh import HlhTable, hlh_table
from ..logic.immunology import IGG_LAB
from ..logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.observations import NotDone
from ..logic.patient_protocol import ProtocolChoice
from ..logic.physician_grade import PhysicianGrade, plan_grades
from ..logic.record_check import unreadable_alert
from ..logic.schedule import Task, TaskStatus, monitoring_tasks
from ..logic.shifts import Shift, shift_of
from ..storage import Repository
from ..storage.records import FUTURE_TOLERANCE
from ..storage.types import EpisodeInfo
from .grades import GradeConfirmation, grade_confirmation, logic_grade
from .protocol_choice import protocol_in_force
from .ward_settings import WardSettings

#: How far before the infusion the records are read (lymphodepletion, baseline labs).
LOOKBACK_BEFORE_INFUSION = timedelta(days=8)


@dataclass(frozen=True)
class EpisodeView:
    """One admission at ``at``: its records, assessment, tasks, grades and the settings used."""

    episode_id: str
    bed: str
    patient: Patient  # with the latest weight (the tocilizumab dose uses it)
    admitted_at: datetime
    at: datetime  # the moment viewed (task statuses); the assessment may be later
    settings: WardSettings
    vitals: tuple[VitalSigns, ...]
    neuro: tuple[NeuroAssessment, ...]
    fluids: tuple[FluidEntry, ...]
    medications: tuple[MedicationDose, ...]
    labs: tuple[LabResult, ...]
    weights: tuple[WeightMeasurement, ...]
    assessment: Assessment
    shift: Shift  # the shift ``at`` falls in
    tasks: tuple[Task, ...]  # the monitoring tasks of that shift, status at ``at``
    grades: GradeConfirmation  # the physician's grades that stand, and their signature
    physician_grades: tuple[PhysicianGrade, ...]  # every one up to ``at`` (trend markers)
    protocol: ProtocolChoice  # the patient's protocol, named, with why (§10)
    not_done: tuple[NotDone, ...] = ()  # checks recorded as not done (§12)

    @property
    def infusion_time(self) -> datetime | None:
        return self.patient.infusion_time

    @property
    def standing_grades(self) -> tuple[int, int]:
        """CRS and ICANS as shown: a physician's grade where one stands (§11), else computed."""
        crs, icans = self.grades.crs, self.grades.icans
        return (
            crs.grade if crs is not None else self.assessment.crs.grade,
            icans.grade if icans is not None else self.assessment.icans.grade,
        )

    @property
    def plan(self) -> protocols.ManagementPlan:
        """The protocol's suggested step for the grades that stand (a correction moves it)."""
        a = self.assessment
        crs, icans = plan_grades(*self.standing_grades)
        if (crs, icans) == (a.crs.grade, a.icans.grade):
            return a.plan
        return protocols.management_plan(a.protocol_id, crs, icans, a.dosing)

    def fluid_summary(self, at: datetime | None = None) -> FluidSummary:
        """The fluid balance at ``at`` (default: the view's moment), with the ward's shifts
        and fluid-day start (§6): what the fluids page and the handover both show."""
        return fluid_summary(
            self.fluids,
            at or self.at,
            self.settings.shifts,
            self.infusion_time,
            self.admitted_at,
            self.weights,
        )

    @property
    def hlh(self) -> HlhTable:
        """The HLH/MAS panel (§4): its lines for this patient and the checklist from this
        view's labs — what the alert opens and the handover prints."""
        p, limits = self.patient, self.settings.lab_uln
        return hlh_table(
            self.labs, self.at, p.infusion_time, p.sex, self.assessment.dosing, p.age_years, limits
        )

    def tasks_at(self, now: datetime) -> tuple[Task, ...]:
        """This shift's tasks with their status at ``now``: done stays, due turns overdue."""
        return tuple(replace(t, status=t.status_at(now)) for t in self.tasks)

    @property
    def not_done_count(self) -> int:
        return sum(1 for t in self.tasks if t.status is TaskStatus.NOT_DONE)

    def schedule(self, start: datetime, end: datetime, now: datetime | None = None) -> list[Task]:
        """The monitoring tasks whose window overlaps ``[start, end)``, with status at ``now``."""
        return _schedule(
            self.patient,
            self.assessment,
            self.settings,
            self.vitals,
            self.neuro,
            self.fluids,
            self.labs,
            self.not_done,
            start,
            end,
            now or self.at,
        )


def lookback_start(admitted_at: datetime, infusion_time: datetime | None) -> datetime:
    """Where an admission's records are read from (the one look-back rule)."""
    if infusion_time is None:
        return admitted_at
    return min(admitted_at, infusion_time - LOOKBACK_BEFORE_INFUSION)


def read_episode(
    repo: Repository,
    episode_id: str,
    at: datetime,
    settings: WardSettings,
    *,
    patient: Patient | None = None,
    episode: EpisodeInfo | None = None,
    extra: Mapping[str, Sequence[Any]] | None = None,
    names: Callable[[str], str] | None = None,
) -> EpisodeView:
    """Read, assess and schedule one admission at ``at`` (see the module docstring).

    ``patient``/``episode``: when the caller has read them already (the board).
    ``extra``: unsaved records (``vitals``, ``neuro``, ``fluids``, ``weights``)
    counted as if saved: the review of a shift entry before it is signed.
    ``names``: username → display name (default: read the accounts).
    """
    episode = episode or repo.patients.episode(episode_id)
    patient = patient or repo.patients.get_patient(episode_id)
    since = lookback_start(episode.admitted_at, patient.infusion_time)
    t = repo.queries.timeline(episode_id, since, at + FUTURE_TOLERANCE)
    extra = extra or {}
    vitals = _in_time_order(t.vitals, extra.get("vitals", ()))
    neuro = _in_time_order(t.neuro, extra.get("neuro", ()))
    fluids = _in_time_order(t.fluids, extra.get("fluids", ()))
    weights = _in_time_order(t.weights, extra.get("weights", ()))
    patient = patient.with_latest_weight(weights)
    protocol_records = repo.judgements.protocols_for([episode_id]).get(episode_id)
    protocol_id = protocol_records.protocol if protocol_records else settings.protocol
    a = assess(
        patient,
        patient.infusion_time or at,
        vitals,
        neuro,
        t.medications,
        t.labs,
        at=max([at, *(r.time for r in (*vitals, *neuro))]),
        protocol_id=protocol_id,
        limits=settings.tocilizumab,
        paediatric_lines=settings.paediatric_dosing,
    )
    if t.unreadable:  # rows another version stored: named on the board, never graded
        a = replace(a, alerts=(*a.alerts, *unreadable_alert(t.unreadable)))
    not_done = tuple(repo.judgements.not_done(episode_id))
    shift = shift_of(at, settings.shifts)
    tasks = _schedule(
        patient, a, settings, vitals, neuro, fluids, t.labs, not_done, shift.start, shift.end, at
    )
    names = names or account_names(repo)
    records = repo.judgements.physician_grades(episode_id)
    return EpisodeView(
        episode_id=episode_id,
        bed=episode.bed,
        patient=patient,
        admitted_at=episode.admitted_at,
        at=at,
        settings=settings,
        vitals=vitals,
        neuro=neuro,
        fluids=fluids,
        medications=tuple(t.medications),
        labs=tuple(t.labs),
        weights=weights,
        assessment=a,
        shift=shift,
        tasks=tuple(tasks),
        grades=grade_confirmation(repo, episode_id, a, records),
        physician_grades=tuple(logic_grade(r, names) for r in records if r.time <= at),
        protocol=protocol_in_force(
            repo, episode_id, patient.diagnosis, settings.protocol, display_name=names
        ),
        not_done=not_done,
    )


def _in_time_order(stored: Sequence, extra: Sequence) -> tuple:
    return tuple(sorted((*stored, *extra), key=lambda r: r.time)) if extra else tuple(stored)


def account_names(repo: Repository) -> Callable[[str], str]:
    """Username → display name, each account read once."""
    seen: dict[str, str] = {}

    def name(username: str) -> str:
        if username not in seen:
            user = repo.people.get_user(username)
            seen[username] = user.display_name if user and user.display_name else username
        return seen[username]

    return name


def _schedule(
    patient: Patient,
    a: Assessment,
    settings: WardSettings,
    vitals: Sequence[VitalSigns],
    neuro: Sequence[NeuroAssessment],
    fluids: Sequence[FluidEntry],
    labs: Sequence[LabResult],
    not_done: Sequence[NotDone],
    start: datetime,
    end: datetime,
    now: datetime,
) -> list[Task]:
    """The monitoring schedule (§8, §12) for this admission over ``[start, end)``."""
    if patient.infusion_time is None:
        return []
    return monitoring_tasks(
        patient.infusion_time,
        settings.shifts,
        grade_timeline(a),
        {
            "vitals": vitals,
            "ice": [n for n in neuro if n.has_score],
            "fluid_balance": fluids,
            "labs": labs,
            # the monthly immunoglobulin check (§7) is done by an IgG result
            "igg": [lab for lab in labs if lab.name == IGG_LAB],
        },
        start,
        end,
        now,
        escalation=settings.escalation,
        not_done=not_done,
        neuro_checks=a.icans.points,
        adaptive=settings.adaptive_ice,
    )


class EpisodeViews:
    """The one cache of episode views (the ward service's): per admission, until it changes.

    A view is dropped by :meth:`invalidate` (every save in the admission calls it
    through the ward service), by a change of settings (:meth:`clear`) and when
    a new shift starts (its tasks are the shift's).
    """

    def __init__(self) -> None:
        self._views: dict[str, EpisodeView] = {}

    def get(self, episode_id: str, shift_start: datetime) -> EpisodeView | None:
        view = self._views.get(episode_id)
        if view is not None and view.shift.start != shift_start:
            self._views.clear()  # a new shift: every task list is new
            return None
        return view

    def put(self, view: EpisodeView) -> EpisodeView:
        self._views[view.episode_id] = view
        return view

    def invalidate(self, episode_id: str | None = None) -> None:
        if episode_id is None:
            self._views.clear()
        else:
            self._views.pop(episode_id, None)

    clear = invalidate
