"""Per-tablet UI preferences (QSettings, not the ward database): every key with its default here.

What one tablet remembers for whoever uses it: full screen, the board's
sort and name masking, the folder the last handover PDF went to. Ward and
clinical settings (shifts, protocol, limits) are the ward's, in SQLite and
audited (:mod:`cart_bedside.service.ward_settings`). MNELAB's ``settings.py``
is the model: one ``_DEFAULTS`` dict, values read back as the default's type
(an INI file stores ``true``/``false`` as text). Tests point QSettings at a
temporary folder (``QSettings.setPath``, tests/ui/conftest.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

#: Every key with its default.
_DEFAULTS: dict[str, Any] = {
    "window/fullscreen": False,  # start full screen (the bar's button)
    "board/sort": "bed",  # "bed" or "severity"
    "board/names_masked": False,  # names hidden on the board and every screen
    "handover/save_folder": "",  # where the last sheet was saved ("": Documents)
}


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cart-bedside", "tablet"
    )


def get(key: str) -> Any:
    """The stored value of ``key`` as its default's type, else the default."""
    default = _DEFAULTS[key]
    value = _settings().value(key, default)
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    return value


def put(key: str, value: Any) -> None:
    """Store ``value`` for ``key`` (a key not in ``_DEFAULTS`` is refused: KeyError)."""
    if key not in _DEFAULTS:
        raise KeyError(key)
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()


def clear() -> None:
    """Forget every preference of this tablet (back to the defaults)."""
    settings = _settings()
    settings.clear()
    settings.sync()
