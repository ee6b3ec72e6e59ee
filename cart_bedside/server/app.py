"""The ward server's HTTP API (FastAPI): the app, its connection pool and the checks
every request shares (rate limit, device token, admin token). The endpoints are in
``routes_sync`` (health, enrol, push, pull, anchors), ``routes_directory`` (users,
roles, PIN hashes, ward settings) and ``routes_admin`` (devices, revoke).

Every authentication failure (unknown or revoked token, wrong code, a wrong admin
PIN) is counted per client address; past ``max_auth_failures`` within
``failure_window_s`` the address gets 429 until the window passes, whatever it
sends. Tokens, codes and PINs are never logged (uvicorn's access log has no headers
or bodies).
"""

# No ``from __future__ import annotations`` here: FastAPI reads the dependencies
# (closures over the pool) from the annotations at definition time.
import logging
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from psycopg_pool import ConnectionPool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import routes_admin, routes_directory, routes_sync, store
from .protocol import err
from .push import Watermarks
from .schema import LATEST, current_version
from .timing import ServerTiming

log = logging.getLogger("cart_bedside.server")


@dataclass(frozen=True)
class ServerSettings:
    max_auth_failures: int = 10
    failure_window_s: float = 300.0
    discharged_days: float = 14.0
    pool_min: int = 1
    pool_max: int = 10
    #: Wrong admin PINs for one account (any address) before it is refused for the window.
    max_pin_failures: int = 5


@dataclass(frozen=True)
class Api:
    """What the route modules share: settings, the pool and the request checks."""

    cfg: ServerSettings
    db: Callable[[], Any]
    Conn: Any  # Annotated[psycopg.Connection, Depends(...)]: one pooled connection a request
    guard: Callable[..., str]
    fail: Callable[..., HTTPException]
    device: Callable[..., store.Device]
    admin: Callable[..., None]
    watermarks: Watermarks


def create_app(database_url: str, settings: ServerSettings | None = None) -> FastAPI:
    """The API on a connection pool to ``database_url`` (opened when the app starts)."""
    cfg = settings or ServerSettings()
    pool = ConnectionPool(
        database_url,
        min_size=cfg.pool_min,
        max_size=cfg.pool_max,
        open=False,
        kwargs={"application_name": "cart-bedside-server"},
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        pool.open(wait=True, timeout=30)
        with pool.connection() as conn:
            found = current_version(conn)
        if found != LATEST:
            pool.close()
            raise RuntimeError(
                f"the ward database has schema version {found}, this server "
                f"needs {LATEST}: run cart-bedside server init first"
            )
        yield
        pool.close()

    app = FastAPI(
        title="cart-bedside ward server",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )

    @app.exception_handler(StarletteHTTPException)
    async def _flat(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = exc.detail if isinstance(exc.detail, dict) else err("http", str(exc.detail))
        return JSONResponse(body, exc.status_code, headers=exc.headers)

    @contextmanager
    def db() -> Iterator[psycopg.Connection]:
        with pool.connection() as conn:
            yield conn

    def connection() -> Iterator[psycopg.Connection]:
        """One pooled connection per request, shared by its checks and its work."""
        with pool.connection() as conn:
            yield conn

    Conn = Annotated[psycopg.Connection, Depends(connection)]

    def source(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def limited(who: str) -> HTTPException:
        return HTTPException(
            429,
            err("rate_limited", "too many failed attempts from this address; try again later"),
            headers={"Retry-After": str(int(cfg.failure_window_s))},
        )

    def guard(request: Request, conn: Conn) -> str:
        """Refuse an address that failed authentication too often (before looking further)."""
        who = source(request)
        if store.recent_failures(conn, who, cfg.failure_window_s) >= cfg.max_auth_failures:
            raise limited(who)
        return who

    def fail(
        conn: psycopg.Connection, who: str, status: int, code: str, text: str
    ) -> HTTPException:
        store.record_failure(conn, who)
        log.warning("auth failure from %s: %s", who, code)
        return HTTPException(status, err(code, text))

    def bearer(request: Request) -> str | None:
        value = request.headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def device(request: Request, conn: Conn) -> store.Device:
        """The device of the request's token: the rate limit, then the token, one query."""
        who = source(request)
        token = bearer(request)
        found, failures = store.authenticate(conn, token or "", who, cfg.failure_window_s)
        if failures >= cfg.max_auth_failures:
            raise limited(who)
        if token is None:
            raise fail(conn, who, 401, "no_token", "send the device token: Authorization: Bearer …")
        if found == "revoked":
            raise fail(
                conn, who, 403, "device_revoked", "this device was revoked by the ward admin"
            )
        if not isinstance(found, store.Device):
            raise fail(conn, who, 401, "unknown_token", "unknown device token")
        return found

    def admin(request: Request, who: Annotated[str, Depends(guard)], conn: Conn) -> None:
        token = bearer(request)
        if not (token is not None and store.admin_ok(conn, token)):
            raise fail(conn, who, 401, "not_admin", "an admin token is needed")

    app.add_middleware(ServerTiming)
    api = Api(cfg, db, Conn, guard, fail, device, admin, Watermarks())
    routes_sync.add(app, api)
    routes_directory.add(app, api)
    routes_admin.add(app, api)
    return app
