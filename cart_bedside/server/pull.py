"""What a device pulls: rows after its cursor, for the episodes a tablet needs.

A tablet never holds ten years of a ward: the default pull is limited to the
rows of *wanted* episodes — those whose current version (a version no other
version supersedes; with offline corrections there may be several) is open,
or was discharged within the last ``discharged_days`` — and their patients'
rows. Anything else comes on demand with ``episode=`` (a whole episode's
history, whatever its state).

The cursor is the server sequence. Pushes commit in any order, so the page is
bounded by the ward's watermark (``push.Watermarks``): every row numbered at
or below it is committed or never will be, and the next cursor can never skip
one.

Rows outside the filter when they arrived (a long-discharged episode) are not
sent later if that episode is reopened; the device asks for its history
(``episode=``) when it meets an episode version whose rows it lacks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg

from .store import Device

_WANTED = """
WITH heads AS (
  SELECT v.episode_id, v.patient_id FROM episode_versions v
  WHERE v.ward_id = %(ward)s AND NOT v.entered_in_error
    AND (v.discharged_at IS NULL OR v.discharged_at >= %(cutoff)s)
    AND NOT EXISTS (SELECT 1 FROM episode_versions s
                    WHERE s.ward_id = v.ward_id AND s.supersedes = v.row_id))
"""
_COLUMNS = "r.table_name, r.row_id, r.device_id, r.content, r.content_sha256, r.seq, r.received_at"


@dataclass(frozen=True)
class Page:
    rows: list[tuple]
    next_cursor: int
    more: bool

    def to_json(self) -> bytes:
        """The response body, built around each row's stored canonical JSON (not re-parsed)."""
        parts = []
        for table, rid, device, content, sha, seq, received in self.rows:
            head = json.dumps(
                {
                    "table": table,
                    "id": rid,
                    "device_id": device,
                    "sha256": sha,
                    "seq": seq,
                    "received_at": received.astimezone(UTC).isoformat(),
                },
                ensure_ascii=False,
            )
            parts.append(f'{head[:-1]},"content":{content}}}')
        return (
            f'{{"next_cursor":{self.next_cursor},"more":{"true" if self.more else "false"},'
            f'"rows":[{",".join(parts)}]}}'
        ).encode()


def pull(
    conn: psycopg.Connection,
    device: Device,
    cursor: int,
    limit: int,
    discharged_days: float,
    episode: str | None = None,
    *,
    high: int,
) -> Page:
    """One page of rows after ``cursor`` up to the watermark ``high`` (see the module doc)."""
    params = {
        "ward": device.ward_id,
        "cursor": cursor,
        "high": high,
        "limit": limit,
        "episode": episode,
        "cutoff": datetime.now(UTC) - timedelta(days=discharged_days),
    }
    if episode is not None:
        sql = (
            f"SELECT {_COLUMNS} FROM rows r WHERE r.ward_id = %(ward)s "
            "AND r.seq > %(cursor)s AND r.seq <= %(high)s AND (r.episode_id = %(episode)s "
            "OR (r.table_name = 'patients' AND r.patient_id IN (SELECT patient_id FROM "
            "episode_versions WHERE ward_id = %(ward)s AND episode_id = %(episode)s))) "
            "ORDER BY r.seq LIMIT %(limit)s"
        )
    else:
        sql = (
            f"{_WANTED} SELECT {_COLUMNS} FROM rows r WHERE r.ward_id = %(ward)s "
            "AND r.seq > %(cursor)s AND r.seq <= %(high)s AND (r.episode_id IN "
            "(SELECT episode_id FROM heads) OR (r.table_name = 'patients' AND r.patient_id "
            "IN (SELECT patient_id FROM heads))) ORDER BY r.seq LIMIT %(limit)s"
        )
    rows = conn.execute(sql, params).fetchall()
    conn.commit()
    full = len(rows) == limit
    # A cursor above the watermark (the server restored from an older backup) comes back
    # at the watermark: the device pulls again the numbers the restored server hands out.
    next_cursor = int(rows[-1][5]) if full else high
    return Page(rows, next_cursor, full and next_cursor < high)
