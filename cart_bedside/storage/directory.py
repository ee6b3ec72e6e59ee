"""The ward server's directory cached on an enrolled device (issue 14 item 2).

Once a ward has a server, its users, roles, PIN hashes and ward settings are the
server's (``GET /api/v1/directory``). :func:`apply_directory` writes the server's copy
into this device's ``users`` and ``ward_settings`` tables — the cache that signs in
offline — in ONE transaction, every change audited in this device's keyed chain
(actor ``ward-server``, reason ``directory v<version>``; the state hash of each user
and setting is kept by :func:`.audit.append`, so ``verify`` checks the cache too).

- A user the server has and this device has not is created; a changed display
  name, role, PIN hash or active flag is updated. The local lock-out counters
  (``failed_attempts``, ``locked_until``) are this device's and are kept.
- A local user the server does not list is deactivated (never deleted): the
  directory is the server's.
- Settings the server holds are written when they differ; keys it does not hold
  are left alone (a device's own settings, e.g. its second backup folder).
- A payload that is not a directory is refused whole (one message naming the field),
  nothing written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..logic.messages import msg
from .audit import AuditAction, canonical_json
from .codec import t2s
from .errors import StorageError
from .store import Store
from .types import ROLES

ACTOR = "ward-server"


def apply_directory(store: Store, payload: Mapping[str, Any]) -> int:
    """Write the server's directory into this device's cache; returns rows changed."""
    version, users, settings = _checked(payload)
    reason = f"directory v{version}"
    now = t2s(store.now())
    changed = 0
    with store.transaction() as conn:
        held = {r["username"]: r for r in store.rows("SELECT * FROM users")}
        for user in users:
            old = held.get(user["username"])
            if old is None:
                conn.execute(
                    "INSERT INTO users (username, display_name, role, pin_hash, active, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        user["username"],
                        user["display_name"],
                        user["role"],
                        user["pin_hash"],
                        int(user["active"]),
                        now,
                        now,
                    ),
                )
                store.audit(
                    conn,
                    ACTOR,
                    AuditAction.USER_CREATE,
                    table="users",
                    record_id=user["username"],
                    reason=reason,
                    details={"display_name": user["display_name"], "role": user["role"]},
                )
                changed += 1
                continue
            new = {
                "display_name": user["display_name"],
                "role": user["role"],
                "pin_hash": user["pin_hash"],
                "active": int(user["active"]),
            }
            diff = {k: v for k, v in new.items() if old[k] != v}
            if diff:
                _update(store, conn, user["username"], diff, dict(old), reason, now)
                changed += 1
        listed = {u["username"] for u in users}
        for name, old in held.items():
            if name not in listed and old["active"]:
                _update(store, conn, name, {"active": 0}, dict(old), reason, now)
                changed += 1
        current = {r["key"]: r["value"] for r in store.rows("SELECT key, value FROM ward_settings")}
        for key, value in settings.items():
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            if key in current and _same(current[key], value):
                continue
            conn.execute(
                "INSERT INTO ward_settings (key, value, updated_at, updated_by) VALUES "
                "(?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                (key, text, now, ACTOR),
            )
            store.audit(
                conn,
                ACTOR,
                AuditAction.SETTING_CHANGE,
                table="ward_settings",
                record_id=key,
                reason=reason,
                details={
                    "old": json.loads(current[key]) if key in current else None,
                    "new": value,
                },
            )
            changed += 1
    return changed


def _update(
    store: Store,
    conn: Any,
    username: str,
    diff: dict[str, Any],
    old: dict[str, Any],
    reason: str,
    now: str,
) -> None:
    sets = ", ".join(f"{k} = ?" for k in diff)
    conn.execute(
        f"UPDATE users SET {sets}, updated_at = ? WHERE username = ?",
        [*diff.values(), now, username],
    )
    shown = {k: v for k, v in diff.items() if k != "pin_hash"}
    details: dict[str, Any] = {"new": shown, "old": {k: old[k] for k in shown}}
    if "pin_hash" in diff:
        details["pin_changed"] = True
    store.audit(
        conn,
        ACTOR,
        AuditAction.USER_UPDATE,
        table="users",
        record_id=username,
        reason=reason,
        details=details,
    )


def _same(stored: str, value: Any) -> bool:
    try:
        return canonical_json(json.loads(stored)) == canonical_json(value)
    except ValueError:
        return False


def _bad(field: str) -> StorageError:
    return StorageError(msg("storage.error.directory_payload", field=field))


def _checked(payload: Mapping[str, Any]) -> tuple[int, list[dict[str, Any]], dict[str, Any]]:
    """The payload's version, users and settings, or :class:`StorageError` naming the field."""
    if not isinstance(payload, Mapping):
        raise _bad("directory")
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _bad("version")
    users, settings = payload.get("users"), payload.get("settings")
    if not isinstance(users, list):
        raise _bad("users")
    if not isinstance(settings, Mapping) or not all(isinstance(k, str) for k in settings):
        raise _bad("settings")
    out, seen = [], set()
    for i, raw in enumerate(users):
        field = f"users[{i}]"
        if not isinstance(raw, Mapping):
            raise _bad(field)
        name, display, role = raw.get("username"), raw.get("display_name"), raw.get("role")
        pin_hash, active = raw.get("pin_hash"), raw.get("active")
        if not isinstance(name, str) or not name.strip() or name in seen:
            raise _bad(f"{field}.username")
        if not isinstance(display, str) or not display.strip():
            raise _bad(f"{field}.display_name")
        if role not in ROLES:
            raise _bad(f"{field}.role")
        if pin_hash is not None and not (isinstance(pin_hash, str) and pin_hash.count("$") == 5):
            raise _bad(f"{field}.pin_hash")
        if not isinstance(active, bool):
            raise _bad(f"{field}.active")
        seen.add(name)
        out.append(
            {
                "username": name,
                "display_name": display,
                "role": role,
                "pin_hash": pin_hash,
                "active": active,
            }
        )
    return version, out, dict(settings)
