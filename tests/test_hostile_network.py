"""Hostile servers: raw sockets on 127.0.0.1 that misbehave on purpose.

Every answer, however broken, slow or large, ends in a typed ScpError (or a result), within the
call's deadline and the size limit. No test here measures time: `benchmarks/hostile.py` prints
how far past its deadline a call ends, and the peak memory under a gzip bomb and an endless body.
Every server loop is bounded: by a byte or chunk count, and by the server stopping.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import gc
import json
import socket
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs


def a_server_as_the_local_server_shows_it() -> dict[str, Any]:
    """A valid answer of GET /v1/servers/{id} (API 1.3), whatever the spec requires today."""
    import httpx

    from scp_virtualserver.signing import ScpAuth

    with vs.testing.LocalVirtualServer() as srv:
        sid = srv.add_server("web")
        auth = ScpAuth(srv.credentials, api_version="1.3")
        answer: dict[str, Any] = httpx.get(f"{srv.url}/v1/servers/{sid}", auth=auth).json()
    return answer


SERVER = a_server_as_the_local_server_shows_it()
SID = SERVER["id"]
SERVER_JSON = json.dumps(SERVER).encode()
QUICK = vs.RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02, total=10.0)
SMALL_LIMIT = 64 * 1024

Handler = Callable[["Connection"], None]


# -- a raw server -------------------------------------------------------------------------------


class Connection:
    """One accepted socket, with the helpers a misbehaving handler needs."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self.stopping = stopping

    def read_request(self) -> bytes:
        """The request head and body (by Content-Length), at most 1 MiB."""
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 1 << 20:
            chunk = self.sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        while len(body) < min(length, 1 << 20):
            chunk = self.sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def send(self, data: bytes) -> bool:
        """False once the client has gone (or the server is stopping)."""
        if self.stopping.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode() + body)

    def pause(self, seconds: float) -> bool:
        """Sleeps; False if the server is stopping."""
        return not self.stopping.wait(seconds)


