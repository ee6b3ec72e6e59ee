"""Writing export files: private (0600), atomic, hashed, audited (issue 17 §4)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def write_private(path: Path | str, data: bytes) -> str:
    """Write ``data`` to ``path`` readable by its owner only (0600), atomically; its sha256.

    The bytes go to a temporary file in the same folder (created 0600), are
    flushed to disk and renamed over ``path``, so nobody ever sees half a
    file or a moment where it is readable by others.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        os.chmod(path, 0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest()
