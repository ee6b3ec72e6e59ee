"""PIN hashing for the users table (the sign-in rules live elsewhere).

A PIN is short, so the hash mainly keeps it unreadable in a copied database;
the real protection is the lock-out after failed attempts. The stored string
carries the algorithm, its cost parameters and the random salt:
``scrypt$16384$8$1$<salt hex>$<hash hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import os

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


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` matches ``stored`` (constant-time comparison)."""
    if not stored:
        return False
    try:
        algo, n, r, p, salt_hex, key_hex = stored.split("$")
        if algo != "scrypt":
            return False
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
        return False
    return hmac.compare_digest(key, expected)


def pin_salt(stored: str) -> str:
    """The salt (hex) inside a stored PIN hash."""
    return stored.split("$")[4]
