"""Rows as a tablet would push them (content, sha256), and small API helpers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from cart_bedside.server.protocol import content_sha256
from cart_bedside.storage.ids import new_id


def row(table: str, content: dict[str, Any]) -> dict[str, Any]:
    return {
        "table": table,
        "id": content["id"],
        "content": content,
        "sha256": content_sha256(content),
    }


def episode(
    device: str,
    *,
    discharged_at: str | None = None,
    supersedes: str | None = None,
    episode_id: str | None = None,
    patient_id: str | None = None,
    bed: str = "01",
) -> dict[str, Any]:
    rid = new_id()
    return row(
        "episodes",
        {
            "id": rid,
            "episode_id": episode_id or rid,
            "patient_id": patient_id or new_id(),
            "bed": bed,
            "age_years": 54.0,
            "admitted_at": "2026-12-01T08:00:00",
            "discharged_at": discharged_at,
            "supersedes": supersedes,
            "amend_reason": "discharge" if supersedes else None,
            "entered_in_error": 0,
            "observed_at": "2026-12-01T08:00:00",
            "recorded_at": "2026-12-01T08:00:00",
            "recorded_by": "nurse",
            "device_id": device,
            "save_id": new_id(),
        },
    )


def vitals(device: str, episode_id: str, temp_c: float = 38.4, **extra: Any) -> dict[str, Any]:
    rid = new_id()
    return row(
        "vital_signs",
        {
            "id": rid,
            "episode_id": episode_id,
            "temp_c": temp_c,
            "hr": 96,
            "sbp": 118,
            "dbp": 70,
            "rr": 18,
            "spo2": 97.0,
            "o2_device": "room_air",
            "vasopressors": "[]",
            "observed_at": "2026-12-06T08:00:00",
            "recorded_at": "2026-12-06T08:01:00",
            "recorded_by": "nurse",
            "device_id": device,
            "save_id": new_id(),
            "supersedes": None,
            "amend_reason": None,
            "entered_in_error": 0,
            **extra,
        },
    )


def tampered(original: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The same id with other content, hashed honestly (a conflicting resend)."""
    return row(original["table"], {**original["content"], **changes})


def device_time(offset_s: float = 0.0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=offset_s)).isoformat()


def new_device_id() -> str:
    return str(uuid.uuid4())
