"""IgG/IVIG and HBV follow-up as the Labs tab shows it (clinical-rules §7).

Builds on :mod:`.immunology` (the IgG bands, the seed 000 7.1 IVIG plan, the
HBV higher-risk factors) and the monitoring schedule's monthly IgG tasks.

Decisions:

- **IVIG.** Three lines: the latest IgG and what it suggests
  (:func:`.immunology.ivig_assessment`, with the patient's protocol and the
  ``active_infection`` condition); the seed 000 7.1 plan
  (:func:`.immunology.ivig_plan`); the next monthly IgG check (the first
  monthly ``igg`` task not done; seed 001: monthly for 3 months). The app
  records no B-cell count, so the plan runs to 6 months unless the
  physician judges the B cells recovered; the line says so.
  "Severe, persistent or recurrent infection" is not recorded either: only
  IgG ≤ 4 g/L continues IVIG past the routine period here.
- **HBV at risk** (seed 000 7.2.1: HBsAg positive, or HBsAg negative with
  anti-HBc positive, can reactivate): the admission's HBV status
  ``hbsag_positive`` or ``hbsag_negative_anti_hbc_positive``, the condition
  ``hbsag_positive``, a positive HBsAg result or an HBV DNA at or above the
  detection limit. An at-risk patient gets the higher-risk factors
  (7.2.3), the monitoring (Table 4: HBV serology, HBV DNA, liver function;
  7.2.2: mostly within 6 months of infusion) and the nucleos(t)ide analogue
  line (Table 4: until 1 year after B-cell recovery), which says whether one
  was recorded in the last 7 days. A negative status gets one line; an
  unknown status asks for the serology (seed 000 5.1.3.1) and lists the
  factors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .fluids import current_records
from .followup_line import Flag, FollowUpLine
from .immunology import (
    HBSAG_LAB,
    HBV_DNA_DETECTION_LIMIT_IU_ML,
    HBV_DNA_LAB,
    IGG_LAB,
    SOURCE_HBV,
    SOURCE_IGG,
    hbv_risk_factors,
    ivig_assessment,
    ivig_plan,
)
from .infection import drug_term
from .messages import msg
from .models import LabResult, MedicationDose, Patient
from .observations import NotDone
from .prophylaxis_status import RECORDED_WITHIN
from .schedule_settings import MonitoringSettings, add_months
from .study_tasks import study_tasks
from .task_matching import Records, Task, TaskKind, TaskStatus, records_of

SOURCE_HBV_TABLE4 = "source.seed000.table4"
SOURCE_HBV_TESTS = "source.seed000.s5_1_3_1"
HBV_AT_RISK_STATUSES = ("hbsag_positive", "hbsag_negative_anti_hbc_positive")
HBV_EARLY_MONTHS = 6  # seed 000 7.2.2: reactivation mostly within 6 months of infusion

#: Nucleos(t)ide analogues (seed 000 Table 4), generic names as ``drugs.normalise`` gives them.
NUCLEOSIDE_ANALOGUES = frozenset(
    {"entecavir", "tenofovir", "tenofovir_alafenamide", "lamivudine", "adefovir", "telbivudine"}
)
_NA_SYNONYMS = {
    "恩替卡韦": "entecavir",
    "替诺福韦": "tenofovir",
    "富马酸替诺福韦二吡呋酯": "tenofovir",
    "tenofovir_disoproxil": "tenofovir",
    "丙酚替诺福韦": "tenofovir_alafenamide",
    "拉米夫定": "lamivudine",
    "阿德福韦": "adefovir",
    "阿德福韦酯": "adefovir",
    "替比夫定": "telbivudine",
}


@dataclass(frozen=True)
class ImmunologyFollowUp:
    """The Labs tab's follow-up: IgG/IVIG lines and HBV lines."""

    ivig: tuple[FollowUpLine, ...]
    hbv: tuple[FollowUpLine, ...]


def _date(value: datetime) -> str:
    return value.strftime("%Y-%m-%d")


