"""Tasks, alert acknowledgements and signatures: append-only like charted records."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from ..logic.messages import msg
from ..logic.validation import ValidationError
from .audit import AuditAction, canonical_json
from .codec import meta_from_row, t2s
from .db import transaction
from .errors import StorageError
from .patients import PatientRepository
from .store import Store
from .types import TASK_STATUSES, AlertAck, Signature, Task


def task_from_row(row: sqlite3.Row) -> Task:
    return Task(
        episode_id=row["episode_id"],
        kind=row["kind"],
        due_at=datetime.fromisoformat(row["due_at"]),
        status=row["status"],
        done_record_id=row["done_record_id"],
        note=row["note"],
        meta=meta_from_row(row),
    )


def ack_from_row(row: sqlite3.Row) -> AlertAck:
    return AlertAck(
        episode_id=row["episode_id"],
        alert_code=row["alert_code"],
        time=datetime.fromisoformat(row["observed_at"]),
        note=row["note"],
        meta=meta_from_row(row),
    )


def signature_from_row(row: sqlite3.Row) -> Signature:
    return Signature(
        episode_id=row["episode_id"],
        signer=row["signer"],
        meaning=row["meaning"],
        signed_at=datetime.fromisoformat(row["observed_at"]),
        content_sha256=row["content_sha256"],
        records=tuple((t, i) for t, i in json.loads(row["records"])),
        meta=meta_from_row(row),
    )


class TaskRepository:
    """Tasks per episode: open, done or cancelled (each change a new version)."""

    def __init__(self, store: Store, patients: PatientRepository) -> None:
        self.store = store
        self.patients = patients

    def add_task(
        self, episode_id: str, kind: str, due_at: datetime, user: str, note: str = ""
    ) -> str:
        """Add an open task (``kind`` e.g. ``vitals``, ``neuro``, ``labs``); returns its id."""
        self.store.require_user(user)
        self.patients.get_patient(episode_id)
        with transaction(self.store.db) as conn:
            return self.store.insert_row(
                conn,
                "tasks",
                episode_id,
                t2s(self.store.now()),
                user,
                self.store.new_id(),
                {
                    "kind": kind,
                    "due_at": t2s(due_at),
                    "status": "open",
                    "done_record_id": None,
                    "note": note,
                },
            )

    def close_task(
        self,
        task_id: str,
        user: str,
        *,
        status: str = "done",
        done_record_id: str | None = None,
        reason: str | None = None,
    ) -> str:
        """Mark a task done (or cancelled): a new version of it; returns the new version id."""
        if status not in TASK_STATUSES[1:]:
            raise ValidationError(
                "status", msg("error.bad_choice", value=status, known=", ".join(TASK_STATUSES[1:]))
            )
        self.store.require_user(user)
        with transaction(self.store.db) as conn:
            old = self.store.one("SELECT * FROM current_tasks WHERE id = ?", (task_id,))
            if old is None:
                raise StorageError(msg("storage.error.record_not_found", id=task_id))
            return self.store.insert_row(
                conn,
                "tasks",
                old["episode_id"],
                t2s(self.store.now()),
                user,
                self.store.new_id(),
                {
                    "kind": old["kind"],
                    "due_at": old["due_at"],
                    "status": status,
                    "done_record_id": done_record_id,
                    "note": old["note"],
                },
                supersedes=task_id,
                reason=reason or status,
            )

    def open_tasks_for(self, episode_ids: Sequence[str]) -> dict[str, list[Task]]:
        """Open tasks (current versions) per episode, by due time."""
        out: dict[str, list[Task]] = defaultdict(list)
        if not episode_ids:
            return out
        marks = ", ".join("?" * len(episode_ids))
        for row in self.store.rows(
            f"SELECT * FROM current_tasks WHERE episode_id IN ({marks}) "
            "AND status = 'open' ORDER BY due_at",
            list(episode_ids),
        ):
            out[row["episode_id"]].append(task_from_row(row))
        return out

    def tasks(self, episode_id: str, *, include_closed: bool = False) -> list[Task]:
        """Tasks of an episode by due time (open ones only unless ``include_closed``)."""
        sql = "SELECT * FROM current_tasks WHERE episode_id = ?"
        if not include_closed:
            sql += " AND status = 'open'"
        return [task_from_row(r) for r in self.store.rows(sql + " ORDER BY due_at", (episode_id,))]


class AlertAckRepository:
    """Who acknowledged which alert, when."""

    def __init__(self, store: Store, patients: PatientRepository) -> None:
        self.store = store
        self.patients = patients

    def acknowledge_alert(
        self,
        episode_id: str,
        alert_code: str,
        user: str,
        *,
        note: str = "",
        at: datetime | None = None,
    ) -> str:
        """Record that ``user`` acknowledged an alert; returns the acknowledgement id."""
        self.store.require_user(user)
        self.patients.get_patient(episode_id)
        with transaction(self.store.db) as conn:
            return self.store.insert_row(
                conn,
                "alert_acks",
                episode_id,
                t2s(at or self.store.now()),
                user,
                self.store.new_id(),
                {"alert_code": alert_code, "note": note},
            )

    def alert_acks_for(
        self, episode_ids: Sequence[str], since: str | None = None
    ) -> dict[str, list[AlertAck]]:
        """Acknowledgements per episode (optionally since an ISO time), oldest first."""
        out: dict[str, list[AlertAck]] = defaultdict(list)
        if not episode_ids:
            return out
        marks = ", ".join("?" * len(episode_ids))
        sql = f"SELECT * FROM current_alert_acks WHERE episode_id IN ({marks})"
        params = list(episode_ids)
        if since is not None:
            sql += " AND observed_at >= ?"
            params.append(since)
        for row in self.store.rows(sql + " ORDER BY observed_at", params):
            out[row["episode_id"]].append(ack_from_row(row))
        return out


class SignatureRepository:
    """Signatures over stored rows (their content hash, re-checked on demand)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def content_sha256(self, refs: Sequence[tuple[str, str]]) -> str:
        """sha256 over the stored rows ``refs`` ((table, id) pairs), as signed."""
        content = []
        for table, rid in refs:
            row = self.store.one(f"SELECT * FROM {table} WHERE id = ?", (rid,))
            if row is None:
                raise StorageError(msg("storage.error.record_not_found", id=rid))
            content.append({"table": table, "row": dict(row)})
        return hashlib.sha256(canonical_json(content).encode()).hexdigest()

    def sign(self, record_ids: Sequence[str], user: str, meaning: str) -> str:
        """Sign stored records (e.g. a physician's co-signature); returns the signature id."""
        self.store.require_user(user)
        refs = [(self.store.find(rid)[0], rid) for rid in record_ids]
        episode_id = self.store.find(record_ids[0])[1]["episode_id"]
        with transaction(self.store.db) as conn:
            return self.insert_signature(conn, episode_id, user, meaning, refs, self.store.new_id())

    def insert_signature(
        self,
        conn: sqlite3.Connection,
        episode_id: str,
        user: str,
        meaning: str,
        refs: list[tuple[str, str]],
        save_id: str,
    ) -> str:
        digest = self.content_sha256(refs)
        rid = self.store.insert_row(
            conn,
            "signatures",
            episode_id,
            t2s(self.store.now()),
            user,
            save_id,
            {
                "signer": user,
                "meaning": meaning,
                "content_sha256": digest,
                "records": json.dumps([list(r) for r in refs]),
            },
            action=AuditAction.SIGN,
        )
        return rid

    def signatures(self, episode_id: str) -> list[Signature]:
        """Current signatures of an episode, oldest first."""
        rows = self.store.rows(
            "SELECT * FROM current_signatures WHERE episode_id = ? ORDER BY observed_at",
            (episode_id,),
        )
        return [signature_from_row(r) for r in rows]

    def verify_signature(self, signature_id: str) -> bool:
        """True when the signed rows still hash to what was signed."""
        row = self.store.one("SELECT * FROM signatures WHERE id = ?", (signature_id,))
        if row is None:
            raise StorageError(msg("storage.error.record_not_found", id=signature_id))
        refs = [(t, i) for t, i in json.loads(row["records"])]
        return self.content_sha256(refs) == row["content_sha256"]
