"""HLH/MAS: the management table and the confirmation checklist (clinical-rules §4).

When ``hlh_mas_suspected`` is raised (:func:`cart_bedside.logic.alerts.hlh_mas`)
the physician and the nurse open :func:`hlh_table`: seed 000 Table 3's
HLH/MAS lines with seed 004 §1.3's etoposide and natural-course lines
(:data:`~cart_bedside.logic.protocols.HLH_MAS_STEP`), each with its sources,
and Neelapu 2018's confirmation checklist (seed 002 §早期不良反应 3 lists the
same criteria): peak ferritin > 10 000 µg/L plus two of a grade ≥ 3 rise of
bilirubin, AST or ALT; grade ≥ 3 oliguria or creatinine rise; grade ≥ 3
pulmonary oedema; haemophagocytosis.

The checklist is shown item by item, never as a verdict. The app judges
from recorded labs only; the rest is the physician's:

- **Ferritin**: the highest ferritin from the infusion (the whole look-back
  before it) up to ``at``: > 10 000 µg/L is met (exactly 10 000 is not, as
  for the alert).
- **Liver** (CTCAE v4.03 grade 3, the grading Neelapu 2018 uses): total
  bilirubin > 3 × ULN, or AST or ALT > 5 × ULN, on any value in that window.
  Met if one is; not met if at least one of the three is recorded and none
  is (the detail names the ones not recorded); not recorded if none is.
- **Kidney**: creatinine > 3 × ULN, or > 3 × the baseline (the last
  creatinine at or before the infusion): CTCAE v4.03 grade 3. Oliguria is
  not judged by the app (a shift without urine charted would look like
  oliguria): "not met" says "by creatinine; oliguria: physician".
- **Pulmonary oedema** (imaging) and **haemophagocytosis** (marrow or
  tissue): the physician's.

The upper limits of normal are the caller's :class:`LabLimits`: the ward
laboratory's (a ward setting, ``lab_uln``) or the app's defaults
(:data:`DEFAULT_LIMITS`, from :data:`ADULT_ULN`); by sex, the men's when the sex
is not recorded. They are printed with the items, saying whose they are, so the
physician sees what was compared (docs/clinical-decisions.md H-01).
For a patient under :data:`ADULT_FROM_YEARS` no adult limit is applied: the
liver item shows the highest values for the physician to judge, and the
kidney item is met only by creatinine > 3 × baseline (else the physician's).
Standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .alerts import FERRITIN_HLH_UG_L
from .dosing import DosingContext, line_messages
from .fluids import current_records
from .messages import Message, msg, term
from .models import LabResult
from .protocols import HLH_MAS_STEP

#: CTCAE v4.03 grade 3 thresholds, × the upper limit of normal (or × baseline).
BILIRUBIN_X_ULN = 3.0
TRANSAMINASE_X_ULN = 5.0
CREATININE_X_ULN = 3.0
CREATININE_X_BASELINE = 3.0
#: Neelapu 2018: ferritin plus at least this many of the four organ criteria.
ORGAN_CRITERIA_NEEDED = 2
#: Adult reference limits apply from this age (years); below it the app compares none.
ADULT_FROM_YEARS = 18.0


@dataclass(frozen=True)
class UpperLimits:
    """Upper limits of normal: ALT and AST in U/L, bilirubin and creatinine in µmol/L."""

    alt: float
    ast: float
    bilirubin: float
    creatinine: float


#: Adult upper limits of normal the app uses, by sex ("M", "F"); the male ones when the
#: sex is not recorded (clinical-decisions H-01: ALT/AST WS/T 404.1, creatinine
#: WS/T 404.4 enzymatic 20–59 y, total bilirubin the Chinese multi-centre study).
ADULT_ULN: dict[str, UpperLimits] = {
    "M": UpperLimits(alt=50.0, ast=40.0, bilirubin=26.0, creatinine=97.0),
    "F": UpperLimits(alt=40.0, ast=35.0, bilirubin=21.0, creatinine=73.0),
}


@dataclass(frozen=True)
class LabLimits:
    """Adult upper limits of normal for men and for women, and whose they are: the ward
    laboratory's (``ward``, a ward setting) or the app's defaults (:data:`DEFAULT_LIMITS`)."""

    men: UpperLimits
    women: UpperLimits
    ward: bool = False

    def for_sex(self, sex: str | None) -> UpperLimits:
        """The women's for "F"; the men's otherwise (also when the sex is not recorded)."""
        return self.women if sex == "F" else self.men


#: Whose limits the limits line names, by the patient's recorded sex.
_SEX_WORDS = {"M": "men", "F": "women"}
#: The app's defaults, used until the ward sets its laboratory's limits.
DEFAULT_LIMITS = LabLimits(ADULT_ULN["M"], ADULT_ULN["F"])


def upper_limits(
    sex: str | None, age_years: float | None = None, limits: LabLimits = DEFAULT_LIMITS
) -> UpperLimits | None:
    """The limits for a patient's sex (the male ones when it is not recorded); None for a
    patient under :data:`ADULT_FROM_YEARS` (adult limits do not apply)."""
    if age_years is not None and age_years < ADULT_FROM_YEARS:
        return None
    return limits.for_sex(sex)


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_RECORDED = "not_recorded"
    PHYSICIAN = "physician"  # not judged by the app: the physician's call


@dataclass(frozen=True)
class CheckItem:
    """One criterion of the checklist, with what the app compared (``detail``)."""

    code: str  # ferritin, liver, kidney, lung, haemophagocytosis
    status: Status
    detail: Message  # what the app compared, or why it did not

    @property
    def label(self) -> Message:
        return term(f"hlh.check.{self.code}")

    @property
    def status_label(self) -> Message:
        return term(f"hlh.status.{self.status.value}")


@dataclass(frozen=True)
class HlhChecklist:
    """Neelapu 2018's confirmation criteria, as far as the recorded labs show them."""

    items: tuple[CheckItem, ...]
    limits: UpperLimits | None  # None: a child, no adult limit applied
    ward_limits: bool = False  # the limits are the ward laboratory's (else the app's)
    sex: str | None = None  # whose limits: "M", "F", None (not recorded: the men's)

    @property
    def organ_items(self) -> tuple[CheckItem, ...]:
        return self.items[1:]

    @property
    def organ_met(self) -> int:
        return sum(1 for i in self.organ_items if i.status is Status.MET)

    @property
    def summary(self) -> Message:
        """ "Ferritin: met; organ criteria met from labs 1 of 4 (2 needed) …"."""
        return msg(
            "hlh.checklist.summary",
            ferritin=self.items[0].status_label,
            met=self.organ_met,
            needed=ORGAN_CRITERIA_NEEDED,
        )

    @property
    def limits_line(self) -> Message:
        u = self.limits
        if u is None:
            return term("hlh.checklist.limits_child")
        return msg(
            "hlh.checklist.limits_ward" if self.ward_limits else "hlh.checklist.limits_default",
            sex=term(f"hlh.limits_sex.{_SEX_WORDS.get(self.sex or '', 'unknown')}"),
            alt=u.alt,
            ast=u.ast,
            bilirubin=u.bilirubin,
            creatinine=u.creatinine,
        )