class RawServer:
    """A TCP server on 127.0.0.1 running `handler` on each connection, each on a thread."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        self._acceptor.join(5)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(10)
            with self._lock:
                self.connections += 1
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        connection = Connection(sock, self._stopping)
        try:
            self.handler(connection)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def serving(handler: Handler) -> RawServer:
    return RawServer(handler)


def first_request(handler: Callable[[Connection, bytes], None]) -> Handler:
    """A handler that reads the request, then does its thing with it."""

    def run(connection: Connection) -> None:
        request = connection.read_request()
        if request:
            handler(connection, request)

    return run


def answering(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    return first_request(lambda connection, _: connection.answer(status, body, headers))


# -- clients ------------------------------------------------------------------------------------

MODES = ["sync", "async"]


def credentials() -> vs.Credentials:
    return vs.Credentials("AK", "hostile-test-secret")


def settings(url: str, **overrides: Any) -> dict[str, Any]:
    return {
        "endpoint_url": url,
        "credentials": credentials(),
        "api_version": "1.3",
        "retry": QUICK,
        **overrides,
    }


def get(mode: str, url: str, *, timeout: float | None = None, **overrides: Any) -> vs.Server:
    """`servers.get` with a fresh client, sync or async."""
    if mode == "sync":
        with vs.VirtualServerClient(**settings(url, **overrides)) as client:
            return client.servers.get(SID, timeout=timeout)

    async def run() -> vs.Server:
        async with vs.AsyncVirtualServerClient(**settings(url, **overrides)) as client:
            return await client.servers.get(SID, timeout=timeout)

    return asyncio.run(run())


def failure(mode: str, url: str, **kwargs: Any) -> vs.ScpError:
    """The ScpError `get` ends in; anything else (a result, an untyped error) fails the test."""
    try:
        result = get(mode, url, **kwargs)
    except vs.ScpError as error:
        return error
    raise AssertionError(f"expected an ScpError, got {result!r}")


# -- slow servers: the deadline -----------------------------------------------------------------


def trickling_body(connection: Connection, request: bytes) -> None:
    connection.send(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{")
    for _ in range(1000):  # a byte every 0.2 s: 200 s for the whole body
        if not (connection.pause(0.2) and connection.send(b" ")):
            return


def trickling_head(connection: Connection, _: bytes) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" * 20:
        if not (connection.pause(0.2) and connection.send(bytes([byte]))):
            return


def silent(connection: Connection, _: bytes) -> None:
    connection.pause(30)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "handler", [trickling_body, trickling_head, silent], ids=["body", "head", "silent"]
)
def test_a_slow_server_cannot_hold_a_call_past_its_deadline(
    mode: str, handler: Callable[[Connection, bytes], None]
) -> None:
    with serving(first_request(handler)) as srv:
        started = time.monotonic()
        error = failure(mode, srv.url, timeout=1.0)
        elapsed = time.monotonic() - started
    assert isinstance(error, vs.errors.DeadlineExceededError), error
    assert elapsed < 1.0 + GENEROUS  # the server would hold it for minutes
    assert error.may_have_reached
    assert "time budget ran out" in str(error)


GENEROUS = 5.0
"""Seconds a deadline test allows past its budget: generous, against servers that would hold
a call for minutes."""


def test_a_deadline_that_cannot_be_installed_fails_when_the_client_is_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import httpcore

    class NoBackend(httpcore.ConnectionPool):  # an httpcore that takes no network_backend=
        def __init__(self, **settings: Any) -> None:
            if "network_backend" in settings:
                raise TypeError("unexpected keyword argument 'network_backend'")
            super().__init__(**settings)

    monkeypatch.setattr(httpcore, "ConnectionPool", NoBackend)
    with serving(first_request(trickling_body)) as srv:
        started = time.monotonic()
        with pytest.raises(vs.ScpError, match="network backend.*deadline"):
            get("sync", srv.url, timeout=1.0)
        assert time.monotonic() - started < GENEROUS
        assert srv.connections == 0  # refused before any request


class HangingDns:
    """Looking up `hangs.scp.test` blocks until `release()` (a DNS server that never answers);
    other names resolve as usual. `pending` counts the lookups still blocked."""

    NAME = "hangs.scp.test"

    def __init__(self) -> None:
        self.pending = 0
        self.asked = 0
        self._released = threading.Event()
        self._real = socket.getaddrinfo

    def getaddrinfo(self, host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (self.NAME, self.NAME.encode()):  # anyio passes the name as bytes
            return self._real(host, *args, **kwargs)
        self.pending += 1
        self.asked += 1
        self._released.wait(60)
        self.pending -= 1
        raise socket.gaierror(socket.EAI_AGAIN, "no answer")

    def release(self) -> None:
        self._released.set()


@pytest.fixture
def hanging_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[HangingDns]:
    dns = HangingDns()
    monkeypatch.setattr(socket, "getaddrinfo", dns.getaddrinfo)
    yield dns
    dns.release()


@pytest.mark.parametrize("mode", MODES)
def test_a_dns_lookup_that_hangs_ends_with_the_deadline(mode: str, hanging_dns: HangingDns) -> None:
    url = f"https://{HangingDns.NAME}"
    pending: list[int] = []
    if mode == "sync":
        error = failure(mode, url, timeout=0.5)
        pending.append(hanging_dns.pending)
    else:

        async def run() -> vs.ScpError:
            async with vs.AsyncVirtualServerClient(**settings(url)) as client:
                try:
                    await client.servers.get(SID, timeout=0.5)
                except vs.ScpError as caught:
                    return caught
                finally:
                    pending.append(hanging_dns.pending)
                    hanging_dns.release()  # else asyncio.run waits for its resolver thread
            raise AssertionError("expected an ScpError")

        error = asyncio.run(run())
    assert isinstance(error, vs.errors.DeadlineExceededError), error
    assert not error.may_have_reached  # no connection was ever made
    assert pending == [1]  # the call ended while the lookup was still waiting for an answer


def test_lookups_that_hang_hold_no_more_threads_than_the_pool(hanging_dns: HangingDns) -> None:
    from scp_virtualserver._resolver import LOOKUP_THREADS

    url = f"https://{HangingDns.NAME}"
    before = threading.active_count()
    with vs.VirtualServerClient(**settings(url, retry=vs.RetryPolicy(attempts=1))) as client:
        for _ in range(200):
            with pytest.raises(vs.errors.DeadlineExceededError):
                client.servers.get(SID, timeout=0.01)
        assert threading.active_count() <= before + LOOKUP_THREADS
        assert hanging_dns.pending <= LOOKUP_THREADS
    hanging_dns.release()
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert hanging_dns.asked <= LOOKUP_THREADS  # the lookups of calls that gave up never ran


def test_lookup_threads_end_when_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    from scp_virtualserver import _resolver

    monkeypatch.setattr(_resolver, "IDLE_SECONDS", 0.05)
    before = threading.active_count()
    pool = _resolver.LookupPool()  # a client's, never closed
    assert pool.submit("localhost", 80).result(10)
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() == before
    assert pool.submit("localhost", 80).result(10)  # and a lookup starts one again


def test_an_async_client_never_holds_up_its_loops_resolver(hanging_dns: HangingDns) -> None:
    async def run() -> float:
        url = f"https://{HangingDns.NAME}"
        given = settings(url, retry=vs.RetryPolicy(attempts=1))
        async with vs.AsyncVirtualServerClient(**given) as client:

            async def one() -> None:
                with contextlib.suppress(vs.errors.DeadlineExceededError):
                    await client.servers.get(SID, timeout=0.5)

            calls = asyncio.gather(*(one() for _ in range(100)))
            await asyncio.sleep(0.1)
            started = time.monotonic()
            await asyncio.get_running_loop().getaddrinfo("localhost", 80)
            took = time.monotonic() - started
            await calls
            hanging_dns.release()
            return took

    before = threading.active_count()
    assert asyncio.run(run()) < GENEROUS  # was the resolver's own timeout, times the queue
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    from scp_virtualserver._resolver import LOOKUP_THREADS

    assert hanging_dns.asked <= LOOKUP_THREADS  # the lookups of calls that gave up never ran


def test_a_name_that_cannot_be_looked_up_is_a_network_error() -> None:
    # A label over 63 characters: getaddrinfo raises UnicodeError before asking any DNS server
    # (sync only: the async client's resolver, anyio's, asks the system's, whose answer and
    # time depend on the machine).
    error = failure("sync", f"https://{'a' * 64}.scp.test")
    assert type(error) is vs.NetworkError and not error.may_have_reached, error


def test_a_name_with_several_addresses_is_tried_address_by_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "localhost":  # an address nothing listens on first, then the server's
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with serving(answering(200, json.dumps(SERVER).encode())) as srv:
        server = get("sync", srv.url.replace("127.0.0.1", "localhost"))
    assert server.id == SID


def test_the_deadline_covers_retries_and_their_waits() -> None:
    patient = vs.RetryPolicy(attempts=50, backoff=0.2, max_backoff=0.2, total=600)
    with serving(answering(503, b"busy")) as srv:
        error = failure("sync", srv.url, timeout=1.0, retry=patient)
    # Either no retry fitted in the time left (the last answer is the error), or the deadline cut
    # the last attempt short (the error keeps the answer before it): the 503 is never lost.
    answer: vs.ScpError | None = error
    if isinstance(error, vs.errors.DeadlineExceededError):
        assert "the last answer was 503" in str(error)
        answer = error.last_error
    assert isinstance(answer, vs.ServerError) and answer.status_code == 503, error
    assert srv.connections < 50


@pytest.mark.parametrize("mode", MODES)
def test_a_waiter_is_bounded_by_its_timeout_even_when_the_server_hangs(mode: str) -> None:
    def slow_build(connection: Connection, _: bytes) -> None:
        body = json.dumps({**SERVER, "state": "BUILD"}).encode()
        connection.pause(0.3)  # slower than the waiter's time, once it has begun
        connection.answer(200, body, {"Content-Type": "application/json"})

    with serving(first_request(slow_build)) as srv:
        if mode == "sync":
            with (
                vs.VirtualServerClient(**settings(srv.url)) as client,
                pytest.raises(vs.WaitTimeoutError),
            ):
                client.servers.wait_for_state(SID, "ACTIVE", timeout=0.2, interval=0.05)
        else:

            async def run() -> None:
                async with vs.AsyncVirtualServerClient(**settings(srv.url)) as client:
                    with pytest.raises(vs.WaitTimeoutError):
                        await client.servers.wait_for_state(
                            SID, "ACTIVE", timeout=0.2, interval=0.05
                        )

            asyncio.run(run())


def build_then_hang() -> Handler:
    polls = []

    def handler(connection: Connection, request: bytes) -> None:
        polls.append(request)
        if len(polls) > 1:
            connection.pause(30)  # every later poll: no answer
            return
        body = json.dumps({**SERVER, "state": "BUILD"}).encode()
        connection.answer(200, body, {"Content-Type": "application/json"})

    return first_request(handler)


def test_a_waiter_whose_last_poll_hangs_times_out_as_a_waiter() -> None:
    with (
        serving(build_then_hang()) as srv,
        vs.VirtualServerClient(**settings(srv.url)) as client,
        pytest.raises(vs.WaitTimeoutError),
    ):
        client.servers.wait_for_state(SID, "ACTIVE", timeout=0.5, interval=0.1)


# -- large answers: the size limit --------------------------------------------------------------


def gzip_of_zeros(megabytes: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(megabytes)), packer.flush()])


BOMB = gzip_of_zeros(256)  # 256 MiB of zeros in about 250 KB


def endless_chunks(connection: Connection, request: bytes) -> None:
    connection.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"10000\r\n" + b"a" * 0x10000 + b"\r\n"
    for _ in range(16 * 1024):  # 1 GiB at most, unless the client stops reading first
        if not connection.send(chunk):
            return


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 503])
def test_a_gzip_bomb_is_refused_before_it_inflates(mode: str, status: int) -> None:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    with serving(answering(status, BOMB, headers)) as srv:
        error = failure(mode, srv.url, max_response_bytes=SMALL_LIMIT)
    assert isinstance(error, vs.errors.ResponseTooLargeError), error
    assert error.status_code == status and error.limit == SMALL_LIMIT
    assert error.body and set(error.body) == {0}  # the first bytes, decoded
    assert "after decompression" in str(error)
    assert srv.connections == 1  # not retried, even on a 503


@pytest.mark.parametrize("mode", MODES)
def test_an_endless_body_is_cut_at_the_limit(mode: str) -> None:
    with serving(first_request(endless_chunks)) as srv:
        error = failure(mode, srv.url, max_response_bytes=SMALL_LIMIT)
    assert isinstance(error, vs.errors.ResponseTooLargeError)
    assert error.body.startswith(b"aaaa") and len(error.body) <= 4096


def test_the_default_limit_holds_too() -> None:
    with serving(first_request(endless_chunks)) as srv:
        error = failure("sync", srv.url)
    assert isinstance(error, vs.errors.ResponseTooLargeError)
    assert error.limit == 8 * 1024 * 1024


def test_an_answer_just_under_the_limit_reads() -> None:
    body = json.dumps({**SERVER, "pad": "x" * 4000}).encode()
    packed = zlib.compress(body)
    with serving(answering(200, packed, {"Content-Encoding": "deflate"})) as srv:
        server = get("sync", srv.url, max_response_bytes=len(body))
    assert server.raw["pad"] == "x" * 4000


# -- a caller's own httpx client (`http_client=`) ----------------------------------------------


def failure_with_callers_client(mode: str, url: str, **settings_given: Any) -> vs.ScpError:
    """`servers.get` through an SDK client over a plain httpx client of the caller's own."""
    timeout = settings_given.pop("timeout", None)
    follow = settings_given.pop("follow_redirects", False)
    try:
        if mode == "sync":
            with (
                httpx.Client(follow_redirects=follow) as http,
                vs.VirtualServerClient(**settings(url, http_client=http, **settings_given)) as c,
            ):
                c.servers.get(SID, timeout=timeout)
        else:

            async def run() -> None:
                async with httpx.AsyncClient(follow_redirects=follow) as http:
                    given = settings(url, http_client=http, **settings_given)
                    async with vs.AsyncVirtualServerClient(**given) as c:
                        await c.servers.get(SID, timeout=timeout)

            asyncio.run(run())
    except vs.ScpError as error:
        return error
    raise AssertionError("expected an ScpError")


