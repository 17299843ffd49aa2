"""Waiting for a resource's state, or for its end: polls with the resource's lifecycle states
(declared beside the specs), through transient failures, with progress for the caller.

- A failure state fails fast (ServerStateError) unless it is the state awaited.
- "Gone" is the service's not-found answer to the resource's get (404 for every resource; the
  evidence is in spec/virtualserver/resources.yaml, `not-found`).
- A poll that fails for a passing reason (a 5xx or 429 after its retries, a dropped
  connection) does not end the wait: the waiter polls on until its deadline, and then raises
  the last such error.
- `on_poll(state, elapsed, polls)` is called after every poll (state None when the poll failed
  or the resource is gone). An exception it raises is logged at WARNING, once per wait, and the
  wait goes on; wrap it in `PollHook(callback, errors="raise")` to have it raised instead.
- Every poll is logged at DEBUG on the `scp_virtualserver` logger.

How one poll is made (the resource's get, checked and read) is the resource runtime's, given
to the waiter as a function: this module decides only when to poll and when to stop.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Protocol

from . import _checks as checks
from ._calls import Flow, Sleep, poll_waits
from .errors import (
    DeadlineExceededError,
    InvalidParameterError,
    NetworkError,
    NotFound,
    ScpError,
    ServerError,
    ServerStateError,
    TooManyRequests,
    WaitTimeoutError,
)

logger = logging.getLogger("scp_virtualserver")

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_WAIT_INTERVAL = 5.0
WAIT_GRACE = 0.5
"""Seconds a waiter's last poll, made at its timeout, has to answer."""


class PollProgress(Protocol):
    """What `on_poll=` takes: called after each poll of a wait.

    `state` is the resource's lifecycle state as the poll saw it (None when the poll failed for
    a passing reason, or the resource is gone), `elapsed` the seconds since the wait began,
    `polls` how many polls have been made. What it returns is ignored.
    """

    def __call__(self, state: str | None, elapsed: float, polls: int, /) -> object: ...


class PollHook:
    """An `on_poll` callback with a choice of what its exceptions do: "log" (at WARNING, once
    per wait; the default for a plain callback) or "raise" (the wait ends with it)."""

    __slots__ = ("callback", "errors")

    def __init__(self, callback: PollProgress, *, errors: Literal["log", "raise"] = "log") -> None:
        if not callable(callback):
            raise InvalidParameterError(f"on_poll must be callable, not {callback!r:.60}")
        if errors not in ("log", "raise"):
            raise InvalidParameterError(f"errors must be 'log' or 'raise', not {errors!r:.60}")
        self.callback = callback
        self.errors = errors

    def __call__(self, state: str | None, elapsed: float, polls: int, /) -> object:
        return self.callback(state, elapsed, polls)

    def __repr__(self) -> str:
        return f"PollHook({self.callback!r}, errors={self.errors!r})"


class Lifecycle:
    """A resource's states, from spec/virtualserver/resources.yaml."""

    __slots__ = ("failed", "field", "stable", "transitional")

    def __init__(
        self,
        field: str,
        stable: tuple[str, ...],
        transitional: tuple[str, ...],
        failed: tuple[str, ...],
    ) -> None:
        self.field = field
        self.stable = stable
        self.transitional = transitional
        self.failed = failed

    @property
    def states(self) -> tuple[str, ...]:
        return (*self.stable, *self.transitional, *self.failed)


TRANSIENT = (ServerError, TooManyRequests, NetworkError)
"""Errors a poll may end in that say nothing about the resource: the wait goes on."""


def check_on_poll(on_poll: object) -> PollHook | None:
    if on_poll is None:
        return None
    if isinstance(on_poll, PollHook):
        return on_poll
    if not callable(on_poll):
        raise InvalidParameterError(f"on_poll must be callable, not {on_poll!r:.60}")
    return PollHook(on_poll)


