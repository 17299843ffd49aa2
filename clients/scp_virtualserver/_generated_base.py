"""The runtime every generated version shares: one client class, the response type, the errors.

The generated packages (`v1_0` … `v1_3`) re-export these names instead of each carrying a copy.
A `Client` does not sign: give it an httpx client whose `auth` signs (the facade does), or an
`auth` such as `scp_virtualserver.signing.ScpAuth`.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, MutableMapping
from types import TracebackType
from typing import IO, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar
from urllib.parse import quote

import httpx

from .errors import InvalidParameterError

SERVICE = "virtualserver"
"""The service name that goes before the version in `Scp-Api-Version`."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s to read an answer, 10 s to connect: every call of this API answers at once (202)."""


class Unset:
    """The value of an optional field that was not given (unlike None, which is sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

T = TypeVar("T")


class File:
    """A file to upload in a multipart body (no operation of this API has one yet)."""

    def __init__(
        self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


class Response(Generic[T]):
    """An answer: the status as sent (an int, even when not a standard one), raw and parsed."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    # Declared here so that type checkers (pyright's --verifytypes too) see them as public API.
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def __init__(
        self,
        *,
        status_code: int,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code}, parsed={self.parsed!r})"


class UnexpectedStatus(Exception):
    """An undocumented status, raised only when `raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status {status_code} ({len(content)} bytes of body)")


class MalformedResponse(Exception):
    """A body that does not read as documented; keeps the whole response."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        self.response = response
        super().__init__(
            f"the {response.status_code} answer does not read as documented: "
            f"{type(cause).__name__}: {cause}"
        )


def path_segment(value: object, name: str) -> str:
    """Percent-encode one path parameter, refusing values that would change the path.

    Percent-encoding alone is not enough: httpx resolves a segment of "." or ".." (and an
    empty one collapses), so `DELETE /v1/servers/..` would reach `/v1`.
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise InvalidParameterError(f"{name} may not be {text!r}: it would change the request path")
    return quote(text, safe="")


class Client:
    """The httpx clients that generated operations send through.

    Pass your own `httpx_client` / `async_httpx_client` (they are used as they are, and not
    closed here), or let this build them from `base_url`, `auth`, `timeout` and `verify`.
    """

    api_version: ClassVar[str] = ""

    def __init__(
        self,
        base_url: str = "",
        *,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        verify: bool | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        async_httpx_client: httpx.AsyncClient | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._auth = auth
        self._timeout = timeout
        self._verify = verify
        self._headers = dict(headers or {})
        self._client = httpx_client
        self._async_client = async_httpx_client
        self._owns_client = httpx_client is None
        self._owns_async_client = async_httpx_client is None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} api_version={self.api_version!r}>"

    @property
    def scp_api_version(self) -> str:
        """The `Scp-Api-Version` header of every operation sent through this client.

        The generated operation modules name no version (a module identical in several versions
        is shipped once): the client they are called with decides.
        """
        if not self.api_version:
            raise InvalidParameterError(
                "this client names no API version; use a version's own Client, such as "
                "scp_virtualserver.v1_3.Client"
            )
        return f"{SERVICE} {self.api_version}"

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                auth=self._auth,
                timeout=self._timeout,
                verify=self._verify,
                headers=self._headers,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                auth=self._auth,
                timeout=self._timeout,
                verify=self._verify,
                headers=self._headers,
            )
        return self._async_client

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        if self._owns_async_client and self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
