"""The deadline of the running call: set by the clients for each call, read by every part that
waits (connecting, each read and write, the pool's queue, a name lookup, the answer's body).

It sits in a context variable, so that a thread or a task sees its own call's deadline.
"""

from __future__ import annotations

import contextvars
import time

import httpx

__all__ = [
    "DEADLINE_SLACK",
    "call_deadline",
    "clamp",
    "clamp_timeouts",
    "deadline_after",
    "remaining",
]

call_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "scp_call_deadline", default=None
)
"""`time.monotonic()` by which the running call must be over; None outside calls."""


DEADLINE_SLACK = 0.01
"""Seconds before the deadline at which a timed-out attempt counts as the deadline's doing."""


def remaining() -> float | None:
    """Seconds left of the running call, None if no call is running."""
    deadline = call_deadline.get()
    return None if deadline is None else deadline - time.monotonic()


class deadline_after:  # lower case: it reads as a function, `with deadline_after(5.0):`
    """Runs the block under a deadline `seconds` from now (or the running call's, if sooner).

    A class, not a @contextmanager: it is entered on every call."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        outer = call_deadline.get()
        self._deadline = deadline if outer is None else min(deadline, outer)

    def __enter__(self) -> float:
        self._token = call_deadline.set(self._deadline)
        return self._deadline

    def __exit__(self, *_: object) -> None:
        call_deadline.reset(self._token)


def clamp(timeout: float | None, kind: str) -> float | None:
    """`timeout` (seconds, None: none), no longer than the time left; the time out already
    raises the httpcore timeout of `kind` (connect, read, write)."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        import httpcore  # loaded by then: httpx imports it on its first request

        expired = {"read": httpcore.ReadTimeout, "write": httpcore.WriteTimeout}
        raise expired.get(kind, httpcore.ConnectTimeout)("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


def clamp_timeouts(request: httpx.Request) -> None:
    """The request's httpx timeouts, none longer than the time left (for the pool's wait)."""
    left = remaining()
    if left is None:
        return
    if left <= 0:
        raise httpx.ConnectTimeout("the call's deadline passed before sending", request=request)
    timeouts = dict(request.extensions.get("timeout") or {})
    for name in ("connect", "read", "write", "pool"):
        value = timeouts.get(name)
        timeouts[name] = left if value is None else min(value, left)
    request.extensions["timeout"] = timeouts
