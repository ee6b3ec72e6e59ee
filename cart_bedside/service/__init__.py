"""Services between the screens and storage: sign-in, roles, cached assessments (no Qt)."""

from .admin import AdminService, AuditView
from .alerts import AlertService, AlertState
from .errors import BedOccupiedError, DoseLimitError, DuplicateDoseError, ServiceError
from .record import RecordService
from .ward import BedCard, PermissionDenied, SignInError, WardService, masked_name

__all__ = [
    "AdminService",
    "AlertService",
    "AlertState",
    "AuditView",
    "BedCard",
    "BedOccupiedError",
    "DoseLimitError",
    "DuplicateDoseError",
    "PermissionDenied",
    "RecordService",
    "ServiceError",
    "SignInError",
    "WardService",
    "masked_name",
]
