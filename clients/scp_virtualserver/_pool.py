"""The SDK's own httpx transports: httpcore connection pools built with the deadline backends.

httpx's HTTPTransport takes no network backend, so these do what it does (an httpx request in,
an httpx response out, httpcore's errors as httpx's) over a pool built through httpcore's public
`ConnectionPool(network_backend=...)` (and its proxy pools'). If httpcore ever stops taking one,
making a client fails at once, saying so: a client never runs without its deadline.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpcore
import httpx

from ._backends import AsyncDeadlineBackend, DeadlineBackend
from ._resolver import LookupPool
from .errors import InvalidParameterError, ScpError

__all__ = ["AsyncPoolTransport", "PoolTransport"]

_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
    httpcore.ProtocolError: httpx.ProtocolError,
}


def _as_httpx(error: Exception, request: httpx.Request) -> Exception:
    """httpcore's error as the httpx error of the same kind (the nearest in its class tree)."""
    for kind in type(error).__mro__:
        mapped = _ERRORS.get(kind)
        if mapped is not None:
            return mapped(str(error), request=request)
    return error


def _core_request(request: httpx.Request) -> httpcore.Request:
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(
            scheme=request.url.raw_scheme,
            host=request.url.raw_host,
            port=request.url.port,
            target=request.url.raw_path,
        ),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


def _pool_settings(
    verify: ssl.SSLContext | str | bool,
    limits: httpx.Limits,
    proxy: httpx.Proxy | None,
    trust_env: bool,
) -> tuple[str, dict[str, Any]]:
    """Which httpcore pool to build ("pool", "http-proxy", "socks-proxy"), and its arguments."""
    settings: dict[str, Any] = {
        "ssl_context": httpx.create_ssl_context(verify=verify, trust_env=trust_env),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }
    if proxy is None:
        return "pool", settings
    settings["proxy_url"] = httpcore.URL(
        scheme=proxy.url.raw_scheme,
        host=proxy.url.raw_host,
        port=proxy.url.port,
        target=proxy.url.raw_path,
    )
    settings["proxy_auth"] = proxy.raw_auth
    if proxy.url.scheme in ("http", "https"):
        settings["proxy_headers"] = proxy.headers.raw
        settings["proxy_ssl_context"] = proxy.ssl_context
        return "http-proxy", settings
    import importlib.util

    if importlib.util.find_spec("socksio") is None:  # httpcore's SOCKS pools need it
        raise InvalidParameterError(
            "a socks5 proxy needs the socksio package: pip install 'httpx[socks]'"
        )
    return "socks-proxy", settings


def _built(kind: type[Any], backend: object, settings: dict[str, Any]) -> Any:
    try:
        return kind(network_backend=backend, **settings)
    except TypeError as problem:
        raise ScpError(
            f"cannot give httpcore's {kind.__name__} the network backend that keeps every call's "
            f"deadline ({problem}); this httpcore ({httpcore.__version__}) is not one this SDK "
            "works with: install httpcore 1.x"
        ) from None


class PoolTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose sockets keep the call's deadline."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool,
        limits: httpx.Limits,
        proxy: httpx.Proxy | None,
        trust_env: bool,
        lookups: LookupPool,
    ) -> None:
        kind, settings = _pool_settings(verify, limits, proxy, trust_env)
        pool_class = {
            "pool": httpcore.ConnectionPool,
            "http-proxy": httpcore.HTTPProxy,
            "socks-proxy": httpcore.SOCKSProxy,
        }[kind]
        self._pool: httpcore.ConnectionPool = _built(pool_class, DeadlineBackend(lookups), settings)
        self._lookups = lookups

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            answer = self._pool.handle_request(_core_request(request))
        except Exception as error:
            raise _as_httpx(error, request) from None
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Stream(answer.stream, request),  # type: ignore[arg-type]
            extensions=answer.extensions,
        )

    def close(self) -> None:
        self._pool.close()
        self._lookups.close()


class _Stream(httpx.SyncByteStream):
    def __init__(self, inner: Iterator[bytes], request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except Exception as error:
            raise _as_httpx(error, self._request) from None

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """`PoolTransport` for the async client."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool,
        limits: httpx.Limits,
        proxy: httpx.Proxy | None,
        trust_env: bool,
        lookups: LookupPool,
    ) -> None:
        kind, settings = _pool_settings(verify, limits, proxy, trust_env)
        pool_class = {
            "pool": httpcore.AsyncConnectionPool,
            "http-proxy": httpcore.AsyncHTTPProxy,
            "socks-proxy": httpcore.AsyncSOCKSProxy,
        }[kind]
        self._pool: httpcore.AsyncConnectionPool = _built(
            pool_class, AsyncDeadlineBackend(lookups), settings
        )
        self._lookups = lookups

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            answer = await self._pool.handle_async_request(_core_request(request))
        except Exception as error:
            raise _as_httpx(error, request) from None
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_AsyncStream(answer.stream, request),  # type: ignore[arg-type]
            extensions=answer.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()
        self._lookups.close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: AsyncIterator[bytes], request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._inner:
                yield part
        except Exception as error:
            raise _as_httpx(error, self._request) from None

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            await aclose()
