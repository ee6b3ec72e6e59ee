"""The ward service: what the screens ask for, with sign-in and roles enforced here.

Sits between the UI and storage (no Qt): the UI never decides who may do
what, and never grades. Assessments are cached per episode and recomputed
only for the episode whose records changed, so the board refreshes fast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from ..logic import protocols
from ..logic.assessment import Assessment, assess, grade_timeline
from ..logic.findings import Alert
from ..logic.messages import Message, msg
from ..logic.models import (
    FluidEntry,
    NeuroAssessment,
    Patient,
    VitalSigns,
    WeightMeasurement,
    bed_key,
)
from ..logic.news2 import News2
from ..logic.physician_grade import ShownGrade
from ..logic.schedule import Task, TaskStatus, monitoring_tasks
from ..logic.shift_tasks import shift_task_counts
from ..logic.shifts import ShiftSettings, shift_of
from ..logic.timeutil import format_study_day, study_day
from ..logic.validation import Warning_
from ..storage import Repository, SaveResult, User
from ..storage.cipher import ALL_ERRORS as DB_WRITE_ERRORS  # sqlite3 and SQLCipher
from ..storage.types import EpisodeInfo
from . import ward_settings
from .episode_inputs import assess_options, schedule_options
from .errors import save_failure

log = logging.getLogger(__name__)

MAX_FAILED_PINS = 5
DEFAULT_LOCKOUT = timedelta(minutes=15)

#: What each role may do (issue 4/5: roles enforced below the UI).
PERMISSIONS: dict[str, frozenset[str]] = {
    "nurse": frozenset({"view", "chart", "acknowledge"}),
    "physician": frozenset(
        {"view", "chart", "acknowledge", "cosign", "override_dose", "change_protocol"}
    ),
    "admin": frozenset({"view", "settings", "users", "backup"}),
}


class SignInError(Exception):
    """Sign-in refused; ``message`` says why in the catalogue's words."""

    def __init__(self, reason: str, message: Message) -> None:
        super().__init__(reason)
        self.reason = reason  # unknown_user, inactive, locked, wrong_pin
        self.message = message


class PermissionDenied(Exception):
    def __init__(self, action: str, role: str | None) -> None:
        super().__init__(f"{role or 'nobody'} may not {action}")
        self.action = action
        self.role = role
        self.message = msg("service.error.permission", action=msg(f"service.action.{action}"))


@dataclass(frozen=True)
class BedCard:
    """One card of the ward board."""

    episode_id: str
    bed: str
    name: str
    age_years: float
    day: int
    day_label: str
    crs_grade: int
    icans_grade: int
    last_ice: int | None
    last_capd: int | None
    risk_high: bool
    due: int
    overdue: int
    alerts: tuple[Alert, ...]
    last_vitals_at: datetime | None
    uses_capd: bool = False
    crs_confirmed: bool = False  # a physician's grade stands (issue 5, §11)
    icans_confirmed: bool = False
    protocol_id: str = ""  # the patient's protocol (§10)
    crs_shown: ShownGrade | None = None  # the grade that stands, computed one beside (§11)
    icans_shown: ShownGrade | None = None
    news2: News2 | None = None  # of the latest vital signs, beside the CRS grade (§12)
    not_done: int = 0  # checks of this shift recorded as not done, with a reason (§12)
    # Issue 11: what is overdue (task kinds, earliest first), hand-added tasks due after this
    # shift (not in ``due``: logic.shift_tasks is the one "this shift"), and whether the
    # signed-in user left an unsigned shift entry for this bed.
    overdue_kinds: tuple[str, ...] = ()
    later: int = 0
    has_draft: bool = False

    @property
    def standing_grades(self) -> tuple[int, int]:
        """CRS and ICANS as shown: a physician's grade where one stands (§11), else computed."""
        return tuple(
            shown.grade
            if shown is not None and shown.physician is not None and not shown.lapsed
            else grade
            for grade, shown in (
                (self.crs_grade, self.crs_shown),
                (self.icans_grade, self.icans_shown),
            )
        )

    @property
    def grades_confirmed(self) -> bool | None:
        """True when every grade above 0 is co-signed, False when one is not, None if all 0."""
        pending = [
            ok
            for grade, ok in (
                (self.crs_grade, self.crs_confirmed),
                (self.icans_grade, self.icans_confirmed),
            )
            if grade
        ]
        return all(pending) if pending else None

    @property
    def severity(self) -> tuple[int, int, int, int]:
        """Sort key, most severe first when sorted ascending."""
        return (
            -max(self.crs_grade, self.icans_grade),
            -self.overdue,
            -len(self.alerts),
            -self.crs_grade,
        )


