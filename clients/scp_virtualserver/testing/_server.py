"""`LocalVirtualServer`: the Virtual Server API over real HTTP on 127.0.0.1.

It checks what SCP checks (signature, access key, timestamp, API version), routes and validates
each request by the spec of the version it names (`_routing`, `_validation`), keeps every
resource in memory (`_state.World`, driven by `_engine`), and can be told to fail: that is what
makes it useful for testing retries and error handling without a cloud account.
"""

from __future__ import annotations

import contextlib
import datetime
import hmac
import io
import json
import queue
import re
import selectors
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

from .._generated_base import SERVICE
from ..credentials import Credentials
from ..signing import CLIENT_TYPE, LANGUAGES, sign
from ..versions import VERSIONS, WARN_DAYS, ApiVersion, Clock, today_in_korea
from . import _validation
from ._api import Resource, resources, versions_in_package
from ._engine import Engine
from ._routing import router
from ._state import CATALOG, Refusal, World

__all__ = ["Exchange", "FailureMode", "LocalVirtualServer", "Observer"]

FailureMode = Literal["503", "502", "504", "429", "drop", "drop-after"]
FAILURE_MODES: tuple[str, ...] = ("503", "502", "504", "429", "drop", "drop-after")

TIMESTAMP_WINDOW = 300.0
"""Seconds a request's Scp-Timestamp may differ from the local server's clock (either way)."""

_VERSION_HEADER = re.compile(r"^\s*(\S+)\s+(\d+\.\d+)\s*$")
SERVERS = "servers"


@dataclass(frozen=True)
class Exchange:
    """One request the local server answered, for observers (such as a contract checker)."""

    method: str
    url: str
    request_headers: dict[str, str]
    request_body: bytes
    version: str | None  # the API version it was served as; None if refused before that
    status: int
    response_headers: dict[str, str]
    response_body: bytes
    injected: bool  # a failure asked for with fail_next, deliberately outside the API


Observer = Callable[[Exchange], None]


IDLE_TIMEOUT = 15.0
"""Seconds a connection may sit idle between requests, a request's head may take to arrive
whole (from its first byte), and a read of its body may wait, before the local server closes
it."""

MAX_HEAD_BYTES = 64 * 1024
"""The longest request head (request line and headers) taken; a longer one closes the line."""

MAX_BODY_BYTES = 1024 * 1024
"""The longest request body the local server takes (1 MiB; SCP's requests are a few KB): a
longer one is a 413, answered before any of it is read."""

WORKER_THREADS = 32
"""Threads that serve requests. Idle connections hold none: they wait in one selector."""


class _Waiting:
    """A connection between requests: since when, and the head of its next request so far."""

    __slots__ = ("head", "since")

    def __init__(self) -> None:
        self.since = time.monotonic()
        self.head = bytearray()


class _Prefixed(io.RawIOBase):
    """A connection's bytes, the head the selector read first: what the handler reads."""

    def __init__(self, head: bytes, connection: socket.socket) -> None:
        self._head = memoryview(head)
        self._connection = connection

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        return self._connection.recv_into(buffer)


