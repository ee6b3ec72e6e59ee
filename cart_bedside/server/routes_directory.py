"""The directory endpoints (users, roles, PIN hashes, ward settings; see ``directory``):

- ``GET  /directory`` (device token) → ``{"version", "users", "settings"}``;
- ``POST /directory/users`` and ``POST /directory/settings`` (device token and
  ``{"admin", "pin", …}``): the admin's PIN is checked against the server's copy;
  a wrong one counts as an authentication failure of the address *and* of the account
  (``max_pin_failures`` within the window: 429 for that account from any address);
- ``POST /directory/seed`` (a tablet's token): only while the directory is empty.

Each answers the whole directory after the change, so the device applies it at once.
"""

# No ``from __future__ import annotations``: FastAPI reads these annotations at definition.
import logging
from typing import TYPE_CHECKING, Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import directory, store
from .protocol import API, err

if TYPE_CHECKING:
    from .app import Api

log = logging.getLogger("cart_bedside.server")


class AdminIn(BaseModel):
    admin: str = Field(min_length=1, max_length=64)
    pin: str = Field(min_length=1, max_length=32)
    reason: str | None = Field(default=None, max_length=500)


class UserEditIn(AdminIn):
    user: dict[str, Any]


class SettingsEditIn(AdminIn):
    settings: dict[str, Any]


class SeedIn(BaseModel):
    users: list[Any] = Field(max_length=10_000)
    settings: dict[str, Any] = Field(default_factory=dict)


if TYPE_CHECKING:  # what a route receives (the dependencies are built in add())
    Conn = psycopg.Connection
    Dev = store.Device


def add(app: FastAPI, api: "Api") -> None:
    if not TYPE_CHECKING:  # FastAPI reads these; mypy the module-level names
        Conn, Dev = api.Conn, Annotated[store.Device, Depends(api.device)]

    def checked_admin(
        request: Request, conn: psycopg.Connection, dev: store.Device, body: AdminIn
    ) -> directory.Admin:
        who = request.client.host if request.client else "unknown"
        account = f"pin:{dev.ward_id}:{body.admin}"
        if store.recent_failures(conn, account, api.cfg.failure_window_s) >= (
            api.cfg.max_pin_failures
        ):
            raise api.fail(
                conn, who, 429, "account_locked", "too many wrong PINs for this admin; wait"
            )
        found = directory.check_admin(conn, dev.ward_id, body.admin, body.pin)
        if found is None:
            store.record_failure(conn, account)
            raise api.fail(conn, who, 403, "bad_admin_pin", "not an active admin with that PIN")
        return found

    def answer(conn: psycopg.Connection, dev: store.Device) -> JSONResponse:
        return JSONResponse(directory.payload(conn, dev.ward_id))

    def refused(exc: directory.DirectoryError) -> JSONResponse:
        return JSONResponse(err(exc.code, exc.message, exc.field), exc.status)

    @app.get(f"{API}/directory")
    def get_directory(dev: Dev, conn: Conn) -> JSONResponse:
        return answer(conn, dev)

    @app.post(f"{API}/directory/users")
    def edit_user(body: UserEditIn, request: Request, dev: Dev, conn: Conn) -> JSONResponse:
        admin = checked_admin(request, conn, dev, body)
        try:
            version = directory.edit_user(conn, dev, admin, body.user, body.reason)
        except directory.DirectoryError as exc:
            return refused(exc)
        log.info(
            "directory v%d: user %s changed by %s",
            version,
            body.user.get("username"),
            admin.username,
        )
        return answer(conn, dev)

    @app.post(f"{API}/directory/settings")
    def edit_settings(body: SettingsEditIn, request: Request, dev: Dev, conn: Conn) -> JSONResponse:
        admin = checked_admin(request, conn, dev, body)
        try:
            version = directory.edit_settings(conn, dev, admin, body.settings, body.reason)
        except directory.DirectoryError as exc:
            return refused(exc)
        log.info("directory v%d: settings changed by %s", version, admin.username)
        return answer(conn, dev)

    @app.post(f"{API}/directory/seed")
    def seed(body: SeedIn, dev: Dev, conn: Conn) -> JSONResponse:
        try:
            version = directory.seed(conn, dev, body.users, body.settings)
        except directory.DirectoryError as exc:
            return refused(exc)
        log.info("directory v%d: seeded by device %s", version, dev.id)
        return answer(conn, dev)
