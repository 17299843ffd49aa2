"""What an attempt's failure becomes: the typed error that ends a call, and what errors keep
(never a signature: it is valid at SCP for minutes)."""

from __future__ import annotations

import contextlib
import time

import httpx

from ._bounded import last_response
from ._deadline import DEADLINE_SLACK, remaining
from .errors import (
    ApiError,
    DeadlineExceededError,
    MalformedResponseError,
    NetworkError,
    ScpError,
    Unauthorized,
)
from .signing import scrub

__all__ = ["ALLOWED_CLOCK_SKEW", "detached", "gave_up", "unexpected", "with_clock_hint"]


def detached(error: httpx.TransportError) -> httpx.TransportError:
    """The error, without the signature on its request and without the frames below it (whose
    locals hold httpcore's copy of the headers)."""
    with contextlib.suppress(RuntimeError):  # RuntimeError: no request attached
        scrub(error.request)
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def unexpected(error: BaseException, line: str) -> ScpError:
    """The typed error for what an attempt raised that is neither an answer nor a transport
    failure: an answer httpx could not decode, JSON nested too deeply, a misused httpx client."""
    response = last_response.get()
    if response is not None:
        with contextlib.suppress(RuntimeError):
            scrub(response.request)
    if response is not None and isinstance(error, RecursionError | httpx.DecodingError):
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        why = (
            "nests too deeply to parse"
            if isinstance(error, RecursionError)
            else "cannot be decoded"
        )
        return MalformedResponseError(
            response.status_code,
            None,
            content,
            headers=response.headers,
            message=f"{line}: the {response.status_code} answer {why} ({type(error).__name__})",
        )
    return NetworkError(f"{line}: {type(error).__name__}: {error}", may_have_reached=True)


def gave_up(
    error: httpx.TransportError,
    line: str,
    attempts: int,
    reached: bool,
    last_error: ApiError | None = None,
) -> NetworkError:
    """The NetworkError that ends a call: saying whether the deadline ended it, whether the
    request may have reached the service (False only if no attempt ever made a connection), and
    what the last answer of an earlier attempt was, if there was one."""
    from .retry import NEVER_SENT

    reached = reached or not isinstance(error, NEVER_SENT)
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    reach = "may have reached the service" if reached else "never reached the service"
    last = f"; the last answer was {last_error.status_code}" if last_error is not None else ""
    left = remaining()
    if left is not None and left <= DEADLINE_SLACK:
        return DeadlineExceededError(
            f"{line}: the call's time budget ran out{tries} ({type(error).__name__}: {error}); "
            f"the request {reach}{last}",
            may_have_reached=reached,
            last_error=last_error,
        )
    return NetworkError(
        f"{line} failed{tries}: {type(error).__name__}: {error}; the request {reach}{last}",
        may_have_reached=reached,
        last_error=last_error,
    )


ALLOWED_CLOCK_SKEW = 300.0
"""Seconds SCP lets a request's Scp-Timestamp differ from its own clock."""


def with_clock_hint(error: ApiError, now: float | None = None) -> ApiError:
    """A 401 whose answer's Date is far from this machine's clock says so, with the difference:
    SCP refuses a Scp-Timestamp more than 300 s off, and says only "401"."""
    if error.status_code != 401:
        return error
    date = next((value for name, value in error.headers.items() if name.lower() == "date"), None)
    if not date:
        return error
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(date)
        skew = (time.time() if now is None else now) - when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return error
    if when.tzinfo is None or abs(skew) <= ALLOWED_CLOCK_SKEW:
        return error
    direction = "ahead of" if skew > 0 else "behind"
    if isinstance(error, Unauthorized):
        error.clock_skew = skew
    message = error.args[0] if error.args else str(error)
    error.args = (
        f"{message} (this machine's clock is {abs(skew):.0f} s {direction} the service's, by "
        f"its Date header; SCP refuses requests more than {ALLOWED_CLOCK_SKEW:.0f} s off: set "
        "this machine's clock, for example with NTP)",
    )
    return error
