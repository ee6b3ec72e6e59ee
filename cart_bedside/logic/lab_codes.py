"""Mapping a laboratory system's result codes onto the rules' lab names and units.

A hospital laboratory (LIS) sends each result with a code (LOINC, or the
laboratory's own local code), a value and a unit. The rules read labs by
their own names in fixed units (``ferritin`` in µg/L, ``anc`` in 10^9/L …,
:data:`cart_bedside.logic.validation.LAB_LIMITS`). This module holds:

- :data:`DEFAULT_LAB_CODES`: the LOINC codes the app ships knowing;
- :data:`UNIT_FACTORS`: the unit conversions per lab (ANC /µL → 10^9/L …);
- :func:`map_result`: one result → the rules' lab, or the reason it cannot
  be mapped (unknown code, unknown unit, not a number).

The ward's administrator adds local codes (``LabCode`` rows with the
system ``"local"``); they are stored as a ward setting and merged over the
shipped table by :func:`code_table`. Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

LOINC = "http://loinc.org"
LOCAL = "local"


@dataclass(frozen=True)
class LabCode:
    """One code of a laboratory system and the rules' lab it reports.

    ``system`` is ``"http://loinc.org"`` or ``"local"`` (the ward's own LIS
    codes); ``code`` is compared without surrounding blanks, case-insensitively.
    """

    system: str
    code: str
    lab: str
    display: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.system, self.code.strip().upper())


#: LOINC codes shipped with the app (LOINC 2.7x long common names, abbreviated).
DEFAULT_LAB_CODES: tuple[LabCode, ...] = (
    LabCode(LOINC, "2276-4", "ferritin", "Ferritin [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "1988-5", "crp", "C reactive protein [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "26881-3", "il6", "Interleukin 6 [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "751-8", "anc", "Neutrophils [#/volume] in Blood by Automated count"),
    LabCode(LOINC, "753-4", "anc", "Neutrophils [#/volume] in Blood by Manual count"),
    LabCode(LOINC, "26499-4", "anc", "Neutrophils [#/volume] in Blood"),
    LabCode(LOINC, "2465-3", "igg", "IgG [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "777-3", "platelets", "Platelets [#/volume] in Blood by Automated count"),
    LabCode(LOINC, "718-7", "hb", "Hemoglobin [Mass/volume] in Blood"),
    LabCode(LOINC, "6690-2", "wbc", "Leukocytes [#/volume] in Blood by Automated count"),
    LabCode(LOINC, "3255-7", "fibrinogen", "Fibrinogen [Mass/volume] in Platelet poor plasma"),
    LabCode(LOINC, "2532-0", "ldh", "Lactate dehydrogenase [Enzymatic activity/volume] in S/P"),
    LabCode(LOINC, "1742-6", "alt", "Alanine aminotransferase [Enzymatic activity/volume] S/P"),
    LabCode(LOINC, "1920-8", "ast", "Aspartate aminotransferase [Enzymatic activity/volume] S/P"),
    LabCode(LOINC, "14682-9", "creatinine", "Creatinine [Moles/volume] in Serum or Plasma"),
    LabCode(LOINC, "2160-0", "creatinine", "Creatinine [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "14631-6", "bilirubin", "Bilirubin.total [Moles/volume] in Serum or Plasma"),
    LabCode(LOINC, "1975-2", "bilirubin", "Bilirubin.total [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "26848-2", "il10", "Interleukin 10 [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "27415-9", "ifn_gamma", "Interferon gamma [Mass/volume] in Serum or Plasma"),
    LabCode(LOINC, "29615-2", "hbv_dna", "Hepatitis B virus DNA [#/volume] (viral load) S/P"),
)

#: The LOINC code the FHIR export uses for each rules' lab (the first shipped one).
LOINC_BY_LAB: dict[str, LabCode] = {}
for _c in DEFAULT_LAB_CODES:
    LOINC_BY_LAB.setdefault(_c.lab, _c)

#: Unit spellings (lower case, µ and u alike) → factor to the rules' unit, per lab.
#: The rules' units are those of ``LAB_LIMITS``: ferritin µg/L, CRP mg/L, IL-6 pg/mL,
#: ANC/WBC/platelets 10^9/L, IgG/Hb/fibrinogen g/L, creatinine/bilirubin µmol/L.
_PER_L9 = {
    "10^9/l": 1.0,
    "10*9/l": 1.0,
    "x10^9/l": 1.0,
    "×10^9/l": 1.0,
    "g/l": 1.0,
    "10^3/ul": 1.0,
    "10*3/ul": 1.0,
    "k/ul": 1.0,
    "x10^3/ul": 1.0,
    "/ul": 0.001,
    "cells/ul": 0.001,
    "/mm3": 0.001,
    "cells/mm3": 0.001,
}
UNIT_FACTORS: dict[str, dict[str, float]] = {
    "ferritin": {"ug/l": 1.0, "ng/ml": 1.0, "mg/l": 1000.0},
    "crp": {"mg/l": 1.0, "mg/dl": 10.0, "ug/ml": 1.0},
    "il6": {"pg/ml": 1.0, "ng/l": 1.0},
    "il10": {"pg/ml": 1.0, "ng/l": 1.0},
    "ifn_gamma": {"pg/ml": 1.0, "ng/l": 1.0},
    "mcp1": {"pg/ml": 1.0, "ng/l": 1.0},
    "anc": _PER_L9,
    "wbc": _PER_L9,
    "platelets": _PER_L9,
    "igg": {"g/l": 1.0, "mg/dl": 0.01, "mg/ml": 1.0},
    "hb": {"g/l": 1.0, "g/dl": 10.0},
    "fibrinogen": {"g/l": 1.0, "mg/dl": 0.01},
    "ldh": {"u/l": 1.0, "iu/l": 1.0},
    "alt": {"u/l": 1.0, "iu/l": 1.0},
    "ast": {"u/l": 1.0, "iu/l": 1.0},
    "creatinine": {"umol/l": 1.0, "mg/dl": 88.42},
    "bilirubin": {"umol/l": 1.0, "mg/dl": 17.1},
    "hbv_dna": {"iu/ml": 1.0, "[iu]/ml": 1.0},
}

#: The rules' unit per lab, as stored with the record.
RULES_UNIT: dict[str, str] = {
    "ferritin": "µg/L",
    "crp": "mg/L",
    "il6": "pg/mL",
    "il10": "pg/mL",
    "ifn_gamma": "pg/mL",
    "mcp1": "pg/mL",
    "anc": "10^9/L",
    "wbc": "10^9/L",
    "platelets": "10^9/L",
    "igg": "g/L",
    "hb": "g/L",
    "fibrinogen": "g/L",
    "ldh": "U/L",
    "alt": "U/L",
    "ast": "U/L",
    "creatinine": "µmol/L",
    "bilirubin": "µmol/L",
    "hbv_dna": "IU/mL",
}

#: UCUM spelling of the rules' units (FHIR Quantity.code).
UCUM: dict[str, str] = {
    "µg/L": "ug/L",
    "mg/L": "mg/L",
    "pg/mL": "pg/mL",
    "10^9/L": "10*9/L",
    "g/L": "g/L",
    "U/L": "U/L",
    "µmol/L": "umol/L",
    "IU/mL": "[IU]/mL",
}


class Unmapped(StrEnum):
    """Why a result could not become a lab record (shown in the admin's unmatched list)."""

    UNKNOWN_CODE = "unknown_code"
    UNKNOWN_UNIT = "unknown_unit"
    NOT_A_NUMBER = "not_a_number"


@dataclass(frozen=True)
class MappedLab:
    """A result in the rules' terms: lab name, value converted, unit, and the factor used."""

    lab: str
    value: float
    unit: str
    factor: float


def normalise_unit(unit: str | None) -> str:
    """``"×10^9/L"`` → ``"×10^9/l"``, ``"µg/L"`` and ``"μg/L"`` → ``"ug/l"`` (compare only)."""
    text = (unit or "").strip().lower().replace("µ", "u").replace("μ", "u").replace(" ", "")
    return text


def code_table(extra: Iterable[LabCode] = ()) -> dict[tuple[str, str], LabCode]:
    """The shipped LOINC codes with the ward's own codes over them (a ward code wins)."""
    table = {c.key: c for c in DEFAULT_LAB_CODES}
    for c in extra:
        table[c.key] = c
    return table


def lookup(
    table: Mapping[tuple[str, str], LabCode], code: str, system: str | None
) -> LabCode | None:
    """The mapping of a result code. A code without a system is tried as local, then LOINC."""
    key = code.strip().upper()
    systems = [system] if system in (LOINC, LOCAL) else [LOCAL, LOINC]
    for s in systems:
        hit = table.get((s, key))
        if hit is not None:
            return hit
    return None


def convert(lab: str, value: float, unit: str | None) -> MappedLab | Unmapped:
    """``value`` in ``unit`` → the rules' unit (an empty unit means the rules' unit)."""
    rules_unit = RULES_UNIT.get(lab)
    if not (unit or "").strip():
        return MappedLab(lab, value, rules_unit or "", 1.0)
    factors = UNIT_FACTORS.get(lab)
    if factors is None:  # a ward code for a lab without a known unit table: keep as sent
        return MappedLab(lab, value, (unit or "").strip(), 1.0)
    factor = factors.get(normalise_unit(unit))
    if factor is None:
        return Unmapped.UNKNOWN_UNIT
    return MappedLab(lab, round(value * factor, 6), rules_unit or unit or "", factor)


def parse_number(text: str) -> float | None:
    """A result value as a number: ``"12.5"`` → 12.5; ``"<0.5"``, ``"阴性"``, ``""`` → None."""
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


def map_result(
    table: Mapping[tuple[str, str], LabCode],
    code: str,
    system: str | None,
    value_text: str,
    unit: str | None,
) -> MappedLab | Unmapped:
    """One laboratory result → the rules' lab, or why not (issue 17)."""
    entry = lookup(table, code, system)
    if entry is None:
        return Unmapped.UNKNOWN_CODE
    value = parse_number(value_text)
    if value is None:
        return Unmapped.NOT_A_NUMBER
    return convert(entry.lab, value, unit)
