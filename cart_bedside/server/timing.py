"""``Server-Timing`` on every answer: how long the server held the request (``app``: from
its arrival to the start of the answer, waits for a worker thread and a pooled
connection included) and, for a push, its database transaction (``db``). Benchmarks
read them to tell the server's time from the network's and the client's; a browser's
developer tools show them. Timings only: no token, row or address goes into them.
"""

from __future__ import annotations

import time
from typing import Any

Scope = dict[str, Any]


class ServerTiming:
    """ASGI middleware adding ``Server-Timing: app;dur=<ms>`` to each HTTP answer."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - start) * 1000
                headers = [
                    *message.get("headers", []),
                    (b"server-timing", f"app;dur={took:.1f}".encode()),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed)


def db_header(started: float) -> dict[str, str]:
    """The ``db`` timing of a transaction that began at ``started`` (``perf_counter``)."""
    return {"Server-Timing": f"db;dur={(time.perf_counter() - started) * 1000:.1f}"}
