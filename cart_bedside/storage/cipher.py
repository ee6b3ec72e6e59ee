"""Encryption at rest: SQLCipher 4 (AES-256-CBC, HMAC-SHA256 per page) via ``sqlcipher3-wheels``.

``sqlcipher3`` is the standard library's ``sqlite3`` module built against
SQLCipher: the same DB-API, so ``sqlite_utils.Database`` takes its
connections as they are. Two differences are bridged here: its ``Row`` and
its exceptions are its own classes (:class:`CipherCursor` maps
``sqlite3.Row``; :data:`DB_ERRORS` catches both).

- A database file is encrypted when its first 16 bytes are not SQLite's
  plain header; new files are encrypted when :func:`wanted` (default: yes
  when SQLCipher is installed; ``CART_BEDSIDE_ENCRYPT=0`` writes plain files).
- The key is 32 random bytes, used raw (``PRAGMA key = "x'…'"``: no key
  derivation on every open). It lives outside the database: in the OS
  keyring when the ``keyring`` package has a real backend, otherwise in
  ``<key folder>/database.key`` (0600, folder 0700; see :mod:`.keys`).
- Pages are authenticated with HMAC-SHA256 instead of SQLCipher 4's default
  SHA-512: with the CPU's SHA extensions it halves the cost of reading the
  whole file (the start-up ``quick_check``), with the same 256-bit key. The
  setting is not stored in the file, so :data:`SETTINGS` is applied on every
  open.
- :func:`encrypt_file` turns a plain database into an encrypted one
  (``sqlcipher_export``), for the migration of an existing ward database.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any, cast

from . import keys

try:
    from sqlcipher3 import dbapi2 as _sc
except ImportError:  # pragma: no cover - the dependency is declared; plain files still work
    _sc = None  # type: ignore[assignment]  # the optional module's usual fallback

ENV = "CART_BEDSIDE_ENCRYPT"
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_FILE = "database.key"
KEYRING_SERVICE = "cart-bedside"
KEYRING_USER = "database-key"
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (_sc.DatabaseError,) if _sc else ()
)
ALL_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((_sc.Error,) if _sc else ())
SETTINGS: tuple[str, ...] = ("cipher_hmac_algorithm = HMAC_SHA256",)
_KEYS: dict[str, bytes] = {}


def available() -> bool:
    """True when SQLCipher is installed."""
    return _sc is not None


def wanted() -> bool:
    """Encrypt new database files? (``CART_BEDSIDE_ENCRYPT``, default on with SQLCipher.)"""
    setting = os.environ.get(ENV, "").strip().lower()
    if setting in ("0", "no", "off", "false"):
        return False
    return available()


def is_encrypted(path: Path | str) -> bool:
    """True for an existing, non-empty file without SQLite's plain header."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return len(head) > 0 and head != PLAIN_HEADER[: len(head)]


def _keyring_key() -> bytes | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        chained = "chainer" in type(backend).__name__.lower()
        if isinstance(backend, fail.Keyring) or (
            chained and not getattr(backend, "backends", None)
        ):
            return None
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if stored is None:
            stored = os.urandom(32).hex()
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, stored)
        return bytes.fromhex(stored)
    except Exception:  # a locked or absent keyring: use the key file
        return None


def database_key() -> bytes:
    """The key of this device's databases (created on first use)."""
    folder = keys.key_dir()
    cached = _KEYS.get(str(folder))
    if cached is not None:
        return cached
    path = folder / KEY_FILE
    key = None if path.exists() else _keyring_key()
    if key is None:
        if not path.exists():
            try:
                keys.write_private(
                    path, json.dumps({"key": os.urandom(32).hex()}).encode(), exclusive=True
                )
            except FileExistsError:
                pass
        key = bytes.fromhex(json.loads(path.read_text())["key"])
    _KEYS[str(folder)] = key
    return key


def key_statement(key: bytes | None = None) -> str:
    return f"PRAGMA key = \"x'{(key or database_key()).hex()}'\""


if _sc is not None:

    class CipherCursor(_sc.Cursor):
        """A SQLCipher cursor that accepts ``sqlite3.Row`` as its row factory."""

        @property
        def row_factory(self) -> Any:
            # the class attribute is the C type's data descriptor (the stubs say its value)
            return cast(Any, _sc.Cursor.row_factory).__get__(self)

        @row_factory.setter
        def row_factory(self, factory: Any) -> None:
            row = _sc.Row if factory is sqlite3.Row else factory
            cast(Any, _sc.Cursor.row_factory).__set__(self, row)

    class CipherConnection(_sc.Connection):
        """A SQLCipher connection whose cursors map ``sqlite3.Row``."""

        def cursor(self, factory: Any = CipherCursor) -> Any:
            return super().cursor(factory)


def connect_encrypted(target: str, *, uri: bool = False, factory: Any = None, **kwargs: Any) -> Any:
    """Open an encrypted database (``target`` a path or a ``file:`` URI) with this device's key."""
    if _sc is None:
        raise sqlite3.DatabaseError("this database is encrypted and SQLCipher is not installed")
    conn = _sc.connect(target, uri=uri, factory=factory or CipherConnection, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # errors are raised, not printed
        conn.execute(key_statement())
        for setting in SETTINGS:
            conn.execute(f"PRAGMA {setting}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here
    except BaseException:
        conn.close()
        raise
    return conn


def connect_file(
    path: Path | str,
    *,
    readonly: bool = False,
    encrypt: bool | None = None,
    factories: tuple[Any, Any] = (None, None),
    **kwargs: Any,
) -> Any:
    """A DB-API connection to a database file, plain or encrypted as the file (or policy) says.

    ``encrypt`` decides for a new or empty file (default :func:`wanted`);
    ``factories``: the connection classes for a plain and an encrypted file.
    """
    path = Path(path)
    target = f"file:{path}?mode=ro" if readonly else str(path)
    existing = path.exists() and path.stat().st_size > 0
    encrypted = is_encrypted(path) if existing else (wanted() if encrypt is None else encrypt)
    if encrypted:
        return connect_encrypted(target, uri=readonly, factory=factories[1], **kwargs)
    if factories[0] is not None:
        kwargs["factory"] = factories[0]
    return sqlite3.connect(target, uri=readonly, **kwargs)


def encrypt_file(plain: Path | str, out: Path | str) -> None:
    """Write an encrypted copy of a plain database to ``out`` (a new file, 0600)."""
    if _sc is None:
        raise sqlite3.DatabaseError("SQLCipher is not installed")
    out = Path(out)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn = _sc.connect(str(plain), isolation_level=None)  # no key: reads a plain file
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{database_key().hex()}'\"", (str(out),)
        )
        for setting in SETTINGS:
            conn.execute(f"PRAGMA encrypted.{setting}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
