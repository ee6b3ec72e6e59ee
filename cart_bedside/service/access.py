"""Who may do what, and the PIN check behind every sign-in and signature (issue 4, 5, 15).

The ward service (:mod:`.ward`) holds the signed-in user and asks here;
the roles' rights are this table, enforced below the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from ..logic.messages import Message, msg
from ..storage import Repository, User
from ..storage.auth import PreparedPin, pin_format_ok, prepare_pin
from ..storage.cipher import ALL_ERRORS as DB_WRITE_ERRORS  # sqlite3 and SQLCipher
from .errors import save_failure

MAX_FAILED_PINS = 5

#: What each role may do (issue 4/5: roles enforced below the UI).
PERMISSIONS: dict[str, frozenset[str]] = {
    "nurse": frozenset({"view", "chart", "acknowledge"}),
    "physician": frozenset(
        {"view", "chart", "acknowledge", "cosign", "override_dose", "change_protocol"}
    ),
    "admin": frozenset({"view", "settings", "users", "backup"}),
}


class SignInError(Exception):
    """Sign-in refused; ``message`` says why in the catalogue's words."""

    def __init__(self, reason: str, message: Message) -> None:
        super().__init__(reason)
        self.reason = reason  # unknown_user, inactive, locked, wrong_pin
        self.message = message


class PermissionDenied(Exception):
    def __init__(self, action: str, role: str | None) -> None:
        super().__init__(f"{role or 'nobody'} may not {action}")
        self.action = action
        self.role = role
        self.message = msg("service.error.permission", action=msg(f"service.action.{action}"))


def _nothing() -> PreparedPin | None:
    return None


def pin_preparation(repo: Repository, username: str, pin: str) -> Callable[[], PreparedPin | None]:
    """The slow part of checking ``pin`` (its scrypt key, ≈ 40 ms) as a function to run
    ahead, while the PIN is typed, on any thread: the account's stored hash is read now,
    on the caller's. Nothing is counted, audited or decided; the key is used by
    :func:`pin_attempt` only for this account, this stored hash and exactly this PIN.
    Not a plausible PIN (4 to 8 digits), an unknown or inactive account, the database
    unreadable: a function returning None (the check then derives the key itself)."""
    if not pin_format_ok(pin):
        return _nothing
    try:
        stored = repo.people.stored_pin_hash(username)
    except DB_WRITE_ERRORS:
        return _nothing
    return partial(prepare_pin, username, pin, stored) if stored else _nothing


def pin_attempt(
    repo: Repository,
    username: str,
    pin: str,
    context: str,
    now: datetime,
    lockout: timedelta,
    record_id: str | None = None,
    refused: Message | None = None,
    prepared: PreparedPin | None = None,
) -> User:
    """The account if ``pin`` is right; else ``SignInError`` saying why. Every try is
    counted: 5 wrong PINs at any PIN prompt lock the account for ``lockout``.
    ``prepared`` (:func:`pin_preparation`) only saves deriving the key: same outcome."""
    try:  # fail closed: a try that cannot be counted is refused
        check = repo.people.check_pin_attempt(
            username,
            pin,
            now=now,
            max_failed=MAX_FAILED_PINS,
            lockout=lockout,
            context=context,
            record_id=record_id,
            prepared=prepared,
        )
    except DB_WRITE_ERRORS as error:
        raise save_failure(error) from error
    if check.status == "ok":
        user = repo.people.get_user(username) or check.user
        if user is not None:  # (known: the PIN was right)
            return user
    if check.status == "unknown_user":
        raise SignInError("unknown_user", msg("service.error.unknown_user"))
    if check.status == "inactive":
        raise SignInError("inactive", msg("service.error.inactive"))
    if check.status == "locked":
        until = check.locked_until.strftime("%H:%M") if check.locked_until else ""
        raise SignInError("locked", msg("service.error.locked", until=until))
    if check.status == "locked_now":
        raise SignInError(
            "locked",
            msg("service.error.locked_now", minutes=int(lockout.total_seconds() // 60)),
        )
    if refused is not None:
        raise SignInError(
            "wrong_pin", msg("entry.error.pin_left", refused=refused, left=check.left)
        )
    raise SignInError("wrong_pin", msg("service.error.wrong_pin", left=check.left))
