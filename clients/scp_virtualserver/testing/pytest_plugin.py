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
- `scp_api_version`: the version the clients pin (None: chosen by date, as in production);
  `@pytest.mark.scp_api_version("1.1")` for one test, or parametrize it.
- `scp_clock`: "now" for the server and the clients (None: the real clock);
  `@pytest.mark.scp_clock(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))` for one test.
- `scp_session_server`: one server for the whole session. With `scp_server_scope = "session"`
  in the pytest ini options, `scp_server` is that server, `reset()` before each test: a fresh,
  empty server for each test without starting one each time.

Each test gets a fresh, empty server. Define a fixture of the same name in your conftest.py to
change one. Loading the plugin imports nothing but this module (the SDK's clients and the local
server load when a test first uses a fixture), so it costs nothing in suites that do not use it.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from .. import AsyncVirtualServerClient, RetryPolicy, VirtualServerClient
    from ..versions import Clock
    from . import LocalVirtualServer

__all__ = [
    "scp_api_version",
    "scp_async_client",
    "scp_client",
    "scp_clock",
    "scp_server",
    "scp_session_server",
]

TRANSITION_SECONDS = 0.05
"""How long the fixture server's state changes take (deletion, BUILD, stop, start, reboot)."""

MARKER = "scp_server"
VERSION_MARKER = "scp_api_version"
CLOCK_MARKER = "scp_clock"
SCOPE_OPTION = "scp_server_scope"
F = TypeVar("F", bound=Callable[..., Any])


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        SCOPE_OPTION,
        'the scp_server fixture\'s server: "function" (default: one per test) or "session" '
        "(one for the session, reset before each test)",
        default="function",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**kwargs): keyword arguments for the scp_server fixture's LocalVirtualServer "
        "(delete_delay=, transition_delay=, clock=, versions=, access_key=, secret_key=)",
    )
    config.addinivalue_line(
        "markers",
        f'{VERSION_MARKER}(version): the API version scp_client and scp_async_client pin ("1.1")',
    )
    config.addinivalue_line(
        "markers",
        f"{CLOCK_MARKER}(moment): the time (an aware datetime, or a callable returning one) "
        "that scp_server and the clients take for now",
    )


def _marker_value(request: pytest.FixtureRequest, name: str) -> Any:
    marker = request.node.get_closest_marker(name)
    if marker is None:
        return None
    if len(marker.args) != 1 or marker.kwargs:
        raise pytest.UsageError(f"@pytest.mark.{name} takes one argument")
    return marker.args[0]


@pytest.fixture
def scp_api_version(request: pytest.FixtureRequest) -> str | None:
    """The API version the clients pin: the `scp_api_version` marker's, else None (by date)."""
    value: str | None = _marker_value(request, VERSION_MARKER)
    if value is not None and not isinstance(value, str):
        raise pytest.UsageError(f"@pytest.mark.{VERSION_MARKER} takes a version such as '1.2'")
    return value


@pytest.fixture
def scp_clock(request: pytest.FixtureRequest) -> Clock | None:
    """What the server and the clients take for now: the `scp_clock` marker's, else None."""
    value = _marker_value(request, CLOCK_MARKER)
    if value is None or callable(value):
        return cast("Clock | None", value)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return lambda: value
    raise pytest.UsageError(
        f"@pytest.mark.{CLOCK_MARKER} takes an aware datetime or a callable returning one, "
        f"not {value!r:.60}"
    )


def _fixture_arguments(clock: Clock | None) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "delete_delay": TRANSITION_SECONDS,
        "transition_delay": TRANSITION_SECONDS,
    }
    if clock is not None:
        arguments["clock"] = clock
    return arguments


@pytest.fixture(scope="session")
def scp_session_server() -> Iterator[LocalVirtualServer]:
    """One local server for the whole test session; `reset()` it to start afresh."""
    from . import LocalVirtualServer

    with LocalVirtualServer(**_fixture_arguments(None)) as server:
        yield server


@pytest.fixture
def scp_server(
    request: pytest.FixtureRequest, scp_clock: Clock | None
) -> Iterator[LocalVirtualServer]:
    """A local SCP-compatible Virtual Server API on 127.0.0.1, empty, fast to change state."""
    arguments = _fixture_arguments(scp_clock)
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only")
        arguments.update(marker.kwargs)
    scope = request.config.getini(SCOPE_OPTION)
    if scope not in ("function", "session"):
        raise pytest.UsageError(f'{SCOPE_OPTION} must be "function" or "session", not {scope!r}')
    if scope == "session" and marker is None:
        shared: LocalVirtualServer = request.getfixturevalue("scp_session_server")
        shared.reset()
        shared.clock = scp_clock
        yield shared
        return
    from . import LocalVirtualServer

    with LocalVirtualServer(**arguments) as server:
        yield server


def quick_retries() -> RetryPolicy:
    """Retries as the default policy makes them, with waits short enough for a test suite."""
    from .. import RetryPolicy

    return RetryPolicy(backoff=0.01, max_backoff=0.1, total=10.0)


def _client_arguments(
    server: LocalVirtualServer, api_version: str | None, clock: Clock | None
) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "endpoint_url": server.url,
        "credentials": server.credentials,
        "retry": quick_retries(),
        "api_version": api_version,
        # The local server answers as the spec says: any difference is a bug in a test's own
        # stubs or in this SDK, so the fixtures read strictly (a user's clients default to not).
        "strict": True,
    }
    if clock is not None:
        arguments["clock"] = clock
    return arguments


@pytest.fixture
def scp_client(
    scp_server: LocalVirtualServer, scp_api_version: str | None, scp_clock: Clock | None
) -> Iterator[VirtualServerClient]:
    """A `VirtualServerClient` bound to `scp_server`, with its key pair and quick retries,
    reading answers strictly (`strict=True`)."""
    from .. import VirtualServerClient

    with VirtualServerClient(**_client_arguments(scp_server, scp_api_version, scp_clock)) as client:
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
    scp_server: LocalVirtualServer, scp_api_version: str | None, scp_clock: Clock | None
) -> AsyncIterator[AsyncVirtualServerClient]:
    """An `AsyncVirtualServerClient` bound to `scp_server` (needs pytest-asyncio or anyio)."""
    from .. import AsyncVirtualServerClient

    async with AsyncVirtualServerClient(
        **_client_arguments(scp_server, scp_api_version, scp_clock)
    ) as client:
        yield client
