"""The pytest plugin's fixtures, as a user's test suite gets them (through the entry point)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.testing.pytest_plugin import TRANSITION_SECONDS

from .conftest import EARLY, USABLE_EARLY

pytest_plugins = ["pytester"]


def test_the_plugin_is_loaded_by_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("scp_virtualserver")
    assert plugin is not None
    assert plugin.__name__ == "scp_virtualserver.testing.pytest_plugin"


def test_scp_server_is_started_empty_and_fast(scp_server: LocalVirtualServer) -> None:
    assert scp_server.url.startswith("http://127.0.0.1:")
    assert scp_server.world.delete_delay == TRANSITION_SECONDS
    assert scp_server.world.transition_delay == TRANSITION_SECONDS


def test_scp_client_deletes_and_waits(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    sid = scp_server.add_server(name="web-1")
    scp_client.servers.delete(sid, wait=True)
    assert not scp_server.has_server(sid)


async def test_scp_async_client_deletes_and_waits(
    scp_server: LocalVirtualServer, scp_async_client: vs.AsyncVirtualServerClient
) -> None:
    sid = scp_server.add_server(name="web-1")
    await scp_async_client.servers.delete(sid, wait=True)
    assert not scp_server.has_server(sid)


def test_scp_client_retries_quickly(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    sid = scp_server.add_server()
    scp_server.fail_next(2, mode="503")
    assert scp_client.servers.get(sid).id == sid


@pytest.mark.scp_server(delete_delay=3600.0)
def test_the_marker_configures_the_server(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    assert scp_server.world.delete_delay == 3600.0
    sid = scp_server.add_server()
    scp_client.servers.delete(sid)
    assert scp_server.has_server(sid)  # deleting, for an hour
    scp_server.complete_pending()
    assert not scp_server.has_server(sid)


# -- pinned version and clock ------------------------------------------------------------------

# A day on which every version but 1.0 is usable (conftest's EARLY), and one of them to pin:
# the oldest, as a legacy suite pins it (its deprecation warning is expected).
PINNED = USABLE_EARLY[0]
LEGACY = pytest.mark.filterwarnings("ignore::scp_virtualserver.VersionDeprecationWarning")


@pytest.mark.scp_clock(EARLY)
def test_the_clock_marker_fixes_now_for_server_and_client(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    assert scp_server.clock is not None and scp_server.clock() == EARLY
    assert scp_client.api_version == vs.select_version(EARLY.date())
    sid = scp_server.add_server()
    assert scp_client.servers.get(sid).id == sid


@LEGACY
@pytest.mark.scp_clock(EARLY)
@pytest.mark.scp_api_version(PINNED)
def test_the_version_marker_pins_the_clients(scp_client: vs.VirtualServerClient) -> None:
    assert scp_client.api_version == PINNED
    assert list(scp_client.servers.list()) == []


@LEGACY
@pytest.mark.scp_clock(EARLY)
@pytest.mark.scp_api_version(PINNED)
async def test_the_version_marker_pins_the_async_client_too(
    scp_async_client: vs.AsyncVirtualServerClient,
) -> None:
    assert scp_async_client.api_version == PINNED


@LEGACY
@pytest.mark.scp_clock(EARLY)
@pytest.mark.parametrize("scp_api_version", USABLE_EARLY)
def test_the_version_fixture_can_be_parametrized(
    scp_client: vs.VirtualServerClient, scp_api_version: str
) -> None:
    assert scp_client.api_version == scp_api_version


@pytest.mark.scp_clock("2026-01-01")
def test_a_clock_that_is_not_a_moment_is_a_usage_error(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.UsageError, match="aware datetime"):
        request.getfixturevalue("scp_clock")


# -- reset, the session-scoped server, and what the plugin costs -------------------------------


def top_level_counts(server: LocalVirtualServer) -> dict[str, int]:
    world = server.world
    return {
        tag: len(world.records(tag, None))
        for tag, resource in world.resources.items()
        if resource.parent is None
    }


def test_reset_returns_the_server_to_its_fresh_state() -> None:
    with LocalVirtualServer() as server:
        fresh = top_level_counts(server)
        url = server.url
        sid = server.add_server(name="web-1")
        server.fail_next(2, mode="503")
        server.reset()
        assert not server.has_server(sid)
        assert top_level_counts(server) == fresh
        assert server.url == url and server.requests_served == 0
        with vs.VirtualServerClient(endpoint_url=url, credentials=server.credentials) as client:
            assert list(client.servers.list()) == []  # no 503 left over


SESSION_SUITE = """
import scp_virtualserver as vs

URLS = []

def test_one(scp_server, scp_client):
    URLS.append(scp_server.url)
    scp_server.add_server(name="left-behind")
    scp_server.fail_next(1, mode="503")

def test_two(scp_server, scp_client):
    URLS.append(scp_server.url)
    assert list(scp_client.servers.list()) == []
    assert scp_server.requests_served == 1
    assert URLS[0] == URLS[1]

def test_a_marked_test_gets_its_own(scp_server):
    import pytest
    assert scp_server.url != URLS[0] and scp_server.world.delete_delay == 9.0

test_a_marked_test_gets_its_own = __import__("pytest").mark.scp_server(delete_delay=9.0)(
    test_a_marked_test_gets_its_own
)
"""


def test_a_session_scoped_server_is_reset_before_each_test(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nscp_server_scope = session\n")
    pytester.makepyfile(test_suite=SESSION_SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3)


def test_loading_the_plugin_imports_neither_httpx_nor_the_local_server() -> None:
    code = (
        "import sys, scp_virtualserver.testing.pytest_plugin; "
        "print(sorted(m for m in ('httpx', 'openapi_core', 'scp_virtualserver.testing._server', "
        "'scp_virtualserver.client') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_stopped_server_refuses_connections_even_with_one_kept_open() -> None:
    import httpx

    server = LocalVirtualServer().start()
    url = server.url
    with vs.VirtualServerClient(endpoint_url=url, credentials=server.credentials) as client:
        assert list(client.servers.list()) == []  # a pooled connection stays open
        server.stop()
        with pytest.raises(httpx.ConnectError):
            httpx.get(url, timeout=2.0)
    server.stop()  # stopping twice is harmless
