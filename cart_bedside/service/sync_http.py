"""Talking to the ward server (SYNC-INTERFACES.md §3): JSON over HTTPS, standard library only.

The tablet runtime does not install the server extra, so this is
``urllib.request`` and ``ssl``: ``SyncTransport(server_url, token,
ca_file=None, timeout=10)``; ``.get(path, params)`` and ``.post(path, body)``
return the server's JSON object. ``path`` is under the API
(``"/pull"`` → ``<server_url>/api/v1/pull``). Failures are two exceptions:

- :class:`ServerUnreachable` — no answer (network down, DNS, refused, TLS
  failed, timeout): the device works offline and tries again later;
- :class:`ServerRefused` — the server answered 4xx/5xx; ``status``, the
  server's error ``code`` and text, and the whole ``body`` (a push refused
  with 409 lists each row's result there).

Both carry ``.message``, a catalogue :class:`Message` for the user's language.
The token goes only into the ``Authorization`` header: never into a message,
a log line or an exception.
"""

from __future__ import annotations

import http.client
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Any

from ..logic.messages import Message, msg, render
from ..logic.wire import API

if TYPE_CHECKING:
    from .ward import WardService


class SyncError(Exception):
    """A sync request that did not succeed; ``message`` says why in the catalogue."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message, "en"))
        self.message = message


class ServerUnreachable(SyncError):
    """No answer from the server (network, DNS, TLS, timeout)."""


class BadCaFile(SyncError):
    """The certificate authority file given at enrolment is gone or not a certificate."""


class ServerRefused(SyncError):
    """The server answered with an error status."""

    def __init__(self, status: int, code: str, message: str, body: dict[str, Any] | None = None):
        self.status, self.code, self.text = status, code, message
        self.body: dict[str, Any] = body or {}
        super().__init__(_refusal(status, code, message))


_CODES = {
    "device_revoked": "sync.error.revoked",
    "unknown_token": "sync.error.unknown_token",
    "no_token": "sync.error.unknown_token",
    "rate_limited": "sync.error.rate_limited",
    "bad_code": "sync.error.bad_code",
}


def _refusal(status: int, code: str, text: str) -> Message:
    if code in _CODES:
        return msg(_CODES[code])
    return msg("sync.error.refused", status=status, error=code, detail=text[:200])


def base_url(server_url: str) -> str:
    """The server's address as given (``https://host:port``), without a trailing API path."""
    url = server_url.strip().rstrip("/")
    return url[: -len(API)] if url.endswith(API) else url


class SyncTransport:
    """JSON requests to one ward server with this device's token."""

    def __init__(
        self,
        server_url: str,
        token: str | None,
        ca_file: str | None = None,
        timeout: float = 10,
    ) -> None:
        self.server_url = base_url(server_url)
        self._token = token
        self.ca_file = ca_file
        self.timeout = timeout
        self._context: ssl.SSLContext | None = None
        if self.server_url.startswith("https:"):
            try:
                self._context = ssl.create_default_context(cafile=ca_file)
            except (OSError, ssl.SSLError) as error:  # missing, unreadable, not PEM
                detail = str(getattr(error, "strerror", None) or error)[:200]
                raise BadCaFile(
                    msg("sync.error.bad_ca_file", path=ca_file, detail=detail)
                ) from None

    def __repr__(self) -> str:  # never the token
        return f"SyncTransport({self.server_url!r})"

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        query = {k: v for k, v in (params or {}).items() if v is not None}
        suffix = f"?{urllib.parse.urlencode(query)}" if query else ""
        return self._request("GET", path + suffix, None)

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
        return self._request("POST", path, data)

    def _request(self, method: str, path: str, data: bytes | None) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        request = urllib.request.Request(
            f"{self.server_url}{API}{path}", data=data, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(
                request, timeout=self.timeout, context=self._context
            ) as answer:
                return _json(answer.read(), answer.status)
        except urllib.error.HTTPError as error:
            raw = error.read() if error.fp is not None else b""
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {}
            if not isinstance(body, dict):
                body = {}
            code, text = _error_of(body, raw, error)
            raise ServerRefused(error.code, code, text, body) from None
        except (ssl.SSLError, ssl.CertificateError) as error:
            raise self._unreachable("sync.error.tls", error) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, ssl.SSLError | ssl.CertificateError):
                raise self._unreachable("sync.error.tls", reason) from None
            if isinstance(reason, TimeoutError):
                raise self._unreachable("sync.error.timeout", reason) from None
            raise self._unreachable("sync.error.unreachable", reason) from None
        except TimeoutError as error:
            raise self._unreachable("sync.error.timeout", error) from None
        except (OSError, http.client.HTTPException) as error:
            raise self._unreachable("sync.error.unreachable", error) from None

    def _unreachable(self, code: str, reason: object) -> ServerUnreachable:
        detail = str(getattr(reason, "strerror", None) or reason or type(reason).__name__)
        return ServerUnreachable(msg(code, server=self.server_url, detail=detail[:200]))


def _json(raw: bytes, status: int) -> dict[str, Any]:
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        raise ServerRefused(status, "not_json", raw[:120].decode("utf-8", "replace")) from None
    if not isinstance(body, dict):
        raise ServerRefused(status, "not_json", "the answer is not a JSON object")
    return body


def _error_of(body: dict[str, Any], raw: bytes, error: urllib.error.HTTPError) -> tuple[str, str]:
    """The server's flat ``{"error": code, "message": text}`` (or a nested object)."""
    found = body.get("error")
    if isinstance(found, dict):
        return str(found.get("code") or "http"), str(found.get("message") or "")
    if isinstance(found, str):
        return found, str(body.get("message") or "")
    first = raw[:120].decode("utf-8", "replace").splitlines()
    return "http", first[0] if first else str(error.reason)


def transport_for(ward: WardService, timeout: float = 10) -> SyncTransport | None:
    """The transport of the ward's database, or None when it is not enrolled."""
    from ..storage import sync_state
    from ..storage.sync_token import load_token

    store = ward.repo.store
    meta = sync_state.read(store)
    if not meta.get("server_url"):
        return None
    token = load_token(sync_state.database_id(store))
    if token is None:
        return None
    return SyncTransport(meta["server_url"], token, meta.get("ca_file") or None, timeout)
