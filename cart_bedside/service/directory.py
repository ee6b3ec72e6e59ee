"""Admin edits of users and ward settings on an enrolled device: the ward server's.

Once a device is enrolled, the ward's users, roles, PIN hashes and settings are the
server's directory (docs/ward-server.md); the device's own tables are its cache. So an
admin's edit goes to the server (``POST /directory/users`` or ``/directory/settings``
through the sync client's transport, with the admin's PIN, which the server checks
against its own copy), and the server's answer — the whole directory — is applied to
the cache at once (:func:`~..storage.directory.apply_directory`). When the server
cannot be reached the edit is refused with one line: changing a user on one tablet
alone would be undone by the next sync.

The lock-out counters (failed PINs, locked until) are this device's and never go to
the server: an unlock is local.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..logic.messages import Message, msg
from ..storage.backup import SECOND_LOCATION_KEY
from ..storage.directory import apply_directory
from ..storage.types import User
from .errors import ServiceError
from .sync_http import ServerRefused, ServerUnreachable, SyncTransport, transport_for

if TYPE_CHECKING:
    from .ward import WardService

#: Ward settings that stay this device's own when enrolled.
DEVICE_SETTINGS = frozenset({SECOND_LOCATION_KEY})

#: Server refusals with a line of their own; others say the server's code and text.
_REFUSALS = {
    "bad_admin_pin": "directory.error.bad_pin",
    "account_locked": "directory.error.account_locked",
    "own_account": "admin.error.own_account",
    "last_admin": "admin.error.last_admin",
}


class DirectoryService:
    """Routes user and setting edits to the ward server when this device is enrolled."""

    def __init__(
        self,
        ward: WardService,
        transport: Callable[[WardService], SyncTransport | None] = transport_for,
    ) -> None:
        self.ward = ward
        self._transport = transport
        self._pin: str | None = None
        self.people = RoutedPeople(ward, self)
        self.settings = RoutedSettings(ward, self)

    def use_pin(self, pin: str | None) -> None:
        """The signed-in admin's PIN for the next edits (the server checks it each time);
        ``None`` forgets it (the admin screen does when it closes)."""
        self._pin = pin

    def wrong_pin(self) -> Message:
        """What a wrong PIN at the ward server's prompt leaves undone (catalogue)."""
        return msg("directory.error.wrong_pin")

    def has_pin(self) -> bool:
        return bool(self._pin)

    def admin_pin(self) -> str:
        if not self._pin:
            raise ServiceError(msg("directory.error.pin_needed"))
        return self._pin

    def remote(self) -> bool:
        """True when this device is enrolled: its users and settings are the server's."""
        return self._transport(self.ward) is not None

    def edit_user(
        self, admin: str, pin: str, change: dict[str, Any], reason: str | None = None
    ) -> int:
        """Create or change one user on the server (``username`` and any of
        ``display_name``, ``role``, ``active``, ``pin``); returns rows applied here."""
        return self._send("/directory/users", admin, pin, {"user": change}, reason)

    def edit_settings(
        self, admin: str, pin: str, values: dict[str, Any], reason: str | None = None
    ) -> int:
        """Set ward settings on the server (key → JSON value); returns rows applied here."""
        return self._send("/directory/settings", admin, pin, {"settings": values}, reason)

    def _send(
        self, path: str, admin: str, pin: str, body: dict[str, Any], reason: str | None
    ) -> int:
        transport = self._transport(self.ward)
        if transport is None:
            raise ServiceError(msg("directory.error.not_enrolled"))
        try:
            answer = transport.post(path, {"admin": admin, "pin": pin, "reason": reason, **body})
        except ServerUnreachable as exc:
            raise ServiceError(msg("directory.error.offline", detail=exc.message)) from None
        except ServerRefused as exc:
            if exc.code in _REFUSALS:
                raise ServiceError(msg(_REFUSALS[exc.code])) from None
            raise ServiceError(
                msg("directory.error.refused", error=exc.code, detail=exc.text[:200])
            ) from None
        changed = apply_directory(self.ward.repo.store, answer)
        self.ward.invalidate()
        return changed


class RoutedPeople:
    """The user writes the admin screens make (``create_user``, ``update_user``,
    ``deactivate_user``, same signatures as ``repo.people``): the server's when enrolled,
    this device's otherwise; lock-out counters are always this device's."""

    _LOCAL = ("failed_attempts", "locked_until")

    def __init__(self, ward: WardService, directory: DirectoryService) -> None:
        self.ward, self.directory = ward, directory

    def create_user(
        self, username: str, display_name: str, role: str, pin: str | None, actor: str, **kw: Any
    ) -> User:
        people = self.ward.repo.people
        if not self.directory.remote():
            return people.create_user(username, display_name, role, pin, actor, **kw)
        change = {"username": username, "display_name": display_name, "role": role, "pin": pin}
        self.directory.edit_user(actor, self.directory.admin_pin(), change)
        return self._user(username)

    def update_user(
        self, username: str, actor: str, *, reason: str | None = None, **changes: Any
    ) -> User:
        people = self.ward.repo.people
        if not self.directory.remote():  # one change, one audit entry, as before enrolment
            return people.update_user(username, actor, reason=reason, **changes)
        local = {k: changes.pop(k) for k in self._LOCAL if k in changes}
        if changes:
            change = {"username": username, **changes}
            self.directory.edit_user(actor, self.directory.admin_pin(), change, reason)
        if local:
            people.update_user(username, actor, reason=reason, **local)
        return self._user(username)

    def deactivate_user(self, username: str, actor: str, reason: str) -> User:
        return self.update_user(username, actor, reason=reason, active=False)

    def _user(self, username: str) -> User:
        found = self.ward.repo.people.get_user(username)
        if found is None:
            raise ServiceError(msg("storage.error.unknown_user", user=username))
        return found


class RoutedSettings:
    """``set_setting`` of the admin screens: the server's when enrolled, except the keys
    that are this device's own (its second backup folder)."""

    def __init__(self, ward: WardService, directory: DirectoryService) -> None:
        self.ward, self.directory = ward, directory

    def set_setting(self, key: str, value: Any, actor: str, reason: str | None = None) -> None:
        if key in DEVICE_SETTINGS or not self.directory.remote():
            self.ward.repo.ward_settings.set_setting(key, value, actor, reason)
            return
        self.directory.edit_settings(actor, self.directory.admin_pin(), {key: value}, reason)
