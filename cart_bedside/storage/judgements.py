"""A physician's and a nurse's judgements kept as records (schema version 3).

- ``episode_protocols``: the protocol an admission follows (clinical-rules §10).
  The latest current record is in force; a physician's change carries a reason.
- ``physician_grades``: a physician confirms or corrects the computed CRS/ICANS
  grade (§11); a correction needs a reason.
- ``not_done_checks``: a due check recorded as not done, with why (§12);
  read back as the logic layer's :class:`~cart_bedside.logic.observations.NotDone`
  (its ``time`` is when the check was due).

Each is append-only like every clinical record: a correction is an
amendment (a new version superseding the old, with a reason), a withdrawal is
``mark_entered_in_error``; every write is audited in its own transaction.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from ..logic import protocols
from ..logic.messages import msg
from ..logic.observations import NotDone, NotDoneReason
from ..logic.physician_grade import PHYSICIAN_GRADES, SYNDROMES
from ..logic.schedule import TaskKind
from ..logic.schema import Range
from ..logic.validation import ValidationError, check_range
from .audit import AuditAction
from .codec import meta_from_row, s2t, t2s
from .db import transaction
from .errors import AmendmentError, RecordNotFoundError
from .extras import SignatureRepository
from .store import Store
from .types import PROTOCOL_SOURCES, EpisodeProtocol, PhysicianGradeRecord, SaveResult

_META = (
    "id",
    "episode_id",
    "observed_at",
    "recorded_at",
    "recorded_by",
    "device_id",
    "save_id",
    "supersedes",
    "amend_reason",
)
COMPUTED_RANGE = Range(0, 4)
PHYSICIAN_RANGE = Range(min(PHYSICIAN_GRADES), max(PHYSICIAN_GRADES))
_REASONS = {r.value: r for r in NotDoneReason}


def protocol_from_row(row: sqlite3.Row) -> EpisodeProtocol:
    return EpisodeProtocol(
        episode_id=row["episode_id"],
        protocol=row["protocol"],
        source=row["source"],
        time=datetime.fromisoformat(row["observed_at"]),
        reason=row["reason"],
        meta=meta_from_row(row),
    )


def physician_grade_from_row(row: sqlite3.Row) -> PhysicianGradeRecord:
    return PhysicianGradeRecord(
        episode_id=row["episode_id"],
        syndrome=row["syndrome"],
        computed_grade=row["computed_grade"],
        grade=row["grade"],
        time=datetime.fromisoformat(row["observed_at"]),
        reason=row["reason"],
        basis_record_id=row["basis_record_id"],
        basis_time=s2t(row["basis_time"]),
        meta=meta_from_row(row),
    )


def not_done_from_row(row: sqlite3.Row) -> NotDone:
    return NotDone(
        time=datetime.fromisoformat(row["observed_at"]),
        kind=row["kind"],
        reason=_REASONS[row["reason"]],
        note=row["note"],
        meta=meta_from_row(row),
    )


def _choice(value: str, known: Sequence[str], field: str) -> str:
    if value not in known:
        raise ValidationError(
            field, msg("error.bad_choice", value=str(value), known=", ".join(known))
        )
    return value


def validate_protocol(record: EpisodeProtocol) -> None:
    """A known protocol and source; a physician's change needs a reason."""
    _choice(record.protocol, protocols.PROTOCOL_IDS, "protocol.protocol")
    _choice(record.source, PROTOCOL_SOURCES, "protocol.source")
    if record.source == "physician" and not record.reason.strip():
        raise ValidationError("protocol.reason", msg("error.required"))


def validate_physician_grade(record: PhysicianGradeRecord, prefix: str = "grade") -> None:
    """Computed 0–4, physician's 0–5 (integers); a grade other than the computed needs a reason."""
    _choice(record.syndrome, SYNDROMES, f"{prefix}.syndrome")
    for name, limit in (("computed_grade", COMPUTED_RANGE), ("grade", PHYSICIAN_RANGE)):
        value = getattr(record, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                f"{prefix}.{name}", msg("error.expected_integer", value=str(value))
            )
        check_range(value, limit, f"{prefix}.{name}")
    if record.corrected and not record.reason.strip():
        raise ValidationError(f"{prefix}.reason", msg("error.required"))


