"""Management protocols by grade — clinical-rules §2.3 (CRS), §3.4 (ICANS), §4 (HLH/MAS).

A protocol is a table, not code: for each syndrome and each grade 1–4 a
:class:`Step` lists :class:`Line` s (catalogue codes, worded "guideline
suggests …") and the guideline sections they come from. Adding a protocol means
adding one :class:`Protocol` value to ``_PROTOCOLS``; :func:`management_plan`
reads any of them the same way.

A line may carry a condition on the CRS grade (``min_crs_grade``): the
"with concurrent CRS" column of seed 001 Table 5 and seed 000 Table 2's
"tocilizumab if CRS is present" are shown only when CRS ≥ 1 (≥ 2 for seed 001's
ICU line). Lines that suggest tocilizumab or ICU care say so in their flags;
the plan reports whether any *shown* line does. "Assess whether ICU is needed"
(an MDT discussion point) is not an ICU suggestion.

Readings that are the app's own are documented in docs/clinical-decisions.md:
``nad-2025`` (seed 002) maps "mild" to grades 1–2 and "severe" to grades 3–4,
and, since seed 002 gives no ICANS treatment steps, shows seed 004 §2.4's
ICANS steps under a source that says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .dosing import DosingContext, plan_messages
from .messages import Message, term

GRADES: tuple[int, ...] = (1, 2, 3, 4)


@dataclass(frozen=True)
class Line:
    """One suggested step, test list, MDT line or note (a catalogue code)."""

    code: str
    tocilizumab: bool = False  # the line suggests giving tocilizumab
    icu: bool = False  # the line suggests ICU admission/transfer or ICU care
    min_crs_grade: int = 0  # shown only when the current CRS grade is at least this
    sources: tuple[str, ...] = ()  # extra sources beyond the step's own
    adult_doses: tuple[str, ...] = ()  # drugs given here as a fixed adult mg dose (§9)

    def shown(self, crs_grade: int) -> bool:
        return crs_grade >= self.min_crs_grade


@dataclass(frozen=True)
class Step:
    """The lines a protocol shows for one grade, with the sections they come from."""

    lines: tuple[Line, ...]
    sources: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.lines or not self.sources:
            raise ValueError("a protocol step needs at least one line and one source")


@dataclass(frozen=True)
class Protocol:
    """A management protocol: ``crs[g - 1]`` and ``icans[g - 1]`` are the grade-g steps."""

    id: str
    name: str  # catalogue code of the display name
    crs: tuple[Step, ...]
    icans: tuple[Step, ...]

    def __post_init__(self) -> None:
        if len(self.crs) != len(GRADES) or len(self.icans) != len(GRADES):
            raise ValueError(f"protocol {self.id!r} needs one step per grade 1–4")

    def step(self, syndrome: str, grade: int) -> Step | None:
        """The step for ``syndrome`` ("crs" or "icans") at ``grade``; None for grade 0."""
        if grade == 0:
            return None
        steps = self.crs if syndrome == "crs" else self.icans
        return steps[grade - 1]


@dataclass(frozen=True)
class ManagementPlan:
    """What the review screen, the handover and ``assess`` show for the current grades."""

    crs_lines: tuple[Message, ...]
    icans_lines: tuple[Message, ...]
    sources: tuple[Message, ...]
    suggests_tocilizumab: bool  # any shown line suggests tocilizumab
    suggests_icu: bool  # any shown line suggests ICU admission/transfer or ICU care


def _line(
    key: str,
    *,
    tocilizumab: bool = False,
    icu: bool = False,
    min_crs_grade: int = 0,
    sources: tuple[str, ...] = (),
    adult: tuple[str, ...] = (),
) -> Line:
    return Line(f"protocol.{key}", tocilizumab, icu, min_crs_grade, sources, adult)


_DEX = ("dexamethasone",)
_MP = ("methylprednisolone",)


# ---------------------------------------------------------------------------
# tci-1203-2025 — seed 000 Table 1 (CRS) and Table 2 (CRES = ICANS)
# ---------------------------------------------------------------------------
_T = "tci-1203-2025"
_T1 = "source.seed000.table1"
_T2 = "source.seed000.table2"

_T_CRS_ECG = _line(f"{_T}.crs.2.line1")
_T_CRS_SYMPTOMATIC = _line(f"{_T}.crs.2.line2")
_T_CRS_TOCI_OR_SILTUXIMAB = _line(f"{_T}.crs.2.line3", tocilizumab=True)
_T_CRS_ANTI_INFECTIVE = _line(f"{_T}.crs.2.line5")
_T_CRS_TESTS = (_line(f"{_T}.crs.1.line6"), _line(f"{_T}.crs.1.line7"))  # "同 1 级" at 2–4
#: "余同 2 级" at grades 3–4: the grade-2 items other than its dexamethasone dose.
_T_CRS_AS_GRADE_2 = (
    _T_CRS_ECG,
    _T_CRS_SYMPTOMATIC,
    _T_CRS_TOCI_OR_SILTUXIMAB,
    _T_CRS_ANTI_INFECTIVE,
)

_TCI_CRS = (
    Step(
        (
            _line(f"{_T}.crs.1.line1"),
            _line(f"{_T}.crs.1.line2"),
            _line(f"{_T}.crs.1.line3", tocilizumab=True),
            _line(f"{_T}.crs.1.line4"),
            _line(f"{_T}.crs.1.line5"),
            *_T_CRS_TESTS,
            _line(f"{_T}.crs.1.line8"),
            _line(f"{_T}.crs.1.line9"),
        ),
        (_T1,),
    ),
    Step(
        (
            _T_CRS_ECG,
            _T_CRS_SYMPTOMATIC,
            _T_CRS_TOCI_OR_SILTUXIMAB,
            _line(f"{_T}.crs.2.line4", adult=_DEX),
            _T_CRS_ANTI_INFECTIVE,
            *_T_CRS_TESTS,
            _line(f"{_T}.crs.2.line6"),
            _line(f"{_T}.crs.2.line7"),
        ),
        (_T1,),
    ),
    Step(
        (
            _line(f"{_T}.crs.3.line1", icu=True),
            _line(f"{_T}.crs.3.line2", adult=_DEX),
            _line(f"{_T}.crs.3.line3"),
            *_T_CRS_AS_GRADE_2,
            *_T_CRS_TESTS,
            _line(f"{_T}.crs.3.line4"),
            _line(f"{_T}.crs.3.line5"),
        ),
        (_T1,),
    ),
    Step(
        (
            _line(f"{_T}.crs.4.line1", icu=True),
            _line(f"{_T}.crs.4.line2", adult=_MP),
            *_T_CRS_AS_GRADE_2,
            *_T_CRS_TESTS,
            _line(f"{_T}.crs.4.line3"),
            _line(f"{_T}.crs.4.line4"),
        ),
        (_T1,),
    ),
)

_T_ICANS_TOCI_IF_CRS = _line(f"{_T}.icans.1.line3", tocilizumab=True, min_crs_grade=1)
_T_ICANS_TESTS = _line(f"{_T}.icans.1.line5")  # "同 1 级" at grades 2–4
_T_ICANS_MDT_2_4 = _line(f"{_T}.icans.2.line3")  # same departments at grades 2–4

_TCI_ICANS = (
    Step(
        (
            _line(f"{_T}.icans.1.line1"),
            _line(
                f"{_T}.icans.1.line2",
                sources=("source.seed001.levetiracetam",),
                adult=("levetiracetam",),
            ),
            _T_ICANS_TOCI_IF_CRS,
            _line(f"{_T}.icans.1.line4"),
            _T_ICANS_TESTS,
            _line(f"{_T}.icans.1.line6"),
            _line(f"{_T}.icans.1.line7"),
        ),
        (_T2,),
    ),
    Step(
        (
            _line(f"{_T}.icans.2.line1"),
            _T_ICANS_TOCI_IF_CRS,
            _line(f"{_T}.icans.2.line2", adult=_DEX),
            _T_ICANS_TESTS,
            _T_ICANS_MDT_2_4,
            _line(f"{_T}.icans.2.line4"),
        ),
        (_T2,),
    ),
    Step(
        (
            _line(f"{_T}.icans.3.line1", adult=_DEX),
            _line(f"{_T}.icans.3.line2"),
            _line(f"{_T}.icans.3.line3", icu=True),
            _T_ICANS_TESTS,
            _T_ICANS_MDT_2_4,
            _line(f"{_T}.icans.3.line4"),
        ),
        (_T2,),
    ),
    Step(
        (
            _line(f"{_T}.icans.4.line1", icu=True),
            _line(f"{_T}.icans.4.line2", adult=_MP),
            _line(f"{_T}.icans.4.line3"),
            _T_ICANS_TESTS,
            _T_ICANS_MDT_2_4,
            _line(f"{_T}.icans.4.line4"),
        ),
        (_T2,),
    ),
)

# ---------------------------------------------------------------------------
# mm-2022 — seed 001 Table 4 (CRS, with the tocilizumab note) and Table 5 (ICANS)
# ---------------------------------------------------------------------------
_M = "mm-2022"
_M4 = "source.seed001.table4"
_M5 = "source.seed001.table5"

_M_MONITOR = _line(f"{_M}.crs.1.line1")  # close monitoring + supportive care, every grade
_M_TOCI_NOTE = _line(f"{_M}.tocilizumab_note", tocilizumab=True)
_M_TOCI_AND_OR_STEROID = _line(f"{_M}.crs.3.line1", tocilizumab=True)

_MM_CRS = (
    Step(
        (
            _M_MONITOR,
            _line(f"{_M}.crs.1.line2"),
            _line(f"{_M}.crs.1.line3"),
            _line(f"{_M}.crs.1.line4"),
        ),
        (_M4,),
    ),
    Step(
        (
            _M_MONITOR,
            _line(f"{_M}.crs.2.line1"),
            _line(f"{_M}.crs.2.line2", tocilizumab=True),
            _M_TOCI_NOTE,
        ),
        (_M4,),
    ),
    Step(
        (_M_MONITOR, _M_TOCI_AND_OR_STEROID, _line(f"{_M}.crs.3.line2", adult=_DEX), _M_TOCI_NOTE),
        (_M4,),
    ),
    Step(
        (_M_MONITOR, _M_TOCI_AND_OR_STEROID, _line(f"{_M}.crs.4.line1", adult=_MP), _M_TOCI_NOTE),
        (_M4,),
    ),
)

_M_SUPPORTIVE = _line(f"{_M}.icans.1.line1")
#: Right column of Table 5 ("并发 CRS 的附加治疗"), grades 1–3; grade 4 adds nothing.
_M_TOCI_WITH_CRS = _line(f"{_M}.icans.1.line2", tocilizumab=True, min_crs_grade=1)
_M_STEROID_2_3 = _line(f"{_M}.icans.2.line1", adult=_DEX)
_M_REPEAT_IMAGING = _line(f"{_M}.icans.3.line2")
_M_WORKUP = _line(f"{_M}.icans.workup", sources=("source.seed001.neurotoxicity",))

_MM_ICANS = (
    Step((_M_SUPPORTIVE, _M_TOCI_WITH_CRS, _M_WORKUP), (_M5,)),
    Step(
        (
            _M_SUPPORTIVE,
            _M_STEROID_2_3,
            _M_TOCI_WITH_CRS,
            _line(f"{_M}.icans.2.line2", icu=True, min_crs_grade=2),
            _M_WORKUP,
        ),
        (_M5,),
    ),
    Step(
        (
            _line(f"{_M}.icans.3.line1", icu=True),
            _M_SUPPORTIVE,
            _M_STEROID_2_3,
            _M_REPEAT_IMAGING,
            _M_TOCI_WITH_CRS,
            _M_WORKUP,
        ),
        (_M5,),
    ),
    Step(
        (
            _M_SUPPORTIVE,
            _line(f"{_M}.icans.4.line1", icu=True),
            _line(f"{_M}.icans.4.line2", adult=_MP),
            _M_REPEAT_IMAGING,
            _line(f"{_M}.icans.4.line3"),
            _M_WORKUP,
        ),
        (_M5,),
    ),
)

# ---------------------------------------------------------------------------
# review-astct — seed 004 Table 2 (+ §1.4) for CRS, §2.4 for ICANS
# ---------------------------------------------------------------------------
_R = "review-astct"
_RT2 = "source.seed004.table2"
_R24 = "source.seed004.s2_4"

_R_TOCI_DOSE = _line(f"{_R}.tocilizumab_dose", tocilizumab=True)
_R_ICU = _line(f"{_R}.crs.3.line1", icu=True)

_REVIEW_CRS = (
    Step(
        (_line(f"{_R}.crs.1.line1"), _line(f"{_R}.crs.1.line2"), _line(f"{_R}.crs.1.line3")),
        (_RT2, "source.seed004.s1_4"),
    ),
    Step(
        (
            _line(f"{_R}.crs.2.line1"),
            _line(f"{_R}.crs.2.line2", tocilizumab=True, adult=_DEX),
            _R_TOCI_DOSE,
        ),
        (_RT2,),
    ),
    Step(
        (
            _R_ICU,
            _line(f"{_R}.crs.3.line2"),
            _line(f"{_R}.crs.3.line3", tocilizumab=True, adult=_DEX),
            _R_TOCI_DOSE,
        ),
        (_RT2,),
    ),
    Step(
        (
            _R_ICU,
            _line(f"{_R}.crs.4.line1"),
            _line(f"{_R}.crs.4.line2", tocilizumab=True, adult=_MP),
            _R_TOCI_DOSE,
        ),
        (_RT2,),
    ),
)

_R_DEX_2_3 = _line(f"{_R}.icans.2.line1", adult=_DEX)
_R_ICU_AIRWAY = _line(f"{_R}.icans.3.line1", icu=True)
_R_EDEMA = _line(f"{_R}.icans.edema")
_R_SEIZURE_RISK = _line(f"{_R}.icans.seizure_risk")
_R_TOCI_CAUTION = _line(f"{_R}.icans.tocilizumab_caution")  # a caution, not a suggestion
_R_TAPER = _line(f"{_R}.icans.taper")
_R_REFRACTORY = _line(f"{_R}.icans.refractory")

_REVIEW_ICANS_LINES: tuple[tuple[Line, ...], ...] = (
    (_line(f"{_R}.icans.1.line1"), _R_SEIZURE_RISK, _R_TOCI_CAUTION),
    (_R_DEX_2_3, _R_TAPER, _R_SEIZURE_RISK, _R_TOCI_CAUTION, _R_REFRACTORY),
    (
        _R_ICU_AIRWAY,
        _R_DEX_2_3,
        _R_EDEMA,
        _R_TAPER,
        _R_SEIZURE_RISK,
        _R_TOCI_CAUTION,
        _R_REFRACTORY,
    ),
    (
        _R_ICU_AIRWAY,
        _line(f"{_R}.icans.4.line1", adult=_MP),
        _R_EDEMA,
        _R_TAPER,
        _R_SEIZURE_RISK,
        _R_TOCI_CAUTION,
        _R_REFRACTORY,
    ),
)
_REVIEW_ICANS = tuple(Step(lines, (_R24,)) for lines in _REVIEW_ICANS_LINES)

# ---------------------------------------------------------------------------
# nad-2025 — seed 002 "CAR-T 细胞相关并发症的处理 / 细胞因子相关不良反应"
# mild = grades 1–2, severe = grades 3–4 (docs/clinical-decisions.md, D-01)
# ---------------------------------------------------------------------------
_N = "nad-2025"
_NM = ("source.seed002.management", "source.app.reading")
_N_BASE = _line(f"{_N}.crs.mild.line1")
_N_MAPPING = _line(f"{_N}.crs.grade_mapping")

_NAD_MILD = Step(
    (
        _N_BASE,
        _line(f"{_N}.crs.mild.line2", tocilizumab=True),
        _line(f"{_N}.crs.mild.line3", tocilizumab=True, adult=_DEX),
        _N_MAPPING,
    ),
    _NM,
)
_NAD_SEVERE = Step(
    (_N_BASE, _line(f"{_N}.crs.severe.line1"), _line(f"{_N}.crs.severe.line2"), _N_MAPPING), _NM
)
_NAD_CRS = (_NAD_MILD, _NAD_MILD, _NAD_SEVERE, _NAD_SEVERE)

#: Seed 002 gives ICANS monitoring (CSF, CT/MRI, EEG) but no ICANS treatment: seed 004
#: §2.4's steps under a source that says they are borrowed, then seed 002's own work-up.
_N_ICANS_WORKUP = _line(f"{_N}.icans.workup", sources=("source.seed002.icans",))
_NAD_ICANS = tuple(
    Step((*step.lines, _N_ICANS_WORKUP), ("source.seed002.icans_fallback", *step.sources))
    for step in _REVIEW_ICANS
)

# ---------------------------------------------------------------------------
# The registry: one entry per protocol table; the first is listed first everywhere.
# ---------------------------------------------------------------------------
_PROTOCOLS: tuple[Protocol, ...] = (
    Protocol(_T, f"protocol.name.{_T}", _TCI_CRS, _TCI_ICANS),
    Protocol(_M, f"protocol.name.{_M}", _MM_CRS, _MM_ICANS),
    Protocol(_R, f"protocol.name.{_R}", _REVIEW_CRS, _REVIEW_ICANS),
    Protocol(_N, f"protocol.name.{_N}", _NAD_CRS, _NAD_ICANS),
)
PROTOCOLS: dict[str, Protocol] = {p.id: p for p in _PROTOCOLS}
PROTOCOL_IDS: tuple[str, ...] = tuple(PROTOCOLS)
DEFAULT_PROTOCOL = "tci-1203-2025"

#: HLH/MAS management (clinical-rules §4): seed 000 Table 3, plus etoposide for
#: steroid- and tocilizumab-refractory disease and the natural course (seed 004 §1.3).
HLH_MAS_STEP = Step(
    (
        _line("hlh_mas.line1"),
        _line("hlh_mas.line2", adult=_DEX),
        _line("hlh_mas.line3"),
        _line("hlh_mas.line4"),
        _line("hlh_mas.line5", sources=("source.seed004.s1_3",)),
        _line("hlh_mas.line6", sources=("source.seed004.s1_3",)),
        _line("hlh_mas.line7"),
        _line("hlh_mas.line8"),
        _line("hlh_mas.line9"),
    ),
    ("source.seed000.table3",),
)

#: Standing reminder for a patient with prior CNS disease (alert ``seizure_prophylaxis``;
#: clinical-rules §3.4, seed 001).
SEIZURE_PROPHYLAXIS_REMINDER: Message = term("protocol.prophylaxis.levetiracetam")
SEIZURE_PROPHYLAXIS_SOURCE = "source.seed001.levetiracetam"


def get_protocol(protocol_id: str) -> Protocol:
    """The protocol table for ``protocol_id`` (clinical-rules §2.3, the ward setting)."""
    try:
        return PROTOCOLS[protocol_id]
    except KeyError:
        known = ", ".join(PROTOCOL_IDS)
        raise KeyError(f"unknown protocol {protocol_id!r}; known: {known}") from None


def protocol_name(protocol_id: str) -> Message:
    """The display name of a protocol, as a catalogue message."""
    return term(get_protocol(protocol_id).name)


def _check_grade(name: str, grade: int) -> None:
    if isinstance(grade, bool) or not isinstance(grade, int) or grade not in (0, *GRADES):
        raise ValueError(f"{name}: {grade!r} is not a computed grade (0–4)")


def _unique(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))


def _shown(step: Step | None, crs_grade: int) -> tuple[Line, ...]:
    if step is None:
        return ()
    return tuple(line for line in step.lines if line.shown(crs_grade))


def _sources(step: Step | None, lines: tuple[Line, ...]) -> tuple[str, ...]:
    if step is None:
        return ()
    return (*step.sources, *(s for line in lines for s in line.sources))


def step_lines(
    step: Step, crs_grade: int = 0, dosing: DosingContext | None = None
) -> tuple[Message, ...]:
    """A step's lines shown at the current CRS grade, as messages (e.g. :data:`HLH_MAS_STEP`).

    With ``dosing`` the lines are shown for that patient (§9: tocilizumab
    mg/kg and mg; a child's adult doses marked and followed by the paediatric line).
    """
    return plan_messages(_shown(step, crs_grade), dosing)


def step_sources(step: Step, crs_grade: int = 0) -> tuple[Message, ...]:
    """The sources of a step and of its lines shown at the current CRS grade."""
    return tuple(term(s) for s in _unique(_sources(step, _shown(step, crs_grade))))


def management_plan(
    protocol_id: str, crs_grade: int, icans_grade: int, dosing: DosingContext | None = None
) -> ManagementPlan:
    """The protocol's suggested steps for the current CRS and ICANS grades.

    Clinical-rules §2.3 (CRS) and §3.4 (ICANS). Grade 0 gives no lines for that
    syndrome; grade 5 is never computed and is refused. ICANS lines that depend
    on concurrent CRS (seed 001 Table 5 right column, seed 000 Table 2
    "tocilizumab if CRS is present") follow ``crs_grade``. With ``dosing`` the
    lines are shown for that patient (§9; see :mod:`cart_bedside.logic.dosing`).
    """
    protocol = get_protocol(protocol_id)
    _check_grade("crs_grade", crs_grade)
    _check_grade("icans_grade", icans_grade)
    crs_step = protocol.step("crs", crs_grade)
    icans_step = protocol.step("icans", icans_grade)
    crs = _shown(crs_step, crs_grade)
    icans = _shown(icans_step, crs_grade)
    sources = _unique((*_sources(crs_step, crs), *_sources(icans_step, icans)))
    return ManagementPlan(
        crs_lines=plan_messages(crs, dosing),
        icans_lines=plan_messages(icans, dosing),
        sources=tuple(term(s) for s in sources),
        suggests_tocilizumab=any(line.tocilizumab for line in (*crs, *icans)),
        suggests_icu=any(line.icu for line in (*crs, *icans)),
    )


def compare(
    crs_grade: int, icans_grade: int, dosing: DosingContext | None = None
) -> dict[str, ManagementPlan]:
    """Every protocol's plan for the same grades, for side-by-side display (§2.3)."""
    return {pid: management_plan(pid, crs_grade, icans_grade, dosing) for pid in PROTOCOL_IDS}