def _latest(labs: list[LabResult], name: str) -> LabResult | None:
    found = [lab for lab in labs if lab.name == name]
    return max(found, key=lambda lab: lab.time) if found else None


def monthly_igg_tasks(
    infusion_time: datetime,
    labs: Iterable[LabResult],
    now: datetime,
    not_done: Iterable[NotDone] = (),
    monitoring: MonitoringSettings | None = None,
) -> list[Task]:
    """The monitoring schedule's monthly immunoglobulin tasks (seed 001: monthly for 3
    months), each done by an IgG result in its window — laid out by the schedule's own
    study-task rule, without the bedside series the whole schedule also lays out."""
    monitoring = monitoring or MonitoringSettings()
    igg = records_of(
        (lab for lab in current_records(labs) if lab.name == IGG_LAB),
        now,
        (nd for nd in not_done if nd.kind == TaskKind.IGG),
    )
    end = add_months(infusion_time, monitoring.monthly_until_month) + timedelta(days=1)
    tasks = study_tasks(
        infusion_time,
        lambda kind: igg if kind == TaskKind.IGG else Records([], []),
        now,
        end,
        monitoring,
        None,
        None,
        False,
    )
    return [t for t in tasks if t.kind == TaskKind.IGG]


def next_igg_check(igg_tasks: Sequence[Task], at: datetime) -> FollowUpLine:
    """The first monthly IgG check not done (seed 001: IgG monthly for 3 months)."""
    tasks = sorted((t for t in igg_tasks if t.kind == TaskKind.IGG), key=lambda t: t.due_at)
    if not tasks:
        return FollowUpLine("ivig_igg_check", Flag.ENDED, msg("ivig.check.none"), (), SOURCE_IGG)
    for month, task in enumerate(tasks, start=1):
        status = task.status_at(at)
        if status in (TaskStatus.DONE, TaskStatus.NOT_DONE):
            continue
        due = _date(task.due_at)
        if status is TaskStatus.OVERDUE:
            flag, title = Flag.DUE, msg("ivig.check.overdue", month=month, date=due)
        elif task.window_start <= at:
            flag, title = Flag.DUE, msg("ivig.check.due_now", month=month, date=due)
        else:
            flag, title = Flag.INFO, msg("ivig.check.next", month=month, date=due)
        return FollowUpLine("ivig_igg_check", flag, title, (), SOURCE_IGG)
    return FollowUpLine(
        "ivig_igg_check", Flag.OK, msg("ivig.check.all_done", months=len(tasks)), (), SOURCE_IGG
    )


def ivig_followup(
    patient: Patient,
    infusion_time: datetime,
    at: datetime,
    labs: Iterable[LabResult],
    protocol_id: str = "tci-1203-2025",
    not_done: Iterable[NotDone] = (),
) -> tuple[FollowUpLine, ...]:
    """The latest IgG and what it suggests, the seed 000 7.1 IVIG plan, the next IgG check."""
    labs = list(labs)
    igg_tasks = monthly_igg_tasks(infusion_time, labs, at, not_done)
    a = ivig_assessment(labs, at, patient.has("active_infection"), protocol_id)
    if a.alerts:
        alert = a.alerts[0]
        igg = FollowUpLine("ivig_igg", Flag.WARNING, alert.message, (), alert.source or SOURCE_IGG)
    else:
        flag = Flag.INFO if a.igg_g_l is None else Flag.OK  # the monthly check says when
        igg = FollowUpLine("ivig_igg", flag, a.reasons[0], (), SOURCE_IGG)
    plan = ivig_plan(infusion_time, at, latest_igg_g_l=a.igg_g_l)
    flag = Flag.INFO if plan.continue_monthly else Flag.ENDED
    details = (msg("ivig.b_cells_not_recorded"),) if plan.routine_active else ()
    return (
        igg,
        FollowUpLine("ivig_plan", flag, plan.message, details, plan.source),
        next_igg_check(igg_tasks, at),
    )


