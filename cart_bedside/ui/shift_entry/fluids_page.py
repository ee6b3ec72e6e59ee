"""Step 4: fluid intake and output lines, with the running totals for the shift."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...logic.fluids import BalanceTotals, lines_balance
from ...logic.models import FluidCategory
from ..widgets.fluid_lines import FluidLinesWidget, format_ml, format_signed_ml
from .touch_scroll import TouchScrollArea


class FluidsPage(QWidget):
    """A category, then a quick volume: two taps a line (the category stays chosen).

    Below the lines of this entry, the lines charted earlier in the same shift
    (``set_earlier``) and the shift total with this entry. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = FluidLinesWidget()
        self.lines.linesChanged.connect(self._on_lines)
        self._earlier = BalanceTotals(None, None)
        self._shift = ""
        self._shift_totals = QLabel()
        self._shift_totals.setObjectName("shift_totals")
        self._shift_totals.setProperty("role", "total")
        self._shift_totals.setWordWrap(True)
        self._earlier_text = QLabel()
        self._earlier_text.setProperty("role", "hint")
        self._earlier_text.setWordWrap(True)
        inner = QWidget()
        self.scroll_area = TouchScrollArea(inner, self)  # made in place (see VitalsPage); scrolls
        column = QVBoxLayout(inner)
        column.addWidget(self.lines, 1)
        column.addWidget(self._earlier_text)
        column.addWidget(self._shift_totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    def retranslate(self) -> None:
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_label(self, key: str) -> str:
        """``key`` is the line's index as ``fluids[i]`` names it."""
        number = int(key) + 1 if key.isdigit() else key
        return self.tr("Fluid line {number}").format(number=number)

    def field_widget(self, _key: str) -> QWidget | None:
        return None

    # -- model API ------------------------------------------------------------------
    def values(self) -> list[tuple[str, float]]:
        return [(category.value, volume) for category, volume in self.lines.lines()]

    def set_values(self, lines: Iterable[tuple[str, float]]) -> None:
        self.lines.set_lines([(FluidCategory(c), v) for c, v in lines])

    def set_earlier(self, intake_ml: float, output_ml: float, shift_label: str) -> None:
        """What was charted earlier in this shift (not part of this entry)."""
        self._earlier = BalanceTotals(None, None, intake_ml, output_ml)
        self._shift = shift_label
        self._refresh()

    def shift_totals(self) -> tuple[float, float, float]:
        """(intake, output, net) of the shift including this entry, mL."""
        b = lines_balance(self.lines.lines(), self._earlier)
        return b.intake_ml, b.output_ml, b.net_ml

    # -- internals ------------------------------------------------------------------------
    def _on_lines(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        earlier_in, earlier_out = self._earlier.intake_ml, self._earlier.output_ml
        self._earlier_text.setText(
            self.tr(
                "Charted earlier this shift ({shift}): in {intake} mL · out {output} mL"
            ).format(shift=self._shift, intake=format_ml(earlier_in), output=format_ml(earlier_out))
        )
        intake, output, net = self.shift_totals()
        self._shift_totals.setText(
            self.tr(
                "Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL"
            ).format(intake=format_ml(intake), output=format_ml(output), net=format_signed_ml(net))
        )
