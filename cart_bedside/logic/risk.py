"""Before infusion: high-risk group, eligibility checklist, Gust early predictors (§5).

- High-risk group (seed 000 6.1.1): any factor in
  :class:`~cart_bedside.logic.models.HighRiskFactors`, or age ≥ 70 years.
  High-risk patients get a re-assessment on D1–D2 after lymphodepletion
  (seed 000 6.1.3).
- Eligibility (seed 001 §一般要求): KPS ≥ 50 or ECOG ≤ 2; LVEF ≥ 50 %;
  ALT and AST < 3 × ULN; SpO2 ≥ 92 % on room air; no active infection; life
  expectancy > 12 weeks. A checklist of met / not met / unknown, never a
  verdict.
- Gust early predictors (seed 004 §2.1; Gust et al. 2017): within 36 h of
  infusion, fever ≥ 38.9 °C with IL-6 ≥ 16 pg/mL and MCP-1 ≥ 1343.5 pg/mL
  flags a high risk of grade ≥ 4 neurotoxicity.

Decisions:

- Age ≥ 70 is inclusive and uses the patient's age in years as entered.
- "KPS ≥ 50 or ECOG ≤ 2" is met if either known score meets it; not met only
  when no known score meets it and no score is missing (one failing score and
  one missing score is unknown).
- "ALT/AST < 3 × ULN" is one item: both must be known and strictly below
  3 × their ULN to be met; either at or above is not met.
- The bilirubin criterion of seed 001 ("总胆红素<0.2 g/L") is not in the
  spec and reads as a unit slip; it is left out of the checklist.
- Gust: each of the three must be measured within ``[infusion, infusion +
  36 h]`` (both ends inclusive) and at or before ``at``; the highest value
  of each in the window is used. Values before infusion never count.
- The re-assessment window is the two calendar days after the day
  lymphodepletion ended: ``[end date + 1 day 00:00, end date + 3 days 00:00)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Any

from .findings import Alert, Severity
from .messages import Message, msg
from .models import HighRiskFactors, LabResult, Patient, VitalSigns
from .shifts import Interval

HIGH_RISK_AGE_YEARS = 70
SOURCE_HIGH_RISK = "source.seed000.s6_1_1"
SOURCE_REASSESSMENT = "source.seed000.s6_1_3"
SOURCE_ELIGIBILITY = "source.seed001.eligibility"
SOURCE_GUST = "source.seed004.s2_1"

GUST_WINDOW = timedelta(hours=36)
GUST_FEVER_C = 38.9
GUST_IL6_PG_ML = 16.0
GUST_MCP1_PG_ML = 1343.5


class RiskGroup(StrEnum):
    """Seed 000 6.1.1: high-risk or standard-risk group."""

    HIGH = "high"
    STANDARD = "standard"


@dataclass(frozen=True)
class RiskAssessment:
    """The pre-infusion risk group with one reason per factor present (seed 000 6.1.1)."""

    group: RiskGroup
    reasons: list[Message]
    source: str = SOURCE_HIGH_RISK

    @property
    def is_high(self) -> bool:
        return self.group is RiskGroup.HIGH

    @property
    def label(self) -> Message:
        return msg(f"risk.group.{self.group.value}")

    @property
    def needs_reassessment(self) -> bool:
        """Seed 000 6.1.3: high-risk patients are re-assessed D1–D2 after lymphodepletion."""
        return self.is_high


def high_risk_group(patient: Patient) -> RiskAssessment:
    """High-risk group if any seed 000 6.1.1 factor is present or age ≥ 70; else standard."""
    return high_risk_group_from(patient.risk_factors, patient.age_years)


def high_risk_group_from(factors: HighRiskFactors, age_years: float | None) -> RiskAssessment:
    """As :func:`high_risk_group`, from the factors and the age (None: age unknown)."""
    reasons: list[Message] = []
    names = [f.name for f in fields(HighRiskFactors)]
    # seed 000 lists ECOG first, then age, then the tumour factors
    if factors.ecog_3_or_more:
        reasons.append(msg("risk.factor.ecog_3_or_more"))
    if age_years is not None and age_years >= HIGH_RISK_AGE_YEARS:
        reasons.append(msg("risk.factor.age_70", age=_age_text(age_years)))
    for name in names[1:]:
        if getattr(factors, name):
            reasons.append(msg(f"risk.factor.{name}"))
    group = RiskGroup.HIGH if reasons else RiskGroup.STANDARD
    return RiskAssessment(group, reasons)


def _age_text(age_years: float) -> str:
    return str(int(age_years)) if float(age_years).is_integer() else f"{age_years:.1f}"


def reassessment_window(lymphodepletion_end: datetime) -> Interval:
    """Seed 000 6.1.3: D1–D2 after lymphodepletion, as the two calendar days after it ended."""
    day1 = datetime.combine(
        lymphodepletion_end.date() + timedelta(days=1), time(0), tzinfo=lymphodepletion_end.tzinfo
    )
    return Interval(day1, day1 + timedelta(days=2))


# --- eligibility checklist ------------------------------------------------------------------


class ItemStatus(StrEnum):
    """One eligibility item: met, not met, or unknown (not recorded)."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class EligibilityInputs:
    """What the admission form knows; ``None`` = not recorded."""

    kps: float | None = None
    ecog: int | None = None
    lvef_percent: float | None = None
    alt_u_l: float | None = None
    alt_uln_u_l: float | None = None
    ast_u_l: float | None = None
    ast_uln_u_l: float | None = None
    spo2_room_air: float | None = None
    active_infection: bool | None = None
    life_expectancy_weeks: float | None = None


