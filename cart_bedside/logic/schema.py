"""A charted record's fields, declared once: name, type, unit, limit and the names elsewhere.

Each field of the record dataclasses in :mod:`cart_bedside.logic.models`
carries a :class:`FieldSpec` in its ``metadata`` (``field(metadata=spec(…))``).
Everything that reads or writes a record by field derives from it:

- the assess-contract reader (:mod:`cart_bedside.logic.case`): keys and types,
  with the contract's own name where it differs (``contract=``);
- the storage codec (``storage/codec.py``): columns and conversions (``column=``);
- the hard limits (:data:`cart_bedside.logic.validation.HARD_LIMITS`) and the
  type check the service applies before saving (:mod:`cart_bedside.logic.record_check`);
- the shift-entry form's field lists (``form=``).

Names that differ between places are explicit aliases here (the stored
column ``motor_other_cause`` is ``motor_weakness_other_cause`` in the
contract); stored data and the contract do not change.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    unit: str = ""
    decimals: int = 0
    #: whole numbers without their decimals ("5–60", "1.2"), as the keypad field shows them
    trim_zeros: bool = False

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def show(self, value: float) -> str:
        """``value`` as this range writes its bounds."""
        if self.trim_zeros and float(value).is_integer():
            return str(int(value))
        return f"{value:.{self.decimals}f}"

    def describe(self) -> str:
        span = f"{self.show(self.low)}–{self.show(self.high)}"
        return f"{span} {self.unit}".rstrip()


class Type(StrEnum):
    """What a field holds (tuples are JSON lists in storage and in the contract)."""

    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    TEXT = "text"
    TIME = "time"
    ENUM = "enum"
    BOOLS = "bools"  # tuple of booleans (ICE answers)
    INTS = "ints"  # tuple of integers (CAPD scores)
    NAMES = "names"  # tuple of non-empty names (vasopressors)
    BYTES = "bytes"


_SAME = "="  # the default alias: the field's own name


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record. ``contract``/``column``: its name in the assess contract
    and in its storage table (the field's own name unless given; None: not there).
    ``limit`` is the hard limit (of each item, for a tuple). ``form="flag"``: an
    on/off neuro finding on the shift-entry page; ``form="vital"``: a typed vital sign.
    """

    type: Type
    optional: bool = False
    enum: builtins.type[StrEnum] | None = None
    limit: Range | None = None
    contract: str | None = _SAME
    column: str | None = _SAME
    form: str | None = None

    @property
    def unit(self) -> str:
        return self.limit.unit if self.limit else ""


def spec(type_: Type, **kw: Any) -> dict[str, FieldSpec]:
    """Field metadata: ``field(default=…, metadata=spec(Type.FLOAT, limit=…))``."""
    return {"schema": FieldSpec(type_, **kw)}


@dataclass(frozen=True)
class Field:
    """A declared field with its resolved names and its dataclass default."""

    name: str
    spec: FieldSpec
    default: Any

    @property
    def contract(self) -> str | None:
        c = self.spec.contract
        return self.name if c == _SAME else c

    @property
    def column(self) -> str | None:
        c = self.spec.column
        return self.name if c == _SAME else c


def schema_of(cls: type) -> tuple[Field, ...]:
    """The declared fields of a record class, in declaration order (``time`` first)."""
    out = []
    for f in fields(cls):
        s = f.metadata.get("schema")
        if s is not None:
            out.append(Field(f.name, s, f.default))
    return tuple(out)


def declared(cls: type, **match: Any) -> Iterator[Field]:
    """The fields whose spec has the given values (``declared(X, form="flag")``)."""
    for f in schema_of(cls):
        if all(getattr(f.spec, k) == v for k, v in match.items()):
            yield f
