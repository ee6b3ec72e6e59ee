"""Hypogammaglobulinaemia / IVIG and HBV reactivation (clinical-rules §7).

IVIG (seed 001 §低免疫球蛋白血症; seed 000 7.1):

- latest IgG < 4 g/L → ``ivig_suggested``;
- 4 ≤ IgG ≤ 6 g/L with an active infection → ``ivig_suggested``;
- IgG > 6 g/L with an active infection → ``immunoglobulin_workup_suggested``
  (check IgG, IgA, IgM and B cells);
- IgG exactly 4 g/L without infection: seed 001 puts it in the 4–6 band (no
  IVIG without infection) but seed 000 7.1.3 counts IgG ≤ 4 g/L as high risk
  needing monthly IVIG. Per protocol (clinical-rules §7): under
  ``tci-1203-2025`` (seed 000) IVIG is suggested at ≤ 4 g/L, citing seed 000;
  under the other protocols at < 4 g/L (seed 001, seed 002).
- IgG monitoring monthly for 3 months (seed 001; seed 002) — the tasks are in
  schedule.py. Seed 000 7.1.2: routine IVIG monthly from infusion until the B
  cells recover or 6 months after infusion; 7.1.3: continue monthly while
  IgG ≤ 4 g/L or with severe, persistent or recurrent infection.

HBV reactivation (seed 000 7.2.1): HBV DNA ≥ 100-fold above baseline, or
baseline-negative DNA turning positive, or HBsAg turning from negative to
positive → ``hbv_reactivation``. Higher risk (7.2.3): male, age ≥ 50,
HBsAg+, HBeAg+, raised HBV DNA. Treatment (seed 000 Table 4): nucleos(t)ide
analogue until 1 year after B-cell recovery.

Decisions:

- "Active infection" is the caller's flag (the patient condition
  ``active_infection``, or the physician's entry).
- The IgG used is the latest ``igg`` result at or before ``at`` (amendments
  resolved as in fluids.current_records); its date is shown with the alert.
- HBV DNA (lab ``hbv_dna``, IU/mL) is *positive* when at or above the
  detection limit (default 20 IU/mL, a ward setting); below it is negative.
  HBsAg (lab ``hbsag``) is entered 0/1 and positive at ≥ 0.5.
- The HBV baseline is the last value at or before infusion, or the first
  value when none was taken before. Reactivation is judged on every later
  value up to ``at``; once met, the alert stays (it starts antiviral
  treatment) and names the first value that met it.
- "Raised HBV DNA" as a risk factor = a value at or above the detection
  limit (seed 000 §5: above the upper limit of normal).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .findings import Alert, Level, Severity, Worse, Worsening
from .fluids import current_records
from .messages import Message, msg
from .models import LabResult, Patient
from .schedule import add_months

IGG_LAB = "igg"
HBV_DNA_LAB = "hbv_dna"
HBSAG_LAB = "hbsag"
IGG_IVIG_BELOW_G_L = 4.0
IGG_INFECTION_BAND_TOP_G_L = 6.0
ROUTINE_IVIG_MONTHS = 6
IGG_MONITORING_MONTHS = 3
HBV_FOLD_RISE = 100.0
HBV_DNA_DETECTION_LIMIT_IU_ML = 20.0
HBV_RISK_AGE_YEARS = 50

SOURCE_IGG = "source.seed001.igg"
SOURCE_IVIG_SCHEDULE = "source.seed000.s7_1"
SOURCE_HBV = "source.seed000.s7_2"


def _latest(labs: Iterable[LabResult], name: str, at: datetime) -> LabResult | None:
    found = [lab for lab in current_records(labs) if lab.name == name and lab.time <= at]
    return max(found, key=lambda lab: lab.time) if found else None


@dataclass(frozen=True)
class IvigAssessment:
    """The IgG rule at ``at``: which band the latest IgG is in and what follows."""

    igg_g_l: float | None
    igg_time: datetime | None
    active_infection: bool
    alerts: tuple[Alert, ...]
    reasons: tuple[Message, ...]


def ivig_assessment(
    labs: Iterable[LabResult],
    at: datetime,
    active_infection: bool = False,
    protocol_id: str = "tci-1203-2025",
) -> IvigAssessment:
    """Seed 001 IgG thresholds (and, under ``tci-1203-2025``, seed 000 7.1.3's ≤ 4 g/L)."""
    latest = _latest(labs, IGG_LAB, at)
    if latest is None:
        return IvigAssessment(None, None, active_infection, (), (msg("ivig.no_igg"),))
    igg = latest.value
    when = latest.time.strftime("%Y-%m-%d")
    reasons: list[Message] = []
    alerts: list[Alert] = []
    if igg < IGG_IVIG_BELOW_G_L:
        reason = msg("ivig.reason.below_4", igg=float(igg), date=when)
        source = SOURCE_IGG
    elif igg <= IGG_INFECTION_BAND_TOP_G_L and active_infection:
        reason = msg("ivig.reason.band_4_6_infection", igg=float(igg), date=when)
        source = SOURCE_IGG
    elif igg == IGG_IVIG_BELOW_G_L and protocol_id == "tci-1203-2025":
        reason = msg("ivig.reason.equal_4_high_risk", igg=float(igg), date=when)
        source = SOURCE_IVIG_SCHEDULE
    else:
        reason = None
        source = SOURCE_IGG
    if reason is not None:
        reasons.append(reason)
        alerts.append(
            Alert(
                "ivig_suggested",
                msg("alert.ivig_suggested", reason=reason),
                Severity.WARNING,
                source,
                Worsening((Level("igg_g_l", float(igg), Worse.LOWER),)),
            )
        )
    elif igg > IGG_INFECTION_BAND_TOP_G_L and active_infection:
        reason = msg("ivig.reason.above_6_infection", igg=float(igg), date=when)
        reasons.append(reason)
        alerts.append(
            Alert(
                "immunoglobulin_workup_suggested",
                msg("alert.immunoglobulin_workup_suggested", reason=reason),
                Severity.WARNING,
                SOURCE_IGG,
            )
        )
    else:
        reasons.append(msg("ivig.reason.no_action", igg=float(igg), date=when))
    return IvigAssessment(igg, latest.time, active_infection, tuple(alerts), tuple(reasons))


def ivig_alerts(
    labs: Iterable[LabResult],
    at: datetime,
    active_infection: bool = False,
    protocol_id: str = "tci-1203-2025",
) -> list[Alert]:
    """Just the alerts of :func:`ivig_assessment`."""
    return list(ivig_assessment(labs, at, active_infection, protocol_id).alerts)


@dataclass(frozen=True)
class IvigPlan:
    """Seed 000 7.1: routine monthly IVIG and its continuation for high-risk patients."""

    routine_active: bool
    routine_until: datetime
    continue_monthly: bool
    message: Message
    source: str = SOURCE_IVIG_SCHEDULE


def ivig_plan(
    infusion_time: datetime,
    at: datetime,
    b_cells_recovered: bool = False,
    latest_igg_g_l: float | None = None,
    severe_persistent_or_recurrent_infection: bool = False,
) -> IvigPlan:
    """Seed 000 7.1.2–7.1.3: monthly IVIG until B-cell recovery or 6 months after infusion;
    afterwards continue monthly while IgG ≤ 4 g/L or with severe, persistent or recurrent
    infection."""
    until = add_months(infusion_time, ROUTINE_IVIG_MONTHS)
    routine = infusion_time <= at < until and not b_cells_recovered
    high_risk = (
        latest_igg_g_l is not None and latest_igg_g_l <= IGG_IVIG_BELOW_G_L
    ) or severe_persistent_or_recurrent_infection
    if routine:
        message = msg("ivig.routine_monthly", until=until.strftime("%Y-%m-%d"))
    elif at < infusion_time:
        message = msg("ivig.not_started")
    elif high_risk:
        message = msg("ivig.continue_high_risk")
    else:
        message = msg("ivig.routine_ended")
    return IvigPlan(routine, until, routine or (at >= infusion_time and high_risk), message)


# --- HBV reactivation -----------------------------------------------------------------------


def _baseline(labs: list[LabResult], infusion_time: datetime) -> LabResult | None:
    if not labs:
        return None
    before = [lab for lab in labs if lab.time <= infusion_time]
    return before[-1] if before else labs[0]


def hbv_reactivation(
    labs: Iterable[LabResult],
    infusion_time: datetime,
    at: datetime,
    detection_limit_iu_ml: float = HBV_DNA_DETECTION_LIMIT_IU_ML,
) -> Alert | None:
    """Seed 000 7.2.1: DNA ≥ 100 × baseline, DNA negative → positive, or HBsAg − → +."""
    labs = [lab for lab in current_records(labs) if lab.time <= at]
    dna = sorted((lab for lab in labs if lab.name == HBV_DNA_LAB), key=lambda lab: lab.time)
    sag = sorted((lab for lab in labs if lab.name == HBSAG_LAB), key=lambda lab: lab.time)
    reasons: list[Message] = []
    base = _baseline(dna, infusion_time)
    if base is not None:
        base_positive = base.value >= detection_limit_iu_ml
        for lab in dna:
            if lab.time <= base.time:
                continue
            when = lab.time.strftime("%Y-%m-%d")
            if base_positive and lab.value >= HBV_FOLD_RISE * base.value:
                reasons.append(
                    msg(
                        "hbv.reason.dna_100_fold",
                        value=float(lab.value),
                        baseline=float(base.value),
                        date=when,
                    )
                )
                break
            if not base_positive and lab.value >= detection_limit_iu_ml:
                reasons.append(
                    msg("hbv.reason.dna_negative_to_positive", value=float(lab.value), date=when)
                )
                break
    base_sag = _baseline(sag, infusion_time)
    if base_sag is not None and base_sag.value < 0.5:
        turned = next((lab for lab in sag if lab.time > base_sag.time and lab.value >= 0.5), None)
        if turned is not None:
            reasons.append(
                msg("hbv.reason.hbsag_negative_to_positive", date=turned.time.strftime("%Y-%m-%d"))
            )
    if not reasons:
        return None
    return Alert(
        "hbv_reactivation",
        msg("alert.hbv_reactivation", reasons=tuple(reasons)),
        Severity.WARNING,
        SOURCE_HBV,
    )


def hbv_risk_factors(
    patient: Patient,
    labs: Iterable[LabResult] = (),
    at: datetime | None = None,
    detection_limit_iu_ml: float = HBV_DNA_DETECTION_LIMIT_IU_ML,
) -> list[Message]:
    """Seed 000 7.2.3 higher-risk factors present: male, age ≥ 50, HBsAg+, HBeAg+, raised DNA."""
    labs = [lab for lab in current_records(labs) if at is None or lab.time <= at]
    out: list[Message] = []
    if (patient.sex or "").upper() == "M":
        out.append(msg("hbv.risk.male"))
    if patient.age_years >= HBV_RISK_AGE_YEARS:
        out.append(msg("hbv.risk.age_50"))
    latest_sag = max(
        (lab for lab in labs if lab.name == HBSAG_LAB), key=lambda lab: lab.time, default=None
    )
    if patient.has("hbsag_positive") or (latest_sag is not None and latest_sag.value >= 0.5):
        out.append(msg("hbv.risk.hbsag_positive"))
    if patient.has("hbeag_positive"):
        out.append(msg("hbv.risk.hbeag_positive"))
    latest_dna = max(
        (lab for lab in labs if lab.name == HBV_DNA_LAB), key=lambda lab: lab.time, default=None
    )
    if latest_dna is not None and latest_dna.value >= detection_limit_iu_ml:
        out.append(msg("hbv.risk.raised_dna", value=float(latest_dna.value)))
    return out