@dataclass(frozen=True)
class ChecklistItem:
    code: str  # catalogue code of the criterion, e.g. "eligibility.lvef"
    status: ItemStatus
    observed: Message | None = None
    source: str = SOURCE_ELIGIBILITY

    @property
    def label(self) -> Message:
        return msg(self.code)

    @property
    def status_label(self) -> Message:
        return msg(f"eligibility.status.{self.status.value}")


def _status(value: float | bool | None, ok: Callable[[Any], bool]) -> ItemStatus:
    if value is None:
        return ItemStatus.UNKNOWN
    return ItemStatus.MET if ok(value) else ItemStatus.NOT_MET


def eligibility_checklist(inputs: EligibilityInputs) -> list[ChecklistItem]:
    """Seed 001 general requirements as a checklist (met / not met / unknown), in order.

    Never a verdict: the UI shows the items and the physician decides.
    """
    i = inputs
    items: list[ChecklistItem] = []

    kps_ok = None if i.kps is None else i.kps >= 50
    ecog_ok = None if i.ecog is None else i.ecog <= 2
    if kps_ok or ecog_ok:
        perf = ItemStatus.MET
    elif kps_ok is None or ecog_ok is None:
        perf = ItemStatus.UNKNOWN
    else:
        perf = ItemStatus.NOT_MET
    items.append(
        ChecklistItem(
            "eligibility.performance",
            perf,
            msg("eligibility.observed.performance", kps=_show(i.kps), ecog=_show(i.ecog)),
        )
    )

    items.append(
        ChecklistItem(
            "eligibility.lvef",
            _status(i.lvef_percent, lambda v: v >= 50),
            _observed("eligibility.observed.lvef", lvef=i.lvef_percent),
        )
    )

    liver = []
    for value, uln in ((i.alt_u_l, i.alt_uln_u_l), (i.ast_u_l, i.ast_uln_u_l)):
        liver.append(None if value is None or uln is None else value < 3 * uln)
    if any(ok is False for ok in liver):
        liver_status = ItemStatus.NOT_MET
    elif all(ok is True for ok in liver):
        liver_status = ItemStatus.MET
    else:
        liver_status = ItemStatus.UNKNOWN
    items.append(
        ChecklistItem(
            "eligibility.liver",
            liver_status,
            msg(
                "eligibility.observed.liver",
                alt=_show(i.alt_u_l),
                alt_uln=_show(i.alt_uln_u_l),
                ast=_show(i.ast_u_l),
                ast_uln=_show(i.ast_uln_u_l),
            ),
        )
    )

    items.append(
        ChecklistItem(
            "eligibility.spo2",
            _status(i.spo2_room_air, lambda v: v >= 92),
            _observed("eligibility.observed.spo2", spo2=i.spo2_room_air),
        )
    )
    items.append(
        ChecklistItem(
            "eligibility.no_active_infection", _status(i.active_infection, lambda v: not v)
        )
    )
    items.append(
        ChecklistItem(
            "eligibility.life_expectancy",
            _status(i.life_expectancy_weeks, lambda v: v > 12),
            _observed("eligibility.observed.life_expectancy", weeks=i.life_expectancy_weeks),
        )
    )
    return items


