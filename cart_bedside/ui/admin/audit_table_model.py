"""Audit-log entries as a table model: time, user, action, record, reason, details."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ...logic.audit_reasons import reason_message
from ...logic.messages import Message, msg
from ...service.types import AuditAction, AuditEntry
from .. import theme
from ..rows_table_model import RowsTableModel

COLUMNS = ("at", "actor", "action", "record", "reason", "details")
_KNOWN_ACTIONS = {a.value for a in AuditAction}
_HIDDEN_DETAILS = {"save_id", "sha256", "supersedes", "pin_hash", "state", "episode_id"}
MAX_DETAIL_CHARS = 160


class AuditTableModel(RowsTableModel[AuditEntry]):
    """``set_rows(entries)`` (newest first, as the service gives them); ``entry(row)``.

    Actions are the catalogue's words (``audit.action.*``) through ``render``;
    ``set_user_names({username: display name})`` shows who; ``retranslate()``
    redraws after a language change. Failed sign-ins and restores are red.
    """

    COLUMNS = COLUMNS

    def __init__(self, render: Callable[[Message], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self._names: dict[str, str] = {}

    def set_user_names(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self.retranslate()

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    # -- RowsTableModel -----------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Reason"),
            self.tr("Details"),
        )

    def cell(self, entry: AuditEntry, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and entry.action in ("sign_in_failed", "restore"):
            return QColor(theme.ERROR)
        return None

    # -- cells --------------------------------------------------------------------------------
    def cell_text(self, entry: AuditEntry, column: str) -> str:
        if column == "at":
            return entry.at.replace("T", " ")[:16]
        if column == "actor":
            name = self._names.get(entry.actor)
            return f"{name} ({entry.actor})" if name and name != entry.actor else entry.actor
        if column == "action":
            if entry.action in _KNOWN_ACTIONS:
                return self._render(msg(f"audit.action.{entry.action}"))
            return entry.action
        if column == "record":
            return self.record_text(entry)
        if column == "reason":  # the app's own reasons in the screen's words, a user's as typed
            words = reason_message(entry.reason)
            return self._render(words) if words is not None else entry.reason or ""
        return self.details_text(entry)

    def record_text(self, entry: AuditEntry) -> str:
        words = {
            "patients": self.tr("patient"),
            "episodes": self.tr("admission"),
            "vital_signs": self.tr("vital signs"),
            "neuro_assessments": self.tr("neuro check"),
            "fluid_entries": self.tr("fluids"),
            "medication_doses": self.tr("medication"),
            "lab_results": self.tr("lab"),
            "weights": self.tr("weight"),
            "tasks": self.tr("task"),
            "alert_acks": self.tr("alert acknowledged"),
            "signatures": self.tr("signature"),
            "users": self.tr("user"),
            "ward_settings": self.tr("ward setting"),
        }
        table = entry.table_name or ""
        what = words.get(table, table)
        if table == "ward_settings" and entry.record_id:
            return f"{what}: {self._setting(entry.record_id)}"
        if table == "users" and entry.record_id:
            return f"{what}: {entry.record_id}"
        return what

    def details_text(self, entry: AuditEntry) -> str:
        """The details in words ("确认的值：体温 39.5 °C（复测两次）"), never JSON."""
        details = {k: v for k, v in entry.details.items() if k not in _HIDDEN_DETAILS}
        if "old" in details and "new" in details:
            parts = [f"{self._value(details.pop('old'))} → {self._value(details.pop('new'))}"]
        else:
            parts = []
        parts += [f"{self._key(k)}: {self._value(v, k)}" for k, v in details.items()]
        text = "; ".join(parts)
        return text if len(text) <= MAX_DETAIL_CHARS else text[: MAX_DETAIL_CHARS - 1] + "…"

    def _setting(self, key: str) -> str:
        return {
            "ward.name": self.tr("ward name"),
            "beds": self.tr("beds"),
            "shifts": self.tr("shifts"),
            "shift_names": self.tr("shift names"),
            "fluid_day_start": self.tr("fluid day start"),
            "protocol": self.tr("protocol"),
            "escalation": self.tr("escalation"),
            "tocilizumab_limits": self.tr("tocilizumab limits"),
            "auto_lock_minutes": self.tr("auto-lock"),
            "language": self.tr("language"),
            "paediatric_dosing": self.tr("paediatric dosing"),
        }.get(key, key.replace("_", " "))

    def _key(self, key: str) -> str:
        return {
            "confirmations": self.tr("values confirmed"),
            "grade_drops_confirmed": self.tr("lower grade confirmed"),
            "what": self.tr("exported"),
            "file": self.tr("file"),
            "path": self.tr("file"),
            "from": self.tr("restored from"),
            "episodes": self.tr("admissions"),
            "broken": self.tr("limits overridden"),
            "amends": self.tr("amends"),
            "ended_by": self.tr("ended by"),
            "ok": self.tr("succeeded"),
            "when": self.tr("when"),
            "error": self.tr("error"),
            "failed": self.tr("failed"),
            "failed_attempts": self.tr("wrong PINs in a row"),
            "display_name": self.tr("name"),
            "role": self.tr("role"),
            "pin_changed": self.tr("PIN changed"),
            "active": self.tr("active"),
            "version": self.tr("schema version"),
            "name": self.tr("change"),
            "baseline": self.tr("baseline"),
            "rows": self.tr("rows"),
            "encrypted": self.tr("encryption"),
            "cipher_version": self.tr("cipher version"),
            "source": self.tr("source"),
            "control_id": self.tr("message ID"),
            "charset": self.tr("character set"),
            "results": self.tr("results"),
            "stored": self.tr("stored"),
            "unmatched": self.tr("unmatched"),
            "drug": self.tr("drug"),
            "dose_mg": self.tr("dose (mg)"),
            "time": self.tr("time"),
            "generator": self.tr("generator"),
            "seed": self.tr("seed"),
        }.get(key, key.replace("_", " "))

    def _value(self, value: Any, key: str = "") -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if key == "role" and isinstance(value, str):
            return {
                "nurse": self.tr("nurse"),
                "physician": self.tr("physician"),
                "admin": self.tr("administrator"),
            }.get(value, value)
        if isinstance(value, str):
            return _ISO_TIME.sub(lambda m: f"{m.group(1)} {m.group(2)}", value)
        if isinstance(value, dict):
            if key == "confirmations":  # warning text → the nurse's reason
                return "; ".join(f"{w} ({r})" if r else w for w, r in value.items())
            return ", ".join(f"{self._key(k)} {self._value(v, k)}" for k, v in value.items())
        if isinstance(value, list | tuple):
            return ", ".join(self._value(v, key) for v in value)
        return str(value)


#: 2026-11-23T10:05:00[.123][+08:00] → 2026-11-23 10:05
_ISO_TIME = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2}|Z)?"
)
