"""What the sync and the async client are both made of: settings, the API version in use, one
connection pool of the matching httpx kind. Each client adds only how it runs requests."""

from __future__ import annotations

import logging
import ssl
from typing import Any, ClassVar, Generic, TypeVar, cast

import httpx

from ._calls import Answer, Flow, Request, Sleep
from ._checks import BUILDING_ERRORS, refused
from ._generated_base import DEFAULT_TIMEOUT
from ._sending import Sender
from ._settings import ClientSettings, adopt
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, detached, unexpected
from .credentials import Credentials
from .errors import InvalidParameterError, ScpError
from .retry import RetryPolicy
from .versions import Clock, VersionDrift

logger = logging.getLogger("scp_virtualserver")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
P = TypeVar("P", httpx.BaseTransport, httpx.AsyncBaseTransport)


class ClientBase(Generic[H, P]):
    """The settings every client takes; see `VirtualServerClient`."""

    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _asynchronous: ClassVar[bool]

    def __init__(
        self,
        region: str | None = None,
        environment: str | None = None,
        *,
        endpoint_url: str | None = None,
        credentials: Credentials | None = None,
        api_version: str | None = None,
        clock: Clock | None = None,
        strict_versions: bool = False,
        strict: bool | None = None,
        language: str = "en-US",
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        verify: bool | ssl.SSLContext | str = True,
        transport: P | None = None,
        http_client: H | None = None,
        trust_env: bool = False,
        proxy: str | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if http_client is not None and not isinstance(http_client, self._http_class):
            kind = self._http_class.__name__
            raise InvalidParameterError(f"http_client must be an httpx.{kind}, not {http_client!r}")
        self._settings = ClientSettings(
            region=region,
            environment=environment,
            endpoint_url=endpoint_url,
            credentials=credentials,
            api_version=api_version,
            clock=clock,
            strict_versions=strict_versions,
            strict=strict,
            language=language,
            timeout=timeout,
            retry=retry,
            stacklevel=2,
            verify=verify,
            trust_env=trust_env,
            proxy=proxy,
            limits=limits,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        if http_client is None:
            http_client = self._connect(transport)
        else:
            adopt(http_client, self._settings, transport)
        self._http: H = http_client
        self._sender = Sender(
            http_client,
            endpoint=self._settings.endpoint,
            auth=self._settings.auth,
            timeout=self._settings.timeout,
            user_agent=self._settings.user_agent(),
            max_response_bytes=self._settings.max_response_bytes,
            owned=self._owns_http,
            own_pool=self._owns_http and transport is None,
        )

    def _connect(self, transport: P | None) -> H:
        """A new connection pool of this client's kind, through the SDK's own transport."""
        core = self._settings
        wrapped = (
            core.async_transport(transport)  # type: ignore[arg-type]
            if self._asynchronous
            else core.transport(transport)  # type: ignore[arg-type]
        )
        client = self._http_class(
            transport=wrapped,  # type: ignore[arg-type]
            event_hooks=core.event_hooks(asynchronous=self._asynchronous),
            **core.httpx_settings(),
        )
        return cast(H, client)

    def _failed(self, request: Request, error: Exception) -> Answer | httpx.TransportError:
        """What an attempt that raised comes to: an answer to read (one that did not parse),
        a transport error for the retry policy to judge, or a typed error."""
        if isinstance(error, httpx.TransportError):
            logger.debug("%s %s failed: %s", request.method, request.op, type(error).__name__)
            return detached(error)
        if isinstance(error, ScpError):
            raise error
        line = f"{request.method} {request.path}"
        if isinstance(
            error, httpx.HTTPError | httpx.InvalidURL | httpx.StreamError | RecursionError
        ):
            raise unexpected(error, line) from None
        if isinstance(error, RuntimeError) and self._http.is_closed:
            raise ScpError(f"{line}: the client was closed while this call was under way") from None
        raise error

    def __repr__(self) -> str:
        settings = self._settings
        return (
            f"<{type(self).__name__} {settings.endpoint} api_version={settings.version!r} "
            f"access_key={settings.credentials.access_key!r}>"
        )

    @property
    def endpoint_url(self) -> str:
        return self._settings.endpoint

    def version_drift(self) -> tuple[VersionDrift, ...]:
        """How the service's version document differed from this release's table when
        `api_version="auto"` read it (the same facts as the `VersionDriftWarning`, for
        monitoring); empty before that, and for clients that do not ask the service."""
        return self._settings.drift


def next_step(flow: Flow[Any], outcome: Any, sent: bool) -> Request | Sleep:
    """The flow's next step. A flow that fails before its first request failed on its
    arguments (such as a value a version's enum lacks): an InvalidParameterError says so."""
    try:
        return flow.send(outcome)
    except BUILDING_ERRORS as problem:
        if sent or isinstance(problem, ScpError):
            raise
        raise refused(problem) from None
