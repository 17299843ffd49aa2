"""`VirtualServerClient`: the blocking client."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._calls import Answer, Flow, Request, Sleep
from ._client_base import ClientBase, next_step
from ._transport import (
    deadline_after,
    last_response,
    remaining,
)
from .errors import ScpError
from .hooks import OperationHooks, observing
from .resources import ClientResources

__all__ = ["VirtualServerClient"]

T = TypeVar("T")


class VirtualServerClient(
    ClientBase[httpx.Client, httpx.BaseTransport], ClientResources, OperationHooks
):
    """A client of the Virtual Server API, speaking one API version over one connection pool.

    The endpoint is `endpoint_url`, or built from `region` and `environment`; credentials and
    both of those are looked up as `scp_virtualserver.credentials` says when not given.
    `api_version`: None picks the newest version usable today by the Not Before dates, "X.Y"
    pins one (with a warning as its end nears), "auto" asks the service once.

    Every call keeps to a deadline (`timeout=` on each method, 60 s by default) over its
    attempts, waits and reading; answers longer than
    `max_response_bytes` (after decompression) are refused. No proxy is taken from the
    environment unless `trust_env=True`; `proxy=` names one. `limits=` sizes the pool.
    `http_client=` brings an httpx client of your own, used and never changed: each request of
    the SDK carries its endpoint, signature, timeouts and size limit itself (see `_sending`).

    In the signature, `transport: P` is an `httpx.BaseTransport` to send through (a test
    double, a custom network setup) and `http_client: H` an `httpx.Client` of your own (used,
    never changed or closed): the two clients share one base class, generic in these. See the
    configuration page of the documentation for every argument and environment variable.
    """

    _http_class = httpx.Client
    _asynchronous = False

    @property
    def api_version(self) -> str:
        """The version every request names ("1.3"); with "auto", asks the service on first use."""
        return self._ensure_version()

    def close(self) -> None:
        """Closes the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- running flows --------------------------------------------------------------------------

    def _ensure_version(self) -> str:
        if self._settings.version is None:
            outcome: Answer | Exception
            try:
                with deadline_after(self._settings.budget()):
                    outcome = Answer.of_httpx(self._sender.send(self._sender.build("GET", "/")))
            except (httpx.HTTPError, httpx.InvalidURL, ScpError, RecursionError) as error:
                outcome = error
            self._settings.choose_discovered(outcome)
        assert self._settings.version is not None
        return self._settings.version

    def _run(self, flow: Flow[T], budget: float | None = None) -> T:
        """Runs a flow within its budget (seconds): attempts, waits and reading included."""
        if self._http.is_closed:
            flow.close()
            raise ScpError("this client is closed; make a new one")
        with (
            deadline_after(self._settings.budget() if budget is None else budget),
            observing(self, flow) as flow,  # the operation hooks (hooks.py)
        ):
            self._ensure_version()
            outcome: Any = None
            sent = False
            try:
                while True:
                    step = next_step(flow, outcome, sent)
                    if isinstance(step, Sleep):
                        time.sleep(max(0.0, min(step.seconds, remaining() or 0.0)))
                        outcome = None
                    else:
                        sent = True
                        outcome = self._attempt(step)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            finally:
                flow.close()

    def _attempt(self, request: Request) -> Answer | httpx.TransportError:
        try:
            response = self._sender.send(
                self._sender.build(
                    request.method,
                    request.path,
                    api_version=request.version,
                    params=request.params,
                    json=request.json,
                )
            )
            return Answer(response.status_code, response.headers, response.content)
        except Exception as error:
            return self._failed(request, error)
        finally:
            last_response.set(None)
