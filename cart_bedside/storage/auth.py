"""PIN hashing for the users table (the sign-in rules live elsewhere).

A PIN is short, so the hash mainly keeps it unreadable in a copied database;
the real protection is the lock-out after failed attempts. The stored string
carries the algorithm, its cost parameters and the random salt:
``scrypt$16384$8$1$<salt hex>$<hash hex>``.

The scrypt key of a PIN can be derived ahead, while it is typed
(:func:`prepare_pin`, any thread: ``hashlib.scrypt`` releases the GIL): a
:class:`PreparedPin` is bound to one account, one stored hash and one exact
PIN, and the check uses it only when all three still match; it decides
nothing itself (the lockout counting stays in ``people.check_pin_attempt``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32


def pin_format_ok(pin: object) -> bool:
    """A PIN is 4 to 8 digits (the one rule; the ward server checks it the same way)."""
    return isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """Hash ``pin`` with scrypt and a fresh random salt; returns the string to store."""
    salt = os.urandom(_SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_KEY_BYTES)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${key.hex()}"


#: Tells PINs apart without keeping one: the HMAC of a PIN under this process's own key.
_TAG_KEY = os.urandom(32)


def _pin_tag(pin: str) -> bytes:
    return hmac.new(_TAG_KEY, pin.encode(), hashlib.sha256).digest()


@dataclass(frozen=True, repr=False)  # no repr: a key is not for logs
class PreparedPin:
    """The scrypt key of one PIN for one account, derived before the check (no verdict).

    Used by the check only if the account, its stored hash and the PIN (compared
    by tag, the PIN itself is not kept) are still the ones it was derived for.
    """

    username: str
    stored: str
    tag: bytes
    key: bytes

    def key_for(self, username: str, pin: str, stored: str | None) -> bytes | None:
        """The prepared key if it was derived for exactly this account, hash and PIN."""
        if username != self.username or stored != self.stored:
            return None
        return self.key if hmac.compare_digest(_pin_tag(pin), self.tag) else None


def _derive(pin: str, stored: str) -> tuple[bytes, bytes] | None:
    """(derived key, expected key) for ``pin`` under ``stored``'s parameters; None if the
    stored string is not a scrypt hash."""
    try:
        algo, n, r, p, salt_hex, key_hex = stored.split("$")
        if algo != "scrypt":
            return None
        expected = bytes.fromhex(key_hex)
        key = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except ValueError:
        return None
    return key, expected


def prepare_pin(username: str, pin: str, stored: str | None) -> PreparedPin | None:
    """Derive ``pin``'s key against the account's ``stored`` hash now (≈ 40 ms, any
    thread); None when there is nothing to derive against."""
    derived = _derive(pin, stored) if stored else None
    if derived is None or stored is None:
        return None
    return PreparedPin(username, stored, _pin_tag(pin), derived[0])


def verify_pin(pin: str, stored: str | None, *, key: bytes | None = None) -> bool:
    """True when ``pin`` matches ``stored`` (constant-time comparison); ``key`` is ``pin``'s
    key derived ahead (``PreparedPin.key_for``), else it is derived here."""
    if not stored:
        return False
    if key is not None:
        try:
            algo, _n, _r, _p, _salt_hex, key_hex = stored.split("$")
            expected = bytes.fromhex(key_hex)
        except ValueError:
            return False
        return algo == "scrypt" and hmac.compare_digest(key, expected)
    derived = _derive(pin, stored)
    return derived is not None and hmac.compare_digest(*derived)


def pin_salt(stored: str) -> str:
    """The salt (hex) inside a stored PIN hash."""
    return stored.split("$")[4]
