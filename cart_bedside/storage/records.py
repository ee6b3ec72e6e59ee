"""Saving charted records: validation first, one transaction, amendments as new rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from ..logic.messages import msg
from ..logic.models import FluidCategory, FluidEntry, NeuroAssessment, Patient, WeightMeasurement
from ..logic.record_check import check_offset, check_types
from ..logic.timeutil import format_time
from ..logic.validation import (
    ValidationError,
    Warning_,
    validate_dose,
    validate_fluid,
    validate_lab,
    validate_neuro,
    validate_vitals,
    validate_weight,
)
from . import codec
from .audit import AuditAction
from .codec import KIND_BY_TABLE, Kind, kind_of, t2s
from .db import transaction
from .errors import AmendmentError
from .extras import SignatureRepository
from .patients import PatientRepository
from .store import Store
from .types import SaveResult

#: A record observed further in the future than this is refused (a mistyped date).
FUTURE_TOLERANCE = timedelta(minutes=10)

Item = tuple[str, Any]  # (field prefix, record)


class RecordRepository:
    """Write charted records (vitals, neuro, fluids, doses, labs, weights).

    Validation reads the patient (``patients``); a save with a signature
    meaning signs it in the same transaction (``signatures``).
    """

    def __init__(
        self, store: Store, patients: PatientRepository, signing: SignatureRepository
    ) -> None:
        self.store = store
        self.patients = patients
        self.signing = signing

    # --- validation -------------------------------------------------------------------
    def check_records(self, episode_id: str, items: Sequence[Item]) -> list[Warning_]:
        """Validate without saving: raises :class:`ValidationError`, returns the warnings."""
        patient = self.patients.get_patient(episode_id)
        warnings: list[Warning_] = []
        for prefix, record in items:
            warnings += self._validate(patient, prefix, record)
        return warnings

    def _validate(self, patient: Patient, prefix: str, record: Any) -> list[Warning_]:
        kind = kind_of(record)
        if not hasattr(getattr(record, "time", None), "isoformat"):
            raise ValidationError(f"{prefix}.time", msg("error.required"))
        # what the rules could not read is refused here, before anything is stored
        record = check_types(record, prefix)
        time: datetime = record.time  # a datetime: check_types refused anything else
        check_offset(record.time, patient.infusion_time or self.store.now(), f"{prefix}.time")
        if time.replace(tzinfo=None) > self.store.now().replace(tzinfo=None) + FUTURE_TOLERANCE:
            raise ValidationError(
                f"{prefix}.time",
                msg(
                    "storage.error.future_time",
                    time=format_time(time),
                    now=format_time(self.store.now()),
                ),
            )
        if kind is codec.VITALS:
            return validate_vitals(record, prefix)
        if kind is codec.NEURO:
            return validate_neuro(record, patient.uses_capd, prefix)
        if kind is codec.FLUID:
            _check_category(record, prefix)
            return validate_fluid(record, prefix)
        if kind is codec.MEDICATION:
            return validate_dose(record, prefix)
        if kind is codec.LAB:
            return validate_lab(record, prefix)
        previous = self.patients.latest_weight(patient.id or "", before=record.time)
        return validate_weight(record.weight_kg, prefix, previous.weight_kg if previous else None)

    # --- saving -----------------------------------------------------------------------
    def save_records(
        self,
        episode_id: str,
        user: str,
        items: Sequence[Item],
        *,
        signature_meaning: str | None = None,
    ) -> SaveResult:
        """Validate every record, then store them all in one transaction (or none).

        ``items`` are ``(prefix, record)`` pairs; a :class:`ValidationError`
        names the prefix of the first bad record (``"fluids[2].volume_ml"``).
        With ``signature_meaning`` the saver's signature over the new records
        is stored in the same transaction.
        """
        self.store.require_user(user)
        warnings = self.check_records(episode_id, items)
        save_id, ids = self.store.new_id(), {}
        with transaction(self.store.db) as conn:
            for prefix, record in items:
                ids[prefix] = self.insert_record(
                    conn, kind_of(record), record, episode_id, user, save_id
                )
            signature_id = None
            if signature_meaning:
                refs = [(kind_of(r).table, ids[p]) for p, r in items]
                signature_id = self.signing.insert_signature(
                    conn, episode_id, user, signature_meaning, refs, save_id
                )
        return SaveResult(save_id, ids, tuple(warnings), signature_id)

    def save_record(self, episode_id: str, record: Any, user: str) -> SaveResult:
        """Save one record; errors name fields as ``vitals.temp_c``, ``lab.value`` …"""
        return self.save_records(episode_id, user, [(kind_of(record).name, record)])

    def shift_entry_items(
        self,
        vitals: Any = None,
        neuro: NeuroAssessment | None = None,
        fluids: Sequence[FluidEntry] = (),
        weight: WeightMeasurement | None = None,
    ) -> list[Item]:
        """The ``(prefix, record)`` list of a shift entry: vitals, neuro, fluids[i], weight."""
        items: list[Item] = []
        if vitals is not None:
            items.append(("vitals", vitals))
        if neuro is not None:
            items.append(("neuro", neuro))
        items += [(f"fluids[{i}]", f) for i, f in enumerate(fluids)]
        if weight is not None:
            items.append(("weight", weight))
        return items

    def save_shift_entry(
        self,
        episode_id: str,
        user: str,
        *,
        vitals: Any = None,
        neuro: NeuroAssessment | None = None,
        fluids: Sequence[FluidEntry] = (),
        weight: WeightMeasurement | None = None,
        signature_meaning: str | None = None,
    ) -> SaveResult:
        """Save a whole shift entry as one transaction: all of it or nothing."""
        items = self.shift_entry_items(vitals, neuro, fluids, weight)
        return self.save_records(episode_id, user, items, signature_meaning=signature_meaning)

    def insert_record(
        self,
        conn: sqlite3.Connection,
        kind: Kind,
        record: Any,
        episode_id: str,
        user: str,
        save_id: str,
        *,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> str:
        rid = self.store.new_id()
        conn.execute(
            kind.insert_sql,
            (
                rid,
                episode_id,
                t2s(record.time),
                t2s(self.store.now()),
                user,
                self.store.device_id,
                save_id,
                supersedes,
                reason,
                0,
                *kind.to_values(record),
            ),
        )
        self.store.audit_row(
            conn,
            user,
            AuditAction.AMEND if supersedes else AuditAction.INSERT,
            kind.table,
            rid,
            reason,
            save_id,
        )
        return rid

    # --- amendments -------------------------------------------------------------------
    def amend(self, record_id: str, new_record: Any, user: str, reason: str) -> SaveResult:
        """Store ``new_record`` as the corrected version of ``record_id``; the original stays.

        Refused when the reason is empty, the kinds differ, the version was
        already amended (amend the current one) or was entered in error.
        """
        kind = kind_of(new_record)
        self.store.require_user(user)
        if not (reason or "").strip():
            raise ValidationError("amend_reason", msg("error.required"))
        table, old = self.store.find(record_id, [k.table for k in codec.KINDS])
        if table != kind.table:
            raise AmendmentError(
                msg(
                    "storage.error.wrong_kind",
                    id=record_id,
                    kind=kind.name,
                    found=KIND_BY_TABLE[table].name,
                )
            )
        patient = self.patients.get_patient(old["episode_id"])
        warnings = self._validate(patient, kind.name, new_record)
        save_id = self.store.new_id()
        with transaction(self.store.db) as conn:
            self.store.check_amendable(table, record_id)
            rid = self.insert_record(
                conn,
                kind,
                new_record,
                old["episode_id"],
                user,
                save_id,
                supersedes=record_id,
                reason=reason.strip(),
            )
        return SaveResult(save_id, {kind.name: rid}, tuple(warnings))

    def mark_entered_in_error(self, record_id: str, user: str, reason: str) -> str:
        """Withdraw a record: a new version flagged entered-in-error supersedes it.

        Works for any clinical table (charted records, tasks, acknowledgements,
        a whole admission). Queries stop returning it; history still shows it.
        """
        self.store.require_user(user)
        if not (reason or "").strip():
            raise ValidationError("amend_reason", msg("error.required"))
        table, old = self.store.find(record_id)
        columns = [c for c in old.keys() if c not in _NEW_META]
        save_id, rid = self.store.new_id(), self.store.new_id()
        with transaction(self.store.db) as conn:
            self.store.check_amendable(table, record_id)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(_NEW_META)}, {', '.join(columns)}) "
                f"SELECT ?, ?, ?, ?, ?, ?, ?, 1, {', '.join(columns)} FROM {table} WHERE id = ?",
                (
                    rid,
                    t2s(self.store.now()),
                    user,
                    self.store.device_id,
                    save_id,
                    record_id,
                    reason.strip(),
                    record_id,
                ),
            )
            self.store.audit_row(
                conn, user, AuditAction.ENTERED_IN_ERROR, table, rid, reason.strip(), save_id
            )
        return rid

    # --- reading versions -------------------------------------------------------------
    def get_record(self, record_id: str) -> Any:
        """Any stored version of a charted record, by id (handwriting included)."""
        table, row = self.store.find(record_id, [k.table for k in codec.KINDS])
        return KIND_BY_TABLE[table].record(row)

    def history(self, record_id: str) -> list[Any]:
        """Every version of the record ``record_id`` belongs to, original first.

        Each version carries its meta: who saved it, when, what it supersedes
        and why; a withdrawal is the last version with ``entered_in_error``.
        """
        table, row = self.store.find(record_id, [k.table for k in codec.KINDS])
        kind = KIND_BY_TABLE[table]
        return [kind.record(r) for r in self.store.chain(table, row)]

    def current_version(self, record_id: str) -> Any | None:
        """The newest version of the record (None if it was entered in error)."""
        latest = self.history(record_id)[-1]
        return None if latest.meta.entered_in_error else latest


#: Meta columns written fresh for a withdrawal; every other column is copied.
_NEW_META = (
    "id",
    "recorded_at",
    "recorded_by",
    "device_id",
    "save_id",
    "supersedes",
    "amend_reason",
    "entered_in_error",
)


def _check_category(entry: FluidEntry, prefix: str) -> None:
    try:
        FluidCategory(entry.category)
    except ValueError:
        raise ValidationError(
            f"{prefix}.category",
            msg(
                "error.bad_choice",
                value=str(entry.category),
                known=", ".join(c.value for c in FluidCategory),
            ),
        ) from None
