"""Per-tablet UI preferences (QSettings, not the ward database): one place, one default each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

#: Every key with its default (ward and clinical settings live in SQLite instead).
_DEFAULTS: dict[str, Any] = {
    "window/fullscreen": False,
}


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cart-bedside", "tablet"
    )


def get(key: str) -> Any:
    default = _DEFAULTS[key]
    value = _settings().value(key, default)
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    return value


def put(key: str, value: Any) -> None:
    if key not in _DEFAULTS:
        raise KeyError(key)
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()
