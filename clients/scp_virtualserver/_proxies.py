"""Which proxy a client sends through, if any: the one asked for, else (with trust_env) the
environment's; never one that would carry signed plain http off this machine."""

from __future__ import annotations

import httpx

__all__ = ["is_loopback", "proxy_for"]


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
    if endpoint.startswith("http:") and not is_loopback(chosen.url.host):
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


def is_loopback(host: str) -> bool:
    from .credentials import _is_loopback as loopback

    return loopback(host.strip("[]"))
