"""The ward server's HTTP API (FastAPI). Endpoints under ``/api/v1``:

- ``GET  /health`` — the server and its database answer (no authentication).
- ``POST /enroll`` — a one-time code → a device id and its token (shown once).
- ``POST /push`` — a page of rows (device token); 200, or 409 when any row has
  the same id as a held row but other content (reported per row).
- ``GET  /pull`` — rows after a cursor (device token); ``episode=`` for history.
- ``GET  /admin/devices``, ``POST /admin/devices/{id}/revoke`` — admin token.

Every authentication failure (unknown or revoked token, wrong code) is counted
per client address; past ``max_auth_failures`` within ``failure_window_s`` the
address gets 429 until the window passes, whatever it sends. Tokens and codes
are never logged (uvicorn's access log has no headers or bodies).
"""

# No ``from __future__ import annotations`` here: FastAPI reads the dependencies
# (closures over the pool) from the annotations at definition time.
import logging
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from psycopg_pool import ConnectionPool
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import pull as pulls
from . import store
from .protocol import (
    API,
    DEFAULT_PULL_ROWS,
    MAX_PULL_ROWS,
    MAX_PUSH_ROWS,
    SKEW_WARN_S,
    RowError,
    check_row,
    parse_device_time,
)
from .schema import LATEST, current_version

log = logging.getLogger("cart_bedside.server")


@dataclass(frozen=True)
class ServerSettings:
    max_auth_failures: int = 10
    failure_window_s: float = 300.0
    discharged_days: float = 14.0
    pool_min: int = 1
    pool_max: int = 10


class EnrollIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    device_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$")
    name: str = Field(default="", max_length=200)


class PushIn(BaseModel):
    device_time: str | None = None
    rows: list[Any] = Field(max_length=MAX_PUSH_ROWS)


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
        body = exc.detail if isinstance(exc.detail, dict) else _err("http", str(exc.detail))
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

    def guard(request: Request, conn: Conn) -> str:
        """Refuse an address that failed authentication too often (before looking further)."""
        who = source(request)
        if store.recent_failures(conn, who, cfg.failure_window_s) >= cfg.max_auth_failures:
            raise HTTPException(
                429,
                _err("rate_limited", "too many failed attempts from this address; try again later"),
                headers={"Retry-After": str(int(cfg.failure_window_s))},
            )
        return who

    def fail(
        conn: psycopg.Connection, who: str, status: int, code: str, text: str
    ) -> HTTPException:
        store.record_failure(conn, who)
        log.warning("auth failure from %s: %s", who, code)
        return HTTPException(status, _err(code, text))

    def bearer(request: Request) -> str | None:
        value = request.headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def device(request: Request, who: Annotated[str, Depends(guard)], conn: Conn) -> store.Device:
        token = bearer(request)
        if token is None:
            raise fail(conn, who, 401, "no_token", "send the device token: Authorization: Bearer …")
        found = store.authenticate(conn, token)
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

    _routes(app, db, Conn, cfg, guard, fail, device, admin)
    return app


def _routes(
    app: FastAPI,
    db: Callable,
    Conn: Any,
    cfg: ServerSettings,
    guard: Callable,
    fail: Callable,
    device: Callable,
    admin: Callable,
) -> None:
    @app.get(f"{API}/health")
    def health() -> JSONResponse:
        try:
            with db() as conn:
                version = current_version(conn)
                conn.commit()
        except psycopg.Error as exc:
            return JSONResponse({"status": "error", "database": type(exc).__name__}, 503)
        return JSONResponse({"status": "ok", "schema_version": version})

    @app.post(f"{API}/enroll")
    def enroll(body: EnrollIn, who: Annotated[str, Depends(guard)], conn: Conn) -> JSONResponse:
        try:
            made = store.enroll(conn, body.code, body.device_id, body.name)
        except store.DeviceExistsError:
            return JSONResponse(
                _err(
                    "device_exists",
                    "that device id is already enrolled; revoke it or enroll without device_id",
                ),
                409,
            )
        if made is None:
            raise fail(conn, who, 401, "bad_code", "unknown, used or expired enrolment code")
        dev, token = made
        log.info("device %s enrolled as %s", dev.id, dev.role)
        return JSONResponse({"device_id": dev.id, "role": dev.role, "token": token})

    @app.post(f"{API}/push")
    def push(
        body: PushIn, dev: Annotated[store.Device, Depends(device)], conn: Conn
    ) -> JSONResponse:
        try:
            when = parse_device_time(body.device_time)
            rows = [check_row(i, raw) for i, raw in enumerate(body.rows)]
        except RowError as exc:
            return JSONResponse(
                _err("invalid_row", exc.message, f"rows[{exc.index}].{exc.field}".rstrip(".")), 422
            )
        except ValueError as exc:
            return JSONResponse(_err("invalid_device_time", str(exc), "device_time"), 422)
        result = store.push(conn, dev, rows, when)
        out: dict[str, Any] = {
            "stored": result.stored,
            "duplicates": result.duplicates,
            "conflicts": result.conflicts,
            "receipt": result.receipt,
            "clock_skew_s": result.clock_skew_s,
            "results": result.results,
        }
        skew = result.clock_skew_s
        if skew is not None and abs(skew) > SKEW_WARN_S:
            side = "ahead of" if skew > 0 else "behind"
            out["clock_warning"] = f"device clock is {abs(skew) / 60:.1f} min {side} the server"
            log.warning("device %s: %s", dev.id, out["clock_warning"])
        if result.conflicts:
            log.warning("device %s pushed %d conflicting row(s)", dev.id, result.conflicts)
        return JSONResponse(out, 409 if result.conflicts else 200)

    @app.get(f"{API}/pull")
    def pull(
        dev: Annotated[store.Device, Depends(device)],
        conn: Conn,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_ROWS)] = DEFAULT_PULL_ROWS,
        discharged_days: Annotated[float | None, Query(ge=0, le=36500)] = None,
        episode: Annotated[str | None, Query(max_length=128)] = None,
    ) -> Response:
        days = cfg.discharged_days if discharged_days is None else discharged_days
        page = pulls.pull(conn, dev, cursor, limit, days, episode)
        return Response(page.to_json(), media_type="application/json")

    @app.get(f"{API}/admin/devices", dependencies=[Depends(admin)])
    def devices() -> JSONResponse:
        with db() as conn:
            found = store.list_devices(conn)
        for d in found:
            for key in ("enrolled_at", "revoked_at", "last_seen_at"):
                d[key] = d[key].isoformat() if d[key] else None
            skew = d["last_clock_skew_s"]
            d["clock_warning"] = skew is not None and abs(skew) > SKEW_WARN_S
        return JSONResponse({"devices": found})

    @app.post(f"{API}/admin/devices/{{device_id}}/revoke", dependencies=[Depends(admin)])
    def revoke(device_id: str) -> JSONResponse:
        with db() as conn:
            done = store.revoke(conn, device_id)
        if not done:
            return JSONResponse(
                _err("no_such_device", "no enrolled, unrevoked device with that id"), 404
            )
        log.info("device %s revoked", device_id)
        return JSONResponse({"revoked": device_id})


def _err(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    out = {"error": code, "message": message}
    if field:
        out["field"] = field
    return out
