"""Conflicting corrections: two or more current versions of one charted record (schema 7).

Two tablets offline may each correct the same reading; when their rows meet,
both corrections are kept and both are current. :meth:`ConflictRepository.conflicts`
finds them by walking the ``supersedes`` graph from each original (arrival
order plays no part); :meth:`ConflictRepository.resolve` stores one amendment
superseding all of them — its ``supersedes`` names the first, a
``resolutions`` row each other — in one transaction, so every tablet that
receives those rows agrees on the one current version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..logic.messages import msg
from ..logic.validation import ValidationError
from . import codec
from .codec import KIND_BY_TABLE, kind_of, t2s
from .errors import AmendmentError
from .records import RecordRepository
from .store import Store
from .types import SaveResult


@dataclass(frozen=True)
class Conflict:
    """Versions of one record that are all current: ``root_id`` is the original."""

    table: str
    episode_id: str
    root_id: str
    current_ids: tuple[str, ...]

    def versions(self, charting: RecordRepository) -> list[Any]:
        return [charting.get_record(i) for i in self.current_ids]


class ConflictRepository:
    """Find and resolve conflicting corrections of charted records."""

    def __init__(self, store: Store, charting: RecordRepository) -> None:
        self.store = store
        self.charting = charting

    def conflicts(self, episode_id: str | None = None) -> list[Conflict]:
        """Every record with more than one current version (of one episode, or all).

        Only a version with two or more successors can start a conflict, so the
        search starts there (the partial ``supersedes`` index, or the episode's
        rows) and walks the few versions below it; no recursive query over the
        whole table (that took 12 s per episode on two years of a 40-bed ward).
        """
        out = []
        for kind in codec.KINDS:
            where, params = "", tuple[str, ...]()
            if episode_id is not None:
                where, params = " AND episode_id = ?", (episode_id,)
            forks = self.store.rows(
                f"SELECT supersedes FROM {kind.table} WHERE supersedes IS NOT NULL{where} "
                "GROUP BY supersedes HAVING count(*) > 1",
                params,
            )
            roots: dict[str, tuple[str, tuple[str, ...]]] = {}
            for (fork,) in forks:
                root, episode = self._root(kind.table, fork)
                current = self._current_below(kind.table, root)
                if len(current) > 1:
                    roots[root] = (episode, current)
            out += [Conflict(kind.table, e, root, ids) for root, (e, ids) in roots.items()]
        return out

    def _root(self, table: str, record_id: str) -> tuple[str, str]:
        sql = f"SELECT id, supersedes, episode_id FROM {table} WHERE id = ?"
        row = self.store.one_of(sql, (record_id,), record_id)
        while row["supersedes"] is not None:
            row = self.store.one_of(sql, (row["supersedes"],), row["supersedes"])
        return row["id"], row["episode_id"]

    def _current_below(self, table: str, root: str) -> tuple[str, ...]:
        """The current versions among ``root`` and everything that supersedes it."""
        seen, frontier = [root], [root]
        while frontier:
            marks = ", ".join("?" * len(frontier))
            frontier = [
                r["id"]
                for r in self.store.rows(
                    f"SELECT id FROM {table} WHERE supersedes IN ({marks})", frontier
                )
            ]
            seen += frontier
        marks = ", ".join("?" * len(seen))
        rows = self.store.rows(
            f"SELECT id FROM current_{table} WHERE id IN ({marks}) ORDER BY recorded_at, id", seen
        )
        return tuple(r["id"] for r in rows)

    def resolve(
        self, current_ids: Sequence[str], new_record: Any, user: str, reason: str
    ) -> SaveResult:
        """One amendment superseding every current version of a conflict (a physician's)."""
        self.store.require_user(user)
        if not (reason or "").strip():
            raise ValidationError("amend_reason", msg("error.required"))
        kind = kind_of(new_record)
        if len(set(current_ids)) < 2:
            raise AmendmentError(msg("storage.error.not_a_conflict", ids=", ".join(current_ids)))
        save_id = self.store.new_id()
        with self.store.transaction() as conn:
            conflict = self._conflict_of(current_ids)
            if kind.table != conflict.table:
                raise AmendmentError(
                    msg(
                        "storage.error.wrong_kind",
                        id=current_ids[0],
                        kind=kind.name,
                        found=KIND_BY_TABLE[conflict.table].name,
                    )
                )
            warnings = self.charting.check_records(conflict.episode_id, [(kind.name, new_record)])
            first, *others = current_ids
            rid = self.charting.insert_record(
                conn,
                kind,
                new_record,
                conflict.episode_id,
                user,
                save_id,
                supersedes=first,
                reason=reason.strip(),
            )
            for other in others:
                self.store.insert_row(
                    conn,
                    "resolutions",
                    conflict.episode_id,
                    t2s(new_record.time),
                    user,
                    save_id,
                    {"table_name": kind.table, "resolution_id": rid, "superseded_id": other},
                    reason=reason.strip(),
                )
        return SaveResult(save_id, {kind.name: rid}, tuple(warnings))

    def _conflict_of(self, current_ids: Sequence[str]) -> Conflict:
        table, row = self.store.find(current_ids[0], [k.table for k in codec.KINDS])
        for conflict in self.conflicts(row["episode_id"]):
            if conflict.table == table and set(current_ids) <= set(conflict.current_ids):
                return conflict
        raise AmendmentError(msg("storage.error.not_a_conflict", ids=", ".join(current_ids)))
