"""Everything the SDK raises or warns on purpose.

`ScpError` is the base of every error: catching it catches all of them. An `ApiError` is an
answer from the service; it keeps the status, the SCP detail and the raw body, so nothing the
service said is lost, whatever the shape of the body.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

__all__ = [
    "ApiError",
    "BadRequest",
    "ConfigurationError",
    "Conflict",
    "DeadlineExceededError",
    "Forbidden",
    "InvalidParameterError",
    "MalformedResponseError",
    "NetworkError",
    "NotFound",
    "RedirectError",
    "ResponseTooLargeError",
    "ScpError",
    "ServerError",
    "ServerStateError",
    "TooManyRequests",
    "Unauthorized",
    "UnsupportedVersionError",
    "VersionDeprecationWarning",
    "VersionDiscoveryWarning",
    "VersionExpiredWarning",
    "WaitTimeoutError",
    "error_from_response",
    "parse_code",
    "parse_detail",
]

# An error text quotes at most this much of a body; `.body` always keeps all of it.
_QUOTE_LIMIT = 300


class ScpError(Exception):
    """The base of every error the SDK raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__ (whose signature differs by subclass), with its fields:
        # errors cross process boundaries (multiprocessing, concurrent.futures) intact.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[ScpError], args: tuple[Any, ...], fields: dict[str, Any]) -> ScpError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


class InvalidParameterError(ScpError, ValueError):
    """A bad argument, caught before any request was sent."""


class ConfigurationError(ScpError, ValueError):
    """Credentials or an endpoint are missing, malformed, or not allowed (from the arguments,
    the SCP_* environment variables or ~/.scpconf)."""


class UnsupportedVersionError(ScpError):
    """The API version asked for is unknown, not yet callable, or no longer supported."""


class WaitTimeoutError(ScpError):
    """A waiter ran out of time before the server reached the awaited state."""

    def __init__(self, message: str, *, last_state: str | None = None) -> None:
        super().__init__(message)
        self.last_state = last_state


class ServerStateError(ScpError):
    """A waiter saw the server in a state it cannot leave by itself (ERROR)."""

    def __init__(self, message: str, *, server: Any) -> None:
        super().__init__(message)
        self.server = server


class NetworkError(ScpError):
    """The service could not be reached or the connection broke, after every retry.

    `may_have_reached` is False only when no attempt can have reached the service (no connection
    was ever made): then even a create is safe to send again. `last_error` is the error of the
    last answer an earlier attempt of the call did get (a 503 that was being retried), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        may_have_reached: bool = True,
        last_error: ApiError | None = None,
    ) -> None:
        super().__init__(message)
        self.may_have_reached = may_have_reached
        self.last_error = last_error


class DeadlineExceededError(NetworkError):
    """The call's time budget (`timeout=`, 60 s by default) ran out: attempts, waits and
    reading the answer included."""


class ApiError(ScpError):
    """The service answered with an error (or with something this SDK cannot read).

    `detail` is always a text: the SCP error details joined by "; ", else a short quote of the
    body, else "" (empty body). `details` keeps each SCP detail apart, `code` is SCP's error
    code (`errors[0].code`) when the body has one, `body` the raw body, untouched. `attempts`
    is how many times the call was sent before this answer was final (retries included).
    """

    def __init__(
        self,
        status_code: int,
        detail: str | Sequence[str] | None,
        body: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
        code: str | None = None,
        attempts: int = 1,
    ) -> None:
        self.status_code = status_code
        self.details: tuple[str, ...] = _as_details(detail)
        self.detail: str = "; ".join(self.details)
        self.code = code
        self.body = body
        self.attempts = attempts
        self.headers: dict[str, str] = dict(headers or {})
        self.request_id: str | None = _request_id(self.headers)
        super().__init__(message or _describe(status_code, self.details, attempts))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, detail={self.detail!r})"


def _as_details(detail: str | Sequence[str] | None) -> tuple[str, ...]:
    if detail is None or detail == "":
        return ()
    if isinstance(detail, str):
        return (detail,)
    return tuple(str(text) for text in detail)


class BadRequest(ApiError):
    """400: the request is malformed or fails the service's validation."""


class Unauthorized(ApiError):
    """401: the signature, access key or timestamp was refused.

    `clock_skew`: seconds this machine's clock is ahead of the service's (behind: negative), when
    the answer's Date shows more than the 300 s SCP allows; else None.
    """

    clock_skew: float | None = None


class Forbidden(ApiError):
    """403: these credentials may not do this."""


class NotFound(ApiError):
    """404: no such resource (for a server being deleted: the deletion has finished)."""


class Conflict(ApiError):
    """409: the resource's state forbids this now (locked, storage attached, ...)."""


class TooManyRequests(ApiError):
    """429: the service asks to slow down; the request was not processed."""

    @property
    def retry_after(self) -> float | None:
        """Seconds from now that the service asked to wait (its Retry-After), or None."""
        for name, value in self.headers.items():
            if name.lower() == "retry-after":
                return parse_retry_after(value)
        return None


class ServerError(ApiError):
    """5xx: the service failed."""


