"""The shift entry: a guided flow vitals → oxygen → neuro → fluids → review, signed with a PIN.

The pages live in :mod:`.entry_pages` (built a page per event-loop turn), the form's
reading and filling in :mod:`.entry_form`, the error shown in :mod:`.entry_errors`, and
signing in :mod:`.signing`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...logic.fluids import BalanceTotals, FluidSummary
from ...logic.shifts import Shift, shift_of
from ...logic.validation import ValidationError
from ...service.entry import baseline_handwriting, fluid_days, shift_fluid_balance
from ..session import Session
from . import entry_form
from .carry_forward import CarryForward
from .confirm_dialog import ConfirmDialog
from .drafts import DraftKeeper
from .entry_errors import EntryError
from .entry_pages import EntryPages, FinishedPage, Page
from .entry_reviewer import EntryReviewer
from .error_banner import ErrorBannerWidget
from .fluids_page import FluidsPage
from .nav_bar import NavBarWidget
from .neuro_page import NeuroPage
from .oxygen_page import OxygenPage
from .pin_dialog import PinDialog
from .review_page import ReviewPage
from .state import FORM, NEURO, OXYGEN, REVIEW, VITALS, ShiftEntryState, place_of
from .step_bar import StepBarWidget
from .summary import entry_summary
from .vitals_page import VitalsPage

log = logging.getLogger(__name__)


class ShiftEntryWidget(QWidget):
    """One shift entry for ``episode_id``; restores the user's draft on open and
    writes the draft ``AUTOSAVE_MS`` after every change (and when hidden or locked).

    The vitals page is there at once; the other pages are built one per turn of the
    event loop (``built()`` once all are), and asking for one builds them all.
    ``state()`` / ``set_state()`` give and take the whole form as a JSON-able
    dict. Signals: ``saved(str episode_id)`` after a signed save,
    ``cancelled()`` when the nurse closes the form (the draft is kept).
    """

    saved = Signal(str)
    cancelled = Signal()
    vitals = FinishedPage(VitalsPage)
    oxygen = FinishedPage(OxygenPage)
    neuro = FinishedPage(NeuroPage)
    fluids = FinishedPage(FluidsPage)
    review = FinishedPage(ReviewPage)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        service = session.service
        self.patient = service.patient(episode_id)
        self._restoring = True
        self._finished = False
        self._confirmations: dict[str, str] = {}
        self._shift: Shift | None = None
        self._earlier = BalanceTotals(None, None)
        self._days: FluidSummary | None = None
        self._carry: CarryForward | None = None  # made by finish()

        # Top-down (each widget made inside its parent): see EntryPages.
        self.steps = StepBarWidget(self)
        self.steps.stepRequested.connect(self.go_to)
        self.stack = EntryPages(service.clock, session.render, self.patient.uses_capd, self)
        self.banner = ErrorBannerWidget()
        self._error = EntryError(self.banner, self.stack, session.render)
        self.nav = NavBarWidget(self)
        self.nav.set_banner(self.banner)
        self.close_button = self.nav.close_button
        self.back_button = self.nav.back_button
        self.next_button = self.nav.next_button
        self.close_button.clicked.connect(self.close_entry)
        self.back_button.clicked.connect(lambda: self.go_to(self.step() - 1))
        self.next_button.clicked.connect(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)

        self.reviewer = EntryReviewer(self)
        self.signer = self.reviewer.signer
        self.signer.saved.connect(self._on_saved)
        self.drafts = DraftKeeper(session, episode_id, self.state, self)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._refresh_time)
        self._clock.start()
        session.language_changed.connect(self._on_language)
        self._builder = QTimer(self)  # a child: it dies with the entry, never calls a dead one
        self._builder.setSingleShot(True)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_next)
        self._builder.start()

    # -- building -------------------------------------------------------------------------
    def _build_next(self) -> None:
        """One more page in this turn of the event loop; the draft once all are built."""
        if self._finished:
            return
        if self.stack.done():
            self.finish()
        else:
            self.stack.build_next()
            self._builder.start()

    def finish(self) -> None:
        """Build what is left now, read what was charted last and restore the draft."""
        if self._finished:
            return
        self._finished = True
        self.stack.complete()
        for page in self.stack.form_pages():
            page.changed.connect(self._on_changed)
        self._carry = CarryForward(self.session, self.episode_id, self.oxygen, self.neuro)
        self.oxygen.unchangedTapped.connect(self._on_unchanged)
        self._load_context()
        service = self.session.service
        draft = service.load_draft(FORM, self.episode_id)
        self._apply(
            ShiftEntryState.from_dict(draft, service.clock())
            if draft
            else ShiftEntryState(observed_at=service.clock())
        )
        self._restoring = False
        self.retranslate()

    def built(self) -> bool:
        return self._finished

    def _refresh_time(self) -> None:
        if self._finished:
            self.vitals.refresh_time()

    @property
    def pages(self) -> tuple[Page, ...]:
        self.finish()
        return self.stack.all()

    @property
    def carry(self) -> CarryForward:
        """What was charted last (the entry finishes building first)."""
        self.finish()
        assert self._carry is not None  # finish() made it
        return self._carry

    # -- public API ---------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The whole form as a JSON-able dict (what the draft holds)."""
        return self._collect().to_dict()

    def set_state(self, data: dict[str, Any]) -> None:
        """Fill the form from ``state()``'s dict (missing or bad values take defaults)."""
        self.finish()
        self._restoring = True
        try:
            self._apply(ShiftEntryState.from_dict(data, self.session.service.clock()))
        finally:
            self._restoring = False
        self._on_changed()

    def reset(self) -> None:
        """An empty form (the observed time is now)."""
        self.set_state({"observed_at": self.session.service.clock().isoformat()})

    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, step: int) -> None:
        """Show a step; past step 2 only once the support was answered (never skipped)."""
        self.finish()
        step = max(VITALS, min(REVIEW, step))
        if self.step() == VITALS and step != VITALS and not self.vitals.commit():
            refused = self.vitals.refused()  # never dropped silently: stay and say why
            if refused is not None:
                self._error.set(f"vitals.{refused[0]}", refused[1])
                self._show_banner()
            return
        if step > OXYGEN and not self.oxygen.answered():
            if not self._restoring:
                self._error.set("support", self.carry.support_question())
            step = OXYGEN
        self.stack.setCurrentIndex(step)
        self.steps.set_step(step)
        if step == VITALS:
            self.vitals.start()
        if step == REVIEW:
            self.refresh_review()
        self._show_banner()
        self.nav.set_step(step)
        if not self._restoring:
            self._mark_dirty()

    def next(self) -> None:
        if self.step() == REVIEW:
            self.request_save()
        else:
            self.go_to(self.step() + 1)

    def refresh_review(self) -> bool:
        """Preview the entry; a hard-limit error jumps to its page. True when it can be saved."""
        return self.reviewer.refresh()

    def request_save(self) -> None:
        """Confirm unusual values with a reason, then sign with the PIN and save."""
        self.reviewer.request_save()

    def flush_draft(self) -> bool:
        """Write the draft now (the autosave timer does it after each change)."""
        return self.drafts.flush()

    def close_entry(self) -> None:
        self.flush_draft()
        self.cancelled.emit()

    def confirm_dialog(self) -> ConfirmDialog | None:
        """The soft-limit confirmation while it is open."""
        return self.signer.confirm_dialog()

    def pin_dialog(self) -> PinDialog | None:
        """The PIN dialog while it is open."""
        return self.signer.pin_dialog()

    def error_text(self) -> str:
        return self._error.text()

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._finished:
            self._show_banner()
            self._show_earlier()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_language(self, _lang: str) -> None:
        """Logic messages are rendered in the session's language: render them again."""
        if not self._finished:
            return  # finish() renders everything in the language of then
        if self.reviewer.preview is not None:
            self.review.set_summary(self._summary(self._collect()))
        self.review.rerender()
        self.vitals.judge_all()
        self.carry.retranslate()
        if self._error.field() == "support":
            self._error.set("support", self.carry.support_question())
        self._show_banner()
        self._show_earlier()

    # -- internals: state ------------------------------------------------------------------
    def _collect(self) -> ShiftEntryState:
        self.finish()
        return entry_form.collect(self.stack, self.carry, self.step(), self._confirmations)

    def _apply(self, state: ShiftEntryState) -> None:
        self._error.clear()
        entry_form.fill(self.stack, self.carry, state)
        self._confirmations = dict(state.confirmations)
        self._show_earlier()
        self._update_ticks()
        self.go_to(state.step)

    def _mark_dirty(self) -> None:
        self.drafts.mark()

    def _on_changed(self) -> None:
        if self._restoring:
            return
        self._error.clear()
        self._update_ticks()
        self._mark_dirty()

    def _update_ticks(self) -> None:
        entry_form.tick(self.steps, self._collect())

    def _load_context(self) -> None:
        """What was charted last, the baseline handwriting and this shift's fluids."""
        service = self.session.service
        self.carry.load()
        if not self.patient.uses_capd:
            baseline = baseline_handwriting(service, self.episode_id)
            if baseline is not None:
                self.neuro.set_baseline(baseline[0], baseline[1].strftime("%Y-%m-%d %H:%M"))
        self._shift = shift_of(service.clock(), service.shift_settings())
        self._earlier = shift_fluid_balance(service, self.episode_id, self._shift)
        self._days = fluid_days(service, self.episode_id)

    def _show_earlier(self) -> None:
        if self._shift is not None:
            label = self.session.service.shift_settings().label(self._shift.name)
            earlier = self._earlier
            self.fluids.set_earlier(
                earlier.intake_ml, earlier.output_ml, self.session.render(label)
            )
        if self._days is not None:
            self.fluids.set_fluid_days(self._days)

    def _summary(self, state: ShiftEntryState) -> list[str]:
        return entry_summary(state, self.vitals, self.oxygen, self.neuro)

    def _on_unchanged(self) -> None:  # the last support stands; a change is undone
        self.carry.restore_last()
        self._on_changed()
        self.go_to(NEURO)

    # -- internals: errors ------------------------------------------------------------------
    def _fail(self, field: str, error: ValidationError | str) -> None:
        self._error.set(field, error)
        self._restoring, was = True, self._restoring
        self.go_to(place_of(field)[0])
        self._restoring = was

    def _show_banner(self) -> None:
        """The error (if any) in the current language, shown on its own page only."""
        self._error.show(self.step())

    # -- internals: saving --------------------------------------------------------------------
    def _on_saved(self, _result: object) -> None:
        self.drafts.forget()
        self._restoring = True
        try:  # the service deleted the draft: start a fresh form without writing one
            self._apply(ShiftEntryState(observed_at=self.session.service.clock()))
        finally:
            self._restoring = False
        self._load_context()
        self._show_earlier()
        self.session.notify_saved(self.episode_id)
        self.saved.emit(self.episode_id)

    # -- events ------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        if self._finished:
            self.drafts.flush_if_dirty()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            self.drafts.flush_if_dirty()
        super().closeEvent(event)
