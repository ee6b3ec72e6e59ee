"""Table models of the lab import panel: the unmatched results and the ward's own codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from ...logic.lab_codes import LOINC, LabCode
from ...logic.messages import Message, msg, term
from ...logic.validation import LAB_LIMITS
from ...service.types import UnmatchedResult
from ..rows_table_model import RowsTableModel


class UnmatchedTableModel(RowsTableModel[UnmatchedResult]):
    """Results that did not become lab records, newest first; the reason in words."""

    COLUMNS = ("received", "source", "patient", "test", "value", "reason")

    def __init__(self, render: Callable[[Message], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._render = render

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Received"),
            self.tr("Message / line"),
            self.tr("MRN and name"),
            self.tr("Test (code)"),
            self.tr("Value"),
            self.tr("Why not imported"),
        )

    def cell(self, u: UnmatchedResult, column: str, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "received":
            return u.received_at.strftime("%m-%d %H:%M") if u.received_at else ""
        if column == "source":
            return f"{u.file_name or u.control_id} {u.position}"
        if column == "patient":
            return f"{u.mrn} {u.name.replace('^', '')}"
        if column == "test":
            return f"{u.test_name} ({u.code})" if u.test_name else u.code
        if column == "value":
            return f"{u.value_sent} {u.unit_sent}".strip()
        return self._render(msg(f"interop.unmatched.{u.reason}"))


class LabCodesTableModel(RowsTableModel[LabCode]):
    """The ward's own codes: code, system, the rules' lab it reports."""

    COLUMNS = ("code", "system", "lab")

    def __init__(self, render: Callable[[Message], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._render = render

    def code(self, row: int) -> LabCode:
        return self._rows[row]

    def codes(self) -> list[LabCode]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Laboratory code"), self.tr("Code system"), self.tr("Our lab"))

    def cell(self, c: LabCode, column: str, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "code":
            return c.code
        if column == "system":
            return "LOINC" if c.system == LOINC else self.tr("local")
        label = self._render(term(f"lab.{c.lab}")) if c.lab in LAB_LIMITS else c.lab
        return f"{label} ({LAB_LIMITS[c.lab].unit})" if c.lab in LAB_LIMITS else label
