"""What every operation does, written once for the sync and the async client.

A flow is a generator: it yields a `Request` to send (and receives an `Answer`, or the
httpx.TransportError the attempt ended in) or a `Sleep`, and returns the operation's result.
`client.py` runs flows with blocking I/O, `aio.py` with asyncio; the logic (retries, error
mapping, waiting, version checks) lives only here.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Generator, Iterator, Mapping
from types import ModuleType
from typing import Any, TypeVar

import httpx

from ._runtime import MalformedResponse
from ._runtime import Response as GeneratedResponse
from ._transport import call_deadline, gave_up, with_clock_hint
from .errors import (
    ApiError,
    MalformedResponseError,
    error_from_response,
    parse_detail,
)
from .retry import RetryPolicy, RetryState

logger = logging.getLogger("scp_virtualserver")

# The attempt number of the request being sent, for the debug log.
attempt_number: contextvars.ContextVar[int] = contextvars.ContextVar("attempt_number", default=1)

T = TypeVar("T")


# Plain slotted classes rather than dataclasses: these are internal, and made on every call.


class Request:
    """One generated operation to send, its generated module, and the statuses that mean
    success. `path` is the request's path, for error messages ("DELETE /v1/servers/…: 409");
    `template` the spec's ("/v1/servers/{server_id}"), for operation hooks."""

    __slots__ = ("args", "kwargs", "method", "module", "ok", "op", "path", "template")

    def __init__(
        self,
        method: str,
        op: str,
        module: ModuleType,
        *,
        path: str = "",
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
        ok: tuple[int, ...] = (200,),
        template: str = "",
    ) -> None:
        self.method = method
        self.op = op
        self.module = module
        self.path = path
        self.args = args
        self.kwargs = kwargs or {}
        self.ok = ok
        self.template = template


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Answer:
    """An answer as the facade needs it, whatever produced it."""

    __slots__ = ("content", "headers", "malformed", "parsed", "status")

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str],
        content: bytes,
        parsed: Any = None,
        malformed: str | None = None,
    ) -> None:
        self.status = status
        self.headers = headers
        self.content = content
        self.parsed = parsed
        self.malformed = malformed

    @classmethod
    def of(cls, response: GeneratedResponse[Any]) -> Answer:
        return cls(response.status_code, response.headers, response.content, response.parsed)

    @classmethod
    def of_malformed(cls, error: MalformedResponse) -> Answer:
        raw = error.response
        return cls(raw.status_code, raw.headers, raw.content, None, str(error))

    @classmethod
    def of_httpx(cls, response: httpx.Response) -> Answer:
        return cls(response.status_code, response.headers, response.content)


Outcome = Answer | httpx.TransportError
Flow = Generator[Request | Sleep, Any, T]


def call(request: Request, policy: RetryPolicy) -> Flow[Answer]:
    """Sends a request with retries; returns the final answer or raises the typed error."""
    state = RetryState(policy, request.method, deadline=call_deadline.get())
    retried: Answer | None = None  # the last answer that was retried, for the error's record
    while True:
        attempt_number.set(state.attempt)
        outcome: Outcome = yield request
        if isinstance(outcome, httpx.TransportError):
            delay = state.after_error(outcome)
            if delay is None:
                last = None if retried is None else _error(retried, request)
                raise gave_up(
                    outcome, _line(request), state.attempt, state.may_have_reached, last
                ) from outcome
            logger.debug("retrying in %.2f s after %s", delay, type(outcome).__name__)
        else:
            delay = state.after_status(outcome.status, outcome.headers)
            if delay is None:
                return _final(outcome, request, state)
            retried = outcome
            logger.debug("retrying in %.2f s after status %d", delay, outcome.status)
        yield Sleep(delay)


def _line(request: Request) -> str:
    return f"{request.method} {request.path}" if request.path else request.method


def _final(answer: Answer, request: Request, state: RetryState) -> Answer:
    if answer.status in request.ok:
        if answer.malformed is not None:
            raise MalformedResponseError(
                answer.status,
                parse_detail(answer.content),
                answer.content,
                headers=answer.headers,
                message=f"{_line(request)}: {answer.malformed}",
            )
        return answer
    if answer.status == 404 and request.method == "DELETE" and state.may_have_reached:
        # An earlier attempt of this call may have started the deletion; it is done now.
        logger.debug("404 on a retried DELETE: an earlier attempt deleted it")
        return answer
    raise _error(answer, request, state.attempt)


def _error(answer: Answer, request: Request, attempts: int = 1) -> ApiError:
    return with_clock_hint(
        error_from_response(
            answer.status, answer.content, answer.headers, request=_line(request), attempts=attempts
        )
    )


# -- waiting ---------------------------------------------------------------------------------


FIRST_POLL_WAIT = 0.1
"""Seconds a waiter waits before its second poll; each later wait doubles, up to `interval`.

Short transitions (a local server, a quick stop) are seen at once; long ones are polled every
`interval` seconds after the first few."""


def poll_waits(interval: float) -> Iterator[float]:
    """The waits between a waiter's polls: 0.1 s, 0.2 s, 0.4 s ... then `interval` each time."""
    wait = min(FIRST_POLL_WAIT, interval)
    while True:
        yield wait
        wait = min(wait * 2.0, interval)
