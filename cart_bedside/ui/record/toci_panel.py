"""Tocilizumab at a glance: the grades, the one state, the weight-based dose, the ledger.

The panel shows ``logic.tocilizumab_state`` and nothing it could contradict:
the grades first (a CRS-0 patient reads "no indication from the grade"
before any "the limits allow a dose"), then the state — no dose yet / allowed
now / next at T with a countdown / total limit reached (then no "next" time).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...logic.messages import Message, msg
from ...logic.tocilizumab_state import TociState, tocilizumab_state_messages
from ...service.medications import DoseLine, TocilizumabStatus
from .. import theme
from .formatting import fmt_number, fmt_time, name_of

PANEL_STYLE = (
    f"QFrame#{{name}} {{{{ background: {theme.PANEL}; border: 1px solid #9a9a9a;"
    " border-radius: 8px; }}"
)


class TocilizumabPanel(QFrame):
    """``set_status(status, doses, names)``: the grades it is read with, the state (with a
    countdown while a dose must wait), the weight-based dose with the weight and its date,
    and each dose given (when, how much, ordered by, given by, an override's reason)."""

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
        self._context = QLabel()
        self._context.setObjectName("toci_context")
        self._context.setStyleSheet("font-weight: bold;")
        self._state = QLabel()
        self._state.setObjectName("toci_state")
        self._state.setStyleSheet("font-weight: bold;")
        self._dose = QLabel()
        self._dose.setObjectName("toci_dose")
        self._weight = QLabel()
        self._weight.setObjectName("toci_weight")
        self._ledger = QLabel()
        self._ledger.setObjectName("toci_ledger")
        self._warnings = QLabel()
        self._warnings.setObjectName("toci_warnings")
        self._warnings.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for label in (
            self._title,
            self._context,
            self._state,
            self._dose,
            self._weight,
            self._ledger,
            self._warnings,
        ):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def set_status(
        self, status: TocilizumabStatus, doses: Sequence[DoseLine], names: dict[str, str]
    ) -> None:
        self._status = status
        self._doses = [d for d in doses if d.drug_class == "tocilizumab"]
        self._names = names
        self.retranslate()

    def texts(self) -> dict[str, str]:
        return {
            "context": self._context.text(),
            "state": self._state.text(),
            "dose": self._dose.text(),
            "weight": self._weight.text(),
            "ledger": self._ledger.text(),
            "warnings": self._warnings.text(),
        }

    def state(self) -> TociState | None:
        return self._status.state.state if self._status is not None else None

    def retranslate(self) -> None:
        self._title.setText(self.tr("Tocilizumab"))
        s = self._status
        if s is None:
            for label in (
                self._context,
                self._state,
                self._dose,
                self._weight,
                self._ledger,
                self._warnings,
            ):
                label.setText("")
            return
        r = self._render
        context, state = tocilizumab_state_messages(s.state)
        self._context.setText(r(context))
        if s.state.state is TociState.NEXT_AT and s.state.countdown is not None:
            self._state.setText(
                self.tr("{state} — in {countdown}").format(
                    state=r(state), countdown=self.countdown_text(s.state.countdown)
                )
            )
        else:
            self._state.setText(r(state))
        sug = s.suggestion
        if sug.dose_mg is None:
            self._dose.setText(r(msg("tocilizumab.no_weight")))
            self._weight.setText("")
        else:
            self._dose.setText(
                self.tr("Dose by weight: {mg} mg ({per_kg} mg/kg)").format(
                    mg=fmt_number(sug.dose_mg), per_kg=fmt_number(sug.mg_per_kg)
                )
            )
            self._weight.setText(
                r(
                    msg(
                        "record.toci.weight_used",
                        weight=sug.weight_kg,
                        date=fmt_time(sug.weight_time),
                    )
                )
            )
        lines = [
            self.tr("{time}: {mg} mg, ordered by {ordered}, given by {given}").format(
                time=fmt_time(d.dose.time),
                mg=fmt_number(d.dose.dose_mg),
                ordered=name_of(self._names, d.dose.ordered_by),
                given=name_of(self._names, d.dose.given_by),
            )
            + (
                self.tr(" — override: {reason}").format(reason=d.dose.override_reason)
                if d.overridden
                else ""
            )
            for d in self._doses
        ]
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
