"""One assessment of one patient at one moment: grades, reasons, step, doses, alerts.

This is the single entry point the ward board, the review screen, the
handover sheet and ``cart-bedside assess`` all call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from . import alerts as acute
from . import protocols
from .crs import CrsTimeline, crs_timeline
from .dosing import DosingContext, dosing_context
from .findings import Alert, Severity
from .icaht import IcahtAssessment, icaht_assessment
from .icans import IcansTimeline, icans_timeline
from .immunology import hbv_reactivation, ivig_alerts
from .infection import infection_alerts
from .messages import Message
from .models import LabResult, MedicationDose, NeuroAssessment, Patient, VitalSigns
from .news2 import News2, news2
from .risk import RiskAssessment, gust_predictors, high_risk_group
from .sources import for_population, is_myeloma
from .steroids import SteroidExposure, steroid_exposure
from .timeutil import study_day
from .tocilizumab import (
    DoseSuggestion,
    Ledger,
    TocilizumabLimits,
    tocilizumab_dose,
    tocilizumab_ledger,
)
from .validation import Warning_

_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Assessment:
    at: datetime
    day: int
    protocol_id: str
    crs: CrsTimeline
    icans: IcansTimeline
    plan: protocols.ManagementPlan
    dose: DoseSuggestion
    ledger: Ledger
    alerts: tuple[Alert, ...]
    steroids: SteroidExposure
    icaht: IcahtAssessment
    risk: RiskAssessment
    warnings: tuple[Warning_, ...] = ()
    news2: News2 | None = None  # of the latest vital-sign record (§12), beside the CRS grade
    dosing: DosingContext | None = None

    @property
    def crs_grade(self) -> int:
        return self.crs.grade

    @property
    def icans_grade(self) -> int:
        return self.icans.grade

    @property
    def crs_reasons(self) -> tuple[Message, ...]:
        return self.crs.current.reasons if self.crs.current else ()

    @property
    def icans_reasons(self) -> tuple[Message, ...]:
        return self.icans.current.reasons if self.icans.current else ()

    def alert_codes(self) -> list[str]:
        return [a.code for a in self.alerts]


def grade_timeline(a: Assessment) -> list[tuple[datetime, int, int]]:
    """``(time, CRS grade, ICANS grade)`` at every graded record, in one pass.

    What the monitoring schedule needs (clinical-rules §8: escalation by the
    current grades); the same values as ``grade_at`` at each time, in linear time.
    """
    crs, icans = a.crs.points, a.icans.points  # both in time order
    times = sorted({*(p.time for p in crs), *(p.time for p in icans)})
    out = []
    i = j = 0
    crs_grade = icans_grade = 0
    for t in times:
        while i < len(crs) and crs[i].time <= t:
            crs_grade = crs[i].grade
            i += 1
        while j < len(icans) and icans[j].time <= t:
            icans_grade = icans[j].grade
            j += 1
        out.append((t, crs_grade, icans_grade))
    return out


class _Timed(Protocol):
    @property
    def time(self) -> datetime: ...


T = TypeVar("T", bound=_Timed)


def _upto(records: Iterable[T], at: datetime) -> list[T]:
    return sorted((r for r in records if r.time <= at), key=lambda r: r.time)


def latest_time(*groups: Sequence[_Timed]) -> datetime | None:
    times = [r.time for group in groups for r in group]
    return max(times) if times else None


def assess(
    patient: Patient,
    infusion_time: datetime,
    vitals: Sequence[VitalSigns] = (),
    neuro: Sequence[NeuroAssessment] = (),
    medications: Sequence[MedicationDose] = (),
    labs: Sequence[LabResult] = (),
    at: datetime | None = None,
    protocol_id: str = protocols.DEFAULT_PROTOCOL,
    limits: TocilizumabLimits | None = None,
    warnings: Sequence[Warning_] = (),
    paediatric_lines: Mapping[str, str] | None = None,
) -> Assessment:
    """Grade CRS and ICANS at ``at`` (default: the latest record) and gather the rest.

    Records after ``at`` are ignored. ``max_grade`` is the highest grade at
    any record time from infusion to ``at``. ``protocol_id`` is the patient's
    protocol (§10); ``paediatric_lines`` the ward's paediatric dosing table
    (§9, drug → text; default wording when a drug is missing).
    """
    if at is None:
        at = latest_time(vitals, neuro, medications, labs) or infusion_time
        at = max(at, infusion_time)
    protocols.get_protocol(protocol_id)  # unknown protocol: KeyError before any work
    vitals_now = _upto(vitals, at)
    neuro_now = _upto(neuro, at)
    meds_now = _upto(medications, at)
    labs_now = _upto(labs, at)

    crs = crs_timeline(vitals_now, meds_now, infusion_time, patient.age_years)
    icans = icans_timeline(neuro_now, infusion_time, patient.uses_capd)
    dosing = dosing_context(
        patient.age_years, patient.weight_kg, patient.weight_time, at, paediatric_lines
    )
    plan = protocols.management_plan(protocol_id, crs.grade, icans.grade, dosing)
    dose = tocilizumab_dose(patient.weight_kg, patient.weight_time, at)
    ledger = tocilizumab_ledger(meds_now, at, limits)
    day = study_day(at, infusion_time)

    found = acute.acute_alerts(
        patient,
        crs,
        icans,
        ledger,
        meds_now,
        labs_now,
        at,
        day,
        plan.suggests_tocilizumab,
        protocol_id,
        dosing,
    )
    icaht = icaht_assessment(labs_now, infusion_time, at)
    found.extend(icaht.alerts)
    found.extend(
        _other_alerts(patient, infusion_time, vitals_now, meds_now, labs_now, at, protocol_id)
    )
    found = for_population(found, is_myeloma(protocol_id, patient.diagnosis))
    found.sort(key=lambda a: _SEVERITY_ORDER[a.severity])
    latest_vitals = next((v for v in reversed(vitals_now) if v.time >= infusion_time), None)
    score = news2(latest_vitals, neuro_now, patient.age_years) if latest_vitals else None
    return Assessment(
        at,
        day,
        protocol_id,
        crs,
        icans,
        plan,
        dose,
        ledger,
        tuple(found),
        steroid_exposure(meds_now, at),
        icaht,
        high_risk_group(patient),
        tuple(warnings),
        score,
        dosing,
    )


def _other_alerts(
    patient: Patient,
    infusion_time: datetime,
    vitals: Sequence[VitalSigns],
    meds: Sequence[MedicationDose],
    labs: Sequence[LabResult],
    at: datetime,
    protocol_id: str = protocols.DEFAULT_PROTOCOL,
) -> list[Alert]:
    """Alerts from the infection, immunology and early-predictor rules (§4, §5, §7)."""
    found = [
        *infection_alerts(patient, meds, at),
        *ivig_alerts(
            labs, at, active_infection=patient.has("active_infection"), protocol_id=protocol_id
        ),
    ]
    hbv = hbv_reactivation(labs, infusion_time, at)
    if hbv is not None:
        found.append(hbv)
    gust = gust_predictors(vitals, labs, infusion_time, at).alert
    if gust is not None:
        found.append(gust)
    return found
