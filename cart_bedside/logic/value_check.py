"""A vital sign judged as it is typed (issue 11 item 5): fine, unusual (soft limit:
confirm) or refused (hard limit), with the reason in the catalogue's nurse words.

The limits are not repeated here: the value is run through
:func:`~cart_bedside.logic.validation.validate_vitals`, the one place they live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .messages import Message
from .models import VitalSigns
from .validation import ValidationError, validate_vitals

OK, SOFT, HARD = "ok", "soft", "hard"
_ANY_TIME = datetime(2000, 1, 1)


@dataclass(frozen=True)
class Judgement:
    level: str  # "ok", "soft" (possible: confirm when saving), "hard" (refused)
    message: Message | None = None


def judge_vital(name: str, value: float | None, *, sbp: float | None = None) -> Judgement:
    """Judge one vital (``temp_c``, ``hr``, ``sbp``, ``dbp``, ``rr``, ``spo2``) alone;
    ``sbp`` lets the diastolic be checked against it (§ hard limits, docs/limits.md)."""
    if value is None:
        return Judgement(OK)
    values: dict[str, Any] = {name: value}  # a field of VitalSigns named at run time
    if name == "dbp" and sbp is not None:
        values["sbp"] = sbp
    try:
        warnings = validate_vitals(VitalSigns(_ANY_TIME, **values))
    except ValidationError as error:
        return Judgement(HARD, error.message)
    mine = [w for w in warnings if w.field.endswith(name)]
    return Judgement(SOFT, mine[0].message) if mine else Judgement(OK)
