"""The user's tests, on the SDK's pytest plugin: no cloud account, no fixtures of their own."""

from __future__ import annotations

import pytest
from inventory import delete_leftovers, states

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer


def test_leftovers_are_deleted_and_locked_ones_reported(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    doomed = scp_server.add_server(name="ci-run-1")
    locked = scp_server.add_server(name="ci-run-2", locked=True)
    kept = scp_server.add_server(name="production")

    report = delete_leftovers(scp_client, "ci-run-")

    assert report.deleted == [doomed]
    assert list(report.refused) == [locked] and "lock" in report.refused[locked].lower()
    assert not scp_server.has_server(doomed)
    assert scp_server.has_server(locked) and scp_server.has_server(kept)


def test_a_busy_service_is_retried(
    scp_server: LocalVirtualServer, scp_client: vs.VirtualServerClient
) -> None:
    scp_server.add_server(name="ci-run-1")
    scp_server.fail_next(2, mode="429", retry_after=0.01)
    assert len(delete_leftovers(scp_client, "ci-run-").deleted) == 1


@pytest.mark.asyncio
async def test_states_by_name(
    scp_server: LocalVirtualServer, scp_async_client: vs.AsyncVirtualServerClient
) -> None:
    scp_server.add_server(name="web-1")
    scp_server.add_server(name="web-2", state="SHUTOFF")
    assert await states(scp_async_client) == {"web-1": "ACTIVE", "web-2": "SHUTOFF"}
