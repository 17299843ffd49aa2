"""What the sync and the async client share: settings, the version in use, the generated code.

Nothing here does I/O; `client.py` and `aio.py` do it, each in its own way.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import _checks as checks
from ._calls import Answer, attempt_number
from ._generated_base import DEFAULT_TIMEOUT
from ._transport import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    build_async_transport,
    build_transport,
    proxy_for,
)
from ._version import __version__
from .credentials import Credentials, resolve_credentials, resolve_endpoint
from .errors import (
    InvalidParameterError,
    UnsupportedVersionError,
    VersionDeprecationWarning,
    VersionDiscoveryWarning,
    VersionDriftWarning,
    VersionExpiredWarning,
)
from .retry import RetryPolicy
from .signing import ScpAuth
from .versions import (
    VERSIONS,
    WARN_DAYS,
    Clock,
    VersionDrift,
    check_pinned,
    compare_with_service,
    select_version,
    today_in_korea,
)

logger = logging.getLogger("scp_virtualserver")

AUTO = "auto"
DEFAULT_CALL_TIMEOUT = 60.0
"""Seconds a call may take in all, attempts, waits and reading included, unless told."""
USER_AGENT = f"scp-virtualserver/{__version__}"
API_VERSION_VARIABLE = "SCP_API_VERSION"
"""Pins the API version by configuration ("1.2", or "auto") for clients given api_version=None.

