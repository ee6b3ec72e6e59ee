"""What a trend figure shows: one episode's records and grade timelines, no matplotlib.

:class:`TrendData` holds the records themselves (with their ``meta``: who
recorded them and when), so a tap on a plotted point can say value, time and
recorded-by (:func:`cart_bedside.plots.trends.point_info`). The grade
timelines come from the logic layer (:func:`cart_bedside.logic.assessment.assess`),
the same call the board and the handover make.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from ..logic import drugs
from ..logic.assessment import Assessment, assess
from ..logic.fluids import current_records
from ..logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.protocols import DEFAULT_PROTOCOL, PROTOCOL_IDS
from ..logic.shifts import ShiftSettings

if TYPE_CHECKING:
    from ..service import WardService
    from ..storage import Repository

#: Doses marked on every panel: tocilizumab, the other anti-cytokine drugs, corticosteroids.
MARKED_DRUGS = drugs.ANTI_CYTOKINE


def _sorted(records: Iterable) -> tuple:
    return tuple(sorted(current_records(records), key=lambda r: r.time))


@dataclass(frozen=True)
class TrendData:
    """One episode's records up to ``now``, in time order, with its assessment at ``now``."""

    patient: Patient
    infusion_time: datetime
    now: datetime
    vitals: tuple[VitalSigns, ...] = ()
    neuro: tuple[NeuroAssessment, ...] = ()
    fluids: tuple[FluidEntry, ...] = ()
    medications: tuple[MedicationDose, ...] = ()
    labs: tuple[LabResult, ...] = ()
    weights: tuple[WeightMeasurement, ...] = ()
    assessment: Assessment | None = field(default=None, repr=False, compare=False)
    shift_settings: ShiftSettings = field(default_factory=ShiftSettings)
    admitted_at: datetime | None = None
    physician_grades: tuple = ()  # logic PhysicianGrade records: trend markers (§11)

    @classmethod
    def from_records(
        cls,
        patient: Patient,
        *,
        now: datetime,
        vitals: Iterable[VitalSigns] = (),
        neuro: Iterable[NeuroAssessment] = (),
        fluids: Iterable[FluidEntry] = (),
        medications: Iterable[MedicationDose] = (),
        labs: Iterable[LabResult] = (),
        weights: Iterable[WeightMeasurement] = (),
        infusion_time: datetime | None = None,
        shift_settings: ShiftSettings | None = None,
        admitted_at: datetime | None = None,
        protocol_id: str = DEFAULT_PROTOCOL,
        assessment: Assessment | None = None,
        assess_options: dict | None = None,
        physician_grades: tuple = (),
    ) -> TrendData:
        """Sort the records, drop superseded and withdrawn versions and later ones, and grade.

        ``infusion_time`` defaults to the patient's. ``assessment`` may be
        passed when the caller already has it (the handover does).
        """
        infusion = infusion_time or patient.infusion_time or now

        def upto(records: Iterable) -> tuple:
            return tuple(r for r in _sorted(records) if r.time <= now)

        v, n, m, lab = upto(vitals), upto(neuro), upto(medications), upto(labs)
        if assessment is None:
            options = assess_options or {"protocol_id": protocol_id}
            assessment = assess(patient, infusion, v, n, m, lab, at=max(now, infusion), **options)
        return cls(
            patient,
            infusion,
            now,
            v,
            n,
            upto(fluids),
            m,
            lab,
            upto(weights),
            assessment,
            shift_settings or ShiftSettings(),
            admitted_at,
            tuple(physician_grades),
        )

    # --- derived ---------------------------------------------------------------------
    @property
    def origin(self) -> datetime:
        """Midnight starting D0: the zero of the time axis (x = days since then)."""
        infusion = self.infusion_time
        return datetime.combine(infusion.date(), time(0), tzinfo=infusion.tzinfo)

    def x(self, moment: datetime) -> float:
        """A moment on the time axis: days since D0 midnight, so ``floor(x)`` is the study day."""
        return (moment - self.origin) / timedelta(days=1)

    @property
    def marked_doses(self) -> tuple[MedicationDose, ...]:
        """Doses shown as markers across every panel (anti-cytokine drugs and steroids)."""
        return tuple(d for d in self.medications if drugs.normalise(d.drug) in MARKED_DRUGS)

    def labs_named(self, name: str) -> tuple[LabResult, ...]:
        return tuple(lab for lab in self.labs if lab.name == name)


def load_trend_data(
    repo: Repository,
    episode_id: str,
    now: datetime | None = None,
    *,
    since: datetime | None = None,
    shift_settings: ShiftSettings | None = None,
    protocol_id: str | None = None,
) -> TrendData:
    """Read one episode's records from the repository (current versions) into a TrendData.

    ``since`` defaults to admission: "since infusion" and the lymphodepletion
    days before it are both on hand. ``protocol_id`` defaults to the patient's
    protocol (§10), as the board and the handover sheet grade them.
    """
    from ..service.cosign import logic_grade
    from ..service.episode_inputs import assess_options

    now = now or repo.now()
    episode = repo.episode(episode_id)
    t = repo.timeline(episode_id, since if since is not None else episode.admitted_at, now)
    # The patient's protocol and the ward's tables, as the board grades (§9, §10).
    options = assess_options(repo, episode_id)
    if protocol_id in PROTOCOL_IDS:
        options["protocol_id"] = protocol_id
    names = {u.username: u.display_name for u in repo.list_users(include_inactive=True)}
    judged = tuple(
        logic_grade(r, lambda u: names.get(u, u))
        for r in repo.physician_grades(episode_id)
        if r.time <= now
    )
    return TrendData.from_records(
        t.patient,
        now=now,
        vitals=t.vitals,
        neuro=t.neuro,
        fluids=t.fluids,
        medications=t.medications,
        labs=t.labs,
        weights=t.weights,
        shift_settings=shift_settings,
        admitted_at=episode.admitted_at,
        assess_options=options,
        physician_grades=judged,
    )


def trend_data_for(ward: WardService, episode_id: str, now: datetime | None = None) -> TrendData:
    """:func:`load_trend_data` for the signed-in user (view role) on the ward's shifts: what
    the Trends tab reads through the service, never through the repository itself."""
    ward.require("view")
    return load_trend_data(ward.repo, episode_id, now=now, shift_settings=ward.shift_settings())
