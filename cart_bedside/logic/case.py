"""Reading a case of the assess contract (assess-contract.md) into records.

Strict on purpose: an unknown key, a wrong type or a value past a hard limit
raises :class:`ValidationError` naming the field, so that a typo in a
hospital's validation case never silently changes a grade.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Protocol, TypeVar

from . import drugs
from .messages import msg
from .models import (
    ICE_ITEMS,
    KNOWN_CONDITIONS,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    Patient,
    VitalSigns,
)
from .schema import Field, Type, schema_of
from .validation import (
    HARD_LIMITS,
    ValidationError,
    Warning_,
    check_range,
    validate_dose,
    validate_lab,
    validate_neuro,
    validate_vitals,
)

TOP_KEYS = {"patient", "infusion_time", "at", "protocol", "vitals", "neuro", "medications", "labs"}
PATIENT_KEYS = {"age_years", "weight_kg", "weight_time", "sex", "conditions", "prior_cns_disease"}
VITAL_KEYS = {f.contract for f in schema_of(VitalSigns) if f.contract}
NEURO_KEYS = {f.contract for f in schema_of(NeuroAssessment) if f.contract}
MED_KEYS = {"time", "drug", "dose_mg", "route"}
LAB_KEYS = {"time", "name", "value", "unit"}


@dataclass(frozen=True)
class Case:
    patient: Patient
    infusion_time: datetime
    at: datetime | None
    protocol: str | None
    vitals: tuple[VitalSigns, ...]
    neuro: tuple[NeuroAssessment, ...]
    medications: tuple[MedicationDose, ...]
    labs: tuple[LabResult, ...]
    warnings: tuple[Warning_, ...]


class _Reader:
    """Typed access to one JSON object, naming the field on every error."""

    def __init__(self, data: Any, path: str, keys: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise ValidationError(path or "case", msg("error.expected_object"))
        unknown = sorted(set(data) - keys)
        if unknown:
            raise ValidationError(
                _join(path, unknown[0]), msg("error.unknown_key", known=", ".join(sorted(keys)))
            )
        self.data, self.path = data, path

    def field(self, key: str) -> str:
        return _join(self.path, key)

    def get(
        self,
        key: str,
        check: Callable[[Any, str], Any],
        required: bool = False,
        default: Any = None,
    ) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise ValidationError(self.field(key), msg("error.required"))
            return default
        return check(self.data[key], self.field(key))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _number(value: Any, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, msg("error.expected_number", value=_show(value)))
    return float(value)


def _integer(value: Any, field: str) -> int:
    number = _number(value, field)
    if number != int(number):
        raise ValidationError(field, msg("error.expected_integer", value=_show(value)))
    return int(number)


def _boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, msg("error.expected_boolean", value=_show(value)))
    return value


def _string(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, msg("error.expected_string", value=_show(value)))
    return value


YEAR_RANGE = (1900, 2200)


def _time(value: Any, field: str) -> datetime:
    text = _string(value, field)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, msg("error.bad_time", value=_show(text))) from None
    if not YEAR_RANGE[0] <= moment.year <= YEAR_RANGE[1]:
        raise ValidationError(field, msg("error.year_out_of_range", year=moment.year))
    return moment


def _show(value: Any, limit: int = 60) -> str:
    """A value for an error line: its repr, cut short (an error is one readable line)."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…"


E = TypeVar("E", bound=Enum)


class _Timed(Protocol):
    @property
    def time(self) -> datetime: ...


def _choice(enum_type: type[E]) -> Callable[[Any, str], E]:
    def check(value: Any, field: str) -> E:
        text = _string(value, field)
        try:
            return enum_type(text)
        except ValueError:
            known = ", ".join(e.value for e in enum_type)
            raise ValidationError(
                field, msg("error.bad_choice", value=_show(text), known=known)
            ) from None

    return check


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(field, msg("error.expected_list"))
    return value


def parse_case(data: Any) -> Case:
    """Turn a decoded JSON case into records; raise :class:`ValidationError` on any fault."""
    top = _Reader(data, "", TOP_KEYS)
    patient = _patient(top.get("patient", lambda v, f: v, required=True))
    infusion = top.get("infusion_time", _time, required=True)
    at = top.get("at", _time)
    protocol = top.get("protocol", _string)
    warnings: list[Warning_] = []

    vitals = []
    for i, item in enumerate(top.get("vitals", _list, default=[])):
        v = _vital(item, f"vitals[{i}]")
        warnings.extend(validate_vitals(v, f"vitals[{i}]"))
        vitals.append(v)
    neuro = []
    for i, item in enumerate(top.get("neuro", _list, default=[])):
        n = _neuro(item, f"neuro[{i}]")
        warnings.extend(validate_neuro(n, patient.uses_capd, f"neuro[{i}]"))
        neuro.append(n)
    meds = []
    for i, item in enumerate(top.get("medications", _list, default=[])):
        r = _Reader(item, f"medications[{i}]", MED_KEYS)
        d = MedicationDose(
            r.get("time", _time, True),
            drugs.normalise(r.get("drug", _string, True)),
            r.get("dose_mg", _number),
            r.get("route", _string),
        )
        warnings.extend(validate_dose(d, f"medications[{i}]"))
        meds.append(d)
    labs = []
    for i, item in enumerate(top.get("labs", _list, default=[])):
        r = _Reader(item, f"labs[{i}]", LAB_KEYS)
        lab = LabResult(
            r.get("time", _time, True),
            r.get("name", _string, True).strip().lower(),
            r.get("value", _number, True),
            r.get("unit", _string),
        )
        warnings.extend(validate_lab(lab, f"labs[{i}]"))
        labs.append(lab)
    case = Case(
        patient,
        infusion,
        at,
        protocol,
        tuple(vitals),
        tuple(neuro),
        tuple(meds),
        tuple(labs),
        tuple(warnings),
    )
    _check_offsets(case)
    return case


