"""Rows to dataclasses and back, for the six kinds of charted record.

Times are stored as ISO 8601 text to the second, exactly as given (the
tablet's local time; an offset is kept if the time had one), so text order is
time order. Tuples (ICE items, CAPD scores, vasopressors) are JSON lists. The columns
and conversions of all six kinds come from the records' field metadata (logic/schema.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from ..logic.drugs import normalise
from ..logic.models import (
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    RecordMeta,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.record_check import UnreadableRecord
from ..logic.schema import Field, Type, schema_of

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


#: A stored row read by column name: a ``sqlite3.Row`` from a query, or a dict.
StoredRow = Mapping[str, Any] | sqlite3.Row


def meta_from_row(row: StoredRow) -> RecordMeta:
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


def _tuple(text: str | None) -> tuple | None:
    if text is None:
        return None
    return () if text == "[]" else tuple(json.loads(text))


@dataclass(frozen=True)
class Kind:
    """One kind of charted record: its table, columns and conversions."""

    name: str
    table: str
    type: type
    columns: tuple[str, ...]
    to_values: Callable[[Any], tuple]
    from_row: Callable[[StoredRow, RecordMeta], Any]
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

    def record(self, row: StoredRow) -> Any:
        """The dataclass for a stored row, with its meta filled in.

        A row this version cannot read (an enum value it does not know, damaged
        JSON: written by another version) is an :class:`UnreadableRecord`.
        """
        meta = meta_from_row(row)
        try:
            return self.from_row(row, meta)
        except _UNREADABLE:
            return unreadable(self, row, meta)


# --- conversions by declared type (logic/schema.py) ---------------------------------------
def _enum_reader(f: Field) -> Callable[[Any], Any]:
    assert f.spec.enum is not None
    members = {m.value: m for m in f.spec.enum}  # a dict lookup is cheaper than Enum(value)
    if f.spec.optional:
        return lambda v: None if v is None else members[v]
    return members.__getitem__


def _names(text: str | None) -> tuple:
    return () if text is None or text == "[]" else tuple(json.loads(text))


def _reader(f: Field) -> Callable[[Any], Any] | None:
    """Column value → field value (None: the value as stored)."""
    kind = f.spec.type
    if kind is Type.ENUM:
        return _enum_reader(f)
    if kind is Type.BOOL:
        return bool
    if kind in (Type.BOOLS, Type.INTS):
        return _tuple
    if kind is Type.NAMES:
        return _names
    return None


def _writer(f: Field) -> Callable[[Any], Any]:
    """Field value → column value."""
    kind, optional = f.spec.type, f.spec.optional
    if kind is Type.ENUM:
        return (lambda v: None if v is None else str(v)) if optional else str
    if kind is Type.BOOL:
        return int
    if kind is Type.FLOAT:
        return lambda v: None if v is None else float(v)
    if kind is Type.BOOLS:
        return lambda v: None if v is None else json.dumps([bool(x) for x in v])
    if kind in (Type.INTS, Type.NAMES):
        return lambda v: None if v is None else json.dumps(list(v), ensure_ascii=False)
    return lambda v: v


def _declared(cls: type) -> tuple[Field, ...]:
    """The stored fields of a record class, time (``observed_at``) left out."""
    return tuple(f for f in schema_of(cls) if f.column and f.name != "time")


def _canonical(
    write: Callable[[Any], Any], canon: Callable[[Any], Any] | None
) -> Callable[[Any], Any]:
    return write if canon is None else lambda v: write(canon(v))


def _declared_kind(
    name: str,
    table: str,
    cls: type,
    blob_column: str | None = None,
    *,
    stored_as: Mapping[str, Callable[[Any], Any]] | None = None,
    derived: Mapping[str, tuple[str, Callable[[Any], Any]]] | None = None,
) -> Kind:
    """A :class:`Kind` whose columns and conversions come from the record's schema.

    ``stored_as``: a field written in its canonical form (the drug's generic
    name, a lab name without spaces around it). ``derived``: ``{field: (column,
    conversion)}``, a column computed from a field for queries (a fluid's
    direction from its category), stored right after that field's column.
    """
    declared = _declared(cls)
    stored_as = stored_as or {}
    derived = derived or {}
    writers: list[tuple[str, Callable[[Any], Any]]] = []
    columns: list[str] = []
    for f in declared:
        writers.append((f.name, _canonical(_writer(f), stored_as.get(f.name))))
        columns.append(str(f.column))
        if f.name in derived:
            column, conversion = derived[f.name]
            writers.append((f.name, conversion))
            columns.append(column)
    readers = [(str(f.column), _reader(f)) for f in declared]
    # positional, in declaration order (the board decodes thousands of rows): time, the
    # declared fields, then meta — checked here so that a new field cannot shift them
    order = [f.name for f in fields(cls) if f.name != "meta"]
    if order != ["time", *(f.name for f in declared)]:
        raise TypeError(f"{cls.__name__}: stored fields must follow time in order: {order}")
    fromisoformat = datetime.fromisoformat

    def to_values(record: Any) -> tuple:
        return tuple(write(getattr(record, name)) for name, write in writers)

    def from_row(row: StoredRow, meta: RecordMeta) -> Any:
        values = [row[c] if read is None else read(row[c]) for c, read in readers]
        return cls(fromisoformat(row["observed_at"]), *values, meta=meta)

    return Kind(name, table, cls, tuple(columns), to_values, from_row, blob_column)


_UNREADABLE = (KeyError, ValueError, TypeError)


def unreadable(kind: Kind, row: StoredRow, meta: RecordMeta) -> UnreadableRecord:
    """Name the first column of ``row`` this version cannot read."""
    try:
        time = datetime.fromisoformat(row["observed_at"])
    except _UNREADABLE:
        return UnreadableRecord(kind.name, None, "observed_at", str(row["observed_at"]), meta)
    field, value = "?", ""
    for f in _declared(kind.type):
        read, column = _reader(f), str(f.column)
        try:
            if read is not None:
                read(row[column])
        except _UNREADABLE:
            field, value = f.name, str(row[column])
            break
    return UnreadableRecord(kind.name, time, field, value[:60], meta)


VITALS = _declared_kind("vitals", "vital_signs", VitalSigns)
NEURO = _declared_kind("neuro", "neuro_assessments", NeuroAssessment, blob_column="handwriting_png")
FLUID = _declared_kind(
    "fluid",
    "fluid_entries",
    FluidEntry,
    derived={"category": ("direction", lambda c: str(FluidCategory(c).direction))},
)
MEDICATION = _declared_kind(
    "medication", "medication_doses", MedicationDose, stored_as={"drug": normalise}
)
LAB = _declared_kind("lab", "lab_results", LabResult, stored_as={"name": str.strip})
WEIGHT = _declared_kind("weight", "weights", WeightMeasurement)

KINDS: tuple[Kind, ...] = (VITALS, NEURO, FLUID, MEDICATION, LAB, WEIGHT)
KIND_BY_TYPE: dict[type, Kind] = {k.type: k for k in KINDS}
KIND_BY_TABLE: dict[str, Kind] = {k.table: k for k in KINDS}


def kind_of(record: Any) -> Kind:
    """The :class:`Kind` for a record dataclass (TypeError for anything else)."""
    try:
        return KIND_BY_TYPE[type(record)]
    except KeyError:
        raise TypeError(f"not a charted record: {type(record).__name__}") from None
