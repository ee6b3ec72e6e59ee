"""The clinical ward settings: paediatric dosing lines (§9), adaptive ICE (§12), the
check intervals while graded (§8), the tocilizumab limits and the laboratory's upper
limits of normal for the HLH/MAS checklist (H-01, set with :mod:`.lab_limits`).

Parsed and checked here (each raising ``ValidationError`` naming the field);
read with their defaults through :mod:`.ward_settings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import timedelta
from typing import Any

from ..logic import drugs
from ..logic.hlh import ADULT_ULN, DEFAULT_LIMITS, LabLimits, UpperLimits
from ..logic.messages import msg
from ..logic.observations import AdaptiveIceSettings
from ..logic.schedule import EscalationSettings
from ..logic.schema import Range
from ..logic.tocilizumab import TocilizumabLimits
from ..logic.validation import ValidationError, check_range

KEY_PAEDIATRIC_DOSING = "paediatric_dosing"
KEY_ADAPTIVE_ICE = "adaptive_ice"
ADAPTIVE_INTERVAL_RANGE = Range(5, 120, "min")
ADAPTIVE_DURATION_RANGE = Range(0.5, 24, "h", 1)
#: Longest paediatric dosing line an administrator may store (one line on a card).
PAEDIATRIC_LINE_MAX = 200
#: Ward-setting bounds for the tocilizumab limits (§2.4 defaults 8 h, 3 per 24 h, 4 total).
TOCI_INTERVAL_RANGE = Range(1, 48, "h")
TOCI_PER_24H_RANGE = Range(1, 4)
TOCI_TOTAL_RANGE = Range(1, 10)
ESCALATION_RANGE = Range(0.25, 24, "h", 2)


def number(value: Any, field_name: str) -> float:
    """A JSON number (not a bool), else ``ValidationError`` naming the field."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field_name, msg("error.expected_number", value=str(value)))
    return float(value)


def ranged(value: Any, allowed: Range, field_name: str, *, whole: bool = False) -> float:
    """A JSON number within ``allowed`` (``whole``: an integer); an empty field, a text or a
    number outside is refused with a ``ValidationError`` naming the field, whose message
    always gives the allowed range."""
    span = allowed.describe()
    if value is None or value == "":
        raise ValidationError(field_name, msg("error.required_range", range=span))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            field_name, msg("error.not_number_range", value=str(value), range=span)
        )
    if whole and not isinstance(value, int):
        raise ValidationError(
            field_name, msg("error.not_integer_range", value=str(value), range=span)
        )
    check_range(float(value), allowed, field_name)
    return float(value)


def parse_paediatric_dosing(value: Any) -> dict[str, str]:
    """``{drug: line}``: generic drug names (synonyms mapped), each line 1–200 characters."""
    if not isinstance(value, dict):
        raise ValidationError(KEY_PAEDIATRIC_DOSING, msg("error.expected_object"))
    out: dict[str, str] = {}
    for raw_drug, raw_line in value.items():
        drug = drugs.normalise(str(raw_drug))
        field_name = f"{KEY_PAEDIATRIC_DOSING}.{drug or raw_drug}"
        if not drug:
            raise ValidationError(f"{KEY_PAEDIATRIC_DOSING}.drug", msg("error.required"))
        if drug in out:
            raise ValidationError(field_name, msg("admin.error.paediatric_duplicate", drug=drug))
        if not isinstance(raw_line, str) or not raw_line.strip():
            raise ValidationError(field_name, msg("error.required"))
        line = " ".join(raw_line.split())
        if len(line) > PAEDIATRIC_LINE_MAX:
            raise ValidationError(
                field_name,
                msg("admin.error.paediatric_too_long", length=len(line), max=PAEDIATRIC_LINE_MAX),
            )
        out[drug] = line
    return out


def parse_adaptive_ice(value: Any) -> AdaptiveIceSettings:
    """``{"enabled": bool, "interval_min": 5–120, "duration_h": 0.5–24}``; keys may be left out."""
    if not isinstance(value, dict):
        raise ValidationError(KEY_ADAPTIVE_ICE, msg("error.expected_object"))
    known = ("enabled", "interval_min", "duration_h")
    unknown = set(value) - set(known)
    if unknown:
        raise ValidationError(
            f"{KEY_ADAPTIVE_ICE}.{sorted(unknown)[0]}",
            msg("error.unknown_key", known=", ".join(known)),
        )
    default = AdaptiveIceSettings()
    enabled = value.get("enabled", default.enabled)
    if not isinstance(enabled, bool):
        raise ValidationError(
            f"{KEY_ADAPTIVE_ICE}.enabled",
            msg("error.bad_choice", value=str(enabled), known="true, false"),
        )
    minutes = ranged(
        value.get("interval_min", default.interval.total_seconds() / 60),
        ADAPTIVE_INTERVAL_RANGE,
        f"{KEY_ADAPTIVE_ICE}.interval_min",
    )
    hours = ranged(
        value.get("duration_h", default.duration.total_seconds() / 3600),
        ADAPTIVE_DURATION_RANGE,
        f"{KEY_ADAPTIVE_ICE}.duration_h",
    )
    if hours * 60 < minutes:
        raise ValidationError(
            f"{KEY_ADAPTIVE_ICE}.duration_h", msg("admin.error.adaptive_duration")
        )
    return AdaptiveIceSettings(enabled, timedelta(minutes=minutes), timedelta(hours=hours))


def adaptive_ice_value(settings: AdaptiveIceSettings) -> dict[str, Any]:
    return {
        "enabled": settings.enabled,
        "interval_min": settings.interval.total_seconds() / 60,
        "duration_h": settings.duration.total_seconds() / 3600,
    }


