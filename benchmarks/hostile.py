"""How the client holds against hostile servers, in figures (tests/test_hostile_*.py checks the
behaviour; this measures what a test must not: time and memory).

- deadline overrun: seconds a call ends past its `timeout=` against a server that trickles a
  byte every half second (body, or head), one that never answers, one that answers 503 forever,
  and a waiter whose polls hang; sync and async. Target: at most 1 s.
- peak memory: the largest resident size of a process whose one call meets a 1 MB gzip bomb
  (1 GiB inflated; on a 200, and on a 503 that would be retried) or an endless body, against
  the same process making one ordinary call. Target: under 100 MB.

    python -m benchmarks.hostile [--long]   (--long: also the default 60 s budget, a byte / 5 s)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import scp_virtualserver as vs


def a_server() -> dict[str, Any]:
    """A valid GET /v1/servers/{id} answer (API 1.3), as the local server gives it."""
    import httpx

    from scp_virtualserver.signing import ScpAuth
    from scp_virtualserver.testing import LocalVirtualServer

    with LocalVirtualServer() as srv:
        sid = srv.add_server("web")
        auth = ScpAuth(srv.credentials, api_version="1.3")
        server: dict[str, Any] = httpx.get(f"{srv.url}/v1/servers/{sid}", auth=auth).json()
    return server


SERVER = a_server()
SID = SERVER["id"]
DEADLINE_TARGET = 1.0
MEMORY_TARGET_MB = 100.0

Serve = Callable[[socket.socket], None]


@contextlib.contextmanager
def serving(serve: Serve) -> Iterator[str]:
    """A raw server on 127.0.0.1: `serve(sock)` for each connection after its request head."""
    stopping = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0), backlog=64)
    listener.settimeout(0.05)
    sockets: list[socket.socket] = []

    def handle(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 1 << 16:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                data += chunk
            serve(sock)

    def accept() -> None:
        while not stopping.is_set():
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sockets.append(sock)
            threading.Thread(target=handle, args=(sock,), daemon=True).start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    host, port = listener.getsockname()[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        stopping.set()
        acceptor.join(5)
        listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def trickle(head: bytes, every: float, count: int = 100_000) -> Serve:
    def serve(sock: socket.socket) -> None:
        sock.sendall(head)
        for _ in range(count):
            time.sleep(every)
            sock.sendall(b" ")

    return serve


def trickle_head(every: float) -> Serve:
    def serve(sock: socket.socket) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000:
            time.sleep(every)
            sock.sendall(bytes([byte]))

    return serve


def silent(sock: socket.socket) -> None:
    time.sleep(120)


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Serve:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    data = ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    def serve(sock: socket.socket) -> None:
        sock.sendall(data)

    return serve


def slow_build(sock: socket.socket) -> None:
    time.sleep(0.3)
    body = json.dumps({**SERVER, "state": "BUILD"}).encode()
    answer(200, body, {"Content-Type": "application/json"})(sock)


def endless(sock: socket.socket) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"10000\r\n" + b"a" * 0x10000 + b"\r\n"
    for _ in range(16 * 1024):
        sock.sendall(chunk)


# -- deadlines ----------------------------------------------------------------------------------


PERSISTENT = vs.RetryPolicy(attempts=100, backoff=0.2, max_backoff=0.2, total=30)
"""Retries that would outlast any budget here: the deadline, not the policy, ends the call."""


def client_settings(url: str) -> dict[str, Any]:
    return {
        "endpoint_url": url,
        "credentials": vs.Credentials("AK", "SK"),
        "api_version": "1.3",
        "retry": PERSISTENT,
    }


def timed_get(url: str, mode: str, timeout: float | None) -> tuple[float, str]:
    start = time.monotonic()
    outcome = "result"
    try:
        if mode == "sync":
            with vs.VirtualServerClient(**client_settings(url)) as client:
                client.servers.get(SID, timeout=timeout)
        else:

            async def run() -> None:
                async with vs.AsyncVirtualServerClient(**client_settings(url)) as client:
                    await client.servers.get(SID, timeout=timeout)

            asyncio.run(run())
    except vs.ScpError as error:
        outcome = type(error).__name__
    return time.monotonic() - start, outcome


def timed_wait(url: str, mode: str, timeout: float) -> tuple[float, str]:
    start = time.monotonic()
    outcome = "result"
    try:
        if mode == "sync":
            with vs.VirtualServerClient(**client_settings(url)) as client:
                client.servers.wait_for_state(SID, "ACTIVE", timeout=timeout, interval=0.2)
        else:

            async def run() -> None:
                async with vs.AsyncVirtualServerClient(**client_settings(url)) as client:
                    await client.servers.wait_for_state(
                        SID, "ACTIVE", timeout=timeout, interval=0.2
                    )

            asyncio.run(run())
    except vs.ScpError as error:
        outcome = type(error).__name__
    return time.monotonic() - start, outcome


def deadlines(long: bool) -> float:
    cases: list[tuple[str, Serve, float | None]] = [
        ("trickled body", trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n{", 0.5), 2),
        ("trickled head", trickle_head(0.5), 2),
        ("silent", silent, 2),
        ("503 forever", answer(503, b"busy"), 2),
    ]
    if long:
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n{"
        cases.append(("byte every 5 s, default budget", trickle(head, 5.0), None))
    worst = 0.0
    for name, serve, timeout in cases:
        for mode in ("sync", "async"):
            with serving(serve) as url:
                elapsed, outcome = timed_get(url, mode, timeout)
            overrun = elapsed - (60.0 if timeout is None else timeout)
            worst = max(worst, overrun)
            print(f"  {name:32} {mode:5} {elapsed:7.3f} s  overrun {overrun:+.3f} s  {outcome}")
    for mode in ("sync", "async"):
        with serving(slow_build) as url:
            elapsed, outcome = timed_wait(url, mode, 1.0)
        worst = max(worst, elapsed - 1.0)
        print(
            f"  {'waiter, polls of 0.3 s':32} {mode:5} {elapsed:7.3f} s  "
            f"overrun {elapsed - 1.0:+.3f} s  {outcome}"
        )
    return worst


# -- memory -------------------------------------------------------------------------------------

CHILD = """
import resource, sys
import scp_virtualserver as vs
url, limit = sys.argv[1], int(sys.argv[2])
settings = dict(endpoint_url=url, credentials=vs.Credentials("AK", "SK"), api_version="1.3")
if limit:
    settings["max_response_bytes"] = limit