@dataclass(frozen=True)
class HlhLine:
    """One line of the management table (a child's adult dose adds its paediatric lines)."""

    texts: tuple[Message, ...]
    sources: tuple[Message, ...]


@dataclass(frozen=True)
class HlhTable:
    """What the HLH/MAS panel shows: the lines with their sources, then the checklist."""

    lines: tuple[HlhLine, ...]
    checklist: HlhChecklist
    checklist_sources: tuple[Message, ...]


CHECKLIST_SOURCES = ("source.neelapu2018", "source.seed002.hlh_mas")


def hlh_lines(dosing: DosingContext | None = None) -> tuple[HlhLine, ...]:
    """:data:`HLH_MAS_STEP`'s lines for this patient, each with the step's and its own sources."""
    step = HLH_MAS_STEP
    return tuple(
        HlhLine(
            line_messages(line, dosing),
            tuple(term(s) for s in dict.fromkeys((*step.sources, *line.sources))),
        )
        for line in step.lines
    )


def _window(
    labs: Sequence[LabResult], name: str, at: datetime, since: datetime | None
) -> list[LabResult]:
    return sorted(
        (
            lab
            for lab in current_records(labs)
            if lab.name == name and lab.time <= at and (since is None or lab.time >= since)
        ),
        key=lambda lab: lab.time,
    )


def _peak(labs: list[LabResult]) -> LabResult | None:
    return max(labs, key=lambda lab: lab.value) if labs else None


def _ferritin(labs: Sequence[LabResult], at: datetime, since: datetime | None) -> CheckItem:
    peak = _peak(_window(labs, "ferritin", at, since))
    if peak is None:
        return CheckItem("ferritin", Status.NOT_RECORDED, term("hlh.detail.ferritin_none"))
    status = Status.MET if peak.value > FERRITIN_HLH_UG_L else Status.NOT_MET
    return CheckItem("ferritin", status, msg("hlh.detail.ferritin", value=peak.value))


