"""The wire format shared by the tablet's sync client and the ward server (stdlib only).

A row travels as ``{"table", "id", "content", "sha256"}``: ``content`` is the
row as the device stores it (column → value), ``sha256`` the hex sha256 of its
canonical JSON (sorted keys, no spaces, UTF-8 with non-ASCII kept, no NaN).
Both ends import these functions, so the hash a tablet sends is the hash the
server recomputes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

#: Every endpoint lives under this path on the ward server.
API = "/api/v1"
MAX_PUSH_ROWS = 1000
MAX_PULL_ROWS = 5000
DEFAULT_PULL_ROWS = 1000


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text (the same rule as the tablet's audit log)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def content_sha256(content: dict[str, Any]) -> str:
    """The hex sha256 of a row's canonical JSON, as pushed and as the server checks it."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def audit_row_id(chain: str, seq: int) -> str:
    """The wire id of an audit entry: its chain (device lineage) and sequence number."""
    return f"{chain}:{seq}"


_BYTES = "$b64"


def encode_content(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as wire content: a BLOB column becomes ``{"$b64": base64}``."""
    return {
        k: {_BYTES: base64.b64encode(bytes(v)).decode("ascii")}
        if isinstance(v, bytes | bytearray | memoryview)
        else v
        for k, v in row.items()
    }


def decode_content(content: dict[str, Any]) -> dict[str, Any]:
    """Wire content back as a row to store (the inverse of :func:`encode_content`)."""
    return {
        k: base64.b64decode(v[_BYTES]) if isinstance(v, dict) and set(v) == {_BYTES} else v
        for k, v in content.items()
    }
