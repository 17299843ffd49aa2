"""SCP request signing: the signature itself, and an httpx.Auth that adds the six SCP headers.

The signature covers the URL exactly as it goes on the wire, so it is computed from the final
request (query included, after percent-encoding), and anew for every attempt: httpx calls an
Auth once per request sent, and a retry is a new request with a new timestamp.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator

import httpx

from ._generated_base import SERVICE
from .credentials import Credentials, Secret
from .errors import InvalidParameterError

__all__ = ["CLIENT_TYPE", "ScpAuth", "scrub", "sign"]

CLIENT_TYPE = "Openapi"
LANGUAGES = ("en-US", "ko-KR")


def sign(
    method: str,
    url: str,
    timestamp_ms: int | str,
    access_key: str,
    secret_key: str | bytes | Secret,
) -> str:
    """The SCP signature: base64(HMAC-SHA256(secret, METHOD + URL + TIMESTAMP + KEY + TYPE)).

    The SDK passes the secret as a `Secret` (bytes inside, '***' outside), so that it is never
    text in a frame that a traceback could print.
    """
    message = f"{method.upper()}{url}{timestamp_ms}{access_key}{CLIENT_TYPE}"
    digest = hmac.new(_key(secret_key), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _key(secret_key: str | bytes | Secret) -> bytes:
    if isinstance(secret_key, Secret):
        return secret_key.key_bytes()
    if isinstance(secret_key, bytes):
        return secret_key
    try:
        return secret_key.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError("secret_key is not valid Unicode") from None


def _milliseconds() -> int:
    return time.time_ns() // 1_000_000


class ScpAuth(httpx.Auth):
    """Signs every request it sees, for sync and async httpx clients alike.

    `api_version` ("1.3") adds `Scp-Api-Version` to requests that do not carry it already.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        language: str = "en-US",
        api_version: str | None = None,
        timestamp: Callable[[], int] = _milliseconds,
    ) -> None:
        if language not in LANGUAGES:
            raise InvalidParameterError(
                f"language must be one of {', '.join(LANGUAGES)}, not {language!r}"
            )
        self._credentials = credentials
        self._language = language
        self._timestamp = timestamp
        # For requests that do not name their version themselves (the generated ones always do).
        self._version_header = f"{SERVICE} {api_version}" if api_version else None

    def __repr__(self) -> str:
        return f"ScpAuth(access_key={self._credentials.access_key!r}, language={self._language!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(self._timestamp())
        access_key = self._credentials.access_key
        url = str(request.url)
        request.headers["Scp-Accesskey"] = access_key
        request.headers["Scp-Timestamp"] = timestamp
        request.headers["Scp-ClientType"] = CLIENT_TYPE
        request.headers["Accept-Language"] = self._language
        if self._version_header and "Scp-Api-Version" not in request.headers:
            request.headers["Scp-Api-Version"] = self._version_header
        request.headers["Scp-Signature"] = sign(
            request.method, url, timestamp, access_key, self._credentials.secret
        )
        yield request


SIGNATURE_HEADERS = ("Scp-Signature", "Scp-Accesskey")


def scrub(request: httpx.Request) -> None:
    """Takes the signature off a request that an error may keep (as `__cause__.request`, or in
    a traceback's frames): a signature is valid for minutes. Done on the error paths only, as
    httpx's header lookups are not cheap; a request that succeeded is dropped with its answer."""
    for name in SIGNATURE_HEADERS:
        request.headers.pop(name, None)
