"""The sync endpoints: ``GET /health``, ``POST /enroll``, ``POST /push``, ``GET /pull``,
``POST /anchor`` and ``GET /anchor`` (see ``chains``)."""

# No ``from __future__ import annotations``: FastAPI reads these annotations at definition.
import json
import logging
import time
from typing import TYPE_CHECKING, Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, Query
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from . import chains, store
from . import pull as pulls
from . import push as pushes
from .protocol import (
    API,
    DEFAULT_PULL_ROWS,
    MAX_PULL_ROWS,
    MAX_PUSH_ROWS,
    SKEW_WARN_S,
    RowError,
    check_row,
    err,
    parse_device_time,
)
from .schema import current_version
from .timing import db_header

if TYPE_CHECKING:
    from .app import Api

log = logging.getLogger("cart_bedside.server")


class EnrollIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    device_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$")
    name: str = Field(default="", max_length=200)


class PushIn(BaseModel):
    device_time: str | None = None
    rows: list[Any] = Field(max_length=MAX_PUSH_ROWS)


class AnchorIn(BaseModel):
    chain: str = Field(min_length=1, max_length=128)
    seq: int = Field(ge=0)
    hash: str = Field(min_length=1, max_length=200)


if TYPE_CHECKING:  # what a route receives (the dependencies are built in add())
    Conn = psycopg.Connection
    Dev = store.Device


def add(app: FastAPI, api: "Api") -> None:
    if not TYPE_CHECKING:  # FastAPI reads these; mypy the module-level names
        Conn, Dev = api.Conn, Annotated[store.Device, Depends(api.device)]

    @app.get(f"{API}/health")
    def health() -> JSONResponse:
        try:
            with api.db() as conn:
                version = current_version(conn)
                conn.commit()
        except psycopg.Error as exc:
            return JSONResponse({"status": "error", "database": type(exc).__name__}, 503)
        return JSONResponse({"status": "ok", "schema_version": version})

    @app.post(f"{API}/enroll")
    def enroll(body: EnrollIn, who: Annotated[str, Depends(api.guard)], conn: Conn) -> JSONResponse:
        try:
            made = store.enroll(conn, body.code, body.device_id, body.name)
        except store.DeviceExistsError:
            return JSONResponse(
                err(
                    "device_exists",
                    "that device id is already enrolled; revoke it or enroll without device_id",
                ),
                409,
            )
        if made is None:
            raise api.fail(conn, who, 401, "bad_code", "unknown, used or expired enrolment code")
        dev, token = made
        log.info("device %s enrolled as %s", dev.id, dev.role)
        return JSONResponse({"device_id": dev.id, "role": dev.role, "token": token})

    @app.post(f"{API}/push")
    def push(body: PushIn, dev: Dev, conn: Conn) -> JSONResponse:
        try:
            when = parse_device_time(body.device_time)
            rows = [check_row(i, raw) for i, raw in enumerate(body.rows)]
            entries = {
                r.id: chains.entry_of(i, r, json.loads(r.content))
                for i, r in enumerate(rows)
                if r.table == "audit_log"
            }
        except (RowError, chains.ChainError) as exc:
            return JSONResponse(
                err("invalid_row", exc.message, f"rows[{exc.index}].{exc.field}".rstrip(".")), 422
            )
        except ValueError as exc:
            return JSONResponse(err("invalid_device_time", str(exc), "device_time"), 422)
        audit: list[dict[str, Any]] = []

        def check_chains(c: psycopg.Connection, result: pushes.PushResult) -> None:
            new = [entries[r.id] for r in result.new_rows if r.table == "audit_log"]
            audit.extend(chains.check_on_receipt(c, dev, new))

        started = time.perf_counter()
        result = pushes.push(conn, dev, rows, when, before_commit=check_chains)
        timing = db_header(started)
        out: dict[str, Any] = {
            "stored": result.stored,
            "duplicates": result.duplicates,
            "conflicts": result.conflicts,
            "receipt": result.receipt,
            "clock_skew_s": result.clock_skew_s,
            "results": result.results,
        }
        if audit:
            out["audit_chains"] = audit
        skew = result.clock_skew_s
        if skew is not None and abs(skew) > SKEW_WARN_S:
            side = "ahead of" if skew > 0 else "behind"
            out["clock_warning"] = f"device clock is {abs(skew) / 60:.1f} min {side} the server"
            log.warning("device %s: %s", dev.id, out["clock_warning"])
        if result.conflicts:
            log.warning("device %s pushed %d conflicting row(s)", dev.id, result.conflicts)
        return JSONResponse(out, 409 if result.conflicts else 200, headers=timing)

    @app.get(f"{API}/pull")
    def pull(
        dev: Dev,
        conn: Conn,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_ROWS)] = DEFAULT_PULL_ROWS,
        discharged_days: Annotated[float | None, Query(ge=0, le=36500)] = None,
        episode: Annotated[str | None, Query(max_length=128)] = None,
    ) -> Response:
        days = api.cfg.discharged_days if discharged_days is None else discharged_days
        high = api.watermarks.get(conn, dev.ward_id)
        page = pulls.pull(conn, dev, cursor, limit, days, episode, high=high)
        return Response(page.to_json(), media_type="application/json")

    @app.post(f"{API}/anchor")
    def anchor(body: AnchorIn, dev: Dev, conn: Conn) -> JSONResponse:
        try:
            chains.put_anchor(conn, dev, body.chain, body.seq, body.hash)
        except chains.AnchorRewound as exc:
            log.warning("device %s: anchor refused: %s", dev.id, exc.message)
            body_out = err("anchor_rewound", exc.message)
            return JSONResponse({**body_out, "held": exc.held}, 409)
        return JSONResponse({"chain": body.chain, "seq": body.seq, "hash": body.hash})

    @app.get(f"{API}/anchor")
    def anchors(dev: Dev, conn: Conn) -> JSONResponse:
        return JSONResponse({"anchors": chains.anchors(conn, dev)})