try:
    with vs.VirtualServerClient(**settings) as client:
        client.servers.get(sys.argv[3])
    outcome = "result"
except vs.ScpError as error:
    outcome = type(error).__name__
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome)
"""


def gzip_bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(megabytes)), packer.flush()])


def peak_mb(serve: Serve, limit: int = 0) -> tuple[float, str]:
    with serving(serve) as url:
        result = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", CHILD, url, str(limit), SID],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    megabytes, outcome = result.stdout.split()
    return float(megabytes), outcome


def memory() -> float:
    bomb = gzip_bomb(1024)
    body = json.dumps(SERVER).encode()
    cases = [
        ("ordinary answer", answer(200, body, {"Content-Type": "application/json"})),
        (f"gzip bomb, {len(bomb) >> 10} KB -> 1 GiB, 200", answer(200, bomb, GZIP)),
        ("gzip bomb on a 503 (retryable)", answer(503, bomb, GZIP)),
        ("endless chunked body", endless),
    ]
    worst = 0.0
    for name, serve in cases:
        megabytes, outcome = peak_mb(serve)
        worst = max(worst, megabytes)
        print(f"  {name:36} peak {megabytes:6.1f} MB  {outcome}")
    return worst


GZIP = {"Content-Encoding": "gzip", "Content-Type": "application/json"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print("deadline overrun (elapsed minus timeout):")
    overrun = deadlines("--long" in argv)
    print(f"RESULT deadline_overrun_max {overrun:.3f} s")
    print(
        f"  target: at most {DEADLINE_TARGET:.2f} s: "
        f"{'holds' if overrun <= DEADLINE_TARGET else 'MISSED'}"
    )
    print("peak memory of a process making one call:")
    peak = memory()
    print(f"RESULT hostile_peak_memory_max {peak:.1f} MB")
    print(
        f"  target: under {MEMORY_TARGET_MB:.0f} MB: "
        f"{'holds' if peak < MEMORY_TARGET_MB else 'MISSED'}"
    )
    return 0 if overrun <= DEADLINE_TARGET and peak < MEMORY_TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
