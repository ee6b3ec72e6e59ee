"""Ward administration: users, ward settings, backup and restore, the audit log viewer.

Admin role only (``users``, ``settings``, ``backup``); a nurse or physician gets
``PermissionDenied``. Every change is audited by the repository (users: old → new without the
PIN hash; settings: old → new value), with the admin's reason when one is given. Decisions:

- Accounts are never deleted: deactivated (and reactivated). An admin cannot deactivate or
  demote their own account, nor the last active admin.
- Enrolled, user and setting changes are the ward server's (service/directory.py).
- Resetting a PIN also clears the failed-PIN count and any lock-out.
- Removing a bed from the bed list is refused while a patient is in it.
- After a setting changes every cached assessment and task list is dropped (protocol, shifts,
  escalation and tocilizumab limits change them).
- ``restore`` checks the backup on a copy (storage/restore.py: integrity, schema, tables, keyed
  audit chain, row hashes, signatures, users and settings); only when every check passed does it
  sign out, close this service's connection and swap the file in (the replaced file is kept
  aside): the app must open the database again and sign in anew. A refused restore leaves the
  app signed in and the database untouched.
- The audit viewer filters by user, by patient (entries about any version of its records, its
  admission, tasks, acknowledgements, signatures, events naming the episode) and by date; it
  reads newest first in pages, up to ``limit`` entries, until a day older than ``since``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..logic.audit_reasons import BACKUP_BY_ADMIN, DISPLAY_NAME
from ..logic.messages import msg
from ..logic.observations import AdaptiveIceSettings
from ..logic.schedule import EscalationSettings
from ..logic.shifts import ShiftSettings
from ..logic.tocilizumab import TocilizumabLimits
from ..logic.validation import ValidationError
from ..storage import User, default_backup_dir, list_backups
from ..storage import backup_now as storage_backup_now
from ..storage import restore as storage_restore
from ..storage.audit import AuditEntry, ChainCheck
from ..storage.backup import SECOND_LOCATION_KEY, BackupResult, RestoreResult
from ..storage.checks import verify_incremental
from ..storage.verify import VerifyReport
from . import ward_settings as ws
from .backup_location import checked_location
from .base import ServiceBase, required_reason
from .directory import DirectoryService
from .errors import ServiceError
from .ward import WardService

AUDIT_PAGE = 2000
CLOCK_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class AuditView:
    """Audit entries (newest first) matching the filters. Without the integrity check
    (``chain`` None): the screen runs :meth:`AdminService.integrity_check` off the UI thread.
    """

    entries: tuple[AuditEntry, ...]
    chain: ChainCheck | None
    truncated: bool  # more entries matched than ``limit``


class AdminService(ServiceBase):
    """Users, ward settings, backups and the audit log (admin role)."""

    def __init__(
        self, ward: WardService, db_path: Path | str, backup_dir: Path | str | None = None
    ) -> None:
        super().__init__(ward)
        self.db_path = Path(db_path)
        self.backup_dir = Path(backup_dir) if backup_dir else default_backup_dir(self.db_path)
        self.directory = DirectoryService(ward)  # enrolled: users and settings are the server's
        self.people = self.directory.people

    # --- users -------------------------------------------------------------------------
    def users(self, include_inactive: bool = True) -> list[User]:
        self.require("users")
        return self.repo.people.list_users(include_inactive=include_inactive)

    def create_user(self, username: str, display_name: str, role: str, pin: str) -> User:
        admin = self.require("users")
        return self.people.create_user(
            username.strip(), display_name.strip(), role, pin, actor=admin.username
        )

    def reset_pin(self, username: str, pin: str, reason: str = "PIN reset") -> User:
        """A new PIN; the failed-PIN count and any lock-out are cleared."""
        admin = self.require("users")
        self._user(username)
        return self.people.update_user(
            username, admin.username, reason=reason, pin=pin, failed_attempts=0, locked_until=None
        )

    def unlock_user(self, username: str, reason: str = "unlocked") -> User:
        admin = self.require("users")
        self._user(username)
        return self.people.update_user(
            username, admin.username, reason=reason, failed_attempts=0, locked_until=None
        )

    def deactivate_user(self, username: str, reason: str) -> User:
        """The account can no longer sign in; its records keep its name. Never deleted."""
        admin = self.require("users")
        reason = required_reason(reason)
        user = self._user(username)
        self._keep_an_admin(admin, user, losing_admin=user.role == "admin")
        return self.people.deactivate_user(username, admin.username, reason)

    def reactivate_user(self, username: str, reason: str) -> User:
        admin = self.require("users")
        reason = required_reason(reason)
        self._user(username)
        return self.people.update_user(
            username,
            admin.username,
            reason=reason,
            active=True,
            failed_attempts=0,
            locked_until=None,
        )

    def change_role(self, username: str, role: str, reason: str) -> User:
        admin = self.require("users")
        reason = required_reason(reason)
        user = self._user(username)
        self._keep_an_admin(admin, user, losing_admin=user.role == "admin" and role != "admin")
        return self.people.update_user(username, admin.username, reason=reason, role=role)

    def rename_user(self, username: str, display_name: str) -> User:
        admin = self.require("users")
        self._user(username)
        if not display_name.strip():
            raise ValidationError("display_name", msg("error.required"))
        return self.people.update_user(
            username, admin.username, reason=DISPLAY_NAME, display_name=display_name.strip()
        )

    def _user(self, username: str) -> User:
        user = self.repo.people.get_user(username)
        if user is None:
            raise ServiceError(msg("storage.error.unknown_user", user=username))
        return user

    def _keep_an_admin(self, admin: User, user: User, losing_admin: bool) -> None:
        if user.username == admin.username:
            raise ServiceError(msg("admin.error.own_account"))
        if losing_admin and user.active:
            admins = [u for u in self.repo.people.list_users() if u.role == "admin" and u.active]
            if len(admins) <= 1:
                raise ServiceError(msg("admin.error.last_admin"))

    # --- ward settings -----------------------------------------------------------------
    def settings(self) -> ws.WardSettings:
        """Every ward setting in force (defaults filled in)."""
        self.require("settings")
        return ws.load(self.repo)

    def _set(self, key: str, value: object, reason: str | None) -> None:
        admin = self.require("settings")
        if self.repo.ward_settings.get_setting(key) == value:
            return  # unchanged: nothing to audit
        self.directory.settings.set_setting(key, value, admin.username, reason)
        self.ward.invalidate()

    def set_ward_name(self, name: str, reason: str | None = None) -> None:
        self.require("settings")
        if not name.strip():
            raise ValidationError("ward.name", msg("error.required"))
        self._set(ws.KEY_WARD_NAME, name.strip(), reason)

    def set_beds(self, beds: Sequence[str], reason: str | None = None) -> None:
        """The ward's beds in board order; a bed in use cannot be removed."""
        self.require("settings")
        new = ws.parse_beds(list(beds))
        for _, episode in self.repo.patients.occupied(self.now()):
            if new and episode.bed not in new:
                raise ServiceError(msg("admin.error.bed_in_use", bed=episode.bed))
        self._set(ws.KEY_BEDS, list(new), reason)

    def set_shifts(
        self, shifts: Sequence[tuple[str, str]] | Sequence[str], reason: str | None = None
    ) -> ShiftSettings:
        """Shift starts ``[(name, "HH:MM"), …]`` or ``["HH:MM", …]`` (checked by logic.shifts)."""
        self.require("settings")
        parsed = ws.parse_shifts(
            [list(s) if not isinstance(s, str) else s for s in shifts],
            self.repo.ward_settings.get_setting(ws.KEY_FLUID_DAY_START),
        )
        self._set(ws.KEY_SHIFTS, ws.shifts_value(parsed), reason)
        return parsed

    def set_shift_names(self, names: dict[str, str], reason: str | None = None) -> None:
        """The ward's own names for its shifts (白班/小夜班/大夜班 …); an empty one is dropped
        and the catalogue's word shows again. Audited like every ward setting."""
        self.require("settings")
        parsed = ws.parse_shift_names(dict(names))
        known = set(ws.shift_settings(self.repo).names)
        unknown = sorted(set(parsed) - known)
        if unknown:
            raise ValidationError(f"shift_names.{unknown[0]}", msg("error.required"))
        self._set(ws.KEY_SHIFT_NAMES, parsed, reason)

    def set_fluid_day_start(self, hhmm: str, reason: str | None = None) -> None:
        self.require("settings")
        ws.parse_hhmm(hhmm, "fluid_day_start")
        self._set(ws.KEY_FLUID_DAY_START, hhmm.strip(), reason)

    def set_protocol(self, protocol_id: str, reason: str | None = None) -> None:
        self.require("settings")
        self._set(ws.KEY_PROTOCOL, ws.parse_protocol(protocol_id), reason)

    def set_escalation(
        self, reason: str | None = None, **hours: float | None
    ) -> EscalationSettings:
        """Hours between checks: ``vitals_grade1_h``, ``ice_grade1_h``, ``vitals_grade2_h``,
        ``ice_grade2_h`` (others keep their value); None (an empty field) is refused."""
        self.require("settings")
        current = ws.escalation_value(ws.escalation_settings(self.repo))
        parsed = ws.parse_escalation({**current, **hours})
        self._set(ws.KEY_ESCALATION, ws.escalation_value(parsed), reason)
        return parsed

    def set_tocilizumab_limits(
        self, reason: str | None = None, **values: float | None
    ) -> TocilizumabLimits:
        """``min_interval_h``, ``max_per_24h``, ``max_total`` (others keep their value);
        None (an empty field) is refused."""
        self.require("settings")
        current = ws.tocilizumab_value(ws.tocilizumab_limits(self.repo))
        parsed = ws.parse_tocilizumab({**current, **values})
        self._set(ws.KEY_TOCILIZUMAB, ws.tocilizumab_value(parsed), reason)
        return parsed

    def set_auto_lock_minutes(self, minutes: float | None, reason: str | None = None) -> None:
        """None (an empty field) is refused naming the field, like any value out of range."""
        self.require("settings")
        self._set(ws.KEY_AUTO_LOCK, ws.parse_auto_lock(minutes), reason)

    def set_language(self, language: str, reason: str | None = None) -> None:
        self.require("settings")
        self._set(ws.KEY_LANGUAGE, ws.parse_language(language), reason)

    def set_paediatric_dosing(
        self, lines: dict[str, str], reason: str | None = None
    ) -> dict[str, str]:
        """The ward's paediatric dosing lines (drug → text, §9); an empty line drops the drug
        (it then gets the default wording)."""
        self.require("settings")
        parsed = ws.parse_paediatric_dosing({d: t for d, t in lines.items() if t.strip()})
        self._set(ws.KEY_PAEDIATRIC_DOSING, parsed, reason)
        return parsed

    def set_adaptive_ice(self, reason: str | None = None, **values: Any) -> AdaptiveIceSettings:
        """``enabled``, ``interval_min``, ``duration_h`` of the adaptive ICE schedule (§12)."""
        self.require("settings")
        current = ws.adaptive_ice_value(ws.adaptive_ice(self.repo))
        parsed = ws.parse_adaptive_ice({**current, **values})
        self._set(ws.KEY_ADAPTIVE_ICE, ws.adaptive_ice_value(parsed), reason)
        return parsed

    # --- backup and restore ------------------------------------------------------------
    def backup_now(self, reason: str | None = None) -> BackupResult:
        """A verified, rotated backup beside the database (audited)."""
        return self.backup_job(reason)()

    def backup_job(self, reason: str | None = None) -> Callable[[], BackupResult]:
        """The backup to run on a worker thread (admin role checked now, on this thread:
        the check reads the account through this thread's connection)."""
        admin = self.require("backup")
        db_path, folder = self.db_path, self.backup_dir
        return lambda: storage_backup_now(
            db_path, folder, actor=admin.username, reason=reason or BACKUP_BY_ADMIN
        )

    def set_second_backup_location(self, folder: str | None, reason: str | None = None) -> None:
        """A second folder for every backup (USB stick, network share); None or "" turns it off.

        It must be a folder this tablet can write to now; backups written there get
        the same checks, rotation and audit (storage/backup.py).
        """
        self.require("settings")
        self._set(SECOND_LOCATION_KEY, checked_location(folder), reason)

    def second_backup_location(self) -> str | None:
        """The second backup folder set by the administrator, or None."""
        self.require("settings")
        value = self.repo.ward_settings.get_setting(SECOND_LOCATION_KEY)
        return value if isinstance(value, str) and value.strip() else None

    def backups(self) -> list[Path]:
        """Backups of this database, newest first."""
        self.require("backup")
        return list_backups(self.backup_dir, self.db_path)

    def restore(self, backup_file: Path | str, reason: str | None = None) -> RestoreResult:
        """Replace the database with a verified backup; this service's connection is closed.

        The replaced database is kept aside. Open the database again afterwards.
        """
        admin = self.require("backup")
        self.repo.audit_log.log_event(
            "restore",
            admin.username,
            reason=reason or "restore requested",
            details={"from": str(backup_file)},
        )

        def close_ours() -> None:  # every check passed: only the swap is left
            self.ward.invalidate()
            self.ward.sign_out()
            self.repo.close()

        return storage_restore(
            self.db_path, backup_file, actor=admin.username, reason=reason, before_swap=close_ours
        )

    # --- the audit log -----------------------------------------------------------------
    def audit_log(
        self,
        *,
        user: str | None = None,
        episode_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        action: str | None = None,
        limit: int = 200,
    ) -> AuditView:
        """Entries newest first, filtered (see :meth:`integrity_check` for the verification)."""
        self.require("settings")
        ids = self._episode_record_ids(episode_id) if episode_id else None
        lo = since.isoformat(timespec="seconds") if since else None
        # Entries are read newest first; their times fall with them except when the tablet's
        # clock was set back, which a day's slack covers.
        stop_below = (since - CLOCK_SLACK).isoformat(timespec="seconds") if since else ""
        hi = until.isoformat(timespec="seconds") if until else None
        found: list[AuditEntry] = []
        before: int | None = None
        truncated = False
        while True:
            page = self.repo.audit_log.audit_entries(
                actor=user, action=action, limit=AUDIT_PAGE, before_seq=before
            )
            if not page:
                break
            for entry in page:
                if hi and entry.at > hi:
                    continue
                if lo and entry.at < lo:
                    if entry.at < stop_below:
                        page = []  # far enough back: nothing newer than ``since`` follows
                        break
                    continue
                if ids is not None and entry.record_id not in ids:
                    continue
                if len(found) == limit:
                    truncated = True
                    break
                found.append(entry)
            if truncated or not page or len(page) < AUDIT_PAGE:
                break
            before = page[-1].seq
        return AuditView(tuple(found), None, truncated)

    def integrity_check(self, *, full: bool = False) -> Callable[[], VerifyReport]:
        """The check to run on a worker thread (admin role, checked now, on the caller's thread).

        It opens its own read-only connection by path and verifies from the
        last verified point (``full``: from the first entry): the audit
        chain, every row written since, signatures, users and settings
        (storage/checks.py). A clean check moves this device's anchor.
        """
        self.require("settings")
        path = self.db_path
        return lambda: verify_incremental(path, full=full)

    def _episode_record_ids(self, episode_id: str) -> set[str]:
        repo = self.repo
        ids = {episode_id, repo.patients.episode(episode_id).patient_id}
        ids |= {e.meta.id for e in repo.patients.admission_history(episode_id) if e.meta.id}
        readers: tuple[Callable[..., list[Any]], ...] = (
            repo.queries.vitals,
            repo.queries.neuro,
            repo.queries.fluids,
            repo.queries.medications,
            repo.queries.labs,
            repo.queries.weights,
        )
        for read in readers:
            ids |= {r.meta.id for r in read(episode_id, history=True) if r.meta.id}
        tasks = repo.worklist.tasks(episode_id, include_closed=True)
        ids |= {t.meta.id for t in tasks if t.meta.id}
        acks = repo.acks.alert_acks_for([episode_id]).get(episode_id, [])
        ids |= {a.meta.id for a in acks if a.meta.id}
        ids |= {s.meta.id for s in repo.signing.signatures(episode_id) if s.meta.id}
        return ids
