"""The ward's directory on the server: users, roles, PIN hashes and ward settings.

Once a ward has a server, the directory is the server's: an admin edits it from any
enrolled device (with their own PIN, checked here against the server's copy with the
tablet's own verifier, ``storage.auth.verify_pin``), and every device caches it for
offline sign-in (``GET /directory``; the tablet applies it with
``storage.directory.apply_directory``). ``pin_hash`` is exactly the tablet's stored
format, so a cached copy signs in offline.

Every change is one entry of the ward's **ledger**, a sha256 hash chain (who, from
which device, when, what: old and new values without the PIN hash, and the sha256 of
the new state including it). The directory's ``version`` is the ledger's last
sequence number. The rules the tablet keeps for its own admin screens hold here too:
an admin cannot demote or deactivate their own account, and the last active admin
cannot be demoted or deactivated. The lock-out counters stay on each tablet.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC
from typing import Any

import psycopg

from ..storage.auth import hash_pin, pin_format_ok, verify_pin
from .ledger import append as _ledger
from .ledger import lock as _lock
from .protocol import canonical_json
from .store import Device

ROLES = ("nurse", "physician", "admin")
_USERNAME = re.compile(r"^[^\s].{0,63}$")
_KEY = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")
_PIN_HASH = re.compile(r"^scrypt\$\d+\$\d+\$\d+\$[0-9a-f]+\$[0-9a-f]+$")
USER_FIELDS = ("username", "display_name", "role", "pin_hash", "active")


class DirectoryError(ValueError):
    """A refused edit: ``code`` for the API, ``field`` names what is wrong."""

    def __init__(self, code: str, message: str, field: str | None = None, status: int = 422):
        super().__init__(message)
        self.code, self.message, self.field, self.status = code, message, field, status


@dataclass(frozen=True)
class Admin:
    username: str


# --- reading ---------------------------------------------------------------------------


def version(conn: psycopg.Connection, ward: int) -> int:
    row = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM ledger WHERE ward_id = %s", (ward,)
    ).fetchone()
    return int(row[0]) if row else 0


def payload(conn: psycopg.Connection, ward: int) -> dict[str, Any]:
    """``{"version", "users": [...], "settings": {...}}`` as ``GET /directory`` sends it."""
    users = conn.execute(
        "SELECT username, display_name, role, pin_hash, active, changed_at "
        "FROM directory_users WHERE ward_id = %s ORDER BY username",
        (ward,),
    ).fetchall()
    settings = conn.execute(
        "SELECT key, value FROM directory_settings WHERE ward_id = %s ORDER BY key", (ward,)
    ).fetchall()
    out = {
        "version": version(conn, ward),
        "users": [
            {
                "username": u,
                "display_name": d,
                "role": r,
                "pin_hash": p,
                "active": bool(a),
                "changed_at": c.astimezone(UTC).isoformat(),
            }
            for u, d, r, p, a, c in users
        ],
        "settings": {k: json.loads(v) for k, v in settings},
    }
    conn.commit()
    return out


def _user(conn: psycopg.Connection, ward: int, username: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT username, display_name, role, pin_hash, active FROM directory_users "
        "WHERE ward_id = %s AND username = %s",
        (ward, username),
    ).fetchone()
    return None if row is None else dict(zip(USER_FIELDS, row, strict=True))


# --- the admin's PIN -------------------------------------------------------------------


def check_admin(conn: psycopg.Connection, ward: int, username: str, pin: str) -> Admin | None:
    """The admin if ``username`` is an active admin of the ward and ``pin`` is theirs."""
    found = _user(conn, ward, username)
    conn.commit()
    if found is None or not found["active"] or found["role"] != "admin":
        return None
    return Admin(username) if verify_pin(pin, found["pin_hash"]) else None


# --- edits -----------------------------------------------------------------------------


def edit_user(
    conn: psycopg.Connection,
    device: Device,
    admin: Admin,
    change: dict[str, Any],
    reason: str | None,
) -> int:
    """Create or change one user (``username`` and any of ``display_name``, ``role``,
    ``active``, ``pin`` or ``pin_hash``); returns the new version."""
    username = change.get("username")
    if not isinstance(username, str) or not _USERNAME.match(username):
        raise DirectoryError("invalid_user", "username: 1-64 characters", "user.username")
    unknown = set(change) - {"username", "display_name", "role", "active", "pin", "pin_hash"}
    if unknown:
        raise DirectoryError("invalid_user", "unknown field", f"user.{sorted(unknown)[0]}")
    new: dict[str, Any] = {}
    if "display_name" in change:
        name = change["display_name"]
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            raise DirectoryError(
                "invalid_user", "display_name: 1-200 characters", "user.display_name"
            )
        new["display_name"] = name.strip()
    if "role" in change:
        if change["role"] not in ROLES:
            raise DirectoryError("invalid_user", f"role: one of {', '.join(ROLES)}", "user.role")
        new["role"] = change["role"]
    if "active" in change:
        if not isinstance(change["active"], bool):
            raise DirectoryError("invalid_user", "active: true or false", "user.active")
        new["active"] = change["active"]
    if "pin" in change:
        if not pin_format_ok(change["pin"]):
            raise DirectoryError("invalid_user", "pin: 4 to 8 digits", "user.pin")
        new["pin_hash"] = hash_pin(change["pin"])
    elif "pin_hash" in change:
        if not isinstance(change["pin_hash"], str) or not _PIN_HASH.match(change["pin_hash"]):
            raise DirectoryError(
                "invalid_user", "pin_hash: the tablet's scrypt format", "user.pin_hash"
            )
        new["pin_hash"] = change["pin_hash"]
    with conn.transaction():
        _lock(conn, device.ward_id)
        old = _user(conn, device.ward_id, username)
        if old is None:
            missing = [f for f in ("display_name", "role", "pin_hash") if f not in new]
            if missing:
                field = "pin" if missing[0] == "pin_hash" else missing[0]
                raise DirectoryError("invalid_user", "required for a new user", f"user.{field}")
            state = {"username": username, "active": True, **new}
        else:
            _keep_an_admin(conn, device.ward_id, admin, old, new)
            state = {**old, **new}
        if old is not None and all(old[k] == state[k] for k in USER_FIELDS):
            return version(conn, device.ward_id)
        conn.execute(
            "INSERT INTO directory_users (ward_id, username, display_name, role, pin_hash, "
            "active, changed_by) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (ward_id, username) DO UPDATE SET display_name = excluded.display_name, "
            "role = excluded.role, pin_hash = excluded.pin_hash, active = excluded.active, "
            "changed_at = now(), changed_by = excluded.changed_by",
            (
                device.ward_id,
                username,
                state["display_name"],
                state["role"],
                state["pin_hash"],
                state["active"],
                admin.username,
            ),
        )
        shown = {k: v for k, v in new.items() if k != "pin_hash"}
        details = {
            "new": shown,
            "old": None if old is None else {k: old[k] for k in shown},
            "pin_changed": "pin_hash" in new,
            "state_sha256": _state_sha(state),
            "reason": reason,
        }
        action = "user_create" if old is None else "user_update"
        return _ledger(conn, device.ward_id, device.id, admin.username, action, username, details)


def server_admin(
    conn: psycopg.Connection, ward: int, username: str, display_name: str, pin: str
) -> int:
    """``server admin-user``: make (or reset) an active admin with this PIN from the server
    itself — the start of a ward that begins on the server, or a lost admin PIN."""
    if not _USERNAME.match(username):
        raise DirectoryError("invalid_user", "username: 1-64 characters", "username")
    if not display_name.strip():
        raise DirectoryError("invalid_user", "display name is required", "display_name")
    if not pin_format_ok(pin):
        raise DirectoryError("invalid_user", "PIN: 4 to 8 digits", "pin")
    state = {
        "username": username,
        "display_name": display_name.strip(),
        "role": "admin",
        "pin_hash": hash_pin(pin),
        "active": True,
    }
    with conn.transaction():
        _lock(conn, ward)
        old = _user(conn, ward, username)
        conn.execute(
            "INSERT INTO directory_users (ward_id, username, display_name, role, pin_hash, "
            "active, changed_by) VALUES (%s, %s, %s, 'admin', %s, true, 'server') "
            "ON CONFLICT (ward_id, username) DO UPDATE SET display_name = excluded.display_name, "
            "role = 'admin', pin_hash = excluded.pin_hash, active = true, changed_at = now(), "
            "changed_by = 'server'",
            (ward, username, state["display_name"], state["pin_hash"]),
        )
        details = {
            "new": {"display_name": state["display_name"], "role": "admin", "active": True},
            "old": None if old is None else {k: old[k] for k in ("display_name", "role", "active")},
            "pin_changed": True,
            "state_sha256": _state_sha(state),
            "reason": "server admin-user",
        }
        action = "user_create" if old is None else "user_update"
        return _ledger(conn, ward, None, "server", action, username, details)


def _keep_an_admin(
    conn: psycopg.Connection, ward: int, admin: Admin, old: dict[str, Any], new: dict[str, Any]
) -> None:
    losing = (
        old["role"] == "admin"
        and old["active"]
        and (new.get("role", "admin") != "admin" or new.get("active", True) is False)
    )
    if old["username"] == admin.username and ("role" in new or "active" in new):
        if new.get("role", old["role"]) != old["role"] or new.get("active", True) is False:
            raise DirectoryError(
                "own_account", "an admin cannot demote or deactivate their own account", None, 409
            )
    if losing:
        row = conn.execute(
            "SELECT count(*) FROM directory_users WHERE ward_id = %s AND role = 'admin' AND active",
            (ward,),
        ).fetchone()
        if row is not None and int(row[0]) <= 1:
            raise DirectoryError(
                "last_admin", "the ward's last active admin cannot lose that role", None, 409
            )


def edit_settings(
    conn: psycopg.Connection,
    device: Device,
    admin: Admin,
    values: dict[str, Any],
    reason: str | None,
) -> int:
    """Set ward settings (key → any JSON value); one ledger entry per changed key."""
    texts = _setting_texts(values, "settings")
    with conn.transaction():
        _lock(conn, device.ward_id)
        held: dict[str, Any] = dict(
            conn.execute(
                "SELECT key, value FROM directory_settings WHERE ward_id = %s", (device.ward_id,)
            ).fetchall()
        )
        current = version(conn, device.ward_id)
        for key, text in texts.items():
            if held.get(key) == text:
                continue
            _put_setting(conn, device.ward_id, key, text, admin.username)
            details = {
                "old": None if key not in held else json.loads(held[key]),
                "new": json.loads(text),
                "reason": reason,
            }
            current = _ledger(
                conn, device.ward_id, device.id, admin.username, "setting_change", key, details
            )
        return current


def seed(
    conn: psycopg.Connection, device: Device, users: list[Any], settings: dict[str, Any]
) -> int:
    """The first tablet joining an empty ward uploads its users and settings, once."""
    if device.role != "tablet":
        raise DirectoryError(
            "workstation_cannot_seed",
            "only a tablet's database seeds the directory (the upgrade path of a ward that "
            "started on one tablet)",
            None,
            403,
        )
    checked = [_seed_user(i, u) for i, u in enumerate(users)]
    texts = _setting_texts(settings, "settings")
    with conn.transaction():
        _lock(conn, device.ward_id)
        if (
            version(conn, device.ward_id)
            or conn.execute(
                "SELECT 1 FROM directory_users WHERE ward_id = %s LIMIT 1", (device.ward_id,)
            ).fetchone()
        ):
            raise DirectoryError(
                "directory_not_empty", "the ward's directory is already set", None, 409
            )
        for u in checked:
            conn.execute(
                "INSERT INTO directory_users (ward_id, username, display_name, role, pin_hash, "
                "active, changed_by) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (device.ward_id, *(u[f] for f in USER_FIELDS), f"seed:{device.id}"),
            )
        for key, text in texts.items():
            _put_setting(conn, device.ward_id, key, text, f"seed:{device.id}")
        details = {
            "users": {u["username"]: _state_sha(u) for u in checked},
            "settings": {k: hashlib.sha256(t.encode()).hexdigest() for k, t in texts.items()},
        }
        return _ledger(
            conn, device.ward_id, device.id, f"seed:{device.id}", "seed", "directory", details
        )


def _seed_user(index: int, raw: Any) -> dict[str, Any]:
    field = f"users[{index}]"
    if not isinstance(raw, dict):
        raise DirectoryError("invalid_seed", "must be an object", field)
    u = {f: raw.get(f) for f in USER_FIELDS}
    u["active"] = bool(raw.get("active", True))
    if not isinstance(u["username"], str) or not _USERNAME.match(u["username"]):
        raise DirectoryError("invalid_seed", "username: 1-64 characters", f"{field}.username")
    if not isinstance(u["display_name"], str) or not u["display_name"].strip():
        raise DirectoryError("invalid_seed", "display_name is required", f"{field}.display_name")
    if u["role"] not in ROLES:
        raise DirectoryError("invalid_seed", f"role: one of {', '.join(ROLES)}", f"{field}.role")
    if u["pin_hash"] is not None and (
        not isinstance(u["pin_hash"], str) or not _PIN_HASH.match(u["pin_hash"])
    ):
        raise DirectoryError("invalid_seed", "pin_hash: the tablet's format", f"{field}.pin_hash")
    return u


def _setting_texts(values: Any, field: str) -> dict[str, str]:
    if not isinstance(values, dict):
        raise DirectoryError("invalid_settings", "must be an object (key → value)", field)
    out = {}
    for key, value in values.items():
        if not _KEY.match(key):
            raise DirectoryError("invalid_settings", "key: a-z, 0-9, _ and .", f"{field}.{key}")
        try:
            out[key] = canonical_json(value)
        except ValueError as exc:
            raise DirectoryError("invalid_settings", str(exc), f"{field}.{key}") from exc
    return out


def _put_setting(conn: psycopg.Connection, ward: int, key: str, text: str, by: str) -> None:
    conn.execute(
        "INSERT INTO directory_settings (ward_id, key, value, changed_by) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (ward_id, key) DO UPDATE SET value = excluded.value, changed_at = now(), "
        "changed_by = excluded.changed_by",
        (ward, key, text, by),
    )


def _state_sha(user: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({f: user[f] for f in USER_FIELDS}).encode()).hexdigest()
