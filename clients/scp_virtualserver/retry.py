"""When to try a request again, and how long to wait first.

Only what cannot do harm twice is retried: GET, PUT and DELETE on connection failures and on
429, 502, 503 and 504; a POST on 429 (the service refused it unprocessed) or when it surely never
reached the service (the connection was not made). Waits grow exponentially with full jitter,
honour Retry-After, and stop at the attempt limit or the time budget, whichever comes first.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from .errors import InvalidParameterError, parse_retry_after

__all__ = ["RetryPolicy", "RetryState"]

MAX_SECONDS = 1_000_000.0
"""The longest backoff or budget a policy may name (about eleven days)."""

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# An answer that says the request was refused before it was acted on: safe for any method.
NOT_PROCESSED = 429
# Failures that happen before a request leaves this machine: safe to retry for any method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. `RetryPolicy(attempts=1)` (or `RetryPolicy.off()`) turns retries off.

    attempts: tries in all, the first included.
    backoff: the first wait, in seconds; each later one may be twice as long, up to max_backoff.
    total: seconds after which no new attempt is started, waits included.
    statuses: the answers that are retried: 429 for every method (it means "not processed"),
        the others for idempotent methods only.
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 10.0
    total: float = 60.0
    statuses: frozenset[int] = field(default=frozenset({429, 502, 503, 504}))

    def __post_init__(self) -> None:
        attempts = self.attempts
        if isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 100:
            raise InvalidParameterError(
                f"RetryPolicy attempts must be an integer from 1 to 100, not {attempts!r}"
            )
        for name in ("backoff", "max_backoff", "total"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 <= value <= MAX_SECONDS  # also refuses nan
                or (name == "total" and value == 0)
            ):
                low = "above 0" if name == "total" else "from 0"
                raise InvalidParameterError(
                    f"RetryPolicy {name} must be a number of seconds {low} to {MAX_SECONDS:g}, "
                    f"not {value!r}"
                )
        statuses = self.statuses
        if not isinstance(statuses, set | frozenset | list | tuple) or not all(
            not isinstance(status, bool) and isinstance(status, int) and 100 <= status <= 599
            for status in statuses
        ):
            raise InvalidParameterError(
                f"RetryPolicy statuses must be HTTP statuses (integers 100-599), not {statuses!r}"
            )
        object.__setattr__(self, "statuses", frozenset(statuses))

    @classmethod
    def off(cls) -> RetryPolicy:
        return cls(attempts=1)


class RetryState:
    """The retry decisions of one call, shared by the sync and the async clients."""

    def __init__(
        self,
        policy: RetryPolicy,
        method: str,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
        deadline: float | None = None,
    ) -> None:
        self.policy = policy
        self.method: str = method.upper()
        self.attempt: int = 1
        self.may_have_reached: bool = False
        """True once an earlier attempt of this call may have been acted on by the service."""
        self._monotonic = monotonic
        self._jitter = jitter
        self._deadline = monotonic() + policy.total
        if deadline is not None:  # the call's own deadline (its `timeout=`), when sooner
            self._deadline = min(self._deadline, deadline)

    def after_status(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Seconds to wait before the next attempt, or None to take this answer as final."""
        if status not in self.policy.statuses:
            return None
        if status != NOT_PROCESSED and self.method not in IDEMPOTENT:
            return None
        delay = self._next_delay(parse_retry_after(headers.get("Retry-After")))
        if delay is not None and status != NOT_PROCESSED:
            self.may_have_reached = True
        return delay

    def after_error(self, error: httpx.TransportError) -> float | None:
        """Seconds to wait before the next attempt, or None to give up with this error."""
        never_sent = isinstance(error, NEVER_SENT)
        if not never_sent and self.method not in IDEMPOTENT:
            return None
        delay = self._next_delay(None)
        if delay is not None and not never_sent:
            self.may_have_reached = True
        return delay

    def _next_delay(self, retry_after: float | None) -> float | None:
        if self.attempt >= self.policy.attempts:
            return None
        growth = 2.0 ** min(self.attempt - 1, 64)
        ceiling = min(self.policy.max_backoff, self.policy.backoff * growth)
        delay = self._jitter() * ceiling
        if retry_after is not None:
            delay = max(delay, retry_after)
        if self._monotonic() + delay > self._deadline:
            return None
        self.attempt += 1
        return delay
