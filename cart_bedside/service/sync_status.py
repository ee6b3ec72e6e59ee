"""How this device's sync with the ward server stands (SYNC-INTERFACES.md §1).

Read from device-local ``local_meta`` keys the sync client writes after every
round (:mod:`..storage.sync_state`); a device never enrolled is
``SyncStatus(enrolled=False, …)`` and shows no sync state at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..logic.messages import Message, render
from ..storage import sync_resend, sync_state
from ..storage.store import Store

STALE_AMBER_MIN = 2
STALE_RED_MIN = 10


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    role: str | None  # "tablet" | "workstation" (from enrolment)
    server_url: str | None
    device_id: str | None  # the id the server gave at enrolment
    last_ok_at: datetime | None  # end of the last fully successful push+pull round (aware)
    last_error: str | None  # one line, the user's language; None after a success
    last_error_at: datetime | None
    pending_rows: int  # rows written here not yet acknowledged by the server
    #: one line, the user's language: the last time the ward server was found restored
    #: from an older backup and this device sent every row again (None: never)
    server_restored: str | None = None

    def minutes_since_ok(self, now: datetime) -> float | None:
        """Minutes since the last good round (None: never); ``now`` naive means local time."""
        if self.last_ok_at is None:
            return None
        return max(0.0, (_aware(now) - self.last_ok_at).total_seconds() / 60.0)

    def level(self, now: datetime) -> str | None:
        """None not enrolled; "ok" within 2 min; "amber" after 2; "red" after 10 or never."""
        if not self.enrolled:
            return None
        minutes = self.minutes_since_ok(now)
        if minutes is None or minutes > STALE_RED_MIN:
            return "red"
        return "amber" if minutes > STALE_AMBER_MIN else "ok"


NOT_ENROLLED = SyncStatus(False, None, None, None, None, None, None, 0)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.astimezone()


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        return None


def _message(data: dict) -> Message:
    """``{"code", "params"}`` back as a message; a parameter that is one is one again."""
    params = {
        k: _message(v) if isinstance(v, dict) and "code" in v else v
        for k, v in dict(data.get("params") or {}).items()
    }
    return Message(str(data["code"]), params)


def error_message(text: str | None) -> Message | None:
    """The stored last error (a catalogue message as JSON) back as a :class:`Message`."""
    if not text:
        return None
    try:
        return _message(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return Message("sync.error.other", {"detail": text[:200]})


def sync_status_of(store: Store, lang: str) -> SyncStatus:
    """The status of the database behind ``store``; errors rendered in ``lang``."""
    meta = sync_state.read(store)
    if not meta.get("server_url"):
        return NOT_ENROLLED
    error = error_message(meta.get("last_error"))
    return SyncStatus(
        enrolled=True,
        role=meta.get("role"),
        server_url=meta.get("server_url"),
        device_id=meta.get("device_id"),
        last_ok_at=_time(meta.get("last_ok_at")),
        last_error=render(error, lang).splitlines()[0] if error else None,
        last_error_at=_time(meta.get("last_error_at")) if error else None,
        pending_rows=sync_state.pending_rows(store),
        server_restored=_restored(store, lang),
    )


def _restored(store: Store, lang: str) -> str | None:
    found = sync_resend.notice(store)
    if found is None:
        return None
    line = render(Message("sync.server_restored", {"rows": found.get("rows", 0)}), lang)
    at = _time(str(found.get("at") or ""))
    return f"{line} ({at.astimezone():%Y-%m-%d %H:%M})" if at else line
