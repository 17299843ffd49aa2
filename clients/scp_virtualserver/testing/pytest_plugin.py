"""pytest fixtures for testing your own code against a local Virtual Server API.

Installed with the package (entry point `pytest11`), so the fixtures are there in every test:

    def test_cleanup_deletes_the_server(scp_server, scp_client):
        server_id = scp_server.add_server(name="web-1")
        my_cleanup(scp_client, server_id)
        assert not scp_server.has_server(server_id)

- `scp_server`: a started `LocalVirtualServer` whose state changes take 0.05 s (so waiting for
  them is fast, yet still waiting); `@pytest.mark.scp_server(delete_delay=2.0, ...)` passes other
  arguments to `LocalVirtualServer` for one test.
- `scp_client`: a `VirtualServerClient` bound to it, with quick retries (0.01 s backoff).
- `scp_async_client`: the same, an `AsyncVirtualServerClient`; it needs an async test runner:
  pytest-asyncio (any mode), or anyio with its `anyio_backend`.

Each fixture is function-scoped: every test gets a fresh, empty server. Define a fixture of the
same name in your conftest.py to change one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from .. import AsyncVirtualServerClient, RetryPolicy, VirtualServerClient
    from . import LocalVirtualServer

__all__ = ["scp_async_client", "scp_client", "scp_server"]

TRANSITION_SECONDS = 0.05
"""How long the fixture server's state changes take (deletion, BUILD, stop, start, reboot)."""

MARKER = "scp_server"
F = TypeVar("F", bound=Callable[..., Any])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**kwargs): keyword arguments for the scp_server fixture's LocalVirtualServer "
        "(delete_delay=, transition_delay=, clock=, versions=, access_key=, secret_key=)",
    )


@pytest.fixture
def scp_server(request: pytest.FixtureRequest) -> Iterator[LocalVirtualServer]:
    """A local SCP-compatible Virtual Server API on 127.0.0.1, empty, fast to change state."""
    from . import LocalVirtualServer

    arguments: dict[str, Any] = {
        "delete_delay": TRANSITION_SECONDS,
        "transition_delay": TRANSITION_SECONDS,
    }
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only")
        arguments.update(marker.kwargs)
    with LocalVirtualServer(**arguments) as server:
        yield server


def quick_retries() -> RetryPolicy:
    """Retries as the default policy makes them, with waits short enough for a test suite."""
    from .. import RetryPolicy

    return RetryPolicy(backoff=0.01, max_backoff=0.1, total=10.0)


@pytest.fixture
def scp_client(scp_server: LocalVirtualServer) -> Iterator[VirtualServerClient]:
    """A `VirtualServerClient` bound to `scp_server`, with its key pair and quick retries."""
    from .. import VirtualServerClient

    with VirtualServerClient(
        endpoint_url=scp_server.url, credentials=scp_server.credentials, retry=quick_retries()
    ) as client:
        yield client


def _async_fixture() -> Callable[[F], F]:
    # pytest-asyncio runs only the async fixtures it marks (in its strict mode); anyio and other
    # runners run plain async fixtures.
    try:
        import pytest_asyncio
    except ImportError:
        return cast("Callable[[F], F]", pytest.fixture)
    return cast("Callable[[F], F]", pytest_asyncio.fixture)


@_async_fixture()
async def scp_async_client(
    scp_server: LocalVirtualServer,
) -> AsyncIterator[AsyncVirtualServerClient]:
    """An `AsyncVirtualServerClient` bound to `scp_server` (needs pytest-asyncio or anyio)."""
    from .. import AsyncVirtualServerClient

    async with AsyncVirtualServerClient(
        endpoint_url=scp_server.url, credentials=scp_server.credentials, retry=quick_retries()
    ) as client:
        yield client
