"""Name lookups in a small pool of threads, shared by one client's connections.

getaddrinfo cannot be stopped: it waits as long as the system's resolver does (30 s and more
when a DNS server does not answer). So it runs in a few threads of the client's own, and a call
waits for it no longer than its deadline allows. Lookups still queued when their call gives up
are dropped, never run; so however many calls fail against a resolver that never answers, the
client holds at most `size` threads (and their sockets). The async client looks up in the same
kind of pool, not in its event loop's default executor: a hung lookup never makes every other
task of the loop wait for a resolver thread.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import queue
import socket
import threading
from typing import Any

__all__ = ["LOOKUP_THREADS", "LookupPool"]

LOOKUP_THREADS = 4
"""Threads a client looks names up in: a client talks to one endpoint, so one lookup at a time
would do; a few let a lookup that hangs not hold up the next connection's."""

IDLE_SECONDS = 10.0
"""A lookup thread with nothing to do for this long ends (a client that is never closed
leaves no threads behind); the next lookup starts one again."""

Lookup = tuple["concurrent.futures.Future[list[str]]", str, int]


class LookupPool:
    """At most `size` daemon threads running getaddrinfo, started as lookups come and ended
    when idle.

    Daemon threads: a lookup that hangs never holds up the interpreter's exit (a
    ThreadPoolExecutor's threads are joined at exit)."""

    def __init__(self, size: int = LOOKUP_THREADS) -> None:
        self.size = size
        self._queue: queue.SimpleQueue[Lookup | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, host: str, port: int) -> concurrent.futures.Future[list[str]]:
        """The addresses of `host`, as a future; cancel it to drop the lookup if not started."""
        future: concurrent.futures.Future[list[str]] = concurrent.futures.Future()
        literal = _address(host)
        if literal is not None:
            future.set_result([literal])
            return future
        with self._lock:
            if self._closed:
                raise RuntimeError("the client is closed")
            self._queue.put((future, host, port))
            if len(self._threads) < self.size:
                thread = threading.Thread(target=self._work, name="scp-lookup", daemon=True)
                self._threads.append(thread)
                thread.start()
        return future

    def _work(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():  # else a lookup came just now: stay for it
                        me = threading.current_thread()
                        if me in self._threads:
                            self._threads.remove(me)
                        return
                continue
            if item is None:
                return
            future, host, port = item
            if not future.set_running_or_notify_cancel():
                continue  # its call gave up while it waited here
            try:
                found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except Exception as error:  # OSError; UnicodeError for a label of over 63 characters
                future.set_exception(error)
            else:
                future.set_result(_addresses(found))
            del item, future

    def close(self) -> None:
        """Lets the threads end (each after the lookup it is in, if any)."""
        with self._lock:
            self._closed = True
            for _ in self._threads:
                self._queue.put(None)
            self._threads = []


def _address(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


def _addresses(found: list[Any]) -> list[str]:
    return list(dict.fromkeys(str(entry[4][0]) for entry in found))
