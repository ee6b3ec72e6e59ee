"""Users, ward settings, drafts and session events (sign-in, lock, print …).

Users and settings are mutable rows (an account is deactivated, never
deleted; a setting is changed, never deleted); every change is written to
the audit log with the old and new value. Drafts are scratch space, saved as
the nurse types and deleted when the form is saved; they are not audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..logic.messages import msg
from ..logic.validation import ValidationError
from .audit import AuditAction
from .auth import PreparedPin, hash_pin, pin_format_ok, verify_pin
from .codec import s2t, t2s
from .db import transaction
from .errors import StorageError
from .store import Store
from .types import ROLES, User


def _user(row: Any) -> User:
    return User(
        username=row["username"],
        display_name=row["display_name"],
        role=row["role"],
        active=bool(row["active"]),
        failed_attempts=row["failed_attempts"],
        locked_until=s2t(row["locked_until"]),
        pin_hash=row["pin_hash"],
        created_at=s2t(row["created_at"]),
        updated_at=s2t(row["updated_at"]),
    )


@dataclass(frozen=True)
class PinCheck:
    """One PIN attempt: ``status`` ok, wrong, locked (already), locked_now (this try),
    unknown_user or inactive; ``left`` wrong tries before the lock; ``user`` when known."""

    status: str
    left: int = 0
    locked_until: datetime | None = None
    user: User | None = None


class PeopleRepository:
    """Users, their roles and PINs, and the lockout after wrong PINs."""

    # --- PIN attempts -------------------------------------------------------------------
    def __init__(self, store: Store) -> None:
        self.store = store

    def check_pin_attempt(
        self,
        username: str,
        pin: str,
        *,
        now: datetime,
        max_failed: int,
        lockout: timedelta,
        context: str = "sign_in",
        record_id: str | None = None,
        prepared: PreparedPin | None = None,
    ) -> PinCheck:
        """Check a PIN and count a wrong one, in ONE write transaction.

        Reading the counter, checking the PIN and writing the new count happen
        under ``BEGIN IMMEDIATE``, so parallel tries (threads, processes, other
        tablets on the same file) are counted one after the other: never more
        than ``max_failed`` wrong PINs before the account locks for ``lockout``.
        Every PIN prompt calls this (sign-in, signature, co-sign: ``context``);
        a failure and the counter change are audited in the same transaction.
        ``prepared`` (:meth:`stored_pin_hash`, ``auth.prepare_pin``) is the PIN's key
        derived while it was typed: used only if it is this account's, this stored
        hash's and this PIN's, else the key is derived here; the outcome is the same.
        """
        with transaction(self.store.db) as conn:
            row = self.store.one("SELECT * FROM users WHERE username = ?", (username,))
            if row is None:
                self.store.audit(
                    conn,
                    username or "?",
                    AuditAction.SIGN_IN_FAILED,
                    reason=f"{context}: unknown user",
                    record_id=record_id,
                )
                return PinCheck("unknown_user")
            user = _user(row)
            if not user.active:
                self.store.audit(
                    conn,
                    username,
                    AuditAction.SIGN_IN_FAILED,
                    reason=f"{context}: inactive",
                    record_id=record_id,
                )
                return PinCheck("inactive", user=user)
            if user.locked_until is not None and user.locked_until > now:
                self.store.audit(
                    conn,
                    username,
                    AuditAction.SIGN_IN_FAILED,
                    reason=f"{context}: locked",
                    record_id=record_id,
                )
                return PinCheck("locked", locked_until=user.locked_until, user=user)
            key = prepared.key_for(username, pin, user.pin_hash) if prepared else None
            if verify_pin(pin, user.pin_hash, key=key):
                if user.failed_attempts or user.locked_until:
                    self._set_counter(conn, user, 0, None, f"{context}: right PIN")
                return PinCheck("ok", left=max_failed, user=user)
            failed = user.failed_attempts + 1
            until = now + lockout if failed >= max_failed else None
            self._set_counter(conn, user, 0 if until else failed, until, f"{context}: wrong PIN")
            self.store.audit(
                conn,
                username,
                AuditAction.SIGN_IN_FAILED,
                reason=f"{context}: wrong PIN",
                record_id=record_id,
                details={"failed_attempts": failed},
            )
        if until is not None:
            return PinCheck("locked_now", locked_until=until, user=user)
        return PinCheck("wrong", left=max_failed - failed, user=user)

    def _set_counter(
        self, conn: Any, user: User, failed: int, until: datetime | None, reason: str
    ) -> None:
        new = {"failed_attempts": failed, "locked_until": t2s(until) if until else None}
        old = {
            "failed_attempts": user.failed_attempts,
            "locked_until": t2s(user.locked_until) if user.locked_until else None,
        }
        conn.execute(
            "UPDATE users SET failed_attempts = ?, locked_until = ?, updated_at = ? "
            "WHERE username = ?",
            (failed, new["locked_until"], t2s(self.store.now()), user.username),
        )
        self.store.audit(
            conn,
            user.username,
            AuditAction.USER_UPDATE,
            table="users",
            record_id=user.username,
            reason=reason,
            details={"new": new, "old": old},
        )

    def stored_pin_hash(self, username: str) -> str | None:
        """An active account's stored PIN hash, to derive a PIN's key ahead (no attempt is
        counted or audited: only ``check_pin_attempt`` decides); None otherwise."""
        row = self.store.one(
            "SELECT pin_hash FROM users WHERE username = ? AND active = 1", (username,)
        )
        return None if row is None else row["pin_hash"]

    # --- users ------------------------------------------------------------------------
    def create_user(
        self,
        username: str,
        display_name: str,
        role: str,
        pin: str | None,
        actor: str,
        *,
        pin_hash: str | None = None,
    ) -> User:
        """Create an account (``role``: nurse, physician, admin); the PIN is stored hashed."""
        if not username.strip():
            raise ValidationError("username", msg("error.required"))
        if role not in ROLES:
            raise ValidationError(
                "role", msg("error.bad_choice", value=role, known=", ".join(ROLES))
            )
        if pin is not None:
            _check_pin(pin)
            pin_hash = hash_pin(pin)
        now = t2s(self.store.now())
        with transaction(self.store.db) as conn:
            if self.get_user(username) is not None:
                raise StorageError(msg("storage.error.user_exists", user=username))
            conn.execute(
                "INSERT INTO users (username, display_name, role, pin_hash, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (username, display_name, role, pin_hash, now, now),
            )
            self.store.audit(
                conn,
                actor,
                AuditAction.USER_CREATE,
                table="users",
                record_id=username,
                details={"display_name": display_name, "role": role},
            )
        return self._stored(username)

    def _stored(self, username: str) -> User:
        """The account just written (in the same connection: it is there)."""
        user = self.get_user(username)
        if user is None:
            raise StorageError(msg("storage.error.unknown_user", user=username))
        return user

    def get_user(self, username: str) -> User | None:
        """The account, or None."""
        row = self.store.one("SELECT * FROM users WHERE username = ?", (username,))
        return None if row is None else _user(row)

    def list_users(self, *, include_inactive: bool = False) -> list[User]:
        """Accounts by username (active ones only unless asked)."""
        sql = "SELECT * FROM users" + ("" if include_inactive else " WHERE active = 1")
        return [_user(r) for r in self.store.rows(sql + " ORDER BY username")]

    def update_user(
        self, username: str, actor: str, *, reason: str | None = None, **changes: Any
    ) -> User:
        """Change ``display_name``, ``role``, ``active``, ``pin`` (hashed here),
        ``failed_attempts`` or ``locked_until``; audited with old and new values."""
        allowed = {"display_name", "role", "active", "pin", "failed_attempts", "locked_until"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError(
                sorted(unknown)[0], msg("error.unknown_key", known=", ".join(sorted(allowed)))
            )
        if "role" in changes and changes["role"] not in ROLES:
            raise ValidationError(
                "role", msg("error.bad_choice", value=changes["role"], known=", ".join(ROLES))
            )
        values = dict(changes)
        if "pin" in values:
            _check_pin(values["pin"])
            values["pin_hash"] = hash_pin(values.pop("pin"))
        if isinstance(values.get("locked_until"), datetime):
            values["locked_until"] = t2s(values["locked_until"])
        if "active" in values:
            values["active"] = int(bool(values["active"]))
        with transaction(self.store.db) as conn:
            old = self.store.one("SELECT * FROM users WHERE username = ?", (username,))
            if old is None:
                raise StorageError(msg("storage.error.unknown_user", user=username))
            values["updated_at"] = t2s(self.store.now())
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE users SET {sets} WHERE username = ?", [*values.values(), username]
            )
            shown = {k: v for k, v in values.items() if k not in ("pin_hash", "updated_at")}
            details: dict[str, Any] = {"new": shown, "old": {k: old[k] for k in shown}}
            if "pin_hash" in values:
                details["pin_changed"] = True
            self.store.audit(
                conn,
                actor,
                AuditAction.USER_UPDATE,
                table="users",
                record_id=username,
                reason=reason,
                details=details,
            )
        return self._stored(username)

    def deactivate_user(self, username: str, actor: str, reason: str) -> User:
        """Deactivate an account (it can no longer sign in; its records keep its name)."""
        return self.update_user(username, actor, reason=reason, active=False)


def _check_pin(pin: str) -> None:
    if not pin_format_ok(pin):
        raise ValidationError("pin", msg("storage.error.pin_format"))
