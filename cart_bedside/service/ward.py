"""The ward service: what the screens ask for, with sign-in and roles enforced here.

Sits between the UI and storage (no Qt): the UI never decides who may do
what, and never grades. Each admission is read and assessed once into an
:class:`~.episode_view.EpisodeView`, kept until its records change, so the
board refreshes fast and every screen shows the same grades and tasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..logic import audit_reasons
from ..logic.messages import Message, msg
from ..logic.shifts import shift_of
from ..storage import Repository, open_database
from ..storage.cipher import ALL_ERRORS as DB_WRITE_ERRORS  # sqlite3 and SQLCipher
from . import access, ward_settings
from .access import MAX_FAILED_PINS, PERMISSIONS, PermissionDenied, SignInError  # noqa: F401
from .errors import save_failure
from .sync_status import sync_status_of

if TYPE_CHECKING:  # the episode views, grading and board load when first used (not to sign in)
    from ..logic.assessment import Assessment
    from ..logic.models import FluidEntry, NeuroAssessment, Patient, VitalSigns, WeightMeasurement
    from ..logic.schedule import Task, TaskStatus
    from ..logic.shifts import ShiftSettings
    from ..logic.validation import Warning_
    from ..storage import SaveResult, User
    from ..storage.auth import PreparedPin
    from ..storage.types import EpisodeInfo
    from .board import BedCard
    from .episode_view import EpisodeView, EpisodeViews
    from .sync_status import SyncStatus

log = logging.getLogger(__name__)


class WardService:
    """The signed-in user's view of the ward (``repo`` is a storage Repository)."""

    def __init__(self, repo: Repository, clock: Callable[[], datetime] | None = None) -> None:
        self.repo = repo
        self.clock = clock or repo.now
        self.user: User | None = None
        self._settings: ward_settings.WardSettings | None = None

    @cached_property
    def _views(self) -> EpisodeViews:
        """The one cache of episode views (its module loads when first used)."""
        from .episode_view import EpisodeViews

        return EpisodeViews()

    # --- sign-in --------------------------------------------------------------------
    def sign_in(self, username: str, pin: str, prepared: PreparedPin | None = None) -> User:
        """Check the PIN; 5 wrong PINs at any PIN prompt lock the account for 15 min.
        ``prepared`` (:meth:`pin_preparation`): the same outcome, the key derived ahead."""
        name = username.strip()
        user = access.pin_attempt(
            self.repo, name, pin, "sign_in", self.clock(), self.lockout(), prepared=prepared
        )
        self.repo.audit_log.log_event("sign_in", user.username)
        self.user = user
        return user

    def pin_preparation(self, username: str, pin: str) -> Callable[[], PreparedPin | None]:
        """:meth:`sign_in`'s slow part for this PIN, to run while it is typed (any thread;
        ``access.pin_preparation``): nothing counted or decided."""
        return access.pin_preparation(self.repo, username.strip(), pin)

    def prepare_pin(self, username: str, pin: str) -> PreparedPin | None:
        """:meth:`pin_preparation`, run now."""
        return self.pin_preparation(username, pin)()

    def verify_signature(
        self, pin: str, record_id: str | None = None, refused: Message | None = None
    ) -> User:
        """The signed-in user's PIN again for a signature (entry, co-sign …). A wrong one
        counts towards the same lockout as sign-in; ``refused`` says what was not done."""
        if self.user is None:
            raise PermissionDenied("chart", None)
        return self._pin_attempt(
            self.user.username,
            pin,
            "signature",
            record_id,
            refused or msg("service.error.signature_pin"),
        )

    def _pin_attempt(
        self,
        username: str,
        pin: str,
        context: str,
        record_id: str | None = None,
        refused: Message | None = None,
    ) -> User:
        return access.pin_attempt(
            self.repo, username, pin, context, self.clock(), self.lockout(), record_id, refused
        )

    def lockout(self) -> timedelta:
        return self.settings().lockout

    def sign_out(self) -> None:
        if self.user is not None:
            self.repo.audit_log.log_event("sign_out", self.user.username)
        self.user = None

    def lock(self) -> None:
        """The tablet locked itself (auto-lock): audited; the user must sign in again."""
        if self.user is not None:
            self.repo.audit_log.log_event("lock", self.user.username)
        self.user = None

    def can(self, action: str) -> bool:
        return self.user is not None and action in PERMISSIONS.get(self.user.role, frozenset())

    def require(self, action: str) -> User:
        """The signed-in user, if their role may ``action`` — as stored now.

        Every privileged call reads the account again: a user deactivated, or
        whose role or PIN changed since sign-in, is signed out at once (audited)
        and refused (issue 15: a demoted physician cannot co-sign in the same
        session).
        """
        self._recheck_account()
        if not self.can(action):
            raise PermissionDenied(action, self.user.role if self.user else None)
        assert self.user is not None
        return self.user

    def require_if_signed_in(self, action: str) -> None:
        """:meth:`require` when someone is signed in; nobody signed in (a locked tablet
        building a form behind its lock wall) may go on."""
        if self.user is not None:
            self.require(action)

    def _recheck_account(self) -> None:
        if self.user is None:
            return
        stored = self.repo.people.get_user(self.user.username)
        if (
            stored is not None
            and stored.active
            and stored.role == self.user.role
            and stored.pin_hash == self.user.pin_hash
        ):
            return
        self.repo.audit_log.log_event(
            "sign_out",
            self.user.username,
            reason=audit_reasons.ACCOUNT_CHANGED,
            details={"ended_by": "account change"},
        )
        self.user = None

    def has_users(self) -> bool:
        return bool(self.repo.people.list_users(include_inactive=True))

    def create_first_admin(self, username: str, display_name: str, pin: str) -> User:
        """First run: the one account created without a signed-in admin."""
        if self.has_users():
            raise PermissionDenied("users", None)
        return self.repo.people.create_user(username, display_name, "admin", pin, actor=username)

    # --- settings -------------------------------------------------------------------
    def settings(self) -> ward_settings.WardSettings:
        """The ward's settings in force: read once, read again after a change (``refresh``)."""
        if self._settings is None:
            self._settings = ward_settings.load(self.repo)
        return self._settings

    def refresh_settings(self) -> None:
        """The settings changed (admin, lab import): read them again, redo every view."""
        self._settings = None
        self._views.clear()

    def shift_settings(self) -> ShiftSettings:
        """The ward's shifts (a setting; default 08:00/16:00/00:00)."""
        return self.settings().shifts

    def protocol_id(self) -> str:
        return self.settings().protocol

    def language(self) -> str:
        return self.settings().language

    # --- episode views ---------------------------------------------------------------
    def invalidate(self, episode_id: str | None = None) -> None:
        """Records of ``episode_id`` changed (None: settings or everything): view it again."""
        if episode_id is None:
            self.refresh_settings()
        else:
            self._views.invalidate(episode_id)

    def episode_view(
        self,
        episode_id: str,
        at: datetime | None = None,
        *,
        patient: Patient | None = None,
        episode: EpisodeInfo | None = None,
    ) -> EpisodeView:
        """One admission as every screen shows it (cached until it changes); ``at``: another
        moment than now (not cached)."""
        from .episode_view import read_episode

        self.require("view")
        if at is not None and at != self.clock():
            return read_episode(self.repo, episode_id, at, self.settings())
        return self._cached(episode_id, patient, episode)

    def _cached(
        self, episode_id: str, patient: Patient | None = None, episode: EpisodeInfo | None = None
    ) -> EpisodeView:
        """The cached view now, without a role check: for services that check their own
        (exports and lab imports run from the command line without a signed-in user)."""
        from .episode_view import read_episode

        now = self.clock()
        shift_start = shift_of(now, self.shift_settings()).start
        view = self._views.get(episode_id, shift_start)
        if view is None:
            view = self._views.put(
                read_episode(
                    self.repo, episode_id, now, self.settings(), patient=patient, episode=episode
                )
            )
        return view

    def assessment(self, episode_id: str) -> Assessment:
        """The current assessment of an episode (its episode view's)."""
        return self.episode_view(episode_id).assessment

    def tasks(self, episode_id: str) -> list[Task]:
        """This shift's monitoring tasks (status when the view was read)."""
        return list(self.episode_view(episode_id).tasks)

    def preview(
        self,
        episode_id: str,
        vitals: VitalSigns | None = None,
        neuro: NeuroAssessment | None = None,
        fluids: Sequence[FluidEntry] = (),
        weight: WeightMeasurement | None = None,
    ) -> tuple[Assessment, list[Warning_]]:
        """The assessment the entry *would* give, and its soft-limit warnings; nothing saved.

        Hard-limit errors raise ``ValidationError`` naming the field.
        """
        from .episode_view import read_episode

        self.require("view")
        items = self.repo.charting.shift_entry_items(vitals, neuro, fluids, weight)
        warnings = self.repo.charting.check_records(episode_id, items)
        extra: dict[str, list[Any]] = {
            "vitals": [vitals] if vitals else [],
            "neuro": [neuro] if neuro else [],
            "fluids": list(fluids),
            "weights": [weight] if weight else [],
        }
        view = read_episode(self.repo, episode_id, self.clock(), self.settings(), extra=extra)
        return view.assessment, warnings

    # --- charting ------------------------------------------------------------------
    def save_shift_entry(
        self,
        episode_id: str,
        pin: str,
        *,
        vitals: VitalSigns | None = None,
        neuro: NeuroAssessment | None = None,
        fluids: Sequence[FluidEntry] = (),
        weight: WeightMeasurement | None = None,
        confirmations: dict[str, str] | None = None,
        grade_drops: Sequence[str] = (),
    ) -> SaveResult:
        """Save a whole shift entry in one transaction, signed with the user's PIN.

        ``confirmations`` maps each soft-limit warning the nurse confirmed to her
        reason; ``grade_drops`` are the lower grades she confirmed ("CRS 2 → 1");
        both go to the audit log with the save.
        """
        user = self.require("chart")
        self.verify_signature(pin, episode_id)
        try:
            result = self.repo.charting.save_shift_entry(
                episode_id,
                user.username,
                vitals=vitals,
                neuro=neuro,
                fluids=fluids,
                weight=weight,
                signature_meaning="charted",
            )
        except DB_WRITE_ERRORS as error:  # disk full, locked …: nothing stored, say so
            raise save_failure(error) from error
        try:  # the entry is saved: a failing audit note or draft clean-up must not undo that
            if confirmations or grade_drops:
                details: dict[str, Any] = {"confirmations": dict(confirmations or {})}
                if grade_drops:
                    details["grade_drops_confirmed"] = list(grade_drops)
                why = "soft-limit values confirmed" if confirmations else "lower grade confirmed"
                self.repo.audit_log.log_event(
                    "sign", user.username, reason=why, record_id=result.save_id, details=details
                )
            self.repo.drafts.delete_draft(user.username, "shift_entry", episode_id)
        except DB_WRITE_ERRORS:
            log.exception("saved %s, but its audit note or draft clean-up failed", result.save_id)
        self.invalidate(episode_id)
        return result

    # --- drafts ---------------------------------------------------------------------
    def save_draft(self, form: str, episode_id: str | None, data: dict[str, Any]) -> None:
        if self.user is not None:
            self.repo.drafts.save_draft(self.user.username, form, data, episode_id)

    def load_draft(self, form: str, episode_id: str | None) -> dict[str, Any] | None:
        if self.user is None:
            return None
        return self.repo.drafts.load_draft(self.user.username, form, episode_id)

    # --- what the screens read besides the board (the UI never reaches the repository) ---
    def patient(self, episode_id: str) -> Patient:
        """An admission's patient as the screens show it (latest weight record applied).

        A signed-in user needs the view role. With nobody signed in (a locked tablet)
        a form is still built behind the lock wall, so that no typed value is lost.
        """
        self.require_if_signed_in("view")
        return self.repo.patients.get_patient(episode_id)

    def display_names(self) -> dict[str, str]:
        """username → display name of every account (deactivated ones too: old records)."""
        self.require("view")
        users = self.repo.people.list_users(include_inactive=True)
        return {u.username: u.display_name for u in users}

    def physicians(self) -> list[User]:
        """The active physicians (who may order a dose above the limits), by username."""
        self.require("view")
        return [u for u in self.repo.people.list_users() if u.role == "physician"]

    def sign_in_accounts(self) -> list[User]:
        """The active accounts the sign-in screen offers (read before anyone signs in)."""
        return self.repo.people.list_users()

    def ward_name(self) -> str:
        """The ward's name (shown on the sign-in screen, before anyone signs in)."""
        return self.settings().ward_name

    def auto_lock_minutes(self) -> float:
        """Minutes without a touch before the tablet locks (a ward setting)."""
        return self.settings().auto_lock_minutes

    def sync_status(self) -> SyncStatus:
        """How this device's sync with the ward server stands (SYNC-INTERFACES.md §1)."""
        return sync_status_of(self.repo.store, self.language())

    # --- the database file ------------------------------------------------------------
    def reopen(self, path: str) -> None:
        """After a restore swapped the file: read ``path`` from now on; everyone signed out
        (the services built on this one keep working: they read through it)."""
        own_clock = self.clock == self.repo.now  # the repository's clock follows the file
        self.repo = Repository(open_database(path))
        if own_clock:
            self.clock = self.repo.now
        self.user = None
        self.invalidate()

    def close(self) -> None:
        """Close the database connection (the app is ending)."""
        self.repo.close()

    # --- the board ------------------------------------------------------------------
    def db_file(self) -> str | None:
        """The database file this service reads (None for an in-memory database)."""
        return self.repo.db_file()

    def occupied(self) -> list[tuple[Patient, EpisodeInfo]]:
        self.require("view")
        return self.repo.patients.occupied(self.clock())

    def board(self, sort: str = "bed") -> list[BedCard]:
        """One card per occupied bed, by bed (natural order) or by severity."""
        from .board_read import read_board

        user = self.require("view")
        return read_board(self, sort, user.username)


def task_status(task: Task, now: datetime) -> TaskStatus:
    """A cached task's status as time passes: done (or not done, §12) stays, due turns overdue."""
    return task.status_at(now)
