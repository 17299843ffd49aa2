"""The bounds every call keeps: a deadline over all its work, and a size limit on its answers.

The deadline of the running call sits in a context variable, set by the clients for each call.
Every socket operation below httpx (connecting, TLS, each read and each write, the wait for a
pooled connection) gets at most the time left, so a server that trickles a byte every few seconds
cannot hold a call past its deadline. Answers are counted while they stream and decoded here,
with a bounded decompressor: a gzip bomb never inflates past the limit, and httpx only ever sees
identity-encoded bodies.
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from .errors import (
    ApiError,
    DeadlineExceededError,
    MalformedResponseError,
    NetworkError,
    ResponseTooLargeError,
    ScpError,
    Unauthorized,
)

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AsyncScpTransport",
    "ScpTransport",
    "deadline_after",
    "remaining",
]

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""8 MiB: a page of a thousand servers is about 2 MiB."""

DEFAULT_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=16)
"""At most 16 connections, all kept alive: 200 calls in flight share them (queued in order at
the transport's gate) instead of each opening, and closing, its own. More connections made the
load benchmark slower, not faster: every pool operation scans every connection."""

ACCEPT_ENCODING = "gzip, deflate"
"""The encodings decoded here (with a bounded decompressor); the only ones asked for."""

KEPT_BYTES = 4096
"""How much of an answer over the limit, or one that does not decode, its error keeps."""

call_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "scp_call_deadline", default=None
)
"""`time.monotonic()` by which the running call must be over; None outside calls."""

last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "scp_last_response", default=None
)
"""The latest answer this context received, for errors raised after httpx handed it over."""


def remaining() -> float | None:
    """Seconds left of the running call, None if no call is running."""
    deadline = call_deadline.get()
    return None if deadline is None else deadline - time.monotonic()


class deadline_after:  # lower case: it reads as a function, `with deadline_after(5.0):`
    """Runs the block under a deadline `seconds` from now (or the running call's, if sooner).

    A class, not a @contextmanager: it is entered on every call."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        outer = call_deadline.get()
        self._deadline = deadline if outer is None else min(deadline, outer)

    def __enter__(self) -> float:
        self._token = call_deadline.set(self._deadline)
        return self._deadline

    def __exit__(self, *_: object) -> None:
        call_deadline.reset(self._token)


def _clamp(timeout: float | None, kind: str) -> float | None:
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        import httpcore  # loaded by then: httpx imports it on its first request

        expired = {"read": httpcore.ReadTimeout, "write": httpcore.WriteTimeout}
        raise expired.get(kind, httpcore.ConnectTimeout)("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


# -- socket operations: each within the time left ---------------------------------------------
# httpcore's network backend interfaces, by duck typing: subclassing them would import httpcore
# with this package, which httpx itself only does on first use.


class _DeadlineStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _clamp(timeout, "read"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, "write"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _DeadlineStream:
        clamped = _clamp(timeout, "connect")
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, clamped))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        import httpcore  # loaded by then: httpx imports it on its first request

        if remaining() is None:  # not one of the SDK's calls (a caller's own httpx client)
            stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
            return _DeadlineStream(stream)
        addresses = _resolve(host, port, _clamp(timeout, "connect"))
        for address in addresses[:-1]:  # each in turn, as socket.create_connection does
            try:
                stream = self._backend.connect_tcp(
                    address, port, _clamp(timeout, "connect"), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
            return _DeadlineStream(stream)
        clamped = _clamp(timeout, "connect")
        stream = self._backend.connect_tcp(
            addresses[-1], port, clamped, local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _DeadlineStream:
        clamped = _clamp(timeout, "connect")
        return _DeadlineStream(self._backend.connect_unix_socket(path, clamped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses of `host`, looked up within `timeout`. A blocking client cannot stop
    getaddrinfo, which waits as long as the system's resolver does (30 s and more when a DNS
    server does not answer); so it runs in a thread of its own, and the call waits for it no
    longer than its deadline allows. The async client's backend does the same by itself."""
    import httpcore  # loaded by then: httpx imports it on its first request

    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [host]
    found: list[Any] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as error:  # OSError; UnicodeError for a label of over 63 characters
            found.append(error)
        finally:
            done.set()

    threading.Thread(target=look_up, name=f"scp-resolve-{host}", daemon=True).start()
    if not done.wait(timeout):
        raise httpcore.ConnectTimeout(f"looking up {host} took longer than the call's time left")
    result = found[0]
    if isinstance(result, Exception):
        raise httpcore.ConnectError(f"cannot look up {host}: {result}")
    addresses = list(dict.fromkeys(str(entry[4][0]) for entry in result))
    if not addresses:
        raise httpcore.ConnectError(f"{host} has no address")
    return addresses


