"""The pytest plugin's fixtures, as a user's test suite gets them (through the entry point)."""

from __future__ import annotations

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.testing.pytest_plugin import TRANSITION_SECONDS


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
