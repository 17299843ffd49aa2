"""Operation hooks: a callable told once per API operation a client sends, sync or async.

    def record(event: vs.OperationEvent) -> None:
        metrics.timing(event.operation_id, event.duration, status=event.status)

    client.add_operation_hook(record)

An operation is one request of the API with its retries: a `get` is one, a list one per page,
a `delete(wait=True)` the delete and each poll. The event comes when the operation is over,
in the thread (or task) that made the call, before the call returns. Hooks need no httpx
client of your own; `scp_virtualserver.otel` builds OpenTelemetry spans on them.

A hook that raises is logged (logger "scp_virtualserver", with its traceback) and the call goes
on as if it had not been there; `add_operation_hook(hook, raise_errors=True)` makes the hook's
error end the call instead (the client stays usable). Hooks should be quick: they run inside
the call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ._calls import Answer, Flow, Request, Sleep

if TYPE_CHECKING:
    from ._settings import ClientSettings

__all__ = ["OperationEvent", "OperationHook", "OperationHooks"]

logger = logging.getLogger("scp_virtualserver")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class OperationEvent:
    """One API operation, as sent and answered (retries included)."""

    operation_id: str
    """The spec's operationId: "deleteVirtualServer"."""
    api_version: str
    """The API version it was sent as: "1.3"."""
    method: str
    """The HTTP method: "DELETE"."""
    path_template: str
    """The path as the spec writes it: "/v1/servers/{server_id}"."""
    path: str
    """The path as sent, ids filled in: "/v1/servers/4f1c…"."""
    attempts: int
    """How many times it was sent: 1, or more when retried."""
    status: int | None
    """The last answer's status; None when no answer came (a network error)."""
    duration: float
    """Seconds from the first attempt to the last answer (waits between retries included)."""
    error: BaseException | None
    """What the call raised because of this operation; None when the call went on (a 404 that
    a waiter was waiting for is a status, not an error)."""


OperationHook = Callable[[OperationEvent], object]
"""A callable taking an `OperationEvent`; what it returns is ignored."""


class OperationHooks:
    """The hook methods of `VirtualServerClient` and `AsyncVirtualServerClient`."""

    _operation_hooks: tuple[tuple[OperationHook, bool], ...] = ()

    def add_operation_hook(
        self, hook: OperationHook, *, raise_errors: bool = False
    ) -> OperationHook:
        """Calls `hook(event)` once per operation this client sends, from now on.

        Returns the hook (so that it can be used as a decorator). With `raise_errors=True`, an
        exception raised by the hook ends the call it came from; by default it is logged.
        """
        if not callable(hook):
            from .errors import InvalidParameterError

            raise InvalidParameterError(f"hook must be callable, not {hook!r:.60}")
        if not isinstance(raise_errors, bool):
            from .errors import InvalidParameterError

            raise InvalidParameterError(f"raise_errors must be True or False, not {raise_errors!r}")
        # A new tuple each time: a call under way keeps the hooks it started with.
        self._operation_hooks = (*self._operation_hooks, (hook, raise_errors))
        return hook

    def remove_operation_hook(self, hook: OperationHook) -> None:
        """Stops calling `hook`; a hook that was not added is a ValueError."""
        kept = tuple(entry for entry in self._operation_hooks if entry[0] != hook)
        if len(kept) == len(self._operation_hooks):
            raise ValueError(f"{hook!r:.60} is not a hook of this client")
        self._operation_hooks = kept


@contextmanager
def observing(client: Any, flow: Flow[T]) -> Iterator[Flow[T]]:
    """The flow to run in its place: the same steps, with the client's hooks told of each
    operation. Errors raised around the flow (by an attempt) end the operation too."""
    hooks: tuple[tuple[OperationHook, bool], ...] = client._operation_hooks
    if not hooks:
        yield flow
        return
    watch = _Watch(client._settings, hooks)
    try:
        yield watch.wrap(flow)
    except BaseException as error:
        watch.end(error)
        raise
    watch.end(None)


class _Watch:
    """The operation under way in one call, and how to report it."""

    __slots__ = ("attempts", "core", "hooks", "last_answer", "request", "started", "status")

    def __init__(self, core: ClientSettings, hooks: tuple[tuple[OperationHook, bool], ...]) -> None:
        self.core = core
        self.hooks = hooks
        self.request: Request | None = None
        self.attempts = 0
        self.status: int | None = None
        self.started = 0.0
        self.last_answer = 0.0

    def wrap(self, flow: Flow[T]) -> Generator[Request | Sleep, Any, T]:
        outcome: Any = None
        try:
            while True:
                failure: BaseException | None = None
                try:
                    step = flow.send(outcome)
                except StopIteration as stop:
                    result: T = stop.value
                    break
                except BaseException as error:
                    failure = error
                # Hooks run outside the except clauses: their errors do not chain to the flow's.
                if failure is not None:
                    self.end(failure)
                    raise failure
                if isinstance(step, Request):
                    if step is not self.request:
                        self.end(None)
                        self.request = step
                        self.attempts = 0
                        self.started = time.perf_counter()
                    self.attempts += 1
                outcome = yield step
                if isinstance(step, Request):
                    self.status = outcome.status if isinstance(outcome, Answer) else None
                    self.last_answer = time.perf_counter()
            self.end(None)
            return result
        finally:
            flow.close()

    def end(self, error: BaseException | None) -> None:
        request = self.request
        if request is None:
            return
        self.request = None
        ended = self.last_answer if self.last_answer >= self.started else time.perf_counter()
        event = OperationEvent(
            operation_id=request.op,
            api_version=self.core.version or "",
            method=request.method,
            path_template=request.template or request.path,
            path=request.path,
            attempts=self.attempts,
            status=self.status,
            duration=max(0.0, ended - self.started),
            error=error,
        )
        self.status = None
        for hook, raise_errors in self.hooks:
            try:
                hook(event)
            except Exception:
                if raise_errors:
                    raise
                logger.warning(
                    "operation hook %r raised on %s; the call goes on",
                    hook,
                    event.operation_id,
                    exc_info=True,
                )
