"""The latest value of each lab, with the one before it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...logic.messages import Message
from ...logic.models import LabResult
from ...logic.validation import LAB_LIMITS
from ...service.labs import lab_label
from .formatting import fmt_number, fmt_time
from .text_table_model import Row, TextTableModel


def _value(lab: LabResult) -> str:
    limit = LAB_LIMITS.get(lab.name)
    return fmt_number(lab.value, limit.decimals if limit and limit.decimals else None)


class LatestLabsModel(TextTableModel):
    """``set_labs(labs, render, order)`` with every current lab, oldest first.

    One row per lab name (in ``order``, then any other name): lab, latest
    value, unit, when, and the value before it (who recorded each is in the
    History). A value
    outside the rules' hard range never gets here (refused on entry). The
    payload is the latest ``LabResult``.
    """

    def headers(self) -> list[str]:
        return [
            self.tr("Lab"),
            self.tr("Latest"),
            self.tr("Unit"),
            self.tr("Time"),
            self.tr("Previous"),
        ]

    def set_labs(
        self, labs: Sequence[LabResult], render: Callable[[Message], str], order: Sequence[str] = ()
    ) -> None:
        by_name: dict[str, list[LabResult]] = {}
        for lab in sorted(labs, key=lambda x: x.time):
            by_name.setdefault(lab.name, []).append(lab)
        rank = {name: i for i, name in enumerate(order)}
        rows = []
        for name in sorted(by_name, key=lambda n: (rank.get(n, len(rank)), n)):
            series = by_name[name]
            latest = series[-1]
            before = series[-2] if len(series) > 1 else None
            previous = _value(before) if before else "—"
            rows.append(
                Row(
                    (
                        render(lab_label(name)),
                        _value(latest),
                        latest.unit or "",
                        fmt_time(latest.time),
                        previous,
                    ),
                    latest,
                )
            )
        self.set_rows(rows)
