"""Rows to dataclasses and back, for the six kinds of charted record.

Times are stored as ISO 8601 text to the second, exactly as given (the
tablet's local time; an offset is kept if the time had one), so text order is
time order. Tuples (ICE items, CAPD scores, vasopressors) are JSON lists.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..logic.drugs import normalise
from ..logic.models import (
    CerebralEdema,
    Consciousness,
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    RecordMeta,
    Seizure,
    VitalSigns,
    WeightMeasurement,
)

META_COLUMNS: tuple[str, ...] = (
    "id",
    "episode_id",
    "observed_at",
    "recorded_at",
    "recorded_by",
    "device_id",
    "save_id",
    "supersedes",
    "amend_reason",
    "entered_in_error",
)


def t2s(value: datetime) -> str:
    """A datetime as stored: ISO 8601 to the second."""
    return value.isoformat(timespec="seconds")


def s2t(value: str | None) -> datetime | None:
    """A stored time back to a datetime (None stays None)."""
    return None if value is None else datetime.fromisoformat(value)


_FAST_META = (
    hasattr(RecordMeta, "__dict__")
    and "__slots__" not in vars(RecordMeta)
    and not hasattr(RecordMeta, "__post_init__")
)


def meta_from_row(row: Mapping[str, Any]) -> RecordMeta:
    """The :class:`RecordMeta` of a stored version."""
    # RecordMeta is a plain frozen dataclass; filling its __dict__ directly gives the same
    # object as RecordMeta(...) at a third of the cost (the board builds thousands).
    values = dict(
        id=row["id"],
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        recorded_by=row["recorded_by"],
        device_id=row["device_id"],
        supersedes=row["supersedes"],
        amend_reason=row["amend_reason"],
        entered_in_error=bool(row["entered_in_error"]),
    )
    if not _FAST_META:
        return RecordMeta(**values)
    meta = object.__new__(RecordMeta)
    meta.__dict__.update(values)
    return meta


# Enum members by value: a dict lookup is much cheaper than calling the Enum class.
_O2 = {m.value: m for m in O2Device}
_CONSCIOUSNESS = {m.value: m for m in Consciousness}
_SEIZURE = {m.value: m for m in Seizure}
_EDEMA = {m.value: m for m in CerebralEdema}
_CATEGORY = {m.value: m for m in FluidCategory}


def _tuple(text: str | None) -> tuple | None:
    if text is None:
        return None
    return () if text == "[]" else tuple(json.loads(text))


def _json(values: tuple | None) -> str | None:
    return None if values is None else json.dumps(list(values))


@dataclass(frozen=True)
class Kind:
    """One kind of charted record: its table, columns and conversions."""

    name: str
    table: str
    type: type
    columns: tuple[str, ...]
    to_values: Callable[[Any], tuple]
    from_row: Callable[[Mapping[str, Any], RecordMeta], Any]
    blob_column: str | None = None

    @property
    def insert_sql(self) -> str:
        cols = (*META_COLUMNS, *self.columns)
        return f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"

    def select_list(self, alias: str = "r", *, blob: bool = False) -> str:
        """The columns to select; the blob (handwriting) is left out unless asked for."""
        cols = [f"{alias}.{c}" for c in (*META_COLUMNS, *self.columns)]
        if self.blob_column and not blob:
            cols[cols.index(f"{alias}.{self.blob_column}")] = f"NULL AS {self.blob_column}"
        return ", ".join(cols)

    def record(self, row: Mapping[str, Any]) -> Any:
        """The dataclass for a stored row, with its meta filled in."""
        return self.from_row(row, meta_from_row(row))


def _vitals_values(v: VitalSigns) -> tuple:
    return (
        None if v.temp_c is None else float(v.temp_c),
        v.hr,
        v.sbp,
        v.dbp,
        v.rr,
        None if v.spo2 is None else float(v.spo2),
        str(v.o2_device),
        None if v.o2_flow_l_min is None else float(v.o2_flow_l_min),
        json.dumps(list(v.vasopressors), ensure_ascii=False),
        int(v.fluid_bolus_for_hypotension),
    )


def _vitals(row: Mapping[str, Any], meta: RecordMeta) -> VitalSigns:
    return VitalSigns(
        time=datetime.fromisoformat(row["observed_at"]),
        temp_c=row["temp_c"],
        hr=row["hr"],
        sbp=row["sbp"],
        dbp=row["dbp"],
        rr=row["rr"],
        spo2=row["spo2"],
        o2_device=_O2[row["o2_device"]],
        o2_flow_l_min=row["o2_flow_l_min"],
        vasopressors=_tuple(row["vasopressors"]) or (),
        fluid_bolus_for_hypotension=bool(row["fluid_bolus_for_hypotension"]),
        meta=meta,
    )


_NEURO_FLAGS = (
    "motor_weakness",
    "consciousness_other_cause",
    "seizure_other_cause",
    "motor_other_cause",
    "edema_other_cause",
    "tremor",
    "myoclonus",
    "headache",
    "intracranial_haemorrhage",
)


def _neuro_values(n: NeuroAssessment) -> tuple:
    return (
        _json(None if n.ice_items is None else tuple(bool(x) for x in n.ice_items)),
        n.ice_score,
        int(n.ice_unable),
        _json(n.capd_scores),
        int(n.capd_unable),
        None if n.consciousness is None else str(n.consciousness),
        str(n.seizure),
        str(n.cerebral_edema),
        *(int(getattr(n, f)) for f in _NEURO_FLAGS),
        n.handwriting_png,
    )


def _neuro(row: Mapping[str, Any], meta: RecordMeta) -> NeuroAssessment:
    consciousness = row["consciousness"]
    return NeuroAssessment(
        time=datetime.fromisoformat(row["observed_at"]),
        ice_items=_tuple(row["ice_items"]),
        ice_score=row["ice_score"],
        ice_unable=bool(row["ice_unable"]),
        capd_scores=_tuple(row["capd_scores"]),
        capd_unable=bool(row["capd_unable"]),
        consciousness=None if consciousness is None else _CONSCIOUSNESS[consciousness],
        seizure=_SEIZURE[row["seizure"]],
        cerebral_edema=_EDEMA[row["cerebral_edema"]],
        handwriting_png=row["handwriting_png"],
        meta=meta,
        **{f: bool(row[f]) for f in _NEURO_FLAGS},
    )


def _fluid(row: Mapping[str, Any], meta: RecordMeta) -> FluidEntry:
    return FluidEntry(
        time=datetime.fromisoformat(row["observed_at"]),
        category=_CATEGORY[row["category"]],
        volume_ml=row["volume_ml"],
        note=row["note"],
        meta=meta,
    )


def _dose(row: Mapping[str, Any], meta: RecordMeta) -> MedicationDose:
    return MedicationDose(
        time=datetime.fromisoformat(row["observed_at"]),
        drug=row["drug"],
        dose_mg=row["dose_mg"],
        route=row["route"],
        ordered_by=row["ordered_by"],
        given_by=row["given_by"],
        override_reason=row["override_reason"],
        note=row["note"],
        meta=meta,
    )


def _lab(row: Mapping[str, Any], meta: RecordMeta) -> LabResult:
    return LabResult(
        time=datetime.fromisoformat(row["observed_at"]),
        name=row["name"],
        value=row["value"],
        unit=row["unit"],
        meta=meta,
    )


def _weight(row: Mapping[str, Any], meta: RecordMeta) -> WeightMeasurement:
    return WeightMeasurement(
        time=datetime.fromisoformat(row["observed_at"]), weight_kg=row["weight_kg"], meta=meta
    )


def _opt_float(value: float | None) -> float | None:
    return None if value is None else float(value)


VITALS = Kind(
    "vitals",
    "vital_signs",
    VitalSigns,
    (
        "temp_c",
        "hr",
        "sbp",
        "dbp",
        "rr",
        "spo2",
        "o2_device",
        "o2_flow_l_min",
        "vasopressors",
        "fluid_bolus_for_hypotension",
    ),
    _vitals_values,
    _vitals,
)
NEURO = Kind(
    "neuro",
    "neuro_assessments",
    NeuroAssessment,
    (
        "ice_items",
        "ice_score",
        "ice_unable",
        "capd_scores",
        "capd_unable",
        "consciousness",
        "seizure",
        "cerebral_edema",
        *_NEURO_FLAGS,
        "handwriting_png",
    ),
    _neuro_values,
    _neuro,
    blob_column="handwriting_png",
)
FLUID = Kind(
    "fluid",
    "fluid_entries",
    FluidEntry,
    ("category", "direction", "volume_ml", "note"),
    lambda f: (
        str(FluidCategory(f.category)),
        str(FluidCategory(f.category).direction),
        float(f.volume_ml),
        f.note,
    ),
    _fluid,
)
MEDICATION = Kind(
    "medication",
    "medication_doses",
    MedicationDose,
    ("drug", "dose_mg", "route", "ordered_by", "given_by", "override_reason", "note"),
    lambda d: (
        normalise(d.drug),
        _opt_float(d.dose_mg),
        d.route,
        d.ordered_by,
        d.given_by,
        d.override_reason,
        d.note,
    ),
    _dose,
)
LAB = Kind(
    "lab",
    "lab_results",
    LabResult,
    ("name", "value", "unit"),
    lambda lab: (lab.name.strip(), float(lab.value), lab.unit),
    _lab,
)
WEIGHT = Kind(
    "weight",
    "weights",
    WeightMeasurement,
    ("weight_kg",),
    lambda w: (float(w.weight_kg),),
    _weight,
)

KINDS: tuple[Kind, ...] = (VITALS, NEURO, FLUID, MEDICATION, LAB, WEIGHT)
KIND_BY_TYPE: dict[type, Kind] = {k.type: k for k in KINDS}
KIND_BY_TABLE: dict[str, Kind] = {k.table: k for k in KINDS}


def kind_of(record: Any) -> Kind:
    """The :class:`Kind` for a record dataclass (TypeError for anything else)."""
    try:
        return KIND_BY_TYPE[type(record)]
    except KeyError:
        raise TypeError(f"not a charted record: {type(record).__name__}") from None
