"""The SDK's own transport: what wraps every request of the SDK's own httpx client.

It keeps the call's deadline (each attempt's timeouts no longer than the time left; the sockets
below, in `_pool`, too), bounds and decodes answers (`_bounded`), and lets no more requests into
the pool than it has connections. The other jobs live in modules of their own: the deadline
(`_deadline`), httpcore's backends (`_backends`) and pools (`_pool`), name lookups
(`_resolver`), proxies (`_proxies`), what failures become (`_failures`), and how one request is
sent, on the SDK's client or a caller's (`_sending`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._bounded import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    bound,
    check_encodings,
    last_response,
)
from ._deadline import call_deadline, clamp_timeouts, deadline_after, remaining
from ._failures import detached, gave_up, unexpected, with_clock_hint
from ._proxies import proxy_for
from .signing import scrub

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AsyncScpTransport",
    "ScpTransport",
    "build_async_transport",
    "build_transport",
    "call_deadline",
    "deadline_after",
    "detached",
    "gave_up",
    "last_response",
    "proxy_for",
    "remaining",
    "unexpected",
    "with_clock_hint",
]

DEFAULT_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=16)
"""At most 16 connections, all kept alive: 200 calls in flight share them (queued in order at
the transport's gate) instead of each opening, and closing, its own. More connections made the
load benchmark slower, not faster: every pool operation scans every connection."""


# -- the gate: no more requests in the pool than it has connections --------------------------
# httpcore's pool scans every connection for every queued request (and checks each socket), so
# its cost grows with connections times waiting requests: 200 calls queued in it for 64
# connections ran at half the rate of 50. Waiting here instead, in order, keeps it cheap.


def _gate_size(limits: httpx.Limits | None) -> int | None:
    chosen = limits or DEFAULT_LIMITS
    return chosen.max_connections


def _waited_too_long(request: httpx.Request) -> httpx.PoolTimeout:
    scrub(request)
    return httpx.PoolTimeout(
        "the call's deadline passed while waiting for a connection", request=request
    )


class ScpTransport(httpx.BaseTransport):
    """Wraps an httpx transport: deadlines on every request, bounded and decoded answers, and
    no more requests let into the pool than it has connections (`gate`: None, no gate)."""

    def __init__(
        self, inner: httpx.BaseTransport, max_response_bytes: int, gate: int | None = None
    ) -> None:
        self.inner = inner
        self.max_response_bytes = max_response_bytes
        self._gate = threading.BoundedSemaphore(gate) if gate else None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            clamp_timeouts(request)
        except httpx.TimeoutException:
            scrub(request)
            raise
        release = self._enter(request)
        response: httpx.Response | None = None
        try:
            response = self.inner.handle_request(request)
            check_encodings(request, response)
        except BaseException:
            scrub(request)
            if response is not None:
                response.close()
            release()
            raise
        return bound(response, request, self.max_response_bytes, release, False)

    def _enter(self, request: httpx.Request) -> Callable[[], None]:
        gate = self._gate
        if gate is None:
            return _nothing
        if not gate.acquire(timeout=remaining()):
            raise _waited_too_long(request)
        return gate.release

    def close(self) -> None:
        self.inner.close()


class AsyncScpTransport(httpx.AsyncBaseTransport):
    """`ScpTransport` for the async client."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, max_response_bytes: int, gate: int | None = None
    ) -> None:
        self.inner = inner
        self.max_response_bytes = max_response_bytes
        self._gate_size = gate
        self._gate: asyncio.Semaphore | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            clamp_timeouts(request)
        except httpx.TimeoutException:
            scrub(request)
            raise
        release = await self._enter(request)
        response: httpx.Response | None = None
        try:
            response = await self.inner.handle_async_request(request)
            check_encodings(request, response)
        except BaseException:
            scrub(request)
            if response is not None:
                await response.aclose()
            release()
            raise
        return bound(response, request, self.max_response_bytes, release, True)

    async def _enter(self, request: httpx.Request) -> Callable[[], None]:
        if not self._gate_size:
            return _nothing
        import asyncio  # loaded by then: the async client runs in it

        gate = self._gate
        if gate is None:
            gate = self._gate = asyncio.Semaphore(self._gate_size)
        if gate.locked():
            try:
                await asyncio.wait_for(gate.acquire(), remaining())
            except TimeoutError:
                raise _waited_too_long(request) from None
        else:
            await gate.acquire()
        return gate.release

    async def aclose(self) -> None:
        await self.inner.aclose()


def _nothing() -> None:
    pass


def build_transport(
    inner: httpx.BaseTransport | None,
    *,
    verify: Any,
    limits: httpx.Limits | None,
    proxy: httpx.Proxy | None,
    trust_env: bool,
    max_response_bytes: int,
) -> ScpTransport:
    """The SDK's transport: over `inner` (a caller's `transport=`: the deadline then holds as
    each attempt's timeouts, clamped to the time left, and as checks between the answer's
    chunks), else over an httpcore pool whose sockets keep the deadline themselves."""
    if inner is not None:
        return ScpTransport(inner, max_response_bytes)
    from ._pool import PoolTransport  # httpcore: loaded when the first client is made
    from ._resolver import LookupPool

    pool = PoolTransport(
        verify=verify,
        limits=limits or DEFAULT_LIMITS,
        proxy=proxy,
        trust_env=trust_env,
        lookups=LookupPool(),
    )
    # No gate: a thread per call in flight is rare, and a semaphore costs every call.
    return ScpTransport(pool, max_response_bytes)


def build_async_transport(
    inner: httpx.AsyncBaseTransport | None,
    *,
    verify: Any,
    limits: httpx.Limits | None,
    proxy: httpx.Proxy | None,
    trust_env: bool,
    max_response_bytes: int,
) -> AsyncScpTransport:
    if inner is not None:
        return AsyncScpTransport(inner, max_response_bytes)
    from ._pool import AsyncPoolTransport
    from ._resolver import LookupPool

    pool = AsyncPoolTransport(
        verify=verify,
        limits=limits or DEFAULT_LIMITS,
        proxy=proxy,
        trust_env=trust_env,
        lookups=LookupPool(),
    )
    return AsyncScpTransport(pool, max_response_bytes, _gate_size(limits))
