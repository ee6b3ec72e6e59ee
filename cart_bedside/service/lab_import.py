"""Importing laboratory results (issue 17): match the patient, map the code, store, alert.

:class:`LabImportService` takes a parsed :class:`~cart_bedside.logic.lab_import.LabMessage`
(the file formats live in ``cart_bedside.interop``) and:

1. refuses nothing silently: a message already imported (same sending
   application, facility and control id) adds nothing;
2. matches each patient by MRN *and* name (``names_match``) to the episode
   whose admission covers the result's time (else the MRN's latest episode);
   an unknown MRN or a name that does not match goes to the unmatched list;
3. maps each result through the ward's code table (shipped LOINC codes plus
   the administrator's local codes, a ward setting) with unit conversion;
   an unknown code or unit, a value that is not a number or breaks a hard
   limit goes to the unmatched list;
4. stores the mapped results as ordinary lab records in one transaction with
   their sources and one ``bulk_import`` audit entry, then drops the cached
   assessments of the episodes touched, so alerts (ferritin → HLH/MAS,
   ANC → ICAHT, IgG → IVIG) follow exactly as for a typed lab.

Imports run without a signed-in user (the ``lis`` interface account records
them; the audit names who ran the import: the signed-in user, or ``actor``).
The unmatched list and the code table need the ``settings`` permission.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from ..logic.findings import Alert
from ..logic.lab_codes import RULES_UNIT, LabCode, MappedLab, code_table, map_result
from ..logic.lab_import import NOT_FINAL, LabMessage, PatientResults, ResultLine, names_match
from ..logic.messages import msg
from ..logic.models import LabResult
from ..logic.validation import LAB_LIMITS, ValidationError
from ..storage.lab_imports import ImportedLab, LabImportStore, UnmatchedResult
from . import ward_settings
from .ward import WardService

CODE_MAP_SETTING = ward_settings.KEY_LAB_CODE_MAP
FOLDER_SETTING = ward_settings.KEY_LAB_FOLDER
DEFAULT_CHARSET = ward_settings.WardSettings().lab_import_charset

#: Reasons a result lands in the unmatched list (catalogue ``interop.unmatched.<reason>``).
UNKNOWN_PATIENT = "unknown_patient"
NAME_MISMATCH = "name_mismatch"
INVALID_VALUE = "invalid_value"


@dataclass(frozen=True)
class ImportOutcome:
    """What one message did: stored records, unmatched results, alerts it raised."""

    source: str
    control_id: str
    duplicate: bool
    stored: int
    unmatched: int
    episodes: tuple[str, ...] = ()
    raised: tuple[tuple[str, Alert], ...] = ()  # (episode id, alert new since the import)


class LabImportService:
    """Import lab messages into the ward database of ``ward`` (see the module docstring)."""

    def __init__(self, ward: WardService) -> None:
        self.ward = ward
        self.store = LabImportStore(ward.repo)

    # --- settings -----------------------------------------------------------------------
    def code_map(self) -> list[LabCode]:
        """The administrator's own codes (local LIS codes, extra LOINC codes)."""
        rows = self.ward.settings().lab_code_map
        return [LabCode(r["system"], r["code"], r["lab"], r.get("display", "")) for r in rows]

    def set_code_map(self, codes: Sequence[LabCode], reason: str | None = None) -> None:
        """Replace the ward's own codes (admin); a code must name one of the rules' labs."""
        user = self.ward.require("settings")
        rows = []
        for i, c in enumerate(codes):
            if not c.code.strip():
                raise ValidationError(f"lab_code_map[{i}].code", msg("error.required"))
            if c.lab not in LAB_LIMITS:
                raise ValidationError(
                    f"lab_code_map[{i}].lab",
                    msg("error.bad_choice", value=c.lab, known=", ".join(LAB_LIMITS)),
                )
            rows.append(
                {"system": c.system, "code": c.code.strip(), "lab": c.lab, "display": c.display}
            )
        self.ward.repo.ward_settings.set_setting(CODE_MAP_SETTING, rows, user.username, reason)
        self.ward.refresh_settings()

    def default_charset(self) -> str:
        return self.ward.settings().lab_import_charset

    def watch_folder(self) -> str | None:
        return self.ward.settings().lab_import_folder

    def set_watch_folder(self, folder: str | None) -> None:
        user = self.ward.require("settings")
        self.ward.repo.ward_settings.set_setting(
            FOLDER_SETTING, (folder or "").strip() or None, user.username
        )
        self.ward.refresh_settings()

    def unmatched(self, limit: int = 500) -> list[UnmatchedResult]:
        """Results that did not become lab records, newest first (admin)."""
        self.ward.require("settings")
        return self.store.unmatched(limit)

    # --- import -------------------------------------------------------------------------
    def import_messages(
        self,
        messages: Sequence[LabMessage],
        *,
        file_name: str = "",
        raw: bytes = b"",
        actor: str | None = None,
    ) -> list[ImportOutcome]:
        """Import the messages of one file, each in its own transaction.

        The alerts each episode had before the file and has after it are compared
        once per file (an assessment per episode, not per message); the new ones are
        reported with the last message that touched the episode.
        """
        table = code_table(self.code_map())
        user = self.ward.user
        who = actor or (user.username if user else "lis")
        digest = hashlib.sha256(raw).hexdigest()
        prepared = [
            None if self.store.is_imported(m.source) else self._prepare(m, table) for m in messages
        ]
        episodes = tuple(dict.fromkeys(item.episode_id for p in prepared if p for item in p[0]))
        before = {e: set(self._alert_codes(e)) for e in episodes}
        outcomes: list[ImportOutcome] = []
        last: dict[str, int] = {}
        for message, ready in zip(messages, prepared, strict=True):
            stored = (
                None
                if ready is None
                else self.store.store(
                    source=message.source,
                    control_id=message.control_id,
                    charset=message.charset,
                    file_name=file_name,
                    file_sha256=digest,
                    actor=who,
                    labs=ready[0],
                    unmatched=ready[1],
                    results=message.result_count,
                )
            )
            if ready is None or stored is None or stored.duplicate:
                outcomes.append(ImportOutcome(message.source, message.control_id, True, 0, 0))
                continue
            touched = tuple(dict.fromkeys(item.episode_id for item in ready[0]))
            for e in touched:
                last[e] = len(outcomes)
            outcomes.append(
                ImportOutcome(
                    message.source, message.control_id, False, len(ready[0]), len(ready[1]), touched
                )
            )
        raised: dict[int, list[tuple[str, Alert]]] = {}
        for e, index in last.items():
            self.ward.invalidate(e)
            raised.setdefault(index, []).extend(
                (e, a) for a in self._alerts(e) if a.code not in before[e]
            )
        return [replace(o, raised=tuple(raised.get(i, ()))) for i, o in enumerate(outcomes)]

    def _prepare(
        self, message: LabMessage, table
    ) -> tuple[list[ImportedLab], list[UnmatchedResult]]:
        """The message's results mapped to lab records, and those that could not be."""
        labs: list[ImportedLab] = []
        unmatched: list[UnmatchedResult] = []
        for group in message.patients:
            episode_id, reason = self._match(group)
            candidates: list[tuple[ResultLine, LabResult]] = []
            for line in group.results:
                if reason:
                    unmatched.append(_unmatched(reason, group, line, episode_id))
                elif not line.is_final:
                    unmatched.append(_unmatched(NOT_FINAL, group, line, episode_id))
                else:
                    mapped = map_result(table, line.code, line.system, line.value, line.unit)
                    if isinstance(mapped, MappedLab):
                        candidates.append(
                            (
                                line,
                                LabResult(
                                    line.observed_at,
                                    mapped.lab,
                                    mapped.value,
                                    mapped.unit or RULES_UNIT.get(mapped.lab),
                                ),
                            )
                        )
                    else:
                        unmatched.append(_unmatched(str(mapped), group, line, episode_id))
            if episode_id is None:  # (no candidates: every line went to unmatched above)
                continue
            for line, lab in self._valid(episode_id, candidates, group, unmatched):
                labs.append(
                    ImportedLab(
                        episode_id, lab, line.where, line.code, line.system, line.value, line.unit
                    )
                )
        return labs, unmatched

    def _valid(self, episode_id, candidates, group, unmatched):
        """The candidates within the hard limits; the others go to ``unmatched``."""
        if not candidates:
            return []
        try:  # one check for the whole group (the usual case) …
            self.ward.repo.charting.check_records(
                episode_id, [(ln.where, lab) for ln, lab in candidates]
            )
            return candidates
        except ValidationError:
            pass
        ok = []  # … else one at a time, to list exactly the values refused
        for line, lab in candidates:
            try:
                self.ward.repo.charting.check_records(episode_id, [(line.where, lab)])
                ok.append((line, lab))
            except ValidationError:
                unmatched.append(_unmatched(INVALID_VALUE, group, line, episode_id))
        return ok

    def _match(self, group: PatientResults) -> tuple[str | None, str | None]:
        """The episode of the group's patient, or why there is none."""
        repo = self.ward.repo
        when = min((r.observed_at for r in group.results), default=None)
        candidates = []
        for pid in repo.patients.find_patients(group.mrn.strip()) if group.mrn.strip() else []:
            candidates += repo.patients.episodes_of(pid)
        if not candidates:
            return None, UNKNOWN_PATIENT
        chosen = _episode_at(candidates, when)
        if not names_match(repo.patients.get_patient(chosen.episode_id).name, group.name):
            return chosen.episode_id, NAME_MISMATCH
        return chosen.episode_id, None

    def _alert_codes(self, episode_id: str) -> list[str]:
        return [a.code for a in self._alerts(episode_id)]

    def _alerts(self, episode_id: str) -> tuple[Alert, ...]:
        # The same cached assessment the board and the patient screen read; computed
        # without a signed-in user because imports run from the CLI and the folder watcher.
        return self.ward._cached(episode_id).assessment.alerts