class MalformedResponseError(ApiError):
    """A success status whose body does not read as the API documents it: not JSON, not the
    kind of JSON documented, or (with `strict=True`) any difference from the schema.

    `deviations` lists those differences (`scp_virtualserver.Deviation`); `body` keeps the body.
    """

    deviations: tuple[Any, ...] = ()


class ResponseTooLargeError(ApiError):
    """An answer longer than the client's `max_response_bytes` (counted after decompression).

    Reading stopped at the limit; `body` keeps the first bytes, `limit` the limit.
    """

    def __init__(
        self,
        status_code: int,
        body: bytes,
        *,
        limit: int,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(status_code, None, body, headers=headers, message=message)
        self.limit = limit


class RedirectError(ApiError):
    """A 3xx: the service (or something between) sent the request elsewhere. A signed request
    is never redirected (its signature would be valid elsewhere for minutes, and a redirected
    DELETE could pass for done), nor sent again: `location` says where it was sent, if anywhere.
    """

    def __init__(
        self,
        status_code: int,
        detail: str | list[str] | None,
        body: bytes,
        *,
        location: str | None = None,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(status_code, detail, body, headers=headers, message=message)
        self.location = location


class VersionDeprecationWarning(UserWarning):
    """The pinned API version is deprecated or close to its Not Before date."""


class VersionExpiredWarning(UserWarning):
    """The pinned API version is past its Not Before date; the service may refuse it."""


class VersionDiscoveryWarning(UserWarning):
    """`api_version="auto"` could not read the service's versions; the built-in table is used."""


class VersionDriftWarning(UserWarning):
    """The service's version document disagrees with this release's table (a version it does
    not know, another status or Not Before date): a newer release may exist. Once per process
    and endpoint; `client.version_drift()` gives the differences without a warning."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    429: TooManyRequests,
}


def error_from_response(
    status_code: int,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    request: str | None = None,
    attempts: int = 1,
) -> ApiError:
    """The typed error for an answer; reads any body, however malformed, without raising.

    `request` ("DELETE /v1/servers/…") starts the message, so that it says what was refused;
    `attempts` (more than 1: the call was retried) ends it.
    """
    cls = _BY_STATUS.get(status_code, ServerError if status_code >= 500 else ApiError)
    details = _as_details(parse_detail(body))
    message = _describe(status_code, details, attempts)
    return cls(
        status_code,
        details,
        body,
        headers=headers,
        message=f"{request}: {message}" if request else message,
        code=parse_code(body),
        attempts=attempts,
    )


def parse_code(body: bytes) -> str | None:
    """SCP's error code (`{"errors": [{"code": "..."}]}`: the first one), else None."""
    if not body.lstrip().startswith(b"{"):
        return None
    try:
        document: Any = json.loads(body)
    except (ValueError, RecursionError):
        return None
    errors = document.get("errors") if isinstance(document, dict) else None
    if isinstance(errors, list):
        for item in errors:
            code = item.get("code") if isinstance(item, dict) else None
            if isinstance(code, str | int) and not isinstance(code, bool) and str(code):
                return str(code)
    return None


def parse_detail(body: bytes) -> str | list[str] | None:
    """The SCP detail of an error body, else a short quote of the body, else None."""
    if not body.strip():
        return None
    try:
        document: Any = json.loads(body)
    except (ValueError, RecursionError):
        return _quote(body)
    detail = _scp_detail(document)
    if detail is not None:
        return detail
    return _quote(body)


def _scp_detail(document: Any) -> str | list[str] | None:
    # {"errors": [{"status": 409, "detail": "..." | ["...", ...]}]}: the shape SCP sends.
    if isinstance(document, dict):
        errors = document.get("errors")
        if isinstance(errors, list):
            details: list[str] = []
            for item in errors:
                if isinstance(item, dict):
                    details.extend(
                        _texts(item.get("detail") or item.get("title") or item.get("code"))
                    )
            if details:
                return details[0] if len(details) == 1 else details
        # {"detail": [...]}: FastAPI-style validation errors, as the 1.0 document's 400 hints.
        if "detail" in document:
            texts = _texts(document["detail"])
            if texts:
                return texts[0] if len(texts) == 1 else texts
    if isinstance(document, list):
        texts = [text for item in document for text in _texts(item)]
        if texts:
            return texts[0] if len(texts) == 1 else texts
    return None


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict) and isinstance(value.get("msg"), str):
        location = ".".join(str(part) for part in value.get("loc", []) if part is not None)
        return [f"{location}: {value['msg']}" if location else value["msg"]]
    return []


def _quote(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    return text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT] + "…"


def _describe(status_code: int, details: tuple[str, ...], attempts: int = 1) -> str:
    try:
        reason = HTTPStatus(status_code).phrase
    except ValueError:
        reason = "non-standard status"
    text = f"{status_code} {reason}"
    if details:
        text = f"{text}: {'; '.join(details)}"
    if attempts > 1:
        text = f"{text} (after {attempts} attempts)"
    return text


def _request_id(headers: Mapping[str, str]) -> str | None:
    for name, value in headers.items():
        if name.lower() in ("x-request-id", "x-scp-request-id", "x-correlation-id"):
            return value
    return None


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: it is a number of seconds, or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # rarely needed: only for a Retry-After given as a date

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    seconds: float = when.timestamp() - time.time()
    return max(0.0, seconds)
