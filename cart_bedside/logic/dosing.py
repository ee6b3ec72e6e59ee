"""Doses in protocol lines for this patient (clinical-rules §9, §2.4).

The seeds' management tables are written for adults, except tocilizumab
(seed 004 Table 2: 12 mg/kg under 30 kg). So, for the patient in front of the
nurse:

- every tocilizumab line shows the dose the rules give *this* patient
  ("tocilizumab 12 mg/kg = 264 mg" for 22 kg), not the table's "8 mg/kg";
- for a patient under 18, every fixed-mg adult dose in a protocol step or a
  standing alert (levetiracetam 750 mg, dexamethasone 10/20 mg,
  methylprednisolone 1 g …) is marked "adult dose" and followed by the
  ward's paediatric dosing line for that drug (an administrator-edited table,
  drug → text; default "paediatric dose by weight, per the treating
  physician"). The app invents no paediatric dose.

Protocol lines carry the facts this needs as data (``Line.adult_doses``,
``Line.tocilizumab``); this module turns a line into the messages shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol as _Protocol

from .catalogue import CATALOGUE
from .messages import Message, msg, term
from .tocilizumab import DoseSuggestion, tocilizumab_dose

ADULT_AGE_YEARS = 18

#: Drugs whose fixed adult doses the protocol tables and alerts print.
FIXED_DOSE_DRUGS: tuple[str, ...] = ("dexamethasone", "methylprednisolone", "levetiracetam")


class _LineLike(_Protocol):
    @property
    def code(self) -> str: ...
    @property
    def tocilizumab(self) -> bool: ...
    @property
    def adult_doses(self) -> tuple[str, ...]: ...


def is_child(age_years: float | None) -> bool:
    """Under 18 years (§9). An unknown age is not taken as a child."""
    return age_years is not None and age_years < ADULT_AGE_YEARS


@dataclass(frozen=True)
class DosingContext:
    """What a line needs to be shown for one patient: age, tocilizumab dose, ward table."""

    age_years: float | None
    tocilizumab: DoseSuggestion
    paediatric_lines: Mapping[str, str] = field(default_factory=dict)

    @property
    def child(self) -> bool:
        return is_child(self.age_years)

    def paediatric_text(self, drug: str) -> Message | str:
        """The ward's paediatric line for ``drug``, or the default wording."""
        text = (self.paediatric_lines.get(drug) or "").strip()
        return text if text else term("dosing.paediatric_default")


def dosing_context(
    age_years: float | None,
    weight_kg: float | None,
    weight_time: datetime | None = None,
    at: datetime | None = None,
    paediatric_lines: Mapping[str, str] | None = None,
) -> DosingContext:
    """Build the context from a patient's age and latest weight and the ward's table."""
    return DosingContext(
        age_years, tocilizumab_dose(weight_kg, weight_time, at), dict(paediatric_lines or {})
    )


def tocilizumab_dose_text(dose: DoseSuggestion) -> Message:
    """ "12 mg/kg = 264 mg (weight 22 kg)", capped or weightless variants."""
    if dose.dose_mg is None or dose.weight_kg is None or dose.mg_per_kg is None:
        return term("dosing.tocilizumab.no_weight")
    code = "dosing.tocilizumab.capped" if dose.capped else "dosing.tocilizumab.dose"
    return msg(code, mg_per_kg=dose.mg_per_kg, dose_mg=dose.dose_mg, weight_kg=dose.weight_kg)


def _dosed_code(code: str) -> str | None:
    """The catalogue variant of a line with ``{dose}`` in place of the table's mg/kg."""
    dosed = f"{code}.dosed"
    return dosed if dosed in CATALOGUE else None


def paediatric_lines_for(drugs: Iterable[str], ctx: DosingContext) -> tuple[Message, ...]:
    """One "paediatric dose (drug): …" line per drug, in order, without repeats."""
    return tuple(
        msg("dosing.paediatric_line", drug=term(f"drug.{d}"), text=ctx.paediatric_text(d))
        for d in dict.fromkeys(drugs)
    )


def line_messages(line: _LineLike, ctx: DosingContext | None) -> tuple[Message, ...]:
    """The messages shown for one protocol line for this patient (§9, §2.4).

    Without a context (no patient: e.g. comparing protocols in the abstract)
    the table's own line. A tocilizumab line shows this patient's dose; for a
    child, a line with a fixed adult dose is marked "adult dose" and followed
    by one paediatric dosing line per drug.
    """
    base: Message = term(line.code)
    if ctx is None:
        return (base,)
    if line.tocilizumab:
        dose = tocilizumab_dose_text(ctx.tocilizumab)
        dosed = _dosed_code(line.code)
        base = (
            msg(dosed, dose=dose)
            if dosed
            else msg("dosing.tocilizumab.appended", line=base, dose=dose)
        )
    if ctx.child and line.adult_doses:
        return (msg("dosing.adult_dose", line=base), *paediatric_lines_for(line.adult_doses, ctx))
    return (base,)


def plan_messages(lines: Sequence[_LineLike], ctx: DosingContext | None) -> tuple[Message, ...]:
    """All shown lines of a step for this patient, flattened in order."""
    return tuple(m for line in lines for m in line_messages(line, ctx))