def wait_flow(
    poll: Callable[[], Flow[Any]],
    lifecycle: Lifecycle,
    what: str,
    target: str | None,
    timeout: float,
    interval: float,
    on_poll: PollHook | None = None,
) -> Flow[Any]:
    """Polls until the resource is in `target` (or gone, when target is None).

    `poll` makes one poll (the resource's get) and returns its model; `what` names the
    resource in messages ("server_id 5f0c…").
    """
    started = time.monotonic()
    deadline = started + timeout
    waits = poll_waits(interval)
    awaited = "its end" if target is None else target
    state: Any = None
    polls = 0
    last_error: ScpError | None = None
    reporter = _Reporter(on_poll, what)
    logger.debug("waiting for %s: %s, for at most %g s", what, awaited, timeout)
    while True:
        polls += 1
        try:
            current = yield from poll()
        except NotFound:
            elapsed = time.monotonic() - started
            logger.debug("%s is gone after %d polls, %.2f s", what, polls, elapsed)
            reporter.report(None, elapsed, polls)
            if target is None:
                return None
            raise
        except DeadlineExceededError as late:  # the last poll outlived the wait's budget
            if last_error is not None:
                raise last_error from late
            raise WaitTimeoutError(
                f"{what}: no answer to the last poll within {timeout:g} s (state {state})",
                last_state=state,
            ) from late
        except TRANSIENT as error:
            last_error = error
            elapsed = time.monotonic() - started
            logger.debug("%s: poll %d failed (%s); polling on", what, polls, type(error).__name__)
            reporter.report(None, elapsed, polls)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise
            yield Sleep(min(next(waits), remaining))
            continue
        last_error = None
        raw = getattr(current, "raw", None)
        state = raw.get(lifecycle.field) if isinstance(raw, Mapping) else None
        elapsed = time.monotonic() - started
        logger.debug("%s is %s after %d polls, %.2f s", what, state, polls, elapsed)
        reporter.report(state, elapsed, polls)
        if target is not None and state == target:
            return current
        if state in lifecycle.failed and state != target:
            waiting = "being deleted" if target is None else f"waiting for {target}"
            raise ServerStateError(f"{what} is in state {state} while {waiting}", server=current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if target is None:
                message = f"{what} still exists after {timeout:g} s (state {state})"
            else:
                message = f"{what} is {state}, not {target}, after {timeout:g} s"
            raise WaitTimeoutError(message, last_state=state)
        yield Sleep(min(next(waits), remaining))


class _Reporter:
    """Calls the caller's `on_poll`; what it raises is logged once, or raised if asked."""

    __slots__ = ("hook", "logged", "what")

    def __init__(self, hook: PollHook | None, what: str) -> None:
        self.hook = hook
        self.what = what
        self.logged = False

    def report(self, state: str | None, elapsed: float, polls: int) -> None:
        if self.hook is None:
            return
        try:
            self.hook(state, elapsed, polls)
        except Exception:
            if self.hook.errors == "raise":
                raise
            if not self.logged:
                self.logged = True
                logger.warning(
                    "on_poll raised while waiting for %s; the wait goes on (logged once)",
                    self.what,
                    exc_info=True,
                )


def what_is_awaited(path_params: Sequence[str], path_values: Sequence[Any]) -> str:
    """ "server_id 2a9b…", for messages: the value as `shown` quotes it (never raising, however
    odd: it is checked when the first poll is prepared)."""
    value = path_values[-1]
    return f"{path_params[-1]} {value if isinstance(value, str) else checks.shown(value)}"


def check_target(lifecycle: Lifecycle, state: object) -> str:
    if not isinstance(state, str) or state not in lifecycle.states:
        raise InvalidParameterError(
            f"state must be one of {', '.join(lifecycle.states)}, not {checks.shown(state)}"
        )
    return state


def wait_settings(timeout: object, interval: object) -> tuple[float, float]:
    chosen = DEFAULT_WAIT_TIMEOUT if timeout is None else timeout
    return (
        checks.seconds("timeout", chosen),
        checks.seconds("interval", interval, minimum=checks.MIN_POLL_INTERVAL),
    )
