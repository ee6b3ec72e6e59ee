"""The ward setting of the background sync: how often a device syncs (seconds).

``sync_interval_s`` (default 30, kept between 5 and 3600): a ward setting, so
the ward server's directory sets it for every device. The admin sets it in Settings →
Ward (:func:`set_sync_interval`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..logic.schema import Range
from .clinical_settings import ranged
from .ward import WardService

if TYPE_CHECKING:
    from .admin import AdminService

KEY_SYNC_INTERVAL = "sync_interval_s"
DEFAULT_SYNC_INTERVAL_S = 30.0
MIN_SYNC_INTERVAL_S, MAX_SYNC_INTERVAL_S = 5.0, 3600.0


def sync_interval_s(ward: WardService) -> float:
    """Seconds between background sync rounds (a bad stored value: the default)."""
    value = ward.repo.ward_settings.get_setting(KEY_SYNC_INTERVAL, DEFAULT_SYNC_INTERVAL_S)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_SYNC_INTERVAL_S
    return min(MAX_SYNC_INTERVAL_S, max(MIN_SYNC_INTERVAL_S, float(value)))


SYNC_INTERVAL_RANGE = Range(MIN_SYNC_INTERVAL_S, MAX_SYNC_INTERVAL_S, "s", 0)


def parse_sync_interval(value: Any) -> float:
    """Seconds as the admin typed them; empty or out of 5–3600 s is refused naming the
    field and its range."""
    return ranged(value, SYNC_INTERVAL_RANGE, KEY_SYNC_INTERVAL)


def set_sync_interval(admin: AdminService, seconds: Any, reason: str | None = None) -> float:
    """The admin's change (role ``settings``): audited, and the ward server's when this
    device is enrolled (service/directory.py), like every ward setting."""
    user = admin.require("settings")
    value = parse_sync_interval(seconds)
    if admin.repo.ward_settings.get_setting(KEY_SYNC_INTERVAL) != value:
        admin.directory.settings.set_setting(KEY_SYNC_INTERVAL, value, user.username, reason)
        admin.ward.invalidate()
    return value
