"""The ward laboratory's upper limits of normal for the HLH/MAS checklist (clinical-decisions
H-01): ALT, AST, total bilirubin and creatinine, for men and for women.

Stored under ``lab_uln`` as ``{"M": {"alt", "ast", "bilirubin", "creatinine"}, "F": {…}}``
(U/L, µmol/L), read into :attr:`.ward_settings.WardSettings.lab_uln`; not stored, or
stored as null, the app's defaults (:data:`~cart_bedside.logic.hlh.DEFAULT_LIMITS`)
stand and the checklist says so. Each value must lie in its range
(:data:`LAB_ULN_RANGES`): wide enough for any adult reference interval, narrow enough
to refuse a value typed in another unit (bilirubin or creatinine in mg/dL, enzymes in
µkat/L) or with a digit too many. The admin sets them in Settings → Ward
(:func:`set_lab_uln`): audited, and the ward server's when this device is enrolled
(service/directory.py), like every ward setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict

from ..logic.hlh import DEFAULT_LIMITS, LabLimits
from .admin import AdminService
from .clinical_settings import (  # noqa: F401  (part of this module's interface)
    KEY_LAB_ULN,
    LAB_ULN_NAMES,
    LAB_ULN_RANGES,
    SEXES,
    checked_object,
    lab_uln_value,
    parse_lab_uln,
)


def set_lab_uln(
    admin: AdminService,
    values: Mapping[str, Mapping[str, float | None]] | None,
    reason: str | None = None,
) -> LabLimits:
    """The admin's change (role ``settings``): ``{"M": {...}, "F": {...}}`` (a value left out
    keeps the one in force), or None to go back to the app's defaults. Refused whole, naming
    the field and its range, with nothing stored; audited; the ward server's when enrolled."""
    user = admin.require("settings")
    if values is None:
        parsed = DEFAULT_LIMITS
    else:
        given = checked_object(values, KEY_LAB_ULN, SEXES)
        current = admin.settings().lab_uln
        parsed = parse_lab_uln(
            {
                s: {
                    **asdict(current.for_sex(s)),
                    **checked_object(given.get(s, {}), f"{KEY_LAB_ULN}.{s}", LAB_ULN_NAMES),
                }
                for s in SEXES
            }
        )
    stored = lab_uln_value(parsed)
    if admin.repo.ward_settings.get_setting(KEY_LAB_ULN) != stored:
        admin.directory.settings.set_setting(KEY_LAB_ULN, stored, user.username, reason)
        admin.ward.invalidate()
    return parsed