def _liver(
    labs: Sequence[LabResult], at: datetime, since: datetime | None, u: UpperLimits | None
) -> CheckItem:
    parts: list[Message] = []
    missing: list[Message] = []
    met = False
    for name, times in (
        ("bilirubin", BILIRUBIN_X_ULN),
        ("ast", TRANSAMINASE_X_ULN),
        ("alt", TRANSAMINASE_X_ULN),
    ):
        peak = _peak(_window(labs, name, at, since))
        if peak is None:
            missing.append(term(f"hlh.lab.{name}"))
            continue
        if u is None:  # a child: the values, no adult limit
            parts.append(
                msg("hlh.detail.lab_highest", lab=term(f"hlh.lab.{name}"), value=peak.value)
            )
            continue
        uln = getattr(u, name)
        above = peak.value > times * uln
        met = met or above
        parts.append(
            msg(
                "hlh.detail.lab_x_uln",
                lab=term(f"hlh.lab.{name}"),
                value=peak.value,
                times=times,
                limit=times * uln,
            )
        )
    if not parts:
        return CheckItem("liver", Status.NOT_RECORDED, term("hlh.detail.liver_none"))
    detail = msg("hlh.detail.parts", parts=tuple(parts))
    if u is None:
        return CheckItem("liver", Status.PHYSICIAN, msg("hlh.detail.child", detail=detail))
    if missing and not met:
        detail = msg("hlh.detail.with_missing", detail=detail, missing=tuple(missing))
    return CheckItem("liver", Status.MET if met else Status.NOT_MET, detail)


def _kidney(
    labs: Sequence[LabResult],
    at: datetime,
    since: datetime | None,
    infusion_time: datetime | None,
    u: UpperLimits | None,
) -> CheckItem:
    peak = _peak(_window(labs, "creatinine", at, since))
    if peak is None:
        return CheckItem("kidney", Status.NOT_RECORDED, term("hlh.detail.kidney_none"))
    before = _window(labs, "creatinine", min(at, infusion_time), None) if infusion_time else []
    baseline = before[-1] if before else None
    if u is None:  # a child: only the rise against the baseline is judged
        met = baseline is not None and peak.value > CREATININE_X_BASELINE * baseline.value
        base = baseline.value if baseline is not None else "—"
        detail = msg("hlh.detail.creatinine_child", value=peak.value, baseline=base)
        return CheckItem("kidney", Status.MET if met else Status.PHYSICIAN, detail)
    met = peak.value > CREATININE_X_ULN * u.creatinine
    if baseline is not None:
        met = met or peak.value > CREATININE_X_BASELINE * baseline.value
        detail = msg(
            "hlh.detail.creatinine_baseline",
            value=peak.value,
            limit=CREATININE_X_ULN * u.creatinine,
            baseline=baseline.value,
        )
    else:
        detail = msg(
            "hlh.detail.creatinine", value=peak.value, limit=CREATININE_X_ULN * u.creatinine
        )
    if not met:
        detail = msg("hlh.detail.kidney_not_met", detail=detail)
    return CheckItem("kidney", Status.MET if met else Status.NOT_MET, detail)


def hlh_checklist(
    labs: Sequence[LabResult],
    at: datetime,
    infusion_time: datetime | None = None,
    sex: str | None = None,
    age_years: float | None = None,
    limits: LabLimits = DEFAULT_LIMITS,
) -> HlhChecklist:
    """The confirmation checklist at ``at`` from the labs recorded since the infusion,
    against ``limits`` (the ward laboratory's, or the app's defaults)."""
    since = infusion_time if infusion_time is not None and infusion_time <= at else None
    u = upper_limits(sex, age_years, limits)
    items = (
        _ferritin(labs, at, since),
        _liver(labs, at, since, u),
        _kidney(labs, at, since, infusion_time, u),
        CheckItem("lung", Status.PHYSICIAN, term("hlh.detail.lung_physician")),
        CheckItem("haemophagocytosis", Status.PHYSICIAN, term("hlh.detail.hp_physician")),
    )
    return HlhChecklist(items, u, limits.ward, sex)


def hlh_table(
    labs: Sequence[LabResult],
    at: datetime,
    infusion_time: datetime | None = None,
    sex: str | None = None,
    dosing: DosingContext | None = None,
    age_years: float | None = None,
    limits: LabLimits = DEFAULT_LIMITS,
) -> HlhTable:
    """The HLH/MAS panel: the management lines with their sources, and the checklist
    (``limits``: the ward laboratory's upper limits of normal, or the app's defaults)."""
    return HlhTable(
        hlh_lines(dosing),
        hlh_checklist(labs, at, infusion_time, sex, age_years, limits),
        tuple(term(s) for s in CHECKLIST_SOURCES),
    )