@pytest.mark.parametrize("mode", MODES)
def test_a_callers_httpx_client_gets_the_size_limit(mode: str) -> None:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    with serving(answering(200, BOMB, headers)) as srv:
        error = failure_with_callers_client(mode, srv.url, max_response_bytes=SMALL_LIMIT)
    assert isinstance(error, vs.errors.ResponseTooLargeError), error
    assert error.limit == SMALL_LIMIT and set(error.body) == {0}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("handler", [trickling_body, trickling_head], ids=["body", "head"])
def test_a_callers_httpx_client_gets_the_deadline(
    mode: str, handler: Callable[[Connection, bytes], None]
) -> None:
    with serving(first_request(handler)) as srv:
        started = time.monotonic()
        error = failure_with_callers_client(mode, srv.url, timeout=1.0)
        elapsed = time.monotonic() - started
    assert isinstance(error, vs.errors.DeadlineExceededError), error
    assert elapsed < 1.0 + GENEROUS


@pytest.mark.parametrize("mode", MODES)
def test_a_callers_transport_gets_the_deadline(mode: str) -> None:
    transport = httpx.HTTPTransport() if mode == "sync" else httpx.AsyncHTTPTransport()
    with serving(first_request(trickling_head)) as srv:
        started = time.monotonic()
        error = failure(mode, srv.url, timeout=1.0, transport=transport)
        elapsed = time.monotonic() - started
    assert isinstance(error, vs.errors.DeadlineExceededError), error
    assert elapsed < 1.0 + GENEROUS