@dataclass
class _Cached:
    assessment: Assessment
    tasks: list[Task] = field(default_factory=list)
    confirmed: Any = None  # the GradeConfirmation (physician's grades); computed on demand


def masked_name(name: str) -> str:
    """张三丰 → 张**; John Smith → J*** S****: enough for the nurse, not for a passer-by."""
    name = name.strip()
    if not name:
        return ""
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name[0] + "*" * (len(name) - 1)
    return " ".join(part[0] + "*" * (len(part) - 1) for part in name.split())


class WardService:
    """The signed-in user's view of the ward (``repo`` is a storage Repository)."""

    def __init__(self, repo: Repository, clock: Callable[[], datetime] | None = None) -> None:
        self.repo = repo
        self.clock = clock or repo.now
        self.user: User | None = None
        self._cache: dict[str, _Cached] = {}
        self._cache_shift: datetime | None = None

    # --- sign-in --------------------------------------------------------------------
    def sign_in(self, username: str, pin: str) -> User:
        """Check the PIN; 5 wrong PINs at any PIN prompt lock the account for 15 min."""
        user = self._pin_attempt(username.strip(), pin, "sign_in")
        self.repo.log_event("sign_in", user.username)
        self.user = user
        return user

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
        try:  # fail closed: a try that cannot be counted is refused
            check = self.repo.check_pin_attempt(
                username,
                pin,
                now=self.clock(),
                max_failed=MAX_FAILED_PINS,
                lockout=self.lockout(),
                context=context,
                record_id=record_id,
            )
        except DB_WRITE_ERRORS as error:
            raise save_failure(error) from error
        if check.status == "ok":
            return self.repo.get_user(username) or check.user  # type: ignore[return-value]
        if check.status == "unknown_user":
            raise SignInError("unknown_user", msg("service.error.unknown_user"))
        if check.status == "inactive":
            raise SignInError("inactive", msg("service.error.inactive"))
        if check.status == "locked":
            until = check.locked_until.strftime("%H:%M") if check.locked_until else ""
            raise SignInError("locked", msg("service.error.locked", until=until))
        if check.status == "locked_now":
            raise SignInError(
                "locked",
                msg("service.error.locked_now", minutes=int(self.lockout().total_seconds() // 60)),
            )
        if refused is not None:
            raise SignInError(
                "wrong_pin", msg("entry.error.pin_left", refused=refused, left=check.left)
            )
        raise SignInError("wrong_pin", msg("service.error.wrong_pin", left=check.left))

    def lockout(self) -> timedelta:
        minutes = self.repo.get_setting("lockout_minutes", None)
        return timedelta(minutes=minutes) if minutes else DEFAULT_LOCKOUT

    def sign_out(self) -> None:
        if self.user is not None:
            self.repo.log_event("sign_out", self.user.username)
        self.user = None

    def lock(self) -> None:
        """The tablet locked itself (auto-lock): audited; the user must sign in again."""
        if self.user is not None:
            self.repo.log_event("lock", self.user.username)
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
        stored = self.repo.get_user(self.user.username)
        if (
            stored is not None
            and stored.active
            and stored.role == self.user.role
            and stored.pin_hash == self.user.pin_hash
        ):
            return
        self.repo.log_event(
            "sign_out",
            self.user.username,
            reason="account changed",
            details={"ended_by": "account change"},
        )
        self.user = None

    def has_users(self) -> bool:
        return bool(self.repo.list_users(include_inactive=True))

    def create_first_admin(self, username: str, display_name: str, pin: str) -> User:
        """First run: the one account created without a signed-in admin."""
        if self.has_users():
            raise PermissionDenied("users", None)
        return self.repo.create_user(username, display_name, "admin", pin, actor=username)

    # --- settings the screens need ---------------------------------------------------
    def shift_settings(self) -> ShiftSettings:
        """The ward's shifts (a setting; default 08:00/16:00/00:00)."""
        return ward_settings.shift_settings(self.repo)

    def protocol_id(self) -> str:
        value = self.repo.get_setting("protocol", protocols.DEFAULT_PROTOCOL)
        return value if value in protocols.PROTOCOL_IDS else protocols.DEFAULT_PROTOCOL

    def language(self) -> str:
        return self.repo.get_setting("language", "zh_CN") or "zh_CN"

    # --- assessments ---------------------------------------------------------------
    def invalidate(self, episode_id: str | None = None) -> None:
        if episode_id is None:
            self._cache.clear()
        else:
            self._cache.pop(episode_id, None)

    def assessment(self, episode_id: str) -> Assessment:
        """The current assessment of an episode (cached until its records change)."""
        self.require("view")
        return self._cached(episode_id).assessment

    def tasks(self, episode_id: str) -> list[Task]:
        self.require("view")
        return self._cached(episode_id).tasks

    def _cached(self, episode_id: str) -> _Cached:
        # Task lists cover the current shift: a new shift needs new lists.
        shift_start = shift_of(self.clock(), self.shift_settings()).start
        if shift_start != self._cache_shift:
            self._cache.clear()
            self._cache_shift = shift_start
        hit = self._cache.get(episode_id)
        if hit is None:
            hit = self._cache[episode_id] = self._compute(episode_id)
        return hit

    def _compute(self, episode_id: str, extra: dict[str, Sequence[Any]] | None = None) -> _Cached:
        patient = self.repo.get_patient(episode_id)
        now = self.clock()
        since = patient.infusion_time - timedelta(days=8) if patient.infusion_time else None
        t = self.repo.timeline(episode_id, since, None)
        extra = extra or {}
        vitals = [*t.vitals, *extra.get("vitals", ())]
        neuro = [*t.neuro, *extra.get("neuro", ())]
        weights = [*t.weights, *extra.get("weights", ())]
        patient = patient.with_latest_weight(weights)
        infusion = patient.infusion_time or now
        at = max([now, *(r.time for r in (*vitals, *neuro))])
        a = assess(
            patient,
            infusion,
            vitals,
            neuro,
            t.medications,
            t.labs,
            at=at,
            **assess_options(self.repo, episode_id),
        )
        tasks = self._tasks(
            episode_id,
            patient,
            a,
            vitals,
            neuro,
            [*t.fluids, *extra.get("fluids", ())],
            t.labs,
            now,
        )
        return _Cached(a, tasks)

    def _tasks(
        self,
        episode_id: str,
        patient: Patient,
        a: Assessment,
        vitals,
        neuro,
        fluids,
        labs,
        now: datetime,
    ) -> list[Task]:
        if patient.infusion_time is None:
            return []
        timeline = grade_timeline(a)
        shift = shift_of(now, self.shift_settings())
        ice = [n for n in neuro if n.has_score]
        return monitoring_tasks(
            patient.infusion_time,
            self.shift_settings(),
            timeline,
            {"vitals": vitals, "ice": ice, "fluid_balance": fluids, "labs": labs},
            shift.start,
            shift.end,
            now,
            **schedule_options(self.repo, episode_id, a),
        )

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
        self.require("view")
        items = self.repo.shift_entry_items(vitals, neuro, fluids, weight)
        warnings = self.repo.check_records(episode_id, items)
        extra = {
            "vitals": [vitals] if vitals else [],
            "neuro": [neuro] if neuro else [],
            "fluids": list(fluids),
            "weights": [weight] if weight else [],
        }
        return self._compute(episode_id, extra).assessment, warnings

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
            result = self.repo.save_shift_entry(
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
                self.repo.log_event(
                    "sign",
                    user.username,
                    reason="soft-limit values confirmed"
                    if confirmations
                    else "lower grade confirmed",
                    record_id=result.save_id,
                    details=details,
                )
            self.repo.delete_draft(user.username, "shift_entry", episode_id)
        except DB_WRITE_ERRORS:
            log.exception("saved %s, but its audit note or draft clean-up failed", result.save_id)
        self.invalidate(episode_id)
        return result

    # --- drafts ---------------------------------------------------------------------
    def save_draft(self, form: str, episode_id: str | None, data: dict[str, Any]) -> None:
        if self.user is not None:
            self.repo.save_draft(self.user.username, form, data, episode_id)

    def load_draft(self, form: str, episode_id: str | None) -> dict[str, Any] | None:
        if self.user is None:
            return None
        return self.repo.load_draft(self.user.username, form, episode_id)

    # --- what the screens read besides the board (the UI never reaches the repository) ---
    def patient(self, episode_id: str) -> Patient:
        """An admission's patient as the screens show it (latest weight record applied).

        A signed-in user needs the view role. With nobody signed in (a locked tablet)
        a form is still built behind the lock wall, so that no typed value is lost.
        """
        self.require_if_signed_in("view")
        return self.repo.get_patient(episode_id)

    def display_names(self) -> dict[str, str]:
        """username → display name of every account (deactivated ones too: old records)."""
        self.require("view")
        return {u.username: u.display_name for u in self.repo.list_users(include_inactive=True)}

    def physicians(self) -> list[User]:
        """The active physicians (who may order a dose above the limits), by username."""
        self.require("view")
        return [u for u in self.repo.list_users() if u.role == "physician"]

    def sign_in_accounts(self) -> list[User]:
        """The active accounts the sign-in screen offers (read before anyone signs in)."""
        return self.repo.list_users()

    def ward_name(self) -> str:
        """The ward's name (shown on the sign-in screen, before anyone signs in)."""
        return str(self.repo.get_setting(ward_settings.KEY_WARD_NAME, "") or "")

    def auto_lock_minutes(self) -> float:
        """Minutes without a touch before the tablet locks (a ward setting)."""
        return ward_settings.load(self.repo).auto_lock_minutes

    # --- the database file ------------------------------------------------------------
    def reopen(self, path: str) -> None:
        """After a restore swapped the file: read ``path`` from now on; everyone signed out.

        The services built on this one keep working: they read through it.
        """
        from ..storage import Repository, open_database

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
        return self.repo.occupied(self.clock())

    def board(self, sort: str = "bed") -> list[BedCard]:
        """One card per occupied bed, by bed (natural order) or by severity."""
        from .alerts import alert_states  # alerts and record build on this module
        from .record import RecordService

        records = RecordService(self)

        now = self.clock()
        cards = []
        beds = self.occupied()
        acks = self.repo.alert_acks_for([e.episode_id for _, e in beds])
        shift_end = shift_of(now, self.shift_settings()).end
        drafts = (
            {e for e, form, _ in self.repo.list_drafts(self.user.username) if form == "shift_entry"}
            if self.user
            else set()
        )
        for patient, episode in beds:
            cached = self._cached(episode.episode_id)
            a = cached.assessment
            if cached.confirmed is None:
                cached.confirmed = records.confirmed_grades(episode.episode_id)
            c = cached.confirmed
            ice = next((p for p in reversed(a.icans.points) if p.ice_score is not None), None)
            capd = next((p for p in reversed(a.icans.points) if p.capd_score is not None), None)
            infusion = patient.infusion_time or now
            day = study_day(now, infusion)
            tasks = shift_task_counts(
                [replace(t, status=task_status(t, now)) for t in cached.tasks],
                self.repo.tasks(episode.episode_id),
                now,
                shift_end,
            )
            cards.append(
                BedCard(
                    episode_id=episode.episode_id,
                    bed=episode.bed,
                    name=patient.name,
                    age_years=patient.age_years,
                    day=day,
                    day_label=format_study_day(day),
                    crs_grade=a.crs.grade,
                    icans_grade=a.icans.grade,
                    last_ice=ice.ice_score if ice else None,
                    last_capd=capd.capd_score if capd else None,
                    risk_high=a.risk.is_high,
                    due=tasks.due,
                    overdue=tasks.overdue,
                    # Open alerts only: an acknowledged one leaves the card until it worsens.
                    alerts=tuple(
                        s.alert
                        for s in alert_states(a, acks.get(episode.episode_id, []))
                        if s.open and s.alert.severity.value != "info"
                    ),
                    last_vitals_at=a.crs.current.time if a.crs.current else None,
                    uses_capd=patient.uses_capd,
                    crs_confirmed=c.crs_confirmed,
                    icans_confirmed=c.icans_confirmed,
                    protocol_id=a.protocol_id,
                    crs_shown=c.crs,
                    icans_shown=c.icans,
                    news2=a.news2,
                    not_done=sum(1 for t in cached.tasks if t.status is TaskStatus.NOT_DONE),
                    overdue_kinds=tasks.overdue_kinds,
                    later=tasks.later,
                    has_draft=episode.episode_id in drafts,
                )
            )
        if sort == "severity":
            cards.sort(key=lambda c: (c.severity, bed_key(c.bed)))
        else:
            cards.sort(key=lambda c: bed_key(c.bed))
        return cards


def task_status(task: Task, now: datetime) -> TaskStatus:
    """A cached task's status as time passes: done (or not done, §12) stays, due turns overdue."""
    return task.status_at(now)
