"""Doses and stale data (issue 14 item 4): a device that has not synced lately may not show
doses given on other tablets, so the tocilizumab panel says so and a new dose is held.

Past ``STALE_AMBER_MIN`` (2 min) since the last good sync round (or never synced) the
tocilizumab state carries the warning "not synced for N min — doses given on other tablets
may be missing", and the dose check counts it like a broken limit (``SYNC_STALE``): a sync
round clears it, or a physician overrides with a reason through the same audited override
as the dose limits. A device that was never enrolled (a single tablet) is never stale.
"""

from __future__ import annotations

from datetime import datetime

from ..logic.messages import Message, msg

#: The dose check's code for "this device's copy may be missing other tablets' doses".
SYNC_STALE = "sync_stale"


def stale_minutes(ward, now: datetime) -> int | None:
    """Whole minutes since this device last synced, when past the amber threshold; -1 when
    it never synced; None when fresh or not enrolled."""
    status = ward.sync_status()
    if status.level(now) in (None, "ok"):
        return None
    minutes = status.minutes_since_ok(now)
    return -1 if minutes is None else int(minutes)


def stale_message(minutes: int) -> Message:
    """ "not synced for N min — doses given on other tablets may be missing" (or never)."""
    if minutes < 0:
        return msg("record.sync.never")
    return msg("record.sync.stale", minutes=minutes)
