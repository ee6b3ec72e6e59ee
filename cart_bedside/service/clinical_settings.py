"""The ward settings of clinical-rules §9 and §12: paediatric dosing lines, adaptive ICE.

Parsed and checked here (each raising ``ValidationError`` naming the field);
read with their defaults through :mod:`.ward_settings`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..logic import drugs
from ..logic.messages import msg
from ..logic.observations import AdaptiveIceSettings
from ..logic.validation import Range, ValidationError, check_range

KEY_PAEDIATRIC_DOSING = "paediatric_dosing"
KEY_ADAPTIVE_ICE = "adaptive_ice"
ADAPTIVE_INTERVAL_RANGE = Range(5, 120, "min")
ADAPTIVE_DURATION_RANGE = Range(0.5, 24, "h", 1)
#: Longest paediatric dosing line an administrator may store (one line on a card).
PAEDIATRIC_LINE_MAX = 200


def number(value: Any, field_name: str) -> float:
    """A JSON number (not a bool), else ``ValidationError`` naming the field."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field_name, msg("error.expected_number", value=str(value)))
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
    minutes = number(
        value.get("interval_min", default.interval.total_seconds() / 60),
        f"{KEY_ADAPTIVE_ICE}.interval_min",
    )
    hours = number(
        value.get("duration_h", default.duration.total_seconds() / 3600),
        f"{KEY_ADAPTIVE_ICE}.duration_h",
    )
    check_range(minutes, ADAPTIVE_INTERVAL_RANGE, f"{KEY_ADAPTIVE_ICE}.interval_min")
    check_range(hours, ADAPTIVE_DURATION_RANGE, f"{KEY_ADAPTIVE_ICE}.duration_h")
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