def validate_not_done(kind: str, reason: str, note: str) -> None:
    """A task kind the schedule knows and a reason from the list (``other`` needs a note)."""
    _choice(kind, tuple(k.value for k in TaskKind), "not_done.kind")
    _choice(str(reason), tuple(_REASONS), "not_done.reason")
    if reason == NotDoneReason.OTHER and not note.strip():
        raise ValidationError("not_done.note", msg("error.required"))


class JudgementRepository:
    """Protocol per admission, physician's grades and checks not done.

    A physician's grades are signed in their own transaction (``signatures``).
    """

    def __init__(self, store: Store, signing: SignatureRepository) -> None:
        self.store = store
        self.signing = signing

    def _insert_judgement(
        self,
        conn: sqlite3.Connection,
        table: str,
        episode_id: str,
        observed_at: datetime,
        user: str,
        save_id: str,
        data: dict,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> str:
        rid = self.store.new_id()
        cols = (*_META, *data)
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            (
                rid,
                episode_id,
                t2s(observed_at),
                t2s(self.store.now()),
                user,
                self.store.device_id,
                save_id,
                supersedes,
                reason,
                *data.values(),
            ),
        )
        self.store.audit_row(
            conn,
            user,
            AuditAction.AMEND if supersedes else AuditAction.INSERT,
            table,
            rid,
            reason,
            save_id,
        )
        return rid

    def _require_episode(self, episode_id: str) -> None:
        if (
            self.store.one("SELECT 1 FROM current_episodes WHERE episode_id = ?", (episode_id,))
            is None
        ):
            raise RecordNotFoundError(msg("storage.error.unknown_episode", id=episode_id))

    # --- protocol per admission -----------------------------------------------------------
    def set_episode_protocol(self, record: EpisodeProtocol, user: str) -> str:
        """Store the protocol an admission follows from ``record.time`` on; returns its id."""
        self.store.require_user(user)
        validate_protocol(record)
        self._require_episode(record.episode_id)
        with transaction(self.store.db) as conn:
            return self._insert_judgement(
                conn,
                "episode_protocols",
                record.episode_id,
                record.time,
                user,
                self.store.new_id(),
                {
                    "protocol": record.protocol,
                    "source": record.source,
                    "reason": record.reason.strip(),
                },
            )

    def episode_protocols(self, episode_id: str) -> list[EpisodeProtocol]:
        """Every protocol record of an admission in force order (current versions)."""
        return [protocol_from_row(r) for r in self._in_episodes("episode_protocols", [episode_id])]

    def protocols_for(self, episode_ids: Sequence[str]) -> dict[str, EpisodeProtocol]:
        """The protocol record in force for each admission that has one (the board's read)."""
        return {
            row["episode_id"]: protocol_from_row(row)
            for row in self._in_episodes("episode_protocols", episode_ids)
        }

    # --- physician's grade ----------------------------------------------------------------
    def record_physician_grades(
        self,
        episode_id: str,
        grades: Sequence[PhysicianGradeRecord],
        user: str,
        *,
        signature_meaning: str | None = None,
    ) -> SaveResult:
        """Store a physician's confirmed/corrected grades in one transaction.

        ``ids`` maps each syndrome to its record. With ``signature_meaning``
        the physician's signature over the grade records and the records they
        judged is stored in the same transaction (``signature_id``).
        """
        self.store.require_user(user)
        self._require_episode(episode_id)
        for i, grade in enumerate(grades):
            validate_physician_grade(grade, f"grades[{i}]")
        save_id, signature_id = self.store.new_id(), None
        with transaction(self.store.db) as conn:
            ids = {
                g.syndrome: self._insert_judgement(
                    conn, "physician_grades", episode_id, g.time, user, save_id, _grade_values(g)
                )
                for g in grades
            }
            if signature_meaning:
                refs = [("physician_grades", rid) for rid in ids.values()]
                for basis in dict.fromkeys(g.basis_record_id for g in grades):
                    if basis:
                        refs.append((self.store.find(basis)[0], basis))
                signature_id = self.signing.insert_signature(
                    conn, episode_id, user, signature_meaning, refs, save_id
                )
        return SaveResult(save_id, ids, (), signature_id)

    def amend_physician_grade(
        self, record_id: str, new: PhysicianGradeRecord, user: str, reason: str
    ) -> str:
        """A corrected version of a physician's grade record (the original stays)."""
        self.store.require_user(user)
        if not (reason or "").strip():
            raise ValidationError("amend_reason", msg("error.required"))
        validate_physician_grade(new)
        _, old = self.store.find(record_id, ("physician_grades",))
        if old["syndrome"] != new.syndrome:
            raise AmendmentError(
                msg(
                    "storage.error.wrong_kind",
                    id=record_id,
                    kind=new.syndrome,
                    found=old["syndrome"],
                )
            )
        with transaction(self.store.db) as conn:
            self.store.check_amendable("physician_grades", record_id)
            return self._insert_judgement(
                conn,
                "physician_grades",
                old["episode_id"],
                new.time,
                user,
                self.store.new_id(),
                _grade_values(new),
                supersedes=record_id,
                reason=reason.strip(),
            )

    def physician_grades(self, episode_id: str) -> list[PhysicianGradeRecord]:
        """Current physician's grade records of an admission, oldest first."""
        return self.physician_grades_for([episode_id]).get(episode_id, [])

    def physician_grade_history(self, record_id: str) -> list[PhysicianGradeRecord]:
        """Every version of a physician's grade record, original first."""
        table, row = self.store.find(record_id, ("physician_grades",))
        return [physician_grade_from_row(r) for r in self.store.chain(table, row)]

    def physician_grades_for(
        self, episode_ids: Sequence[str]
    ) -> dict[str, list[PhysicianGradeRecord]]:
        """Current physician's grade records per admission, oldest first (the board's read)."""
        out: dict[str, list[PhysicianGradeRecord]] = defaultdict(list)
        for row in self._in_episodes("physician_grades", episode_ids):
            out[row["episode_id"]].append(physician_grade_from_row(row))
        return out

    # --- checks not done -------------------------------------------------------------------
    def record_not_done(self, episode_id: str, record: NotDone, user: str) -> str:
        """Store that the check due at ``record.time`` was not done, and why; returns its id."""
        self.store.require_user(user)
        validate_not_done(record.kind, record.reason, record.note)
        self._require_episode(episode_id)
        with transaction(self.store.db) as conn:
            return self._insert_judgement(
                conn,
                "not_done_checks",
                episode_id,
                record.time,
                user,
                self.store.new_id(),
                {"kind": record.kind, "reason": str(record.reason), "note": record.note.strip()},
            )

    def not_done(self, episode_id: str, since: datetime | None = None) -> list[NotDone]:
        """Checks recorded as not done (current versions), by due time."""
        return self.not_done_for([episode_id], since).get(episode_id, [])

    def not_done_for(
        self, episode_ids: Sequence[str], since: datetime | None = None
    ) -> dict[str, list[NotDone]]:
        """Checks not done per admission (due at or after ``since``), by due time."""
        out: dict[str, list[NotDone]] = defaultdict(list)
        for row in self._in_episodes("not_done_checks", episode_ids, since):
            out[row["episode_id"]].append(not_done_from_row(row))
        return out

    def judgement_versions(self, table: str, episode_id: str) -> list:
        """Every stored version (amended and withdrawn too) of an admission's
        ``physician_grades`` or ``not_done_checks`` records, for History."""
        read = {"physician_grades": physician_grade_from_row, "not_done_checks": not_done_from_row}[
            table
        ]
        rows = self.store.rows(
            f"SELECT * FROM {table} WHERE episode_id = ? ORDER BY observed_at, recorded_at, rowid",
            (episode_id,),
        )
        return [read(r) for r in rows]

    def _in_episodes(
        self, table: str, episode_ids: Sequence[str], since: datetime | None = None
    ) -> list[sqlite3.Row]:
        if not episode_ids:
            return []
        marks = ", ".join("?" * len(episode_ids))
        # The current_<table> view spelt out: a view has no rowid in SQLite >= 3.45 (SQLCipher's).
        sql = (
            f"SELECT * FROM {table} AS r WHERE r.entered_in_error = 0 AND NOT EXISTS "
            f"(SELECT 1 FROM {table} AS s WHERE s.supersedes = r.id) "
            f"AND r.episode_id IN ({marks})"
        )
        params: list = list(episode_ids)
        if since is not None:
            sql += " AND r.observed_at >= ?"
            params.append(t2s(since))
        return self.store.rows(sql + " ORDER BY r.observed_at, r.recorded_at, r.rowid", params)


def _grade_values(g: PhysicianGradeRecord) -> dict:
    return {
        "syndrome": g.syndrome,
        "computed_grade": g.computed_grade,
        "grade": g.grade,
        "reason": g.reason.strip(),
        "basis_record_id": g.basis_record_id,
        "basis_time": None if g.basis_time is None else t2s(g.basis_time),
    }
