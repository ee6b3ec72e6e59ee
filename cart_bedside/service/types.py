"""The stored value types the screens show, named through the service layer.

The UI never imports storage (tests/test_code_quality.py): the accounts, audit
entries, backup results and unmatched lab results the services return are
the repository's dataclasses, re-exported here under the same names.
"""

from ..storage import StorageError, User
from ..storage.audit import AuditAction, AuditEntry
from ..storage.auth import PreparedPin
from ..storage.backup import BackupResult
from ..storage.lab_imports import UnmatchedResult
from ..storage.types import ROLES

__all__ = [
    "ROLES",
    "AuditAction",
    "AuditEntry",
    "BackupResult",
    "PreparedPin",
    "StorageError",
    "UnmatchedResult",
    "User",
]