class _HTTPServer(socketserver.TCPServer):
    """An HTTP/1.1 server whose threads are bounded: connections wait in one selector, holding
    no thread, while idle and while the head of a request comes in (a slowloris client costs a
    socket, never a thread); a worker takes the request once its head is whole. A connection is
    closed after `idle_timeout` seconds idle, or when a head takes longer than that."""

    allow_reuse_address = True
    # The listen backlog: socketserver's 5 makes a burst of connections (a load test with 200
    # in flight) wait for SYN retransmits, long enough for a client's read timeout. The kernel
    # caps it at net.core.somaxconn (4096 on current Linux).
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        app: LocalVirtualServer,
        idle_timeout: float,
    ) -> None:
        super().__init__(address, handler)
        self._handler: Callable[..., BaseHTTPRequestHandler] = handler
        self.app = app
        self.idle_timeout = idle_timeout
        self._workers = ThreadPoolExecutor(WORKER_THREADS, thread_name_prefix="LocalVirtualServer")
        self._selector = selectors.DefaultSelector()
        self._waiting: dict[socket.socket, _Waiting] = {}
        self._returned: queue.SimpleQueue[socket.socket] = queue.SimpleQueue()
        self._wake_read, self._wake_write = socket.socketpair()
        self._stopping = threading.Event()
        self._stopped = threading.Event()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._selector.register(self.socket, selectors.EVENT_READ, "accept")
        self._selector.register(self._wake_read, selectors.EVENT_READ, "wake")
        try:
            while not self._stopping.is_set():
                for key, _ in self._selector.select(poll_interval):
                    if key.data == "accept":
                        self._accept()
                    elif key.data == "wake":
                        self._wake_read.recv(4096)
                    else:
                        self._read_head(key.fileobj)  # type: ignore[arg-type]
                self._take_back()
                self._close_idle()
        finally:
            for connection in list(self._waiting):
                self._close(connection)
            self._selector.close()
            self._stopped.set()

    def shutdown(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_write.send(b"x")
        self._stopped.wait(10)
        self._workers.shutdown(wait=True, cancel_futures=True)

    def server_close(self) -> None:
        super().server_close()
        self._wake_read.close()
        self._wake_write.close()

    def _accept(self) -> None:
        try:
            connection, _ = self.socket.accept()
        except OSError:
            return
        connection.settimeout(self.idle_timeout)  # within a request: between its bytes
        self.app._connection(+1)
        self._wait(connection)

    def _wait(self, connection: socket.socket) -> None:
        self._waiting[connection] = _Waiting()
        self._selector.register(connection, selectors.EVENT_READ, "request")

    def _read_head(self, connection: socket.socket) -> None:
        waiting = self._waiting[connection]
        try:
            data = connection.recv(65536)  # ready: returns at once
        except OSError:
            data = b""
        if not data or len(waiting.head) + len(data) > MAX_HEAD_BYTES:
            self._forget(connection)
            self._close(connection)
            return
        if not waiting.head:
            waiting.since = time.monotonic()  # from now, the head's own time limit
        waiting.head += data
        if b"\r\n\r\n" not in waiting.head and b"\n\n" not in waiting.head:
            return
        self._forget(connection)
        try:
            self._workers.submit(self._serve, connection, bytes(waiting.head))
        except RuntimeError:  # shutting down
            self._close(connection)

    def _forget(self, connection: socket.socket) -> None:
        self._selector.unregister(connection)
        del self._waiting[connection]

    def _serve(self, connection: socket.socket, head: bytes) -> None:
        keep = False
        try:
            handler = self._handler((connection, head), connection.getpeername(), self)
            keep = not handler.close_connection
        except Exception:  # a broken connection ends here, as it would anyway
            keep = False
        if keep and not self._stopping.is_set():
            self._returned.put(connection)
            with contextlib.suppress(OSError):
                self._wake_write.send(b"x")
        else:
            self._close(connection)

    def _take_back(self) -> None:
        while True:
            try:
                connection = self._returned.get_nowait()
            except queue.Empty:
                return
            self._wait(connection)

    def _close_idle(self) -> None:
        cutoff = time.monotonic() - self.idle_timeout
        for connection, waiting in list(self._waiting.items()):
            if waiting.since < cutoff:
                self._forget(connection)
                self._close(connection)

    def _close(self, connection: socket.socket) -> None:
        with contextlib.suppress(OSError):
            connection.shutdown(socket.SHUT_RDWR)
        connection.close()
        self.app._connection(-1)


default_observer: Observer | None = None
"""Observes every LocalVirtualServer made without an `observer` (a test suite may set it)."""


class LocalVirtualServer:
    """An SCP-compatible Virtual Server endpoint on loopback, for demos and tests.

    Use it as a context manager (or call `start()` and `stop()`). `clock` fixes "today" for the
    version checks, `versions` replaces the version table, `delete_delay` is how long a
    deletion takes and `transition_delay` how long every other state change takes (BUILD, stop,
    start, reboot, attaching a volume...). `catalog=False` starts without the read-only things
    every account sees (server types, images, volume types, default configs, quotas).

    It needs openapi-core, to check each request against its version's spec: install
    `scp-virtualserver[testing]`.
    """

    def __init__(
        self,
        access_key: str = "local-access-key",
        secret_key: str = "local-secret-key",  # noqa: S107 - a local test key, not a secret
        *,
        clock: Clock | None = None,
        versions: Sequence[ApiVersion] = VERSIONS,
        delete_delay: float = 0.0,
        transition_delay: float = 0.0,
        timestamp_window: float = TIMESTAMP_WINDOW,
        port: int = 0,
        observer: Observer | None = None,
        catalog: bool = True,
        idle_timeout: float = IDLE_TIMEOUT,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        _validation.require()
        self.credentials: Credentials = Credentials(access_key, secret_key)
        self.clock: Clock | None = clock
        self.versions: tuple[ApiVersion, ...] = tuple(versions)
        self.timestamp_window: float = timestamp_window
        self._specified: tuple[str, ...] = versions_in_package()
        self._fresh = (delete_delay, transition_delay, catalog)
        self._lock = threading.Lock()
        self.world: World
        self._engine: Engine
        self.observer: Observer | None = observer if observer is not None else default_observer
        self.connections_open: int = 0
        self.connections_peak: int = 0
        self.reset()
        self._port = port
        self.idle_timeout: float = idle_timeout
        self.max_body_bytes: int = max_body_bytes
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.url if self._httpd is not None else "not started"
        return f"<LocalVirtualServer {where} access_key={self.credentials.access_key!r}>"

    def reset(self) -> None:
        """Returns to the state it started in: the catalog only, no failures asked for, no
        requests counted. Running, it keeps its address, key pair, clock and versions, so that
        one server can serve a whole test session."""
        delete_delay, transition_delay, catalog = self._fresh
        world = World(
            resources(self._specified),
            delete_delay=delete_delay,
            transition_delay=transition_delay,
        )
        with self._lock:
            self.world = world
            self._engine = Engine(world)
            self.requests_served: int = 0
            self._failures: list[tuple[str, float | None]] = []  # (mode, Retry-After)
            self._fail_every: tuple[int, tuple[str, ...]] | None = None
            self._every_count = 0
        if catalog:
            for tag, entries in CATALOG.items():
                if tag in world.resources:
                    for entry in entries:
                        self.add(tag, **entry)

    # -- life -----------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        handler = type("Handler", (_Handler,), {"app": self})
        self._httpd = _HTTPServer(("127.0.0.1", self._port), handler, self, self.idle_timeout)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},  # how soon stop() is noticed
            name="LocalVirtualServer",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops serving, in milliseconds: the serving loop is woken through its own socket
        pair rather than left to notice at its next poll."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the local server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- helpers for tests ----------------------------------------------------------------------

    def add(self, resource: str, /, *, under: str | None = None, **fields: Any) -> str:
        """Stores a resource as if it existed already; returns its id.

        `resource` is a tag of the specs ("server-types") or its name on the client
        ("server_types", "interfaces"); `under` is the id of the resource it lives under (a
        server, for its interfaces). The fields are stored as given; an answer shows those its
        schema has, and plausible values for the rest. `id` (or the item's own key, such as a
        keypair's `name`) picks the id; the lifecycle field (`state`) starts at the first
        stable state unless given.
        """
        found = self._resource(resource)
        with self.world.lock:
            parent = self._parent(found, under)
            key = found.key
            own = fields.get("id")
            if own is None and key is not None:
                own = fields.get(key) or (fields.get("name") if key.endswith("_name") else None)
            return self.world.add(found.tag, parent, fields, None if own is None else str(own)).id

    def get(self, resource: str, resource_id: str, /, *, under: str | None = None) -> Any:
        """A copy of a resource's stored fields (with its state now); None once it is gone."""
        found = self._resource(resource)
        with self.world.lock:
            record = (
                self.world.by_id(found.tag, resource_id)
                if under is None
                else self.world.find(found.tag, under, resource_id)
            )
            return None if record is None else json.loads(json.dumps(record.fields))

    def add_server(
        self,
        name: str = "server",
        *,
        state: str = "ACTIVE",
        locked: bool = False,
        file_storage: bool = False,
        lb_server_group: bool = False,
        backup: bool = False,
    ) -> str:
        """Adds a server as if it existed already; returns its id."""
        return self.add(
            SERVERS,
            name=name,
            state=state,
            locked=locked,
            file_storage=file_storage,
            lb_server_group=lb_server_group,
            backup=backup,
            server_type_id="s1v1m2",
            image_id=None,
            keypair_name=None,
        )

    def has_server(self, server_id: str) -> bool:
        """False once its deletion has finished (or if it never existed)."""
        return self.get(SERVERS, server_id) is not None

    def server_state(self, server_id: str) -> str | None:
        server = self.get(SERVERS, server_id)
        return None if server is None else str(server["state"])

    def deletes_started(self, server_id: str) -> int:
        """How many times a deletion of this server was started (at most once, if all is well)."""
        with self.world.lock:
            return self.world.deletes_started(SERVERS, server_id)

    def complete_pending(self) -> None:
        """Finishes every state change under way now, whatever its delay: for tests that must
        not depend on timing (a BUILD, a stop, a deletion is then done at once)."""
        with self.world.lock:
            self.world.complete_pending()

    def set_server(self, server_id: str, **flags: bool) -> None:
        """Changes a server's flags: locked, and those that make a deletion a conflict
        (file_storage, lb_server_group, backup)."""
        lifecycle = self.world.resources[SERVERS].lifecycle
        allowed = {"locked"} | {
            conflict.flag
            for conflicts in (lifecycle.conflicts.values() if lifecycle else ())
            for conflict in conflicts
        }
        unknown = set(flags) - allowed
        if unknown:
            raise ValueError(f"unknown flags {sorted(unknown)}; known: {sorted(allowed)}")
        with self.world.lock:
            record = self.world.get(SERVERS, None, server_id)
            self.world.update(record, flags)

    def _resource(self, name: str) -> Resource:
        known = self.world.resources
        if name in known:
            return known[name]
        by_attribute = [r for r in known.values() if name in (r.attribute, r.tag.replace("-", "_"))]
        if len(by_attribute) == 1:
            return by_attribute[0]
        raise ValueError(
            f"unknown resource {name!r}; known: {', '.join(sorted(known))}"
            if not by_attribute
            else f"{name!r} is ambiguous: {', '.join(r.tag for r in by_attribute)}"
        )

    def _parent(self, resource: Resource, under: str | None) -> str | None:
        if resource.parent is None:
            if under is not None:
                raise ValueError(f"{resource.tag} lives under nothing; leave out under=")
            return None
        if under is None:
            raise ValueError(f"{resource.tag} lives under a {resource.parent}: give under=<its id>")
        if self.world.by_id(resource.parent, under) is None:
            raise ValueError(f"no {self.world.resources[resource.parent].noun} {under}")
        return under

    def fail_next(
        self, count: int = 1, mode: FailureMode = "503", *, retry_after: float | None = None
    ) -> None:
        """Fails the next `count` API requests: with a status, or by dropping the connection.

        "drop" closes the connection before doing anything; "drop-after" does the work and
        then closes it without answering, as a network failure after the fact would.
        """
        if mode not in FAILURE_MODES:
            raise ValueError(f"mode must be one of {', '.join(FAILURE_MODES)}, not {mode!r}")
        with self._lock:
            self._failures.extend([(mode, retry_after)] * count)

    def _observe(self, exchange: Exchange) -> None:
        if self.observer is not None:
            self.observer(exchange)

    def fail_every(self, n: int, modes: Sequence[FailureMode] = ("503", "drop")) -> None:
        """Fails every n-th API request from now on, taking the modes in turn; 0 stops it."""
        for mode in modes:
            if mode not in FAILURE_MODES:
                raise ValueError(f"mode must be one of {', '.join(FAILURE_MODES)}, not {mode!r}")
        with self._lock:
            self._fail_every = (n, tuple(modes)) if n > 0 else None
            self._every_count = 0

    def _connection(self, delta: int) -> None:
        with self._lock:
            self.connections_open += delta
            self.connections_peak = max(self.connections_peak, self.connections_open)

    def version_document(self) -> dict[str, Any]:
        """What `GET /` answers: the versions, in SCP's discovery format, each labelled as it
        holds on the server's today (`version_status`)."""
        today = self._today()
        return {
            "versions": [
                {
                    "id": f"v{v.version}",
                    "links": [{"href": f"{self.url}/v1", "rel": "self"}],
                    "not_before": v.not_before.isoformat() if v.not_before else None,
                    "status": version_status(v, today),
                }
                for v in self.versions
            ]
        }

    # -- used by the handler --------------------------------------------------------------------

    def _next_failure(self) -> tuple[str, float | None] | None:
        with self._lock:
            self.requests_served += 1
            if self._failures:
                return self._failures.pop(0)
            if self._fail_every is not None:
                n, modes = self._fail_every
                self._every_count += 1
                if self._every_count % n == 0:
                    return modes[(self._every_count // n - 1) % len(modes)], None
        return None

    def _today(self) -> datetime.date:
        return today_in_korea(self.clock)

    def _resolve_version(self, header: str | None) -> str:
        today = self._today()
        usable = [v for v in self.versions if v.usable_on(today)]
        served = ", ".join(v.version for v in usable) or "none"
        if header is None:
            current = [v for v in usable if v.status == "CURRENT"] or usable
            if not current:
                raise Refusal(400, f"no API version is served on {today}")
            return current[-1].version
        match = _VERSION_HEADER.match(header)
        if match is None or match.group(1) != SERVICE:
            raise Refusal(
                400, f"Scp-Api-Version {header!r} is malformed; expected '{SERVICE} X.Y' ({served})"
            )
        version = match.group(2)
        entry = next((v for v in self.versions if v.version == version), None)
        if entry is None:
            raise Refusal(400, f"API version {version} is unknown; served: {served}")
        if entry.status == "PLANNED":
            raise Refusal(
                400, f"API version {version} is PLANNED, not yet callable; served: {served}"
            )
        if not entry.usable_on(today):
            raise Refusal(
                400,
                f"API version {version} is no longer supported (Not Before {entry.not_before}); "
                f"served: {served}",
            )
        if version not in self._specified:
            raise Refusal(
                400, f"API version {version} has no spec in this package; served: {served}"
            )
        return version

    def _authenticate(self, method: str, url: str, headers: Any) -> None:
        access_key = headers.get("Scp-Accesskey")
        signature = headers.get("Scp-Signature")
        timestamp = headers.get("Scp-Timestamp")
        missing = [
            name
            for name, value in (
                ("Scp-Accesskey", access_key),
                ("Scp-Signature", signature),
                ("Scp-Timestamp", timestamp),
                ("Scp-ClientType", headers.get("Scp-ClientType")),
            )
            if not value
        ]
        if missing:
            raise Refusal(401, f"missing headers: {', '.join(missing)}")
        if headers.get("Scp-ClientType") != CLIENT_TYPE:
            raise Refusal(401, f"Scp-ClientType must be {CLIENT_TYPE!r}")
        language = headers.get("Accept-Language")
        if language is not None and language not in LANGUAGES:
            raise Refusal(400, f"Accept-Language must be one of {', '.join(LANGUAGES)}")
        if access_key != self.credentials.access_key:
            raise Refusal(401, "unknown access key")
        if not timestamp.isdigit() or len(timestamp) != 13:
            raise Refusal(401, "Scp-Timestamp must be Unix time in milliseconds (13 digits)")
        skew = abs(time.time() - int(timestamp) / 1000)
        if skew > self.timestamp_window:
            raise Refusal(
                401,
                f"Scp-Timestamp is {skew:.0f} s away from the server's clock "
                f"(at most {self.timestamp_window:.0f} s)",
            )
        expected = sign(method, url, timestamp, access_key, self.credentials.secret_key)
        if not hmac.compare_digest(expected, signature):
            raise Refusal(401, "signature mismatch")

    def _dispatch(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: Message[str, str],
        raw: bytes,
        version: str,
    ) -> tuple[int, Any]:
        """Routes by the version's spec, validates by it, and runs the operation."""
        match = router(version).match(method, path)
        if match is None:
            raise Refusal(404, f"{method} {path} is not an operation of API version {version}")
        body = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise Refusal(400, "the body is not valid JSON") from None
        operation = match.operation
        content_type = headers.get("Content-Type") or "application/json"
        declared = any(p.location == "header" for p in operation.parameters)
        problems = _validation.problems(
            operation,
            path,
            match.path_parameters,
            query,
            headers.items() if declared else (),
            content_type,
            raw,
        )
        if problems:
            raise Refusal(400, "; ".join(problems))
        return self._engine.execute(match, query, body)


def version_status(version: ApiVersion, today: datetime.date) -> str:
    """A version's status as it holds today: EXPIRED once its Not Before date has come (this
    server refuses it, as SCP no longer supports it), DEPRECATED within 90 days of it (SCP's
    meaning of DEPRECATED), else the status of the table."""
    if version.status == "PLANNED" or version.not_before is None:
        return version.status
    if not version.usable_on(today):
        return "EXPIRED"
    if (version.not_before - today).days <= WARN_DAYS:
        return "DEPRECATED"
    return version.status


def error_body(status: int, detail: str) -> dict[str, Any]:
    title = HTTPStatus(status).phrase
    return {
        "errors": [
            {
                "status": status,
                "code": title.upper().replace(" ", "_"),
                "title": title,
                "detail": detail,
            }
        ]
    }


_JSON = {"Content-Type": "application/json"}


def _error_json(status: int, detail: str) -> bytes:
    return json.dumps(error_body(status, detail)).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LocalVirtualServer"
    # Headers and body go out in two writes: with Nagle's algorithm the body waits for the
    # client's delayed ACK (40 ms on Linux), which made every answer with a body that slow.
    disable_nagle_algorithm = True
    app: LocalVirtualServer

    def setup(self) -> None:
        connection, head = self.request  # the head the server's selector read (`_HTTPServer`)
        self.request = connection
        super().setup()
        self.rfile.close()
        self.rfile = io.BufferedReader(_Prefixed(head, connection))

    def handle(self) -> None:
        """One request; the server waits for the next one without a thread (`_HTTPServer`)."""
        self.close_connection = True
        self.handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and the demo print what matters themselves

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        raw = self._body()
        if raw is None:
            return
        parts = urlsplit(self.path)
        url = f"http://{self.headers.get('Host', '')}{self.path}"
        if method == "GET" and parts.path in ("", "/"):
            self._send(200, self.app.version_document())
            return
        failure = self.app._next_failure()
        if failure is not None and failure[0] == "drop":
            self.close_connection = True
            return
        version: str | None = None
        headers: dict[str, str] = {}
        if failure is not None and failure[0] != "drop-after":
            mode, retry_after = failure
            if retry_after is not None:
                headers["Retry-After"] = f"{retry_after:g}"
            status, payload = int(mode), error_body(int(mode), "injected failure")
        else:
            try:
                self.app._authenticate(method, url, self.headers)
                version = self.app._resolve_version(self.headers.get("Scp-Api-Version"))
                status, payload = self.app._dispatch(
                    method,
                    parts.path,
                    parse_qsl(parts.query, keep_blank_values=True),
                    self.headers,
                    raw,
                    version,
                )
            except Refusal as refusal:
                status, payload = refusal.status, error_body(refusal.status, refusal.detail)
            except Exception as bug:  # a bug of the local server: say so, do not drop the line
                status = 500
                payload = error_body(500, f"local server error: {type(bug).__name__}: {bug}")
        data = b"" if payload is None else json.dumps(payload).encode()
        if data:
            headers["Content-Type"] = "application/json"
        self.app._observe(
            Exchange(
                method=method,
                url=url,
                request_headers=dict(self.headers.items()),
                request_body=raw,
                version=version,
                status=status,
                response_headers=headers,
                response_body=data,
                injected=failure is not None,
            )
        )
        if failure is not None and failure[0] == "drop-after":
            self.close_connection = True  # the work is done, the answer is lost
            return
        self._send_raw(status, data, headers)

    def _body(self) -> bytes | None:
        """The request's body; None when it was refused (answered already): a length that is
        not a number, a chunked body, or one over the limit, before any of it is read."""
        declared = self.headers.get("Content-Length")
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        if chunked or (declared is not None and not declared.strip().isdigit()):
            self.close_connection = True
            detail = "a body needs a Content-Length (a number of bytes); chunked is not taken"
            status = 411 if chunked else 400
            self._send_raw(status, _error_json(status, detail), _JSON)
            return None
        length = int(declared or 0)
        if length > self.app.max_body_bytes:
            self.close_connection = True  # the rest of it is never read
            detail = f"the body is {length} bytes, over the {self.app.max_body_bytes} taken"
            self._send_raw(413, _error_json(413, detail), _JSON)
            return None
        return self._read(length)

    def _read(self, length: int) -> bytes | None:
        """The body, within `idle_timeout` in all (a body that trickles in holds a worker no
        longer than that); None, and the line closed, if it does not come in time."""
        deadline = time.monotonic() + self.app.idle_timeout
        parts: list[bytes] = []
        left = length
        while left > 0:
            wait = deadline - time.monotonic()
            if wait <= 0:
                self.close_connection = True
                return None
            self.connection.settimeout(wait)
            try:
                part = self.rfile.read1(min(left, 65536))
            except OSError:
                part = b""
            if not part:
                self.close_connection = True
                return None
            parts.append(part)
            left -= len(part)
        self.connection.settimeout(self.app.idle_timeout)
        return b"".join(parts)

    def _send(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self._send_raw(status, data, {"Content-Type": "application/json"})

    def _send_raw(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        headers = dict(headers or {})
        if self.close_connection:
            headers["Connection"] = "close"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))  # after the headers above, as before
        self.end_headers()
        if data:
            self.wfile.write(data)
