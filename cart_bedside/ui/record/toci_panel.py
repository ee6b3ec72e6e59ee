"""Tocilizumab at a glance: the dose now, the weight it uses, the ledger and the countdown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...logic.messages import Message, msg
from ...service.medications import DoseLine, TocilizumabStatus
from .. import theme
from .formatting import fmt_number, fmt_time, name_of

PANEL_STYLE = (f"QFrame#{{name}} {{{{ background: {theme.PANEL}; border: 1px solid #9a9a9a;"
               " border-radius: 8px; }}")


class TocilizumabPanel(QFrame):
    """``set_status(status, doses, names)``: the weight-based dose with the weight and its
    date, the next allowed time with a countdown, doses remaining, and each dose given
    (when, how much, ordered by, given by, an override's reason)."""

    def __init__(self, render: Callable[[Message], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toci_panel")
        self.setStyleSheet(PANEL_STYLE.format(name="toci_panel"))
        self._render = render
        self._status: TocilizumabStatus | None = None
        self._doses: list[DoseLine] = []
        self._names: dict[str, str] = {}
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._dose = QLabel()
        self._dose.setObjectName("toci_dose")
        self._dose.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 7}px; font-weight: bold;")
        self._weight = QLabel()
        self._weight.setObjectName("toci_weight")
        self._next = QLabel()
        self._next.setObjectName("toci_next")
        self._next.setStyleSheet("font-weight: bold;")
        self._remaining = QLabel()
        self._remaining.setObjectName("toci_remaining")
        self._ledger = QLabel()
        self._ledger.setObjectName("toci_ledger")
        self._warnings = QLabel()
        self._warnings.setObjectName("toci_warnings")
        self._warnings.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for label in (self._title, self._dose, self._weight, self._next, self._remaining,
                      self._ledger, self._warnings):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def set_status(self, status: TocilizumabStatus, doses: Sequence[DoseLine],
                   names: dict[str, str]) -> None:
        self._status = status
        self._doses = [d for d in doses if d.drug_class == "tocilizumab"]
        self._names = names
        self.retranslate()

    def texts(self) -> dict[str, str]:
        return {"dose": self._dose.text(), "weight": self._weight.text(),
                "next": self._next.text(), "remaining": self._remaining.text(),
                "ledger": self._ledger.text(), "warnings": self._warnings.text()}

    def retranslate(self) -> None:
        self._title.setText(self.tr("Tocilizumab"))
        s = self._status
        if s is None:
            for label in (self._dose, self._weight, self._next, self._remaining, self._ledger,
                          self._warnings):
                label.setText("")
            return
        r = self._render
        sug = s.suggestion
        if sug.dose_mg is None:
            self._dose.setText(r(msg("tocilizumab.no_weight")))
            self._weight.setText("")
        else:
            self._dose.setText(self.tr("Dose now: {mg} mg ({per_kg} mg/kg)").format(
                mg=fmt_number(sug.dose_mg), per_kg=fmt_number(sug.mg_per_kg)))
            self._weight.setText(r(msg("record.toci.weight_used", weight=sug.weight_kg,
                                       date=fmt_time(sug.weight_time))))
        if s.countdown:
            self._next.setText(self.tr("{next} (in {countdown})").format(
                next=r(msg("record.toci.next_allowed", time=fmt_time(s.next_allowed_at))),
                countdown=self.countdown_text(s.countdown)))
        else:
            self._next.setText(r(msg("record.toci.allowed_now")))
        self._remaining.setText(self.tr("Doses given: {count} · {remaining}").format(
            count=s.ledger.doses_total,
            remaining=r(msg("record.toci.doses_remaining", count=s.doses_remaining))))
        lines = [self.tr("{time}: {mg} mg, ordered by {ordered}, given by {given}").format(
            time=fmt_time(d.dose.time), mg=fmt_number(d.dose.dose_mg),
            ordered=name_of(self._names, d.dose.ordered_by),
            given=name_of(self._names, d.dose.given_by))
            + (self.tr(" — override: {reason}").format(reason=d.dose.override_reason)
               if d.overridden else "")
            for d in self._doses]
        self._ledger.setText("\n".join(lines) or self.tr("No tocilizumab given."))
        warnings = [r(w) for w in s.warnings if w.code != "tocilizumab.no_weight"]
        self._warnings.setText("\n".join(warnings))
        self._warnings.setVisible(bool(warnings))

    def countdown_text(self, left: timedelta) -> str:
        minutes = int(left.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{h} h {m} min").format(h=hours, m=minutes)
        return self.tr("{m} min").format(m=minutes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
