"""Audit-log entries as a table model: time, user, action, record, reason, details."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ...logic.messages import Message, msg
from ...service.types import AuditAction, AuditEntry
from .. import theme
from ..rows_table_model import RowsTableModel

COLUMNS = ("at", "actor", "action", "record", "reason", "details")
_KNOWN_ACTIONS = {a.value for a in AuditAction}
_HIDDEN_DETAILS = {"save_id", "sha256", "supersedes", "pin_hash"}
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
        if column == "reason":
            return entry.reason or ""
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
        table = entry.table_name
        what = words.get(table, table or "")
        if table in ("users", "ward_settings") and entry.record_id:
            return f"{what}: {entry.record_id}"
        return what

    def details_text(self, entry: AuditEntry) -> str:
        details = {k: v for k, v in entry.details.items() if k not in _HIDDEN_DETAILS}
        if "old" in details and "new" in details:
            text = f"{_short(details['old'])} → {_short(details['new'])}"
        else:
            text = ", ".join(f"{k}: {_short(v)}" for k, v in details.items())
        return text if len(text) <= MAX_DETAIL_CHARS else text[: MAX_DETAIL_CHARS - 1] + "…"


def _short(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ", ".join(f"{k}={_short(v)}" for k, v in value.items())
    return json.dumps(value, ensure_ascii=False)
