"""The session: the service, the signed-in user and the signals every screen listens to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..logic.messages import Message, render
from ..service.ward import WardService
from ..service.wiring import Services
from . import tablet_settings

if TYPE_CHECKING:
    from ..service.alerts import AlertService
    from ..service.record import RecordService
    from ..service.sync_marks import SyncMarksService


class Session(QObject):
    """Holds the services and the language; emits when things change.

    The services are built once (``service.wiring.Services``, at start-up) and
    the screens receive them: ``session.service`` (the ward: sign-in, roles,
    the board, assessments), ``session.records`` (the patient record) and
    ``session.alerts``, ``session.sync`` (marks of a ward of devices), the last
    three built when first used. Screens redraw on the signals; they never
    touch storage.
    """

    signed_in = Signal(object)  # storage.User
    signed_out = Signal()
    locked = Signal()
    record_saved = Signal(str)  # episode_id
    patient_opened = Signal(str)  # episode_id
    language_changed = Signal(str)  # "zh_CN" | "en"
    names_masked_changed = Signal(bool)
    #: (ok, when, error) of a backup; emitted from the backup thread, delivered queued
    backup_reported = Signal(bool, str, str)

    def __init__(
        self, service: WardService | Services, lang: str = "zh_CN", parent: QObject | None = None
    ):
        super().__init__(parent)
        services = service if isinstance(service, Services) else Services.on(service)
        self.services = services
        self.service = services.ward
        self.lang = lang
        self.names_masked = bool(tablet_settings.get("board/names_masked"))  # this tablet's
        #: why the tablet locked, when it was not the nurse's choice (shown at sign-in)
        self.lock_reason: Message | None = None

    @property
    def records(self) -> RecordService:
        """The patient record's services (built when first used: ``services.records``)."""
        return self.services.records

    @property
    def alerts(self) -> AlertService:
        return self.services.alerts

    @property
    def sync(self) -> SyncMarksService:
        return self.services.sync

    # --- words --------------------------------------------------------------------------
    def render(self, message: Message | str) -> str:
        """A logic-layer message in the session's language."""
        return render(message, self.lang)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    def set_names_masked(self, masked: bool) -> None:
        """Hide or show names on every screen; this tablet remembers it (QSettings)."""
        if masked != self.names_masked:
            self.names_masked = masked
            tablet_settings.put("board/names_masked", masked)
            self.names_masked_changed.emit(masked)

    # --- who is here ----------------------------------------------------------------------
    @property
    def user(self):
        return self.service.user

    def sign_in(self, username: str, pin: str, prepared=None):
        """Raises service.SignInError; emits ``signed_in`` on success. ``prepared``: the
        PIN's key derived while it was typed (``service.pin_preparation``)."""
        user = self.service.sign_in(username, pin, prepared=prepared)
        self.lock_reason = None
        self.signed_in.emit(user)
        return user

    def sign_out(self) -> None:
        self.service.sign_out()
        self.signed_out.emit()

    def lock(self, reason: Message | None = None) -> None:
        """Lock (button, auto-lock, or ``reason``, e.g. a PIN lockout): the user must sign
        in again; unsaved forms stay as they are."""
        self.lock_reason = reason
        if self.service.user is not None:
            # Emit first: screens save their drafts while the user is still known.
            self.locked.emit()
            self.service.lock()

    def report_backup(self, ok: bool, reason: str, error: str = "") -> None:
        """Called by the backup thread: hands the result to the UI thread."""
        self.backup_reported.emit(ok, reason, error)

    def notify_saved(self, episode_id: str) -> None:
        self.service.invalidate(episode_id)
        self.record_saved.emit(episode_id)
