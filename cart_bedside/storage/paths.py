"""Where the ward database and its backups live on each platform."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_DIR = "cart-bedside"
DB_FILE = "cart_bedside.db"


def data_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The per-user data folder.

    Linux and other Unix: ``$XDG_DATA_HOME/cart-bedside`` (default
    ``~/.local/share/cart-bedside``); Windows: ``%APPDATA%\\cart-bedside``;
    macOS: ``~/Library/Application Support/cart-bedside``.
    """
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        base = Path(env["APPDATA"]) if env.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else home / ".local/share"
    return base / APP_DIR


def default_db_path() -> Path:
    """The database file used when no ``--db PATH`` is given (the folder is not created)."""
    return data_dir() / DB_FILE


def default_backup_dir(db_path: Path | str) -> Path:
    """Backups of ``db_path`` go to a ``backups`` folder beside it."""
    return Path(db_path).resolve().parent / "backups"