def test_a_callers_transport_through_a_proxy_off_the_machine_is_refused() -> None:
    transport = httpx.HTTPTransport(proxy="http://10.255.255.1:3128")
    with serving(answering(200, SERVER_JSON)) as srv:
        error = failure("sync", srv.url, timeout=5.0, transport=transport)
    assert isinstance(error, vs.InvalidParameterError) and "off this machine" in str(error)


def recording(status: int, body: bytes, seen: list[bytes], **headers: str) -> Handler:
    def answer(connection: Connection, request: bytes) -> None:
        seen.append(request)
        connection.answer(status, body, {"Content-Type": "application/json", **headers})

    return first_request(answer)


def head_of(request: bytes) -> dict[str, str]:
    lines = request.partition(b"\r\n\r\n")[0].decode().split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:])
    return {"line": lines[0], **{name.lower(): value for name, value in fields.items()}}


def state_of(http: httpx.Client | httpx.AsyncClient) -> tuple[Any, ...]:
    hooks = {name: list(found) for name, found in http.event_hooks.items()}
    return (hooks, http.auth, str(http.base_url), dict(http.headers), http.timeout, http.cookies)


@pytest.mark.parametrize("mode", MODES)
def test_a_callers_httpx_client_is_used_never_changed(mode: str) -> None:
    seen: list[bytes] = []
    with (
        serving(recording(200, SERVER_JSON, seen)) as scp,
        serving(recording(200, b"{}", seen)) as elsewhere,
    ):
        given = {
            "base_url": elsewhere.url,
            "auth": httpx.BasicAuth("caller", "caller-password"),
            "headers": {"X-Caller": "mine", "Authorization": "Bearer callers"},
            "follow_redirects": True,
        }
        if mode == "sync":
            with httpx.Client(**given) as http:  # type: ignore[arg-type]
                http.get("/own")
                before = state_of(http)
                with vs.VirtualServerClient(**settings(scp.url, http_client=http)) as client:
                    assert client.servers.get(SID).id == SID
                after = state_of(http)
                http.get("/own")
        else:

            async def run() -> tuple[Any, ...]:
                async with httpx.AsyncClient(**given) as http:  # type: ignore[arg-type]
                    await http.get("/own")
                    before = state_of(http)
                    async with vs.AsyncVirtualServerClient(
                        **settings(scp.url, http_client=http)
                    ) as client:
                        assert (await client.servers.get(SID)).id == SID
                    after = state_of(http)
                    await http.get("/own")
                return before, after

            before, after = asyncio.run(run())
    assert before == after  # nothing installed: hooks, auth, base_url, headers, timeouts
    own_before, sdk, own_after = (head_of(request) for request in seen)
    assert own_before == own_after  # the caller's own requests are what they were
    assert "scp-signature" not in own_after and own_after["x-caller"] == "mine"
    assert sdk["line"] == f"GET /v1/servers/{SID} HTTP/1.1"  # to endpoint_url, not base_url
    assert "scp-signature" in sdk and sdk["scp-api-version"] == "virtualserver 1.3"
    assert "authorization" not in sdk and "x-caller" not in sdk  # the caller's stay theirs


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_never_followed(mode: str, status: int) -> None:
    seen: list[bytes] = []
    with serving(recording(200, b"{}", seen)) as elsewhere:
        location = elsewhere.url + "/stolen"
        with serving(answering(status, b"", {"Location": location})) as scp:
            # the SDK's own client, and a caller's that follows redirects
            error = failure(mode, scp.url)
            callers = failure_with_callers_client(mode, scp.url, follow_redirects=True)
    for found in (error, callers):
        assert isinstance(found, vs.errors.RedirectError), found
        assert found.status_code == status and found.location == location
        assert str(status) in str(found) and location in str(found)
    assert seen == []  # nothing reached the other host


