"""Refusals of the record and admin services, each carrying a catalogue message.

Sign-in and role refusals (:class:`~cart_bedside.service.ward.SignInError`,
:class:`~cart_bedside.service.ward.PermissionDenied`) live with the ward
service; bad values raise the logic layer's ``ValidationError`` naming the field.
"""

from __future__ import annotations

from datetime import datetime

from ..logic.messages import Message, render
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
