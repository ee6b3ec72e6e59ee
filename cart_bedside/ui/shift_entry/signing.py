"""Saving a shift entry: confirm unusual values with a reason, then sign with the PIN."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...logic.validation import ValidationError, Warning_
from ...service.entry import entry_save_job
from ...service.errors import SaveFailed
from ...service.ward import PermissionDenied, SignInError
from ..session import Session
from ..worker import BackgroundOp, run_in_background
from .confirm_dialog import ConfirmDialog
from .pin_dialog import PinDialog


def warning_key(warning: Warning_) -> str:
    """The key a confirmation is stored under: the warning in English, value included,
    so a changed value must be confirmed again."""
    return warning.render("en")


class EntrySigner(QObject):
    """Drives the two dialogs (both opened with ``open()``, so nothing blocks).

    ``start(warnings, confirmations, records)``: warnings without a reason in
    ``confirmations`` open a :class:`ConfirmDialog`; its reason is written into
    ``confirmations`` (``confirmed()`` is emitted), then the :class:`PinDialog`
    asks for the PIN and ``records()`` is saved with it. A wrong PIN is shown
    in the dialog for another try; nothing is saved.

    Five wrong PINs lock the account (the same count as sign-in): the tablet then
    locks with the reason. A save the database cannot write closes the PIN
    dialog and emits ``failed(object SaveFailed)``; the form stays as it is. The save runs
    on the worker thread on a connection of its own, the PIN dialog showing "Saving…".

    Signals: ``confirmed()``, ``saved(object SaveResult)``,
    ``refused(object error)`` (a ``ValidationError`` or ``PermissionDenied``),
    ``failed(object SaveFailed)``.
    """

    confirmed = Signal()
    saved = Signal(object)
    refused = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session, episode_id: str, owner: QWidget) -> None:
        super().__init__(owner)
        self._session = session
        self._episode_id = episode_id
        self._owner = owner
        self._confirm: ConfirmDialog | None = None
        self._pin: PinDialog | None = None
        self._records: Callable[[], dict[str, Any]] = dict
        self._confirmations: dict[str, str] = {}
        #: the grade drops the nurse confirmed ("CRS 2 → 1"), audited with the save
        self.grade_drops: list[str] = []
        #: the save under way on the worker thread (a ``BackgroundOp``), else None
        self.saving: BackgroundOp | None = None
        #: run on the worker's connection before the save (tests: a real SQLite limit)
        self.prepare_connection: Callable[[Any], None] | None = None

    def start(
        self,
        warnings: Sequence[Warning_],
        confirmations: dict[str, str],
        records: Callable[[], dict[str, Any]],
    ) -> None:
        self._records = records
        self._confirmations = confirmations
        pending = [w for w in warnings if warning_key(w) not in confirmations]
        if not pending:
            self._ask_pin()
            return
        render = self._session.render
        self._confirm = ConfirmDialog([render(w.message) for w in pending], self._owner.window())
        self._confirm.accepted.connect(lambda: self._on_confirmed(pending))
        self._confirm.finished.connect(self._drop_confirm)
        self._confirm.open()

    def confirm_dialog(self) -> ConfirmDialog | None:
        return self._confirm

    def pin_dialog(self) -> PinDialog | None:
        return self._pin

    # -- internals ------------------------------------------------------------------------
    def _on_confirmed(self, pending: list[Warning_]) -> None:
        reason = self._confirm.reason() if self._confirm is not None else ""
        for warning in pending:
            self._confirmations[warning_key(warning)] = reason
        self.confirmed.emit()
        self._ask_pin()

    def _drop_confirm(self, _result: int) -> None:
        if self._confirm is not None:
            self._confirm.deleteLater()
            self._confirm = None

    def _ask_pin(self) -> None:
        user = self._session.user
        self._pin = PinDialog(user.display_name if user else "", self._owner.window())
        self._pin.pinEntered.connect(self._save)
        self._pin.finished.connect(self._drop_pin)
        self._pin.open()

    def _drop_pin(self, _result: int) -> None:
        if self._pin is not None:
            self._pin.deleteLater()
            self._pin = None

    def _save(self, pin: str) -> None:
        """Save on the worker thread (a locked database waits up to its busy timeout there,
        not on the UI thread); the PIN dialog says "Saving…" meanwhile."""
        kwargs = {
            "confirmations": dict(self._confirmations),
            "grade_drops": list(self.grade_drops),
            **self._records(),
        }
        service = self._session.service
        job = entry_save_job(service, self._episode_id, pin, self.prepare_connection, **kwargs)
        if job is None:  # an in-memory database: only this thread can use it
            try:
                result = service.save_shift_entry(self._episode_id, pin, **kwargs)
            except Exception as error:
                self._failed(error)
            else:
                self._done(result)
            return
        if self._pin is not None:
            self._pin.set_busy(True)
        self.saving = run_in_background(
            job, on_success=self._done, on_failure=self._failed, parent=self
        )

    def _done(self, result: object) -> None:
        self.saving = None
        self._session.service.invalidate(self._episode_id)
        if self._pin is not None:
            self._pin.set_busy(False)
            self._pin.accept()
        self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.saving = None
        if self._pin is not None:
            self._pin.set_busy(False)
        if isinstance(error, SignInError):
            if error.reason == "locked":  # five wrong PINs: back to the sign-in screen
                if self._pin is not None:
                    self._pin.reject()
                self._session.lock(error.message)
            elif self._pin is not None:
                self._pin.show_error(self._session.render(error.message))
            return
        if self._pin is not None:
            self._pin.reject()
        if isinstance(error, (ValidationError, PermissionDenied)):
            self.refused.emit(error)
        elif isinstance(error, SaveFailed):
            self.failed.emit(error)
        else:
            raise error
