"""The shift entry's review and save: preview, what is still missing, then sign and save."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from ...logic.validation import ValidationError
from ...service.entry import review_entry
from ...service.errors import SaveFailed
from ...service.ward import PermissionDenied
from .signing import EntrySigner, warning_key

if TYPE_CHECKING:
    from .flow import ShiftEntryWidget


class EntryReviewer(QObject):
    """For one :class:`ShiftEntryWidget`: ``refresh()`` previews the entry on the review page
    (or jumps to what is missing); ``request_save()`` has the :class:`EntrySigner` confirm
    unusual values and sign. ``preview`` holds the last (assessment, warnings)."""

    def __init__(self, entry: ShiftEntryWidget) -> None:
        super().__init__(entry)
        self._entry = entry
        self.preview: tuple[Any, list] | None = None
        self.signer = EntrySigner(entry.session, entry.episode_id, entry)
        self.signer.confirmed.connect(self._on_confirmed)
        self.signer.refused.connect(self._on_refused)
        self.signer.failed.connect(self._on_save_failed)

    def refresh(self) -> bool:
        """Preview the entry; a hard-limit error jumps to its page. True when it can be saved."""
        entry = self._entry
        state = entry._collect()
        self.preview = None
        missing = entry.carry.support_missing(state)
        if missing is None and state.neuro.capd_partial():
            missing = (
                "neuro.capd",
                QCoreApplication.translate(
                    "ShiftEntryWidget",
                    "CAPD: answer all eight items (or tap “Unable to perform”) before saving.",
                ),
            )
        missing = missing or entry.carry.consciousness_missing(state)
        if missing is not None:
            entry._fail(*missing)
            return False
        try:
            review = review_entry(
                entry.session.service,
                entry.episode_id,
                last=entry.carry.last,
                **state.records(entry.patient.uses_capd),
            )
        except ValidationError as error:
            entry._fail(error.field, error)
            return False
        except PermissionDenied as error:
            entry.review.show_error(entry.session.render(error.message))
            return False
        assessment, warnings = review.assessment, review.warnings
        keys = {warning_key(w) for w in warnings}
        confirmations = {k: v for k, v in entry._confirmations.items() if k in keys}
        entry._confirmations = confirmations
        self.preview = (assessment, warnings)
        entry.review.set_changes(review.changes, review.drops)
        entry.review.show_result(assessment, warnings, confirmations, entry._summary(state))
        return True

    def request_save(self) -> None:
        """Confirm unusual values with a reason, then sign with the PIN and save."""
        entry = self._entry
        if entry._collect().is_empty():
            entry.review.show_error(
                QCoreApplication.translate(
                    "ShiftEntryWidget", "Nothing entered yet: there is nothing to save."
                )
            )
            return
        if not self.refresh() or self.preview is None:  # refresh() True: a preview is there
            return
        if not entry.review.drops_confirmed():
            entry.review.show_drop_needed()
            return
        _assessment, warnings = self.preview
        self.signer.grade_drops = [f"{d.kind} {d.before} → {d.after}" for d in entry.review.drops()]
        uses_capd = entry.patient.uses_capd
        self.signer.start(
            warnings, entry._confirmations, lambda: entry._collect().records(uses_capd)
        )

    # -- the signer's answers --------------------------------------------------------------
    def _on_confirmed(self) -> None:
        entry = self._entry
        entry.flush_draft()
        if self.preview is not None:
            entry.review.show_result(
                *self.preview, entry._confirmations, entry._summary(entry._collect())
            )

    def _on_refused(self, error: ValidationError | PermissionDenied) -> None:
        if isinstance(error, ValidationError):
            self._entry._fail(error.field, error)
        else:
            self._entry.review.show_error(self._entry.session.render(error.message))

    def _on_save_failed(self, error: SaveFailed) -> None:
        """Nothing was stored: say what happened and what to do; the form stays."""
        entry = self._entry
        entry.review.show_save_failure(entry.session.render(error.message))
        # The draft was written after the last change; only a newer change is written now
        # (a locked database would hold the UI thread for its busy timeout otherwise).
        entry.drafts.flush_if_dirty()