class _AsyncDeadlineStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, _clamp(timeout, "read"))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _clamp(timeout, "write"))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncDeadlineStream:
        clamped = _clamp(timeout, "connect")
        stream = await self._stream.start_tls(ssl_context, server_hostname, clamped)
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncDeadlineBackend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _AsyncDeadlineStream:
        clamped = _clamp(timeout, "connect")
        stream = await self._backend.connect_tcp(host, port, clamped, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _AsyncDeadlineStream:
        clamped = _clamp(timeout, "connect")
        stream = await self._backend.connect_unix_socket(path, clamped, socket_options)
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _install_deadlines(transport: object, wrapper: Any) -> bool:
    """Puts the deadline backend under an httpx transport's connection pool, before it has
    made any connection. httpx has no public way to do it; where it cannot be done, the chunk
    checks of the answer streams still bound the call (less tightly)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        return False
    pool._network_backend = wrapper(backend)  # type: ignore[union-attr]
    return True


# -- what errors keep ----------------------------------------------------------------------------

SIGNATURE_HEADERS = ("Scp-Signature", "Scp-Accesskey")


def scrub(request: httpx.Request) -> None:
    """Takes the signature off a request that an error may keep (as `__cause__.request`, or in
    a traceback's frames): a signature is valid for minutes. Done on the error paths only, as
    httpx's header lookups are not cheap; a request that succeeded is dropped with its answer."""
    for name in SIGNATURE_HEADERS:
        request.headers.pop(name, None)


def detached(error: httpx.TransportError) -> httpx.TransportError:
    """The error, without the signature on its request and without the frames below it (whose
    locals hold httpcore's copy of the headers)."""
    with contextlib.suppress(RuntimeError):  # RuntimeError: no request attached
        scrub(error.request)
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def unexpected(error: BaseException, line: str) -> ScpError:
    """The typed error for what an attempt raised that is neither an answer nor a transport
    failure: an answer httpx could not decode, JSON nested too deeply, a misused httpx client."""
    response = last_response.get()
    if response is not None:
        with contextlib.suppress(RuntimeError):
            scrub(response.request)
    if response is not None and isinstance(error, RecursionError | httpx.DecodingError):
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        why = (
            "nests too deeply to parse"
            if isinstance(error, RecursionError)
            else "cannot be decoded"
        )
        return MalformedResponseError(
            response.status_code,
            None,
            content,
            headers=response.headers,
            message=f"{line}: the {response.status_code} answer {why} ({type(error).__name__})",
        )
    return NetworkError(f"{line}: {type(error).__name__}: {error}", may_have_reached=True)


def gave_up(
    error: httpx.TransportError,
    line: str,
    attempts: int,
    reached: bool,
    last_error: ApiError | None = None,
) -> NetworkError:
    """The NetworkError that ends a call: saying whether the deadline ended it, whether the
    request may have reached the service (False only if no attempt ever made a connection), and
    what the last answer of an earlier attempt was, if there was one."""
    from .retry import NEVER_SENT

    reached = reached or not isinstance(error, NEVER_SENT)
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    reach = "may have reached the service" if reached else "never reached the service"
    last = f"; the last answer was {last_error.status_code}" if last_error is not None else ""
    left = remaining()
    if left is not None and left <= DEADLINE_SLACK:
        return DeadlineExceededError(
            f"{line}: the call's time budget ran out{tries} ({type(error).__name__}: {error}); "
            f"the request {reach}{last}",
            may_have_reached=reached,
            last_error=last_error,
        )
    return NetworkError(
        f"{line} failed{tries}: {type(error).__name__}: {error}; the request {reach}{last}",
        may_have_reached=reached,
        last_error=last_error,
    )


DEADLINE_SLACK = 0.01
"""Seconds before the deadline at which a timed-out attempt counts as the deadline's doing."""

ALLOWED_CLOCK_SKEW = 300.0
"""Seconds SCP lets a request's Scp-Timestamp differ from its own clock."""


def with_clock_hint(error: ApiError, now: float | None = None) -> ApiError:
    """A 401 whose answer's Date is far from this machine's clock says so, with the difference:
    SCP refuses a Scp-Timestamp more than 300 s off, and says only "401"."""
    if error.status_code != 401:
        return error
    date = next((value for name, value in error.headers.items() if name.lower() == "date"), None)
    if not date:
        return error
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(date)
        skew = (time.time() if now is None else now) - when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return error
    if when.tzinfo is None or abs(skew) <= ALLOWED_CLOCK_SKEW:
        return error
    direction = "ahead of" if skew > 0 else "behind"
    if isinstance(error, Unauthorized):
        error.clock_skew = skew
    message = error.args[0] if error.args else str(error)
    error.args = (
        f"{message} (this machine's clock is {abs(skew):.0f} s {direction} the service's, by "
        f"its Date header; SCP refuses requests more than {ALLOWED_CLOCK_SKEW:.0f} s off: set "
        "this machine's clock, for example with NTP)",
    )
    return error


# -- the transports ---------------------------------------------------------------------------


def _clamp_timeouts(request: httpx.Request) -> None:
    """The request's httpx timeouts, none longer than the time left (for the pool's wait)."""
    left = remaining()
    if left is None:
        return
    if left <= 0:
        scrub(request)
        raise httpx.ConnectTimeout("the call's deadline passed before sending", request=request)
    timeouts = dict(request.extensions.get("timeout") or {})
    for name in ("connect", "read", "write", "pool"):
        value = timeouts.get(name)
        timeouts[name] = left if value is None else min(value, left)
    request.extensions["timeout"] = timeouts


class _Inflater:
    """One content encoding, undone with a bounded output per call."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._first = True
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(wbits)

    def feed(self, data: bytes, allowance: int) -> bytes:
        """At most `allowance + 1` bytes of output: one more than allowed means "too large"."""
        if self._inflate.eof:
            return b""  # trailing bytes after the end of the stream are ignored, as httpx does
        first, self._first = self._first, False
        try:
            return self._inflate.decompress(data, allowance + 1)
        except zlib.error:
            if not (first and self.encoding == "deflate"):
                raise
            # "deflate" is sent both with and without its zlib header: try it raw.
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._inflate.decompress(data, allowance + 1)


class _Reader:
    """Counts, decodes and times one answer's body; shared by the sync and async streams."""

    def __init__(self, request: httpx.Request, response: httpx.Response, limit: int) -> None:
        self.request = request
        self.status = response.status_code
        self.limit = limit
        encoded = "content-encoding" in response.headers
        encodings = _encodings(response.headers) if encoded else []
        self.inflaters = [_Inflater(name) for name in reversed(encodings)]
        # As sent (errors keep them), before the encoding is taken off the answer's own headers.
        self.headers = response.headers.copy() if encoded else response.headers
        self.raw_count = 0
        self.count = 0
        self.kept = bytearray()

    def take(self, raw: bytes) -> bytes:
        left = remaining()
        if left is not None and left <= 0:
            scrub(self.request)
            raise httpx.ReadTimeout(
                "the call's deadline passed while reading the answer", request=self.request
            )
        self.raw_count += len(raw)
        if self.raw_count > self.limit:
            self._keep(raw if not self.inflaters else b"")
            raise self._too_large()
        data = raw
        for inflater in self.inflaters:
            try:
                data = inflater.feed(data, self.limit - self.count)
            except zlib.error as problem:
                raise self._undecodable(inflater.encoding, raw, problem) from None
        self.count += len(data)
        self._keep(data)
        if self.count > self.limit:
            raise self._too_large()
        return data

    def _keep(self, data: bytes) -> None:
        if len(self.kept) < KEPT_BYTES:
            self.kept += data[: KEPT_BYTES - len(self.kept)]

    def _line(self) -> str:
        return f"{self.request.method} {self.request.url.path}"

    def _too_large(self) -> ResponseTooLargeError:
        scrub(self.request)
        counted = "after decompression " if self.inflaters else ""
        return ResponseTooLargeError(
            self.status,
            bytes(self.kept),
            limit=self.limit,
            headers=self.headers,
            message=(
                f"{self._line()}: the {self.status} answer is longer than {self.limit} bytes "
                f"{counted}(max_response_bytes); reading stopped there, and its first "
                f"{len(self.kept)} bytes are kept in .body"
            ),
        )

    def _undecodable(self, encoding: str, raw: bytes, problem: Exception) -> MalformedResponseError:
        scrub(self.request)
        return MalformedResponseError(
            self.status,
            None,
            raw[:KEPT_BYTES],
            headers=self.headers,
            message=(
                f"{self._line()}: the {self.status} answer says Content-Encoding {encoding} "
                f"but does not decode as {encoding} ({problem}); its first bytes are in .body"
            ),
        )


def _encodings(headers: httpx.Headers) -> list[str]:
    names = [
        name.strip().lower()
        for name in headers.get_list("content-encoding", split_commas=True)
        if name.strip()
    ]
    return [name for name in names if name != "identity"]


def _check_encodings(request: httpx.Request, response: httpx.Response) -> None:
    if "content-encoding" not in response.headers:
        return
    for name in _encodings(response.headers):
        if name not in ("gzip", "x-gzip", "deflate"):
            raise MalformedResponseError(
                response.status_code,
                None,
                b"",
                headers=response.headers,
                message=(
                    f"{request.method} {request.url.path}: the {response.status_code} answer is "
                    f"encoded as {name!r}, which this client did not ask for "
                    f"(Accept-Encoding: {ACCEPT_ENCODING})"
                ),
            )


def _bound(
    response: httpx.Response,
    request: httpx.Request,
    limit: int,
    release: Callable[[], None],
    asynchronous: bool,
) -> httpx.Response:
    """The answer, its body counted and decoded as it streams (httpx then sees identity)."""
    reader = _Reader(request, response, limit)
    if reader.inflaters:
        del response.headers["content-encoding"]
        response.headers.pop("content-length", None)
    stream = response.stream  # some streams (httpx.ByteStream) are both sync and async
    if asynchronous:
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _AsyncBoundedStream(stream, reader, release)
    else:
        assert isinstance(stream, httpx.SyncByteStream)
        response.stream = _BoundedStream(stream, reader, release)
    last_response.set(response)
    return response


class _BoundedStream(httpx.SyncByteStream):
    def __init__(
        self, inner: httpx.SyncByteStream, reader: _Reader, release: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._reader = reader
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._inner:
            data = self._reader.take(raw)
            if data:
                yield data

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    def __init__(
        self, inner: httpx.AsyncByteStream, reader: _Reader, release: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._reader = reader
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for raw in self._inner:
            data = self._reader.take(raw)
            if data:
                yield data

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


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
        self.deadlines_below = _install_deadlines(inner, _DeadlineBackend)
        self._gate = threading.BoundedSemaphore(gate) if gate else None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _clamp_timeouts(request)
        release = self._enter(request)
        response: httpx.Response | None = None
        try:
            response = self.inner.handle_request(request)
            _check_encodings(request, response)
        except BaseException:
            scrub(request)
            if response is not None:
                response.close()
            release()
            raise
        return _bound(response, request, self.max_response_bytes, release, False)

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
        self.deadlines_below = _install_deadlines(inner, _AsyncDeadlineBackend)
        self._gate_size = gate
        self._gate: asyncio.Semaphore | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _clamp_timeouts(request)
        release = await self._enter(request)
        response: httpx.Response | None = None
        try:
            response = await self.inner.handle_async_request(request)
            _check_encodings(request, response)
        except BaseException:
            scrub(request)
            if response is not None:
                await response.aclose()
            release()
            raise
        return _bound(response, request, self.max_response_bytes, release, True)

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


# -- building them ------------------------------------------------------------------------------


def proxy_for(endpoint: str, proxy: object, trust_env: bool) -> httpx.Proxy | None:
    """The proxy to send through: the one asked for, else (with trust_env) the environment's.

    Refused: a plain-http endpoint (loopback only) through a proxy that is not on loopback, which
    would carry signed requests in clear text off this machine.
    """
    from .errors import InvalidParameterError

    source = "proxy"
    if proxy is None and trust_env:
        proxy, source = _environment_proxy(endpoint)
    if proxy is None:
        return None
    if not isinstance(proxy, str | httpx.URL | httpx.Proxy):
        raise InvalidParameterError(
            f"proxy must be a URL or an httpx.Proxy, not {type(proxy).__name__}"
        )
    try:
        chosen = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)
    except (ValueError, httpx.InvalidURL) as problem:
        raise InvalidParameterError(f"{source} is not a proxy URL: {problem}") from None
    scheme = chosen.url.scheme
    if scheme not in ("http", "https", "socks5", "socks5h") or not chosen.url.host:
        raise InvalidParameterError(
            f"{source} must be an http, https or socks5 URL with a host, not {chosen.url!r}"
        )
    if endpoint.startswith("http:") and not _is_loopback(chosen.url.host):
        raise InvalidParameterError(
            f"the endpoint {endpoint} is plain http (allowed on loopback only), and {source} "
            f"would carry its signed requests to {chosen.url.host}, off this machine; use an "
            "https endpoint, a proxy on loopback, or no proxy (NO_PROXY=127.0.0.1,localhost)"
        )
    return chosen


def _environment_proxy(endpoint: str) -> tuple[str | None, str]:
    import urllib.request
    from urllib.parse import urlsplit

    proxies = urllib.request.getproxies_environment()
    scheme = urlsplit(endpoint).scheme
    host = urlsplit(endpoint).hostname or ""
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    if not proxies or bypass(host, proxies):
        return None, ""
    for key in (scheme, "all"):
        if proxies.get(key):
            return proxies[key], f"the environment's {key.upper()}_PROXY"
    return None, ""


def _is_loopback(host: str) -> bool:
    from .credentials import _is_loopback as loopback

    return loopback(host.strip("[]"))


class _CallerClientGuard:
    """What ScpTransport does for the SDK's own httpx client, as event hooks on a caller's
    (`http_client=`), acting only within the SDK's calls: timeouts clamped to the deadline,
    encodings checked, the answer's size bounded as it streams."""

    def __init__(self, max_response_bytes: int, asynchronous: bool) -> None:
        self.max_response_bytes = max_response_bytes
        self.asynchronous = asynchronous

    def request(self, request: httpx.Request) -> None:
        _clamp_timeouts(request)

    def response(self, response: httpx.Response) -> None:
        if remaining() is None:
            return
        _check_encodings(response.request, response)
        _bound(response, response.request, self.max_response_bytes, _nothing, self.asynchronous)

    async def async_request(self, request: httpx.Request) -> None:
        self.request(request)

    async def async_response(self, response: httpx.Response) -> None:
        self.response(response)


def guard_caller_client(client: httpx.Client | httpx.AsyncClient, max_response_bytes: int) -> None:
    """Gives a caller's httpx client the SDK's deadlines and size limit, once: an httpx client
    shared by several SDK clients keeps the limit of the first."""
    hooks = client.event_hooks
    if any(isinstance(getattr(h, "__self__", None), _CallerClientGuard) for h in hooks["request"]):
        return
    asynchronous = isinstance(client, httpx.AsyncClient)
    guard = _CallerClientGuard(max_response_bytes, asynchronous)
    added: dict[str, Callable[..., Any]] = (
        {"request": guard.async_request, "response": guard.async_response}
        if asynchronous
        else {"request": guard.request, "response": guard.response}
    )
    client.event_hooks = {name: [*hooks[name], hook] for name, hook in added.items()}
    transport = getattr(client, "_transport", None)  # its mounts (proxies) keep their own
    if transport is not None:
        _install_deadlines(transport, _AsyncDeadlineBackend if asynchronous else _DeadlineBackend)


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
    if inner is not None:
        return ScpTransport(inner, max_response_bytes)
    inner = httpx.HTTPTransport(
        verify=verify, limits=limits or DEFAULT_LIMITS, proxy=proxy, trust_env=trust_env
    )
    # No gate: a thread per call in flight is rare, and a semaphore costs every call.
    return ScpTransport(inner, max_response_bytes)


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
    inner = httpx.AsyncHTTPTransport(
        verify=verify, limits=limits or DEFAULT_LIMITS, proxy=proxy, trust_env=trust_env
    )
    return AsyncScpTransport(inner, max_response_bytes, _gate_size(limits))
