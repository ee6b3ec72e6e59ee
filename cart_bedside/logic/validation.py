"""Plausibility limits for every value a nurse or a case file can enter.

Hard limits refuse a value: :class:`ValidationError` names the field, the
value and the allowed range, and nothing is stored. Hard limits are wide on
purpose (a CRS tachycardia of 180/min is real; so is a 3 kg infant).

Soft limits accept a value but return a warning that the UI asks the nurse to
confirm with a reason. They come from NEWS2's top-scoring bands (Royal College
of Physicians 2017) and the ASTCT cut-offs (fever 38.0 °C, SBP 90 mmHg,
SpO2 90 %); they are listed in docs/limits.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import Message, msg, render, term
from .models import (
    CAPD_ITEM,
    CAPD_ITEMS,
    ICE_ITEMS,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Patient,
    VitalSigns,
    WeightMeasurement,
)
from .schema import Range, schema_of

#: Hard limits: a value outside is refused (issue 2). Declared on the records' fields
#: (:mod:`cart_bedside.logic.schema`); ``capd_item`` is each CAPD score's.
HARD_LIMITS: dict[str, Range] = {
    **{
        f.name: f.spec.limit
        for cls in (VitalSigns, WeightMeasurement, Patient, FluidEntry, NeuroAssessment)
        for f in schema_of(cls)
        if f.spec.limit is not None and f.name != "capd_scores"
    },
    "capd_item": CAPD_ITEM,
    **{f.name: f.spec.limit for f in schema_of(MedicationDose) if f.spec.limit is not None},
}

#: Hard limits for the labs the rules read (value ≥ 0 and below any value
#: seen in life; units as the rules use them).
LAB_LIMITS: dict[str, Range] = {
    "ferritin": Range(0, 500000, "µg/L"),
    "crp": Range(0, 1000, "mg/L"),
    "il6": Range(0, 1000000, "pg/mL"),
    "mcp1": Range(0, 1000000, "pg/mL"),
    "anc": Range(0, 200, "10^9/L", 2),
    "igg": Range(0, 150, "g/L", 1),
    "platelets": Range(0, 3000, "10^9/L"),
    "hb": Range(0, 250, "g/L"),
    "fibrinogen": Range(0, 20, "g/L", 1),
    "ldh": Range(0, 100000, "U/L"),
    "hbv_dna": Range(0, 1e12, "IU/mL"),
    "hbsag": Range(0, 1, "0/1"),
    "wbc": Range(0, 500, "10^9/L", 1),
    "alt": Range(0, 20000, "U/L"),
    "ast": Range(0, 20000, "U/L"),
    "creatinine": Range(0, 3000, "µmol/L"),
    "bilirubin": Range(0, 1500, "µmol/L"),
    "il10": Range(0, 1000000, "pg/mL"),
    "ifn_gamma": Range(0, 1000000, "pg/mL"),
}

#: Canonical lab units; a case may spell them a few ways.
LAB_UNIT_ALIASES: dict[str, set[str]] = {
    "ferritin": {"ug/l", "µg/l", "μg/l", "ng/ml"},
    "crp": {"mg/l"},
    "il6": {"pg/ml"},
    "mcp1": {"pg/ml"},
    "anc": {"10^9/l", "10*9/l", "x10^9/l", "g/l"},
    "igg": {"g/l"},
    "platelets": {"10^9/l", "10*9/l", "x10^9/l"},
}


class ValidationError(ValueError):
    """A value broke a hard limit or the input is malformed.

    ``field`` is the dotted path (``vitals[2].temp_c``); ``message`` is a
    catalogue message so the UI can show it in the nurse's language.
    """

    def __init__(self, field: str, message: Message) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {render(message, 'en')}")

    def render(self, lang: str) -> str:
        return f"{self.field}: {render(self.message, lang)}"


@dataclass(frozen=True)
class Warning_:
    """A soft-limit warning: the value is possible but asks for confirmation."""

    field: str
    message: Message

    def render(self, lang: str) -> str:
        return f"{self.field}: {render(self.message, lang)}"


def _path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _fmt(value: float, decimals: int) -> str:
    if decimals == 0 and float(value) == int(value):
        return str(int(value))
    return f"{value:.{max(decimals, 1)}f}"


def _shown(value: float, limit: Range) -> str:
    return limit.show(value) if limit.trim_zeros else _fmt(value, limit.decimals)


def check_range(value: float, limit: Range, field: str) -> None:
    """Raise :class:`ValidationError` when ``value`` is outside ``limit``."""
    if value != value:  # NaN
        raise ValidationError(field, msg("error.not_a_number", value=str(value)))
    if not limit.contains(value):
        raise ValidationError(
            field,
            msg("error.out_of_range", value=_shown(value, limit), range=limit.describe()),
        )


def check_hard(value: float | None, name: str, prefix: str = "") -> None:
    if value is not None:
        check_range(value, HARD_LIMITS[name], _path(prefix, name))


def validate_vitals(v: VitalSigns, prefix: str = "") -> list[Warning_]:
    """Check one vital-sign record; return its soft-limit warnings."""
    if v.temp_c is not None and 77.0 <= v.temp_c <= 113.0:
        celsius = (v.temp_c - 32) * 5 / 9
        raise ValidationError(
            _path(prefix, "temp_c"),
            msg(
                "error.temp_fahrenheit",
                value=_fmt(v.temp_c, 1),
                range=HARD_LIMITS["temp_c"].describe(),
                celsius=f"{celsius:.1f}",
            ),
        )
    for name in ("temp_c", "hr", "sbp", "dbp", "rr", "spo2", "o2_flow_l_min"):
        check_hard(getattr(v, name), name, prefix)
    if v.sbp is not None and v.dbp is not None and v.dbp >= v.sbp:
        raise ValidationError(
            _path(prefix, "dbp"), msg("error.dbp_not_below_sbp", dbp=v.dbp, sbp=v.sbp)
        )
    if v.o2_device is O2Device.NASAL_CANNULA:
        if v.o2_flow_l_min is None:
            raise ValidationError(_path(prefix, "o2_flow_l_min"), msg("error.flow_required"))
        if v.o2_flow_l_min <= 0:
            raise ValidationError(
                _path(prefix, "o2_flow_l_min"),
                msg("error.flow_positive", value=_fmt(v.o2_flow_l_min, 1)),
            )
    if v.o2_device is O2Device.ROOM_AIR and v.o2_flow_l_min:
        raise ValidationError(
            _path(prefix, "o2_flow_l_min"),
            msg("error.flow_on_room_air", value=_fmt(v.o2_flow_l_min, 1)),
        )
    for i, name in enumerate(v.vasopressors):
        if not name.strip():
            raise ValidationError(_path(prefix, f"vasopressors[{i}]"), msg("error.empty_name"))
    if len({n.strip().lower() for n in v.vasopressors}) != len(v.vasopressors):
        raise ValidationError(_path(prefix, "vasopressors"), msg("error.duplicate_vasopressor"))
    return _vital_warnings(v, prefix)


def _vital_warnings(v: VitalSigns, prefix: str) -> list[Warning_]:
    out: list[Warning_] = []

    def warn(name: str, value: float, code: str) -> None:
        out.append(
            Warning_(_path(prefix, name), msg(code, value=_fmt(value, HARD_LIMITS[name].decimals)))
        )

    if v.temp_c is not None and v.temp_c <= 35.0:
        warn("temp_c", v.temp_c, "warning.temp_low")
    if v.temp_c is not None and v.temp_c >= 39.1:
        warn("temp_c", v.temp_c, "warning.temp_high")
    if v.hr is not None and (v.hr <= 40 or v.hr >= 131):
        warn("hr", v.hr, "warning.hr")
    if v.sbp is not None and (v.sbp <= 90 or v.sbp >= 220):
        warn("sbp", v.sbp, "warning.sbp")
    if v.rr is not None and (v.rr <= 8 or v.rr >= 25):
        warn("rr", v.rr, "warning.rr")
    if v.spo2 is not None and v.spo2 <= 91:
        warn("spo2", v.spo2, "warning.spo2")
    if v.o2_device is O2Device.NASAL_CANNULA and (v.o2_flow_l_min or 0) > 15:
        warn("o2_flow_l_min", v.o2_flow_l_min or 0, "warning.nasal_flow_high")
    return out


def validate_neuro(n: NeuroAssessment, uses_capd: bool, prefix: str = "") -> list[Warning_]:
    """Check one neuro assessment; ICE for ≥ 12 y, CAPD under 12 (§3.3)."""
    ice_forms = sum([n.ice_items is not None, n.ice_score is not None, n.ice_unable])
    capd_forms = sum([n.capd_scores is not None, n.capd_unable])
    if ice_forms > 1:
        raise ValidationError(_path(prefix, "ice"), msg("error.ice_one_form"))
    if capd_forms > 1:
        raise ValidationError(_path(prefix, "capd"), msg("error.capd_one_form"))
    if ice_forms and capd_forms:
        raise ValidationError(_path(prefix, "capd"), msg("error.ice_and_capd"))
    if ice_forms and uses_capd:
        raise ValidationError(_path(prefix, "ice"), msg("error.ice_for_child"))
    if capd_forms and not uses_capd:
        raise ValidationError(_path(prefix, "capd"), msg("error.capd_for_adult"))
    if n.ice_items is not None and len(n.ice_items) != len(ICE_ITEMS):
        raise ValidationError(
            _path(prefix, "ice"), msg("error.ice_items_count", count=len(n.ice_items))
        )
    check_hard(n.ice_score, "ice_score", prefix)
    if n.capd_scores is not None:
        if len(n.capd_scores) != len(CAPD_ITEMS):
            raise ValidationError(
                _path(prefix, "capd"), msg("error.capd_items_count", count=len(n.capd_scores))
            )
        for i, score in enumerate(n.capd_scores):
            check_range(score, HARD_LIMITS["capd_item"], _path(prefix, f"capd[{i}]"))
    return []


def validate_fluid(f: FluidEntry, prefix: str = "") -> list[Warning_]:
    check_hard(f.volume_ml, "volume_ml", prefix)
    if f.volume_ml > 2000:
        return [
            Warning_(
                _path(prefix, "volume_ml"), msg("warning.volume_high", value=_fmt(f.volume_ml, 0))
            )
        ]
    return []


def validate_dose(d: MedicationDose, prefix: str = "") -> list[Warning_]:
    if not d.drug.strip():
        raise ValidationError(_path(prefix, "drug"), msg("error.empty_name"))
    check_hard(d.dose_mg, "dose_mg", prefix)
    return []


def validate_lab(lab: LabResult, prefix: str = "") -> list[Warning_]:
    limit = LAB_LIMITS.get(lab.name)
    if limit is not None:
        check_range(lab.value, limit, _path(prefix, "value"))
        aliases = LAB_UNIT_ALIASES.get(lab.name)
        if lab.unit is not None and aliases and lab.unit.strip().lower() not in aliases:
            raise ValidationError(
                _path(prefix, "unit"),
                msg(
                    "error.lab_unit",
                    unit=lab.unit,
                    lab=term(f"lab.{lab.name}"),
                    expected=limit.unit,
                ),
            )
    elif lab.value < 0:
        raise ValidationError(_path(prefix, "value"), msg("error.negative", value=lab.value))
    return []


def validate_weight(
    weight_kg: float, prefix: str = "", previous_kg: float | None = None
) -> list[Warning_]:
    """Hard limit 0.5–350 kg; a change of more than 5 % from the last weight asks to confirm."""
    check_range(weight_kg, HARD_LIMITS["weight_kg"], _path(prefix, "weight_kg"))
    if previous_kg and abs(weight_kg - previous_kg) / previous_kg > 0.05:
        change = (weight_kg - previous_kg) / previous_kg * 100
        return [
            Warning_(
                _path(prefix, "weight_kg"),
                msg(
                    "warning.weight_change",
                    value=_fmt(weight_kg, 1),
                    previous=_fmt(previous_kg, 1),
                    percent=f"{change:+.1f}",
                ),
            )
        ]
    return []
