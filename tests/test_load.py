"""Load and faults: 1,000 deletes at 50 in flight, every one done exactly once, nothing leaked."""

from __future__ import annotations

import asyncio
import time

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

SERVERS = 1000
IN_FLIGHT = 50
PATIENT = vs.RetryPolicy(attempts=6, backoff=0.01, max_backoff=0.1, total=60.0)


async def delete_all(srv: LocalVirtualServer, ids: list[str]) -> list[BaseException | None]:
    limit = asyncio.Semaphore(IN_FLIGHT)
    async with vs.AsyncVirtualServerClient(
        endpoint_url=srv.url, credentials=srv.credentials, retry=PATIENT
    ) as client:

        async def one(server_id: str) -> None:
            async with limit:
                await client.servers.delete(server_id)

        results = await asyncio.gather(*(one(i) for i in ids), return_exceptions=True)
    return [r if isinstance(r, BaseException) else None for r in results]


def wait_for_closed_connections(srv: LocalVirtualServer) -> int:
    # The server notices a closed socket on its own thread; give it a moment, then report.
    deadline = time.monotonic() + 10
    while srv.connections_open and time.monotonic() < deadline:
        time.sleep(0.02)
    return srv.connections_open


@pytest.mark.parametrize(
    "failures",
    [None, ("503", "drop", "drop-after")],
    ids=["clean", "one-in-ten-fails"],
)
async def test_a_thousand_deletes_each_exactly_once(failures: tuple[str, ...] | None) -> None:
    with LocalVirtualServer() as srv:
        ids = [srv.add_server(f"load-{n}") for n in range(SERVERS)]
        if failures:
            srv.fail_every(10, modes=failures)  # type: ignore[arg-type]
        results = await delete_all(srv, ids)
        srv.fail_every(0)
        assert [r for r in results if r is not None] == []  # every call answered, none failed
        assert [i for i in ids if srv.has_server(i)] == []
        assert {srv.deletes_started(i) for i in ids} == {1}
        assert srv.connections_peak <= IN_FLIGHT + 1
        assert wait_for_closed_connections(srv) == 0
        if failures:
            assert srv.requests_served > SERVERS  # the retries happened
