"""The shift entry: a guided flow vitals → oxygen → neuro → fluids → review, signed with a PIN."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...logic.shifts import Shift, shift_of
from ...logic.validation import ValidationError
from ...service.entry import baseline_handwriting, review_entry, shift_fluid_totals
from ...service.errors import SaveFailed
from ...service.ward import PermissionDenied
from ..session import Session
from .carry_forward import CarryForward
from .confirm_dialog import ConfirmDialog
from .drafts import DraftKeeper
from .error_banner import ErrorBannerWidget
from .fluids_page import FluidsPage
from .nav_bar import NavBarWidget
from .neuro_page import NeuroPage
from .oxygen_page import OxygenPage
from .pin_dialog import PinDialog
from .review_page import ReviewPage
from .signing import EntrySigner, warning_key
from .state import (
    FLUIDS,
    FORM,
    NEURO,
    OXYGEN,
    REVIEW,
    VITAL_KEYS,
    VITALS,
    ShiftEntryState,
    place_of,
)
from .step_bar import StepBarWidget
from .summary import entry_summary
from .vitals_page import VitalsPage

log = logging.getLogger(__name__)


class ShiftEntryWidget(QWidget):
    """One shift entry for ``episode_id``; restores the user's draft on open and
    writes the draft ``AUTOSAVE_MS`` after every change (and when hidden or locked).

    ``state()`` / ``set_state()`` give and take the whole form as a JSON-able
    dict. Signals: ``saved(str episode_id)`` after a signed save,
    ``cancelled()`` when the nurse closes the form (the draft is kept).
    """

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        service = session.service
        self.patient = service.patient(episode_id)
        self._restoring = True
        self._confirmations: dict[str, str] = {}
        self._error: tuple[str, ValidationError | str] | None = None
        self._preview: tuple[Any, list] | None = None
        self._shift: Shift | None = None
        self._earlier = (0.0, 0.0)

        self.steps = StepBarWidget()
        self.steps.stepRequested.connect(self.go_to)
        self.banner = ErrorBannerWidget()
        self.vitals = VitalsPage(service.clock, render=session.render)
        self.oxygen = OxygenPage()
        self.neuro = NeuroPage(self.patient.uses_capd)
        self.fluids = FluidsPage()
        self.review = ReviewPage(session.render)
        self.stack = QStackedWidget()
        self.pages = (self.vitals, self.oxygen, self.neuro, self.fluids, self.review)
        for page in self.pages:
            self.stack.addWidget(page)
        for page in (self.vitals, self.oxygen, self.neuro, self.fluids):
            page.changed.connect(self._on_changed)
        self.carry = CarryForward(session, episode_id, self.oxygen, self.neuro)
        self.oxygen.unchangedTapped.connect(self._on_unchanged)

        self.nav = NavBarWidget()
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

        self.signer = EntrySigner(session, episode_id, self)
        self.signer.confirmed.connect(self._on_confirmed)
        self.signer.refused.connect(self._on_refused)
        self.signer.saved.connect(self._on_saved)
        self.signer.failed.connect(self._on_save_failed)
        self.drafts = DraftKeeper(session, episode_id, self.state, self)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.vitals.refresh_time)
        self._clock.start()
        session.language_changed.connect(self._on_language)

        self._load_context()
        draft = service.load_draft(FORM, episode_id)
        self._apply(
            ShiftEntryState.from_dict(draft, service.clock())
            if draft
            else ShiftEntryState(observed_at=service.clock())
        )
        self._restoring = False
        self.retranslate()

    # -- public API ---------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The whole form as a JSON-able dict (what the draft holds)."""
        return self._collect().to_dict()

    def set_state(self, data: dict[str, Any]) -> None:
        """Fill the form from ``state()``'s dict (missing or bad values take defaults)."""
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
        step = max(VITALS, min(REVIEW, step))
        if self.step() == VITALS and step != VITALS and not self.vitals.commit():
            refused = self.vitals.refused()  # never dropped silently: stay and say why
            if refused is not None:
                self._error = (f"vitals.{refused[0]}", refused[1])
                self._show_banner()
            return
        if step > OXYGEN and not self.oxygen.answered():
            if not self._restoring:
                self._error = ("support", self.carry.support_question())
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
        state = self._collect()
        self._preview = None
        missing = self.carry.support_missing(state)
        if missing is None and state.neuro.capd_partial():
            missing = (
                "neuro.capd",
                self.tr("CAPD: answer all eight items (or tap “Unable to perform”) before saving."),
            )
        missing = missing or self.carry.consciousness_missing(state)
        if missing is not None:
            self._fail(*missing)
            return False
        try:
            review = review_entry(
                self.session.service,
                self.episode_id,
                last=self.carry.last,
                **state.records(self.patient.uses_capd),
            )
        except ValidationError as error:
            self._fail(error.field, error)
            return False
        except PermissionDenied as error:
            self.review.show_error(self.session.render(error.message))
            return False
        assessment, warnings = review.assessment, review.warnings
        keys = {warning_key(w) for w in warnings}
        self._confirmations = {k: v for k, v in self._confirmations.items() if k in keys}
        self._preview = (assessment, warnings)
        self.review.set_changes(review.changes, review.drops)
        self.review.show_result(assessment, warnings, self._confirmations, self._summary(state))
        return True

    def request_save(self) -> None:
        """Confirm unusual values with a reason, then sign with the PIN and save."""
        if self._collect().is_empty():
            self.review.show_error(self.tr("Nothing entered yet: there is nothing to save."))
            return
        if not self.refresh_review():
            return
        if not self.review.drops_confirmed():
            self.review.show_drop_needed()
            return
        _assessment, warnings = self._preview
        self.signer.grade_drops = [f"{d.kind} {d.before} → {d.after}" for d in self.review.drops()]
        uses_capd = self.patient.uses_capd
        self.signer.start(warnings, self._confirmations, lambda: self._collect().records(uses_capd))

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
        return self.banner.text() if self._error else ""

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._show_banner()
        self._show_earlier()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_language(self, _lang: str) -> None:
        """Logic messages are rendered in the session's language: render them again."""
        if self._preview is not None:
            self.review.set_summary(self._summary(self._collect()))
        self.review.rerender()
        self.vitals.judge_all()
        self.carry.retranslate()
        if self._error is not None and self._error[0] == "support":
            self._error = ("support", self.carry.support_question())
        self._show_banner()
        self._show_earlier()

    # -- internals: state ------------------------------------------------------------------
    def _collect(self) -> ShiftEntryState:
        state = ShiftEntryState(observed_at=self.vitals.observed_at(), step=self.step())
        state.vitals = self.vitals.values()
        state.weight_kg = self.vitals.weight_kg()
        state.o2_device = self.oxygen.device().value
        state.o2_flow_l_min = self.oxygen.flow()
        state.vasopressors = list(self.oxygen.pressors())
        state.fluid_bolus_for_hypotension = self.oxygen.bolus_given()
        state.neuro = self.neuro.state()
        state.fluids = self.fluids.values()
        state.confirmations = dict(self._confirmations)
        state.support_answered = self.oxygen.answered()
        state.last_support = self.carry.last_support()
        return state

    def _apply(self, state: ShiftEntryState) -> None:
        self._clear_error()
        self.carry.prefill(state)
        self.oxygen.set_answered(state.support_answered)
        self.vitals.set_values(state.vitals)
        self.vitals.set_weight_kg(state.weight_kg)
        self.vitals.set_observed_at(state.observed_at)
        self.oxygen.set_oxygen(state.o2_device, state.o2_flow_l_min)
        self.oxygen.set_pressors(state.vasopressors)
        self.oxygen.set_bolus_given(state.fluid_bolus_for_hypotension)
        self.neuro.set_state(state.neuro)
        self.fluids.set_values(state.fluids)
        self._confirmations = dict(state.confirmations)
        self._show_earlier()
        self._update_ticks()
        self.go_to(state.step)

    def _mark_dirty(self) -> None:
        self.drafts.mark()

    def _on_changed(self) -> None:
        if self._restoring:
            return
        self._clear_error()
        self._update_ticks()
        self._mark_dirty()

    def _update_ticks(self) -> None:
        state = self._collect()
        self.steps.set_done(VITALS, any(state.vitals.get(k) is not None for k in VITAL_KEYS))
        self.steps.set_done(OXYGEN, state.support_answered)
        self.steps.set_done(NEURO, state.neuro.has_content())
        self.steps.set_done(FLUIDS, bool(state.fluids))

    def _load_context(self) -> None:
        """What was charted last, the baseline handwriting and this shift's fluids."""
        service = self.session.service
        self.carry.load()
        if not self.patient.uses_capd:
            baseline = baseline_handwriting(service, self.episode_id)
            if baseline is not None:
                self.neuro.set_baseline(baseline[0], baseline[1].strftime("%Y-%m-%d %H:%M"))
        self._shift = shift_of(service.clock(), service.shift_settings())
        self._earlier = shift_fluid_totals(service, self.episode_id, self._shift)

    def _show_earlier(self) -> None:
        if self._shift is not None:
            self.fluids.set_earlier(*self._earlier, self.session.render(self._shift.label))

    def _summary(self, state: ShiftEntryState) -> list[str]:
        return entry_summary(state, self.vitals, self.oxygen, self.neuro)

    def _on_unchanged(self) -> None:  # the last support stands; a change is undone
        self.carry.restore_last()
        self._on_changed()
        self.go_to(NEURO)

    # -- internals: errors ------------------------------------------------------------------
    def _fail(self, field: str, error: ValidationError | str) -> None:
        self._error = (field, error)
        self._restoring, was = True, self._restoring
        self.go_to(place_of(field)[0])
        self._restoring = was

    def _show_banner(self) -> None:
        """The error (if any) in the current language, shown on its own page only."""
        if self._error is None:
            self.banner.clear()
            return
        field, error = self._error
        step, key = place_of(field)
        page = self.pages[step]
        text = error if isinstance(error, str) else self.session.render(error.message)
        self.banner.show_error(page.field_label(key), text, page.field_widget(key))
        self.banner.setVisible(self.step() == step)

    def _clear_error(self) -> None:
        if self._error is not None:
            self._error = None
            self.banner.clear()

    # -- internals: saving --------------------------------------------------------------------
    def _on_confirmed(self) -> None:
        self.flush_draft()
        if self._preview is not None:
            self.review.show_result(
                *self._preview, self._confirmations, self._summary(self._collect())
            )

    def _on_refused(self, error: ValidationError | PermissionDenied) -> None:
        if isinstance(error, ValidationError):
            self._fail(error.field, error)
        else:
            self.review.show_error(self.session.render(error.message))

    def _on_save_failed(self, error: SaveFailed) -> None:
        """Nothing was stored: say what happened and what to do; the form stays."""
        self.flush_draft()  # may fail too (disk full): the form on screen is kept anyway
        self.review.show_save_failure(self.session.render(error.message))

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
        self.drafts.flush_if_dirty()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drafts.flush_if_dirty()
        super().closeEvent(event)
