"""httpcore network backends that keep the call's deadline below httpx.

Every socket operation (connecting, TLS, each read and each write) gets at most the time left
of the running call, so a server that trickles a byte every few seconds cannot hold a call past
its deadline; names are looked up in the client's `LookupPool`, within the time left too. They
are given to httpcore's pools through its public `network_backend=` argument (`_pool.py`).
Outside the SDK's calls (no deadline running) they act as the backends they wrap.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Iterable
from typing import Any

import httpcore

from ._deadline import clamp
from ._resolver import LookupPool

__all__ = ["AsyncDeadlineBackend", "DeadlineBackend"]


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, clamp(timeout, "read"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, clamp(timeout, "write"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        clamped = clamp(timeout, "connect")
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, clamped))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, within the call's deadline, looking names up in `lookups`."""

    def __init__(self, lookups: LookupPool, backend: httpcore.NetworkBackend | None = None) -> None:
        self._lookups = lookups
        self._backend = backend or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        allowed = clamp(timeout, "connect")  # before the lookup is queued: none if too late
        future = self._lookups.submit(host, port)
        try:
            addresses = future.result(allowed)
        except concurrent.futures.TimeoutError:
            raise httpcore.ConnectTimeout(f"looking up {host} took longer than allowed") from None
        except Exception as error:
            raise httpcore.ConnectError(f"cannot look up {host}: {error}") from None
        finally:
            future.cancel()  # dropped if still queued; a lookup under way runs to its end
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        for address in addresses[:-1]:  # each in turn, as socket.create_connection does
            try:
                stream = self._backend.connect_tcp(
                    address, port, clamp(timeout, "connect"), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
            return _DeadlineStream(stream)
        stream = self._backend.connect_tcp(
            addresses[-1], port, clamp(timeout, "connect"), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        clamped = clamp(timeout, "connect")
        return _DeadlineStream(self._backend.connect_unix_socket(path, clamped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, clamp(timeout, "read"))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, clamp(timeout, "write"))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        clamped = clamp(timeout, "connect")
        stream = await self._stream.start_tls(ssl_context, server_hostname, clamped)
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, within the call's deadline; names are looked up in `lookups`
    (threads of the client's own), never in the event loop's default executor."""

    def __init__(
        self, lookups: LookupPool, backend: httpcore.AsyncNetworkBackend | None = None
    ) -> None:
        self._lookups = lookups
        self._backend = backend or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        allowed = clamp(timeout, "connect")  # before the lookup is queued: none if too late
        future = self._lookups.submit(host, port)
        waiting = asyncio.wrap_future(future)
        try:
            addresses = await asyncio.wait_for(waiting, allowed)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"looking up {host} took longer than allowed") from None
        except Exception as error:
            raise httpcore.ConnectError(f"cannot look up {host}: {error}") from None
        finally:
            future.cancel()  # dropped if still queued; a lookup under way runs to its end
            if waiting.done() and not waiting.cancelled():
                waiting.exception()  # read, so that asyncio does not report it as lost
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        for address in addresses[:-1]:
            try:
                stream = await self._backend.connect_tcp(
                    address, port, clamp(timeout, "connect"), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
            return _AsyncDeadlineStream(stream)
        stream = await self._backend.connect_tcp(
            addresses[-1], port, clamp(timeout, "connect"), local_address, socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        clamped = clamp(timeout, "connect")
        stream = await self._backend.connect_unix_socket(path, clamped, socket_options)
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