_ESCALATION_KEYS = ("vitals_grade1_h", "ice_grade1_h", "vitals_grade2_h", "ice_grade2_h")


def parse_escalation(value: Any) -> EscalationSettings:
    """Hours between checks while CRS/ICANS ≥ 1 and ≥ 2 (§8); keys may be left out (default)."""
    if not isinstance(value, dict):
        raise ValidationError("escalation", msg("error.expected_object"))
    unknown = set(value) - set(_ESCALATION_KEYS)
    if unknown:
        raise ValidationError(
            f"escalation.{sorted(unknown)[0]}",
            msg("error.unknown_key", known=", ".join(_ESCALATION_KEYS)),
        )
    default = EscalationSettings()
    kwargs = {}
    for key in _ESCALATION_KEYS:
        attr = key.removesuffix("_h")
        if key in value:
            hours = ranged(value[key], ESCALATION_RANGE, f"escalation.{key}")
            kwargs[attr] = timedelta(hours=hours)
        else:
            kwargs[attr] = getattr(default, attr)
    try:
        return EscalationSettings(**kwargs)
    except ValueError:  # a grade ≥ 2 interval longer than grade 1's: name that field
        kind = "vitals" if kwargs["vitals_grade2"] > kwargs["vitals_grade1"] else "ice"
        raise ValidationError(
            f"escalation.{kind}_grade2_h", msg("admin.error.escalation_order")
        ) from None


def escalation_value(settings: EscalationSettings) -> dict[str, float]:
    return {
        key: getattr(settings, key.removesuffix("_h")).total_seconds() / 3600
        for key in _ESCALATION_KEYS
    }


def parse_tocilizumab(value: Any) -> TocilizumabLimits:
    if not isinstance(value, dict):
        raise ValidationError("tocilizumab_limits", msg("error.expected_object"))
    known = ("min_interval_h", "max_per_24h", "max_total")
    unknown = set(value) - set(known)
    if unknown:
        raise ValidationError(
            f"tocilizumab_limits.{sorted(unknown)[0]}",
            msg("error.unknown_key", known=", ".join(known)),
        )
    default = TocilizumabLimits()
    hours = value.get("min_interval_h", default.min_interval.total_seconds() / 3600)
    per_24h = value.get("max_per_24h", default.max_per_24h)
    total = value.get("max_total", default.max_total)
    ranged(hours, TOCI_INTERVAL_RANGE, "tocilizumab_limits.min_interval_h")
    for name, n, limit in (
        ("max_per_24h", per_24h, TOCI_PER_24H_RANGE),
        ("max_total", total, TOCI_TOTAL_RANGE),
    ):
        ranged(n, limit, f"tocilizumab_limits.{name}", whole=True)
    if per_24h > total:
        raise ValidationError(
            "tocilizumab_limits.max_per_24h", msg("admin.error.toci_per_24h_above_total")
        )
    return TocilizumabLimits(timedelta(hours=float(hours)), per_24h, total)


def tocilizumab_value(limits: TocilizumabLimits) -> dict[str, float | int]:
    return {
        "min_interval_h": limits.min_interval.total_seconds() / 3600,
        "max_per_24h": limits.max_per_24h,
        "max_total": limits.max_total,
    }


# --- the laboratory's upper limits of normal (H-01; stored shape and why these ranges:
# lab_limits.py) --------------------------------------------------------------------------
KEY_LAB_ULN = "lab_uln"
SEXES = ("M", "F")
#: The allowed range of each upper limit of normal (decimals: as the keypad takes them).
LAB_ULN_RANGES = {
    "alt": Range(10, 200, "U/L", trim_zeros=True),
    "ast": Range(10, 200, "U/L", trim_zeros=True),
    "bilirubin": Range(5, 60, "µmol/L", 1, trim_zeros=True),
    "creatinine": Range(30, 200, "µmol/L", trim_zeros=True),
}
LAB_ULN_NAMES = tuple(LAB_ULN_RANGES)


def checked_object(value: Any, field_name: str, known: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(field_name, msg("error.expected_object"))
    unknown = set(value) - set(known)
    if unknown:
        raise ValidationError(
            f"{field_name}.{sorted(unknown)[0]}", msg("error.unknown_key", known=", ".join(known))
        )
    return value


def parse_lab_uln(value: Any) -> LabLimits:
    """The stored or entered limits: null is the app's defaults; a value left out keeps the
    app's default; each value in its range, else ``ValidationError`` naming the field
    (``lab_uln.F.alt``) and the range."""
    if value is None:
        return DEFAULT_LIMITS
    by_sex = checked_object(value, KEY_LAB_ULN, SEXES)
    limits = {}
    for sex in SEXES:
        given = checked_object(by_sex.get(sex, {}), f"{KEY_LAB_ULN}.{sex}", LAB_ULN_NAMES)
        default = asdict(ADULT_ULN[sex])
        numbers = {}
        for name, allowed in LAB_ULN_RANGES.items():
            field_name = f"{KEY_LAB_ULN}.{sex}.{name}"
            numbers[name] = ranged(given.get(name, default[name]), allowed, field_name)
        limits[sex] = UpperLimits(**numbers)
    return LabLimits(limits["M"], limits["F"], ward=True)


def lab_uln_value(limits: LabLimits) -> dict[str, dict[str, float]] | None:
    """The stored form (None: the app's defaults)."""
    if not limits.ward:
        return None
    return {sex: asdict(limits.for_sex(sex)) for sex in SEXES}
