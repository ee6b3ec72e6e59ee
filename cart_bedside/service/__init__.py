"""Services between the screens and storage: sign-in, roles, cached assessments (no Qt)."""

from .ward import BedCard, PermissionDenied, SignInError, WardService, masked_name

__all__ = ["BedCard", "PermissionDenied", "SignInError", "WardService", "masked_name"]
