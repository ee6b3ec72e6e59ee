"""Acute alerts from the CRS and ICANS timelines (clinical-rules §2.1, §2.2, §2.4, §3.4, §4).

Each function returns the alerts it raises; :func:`acute_alerts` gathers them.
Codes are the stable ones of assess-contract.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from . import drugs
from .crs import CrsPoint, CrsTimeline, has_fever, minute_of, sbp_threshold
from .dosing import DosingContext, paediatric_lines_for
from .findings import Alert, Level, Severity, Worse, Worsening
from .icans import IcansTimeline
from .messages import Message, msg, term
from .models import LabResult, MedicationDose, O2Device, Patient
from .sources import is_myeloma
from .tocilizumab import Ledger
from .tocilizumab_alerts import tocilizumab_alerts, tocilizumab_icans

FERRITIN_HLH_UG_L = 10_000.0
HLH_REASSESS_AFTER = timedelta(hours=12)
LATE_CRS_AFTER_DAY = 21
SPO2_HYPOXIA = 90.0
CRP_LOOKBACK = timedelta(hours=72)


def crs_suspicion(
    point: CrsPoint | None,
    age_years: float,
    day: int,
    labs: Sequence[LabResult],
    at: datetime,
    episode_start: datetime | None = None,
) -> list[Alert]:
    """§2.1: fever ≥ 38.0 °C, SBP below the age threshold, SpO2 < 90 %, or a CRS grade.

    After D+21 the alert still fires and adds "late CRS possible". Fever with a
    rising CRP suggests blood culture / NGS (seed 000 5.1.3.1). Once acknowledged,
    these come back when the CRS grade rises or a new CRS episode (``episode_start``,
    the start of the one going on) begins.
    """
    if point is None or point.before_infusion:
        return []
    v = point.record
    signs = []
    if has_fever(v.temp_c):
        signs.append(msg("sign.fever", temp_c=v.temp_c))
    if v.sbp is not None and v.sbp < sbp_threshold(age_years):
        signs.append(msg("sign.low_sbp", sbp=v.sbp))
    if v.spo2 is not None and v.spo2 < SPO2_HYPOXIA:
        signs.append(msg("sign.low_spo2", spo2=v.spo2))
    if not signs and point.grade == 0:
        return []
    if not signs:
        signs.append(msg("sign.crs_grade", grade=point.grade))
    episode = None if episode_start is None else episode_start.isoformat()
    worse = Worsening((Level("crs_grade", point.grade),), episode)
    out = [
        Alert(
            "crs_suspected",
            msg("alert.crs_suspected", signs=tuple(signs)),
            Severity.WARNING,
            "source.seed001.table3",
            worse,
        )
    ]
    if day > LATE_CRS_AFTER_DAY:
        out.append(
            Alert(
                "late_crs_possible",
                msg("alert.late_crs_possible", day=day),
                Severity.WARNING,
                "source.seed001.table3",
                worse,
            )
        )
    if has_fever(v.temp_c) and _crp_rising(labs, at):
        out.append(
            Alert(
                "infection_workup_suggested",
                msg("alert.infection_workup_suggested"),
                Severity.WARNING,
                "source.seed000.table1",
                Worsening((), episode),
            )
        )
    return out


def _crp_rising(labs: Sequence[LabResult], at: datetime) -> bool:
    crp = sorted(
        (lab for lab in labs if lab.name == "crp" and at - CRP_LOOKBACK <= lab.time <= at),
        key=lambda lab: lab.time,
    )
    return len(crp) >= 2 and crp[-1].value > crp[-2].value


def unexplained_signs(point: CrsPoint | None) -> list[Alert]:
    """Hypotension/hypoxia without fever, and SpO2 < 90 % on room air (§2.2)."""
    if point is None or point.before_infusion:
        return []
    out = []
    if point.unexplained_hypotension_or_hypoxia:
        out.append(
            Alert(
                "hypotension_or_hypoxia_without_fever",
                msg("alert.hypotension_or_hypoxia_without_fever"),
                Severity.WARNING,
                "source.astct2019",
                Worsening(
                    (
                        Level("hypotension_grade", point.hypotension.grade),
                        Level("hypoxia_grade", point.hypoxia.grade),
                    )
                ),
            )
        )
    v = point.record
    if v.o2_device is O2Device.ROOM_AIR and v.spo2 is not None and v.spo2 < SPO2_HYPOXIA:
        out.append(
            Alert(
                "hypoxia_on_room_air",
                msg("alert.hypoxia_on_room_air", spo2=v.spo2),
                Severity.CRITICAL,
                "source.astct2019",
                Worsening((Level("spo2", v.spo2, Worse.LOWER),)),
            )
        )
    return out


def hlh_mas(
    crs: CrsTimeline, doses: Sequence[MedicationDose], labs: Sequence[LabResult], at: datetime
) -> list[Alert]:
    """§4 HLH/MAS suspected: latest ferritin > 10 000 µg/L, or no improvement 12 h
    after first-line CRS therapy in the ongoing episode (seed 001; seed 002; seed 004).

    No improvement (revised §4): once 12 h have passed since the episode's
    first tocilizumab or corticosteroid dose, no vital-sign record in those
    12 h showed a CRS grade below the grade just before the dose. Improvement
    within the 12 h counts even if the grade rises again later (a new
    escalation, not "no improvement"). A dose at the minute of a record comes
    after that record (§2.2), so that record is "just before" the dose.

    Once acknowledged it comes back when the ferritin rises further, the
    no-improvement reason appears, or the CRS grade rises.
    """
    reasons = []
    ferritin_level = 0.0
    no_improvement = False
    ferritin = [lab for lab in labs if lab.name == "ferritin" and lab.time <= at]
    if ferritin:
        latest = max(ferritin, key=lambda lab: lab.time)
        if latest.value > FERRITIN_HLH_UG_L:
            reasons.append(msg("hlh.reason.ferritin", value=latest.value))
            ferritin_level = float(latest.value)
    episode = _current_episode(crs)
    if episode:
        start = minute_of(episode[0].time)
        first_line = sorted(
            (
                d
                for d in doses
                if drugs.normalise(d.drug) in drugs.FIRST_LINE_CRS and start <= d.time <= at
            ),
            key=lambda d: d.time,
        )
        if first_line and at >= first_line[0].time + HLH_REASSESS_AFTER:
            dose = first_line[0]
            dose_minute = minute_of(dose.time)
            before = [p for p in episode if minute_of(p.time) <= dose_minute]
            grade_before = before[-1].grade if before else 0
            window_end = dose.time + HLH_REASSESS_AFTER
            within = [
                p for p in episode if minute_of(p.time) > dose_minute and p.time <= window_end
            ]
            improved = any(p.grade < grade_before for p in within)
            if grade_before >= 1 and not improved:
                no_improvement = True
                reasons.append(
                    msg(
                        "hlh.reason.no_improvement",
                        drug=term(f"drug.{drugs.normalise(dose.drug)}"),
                        grade_before=grade_before,
                        grade_after=crs.grade,
                    )
                )
    if not reasons:
        return []
    return [
        Alert(
            "hlh_mas_suspected",
            msg("alert.hlh_mas_suspected", reasons=tuple(reasons)),
            Severity.CRITICAL,
            "source.seed000.table3",
            Worsening(
                (
                    Level("ferritin_ug_l", ferritin_level),
                    Level("hlh_no_improvement", float(no_improvement)),
                    Level("crs_grade", crs.grade),
                )
            ),
        )
    ]


def _episode_start(crs: CrsTimeline) -> datetime | None:
    """When the CRS episode going on at the latest record started (None if none)."""
    episode = _current_episode(crs)
    return episode[0].time if episode else None


def _current_episode(crs: CrsTimeline) -> list[CrsPoint]:
    """The points of the CRS episode still going on at the latest record (empty if none)."""
    run: list[CrsPoint] = []
    for p in reversed(crs.points):
        if not p.in_episode:
            break
        run.append(p)
    return run[::-1]


def icu_parts(
    crs_grade: int, icans_grade: int, myeloma: bool = True, protocol_id: str = "tci-1203-2025"
) -> list[tuple[Message, str]]:
    """Why ICU, each in its source's words and strength (revised §4), with the source.

    CRS 3: seed 000 Table 1 "必要时" (if needed); CRS 4: "入住 ICU 并予高级生命支持".
    ICANS 3–4: seed 001 Table 5 "建议" (advised; mechanical ventilation advised at 4)
    for myeloma; otherwise seed 000 Table 2 ("必要时" at 3, ICU monitoring at 4), or
    seed 004 §2.4 ("应在 ICU 管理") under the review's or the neuro-autoimmune protocol.
    ICANS 2 with CRS ≥ 2: seed 001 "考虑" (consider) for myeloma; otherwise seed 000
    Table 2's MDT point "assess whether ICU care is needed".
    """
    parts: list[tuple[Message, str]] = []
    if crs_grade >= 3:
        if protocol_id == "review-astct":
            parts.append((msg("icu.crs.review", crs=crs_grade), "source.seed004.table2"))
        else:
            parts.append((msg(f"icu.crs{crs_grade}.tci"), "source.seed000.table1"))
    if icans_grade >= 3:
        if myeloma:
            parts.append((msg(f"icu.icans{icans_grade}.mm"), "source.seed001.table5"))
        elif protocol_id in ("review-astct", "nad-2025"):
            parts.append((msg("icu.icans.review", icans=icans_grade), "source.seed004.s2_4"))
        else:
            parts.append((msg(f"icu.icans{icans_grade}.tci"), "source.seed000.table2"))
    elif icans_grade == 2 and crs_grade >= 2:
        if myeloma:
            parts.append((msg("icu.icans2_crs2.mm", crs=crs_grade), "source.seed001.table5"))
        else:
            parts.append((msg("icu.icans2_crs2.tci", crs=crs_grade), "source.seed000.table2"))
    return parts


def icu_transfer(
    crs_grade: int, icans_grade: int, myeloma: bool = True, protocol_id: str = "tci-1203-2025"
) -> list[Alert]:
    """§4: CRS ≥ 3, or ICANS ≥ 3, or ICANS ≥ 2 with CRS ≥ 2, worded at the source's strength.

    The code stays ``icu_transfer_suggested``; the alert cites the first reason's source.
    """
    parts = icu_parts(crs_grade, icans_grade, myeloma, protocol_id)
    if not parts:
        return []
    reasons = (
        parts[0][0] if len(parts) == 1 else msg("icu.two", first=parts[0][0], second=parts[1][0])
    )
    return [
        Alert(
            "icu_transfer_suggested",
            msg("alert.icu_transfer_suggested", crs=crs_grade, icans=icans_grade, reasons=reasons),
            Severity.CRITICAL,
            parts[0][1],
            Worsening((Level("crs_grade", crs_grade), Level("icans_grade", icans_grade))),
        )
    ]


def seizure_prophylaxis(
    patient: Patient, myeloma: bool = True, dosing: DosingContext | None = None
) -> list[Alert]:
    """§3.4: prior CNS disease → levetiracetam 750 mg every 12 h (seed 001).

    Without myeloma the reminder cites seed 004 §2.4, which says the same at its
    own strength ("antiepileptics as appropriate", no dose). For a child (§9)
    the adult 750 mg is marked and followed by the ward's paediatric line; a
    child's reminder without a dose still carries that line.
    """
    if not patient.prior_cns_disease:
        return []
    if myeloma:
        message = msg("alert.seizure_prophylaxis")
        source = "source.seed001.levetiracetam"
        if dosing is not None and dosing.child:
            message = msg(
                "dosing.adult_dose_alert",
                line=message,
                paediatric=paediatric_lines_for(("levetiracetam",), dosing),
            )
    else:
        message = msg("alert.seizure_prophylaxis.review")
        source = "source.seed004.s2_4"
        if dosing is not None and dosing.child:
            message = msg(
                "alert.seizure_prophylaxis.child",
                line=message,
                text=dosing.paediatric_text("levetiracetam"),
            )
    return [Alert("seizure_prophylaxis", message, Severity.INFO, source)]


def acute_alerts(
    patient: Patient,
    crs: CrsTimeline,
    icans: IcansTimeline,
    ledger: Ledger,
    doses: Sequence[MedicationDose],
    labs: Sequence[LabResult],
    at: datetime,
    day: int,
    suggests_tocilizumab: bool,
    protocol_id: str = "tci-1203-2025",
    dosing: DosingContext | None = None,
) -> list[Alert]:
    """All acute alerts at ``at``, most urgent first.

    ``protocol_id`` and the patient's diagnosis decide which guideline an alert
    cites (:mod:`cart_bedside.logic.sources`); ``dosing`` marks a child's adult doses.
    """
    myeloma = is_myeloma(protocol_id, patient.diagnosis)
    alerts = [
        *crs_suspicion(crs.current, patient.age_years, day, labs, at, _episode_start(crs)),
        *unexplained_signs(crs.current),
        *hlh_mas(crs, doses, labs, at),
        *icu_transfer(crs.grade, icans.grade, myeloma, protocol_id),
        *tocilizumab_alerts(ledger, doses),
        *tocilizumab_icans(icans.grade, suggests_tocilizumab),
        *seizure_prophylaxis(patient, myeloma, dosing),
    ]
    return alerts
