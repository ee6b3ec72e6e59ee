"""Step 4: fluid intake and output lines, with the running totals for the shift and the
fluid day, and the fluid days before (clinical-rules §6)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...logic.fluids import BalanceTotals, FluidDay, FluidSummary, lines_balance
from ...logic.models import FluidCategory
from ..widgets.fluid_lines import FluidLinesWidget, format_ml, format_signed_ml
from .touch_scroll import TouchScrollArea

#: How many fluid days before the current one the page lists.
EARLIER_DAYS_SHOWN = 2
DAY_FORMAT = "%m-%d %H:%M"


class FluidsPage(QWidget):
    """A category, then a quick volume: two taps a line (the category stays chosen).

    Below the lines of this entry, the lines charted earlier in the same shift
    (``set_earlier``) and the shift total with this entry; then the current
    fluid day's total with this entry and the fluid days before it with their
    weights (``set_fluid_days``: the episode view's, as on the handover).
    Signal ``changed()``.
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
        self._days: tuple[FluidDay, ...] = ()
        self._summary: FluidSummary | None = None
        self._day_totals = QLabel()
        self._day_totals.setObjectName("fluid_day_totals")
        self._day_totals.setProperty("role", "total")
        self._day_totals.setWordWrap(True)
        self._days_text = QLabel()
        self._days_text.setObjectName("fluid_days_before")
        self._days_text.setProperty("role", "hint")
        self._days_text.setWordWrap(True)
        inner = QWidget()
        self.scroll_area = TouchScrollArea(inner, self)  # made in place (see VitalsPage); scrolls
        column = QVBoxLayout(inner)
        column.addWidget(self.lines, 1)
        column.addWidget(self._earlier_text)
        column.addWidget(self._shift_totals)
        column.addWidget(self._day_totals)
        column.addWidget(self._days_text)
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

    def set_fluid_days(self, summary: FluidSummary) -> None:
        """The fluid days so far, newest first (logic.fluids.fluid_summary via the service)."""
        self._days = summary.days
        self._summary = summary
        self._refresh()

    def fluid_day_totals(self) -> tuple[float, float, float]:
        """(intake, output, net) of the current fluid day including this entry, mL."""
        current = self._days[0].totals if self._days else None
        b = lines_balance(self.lines.lines(), current)
        return b.intake_ml, b.output_ml, b.net_ml

    def day_texts(self) -> tuple[str, str]:
        """The current fluid day's line and the earlier days' lines, as shown."""
        return self._day_totals.text(), self._days_text.text()

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
        self._refresh_days()

    def _refresh_days(self) -> None:
        self._day_totals.setVisible(bool(self._days))
        self._days_text.setVisible(len(self._days) > 1)
        if not self._days:
            return
        intake, output, net = self.fluid_day_totals()
        self._day_totals.setText(
            self.tr(
                "Fluid day from {start}, with this entry: in {intake} mL · out {output} mL"
                " · net {net} mL"
            ).format(
                start=self._days[0].start.strftime(DAY_FORMAT),
                intake=format_ml(intake),
                output=format_ml(output),
                net=format_signed_ml(net),
            )
        )
        if self._days[0].weight is not None:
            self._day_totals.setText(self._day_totals.text() + self._weight(self._days[0]))
        lines = [self.tr("Fluid days before:")]
        for day in self._days[1 : 1 + EARLIER_DAYS_SHOWN]:
            t = day.totals
            line = self.tr("from {start}: in {intake} mL · out {output} mL · net {net} mL").format(
                start=day.start.strftime(DAY_FORMAT),
                intake=format_ml(t.intake_ml),
                output=format_ml(t.output_ml),
                net=format_signed_ml(t.net_ml),
            )
            lines.append(line + self._weight(day))
        lines.append(self._cumulative())
        self._days_text.setText("\n".join(line for line in lines if line))

    def _cumulative(self) -> str:
        """The nets charted so far since infusion (once given) and since admission (§6)."""
        s = self._summary
        if s is None or s.since_admission is None:
            return ""
        text = self.tr("Net charted since admission: {net} mL").format(
            net=format_signed_ml(s.since_admission.net_ml)
        )
        infused = s.since_infusion
        if infused is not None and infused.start is not None and infused.start <= s.at:
            text += self.tr(" · since infusion: {net} mL").format(
                net=format_signed_ml(infused.net_ml)
            )
        return text

    def _weight(self, day: FluidDay) -> str:
        if day.weight is None:
            return ""
        return self.tr(" · weight {kg} kg ({change} kg from baseline)").format(
            kg=f"{day.weight.latest_kg:.1f}", change=f"{day.weight.change_kg:+.1f}"
        )
