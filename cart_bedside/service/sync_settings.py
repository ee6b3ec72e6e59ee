"""The ward setting of the background sync: how often a device syncs (seconds).

``sync_interval_s`` (default 30, kept between 5 and 3600): a ward setting, so
the ward server's directory sets it for every device.
"""

from __future__ import annotations

from .ward import WardService

KEY_SYNC_INTERVAL = "sync_interval_s"
DEFAULT_SYNC_INTERVAL_S = 30.0
MIN_SYNC_INTERVAL_S, MAX_SYNC_INTERVAL_S = 5.0, 3600.0


def sync_interval_s(ward: WardService) -> float:
    """Seconds between background sync rounds (a bad stored value: the default)."""
    value = ward.repo.ward_settings.get_setting(KEY_SYNC_INTERVAL, DEFAULT_SYNC_INTERVAL_S)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_SYNC_INTERVAL_S
    return min(MAX_SYNC_INTERVAL_S, max(MIN_SYNC_INTERVAL_S, float(value)))
