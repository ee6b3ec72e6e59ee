"""Every charted record, newest first, each with what it was before an amendment."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...service.history import HistoryEntry
from .formatting import fmt_time, name_of
from .record_text import RecordText
from .text_table_model import Row, TextTableModel

OBSERVED, KIND, VALUE, BEFORE, RECORDED, BY, MARKS = range(7)


class HistoryTableModel(TextTableModel):
    """``set_entries(entries, text, names)`` with ``RecordService.history.entries()``.

    Columns: observed, record kind, value now, the original value beside it
    when the record was amended, recorded at, by whom, marks (late entry,
    amended, entered in error). A record entered in error keeps its values,
    struck through and grey. The payload is the ``HistoryEntry``.
    """

    def headers(self) -> list[str]:
        return [
            self.tr("Observed"),
            self.tr("Record"),
            self.tr("Value"),
            self.tr("Before amendment"),
            self.tr("Recorded"),
            self.tr("By"),
            self.tr("Marks"),
        ]

    def set_entries(
        self,
        entries: Sequence[HistoryEntry],
        text: RecordText,
        names: dict[str, str],
        conflicted: Collection[str] = (),
    ) -> None:
        """``conflicted``: original ids of records with conflicting corrections (marked)."""
        rows = []
        for entry in reversed(entries):
            marks = text.marks(entry)
            if entry.original.meta.id in conflicted:
                conflict = self.tr("⚠ conflicting corrections")
                marks = f"{conflict} · {marks}" if marks else conflict
            shown = entry.latest
            before = ""
            if entry.amended:
                before = text.summary(entry.original)
            rows.append(
                Row(
                    (
                        fmt_time(entry.observed_at),
                        text.kind_label(entry.kind),
                        text.summary(shown),
                        before,
                        fmt_time(entry.recorded_at),
                        name_of(names, entry.recorded_by),
                        marks,
                    ),
                    entry,
                    "withdrawn"
                    if entry.entered_in_error
                    else "error"  # a conflict: red until resolved
                    if entry.original.meta.id in conflicted
                    else "",
                )
            )
        self.set_rows(rows)

    def find(self, original_id: str) -> int | None:
        """The row of the record whose first version is ``original_id``."""
        for index, row in enumerate(self.rows()):
            if row.payload.original.meta.id == original_id:
                return index
        return None