def _patient(data: Any) -> Patient:
    r = _Reader(data, "patient", PATIENT_KEYS)
    age = r.get("age_years", _number, required=True)
    check_range(age, HARD_LIMITS["age_years"], r.field("age_years"))
    weight = r.get("weight_kg", _number)
    if weight is not None:
        check_range(weight, HARD_LIMITS["weight_kg"], r.field("weight_kg"))
    sex = r.get("sex", _string)
    if sex is not None and sex not in ("M", "F"):
        raise ValidationError(
            r.field("sex"), msg("error.bad_choice", value=_show(sex), known="M, F")
        )
    conditions = []
    for i, c in enumerate(r.get("conditions", _list, default=[])):
        name = _string(c, f"patient.conditions[{i}]")
        if name not in KNOWN_CONDITIONS:
            raise ValidationError(
                f"patient.conditions[{i}]",
                msg("error.bad_choice", value=_show(name), known=", ".join(KNOWN_CONDITIONS)),
            )
        conditions.append(name)
    return Patient(
        age_years=age,
        weight_kg=weight,
        weight_time=r.get("weight_time", _time),
        sex=sex,
        conditions=tuple(conditions),
        prior_cns_disease=r.get("prior_cns_disease", _boolean, default=False),
    )


_R = TypeVar("_R")


def _names(value: Any, field: str) -> tuple[str, ...]:
    return tuple(_string(p, f"{field}[{i}]").strip() for i, p in enumerate(_list(value, field)))


def _reader(f: Field) -> Callable[[Any, str], Any]:
    """How the contract gives a field of this type (ICE answers: an object by item)."""
    kind = f.spec.type
    if kind is Type.ENUM:
        assert f.spec.enum is not None, f.name  # an enum field declares its enum
        return _choice(f.spec.enum)
    if kind is Type.BOOLS:
        return _ice_items
    return _READERS[kind]


def _record(cls: type[_R], data: Any, path: str, keys: set[str]) -> _R:
    """One record of the contract, field by field as :mod:`.schema` declares them."""
    r = _Reader(data, path, keys)
    values = {
        f.name: r.get(f.contract, _reader(f), required=f.name == "time", default=f.default)
        for f in schema_of(cls)
        if f.contract
    }
    return cls(**values)


def _vital(data: Any, path: str) -> VitalSigns:
    return _record(VitalSigns, data, path, VITAL_KEYS)


def _ice_items(value: Any, field: str) -> tuple[bool, ...]:
    r = _Reader(value, field, set(ICE_ITEMS))
    return tuple(r.get(item, _boolean, required=True) for item in ICE_ITEMS)


def _capd(value: Any, field: str) -> tuple[int, ...]:
    items = _list(value, field)
    scores = tuple(_integer(v, f"{field}[{i}]") for i, v in enumerate(items))
    return scores


def _neuro(data: Any, path: str) -> NeuroAssessment:
    return _record(NeuroAssessment, data, path, NEURO_KEYS)


_READERS: dict[Type, Callable[[Any, str], Any]] = {
    Type.BOOL: _boolean,
    Type.INT: _integer,
    Type.FLOAT: _number,
    Type.TEXT: _string,
    Type.TIME: _time,
    Type.INTS: _capd,
    Type.NAMES: _names,
}


def _check_offsets(case: Case) -> None:
    """All times with an offset, or all without: Python cannot compare a mix."""
    times: list[tuple[str, datetime]] = [("infusion_time", case.infusion_time)]
    if case.at is not None:
        times.append(("at", case.at))
    groups: tuple[tuple[str, Sequence[_Timed]], ...] = (
        ("vitals", case.vitals),
        ("neuro", case.neuro),
        ("medications", case.medications),
        ("labs", case.labs),
    )
    for name, group in groups:
        times.extend((f"{name}[{i}].time", r.time) for i, r in enumerate(group))
    if case.patient.weight_time is not None:
        times.append(("patient.weight_time", case.patient.weight_time))
    aware = times[0][1].tzinfo is not None
    for field, moment in times:
        if (moment.tzinfo is not None) != aware:
            raise ValidationError(field, msg("error.mixed_offsets"))
