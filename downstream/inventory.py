"""A user's code: clean up the servers a test run left behind."""

from __future__ import annotations

from dataclasses import dataclass, field

import scp_virtualserver as vs


@dataclass
class Cleanup:
    deleted: list[str] = field(default_factory=list[str])
    refused: dict[str, str] = field(default_factory=dict[str, str])  # id -> why


def delete_leftovers(client: vs.VirtualServerClient, prefix: str) -> Cleanup:
    """Deletes every server named `prefix...` and waits until each is gone."""
    report = Cleanup()
    # The whole list first: a page's marker is its last server, which may be one we delete.
    doomed = [server for server in client.servers.list() if server.name.startswith(prefix)]
    for server in doomed:
        try:
            client.servers.delete(server.id, wait=True, timeout=60.0)
        except vs.Conflict as refused:
            report.refused[server.id] = refused.detail
        else:
            report.deleted.append(server.id)
    return report


async def states(client: vs.AsyncVirtualServerClient) -> dict[str, str]:
    """Each server's state, by name."""
    return {server.name: server.state async for server in client.servers.list()}
