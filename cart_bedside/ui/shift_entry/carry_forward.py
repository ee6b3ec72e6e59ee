"""What a new entry carries forward: the last support and consciousness, and the answers
the entry needs before its review (issue 11 item 1)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...logic.messages import term
from ...logic.models import O2Device
from ...service.entry import LastCharted, last_charted
from ...service.ward import PermissionDenied
from ..session import Session
from .neuro_page import NeuroPage
from .oxygen_page import OxygenPage
from .state import ShiftEntryState


class CarryForward:
    """Reads what was charted last and shows it on the oxygen and neuro pages.

    ``prefill(state)`` puts the last support into a form the nurse has not
    answered yet; ``support_missing`` / ``consciousness_missing`` name an answer
    still needed as ``(field, text)``, or None.
    """

    def __init__(
        self, session: Session, episode_id: str, oxygen: OxygenPage, neuro: NeuroPage
    ) -> None:
        self._session = session
        self._episode_id = episode_id
        self._oxygen = oxygen
        self._neuro = neuro
        self.last = LastCharted()

    def load(self) -> None:
        try:
            self.last = last_charted(self._session.service, self._episode_id)
        except PermissionDenied:  # locked while building: nothing to show
            self.last = LastCharted()
        self.retranslate()

    def last_support(self) -> tuple[str, float | None, tuple[str, ...]] | None:
        s = self.last.support
        return None if s is None else (s.o2_device.value, s.o2_flow_l_min, s.vasopressors)

    def prefill(self, state: ShiftEntryState) -> None:
        """An unanswered form starts from the last support (room air when there is none)."""
        state.last_support = self.last_support()
        if state.support_answered:
            return
        s = self.last.support
        state.o2_device = s.o2_device.value if s else O2Device.ROOM_AIR.value
        state.o2_flow_l_min = s.o2_flow_l_min if s else None
        state.vasopressors = list(s.vasopressors) if s else []

    def restore_last(self) -> None:
        """ "Unchanged" tapped: the oxygen page shows the last support again, answered."""
        s = self.last.support
        self._oxygen.set_oxygen(
            s.o2_device if s else O2Device.ROOM_AIR, s.o2_flow_l_min if s else None
        )
        self._oxygen.set_pressors(s.vasopressors if s else ())
        self._oxygen.set_answered(True)

    def support_missing(self, state: ShiftEntryState) -> tuple[str, str] | None:
        """``("support", question)`` until step 2 was answered."""
        return None if state.support_answered else ("support", self.support_question())

    def consciousness_missing(self, state: ShiftEntryState) -> tuple[str, str] | None:
        """``("neuro.consciousness", question)`` when an assessment has no level."""
        if state.needs_consciousness() and state.neuro.consciousness is None:
            return "neuro.consciousness", self.consciousness_question()
        return None

    # -- words ---------------------------------------------------------------------------
    def _when_who(self, at: datetime | None, by: str) -> str:
        if at is None:
            return ""
        now = self._session.service.clock()
        when = at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%m-%d %H:%M")
        if by:
            return QCoreApplication.translate("CarryForward", "at {time} by {name}").format(
                time=when, name=by
            )
        return QCoreApplication.translate("CarryForward", "at {time}").format(time=when)

    def support_text(self) -> str:
        """ "nasal cannula 4 L/min; no vasopressor at 05:33 by 王丽" ("" if none)."""
        last = self.last
        if last.support is None:
            return ""
        described = self._session.render(last.support.describe())
        return f"{described} {self._when_who(last.support_at, last.support_by)}"

    def consciousness_text(self) -> str:
        last = self.last
        if last.consciousness is None:
            return ""
        level = self._session.render(term(f"loc.{last.consciousness.value}"))
        return f"{level} {self._when_who(last.consciousness_at, last.consciousness_by)}"

    def support_question(self) -> str:
        if self.last.support is None:
            return QCoreApplication.translate(
                "CarryForward",
                "Nothing recorded before: tap “Room air, no vasopressor” or "
                "choose what the patient is on.",
            )
        return QCoreApplication.translate(
            "CarryForward",
            "Check the patient, then tap “Unchanged” or change it (last recorded: {support}).",
        ).format(support=self.support_text())

    def consciousness_question(self) -> str:
        text = self.consciousness_text()
        if text:
            return QCoreApplication.translate(
                "CarryForward", "Required: tap what you see now (last recorded: {last})."
            ).format(last=text)
        return QCoreApplication.translate("CarryForward", "Required: tap what you see now.")

    def retranslate(self) -> None:
        self._oxygen.set_last(self.support_text())
        self._neuro.set_last_consciousness(self.consciousness_text())
