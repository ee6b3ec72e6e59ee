"""The admin-token endpoints: ``GET /admin/devices``, ``POST /admin/devices/{id}/revoke``."""

# No ``from __future__ import annotations``: FastAPI reads these annotations at definition.
import logging
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse

from . import chains, store
from .protocol import API, SKEW_WARN_S, err

if TYPE_CHECKING:
    from .app import Api

log = logging.getLogger("cart_bedside.server")


def add(app: FastAPI, api: "Api") -> None:
    @app.get(f"{API}/admin/devices", dependencies=[Depends(api.admin)])
    def devices() -> JSONResponse:
        with api.db() as conn:
            found = store.list_devices(conn)
            audit = chains.chain_report(conn)
        for d in found:
            for key in ("enrolled_at", "revoked_at", "last_seen_at"):
                d[key] = d[key].isoformat() if d[key] else None
            skew = d["last_clock_skew_s"]
            d["clock_warning"] = skew is not None and abs(skew) > SKEW_WARN_S
            d["audit"] = audit.get(d["id"], {"chains": {}, "breaks": 0})
        return JSONResponse({"devices": found})

    @app.post(f"{API}/admin/devices/{{device_id}}/revoke", dependencies=[Depends(api.admin)])
    def revoke(device_id: str) -> JSONResponse:
        with api.db() as conn:
            done = store.revoke(conn, device_id)
        if not done:
            return JSONResponse(
                err("no_such_device", "no enrolled, unrevoked device with that id"), 404
            )
        log.info("device %s revoked", device_id)
        return JSONResponse({"revoked": device_id})
