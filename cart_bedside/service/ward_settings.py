"""The ward's settings, typed: every key with its default here, read once, validated on write.

Values live in the ``ward_settings`` table as JSON (the repository audits
every change with the old and the new value). :class:`WardSettings` is the
one place each setting has its default; :data:`_READERS` says which stored
key fills which field. The ward service loads them once and again after a
change (:meth:`cart_bedside.service.ward.WardService.settings`); nothing else
reads a setting by its key. Keys and stored shapes:

| key | stored value | default |
|---|---|---|
| ``ward.name`` | text | ``""`` |
| ``beds`` | list of bed labels | ``[]`` (any bed label accepted) |
| ``shifts`` | ``[[name, "HH:MM"], …]`` (``["HH:MM", …]`` is read too) | 08:00, 16:00, 00:00 |
| ``fluid_day_start`` | ``"HH:MM"`` | ``"08:00"`` |
| ``shift_names`` | ``{shift: the ward's name}`` (``{"night": "大夜班"}``) | ``{}`` |
| ``protocol`` | a protocol id | ``tci-1203-2025`` |
| ``escalation`` | hours ``{vitals,ice}_grade{1,2}_h`` | 4, 8, 1, 4 |
| ``tocilizumab_limits`` | ``{"min_interval_h", "max_per_24h", "max_total"}`` | 8, 3, 4 |
| ``auto_lock_minutes`` | number | 2 |
| ``lockout_minutes`` | number: sign-in lockout after 5 wrong PINs | 15 |
| ``language`` | ``zh_CN`` or ``en`` | ``zh_CN`` |
| ``adaptive_ice`` | ``{"enabled", "interval_min", "duration_h"}`` | on, 30 min, 2 h |
| ``paediatric_dosing`` | ``{drug: text}`` (generic names) | ``{}`` (default line) |
| ``lab_code_map`` | ``[{"system", "code", "lab", "display"}, …]`` | ``[]`` |
| ``lab_import_folder`` | a folder path | none |
| ``lab_import_charset`` | a text encoding | ``gb18030`` |
| ``lab_uln`` | ``{"M"/"F": {"alt", "ast", "bilirubin", "creatinine"}}``, or null | the app's |

Adding a setting: a field with its default on :class:`WardSettings`, its key
and a reader line in :data:`_READERS` (and a ``set_…`` on the admin service).

The paediatric dosing table (clinical-rules §9) is the ward's own line for a
drug whose protocol dose is an adult fixed dose; a drug without a line gets
the catalogue's default ("paediatric dose by weight, per the treating
physician"). The app invents no paediatric dose.

A stored value that no longer validates (written by an older version, or by
hand) is read as the default, so a bad setting never stops the ward; the
admin screen shows what is in force.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from typing import Any

from ..logic import protocols
from ..logic.hlh import DEFAULT_LIMITS, LabLimits
from ..logic.messages import LANGUAGES, msg
from ..logic.observations import AdaptiveIceSettings
from ..logic.schedule import EscalationSettings
from ..logic.schema import Range
from ..logic.shifts import DEFAULT_SHIFTS, ShiftSettings
from ..logic.tocilizumab import TocilizumabLimits
from ..logic.validation import ValidationError
from ..storage import Repository
from .clinical_settings import (  # noqa: F401  (part of this module's interface)
    ADAPTIVE_DURATION_RANGE,
    ADAPTIVE_INTERVAL_RANGE,
    ESCALATION_RANGE,
    KEY_ADAPTIVE_ICE,
    KEY_LAB_ULN,
    KEY_PAEDIATRIC_DOSING,
    PAEDIATRIC_LINE_MAX,
    TOCI_INTERVAL_RANGE,
    TOCI_PER_24H_RANGE,
    TOCI_TOTAL_RANGE,
    adaptive_ice_value,
    escalation_value,
    lab_uln_value,
    parse_adaptive_ice,
    parse_escalation,
    parse_lab_uln,
    parse_paediatric_dosing,
    parse_tocilizumab,
    ranged,
    tocilizumab_value,
)
from .clinical_settings import number as _number

KEY_WARD_NAME = "ward.name"
KEY_BEDS = "beds"
KEY_SHIFTS = "shifts"
KEY_FLUID_DAY_START = "fluid_day_start"
KEY_PROTOCOL = "protocol"
KEY_ESCALATION = "escalation"
KEY_TOCILIZUMAB = "tocilizumab_limits"
KEY_AUTO_LOCK = "auto_lock_minutes"
KEY_LOCKOUT = "lockout_minutes"
KEY_LANGUAGE = "language"
KEY_LAB_CODE_MAP = "lab_code_map"
KEY_LAB_FOLDER = "lab_import_folder"
KEY_LAB_CHARSET = "lab_import_charset"
KEY_SHIFT_NAMES = "shift_names"
SHIFT_NAME_MAX = 12  # characters: "大夜班", "Night (long)"

DEFAULT_AUTO_LOCK_MINUTES = 2.0
AUTO_LOCK_RANGE = Range(0.5, 60, "min", 1)

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
#: Shift names given to a plain list of start times, by number of shifts.
_DEFAULT_NAMES = {1: ("day",), 2: ("day", "night"), 3: ("day", "evening", "night")}


@dataclass(frozen=True)
class WardSettings:
    """Every ward setting in force; each field's default is the setting's default."""

    ward_name: str = ""
    beds: tuple[str, ...] = ()
    shifts: ShiftSettings = field(default_factory=ShiftSettings)
    protocol: str = protocols.DEFAULT_PROTOCOL
    escalation: EscalationSettings = field(default_factory=EscalationSettings)
    tocilizumab: TocilizumabLimits = field(default_factory=TocilizumabLimits)
    auto_lock_minutes: float = DEFAULT_AUTO_LOCK_MINUTES
    language: str = "zh_CN"
    paediatric_dosing: dict[str, str] = field(default_factory=dict)
    adaptive_ice: AdaptiveIceSettings = field(default_factory=AdaptiveIceSettings)
    lockout_minutes: float = 15.0
    lab_code_map: tuple[dict[str, str], ...] = ()
    lab_import_folder: str | None = None
    lab_import_charset: str = "gb18030"
    lab_uln: LabLimits = DEFAULT_LIMITS  # the ward laboratory's upper limits of normal

    @property
    def lockout(self) -> timedelta:
        return timedelta(minutes=self.lockout_minutes)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError("text", msg("error.required"))
    return value


def _positive(value: Any) -> float:
    minutes = _number(value, KEY_LOCKOUT)
    if minutes <= 0:
        raise ValidationError(KEY_LOCKOUT, msg("error.required"))
    return minutes


def _code_rows(value: Any) -> tuple[dict[str, str], ...]:
    if not isinstance(value, list):
        raise ValidationError(KEY_LAB_CODE_MAP, msg("error.expected_list"))
    return tuple(dict(row) for row in value)


#: Which field each stored key fills, and how it is read (a missing key, or a value that
#: does not read, leaves the field's default). Readers get the whole stored mapping.
_READERS: tuple[tuple[str, Callable[[Mapping[str, Any]], Any]], ...] = (
    ("ward_name", lambda s: str(s[KEY_WARD_NAME] or "")),
    ("beds", lambda s: parse_beds(s[KEY_BEDS] or [])),
    (
        "shifts",
        lambda s: parse_shifts(
            s.get(KEY_SHIFTS), s.get(KEY_FLUID_DAY_START), _ward_shift_names(s.get(KEY_SHIFT_NAMES))
        ),
    ),
    ("protocol", lambda s: parse_protocol(s[KEY_PROTOCOL])),
    ("escalation", lambda s: parse_escalation(s[KEY_ESCALATION] or {})),
    ("tocilizumab", lambda s: parse_tocilizumab(s[KEY_TOCILIZUMAB] or {})),
    ("auto_lock_minutes", lambda s: parse_auto_lock(s[KEY_AUTO_LOCK])),
    ("language", lambda s: parse_language(s[KEY_LANGUAGE] or "zh_CN")),
    ("paediatric_dosing", lambda s: parse_paediatric_dosing(s[KEY_PAEDIATRIC_DOSING] or {})),
    ("adaptive_ice", lambda s: parse_adaptive_ice(s[KEY_ADAPTIVE_ICE] or {})),
    ("lockout_minutes", lambda s: _positive(s[KEY_LOCKOUT])),
    ("lab_code_map", lambda s: _code_rows(s[KEY_LAB_CODE_MAP] or [])),
    ("lab_import_folder", lambda s: _text(s[KEY_LAB_FOLDER]).strip() or None),
    ("lab_import_charset", lambda s: _text(s[KEY_LAB_CHARSET]).strip() or "gb18030"),
    ("lab_uln", lambda s: parse_lab_uln(s[KEY_LAB_ULN])),
)


def _ward_shift_names(value: Any) -> dict[str, str]:
    """The ward's shift names; ones that no longer read leave the catalogue's words (and
    never the ward's shift times)."""
    try:
        return parse_shift_names(value)
    except ValidationError:
        return {}


def from_stored(stored: Mapping[str, Any]) -> WardSettings:
    """The settings in force for the stored key → value mapping (defaults filled in)."""
    values = {}
    for name, read in _READERS:
        try:
            values[name] = read(stored)
        except (KeyError, ValidationError, ValueError, TypeError, AttributeError):
            pass  # not stored, or no longer valid: the default stands
    return WardSettings(**values)


def load(repo: Repository) -> WardSettings:
    """The settings in force (one read of the settings table)."""
    return from_stored(repo.ward_settings.settings())


# The accessors below read the table again: for code without a ward service at hand
# (the handover's worker thread, admission). A service asks ``WardService.settings()``.


def adaptive_ice(repo: Repository) -> AdaptiveIceSettings:
    """The adaptive ICE schedule in force (§12; default on, every 30 min for 2 h)."""
    return load(repo).adaptive_ice


def paediatric_dosing(repo: Repository) -> dict[str, str]:
    """The ward's paediatric dosing lines (drug → text); a missing drug uses the default."""
    return load(repo).paediatric_dosing


def ward_protocol(repo: Repository) -> str:
    """The ward's default protocol (§10): for admissions without a protocol record."""
    return load(repo).protocol


def episode_protocol(repo: Repository, episode_id: str, ward: str | None = None) -> str:
    """The protocol this admission follows (§10): its latest protocol record, else the ward's
    (``ward``: the ward's protocol when the caller has the settings already)."""
    record = repo.judgements.protocols_for([episode_id]).get(episode_id)
    if record is not None:
        return record.protocol
    return ward if ward is not None else ward_protocol(repo)


def episode_protocols(repo: Repository, episode_ids: list[str]) -> dict[str, str]:
    """:func:`episode_protocol` for many admissions in one read (the board, the handover)."""
    stored = repo.judgements.protocols_for(episode_ids)
    ward = ward_protocol(repo) if any(e not in stored for e in episode_ids) else ""
    return {e: stored[e].protocol if e in stored else ward for e in episode_ids}


def tocilizumab_limits(repo: Repository) -> TocilizumabLimits:
    return load(repo).tocilizumab


def shift_settings(repo: Repository) -> ShiftSettings:
    return load(repo).shifts


def escalation_settings(repo: Repository) -> EscalationSettings:
    return load(repo).escalation


def beds(repo: Repository) -> tuple[str, ...]:
    return load(repo).beds


# --- parsing (stored or entered values → typed), each raising ValidationError ------------------


def parse_hhmm(value: Any, field_name: str) -> time:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field_name, msg("admin.error.hhmm_required"))
    if not isinstance(value, str) or not _HHMM.match(value.strip()):
        raise ValidationError(field_name, msg("admin.error.hhmm", value=str(value)))
    hours, minutes = value.strip().split(":")
    return time(int(hours), int(minutes))


