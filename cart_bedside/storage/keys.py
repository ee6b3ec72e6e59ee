"""This device's secrets and anchors, kept outside the database file.

- ``audit.key``: the HMAC secret of the audit chain and of the row hashes
  (32 random bytes, with an 8-hex-digit id that every keyed hash carries).
  Someone with a copy of the database cannot recompute a keyed hash, so an
  edited row, a re-chained log or a forged backup is found by ``verify``.
- ``anchors/<database id>.json``: the chain head at the last clean check,
  backup or handover sheet of that database, so a log cut short after that
  point is found.

The folder is ``$CART_BEDSIDE_KEY_DIR`` or the per-user configuration folder
(``~/.config/cart-bedside/keys``; Windows ``%LOCALAPPDATA%``, macOS
``~/Library/Application Support``), mode 0700; every file 0600. A key file is
created once (never overwritten) and written whole before it is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

KEY_ENV = "CART_BEDSIDE_KEY_DIR"
AUDIT_KEY_FILE = "audit.key"
_CACHE: dict[str, dict[str, bytes]] = {}  # key folder → {key id: secret}
_CURRENT: dict[str, bytes] = {}  # key folder → the secret new hashes use
_LOCK = threading.Lock()


def key_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The folder holding this device's keys (not created here)."""
    env = os.environ if env is None else env
    if env.get(KEY_ENV):
        return Path(env[KEY_ENV])
    platform = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        base = Path(env["LOCALAPPDATA"]) if env.get("LOCALAPPDATA") else home / "AppData/Local"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    return base / "cart-bedside" / "keys"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write a 0600 file whole (temporary file, fsync, rename); ``exclusive``: never replace."""
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        if exclusive:
            os.link(tmp, path)  # fails if another process created it first
        else:
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def key_id(secret: bytes) -> str:
    """The public id of a secret: the first 8 hex digits of its sha256."""
    return hashlib.sha256(b"cart-bedside key id" + secret).hexdigest()[:8]


def _load(folder: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for path in sorted(folder.glob("audit*.key")) if folder.is_dir() else []:
        try:
            secret = bytes.fromhex(json.loads(path.read_text())["secret"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        found[key_id(secret)] = secret
    return found


def audit_keys() -> dict[str, bytes]:
    """Every audit key on this device, by id (for verifying; cached)."""
    folder = key_dir()
    with _LOCK:
        if str(folder) not in _CACHE or not _CACHE[str(folder)]:
            _CACHE[str(folder)] = _load(folder)
        return _CACHE[str(folder)]


def audit_key() -> tuple[str, bytes]:
    """The key new hashes are made with; created on first use."""
    folder = key_dir()
    path = folder / AUDIT_KEY_FILE
    with _LOCK:
        current = _CURRENT.get(str(folder))
        if current is not None:
            return key_id(current), current
        if not path.exists():
            secret = secrets.token_bytes(32)
            try:
                write_private(path, json.dumps({"secret": secret.hex()}).encode(), exclusive=True)
            except FileExistsError:
                pass
        secret = bytes.fromhex(json.loads(path.read_text())["secret"])
        _CACHE[str(folder)] = _load(folder)
        _CURRENT[str(folder)] = secret
        return key_id(secret), secret


# --- anchors ---------------------------------------------------------------------------
def _anchor_file(database_id: str) -> Path:
    safe = "".join(c for c in database_id if c.isalnum() or c == "-") or "unknown"
    return key_dir() / "anchors" / f"{safe}.json"


def last_anchor(database_id: str) -> dict | None:
    """``{"seq", "hash", "at"}`` of the last head recorded for a database, or None."""
    try:
        return json.loads(_anchor_file(database_id).read_text())
    except (OSError, ValueError):
        return None


def record_anchor(database_id: str, seq: int, digest: str, at: str, *, force: bool = False) -> None:
    """Remember a verified chain head (never moves back, except after a restore: ``force``)."""
    old = last_anchor(database_id)
    if not force and old is not None and old.get("seq", 0) > seq:
        return
    path = _anchor_file(database_id)
    private_dir(path.parent.parent)
    write_private(path, json.dumps({"seq": seq, "hash": digest, "at": at}).encode())
