"""What the nurse and the administrator are told about backups (issue 11 item 7).

The backup itself runs off the UI thread (``ui/app.py``); its result comes back
here on the UI thread: a failure is audited and kept until a later backup
succeeds (the next shift change tries again), so the banner can say it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..logic import audit_reasons
from ..logic.messages import Message, msg
from .ward import WardService


@dataclass(frozen=True)
class BackupFailure:
    at: datetime
    reason: str  # "shift change", "exit" …
    error: str

    def message(self) -> Message:
        return msg("entry.backup.failed", time=self.at.strftime("%H:%M"), error=self.error)


class BackupStatus:
    """The last backup failure (None once a backup succeeded again)."""

    def __init__(self) -> None:
        self.failure: BackupFailure | None = None

    def record(self, ward: WardService, ok: bool, reason: str, error: str = "") -> None:
        """Audit a failure (and the first success after one); remember it for the banner."""
        if ok and self.failure is None:
            return
        details = {"ok": ok, "when": reason}
        if not ok:
            details["error"] = error
        try:
            ward.repo.audit_log.log_event(
                "backup",
                "system",
                reason=audit_reasons.BACKUP_FAILED if not ok else audit_reasons.BACKUP_WORKS_AGAIN,
                details=details,
            )
        except Exception:  # the banner still tells the nurse
            pass
        self.failure = None if ok else BackupFailure(ward.clock(), reason, error)