@pytest.mark.parametrize("mode", MODES)
def test_signed_plain_http_never_leaves_loopback_through_a_callers_proxy(mode: str) -> None:
    with serving(answering(200, SERVER_JSON)) as proxy:
        off_machine = "http://10.255.255.1:3128"  # nothing is sent there: refused before
        mounts = {"all://": httpx.HTTPTransport(proxy=off_machine)}
        async_mounts = {"all://": httpx.AsyncHTTPTransport(proxy=off_machine)}
        try:
            if mode == "sync":
                with (
                    httpx.Client(mounts=mounts) as http,
                    vs.VirtualServerClient(**settings(proxy.url, http_client=http)) as c,
                ):
                    c.servers.get(SID, timeout=5.0)
            else:

                async def run() -> None:
                    async with httpx.AsyncClient(mounts=async_mounts) as http:
                        given = settings(proxy.url, http_client=http)
                        async with vs.AsyncVirtualServerClient(**given) as c:
                            await c.servers.get(SID, timeout=5.0)

                asyncio.run(run())
        except vs.InvalidParameterError as refused:
            assert "10.255.255.1" in str(refused) and "off this machine" in str(refused)
        else:
            raise AssertionError("a signed plain-http request went through an off-machine proxy")


def test_a_callers_client_that_takes_an_unsafe_proxy_from_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.255.255.1:3128")
    with (
        httpx.Client(trust_env=True) as http,
        pytest.raises(vs.InvalidParameterError, match="off this machine"),
    ):
        vs.VirtualServerClient(**settings("http://127.0.0.1:9", http_client=http))


