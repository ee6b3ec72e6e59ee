"""The reasons the app writes into the audit log by itself, and their words on screen.

A reason is stored as written (the audit log is never rewritten): the app's own reasons
are fixed English phrases, named here once; the writers use these constants, and the audit
screen shows them in the user's language through :func:`reason_message` (a reason a user
typed is shown as typed).
"""

from __future__ import annotations

from .messages import Message, msg

BACKUP_BY_ADMIN = "backup by the administrator"
BACKUP_FAILED = "backup failed"
BACKUP_WORKS_AGAIN = "backup works again"
STARTUP_CHECK_FAILED = "integrity check after start-up failed"
ACCOUNT_CHANGED = "account changed"
DISPLAY_NAME = "display name"
PIN_RESET = "PIN reset"
SERVER_RESTORED = "ward server restored from an older backup"

#: stored phrase → catalogue code of its words
CODES: dict[str, str] = {
    BACKUP_BY_ADMIN: "audit.reason.backup_by_admin",
    BACKUP_FAILED: "audit.reason.backup_failed",
    BACKUP_WORKS_AGAIN: "audit.reason.backup_works_again",
    STARTUP_CHECK_FAILED: "audit.reason.startup_check_failed",
    ACCOUNT_CHANGED: "audit.reason.account_changed",
    DISPLAY_NAME: "audit.reason.display_name",
    PIN_RESET: "audit.reason.pin_reset",
    SERVER_RESTORED: "audit.reason.server_restored",
}


def reason_message(stored: str | None) -> Message | None:
    """The words for a reason the app wrote; None for a reason a user typed (or none)."""
    code = CODES.get(stored or "")
    return msg(code) if code else None
