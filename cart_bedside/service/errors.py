"""Refusals of the record and admin services, each carrying a catalogue message.

Sign-in and role refusals (:class:`~cart_bedside.service.ward.SignInError`,
:class:`~cart_bedside.service.ward.PermissionDenied`) live with the ward
service; bad values raise the logic layer's ``ValidationError`` naming the field.
"""

from __future__ import annotations

from datetime import datetime

from ..logic.messages import Message, msg, render
from ..logic.models import MedicationDose
from ..logic.tocilizumab import Ledger


class ServiceError(Exception):
    """A request the service refuses; ``message`` says why in the catalogue's words."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message, "en"))
        self.message = message


class BedOccupiedError(ServiceError):
    """Admission or transfer into a bed that another open admission holds."""

    def __init__(self, message: Message, bed: str, episode_id: str | None) -> None:
        super().__init__(message)
        self.bed = bed
        self.episode_id = episode_id  # the admission in that bed


class DoseLimitError(ServiceError):
    """A tocilizumab dose would break a limit (``broken``: interval, per_24h, total).

    Recording it needs ``override_reason`` from a signed-in physician.
    """

    def __init__(self, message: Message, broken: tuple[str, ...], ledger: Ledger) -> None:
        super().__init__(message)
        self.broken = broken
        self.ledger = ledger

    @property
    def next_allowed_at(self) -> datetime | None:
        return self.ledger.next_allowed_at


class SaveFailed(ServiceError):
    """A save the database could not write (``kind``: full, busy, readonly, io, other).

    Nothing was stored; the message says what happened and what to do, and the
    screen keeps the form (its draft stays as it was).
    """

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(msg(f"entry.error.save_{kind}"))
        self.kind = kind
        self.detail = detail


def save_failure(error: Exception) -> SaveFailed:
    """What a failed write means for the nurse, from SQLite's own error code."""
    import sqlite3

    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code == sqlite3.SQLITE_FULL or "full" in text:
        kind = "full"
    elif code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        kind = "busy"
    elif code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        kind = "readonly"
    elif code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
        kind = "io"
    else:
        kind = "other"
    return SaveFailed(kind, str(error))


class DuplicateDoseError(ServiceError):
    """A dose of the same drug less than 60 min from ``other``: probably charted twice.

    Recording it anyway needs ``duplicate_confirmed=True`` (the form asks).
    """

    def __init__(self, message: Message, other: MedicationDose) -> None:
        super().__init__(message)
        self.other = other