# -- encodings ------------------------------------------------------------------------------------


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def gzip(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip(SERVER_JSON)),
        ("x-gzip", gzip(SERVER_JSON)),
        ("deflate", zlib.compress(SERVER_JSON)),
        ("deflate", raw_deflate(SERVER_JSON)),
        ("identity", SERVER_JSON),
        ("gzip, deflate", zlib.compress(gzip(SERVER_JSON))),
        ("gzip", gzip(SERVER_JSON) + b"trailing bytes after the stream"),
    ],
    ids=["gzip", "x-gzip", "deflate-zlib", "deflate-raw", "identity", "stacked", "trailing"],
)
@pytest.mark.parametrize("mode", MODES)
def test_honest_encodings_read(mode: str, encoding: str, body: bytes) -> None:
    headers = {"Content-Encoding": encoding, "Content-Type": "application/json"}
    with serving(answering(200, body, headers)) as srv:
        assert get(mode, srv.url).id == SID


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", SERVER_JSON),
        ("deflate", b"\xff" * 40),
        ("gzip", gzip(SERVER_JSON)[:12]),
        ("br", SERVER_JSON),
        ("zstd", SERVER_JSON),
        ("compress", SERVER_JSON),
        ("gzip", b"\x1f\x8b\x08\x00" + b"\x00" * 60),
    ],
    ids=["not-gzip", "not-deflate", "truncated", "br", "zstd", "compress", "bad-gzip-header"],
)
@pytest.mark.parametrize("mode", MODES)
def test_a_false_content_encoding_is_a_malformed_answer(
    mode: str, encoding: str, body: bytes
) -> None:
    headers = {"Content-Encoding": encoding, "Content-Type": "application/json"}
    with serving(answering(200, body, headers)) as srv:
        error = failure(mode, srv.url)
    assert isinstance(error, vs.MalformedResponseError), error
    assert error.status_code == 200