def parse_shift_names(value: Any) -> dict[str, str]:
    """The ward's names for its shifts, ``{shift: name}``; an empty name keeps the catalogue's."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError("shift_names", msg("error.required"))
    names = {}
    for key, name in value.items():
        text = str(name or "").strip()
        if len(text) > SHIFT_NAME_MAX:
            raise ValidationError(
                f"shift_names.{key}",
                msg("admin.error.paediatric_too_long", length=len(text), max=SHIFT_NAME_MAX),
            )
        if text:
            names[str(key)] = text
    if len(set(names.values())) != len(names):
        raise ValidationError("shift_names", msg("admin.error.shift_names_unique"))
    return names


def parse_shifts(value: Any, fluid_day_start: Any = None, names: Any = None) -> ShiftSettings:
    """Shift starts as ``[[name, "HH:MM"], …]`` or ``["HH:MM", …]``, validated (logic.shifts);
    ``names`` the ward's own names for them (``shift_names``)."""
    fds = time(8, 0) if fluid_day_start is None else parse_hhmm(fluid_day_start, "fluid_day_start")
    ward_names = tuple(parse_shift_names(names).items())
    if value is None:
        return ShiftSettings(DEFAULT_SHIFTS, fds, ward_names)
    if not isinstance(value, list | tuple) or not value:
        raise ValidationError("shifts", msg("admin.error.shifts_empty"))
    pairs: list[tuple[str, time]] = []
    plain = all(isinstance(v, str) for v in value)
    names = _DEFAULT_NAMES.get(len(value), tuple(str(i + 1) for i in range(len(value))))
    for i, item in enumerate(value):
        if plain:
            name, start = names[i], item
        elif isinstance(item, list | tuple) and len(item) == 2:
            name, start = str(item[0]).strip(), item[1]
        else:
            raise ValidationError(f"shifts[{i}]", msg("admin.error.hhmm", value=str(item)))
        if not name:
            raise ValidationError(f"shifts[{i}].name", msg("error.required"))
        pairs.append((name, parse_hhmm(start, f"shifts[{i}].start")))
    if len({n for n, _ in pairs}) != len(pairs):
        raise ValidationError("shifts", msg("admin.error.shift_names_unique"))
    if len({s for _, s in pairs}) != len(pairs):
        raise ValidationError("shifts", msg("admin.error.shift_starts_distinct"))
    try:
        return ShiftSettings(tuple(pairs), fds, ward_names)
    except ValueError:
        raise ValidationError("shifts", msg("admin.error.shift_order")) from None


def shifts_value(settings: ShiftSettings) -> list[list[str]]:
    """The stored form of the shifts (``[[name, "HH:MM"], …]``)."""
    return [[name, start.strftime("%H:%M")] for name, start in settings.shifts]


def parse_beds(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise ValidationError("beds", msg("error.expected_list"))
    out = tuple(str(b).strip() for b in value)
    for i, bed in enumerate(out):
        if not bed:
            raise ValidationError(f"beds[{i}]", msg("error.required"))
    if len(set(out)) != len(out):
        dup = next(b for b in out if out.count(b) > 1)
        raise ValidationError("beds", msg("admin.error.bed_duplicate", bed=dup))
    return out


def parse_protocol(value: Any) -> str:
    if value not in protocols.PROTOCOL_IDS:
        raise ValidationError(
            "protocol",
            msg("error.bad_choice", value=str(value), known=", ".join(protocols.PROTOCOL_IDS)),
        )
    return str(value)


def parse_auto_lock(value: Any) -> float:
    return ranged(value, AUTO_LOCK_RANGE, KEY_AUTO_LOCK)


def parse_language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValidationError(
            "language", msg("error.bad_choice", value=str(value), known=", ".join(LANGUAGES))
        )
    return str(value)
