"""Services between the screens and storage: sign-in, roles, cached assessments (no Qt).

The names below are imported when first used (PEP 562): the app's sign-in
screen needs the ward service, not the admin, record or sync services
(issue 16).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, for mypy and readers; at run time see __getattr__
    from .admin import AdminService, AuditView
    from .alerts import AlertService, AlertState
    from .board import BedCard, masked_name
    from .errors import BedOccupiedError, DoseLimitError, DuplicateDoseError, ServiceError
    from .record import RecordService
    from .ward import PermissionDenied, SignInError, WardService

#: module → the public names it defines (tests/test_lazy_packages.py checks them
#: against the imports above)
_PROVIDERS = {
    "admin": ("AdminService", "AuditView"),
    "alerts": ("AlertService", "AlertState"),
    "board": ("BedCard", "masked_name"),
    "errors": ("BedOccupiedError", "DoseLimitError", "DuplicateDoseError", "ServiceError"),
    "record": ("RecordService",),
    "ward": ("PermissionDenied", "SignInError", "WardService"),
}
_MODULES = {name: module for module, names in _PROVIDERS.items() for name in names}

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

if not TYPE_CHECKING:  # hidden from mypy: a misspelt name stays an error there

    def __getattr__(name: str):
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value  # once: later lookups do not come here
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_MODULES))