# -- bodies that break parsers --------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "object"])
@pytest.mark.parametrize("status", [200, 400, 500])
@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_is_a_typed_error(mode: str, status: int, body: bytes) -> None:
    with serving(answering(status, body, {"Content-Type": "application/json"})) as srv:
        error = failure(mode, srv.url, retry=vs.RetryPolicy.off())
    assert isinstance(error, vs.ApiError) and error.status_code == status
    if status == 200:
        assert isinstance(error, vs.MalformedResponseError)
        assert error.body == body  # the raw answer is kept


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_in_version_discovery_falls_back_with_a_warning(mode: str) -> None:
    def handler(connection: Connection, request: bytes) -> None:
        if request.startswith(b"GET / "):
            connection.answer(200, DEEP, {"Content-Type": "application/json"})
        else:
            connection.answer(200, SERVER_JSON, {"Content-Type": "application/json"})

    with (
        serving(first_request(handler)) as srv,
        pytest.warns(vs.VersionDiscoveryWarning, match="nested it too deeply"),
    ):
        assert get(mode, srv.url, api_version="auto").id == SID


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00garbage",
        b"null",
        b"[]",
        b'"a string"',
        b"1" * 5000,
        SERVER_JSON[:-1],
        SERVER_JSON + b"}" * 3,
        b"1e999999",
    ],
    ids=[
        "empty",
        "text",
        "binary",
        "null",
        "list",
        "string",
        "huge-int",
        "truncated",
        "trailing",
        "huge-float",
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_a_body_that_is_not_a_server_is_malformed(mode: str, body: bytes) -> None:
    with serving(answering(200, body, {"Content-Type": "application/json"})) as srv:
        error = failure(mode, srv.url)
    assert isinstance(error, vs.MalformedResponseError), error
    assert error.body == body


# -- broken HTTP ----------------------------------------------------------------------------------


def garbage(data: bytes) -> Handler:
    def send(connection: Connection, request: bytes) -> None:
        connection.send(data)

    return first_request(send)


BROKEN = {
    "no-status-line": garbage(b"HELLO\r\n\r\n"),
    "not-http": garbage(b"SSH-2.0-OpenSSH_9.0\r\n"),
    "close-at-once": first_request(lambda connection, _: None),
    "short-body": garbage(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"id"'),
    "bad-length": garbage(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n{}"),
    "two-lengths": garbage(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
    "bad-chunk": garbage(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
    "huge-header": garbage(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n"),
    "many-headers": garbage(b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 20_000 + b"\r\n"),
    "status-1000": garbage(b"HTTP/1.1 1000 Huh\r\nContent-Length: 0\r\n\r\n"),
    "nul-in-header": garbage(b"HTTP/1.1 200 OK\r\nX-A: \x00\r\nContent-Length: 0\r\n\r\n"),
    "http-0.9": garbage(SERVER_JSON),
}


@pytest.mark.parametrize("name", list(BROKEN))
@pytest.mark.parametrize("mode", MODES)
def test_broken_http_is_a_network_error(mode: str, name: str) -> None:
    with serving(BROKEN[name]) as srv:
        error = failure(mode, srv.url, timeout=5.0)
    if name == "many-headers" and isinstance(error, vs.MalformedResponseError):
        return  # read whole when it arrives at once: a 200 without a body, which is malformed
    assert isinstance(error, vs.NetworkError), error
    assert error.may_have_reached  # the connection was made: a GET may have been seen
    cause = error.__cause__
    if cause is not None and getattr(cause, "_request", None) is not None:
        assert "Scp-Signature" not in cause._request.headers  # type: ignore[attr-defined]


def test_a_refused_connection_never_reached_the_service() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    url = f"http://127.0.0.1:{port}"
    with (
        vs.VirtualServerClient(**settings(url)) as client,
        pytest.raises(vs.NetworkError) as caught,
    ):
        client.servers.get(SID)
    assert caught.value.may_have_reached is False
    assert "never reached the service" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "headers", "kind"),
    [
        (302, {"Location": "http://127.0.0.1:1/elsewhere"}, vs.errors.RedirectError),
        (301, {"Location": "https://example.com/"}, vs.errors.RedirectError),
        (204, {}, vs.ApiError),
        (418, {}, vs.ApiError),
        (599, {}, vs.ServerError),
        (503, {"Retry-After": "nan"}, vs.ServerError),
        (503, {"Retry-After": "-5"}, vs.ServerError),
        (503, {"Retry-After": "1e308"}, vs.ServerError),
        (503, {"Retry-After": "Wed, 21 Oct 2999 07:28:00 GMT"}, vs.ServerError),
        (503, {"Retry-After": "soon"}, vs.ServerError),
        (429, {"Retry-After": "999999999"}, vs.TooManyRequests),
    ],
)
def test_odd_statuses_are_typed_and_never_followed(
    status: int, headers: dict[str, str], kind: type[vs.ApiError]
) -> None:
    with serving(answering(status, b"", headers)) as srv:
        error = failure("sync", srv.url)
    assert isinstance(error, kind), error
    assert error.status_code == status


# -- the clock ------------------------------------------------------------------------------------


def unauthorized_at(moment: float) -> Handler:
    date = email.utils.formatdate(moment, usegmt=True)
    body = json.dumps({"errors": [{"status": 401, "detail": "timestamp refused"}]}).encode()
    return answering(401, body, {"Date": date, "Content-Type": "application/json"})


@pytest.mark.parametrize("offset", [-3600, 900])
@pytest.mark.parametrize("mode", MODES)
def test_a_401_from_a_skewed_clock_says_so(mode: str, offset: int) -> None:
    with serving(unauthorized_at(time.time() + offset)) as srv:
        error = failure(mode, srv.url)
    assert isinstance(error, vs.Unauthorized)
    assert error.clock_skew is not None and abs(error.clock_skew + offset) < 60
    side = "behind" if offset > 0 else "ahead of"
    assert f"s {side} the service's" in str(error) and "300 s" in str(error)


@pytest.mark.parametrize("date", ["now", "garbage", None])
def test_a_401_with_a_right_or_unreadable_date_does_not_blame_the_clock(date: str | None) -> None:
    if date == "now":
        handler = unauthorized_at(time.time())
    else:
        handler = answering(401, b"", {"Date": date} if date else {})
    with serving(handler) as srv:
        error = failure("sync", srv.url)
    assert isinstance(error, vs.Unauthorized) and error.clock_skew is None
    assert "clock" not in str(error)


# -- proxies, pools, loops ------------------------------------------------------------------------


def test_no_proxy_from_the_environment_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.255.255.1:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.255.255.1:3128")
    with serving(answering(200, SERVER_JSON, {"Content-Type": "application/json"})) as srv:
        assert get("sync", srv.url).id == SID  # straight to the server, not to the proxy
        with pytest.raises(vs.InvalidParameterError, match="HTTP_PROXY.*off this machine"):
            vs.VirtualServerClient(**settings(srv.url, trust_env=True))
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert get("sync", srv.url, trust_env=True).id == SID


@pytest.mark.parametrize(
    ("endpoint", "proxy"),
    [
        ("http://127.0.0.1:9", "http://10.0.0.1:3128"),
        ("http://127.0.0.1:9", "socks5://proxy.example.com:1080"),
        ("https://vs.example.com", "ftp://proxy.example.com"),
        ("https://vs.example.com", "http://[::1"),
        ("https://vs.example.com", 3128),
    ],
)
def test_unsafe_or_malformed_proxies_are_refused(endpoint: str, proxy: object) -> None:
    with pytest.raises(vs.InvalidParameterError, match="proxy"):
        vs.VirtualServerClient(endpoint_url=endpoint, credentials=credentials(), proxy=proxy)  # type: ignore[arg-type]


def test_a_loopback_proxy_is_used_when_asked() -> None:
    with serving(answering(200, SERVER_JSON, {"Content-Type": "application/json"})) as proxy:
        server = get("sync", "http://127.0.0.1:9", proxy=proxy.url)
    assert server.id == SID
    assert proxy.connections == 1


async def test_two_hundred_in_flight_share_a_bounded_pool() -> None:
    with vs.testing.LocalVirtualServer() as srv:
        ids = [srv.add_server(f"p-{n}") for n in range(200)]
        async with vs.AsyncVirtualServerClient(
            endpoint_url=srv.url, credentials=srv.credentials, retry=QUICK
        ) as client:
            await asyncio.gather(*(client.servers.delete(i) for i in ids))
        assert srv.connections_peak <= 16


def test_limits_are_configurable() -> None:
    import httpx

    async def run(srv: vs.testing.LocalVirtualServer) -> None:
        limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
        async with vs.AsyncVirtualServerClient(
            endpoint_url=srv.url, credentials=srv.credentials, limits=limits
        ) as client:
            await asyncio.gather(*(client.servers.delete(srv.add_server()) for _ in range(40)))

    with vs.testing.LocalVirtualServer() as srv:
        asyncio.run(run(srv))
        assert srv.connections_peak <= 4


def test_an_async_client_used_in_another_event_loop_says_so() -> None:
    with vs.testing.LocalVirtualServer() as srv:
        client = vs.AsyncVirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials)
        sid = srv.add_server()
        asyncio.run(client.servers.get(sid))
        with pytest.raises(vs.ScpError, match="another event loop"):
            asyncio.run(client.servers.get(sid))
        with pytest.raises(vs.ScpError, match="event loop that is gone"):
            asyncio.run(client.aclose())
        del client
        with warnings.catch_warnings():  # "unclosed transport": the point of this test
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()  # the first loop's sockets, which only the garbage collector can close


def test_a_closed_client_says_so() -> None:
    with vs.testing.LocalVirtualServer() as srv:
        client = vs.VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials)
        client.close()
        with pytest.raises(vs.ScpError, match="closed"):
            client.servers.get(srv.add_server())


@pytest.fixture(autouse=True)
def checked_responses() -> Iterator[None]:
    """Replaces the suite's spec check of local-server answers: here they are only load."""
    yield None


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    before = threading.active_count()
    yield
    deadline = time.monotonic() + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
