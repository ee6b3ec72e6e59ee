"""What a trend figure shows: one episode's records and grade timelines, no matplotlib.

:class:`TrendData` holds the records themselves (with their ``meta``: who
recorded them and when), so a tap on a plotted point can say value, time and
recorded-by (:func:`cart_bedside.plots.trends.point_info`). For a patient on
the ward it is read from the episode view (:meth:`TrendData.from_view`): the
records, assessment, physician's grades, protocol and shifts the board and
the handover show. :meth:`TrendData.from_records` grades records that are not
in a ward database (the self-test's and the benchmarks' synthetic patients).
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
from ..logic.protocols import DEFAULT_PROTOCOL
from ..logic.shifts import ShiftSettings

if TYPE_CHECKING:
    from ..service import WardService
    from ..service.episode_view import EpisodeView
    from ..service.handover_reads import Reader

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
    ) -> TrendData:
        """Records that are not in a ward database (synthetic patients): sort them, drop
        superseded and withdrawn versions and later ones, and grade them under ``protocol_id``.

        ``infusion_time`` defaults to the patient's. A ward patient's trend is
        read from their episode view instead (:meth:`from_view`).
        """
        infusion = infusion_time or patient.infusion_time or now

        def upto(records: Iterable) -> tuple:
            return tuple(r for r in _sorted(records) if r.time <= now)

        v, n, m, lab = upto(vitals), upto(neuro), upto(medications), upto(labs)
        assessment = assess(
            patient, infusion, v, n, m, lab, at=max(now, infusion), protocol_id=protocol_id
        )
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
        )

    @classmethod
    def from_view(cls, view: EpisodeView) -> TrendData:
        """What an episode view shows up to its moment: its records, assessment, physician's
        grades (markers, §11), shifts and admission."""
        now = view.at

        def upto(records: Iterable) -> tuple:
            return tuple(r for r in _sorted(records) if r.time <= now)

        return cls(
            view.patient,
            view.infusion_time or now,
            now,
            upto(view.vitals),
            upto(view.neuro),
            upto(view.fluids),
            upto(view.medications),
            upto(view.labs),
            upto(view.weights),
            view.assessment,
            view.settings.shifts,
            view.admitted_at,
            view.physician_grades,
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
    reader: Reader,
    episode_id: str,
    now: datetime | None = None,
    *,
    shift_settings: ShiftSettings | None = None,
) -> TrendData:
    """One episode's trend data at ``now`` from its episode view (the board's records,
    grades, protocol and settings; ``shift_settings`` instead of the ward's shifts)."""
    from ..service.handover_reads import trend_view

    return TrendData.from_view(trend_view(reader, episode_id, now, shift_settings))


def trend_data_for(ward: WardService, episode_id: str, now: datetime | None = None) -> TrendData:
    """The Trends tab's data through the service (view role): the signed-in ward's episode
    view at ``now`` (the cached one when ``now`` is the ward's clock)."""
    return TrendData.from_view(ward.episode_view(episode_id, at=now))
