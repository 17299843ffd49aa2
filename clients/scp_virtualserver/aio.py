"""`AsyncVirtualServerClient`: the asyncio client, `VirtualServerClient`'s API, awaitable."""

from __future__ import annotations

import asyncio
import weakref
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
from .errors import ScpError, UnsupportedVersionError
from .hooks import OperationHooks, observing
from .resources import AsyncClientResources

__all__ = ["AsyncVirtualServerClient"]

T = TypeVar("T")


class AsyncVirtualServerClient(
    ClientBase[httpx.AsyncClient, httpx.AsyncBaseTransport], AsyncClientResources, OperationHooks
):
    """An asyncio client of the Virtual Server API; see `VirtualServerClient` for the arguments.

    With api_version="auto", `api_version` is known after `await client.resolve_api_version()`,
    on entering `async with`, or after the first call.

    The endpoint is `endpoint_url`, or built from `region` and `environment`; credentials and
    both of those are looked up as `scp_virtualserver.credentials` says when not given.
    `api_version`: None picks the newest version usable today by the Not Before dates, "X.Y"
    pins one (with a warning as its end nears), "auto" asks the service once.

    A client belongs to the event loop it is first used in (its connections do): use one
    client per loop.

    In the signature, `transport: P` is an `httpx.AsyncBaseTransport` to send through (a test
    double, a custom network setup) and `http_client: H` an `httpx.AsyncClient` of your own
    (used, never changed or closed): the two clients share one base class, generic in these.
    See the configuration page of the documentation for every argument and environment variable.
    """

    _http_class = httpx.AsyncClient
    _asynchronous = True
    _loop: weakref.ref[asyncio.AbstractEventLoop] | None = None  # the loop it belongs to

    @property
    def api_version(self) -> str:
        """The version every request names ("1.3")."""
        if self._settings.version is None:
            raise UnsupportedVersionError(
                'api_version="auto" is not resolved yet: await client.resolve_api_version() first'
            )
        return self._settings.version

    async def resolve_api_version(self) -> str:
        """The version in use; with "auto", asks the service the first time."""
        return await self._ensure_version()

    async def aclose(self) -> None:
        """Closes the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            try:
                await self._http.aclose()
            except RuntimeError as problem:  # its connections belong to a closed event loop
                raise ScpError(
                    f"this client's connections belong to an event loop that is gone ({problem}); "
                    "they are dropped, not closed: make one client per event loop"
                ) from None

    async def __aenter__(self) -> Self:
        try:
            await self._ensure_version()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- running flows --------------------------------------------------------------------------

    def _check_loop(self) -> None:
        """Refuses use from a second event loop: the pooled connections belong to the first."""
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise ScpError(
                "this AsyncVirtualServerClient is used in another event loop than the one it "
                "was first used in, whose connections it keeps; make one client per event loop "
                "(for example, inside the coroutine that asyncio.run runs)"
            )

    async def _ensure_version(self) -> str:
        if self._settings.version is None:
            self._check_loop()
            outcome: Answer | Exception
            try:
                with deadline_after(self._settings.budget()):
                    request = self._sender.build("GET", "/")
                    outcome = Answer.of_httpx(await self._sender.send_async(request))
            except (httpx.HTTPError, httpx.InvalidURL, ScpError, RecursionError) as error:
                outcome = error
            self._settings.choose_discovered(outcome)
        assert self._settings.version is not None
        return self._settings.version

    async def _run(self, flow: Flow[T], budget: float | None = None) -> T:
        """Runs a flow within its budget (seconds): attempts, waits and reading included."""
        if self._http.is_closed:
            flow.close()
            raise ScpError("this client is closed; make a new one")
        self._check_loop()
        with (
            deadline_after(self._settings.budget() if budget is None else budget),
            observing(self, flow) as flow,  # the operation hooks (hooks.py)
        ):
            await self._ensure_version()
            outcome: Any = None
            sent = False
            try:
                while True:
                    step = next_step(flow, outcome, sent)
                    if isinstance(step, Sleep):
                        await asyncio.sleep(max(0.0, min(step.seconds, remaining() or 0.0)))
                        outcome = None
                    else:
                        sent = True
                        outcome = await self._attempt(step)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            finally:
                flow.close()

    async def _attempt(self, request: Request) -> Answer | httpx.TransportError:
        try:
            response = await self._sender.send_async(
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
