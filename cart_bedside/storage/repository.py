"""The repository: the one object the UI uses to read and write the ward's data.

It takes a :class:`sqlite_utils.Database` (from :func:`open_database`, or
``Database(memory=True)`` in tests), brings the schema up to date and returns
the logic layer's dataclasses. Every write is validated first, then stored
in one transaction with its audit entries; nothing is ever updated in place.
"""

from __future__ import annotations

from .extras import ExtrasMixin
from .judgements import JudgementsMixin
from .patients import PatientsMixin
from .people import PeopleMixin
from .queries import QueriesMixin
from .records import RecordsMixin


class Repository(
    PatientsMixin, RecordsMixin, QueriesMixin, ExtrasMixin, PeopleMixin, JudgementsMixin
):
    """Read and write the ward database.

    ``Repository(db, device_id=None, clock=None, ids=None)``: ``clock`` gives
    "now" (default :meth:`datetime.now`), ``ids`` makes record keys (default
    UUIDv7), ``device_id`` defaults to this database's own.
    """
