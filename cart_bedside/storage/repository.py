"""The ward database, as small repositories per area sharing one :class:`Store`.

``Repository(db)`` brings the schema up to date and builds the areas once,
each handed what it uses:

==============  ==========================  ==========================================
attribute       class                       uses
==============  ==========================  ==========================================
``store``       :class:`Store`              the connection, clock, ids, device id
``patients``    :class:`PatientRepository`  store
``signing``     :class:`SignatureRepository` store
``worklist``    :class:`TaskRepository`     store, patients
``acks``        :class:`AlertAckRepository` store, patients
``charting``    :class:`RecordRepository`   store, patients, signing
``corrections`` :class:`ConflictRepository` store, charting (conflicting corrections)
``queries``     :class:`QueryRepository`    store, patients, worklist, acks
``judgements``  :class:`JudgementRepository` store, signing
``people``      :class:`PeopleRepository`   store
``ward_settings`` :class:`SettingsRepository` store
``drafts``      :class:`DraftRepository`    store (device-local)
``audit_log``   :class:`AuditRepository`    store
==============  ==========================  ==========================================

Callers name the area (``repo.patients.admit(…)``); the repository itself
answers only for what the areas share (the database, the clock, one
transaction over several areas, closing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

from .audit_log import AuditRepository
from .conflicts import ConflictRepository
from .db import Database
from .extras import AlertAckRepository, SignatureRepository, TaskRepository
from .ids import IdFactory
from .judgements import JudgementRepository
from .patients import PatientRepository
from .people import PeopleRepository
from .queries import QueryRepository
from .records import RecordRepository
from .settings import DraftRepository, SettingsRepository
from .store import Store


class Repository:
    """Read and write the ward database through its areas.

    ``Repository(db, device_id=None, clock=None, ids=None)``: ``clock`` gives
    "now" (default :meth:`datetime.now`), ``ids`` makes record keys (default
    UUIDv7), ``device_id`` defaults to this database's own.
    """

    def __init__(
        self,
        db: Database,
        *,
        device_id: str | None = None,
        clock: Callable[[], datetime] | None = None,
        ids: IdFactory | None = None,
        upgrade: bool = True,
    ) -> None:
        store = Store(db, device_id=device_id, clock=clock, ids=ids, upgrade=upgrade)
        self.store = store
        self.patients = PatientRepository(store)
        self.signing = SignatureRepository(store)
        self.worklist = TaskRepository(store, self.patients)
        self.acks = AlertAckRepository(store, self.patients)
        self.charting = RecordRepository(store, self.patients, self.signing)
        self.corrections = ConflictRepository(store, self.charting)
        self.queries = QueryRepository(store, self.patients, self.worklist, self.acks)
        self.judgements = JudgementRepository(store, self.signing)
        self.people = PeopleRepository(store)
        self.ward_settings = SettingsRepository(store)
        self.drafts = DraftRepository(store)
        self.audit_log = AuditRepository(store)

    # --- the shared database object ------------------------------------------------------
    @property
    def db(self) -> Database:
        return self.store.db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    @property
    def device_id(self) -> str:
        return self.store.device_id

    def now(self) -> datetime:
        """The current time to the second, from the store's clock."""
        return self.store.now()

    def db_file(self) -> str | None:
        """The database file this repository writes to (None for an in-memory one)."""
        return self.store.db_file()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group several writes of any areas into one all-or-nothing save."""
        return self.store.transaction()

    def close(self) -> None:
        """Close the connection (a restore swaps the file underneath it)."""
        self.store.close()
