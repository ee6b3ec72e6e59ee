"""What the record, alert and admin services share: the ward service they sit on."""

from __future__ import annotations

from datetime import datetime

from ..logic.messages import Message, msg
from ..logic.validation import ValidationError
from ..storage import Repository, User
from .ward import PermissionDenied, WardService


class ServiceBase:
    """Holds the :class:`WardService` (its repository, signed-in user, roles, clock, cache)."""

    def __init__(self, ward: WardService) -> None:
        self.ward = ward

    @property
    def repo(self) -> Repository:
        return self.ward.repo

    def now(self) -> datetime:
        return self.ward.clock().replace(microsecond=0)

    def require(self, action: str) -> User:
        """The signed-in user if their role may ``action`` (else PermissionDenied)."""
        return self.ward.require(action)

    def check_pin(
        self, user: User, pin: str, record_id: str | None = None, refused: Message | None = None
    ) -> None:
        """A signature needs the signer's PIN again: a wrong one is audited, refused and
        counted towards the same lockout as sign-in (one transaction per try)."""
        if self.ward.user is None or self.ward.user.username != user.username:
            raise PermissionDenied("chart", None)
        self.ward.verify_signature(pin, record_id, refused or msg("service.error.signature_pin"))


def required_reason(reason: str | None, field: str = "reason") -> str:
    """A non-empty reason, trimmed (amendments, withdrawals, overrides, discharge)."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError(field, msg("error.required"))
    return text
