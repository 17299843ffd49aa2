"""What the sync and the async client are both made of: settings, the API version in use, one
connection pool of the matching httpx kind. Each client adds only how it runs requests."""

from __future__ import annotations

import ssl
from typing import Any, ClassVar, Generic, TypeVar

import httpx

from ._core import ClientCore, adopt
from ._runtime import DEFAULT_TIMEOUT
from ._transport import DEFAULT_MAX_RESPONSE_BYTES
from .credentials import Credentials
from .errors import InvalidParameterError
from .retry import RetryPolicy
from .versions import Clock

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
P = TypeVar("P", httpx.BaseTransport, httpx.AsyncBaseTransport)


class ClientBase(Generic[H, P]):
    """The settings every client takes; see `VirtualServerClient`."""

    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]

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
        self._core = ClientCore(
            region=region,
            environment=environment,
            endpoint_url=endpoint_url,
            credentials=credentials,
            api_version=api_version,
            clock=clock,
            strict_versions=strict_versions,
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
            adopt(http_client, self._core, transport)
        self._http: H = http_client
        self._generated: Any = None

    def _connect(self, transport: P | None) -> H:
        """A new connection pool of this client's kind."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._core.endpoint} api_version={self._core.version!r} "
            f"access_key={self._core.credentials.access_key!r}>"
        )

    @property
    def endpoint_url(self) -> str:
        return self._core.endpoint
