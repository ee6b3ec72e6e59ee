"""The full integrity check, moved off the start-up path (issue 15).

Start-up opens the ward with :func:`~cart_bedside.storage.opening.start_up_check`
(the key opens the file, the schema and the newest audit entry read): on a
1-year encrypted ward the old ``quick_check`` read and decrypted every page
before the board could show. The whole-file ``PRAGMA integrity_check`` now
runs on a worker thread once the board is up, through its own read-only
connection; problems are written to the audit log (action ``verify``) and
shown on a banner until the administrator acts (restore from a backup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..logic import audit_reasons
from ..logic.messages import Message, render
from ..storage.checks import full_integrity_check
from .ward import WardService


def integrity_job(db_path: Path | str) -> Callable[[], list[Message]]:
    """The check to run on a worker thread: its findings ([] when the file is sound)."""
    path = Path(db_path)
    return lambda: full_integrity_check(path)


def record_integrity_failure(ward: WardService, findings: Sequence[Message]) -> None:
    """Audit what the check found (best effort: a damaged file may refuse the write too;
    the banner still tells whoever is at the tablet)."""
    try:
        ward.repo.audit_log.log_event(
            "verify",
            "system",
            reason=audit_reasons.STARTUP_CHECK_FAILED,
            details={"findings": [render(f, "en") for f in findings[:5]]},
        )
    except Exception:
        pass