Precedence: the `api_version` argument, then this variable, then the Not Before dates."""
STRICT_VARIABLE = "SCP_STRICT"
"""Set to 1 for clients given strict=None: every difference of an answer from its schema is then
a MalformedResponseError (the project's own tests run so)."""


class ClientSettings:
    """A client's settings and the version it speaks, chosen as DESIGN's version policy says."""

    def __init__(
        self,
        *,
        region: str | None,
        environment: str | None,
        endpoint_url: str | None,
        credentials: Credentials | None,
        api_version: str | None,
        clock: Clock | None,
        strict_versions: bool,
        language: str,
        strict: bool | None = None,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        stacklevel: int,
        verify: object = True,
        trust_env: bool = False,
        proxy: object = None,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.endpoint = resolve_endpoint(
            endpoint_url=endpoint_url, region=region, environment=environment
        )
        if credentials is not None and not isinstance(credentials, Credentials):
            raise InvalidParameterError(
                f"credentials must be a Credentials, not {type(credentials).__name__}"
            )
        self.credentials = resolve_credentials(credentials)
        self.auth = ScpAuth(self.credentials, language=language)
        if clock is not None and not callable(clock):
            raise InvalidParameterError(f"clock must be a callable, not {clock!r}")
        self.clock = clock
        checks.boolean("strict_versions", strict_versions)
        if strict is None:
            strict = os.environ.get(STRICT_VARIABLE, "").strip().lower() in ("1", "true", "yes")
        self.strict = checks.boolean("strict", strict)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise InvalidParameterError(f"retry must be a RetryPolicy, not {retry!r}")
        self.retry = retry if retry is not None else RetryPolicy()
        if timeout is DEFAULT_TIMEOUT:  # its pool wait: the call's deadline, not 30 s
            timeout = httpx.Timeout(
                connect=DEFAULT_TIMEOUT.connect,
                read=DEFAULT_TIMEOUT.read,
                write=DEFAULT_TIMEOUT.write,
                pool=None,
            )
        self.timeout = checks.timeout_setting(timeout)
        self.verify = checks.verify_setting(verify)
        self.trust_env = checks.boolean("trust_env", trust_env)
        self.proxy = proxy_for(self.endpoint, proxy, self.trust_env)
        self.limits = checks.limits(limits)
        self.max_response_bytes = checks.max_response_bytes(max_response_bytes)
        self.version: str | None = None
        self.drift: tuple[VersionDrift, ...] = ()
        if api_version is None:
            api_version = os.environ.get(API_VERSION_VARIABLE, "").strip() or None
        if api_version is None:
            self.version = select_version(self.today())
        elif api_version == AUTO:
            pass  # asked of the service on first use
        elif isinstance(api_version, str):
            check_pinned(
                api_version, self.today(), strict=strict_versions, stacklevel=stacklevel + 1
            )
            self.version = api_version
        else:
            raise InvalidParameterError(
                f"api_version must be None, 'auto' or a version such as '1.3', not {api_version!r}"
            )

    def today(self) -> datetime.date:
        return today_in_korea(self.clock)

    # -- api_version="auto" ---------------------------------------------------------------------

    def choose_discovered(self, outcome: Answer | Exception) -> str:
        """The version to use after asking the service; falls back to the table with a warning.

        The service is the authority on what it serves today: a version it lists as CURRENT,
        SUPPORTED or DEPRECATED is usable, whatever the dates say; a date that has passed or
        is near only warns. Warnings point at the caller's line, outside this package.
        """
        today = self.today()
        try:
            listed = _parse_version_document(outcome)
        except ValueError as problem:
            self.version = select_version(today)
            warnings.warn(
                f"could not read the service's API versions ({problem}); using {self.version} "
                "from this release's table",
                VersionDiscoveryWarning,
                stacklevel=caller_stacklevel(),
            )
            return self.version
        self.drift = compare_with_service(listed)
        if self.drift:
            warn_drift(self.endpoint, self.drift)
        known = {v.version: v for v in VERSIONS}
        usable = sorted(
            (v for v, (status, _) in listed.items() if v in known and status in SERVED),
            key=lambda v: tuple(int(p) for p in v.split(".")),
        )
        if not usable:
            raise UnsupportedVersionError(
                f"the service serves no version that this release knows: it lists "
                f"{', '.join(f'{v} {s}' for v, (s, _) in sorted(listed.items())) or 'none'}, "
                f"this release knows {', '.join(sorted(known))}"
            )
        self.version = usable[-1]
        status, not_before = listed[self.version]
        ending = not_before or known[self.version].not_before
        if ending is not None and (ending - today).days <= WARN_DAYS:
            passed = today >= ending
            warnings.warn(
                f"API version {self.version}, the newest the service serves that this release "
                f"knows ({status}), {'was' if passed else 'is'} supported until {ending}"
                + ("; the service still serves it" if passed else ""),
                VersionExpiredWarning if passed else VersionDeprecationWarning,
                stacklevel=caller_stacklevel(),
            )
        return self.version

    # -- logging --------------------------------------------------------------------------------

    def event_hooks(self, asynchronous: bool) -> dict[str, list[Callable[..., Any]]]:
        if asynchronous:

            async def on_request_async(request: httpx.Request) -> None:
                _mark(request)

            async def on_response_async(response: httpx.Response) -> None:
                _log(response)

            return {"request": [on_request_async], "response": [on_response_async]}
        return {"request": [_mark], "response": [_log]}

    def httpx_settings(self, verify: Any = None) -> dict[str, Any]:
        """The SDK's own httpx client; the endpoint, signing and timeouts are given per
        request (`_sending`), as they are on a caller's."""
        return {
            "timeout": self.timeout,
            "verify": self.verify,
            "trust_env": self.trust_env,
            "follow_redirects": False,
            "headers": {
                "User-Agent": f"{USER_AGENT} httpx/{httpx.__version__}",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        }

    def user_agent(self) -> str:
        return f"{USER_AGENT} httpx/{httpx.__version__}"

    def budget(self, timeout: object = None) -> float:
        """A call's time budget: its `timeout=`, else 60 s (or the retry policy's total, if
        longer)."""
        if timeout is None:
            return max(DEFAULT_CALL_TIMEOUT, self.retry.total)
        return checks.seconds("timeout", timeout)

    def transport(self, given: httpx.BaseTransport | None) -> httpx.BaseTransport:
        """The transport every request goes through: deadlines, size limit, decoding."""
        if given is not None and not isinstance(given, httpx.BaseTransport):
            raise InvalidParameterError(f"transport must be an httpx.BaseTransport, not {given!r}")
        return build_transport(given, **self._transport_settings())

    def async_transport(self, given: httpx.AsyncBaseTransport | None) -> httpx.AsyncBaseTransport:
        if given is not None and not isinstance(given, httpx.AsyncBaseTransport):
            raise InvalidParameterError(
                f"transport must be an httpx.AsyncBaseTransport, not {given!r}"
            )
        return build_async_transport(given, **self._transport_settings())

    def _transport_settings(self) -> dict[str, Any]:
        return {
            "verify": self.verify,
            "limits": self.limits,
            "proxy": self.proxy,
            "trust_env": self.trust_env,
            "max_response_bytes": self.max_response_bytes,
        }


_DRIFT_WARNED: set[str] = set()
_DRIFT_LOCK = threading.Lock()


def warn_drift(endpoint: str, drift: tuple[VersionDrift, ...]) -> None:
    """VersionDriftWarning, once per process and endpoint, at the caller's line."""
    with _DRIFT_LOCK:
        if endpoint in _DRIFT_WARNED:
            return
        _DRIFT_WARNED.add(endpoint)
    warnings.warn(
        f"the service at {endpoint} lists API versions other than this release's table "
        f"(scp-virtualserver {__version__}): {'; '.join(map(str, drift))}. This release's "
        "table may be out of date: a newer release of scp-virtualserver may exist "
        "(client.version_drift() lists these differences)",
        VersionDriftWarning,
        stacklevel=caller_stacklevel(),
    )


SERVED = frozenset({"CURRENT", "SUPPORTED", "DEPRECATED"})
"""The statuses with which a service's version document says it serves a version."""


def caller_stacklevel() -> int:
    """The `stacklevel` that points a warning at the first frame outside this package."""
    import sys

    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith(__package__ or "-"):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def adopt(
    http_client: httpx.Client | httpx.AsyncClient, core: ClientSettings, transport: object
) -> None:
    """Checks a caller's httpx client, and changes nothing on it: every request of the SDK
    carries its endpoint, signature and bounds itself (`_sending`). Refused: a client that
    takes a proxy from the environment which would carry signed plain http off this machine
    (a proxy mounted on it is refused when a request would go through it)."""
    if transport is not None:
        raise InvalidParameterError(
            "give transport or http_client, not both: a transport belongs inside the httpx client"
        )
    proxy_for(core.endpoint, None, http_client.trust_env)


def _mark(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request.extensions["scp_started"] = time.perf_counter()


def _log(response: httpx.Response) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    started = request.extensions.get("scp_started")
    duration = f"{(time.perf_counter() - started) * 1000:.1f} ms" if started else "?"
    logger.debug(
        "%s %s version=%s status=%d attempt=%d duration=%s",
        request.method,
        request.url,
        request.headers.get("Scp-Api-Version", "-"),
        response.status_code,
        attempt_number.get(),
        duration,
    )


def _parse_version_document(
    outcome: Answer | Exception,
) -> dict[str, tuple[str, datetime.date | None]]:
    if isinstance(outcome, Exception):
        raise ValueError(f"{type(outcome).__name__}: {outcome}")
    if outcome.status != 200:
        raise ValueError(f"GET / answered {outcome.status}")
    try:
        document = json.loads(outcome.content)
    except (ValueError, RecursionError):
        raise ValueError("GET / did not answer JSON (or nested it too deeply)") from None
    entries = document.get("versions") if isinstance(document, Mapping) else None
    if not isinstance(entries, list):
        raise ValueError("the answer has no 'versions' list")
    listed: dict[str, tuple[str, datetime.date | None]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        identifier, status = entry.get("id"), entry.get("status")
        if not isinstance(identifier, str) or not isinstance(status, str):
            continue
        raw_date = entry.get("not_before")
        try:
            not_before = datetime.date.fromisoformat(raw_date) if raw_date else None
        except (TypeError, ValueError):
            continue  # an entry we cannot read is not one we can trust
        listed[identifier.removeprefix("v")] = (status, not_before)
    if not listed:
        raise ValueError("the 'versions' list has no readable entry")
    return listed
