"""The optional second backup location (a USB stick, a network share): checked before use.

Issue 15 item 5: an administrator names a folder; every backup is then
written there too, with the same checks (storage/backup.py). A folder is
accepted only when this tablet can write to it now — a file is created and
removed there, since ``os.access`` alone says yes to a read-only mount.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..logic.messages import msg
from ..logic.validation import ValidationError
from ..storage.backup import SECOND_LOCATION_KEY


def writable_folder(path: Path) -> bool:
    """True when ``path`` is a folder a file can be written to (and removed from) now."""
    if not path.is_dir() or not os.access(path, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".cart-bedside-probe-"):
            pass
    except OSError:
        return False
    return True


def checked_location(folder: str | None) -> str | None:
    """The folder as stored (absolute), None to turn the second location off;
    :class:`ValidationError` naming the setting when it cannot be written to."""
    value = (folder or "").strip()
    if not value:
        return None
    path = Path(value)
    if not writable_folder(path):
        raise ValidationError(SECOND_LOCATION_KEY, msg("storage.error.backup_folder", path=value))
    return str(path.resolve())