def normalise_analogue(name: str) -> str:
    """The generic name of a nucleos(t)ide analogue (Chinese and brand-free spellings)."""
    key = name.strip().lower().replace(" ", "_")
    return _NA_SYNONYMS.get(name.strip(), _NA_SYNONYMS.get(key, key))


def hbv_at_risk(patient: Patient, labs: Iterable[LabResult], at: datetime) -> bool:
    """Seed 000 7.2.1: HBsAg positive, past infection (anti-HBc+), or HBV DNA detected."""
    current = [lab for lab in current_records(labs) if lab.time <= at]
    sag, dna = _latest(current, HBSAG_LAB), _latest(current, HBV_DNA_LAB)
    return (
        patient.hbv_status in HBV_AT_RISK_STATUSES
        or patient.has("hbsag_positive")
        or (sag is not None and sag.value >= 0.5)
        or (dna is not None and dna.value >= HBV_DNA_DETECTION_LIMIT_IU_ML)
    )


def _status_line(patient: Patient, at_risk: bool) -> FollowUpLine:
    status = patient.hbv_status
    if status == "hbsag_positive" or patient.has("hbsag_positive"):
        code, flag = "hbv.status.hbsag_positive", Flag.WARNING
    elif status == "hbsag_negative_anti_hbc_positive":
        code, flag = "hbv.status.past_infection", Flag.WARNING
    elif at_risk:
        code, flag = "hbv.status.positive_result", Flag.WARNING
    elif status == "negative":
        code, flag = "hbv.status.negative", Flag.OK
    else:
        return FollowUpLine("hbv_status", Flag.DUE, msg("hbv.status.unknown"), (), SOURCE_HBV_TESTS)
    return FollowUpLine("hbv_status", flag, msg(code), (), SOURCE_HBV)


def hbv_followup(
    patient: Patient,
    infusion_time: datetime,
    at: datetime,
    labs: Iterable[LabResult],
    doses: Iterable[MedicationDose] = (),
) -> tuple[FollowUpLine, ...]:
    """HBV status, higher-risk factors, monitoring and antiviral (seed 000 7.2, Table 4)."""
    labs = [lab for lab in current_records(labs) if lab.time <= at]
    at_risk = hbv_at_risk(patient, labs, at)
    status = _status_line(patient, at_risk)
    if status.flag is Flag.OK:
        return (status,)
    factors = hbv_risk_factors(patient, labs, at)
    risk = FollowUpLine(
        "hbv_risk",
        Flag.INFO,
        msg("hbv.risk.present", factors=tuple(factors)) if factors else msg("hbv.risk.none"),
        (),
        SOURCE_HBV,
    )
    if not at_risk:
        return (status, risk)
    dna = _latest(labs, HBV_DNA_LAB)
    latest = (
        msg("hbv.latest_dna", value=float(dna.value), date=_date(dna.time))
        if dna is not None
        else msg("hbv.no_dna")
    )
    monitoring = FollowUpLine(
        "hbv_monitoring",
        Flag.DUE if dna is None else Flag.INFO,
        msg("hbv.monitoring", until=_date(add_months(infusion_time, HBV_EARLY_MONTHS))),
        (latest,),
        SOURCE_HBV_TABLE4,
    )
    recent = [
        d
        for d in doses
        if at - RECORDED_WITHIN <= d.time <= at
        and normalise_analogue(d.drug) in NUCLEOSIDE_ANALOGUES
    ]
    given = max(recent, key=lambda d: d.time) if recent else None
    state = (
        msg(
            "prophylaxis.state.recorded",
            drug=drug_term(normalise_analogue(given.drug)),
            time=given.time.strftime("%m-%d %H:%M"),
        )
        if given is not None
        else msg("prophylaxis.state.not_recorded", days=RECORDED_WITHIN.days)
    )
    antiviral = FollowUpLine(
        "hbv_antiviral",
        Flag.OK if given is not None else Flag.DUE,
        msg("hbv.antiviral"),
        (state,),
        SOURCE_HBV_TABLE4,
    )
    return (status, risk, monitoring, antiviral)