def _episode_at(episodes, when: datetime | None):
    """The admission covering ``when``; else the latest admission before it; else the latest."""
    ordered = sorted(episodes, key=lambda e: e.admitted_at)
    if when is not None:
        for e in reversed(ordered):
            if e.admitted_at <= when and (e.discharged_at is None or when <= e.discharged_at):
                return e
        earlier = [e for e in ordered if e.admitted_at <= when]
        if earlier:
            return earlier[-1]
    return ordered[-1]


def _unmatched(
    reason: str, group: PatientResults, line: ResultLine, episode_id: str | None
) -> UnmatchedResult:
    return UnmatchedResult(
        reason=reason,
        position=line.where,
        mrn=group.mrn,
        name=group.name,
        code=line.code,
        code_system=line.system,
        test_name=line.text,
        value_sent=line.value,
        unit_sent=line.unit,
        observed_at=line.observed_at,
        episode_id=episode_id,
    )


@contextmanager
def worker_lab_service(db_path: str) -> Iterator[LabImportService]:
    """A lab-import service on a connection of its own, for a worker thread (a SQLite
    connection belongs to the thread that opened it); closed on leaving."""
    from ..storage import Repository, open_database

    db = open_database(db_path, check=False, migrate=False)
    try:
        yield LabImportService(WardService(Repository(db, upgrade=False)))
    finally:
        db.conn.close()
