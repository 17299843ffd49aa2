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
from typing import Any, TypeVar

import httpx

from ._transport import call_deadline, gave_up, with_clock_hint
from .errors import ApiError, error_from_response
from .retry import RetryPolicy, RetryState

logger = logging.getLogger("scp_virtualserver")

# The attempt number of the request being sent, for the debug log.
attempt_number: contextvars.ContextVar[int] = contextvars.ContextVar("attempt_number", default=1)

T = TypeVar("T")


# Plain slotted classes rather than dataclasses: these are internal, and made on every call.


class Request:
    """One request to send: method, path (ids filled in, for error messages: "DELETE
    /v1/servers/…: 409"), query, JSON body, and the API version it names. `op` is the
    operationId and `template` the spec's path ("/v1/servers/{server_id}"), for logs and
    operation hooks."""

    __slots__ = ("json", "method", "op", "params", "path", "template", "version")

    def __init__(
        self,
        method: str,
        op: str,
        path: str,
        version: str,
        *,
        params: list[tuple[str, Any]] | None = None,
        json: Any = None,
        template: str = "",
    ) -> None:
        self.method = method
        self.op = op
        self.path = path
        self.version = version
        self.params = params or []
        self.json = json
        self.template = template

    @property
    def line(self) -> str:
        """ "DELETE /v1/servers/…", as error messages begin."""
        return f"{self.method} {self.path}"


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Answer:
    """An answer: its status (an int, even when not a standard one), headers and body."""

    __slots__ = ("content", "headers", "status")

    def __init__(self, status: int, headers: Mapping[str, str], content: bytes) -> None:
        self.status = status
        self.headers = headers
        self.content = content

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
                    outcome, request.line, state.attempt, state.may_have_reached, last
                ) from outcome
            logger.debug("retrying in %.2f s after %s", delay, type(outcome).__name__)
        else:
            delay = state.after_status(outcome.status, outcome.headers)
            if delay is None:
                return _final(outcome, request, state)
            retried = outcome
            logger.debug("retrying in %.2f s after status %d", delay, outcome.status)
        yield Sleep(delay)


def _final(answer: Answer, request: Request, state: RetryState) -> Answer:
    if 200 <= answer.status < 300:  # any success is one, documented for this status or not
        return answer
    if answer.status == 404 and request.method == "DELETE" and state.may_have_reached:
        # An earlier attempt of this call may have started the deletion; it is done now.
        logger.debug("404 on a retried DELETE: an earlier attempt deleted it")
        return answer
    raise _error(answer, request, state.attempt)


def _error(answer: Answer, request: Request, attempts: int = 1) -> ApiError:
    return with_clock_hint(
        error_from_response(
            answer.status, answer.content, answer.headers, request=request.line, attempts=attempts
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
