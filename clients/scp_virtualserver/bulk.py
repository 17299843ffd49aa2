"""Bulk work with bounded concurrency and progress: one call per item, at most N at a time.

    from scp_virtualserver import bulk

    outcomes = bulk.run(client.servers.delete, server_ids, concurrency=10,
                        on_progress=lambda p: print(f"{p.done}/{p.total}, {p.failed} failed"))
    failed = [o for o in outcomes if o.error is not None]

    outcomes = await bulk.arun(async_client.servers.delete, server_ids, concurrency=10)

`run` uses threads (a `VirtualServerClient` may be shared by them: its connection pool is
thread-safe), `arun` tasks limited by a semaphore. An item that fails does not stop the others:
its `Outcome` keeps the error. Outcomes come back in the items' order; `on_progress` is called
after each item, in the caller's thread (or event loop), never at the same time twice. A
progress callback that raises is logged (logger "scp_virtualserver") and the work goes on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .errors import InvalidParameterError

__all__ = ["Outcome", "Progress", "arun", "run"]

logger = logging.getLogger("scp_virtualserver")

I = TypeVar("I")  # noqa: E741 - an item
R = TypeVar("R")

DEFAULT_CONCURRENCY = 10


@dataclass(frozen=True, slots=True)
class Outcome(Generic[I, R]):
    """What one item came to: its result, or the error its call raised."""

    item: I
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Progress:
    """Where the work is, after each item."""

    done: int
    total: int
    failed: int
    last: Outcome[Any, Any]


ProgressCallback = Callable[[Progress], object]


def _checked(function: object, concurrency: object, on_progress: object) -> int:
    if not callable(function):
        raise InvalidParameterError(f"function must be callable, not {function!r:.60}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError(f"concurrency must be an integer >= 1, not {concurrency!r}")
    if on_progress is not None and not callable(on_progress):
        raise InvalidParameterError(f"on_progress must be callable, not {on_progress!r:.60}")
    return concurrency


class _Tally:
    def __init__(self, total: int, on_progress: ProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.on_progress = on_progress

    def count(self, outcome: Outcome[Any, Any]) -> None:
        self.done += 1
        self.failed += outcome.error is not None
        if self.on_progress is None:
            return
        try:
            self.on_progress(Progress(self.done, self.total, self.failed, outcome))
        except Exception:
            logger.warning(
                "on_progress %r raised; the work goes on", self.on_progress, exc_info=True
            )


def run(
    function: Callable[[I], R],
    items: Iterable[I],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
) -> list[Outcome[I, R]]:
    """Calls `function(item)` for every item, at most `concurrency` at a time (threads)."""
    workers = _checked(function, concurrency, on_progress)
    work = list(items)
    tally = _Tally(len(work), on_progress)
    outcomes: list[Outcome[I, R] | None] = [None] * len(work)
    if not work:
        return []
    with ThreadPoolExecutor(max_workers=min(workers, len(work))) as pool:
        futures: dict[Future[R], int] = {
            pool.submit(function, item): index for index, item in enumerate(work)
        }
        for future in as_completed(futures):
            index = futures[future]
            error = future.exception()
            if error is not None and not isinstance(error, Exception):
                raise error  # KeyboardInterrupt, SystemExit: not an item's failure
            outcome: Outcome[I, R] = (
                Outcome(work[index], future.result())
                if error is None
                else Outcome(work[index], error=error)
            )
            outcomes[index] = outcome
            tally.count(outcome)
    return [outcome for outcome in outcomes if outcome is not None]


async def arun(
    function: Callable[[I], Awaitable[R]],
    items: Iterable[I],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
) -> list[Outcome[I, R]]:
    """Awaits `function(item)` for every item, at most `concurrency` at a time (tasks)."""
    limit = _checked(function, concurrency, on_progress)
    work = list(items)
    tally = _Tally(len(work), on_progress)
    gate = asyncio.Semaphore(limit)

    async def one(item: I) -> Outcome[I, R]:
        async with gate:
            try:
                outcome: Outcome[I, R] = Outcome(item, await function(item))
            except Exception as error:
                outcome = Outcome(item, error=error)
        tally.count(outcome)
        return outcome

    return list(await asyncio.gather(*(one(item) for item in work)))
