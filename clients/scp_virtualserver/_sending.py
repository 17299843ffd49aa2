"""How one request of the SDK is sent: everything the SDK needs applied per request, nothing
installed on the httpx client.

An httpx client given as `http_client=` is the caller's: it is used, never changed (its
base_url, auth, headers, event hooks and transport stay as they were, and its own requests go
out exactly as before). So a request is built here with the endpoint's absolute URL and the
SDK's own headers (the client's base_url and default headers never apply: `Client.send` does
not merge them), signed by the SDK's `ScpAuth` given to `send` for this request alone, never
redirected (`follow_redirects=False`, and a 3xx is a `RedirectError`), its timeouts clamped to
the call's deadline, and its answer bounded and decoded (`_bounded`).

On a caller's client (or over a caller's `transport=`) the SDK cannot own the pool, so the
deadline holds as each attempt's
timeouts clamped to the time left, chunk checks on the answer's body, and: for the async client,
`asyncio.timeout` over the attempt; for the sync one, a watchdog that shuts the connections the
attempt opened when the deadline passes (httpcore's public `trace` extension names them).

Signed plain http never leaves loopback: on a plain-http endpoint, the same `trace` refuses
any connection to a host off this machine (a proxy mounted on a caller's client or transport)
before a byte of the request is written. A transport that is not httpcore's sends no trace
events: over one, neither the watchdog nor this guard can act.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._bounded import ACCEPT_ENCODING, bound, check_encodings
from ._deadline import clamp_timeouts, remaining
from ._proxies import is_loopback
from .errors import InvalidParameterError, RedirectError, parse_detail
from .signing import ScpAuth, scrub

__all__ = ["Sender"]

_CONNECTED = ("connection.connect_tcp.complete", "connection.start_tls.complete")
_CONNECTING = ("connection.connect_tcp.started",)
_SENDING = ("http11.send_request_headers.started", "http2.send_request_headers.started")


class Sender:
    """Sends a client's requests: `build` one, then `send` (or `send_async`) it.

    `owned`: the httpx client is the SDK's own (its transport bounds answers already);
    `own_pool`: and so are the connections below it (their sockets keep the deadline, and no
    proxy but the one checked when the client was made). A caller's `transport=` is not."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        *,
        endpoint: str,
        auth: ScpAuth,
        timeout: httpx.Timeout,
        user_agent: str,
        max_response_bytes: int,
        owned: bool,
        own_pool: bool,
    ) -> None:
        self.http = http
        self.endpoint = httpx.URL(endpoint)
        self.auth = auth
        self.timeout = timeout.as_dict()
        self.headers = {"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        self.max_response_bytes = max_response_bytes
        self.owned = owned
        self.own_pool = own_pool
        self._base = str(self.endpoint).rstrip("/")
        self._plain = self.endpoint.scheme == "http"

    # -- building -------------------------------------------------------------------------------

    def build(
        self,
        method: str,
        url: str,
        *,
        api_version: str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> httpx.Request:
        """A request to `url` (a path, "/v1/servers") on the endpoint, with the SDK's headers
        and `Scp-Api-Version` (`api_version` "1.3"); `options` as `httpx.Request` takes them
        (params, json, content)."""
        if not url.startswith("/"):
            raise InvalidParameterError(f"a request path must start with '/', not {url!r}")
        merged = {**self.headers, **(headers or {})}
        if api_version is not None:
            merged["Scp-Api-Version"] = f"virtualserver {api_version}"
        return httpx.Request(method, self._base + url, headers=merged, **options)

    def _prepare(self, request: httpx.Request) -> list[Any]:
        """Per attempt: the timeouts (clamped to the time left); on a caller's client, the
        loopback guard; returns the list the trace fills with the streams it connected."""
        if (request.url.scheme, request.url.host, request.url.port) != (
            self.endpoint.scheme,
            self.endpoint.host,
            self.endpoint.port,
        ):
            raise InvalidParameterError(
                f"a signed request goes to its endpoint only, not to {request.url.host}"
            )
        request.extensions["timeout"] = dict(self.timeout)
        clamp_timeouts(request)
        streams: list[Any] = []
        if self.own_pool:  # checked when made, and its sockets keep the deadline
            return streams
        plain = self._plain

        def trace(event: str, info: Mapping[str, Any]) -> None:
            if event in _CONNECTED:
                streams.append(info.get("return_value"))
            elif plain and event in _CONNECTING:
                _refuse_off_loopback(str(info.get("host", "")), request)
            elif plain and event in _SENDING:
                sent = info.get("request")
                host = getattr(getattr(sent, "url", None), "host", b"")
                _refuse_off_loopback(host.decode("ascii", "replace"), request)

        async def async_trace(event: str, info: Mapping[str, Any]) -> None:
            trace(event, info)

        asynchronous = isinstance(self.http, httpx.AsyncClient)
        request.extensions["trace"] = async_trace if asynchronous else trace
        return streams

    # -- sending --------------------------------------------------------------------------------

    def send(self, request: httpx.Request) -> httpx.Response:
        """Sends a request (sync client), reads its answer whole, and returns it: any status
        but a 3xx, which is a RedirectError."""
        assert isinstance(self.http, httpx.Client)
        streams = self._prepare(request)
        watchdog = None if self.own_pool else _watch(streams)
        try:
            response = self.http.send(request, auth=self.auth, follow_redirects=False, stream=True)
            try:
                self._checked(response)
                response.read()
            finally:
                response.close()
        except BaseException:
            scrub(request)
            raise
        finally:
            if watchdog is not None:
                watchdog.cancel()
        return response

    async def send_async(self, request: httpx.Request) -> httpx.Response:
        """`send` for the async client."""
        assert isinstance(self.http, httpx.AsyncClient)
        self._prepare(request)
        try:
            async with _within(None if self.own_pool else remaining()):
                response = await self.http.send(
                    request, auth=self.auth, follow_redirects=False, stream=True
                )
                try:
                    self._checked(response)
                    await response.aread()
                finally:
                    await response.aclose()
        except TimeoutError:
            scrub(request)
            raise httpx.ReadTimeout("the call's deadline passed", request=request) from None
        except BaseException:
            scrub(request)
            raise
        return response

    def _checked(self, response: httpx.Response) -> None:
        if not self.owned:  # the SDK's own transport did this already
            check_encodings(response.request, response)
            bound(
                response,
                response.request,
                self.max_response_bytes,
                _nothing,
                isinstance(self.http, httpx.AsyncClient),
            )
        if 300 <= response.status_code < 400:
            raise _redirect(response)


def _refuse_off_loopback(host: str, request: httpx.Request) -> None:
    if not is_loopback(host):
        raise InvalidParameterError(
            f"{request.method} {request.url.path}: the endpoint {request.url.host} is plain http "
            f"(allowed on loopback only), and the httpx client would carry its signed request "
            f"to {host}, off this machine (a proxy of the client's?); nothing was sent. Use an "
            "https endpoint, or an httpx client without a proxy for it"
        )


def _redirect(response: httpx.Response) -> RedirectError:
    """A 3xx: never followed, never repeated; the error names the status and the Location."""
    request = response.request
    location = response.headers.get("Location")
    try:
        body = response.read()
    except (httpx.HTTPError, RuntimeError):
        body = b""
    where = f" to {location}" if location else " (no Location)"
    return RedirectError(
        response.status_code,
        parse_detail(body),
        body,
        location=location,
        headers=response.headers,
        message=(
            f"{request.method} {request.url.path}: the service answered {response.status_code}, "
            f"a redirect{where}; a signed request is never redirected, and this one was not "
            "followed nor sent again"
        ),
    )


def _within(seconds: float | None) -> contextlib.AbstractAsyncContextManager[object]:
    """`asyncio.timeout(seconds)`; no bound for None. asyncio is imported here, by the async
    client's calls only: the sync client does not pay for it."""
    if seconds is None:
        return contextlib.nullcontext()
    import asyncio

    return asyncio.timeout(max(seconds, 0.0))


def _watch(streams: list[Any]) -> threading.Timer | None:
    """At the deadline, shuts the sockets this attempt connected: a read that waits on one
    (a server trickling its headers) then ends at once."""
    left = remaining()
    if left is None:
        return None
    timer = threading.Timer(max(left, 0.0), _shut, (streams,))
    timer.daemon = True
    timer.start()
    return timer


def _shut(streams: list[Any]) -> None:
    for stream in streams:
        found = getattr(stream, "get_extra_info", None)
        sock: Callable[..., Any] | None = found
        if sock is None:
            continue
        raw = sock("socket")
        if isinstance(raw, socket.socket):
            with contextlib.suppress(OSError):
                raw.shutdown(socket.SHUT_RDWR)


def _nothing() -> None:
    pass