def _show(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _observed(code: str, **params: float | None) -> Message | None:
    if any(v is None for v in params.values()):
        return None
    return msg(code, **{k: _show(v) for k, v in params.items()})


# --- Gust early predictors ------------------------------------------------------------------


@dataclass(frozen=True)
class GustResult:
    """The three Gust predictors within 36 h of infusion (seed 004 §2.1)."""

    flagged: bool
    max_temp_c: float | None
    max_il6_pg_ml: float | None
    max_mcp1_pg_ml: float | None
    window: Interval
    reasons: tuple[Message, ...]
    alert: Alert | None

    @property
    def fever_met(self) -> bool:
        return self.max_temp_c is not None and self.max_temp_c >= GUST_FEVER_C

    @property
    def il6_met(self) -> bool:
        return self.max_il6_pg_ml is not None and self.max_il6_pg_ml >= GUST_IL6_PG_ML

    @property
    def mcp1_met(self) -> bool:
        return self.max_mcp1_pg_ml is not None and self.max_mcp1_pg_ml >= GUST_MCP1_PG_ML


def gust_predictors(
    vitals: Iterable[VitalSigns], labs: Iterable[LabResult], infusion_time: datetime, at: datetime
) -> GustResult:
    """Seed 004 §2.1 (Gust): fever ≥ 38.9 °C, IL-6 ≥ 16 pg/mL and MCP-1 ≥ 1343.5 pg/mL, all
    three measured within 36 h after infusion → alert ``severe_neurotoxicity_risk``."""
    window = Interval(infusion_time, infusion_time + GUST_WINDOW)
    stop = min(window.end, at)

    def inside(t: datetime) -> bool:
        return infusion_time <= t <= stop

    temps = [v.temp_c for v in vitals if v.temp_c is not None and inside(v.time)]
    labs = list(labs)
    il6 = [lab.value for lab in labs if lab.name == "il6" and inside(lab.time)]
    mcp1 = [lab.value for lab in labs if lab.name == "mcp1" and inside(lab.time)]
    max_t = max(temps) if temps else None
    max_il6 = max(il6) if il6 else None
    max_mcp1 = max(mcp1) if mcp1 else None
    reasons: list[Message] = []
    if max_t is not None and max_t >= GUST_FEVER_C:
        reasons.append(msg("risk.gust.fever", temp_c=float(max_t)))
    if max_il6 is not None and max_il6 >= GUST_IL6_PG_ML:
        reasons.append(msg("risk.gust.il6", value=float(max_il6)))
    if max_mcp1 is not None and max_mcp1 >= GUST_MCP1_PG_ML:
        reasons.append(msg("risk.gust.mcp1", value=float(max_mcp1)))
    flagged = len(reasons) == 3
    alert = None
    if flagged:
        alert = Alert(
            "severe_neurotoxicity_risk",
            msg("alert.severe_neurotoxicity_risk", reasons=tuple(reasons)),
            Severity.CRITICAL,
            SOURCE_GUST,
        )
    return GustResult(flagged, max_t, max_il6, max_mcp1, window, tuple(reasons), alert)
