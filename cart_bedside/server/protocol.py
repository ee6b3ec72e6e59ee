"""The wire format between a device and the ward server, and its checks.

A pushed row is ``{"table", "id", "content", "sha256"}``: ``content`` is the
row as the device stores it (column → value, JSON), ``sha256`` the hex sha256
of its canonical JSON (sorted keys, no spaces, UTF-8, non-ASCII kept). The
server recomputes the hash; identity of a row is (table, id), and the same id
with another hash is a conflict, never an overwrite.

Only the shared clinical tables and the audit log travel; device-local tables
(drafts, local settings, lock-out counters, derived indexes) never leave the
tablet, and the server refuses them by name.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..logic.wire import (  # noqa: F401  (the one definition, shared with the tablet)
    API,
    DEFAULT_PULL_ROWS,
    MAX_PULL_ROWS,
    MAX_PUSH_ROWS,
    canonical_json,
    content_sha256,
)

#: A device clock further than this from the server's is reported (seconds).
SKEW_WARN_S = 120.0
ENROLL_CODE_MINUTES = 15

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@functools.cache
def synced_tables() -> frozenset[str]:
    """Tables a device may push: the tablet's append-only clinical tables (its own list,
    so a table added there travels without a second edit) and its audit log.

    Read on first use, so the admin commands start without loading the tablet's storage.
    """
    from ..storage.schema import CLINICAL_TABLES

    return frozenset((*CLINICAL_TABLES, "audit_log"))


@functools.cache
def device_local_tables() -> frozenset[str]:
    """Tables that never leave the tablet (named so the refusal says why): the tablet's own
    list (storage.merge_schema), read on first use like :func:`synced_tables`."""
    from ..storage.merge_schema import DEVICE_LOCAL_TABLES

    return DEVICE_LOCAL_TABLES


class RowError(ValueError):
    """A pushed row that cannot be accepted; ``index`` and ``field`` name it."""

    def __init__(self, index: int, field: str, message: str):
        super().__init__(f"rows[{index}].{field}: {message}")
        self.index, self.field, self.message = index, field, message


def token_sha256(token: str) -> str:
    """Tokens and enrolment codes are stored as this hash, never as given.

    They are random (≥ 50 bits for a code that lives 15 minutes and is used
    once, 256 bits for a token), so a plain hash is enough; no salt or slow
    hash is needed as it would be for a PIN.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Row:
    """One checked row of a push page."""

    table: str
    id: str
    content: str  # canonical JSON text, exactly what was hashed
    sha256: str
    episode_id: str | None
    patient_id: str | None
    episode: EpisodeFacts | None  # for rows of ``episodes``: what the pull filter needs


@dataclass(frozen=True)
class EpisodeFacts:
    supersedes: str | None
    discharged_at: datetime | None
    entered_in_error: bool


def check_row(index: int, raw: Any, server_tz: Any = None) -> Row:
    """Check one pushed row; :class:`RowError` names the field that is wrong."""
    if not isinstance(raw, dict):
        raise RowError(index, "", "must be an object")
    table, rid, content, digest = (raw.get(k) for k in ("table", "id", "content", "sha256"))
    if table in device_local_tables():
        raise RowError(index, "table", f"{table!r} is device-local and never leaves the tablet")
    if table not in synced_tables():
        raise RowError(index, "table", f"must be one of {', '.join(sorted(synced_tables()))}")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RowError(index, "id", "must be 1-128 letters, digits or :._-")
    if not isinstance(content, dict):
        raise RowError(index, "content", "must be an object (column → value)")
    if not isinstance(digest, str) or not _HEX64.match(digest):
        raise RowError(index, "sha256", "must be 64 lower-case hex digits")
    if table != "audit_log" and content.get("id") != rid:
        raise RowError(index, "content.id", "must equal the row's id")
    try:
        text = canonical_json(content)
    except ValueError as exc:
        raise RowError(index, "content", f"not plain JSON ({exc})") from exc
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise RowError(index, "sha256", "does not match the content as sent")
    episode_id = _opt_str(index, content, "episode_id")
    patient_id = _opt_str(index, content, "patient_id")
    if table != "audit_log" and table != "patients" and episode_id is None:
        raise RowError(index, "content.episode_id", "is required for a clinical row")
    if table == "patients" and patient_id is None:
        raise RowError(index, "content.patient_id", "is required for a patient row")
    facts = None
    if table == "episodes":
        if patient_id is None:
            raise RowError(index, "content.patient_id", "is required for an episode row")
        facts = EpisodeFacts(
            supersedes=_opt_str(index, content, "supersedes"),
            discharged_at=_opt_time(index, content, "discharged_at", server_tz),
            entered_in_error=bool(content.get("entered_in_error")),
        )
    return Row(table, rid, text, digest, episode_id, patient_id, facts)


def _opt_str(index: int, content: dict[str, Any], key: str) -> str | None:
    value = content.get(key)
    if value is not None and not isinstance(value, str):
        raise RowError(index, f"content.{key}", "must be text or null")
    return value


def _opt_time(index: int, content: dict[str, Any], key: str, tz: Any) -> datetime | None:
    value = _opt_str(index, content, key)
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError as exc:
        raise RowError(index, f"content.{key}", "must be an ISO 8601 time") from exc
    # The tablet writes the ward's local time; the server runs in the same ward.
    return when if when.tzinfo else when.replace(tzinfo=tz or datetime.now().astimezone().tzinfo)


def err(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    """The flat error body: ``{"error": code, "message": text, "field"?: name}``."""
    out = {"error": code, "message": message}
    if field:
        out["field"] = field
    return out


def parse_device_time(value: str | None) -> datetime | None:
    """The device's clock at the moment it sent the page (ISO 8601 with an offset)."""
    if value is None:
        return None
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError("device_time needs a UTC offset, e.g. 2026-12-06T07:00:00+08:00")
    return when.astimezone(UTC)
