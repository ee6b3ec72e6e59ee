"""The device token of an enrolled database, kept outside the database file.

Like the database key and the audit key (:mod:`.keys`): a 0600 file in the
0700 key folder, ``sync/<database id>.json``, written whole. The token is
never written to the database, a log or the screen: a copy of the database
file (a backup, a lost tablet's disk image) cannot talk to the ward server.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import keys


def token_path(database_id: str) -> Path:
    safe = "".join(c for c in database_id if c.isalnum() or c == "-") or "unknown"
    return keys.key_dir() / "sync" / f"{safe}.json"


def save_token(database_id: str, token: str) -> Path:
    """Keep the token of ``database_id`` (replacing an older one: a new enrolment)."""
    path = token_path(database_id)
    keys.private_dir(path.parent.parent)
    keys.write_private(path, json.dumps({"token": token}).encode())
    return path


def load_token(database_id: str) -> str | None:
    """The token, or None when this database was never enrolled on this device."""
    try:
        token = json.loads(token_path(database_id).read_text())["token"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return token if isinstance(token, str) and token else None
