"""Refusing what the rules could not read, before it is stored; naming what was stored anyway.

:func:`check_types` is the type check the service runs before any save (issue 13 item 6):
every declared field (:mod:`cart_bedside.logic.schema`) must hold its type — an
enum field one of its values, a tuple field a list of the right items — or a
:class:`ValidationError` names the field and what it allows. :func:`check_offset`
refuses a time with a UTC offset on a patient charted without (or the reverse):
Python cannot compare the two, and the grading would fail on every later read.

A record an older version stored that this version cannot read (an unknown
enum value, damaged JSON) is an :class:`UnreadableRecord`: the board leaves it
out of the grading and shows :func:`unreadable_alert` instead, and the record
can still be marked entered-in-error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import datetime
from typing import Any

from .findings import Alert, Severity
from .messages import msg, term
from .models import RecordMeta
from .schema import Field, Type, schema_of
from .validation import ValidationError


def _show(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…"


def _path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _check_item(f: Field, value: Any, where: str) -> Any:
    """One value of the field's type; returns it (an enum's text becomes the member)."""
    kind = f.spec.type
    if kind is Type.ENUM:
        enum = f.spec.enum
        assert enum is not None
        if isinstance(value, enum):
            return value
        if isinstance(value, str):
            try:
                return enum(value)
            except ValueError:
                pass
        known = ", ".join(e.value for e in enum)
        raise ValidationError(where, msg("error.bad_choice", value=_show(value), known=known))
    if kind is Type.BOOL and not isinstance(value, bool):
        raise ValidationError(where, msg("error.expected_boolean", value=_show(value)))
    if kind is Type.INT and not (isinstance(value, int) and not isinstance(value, bool)):
        raise ValidationError(where, msg("error.expected_integer", value=_show(value)))
    if kind is Type.FLOAT and not (_is_number(value) and math.isfinite(value)):
        raise ValidationError(where, msg("error.expected_number", value=_show(value)))
    if kind is Type.TEXT and not isinstance(value, str):
        raise ValidationError(where, msg("error.expected_string", value=_show(value)))
    if kind is Type.TIME and not isinstance(value, datetime):
        raise ValidationError(where, msg("error.bad_time", value=_show(value)))
    if kind is Type.BYTES and not isinstance(value, bytes):
        raise ValidationError(where, msg("error.expected_string", value=_show(value)))
    return value


_ITEM_TYPE = {Type.BOOLS: Type.BOOL, Type.INTS: Type.INT, Type.NAMES: Type.TEXT}


def check_types(record: Any, prefix: str = "") -> Any:
    """``record`` with every declared field of its type, or :class:`ValidationError`.

    An enum field given as its text (``"nasal_cannula"``) comes back as the member;
    anything else that is not the declared type is refused, naming the field.
    """
    changes: dict[str, Any] = {}
    for f in schema_of(type(record)):
        value = getattr(record, f.name)
        where = _path(prefix, f.name)
        if value is None and f.spec.optional:
            continue
        item_type = _ITEM_TYPE.get(f.spec.type)
        if item_type is None:
            checked = _check_item(f, value, where)
            if checked is not value:
                changes[f.name] = checked
            continue
        if not isinstance(value, tuple | list):
            raise ValidationError(where, msg("error.expected_list"))
        item = Field(f.name, replace(f.spec, type=item_type), None)
        for i, v in enumerate(value):
            _check_item(item, v, f"{where}[{i}]")
        if isinstance(value, list):
            changes[f.name] = tuple(value)
    return replace(record, **changes) if changes else record


def check_offset(time: datetime, reference: datetime, field_name: str) -> None:
    """Refuse a time with an offset against a naive reference, or the reverse."""
    if (time.tzinfo is None) != (reference.tzinfo is None):
        raise ValidationError(field_name, msg("error.mixed_offsets"))


@dataclass(frozen=True)
class UnreadableRecord:
    """A stored row this version cannot turn into a record (kept, never graded).

    ``kind`` is the storage kind (``vitals``, ``neuro`` …), ``field`` the first
    field that failed and ``value`` what it held.
    """

    kind: str
    time: datetime | None
    field: str
    value: str
    meta: RecordMeta = dc_field(default_factory=RecordMeta, compare=False)


def unreadable_alert(records: Sequence[UnreadableRecord]) -> list[Alert]:
    """One warning naming the unreadable records (to be checked, then entered in error)."""
    if not records:
        return []
    first = records[0]
    when = first.time.strftime("%m-%d %H:%M") if first.time else "?"
    return [
        Alert(
            "unreadable_record",
            msg(
                "alert.unreadable_record",
                kind=term(f"record.kind.{first.kind}"),
                time=when,
                field=first.field,
                value=first.value,
                count=len(records),
            ),
            Severity.WARNING,
        )
    ]
