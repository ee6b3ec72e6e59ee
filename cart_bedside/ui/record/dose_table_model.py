"""Every dose given, newest first: when, what, how much, who ordered and gave it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...logic.messages import Message, term
from ...service.medications import DoseLine
from .formatting import drug_label, fmt_number, fmt_time, name_of, say
from .text_table_model import Row, TextTableModel


class DoseTableModel(TextTableModel):
    """``set_doses(lines, render, names)`` with ``MedicationSummary.doses``.

    Columns: time, drug, dose, route, class, ordered by, given by, notes
    (late entry, override reason, note). The payload is the ``DoseLine``.
    """

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Drug"),
            self.tr("Dose"),
            self.tr("Route"),
            self.tr("Class"),
            self.tr("Ordered by"),
            self.tr("Given by"),
            self.tr("Notes"),
        ]

    def set_doses(
        self, lines: Sequence[DoseLine], render: Callable[[Message], str], names: dict[str, str]
    ) -> None:
        rows = []
        for line in reversed(lines):
            d = line.dose
            notes = []
            if line.late:
                notes.append(render(term("record.mark.late_entry")))
            if line.overridden:
                notes.append(self.tr("limit overridden: {reason}").format(reason=d.override_reason))
            if (
                line.dex_equivalent_mg is not None
                and line.drug_class == "steroid"
                and d.drug != "dexamethasone"
            ):
                notes.append(
                    self.tr("= dexamethasone {mg} mg").format(
                        mg=fmt_number(line.dex_equivalent_mg, 1)
                    )
                )
            if d.note:
                notes.append(d.note)
            rows.append(
                Row(
                    (
                        fmt_time(d.time),
                        say(render, drug_label(d.drug)),
                        self.tr("{mg} mg").format(mg=fmt_number(d.dose_mg))
                        if d.dose_mg is not None
                        else "—",
                        d.route or "—",
                        render(term(f"record.drug_class.{line.drug_class}")),
                        name_of(names, d.ordered_by),
                        name_of(names, d.given_by),
                        " · ".join(notes),
                    ),
                    line,
                )
            )
        self.set_rows(rows)
