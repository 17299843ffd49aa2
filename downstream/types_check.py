"""What mypy --strict sees of the SDK from outside: real types, not Any.

`assert_type` fails the check if a type is wrong; `reveal_type` prints each for the record
(`nox -s downstream` compares the printout with revealed_types.txt).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, assert_type, reveal_type

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer


def sync_client(client: vs.VirtualServerClient, server_id: str) -> None:
    server = client.servers.get(server_id)
    assert_type(server, vs.Server)
    reveal_type(server)
    reveal_type(server.state)
    reveal_type(server.ip_addresses)
    reveal_type(server.created_at)
    assert_type(client.servers.list(state="ACTIVE"), Iterator[vs.Server])
    reveal_type(client.servers.list(state="ACTIVE"))
    assert_type(client.servers.delete(server_id, wait=True), None)
    ids = client.servers.create(
        "web-1", image_id="i", server_type_id="t", keypair_name="k", networks=["subnet"]
    )
    assert_type(ids, list[str])
    reveal_type(ids)
    reveal_type(client.servers.wait_for_state(server_id, "ACTIVE"))
    reveal_type(client.api_version)


async def async_client(client: vs.AsyncVirtualServerClient, server_id: str) -> None:
    pending: Coroutine[Any, Any, vs.Server] = client.servers.get(server_id)
    server = await pending
    reveal_type(server)
    assert_type(client.servers.list(), AsyncIterator[vs.Server])
    reveal_type(client.servers.list())


def errors(error: vs.ApiError, busy: vs.TooManyRequests) -> None:
    reveal_type(error.status_code)
    reveal_type(error.detail)
    reveal_type(error.body)
    reveal_type(busy.retry_after)
    base: vs.ScpError = busy  # every error the SDK raises on purpose is an ScpError
    reveal_type(base)


def versions() -> None:
    reveal_type(vs.VERSIONS)
    reveal_type(vs.VERSIONS[0].not_before)
    reveal_type(vs.select_version(datetime.date(2026, 1, 1)))
    reveal_type(vs.sign("GET", "https://x", 0, "AK", "SK"))
    reveal_type(vs.Credentials("AK", "SK"))


def local_server() -> None:
    with LocalVirtualServer() as srv:
        reveal_type(srv)
        reveal_type(srv.add_server(name="web-1"))
        reveal_type(srv.credentials)
