"""`python -m scp_virtualserver.demo`: the SDK's whole story against the built-in local server.

No cloud account needed: `LocalVirtualServer` speaks the API on 127.0.0.1 and checks every
signature and version header as SCP does.
"""

from __future__ import annotations

import sys
import time
import warnings

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.versions import today_in_korea


def step(text: str) -> None:
    print(f"\n== {text}")


def say(text: str) -> None:
    print(f"   {text}")


def main() -> int:
    today = today_in_korea()
    step(f"API versions this release knows (today is {today} in Korea)")
    for version in vs.VERSIONS:
        usable = "usable" if version.usable_on(today) else "not usable"
        date = version.not_before or "-"
        say(f"{version.version}  {version.status:<10}  Not Before {date!s:<10}  {usable} today")
    say(f"select_version picks {vs.select_version(today)}: the newest version usable today")

    with LocalVirtualServer(delete_delay=0.5, transition_delay=0.3) as server:
        step(f"A local Virtual Server API is listening on {server.url}")
        client = vs.VirtualServerClient(endpoint_url=server.url, credentials=server.credentials)
        with client:
            say(
                f"the client speaks {client.api_version}; every request carries "
                f"'Scp-Api-Version: virtualserver {client.api_version}' and a fresh signature"
            )
            servers = client.servers

            step("Find an image, a server type and a key pair")
            image = next(i for i in client.images.list() if i.os_distro == "ubuntu")
            server_type = min(client.server_types.list(), key=lambda t: t.vcpus or 0)
            key = client.keypairs.create(name="demo-key")
            say(f"image {image.name} ({image.id}), type {server_type.name}, key pair {key.name}")

            step("Create a server with a boot volume, and wait until it runs")
            (server_id,) = servers.create(
                "demo-web-1",
                image_id=image.id,
                server_type_id=server_type.id,
                keypair_name="demo-key",
                networks=["subnet-demo"],
                volumes=[vs.Volume(size=50, delete_on_termination=True, max_iops=3000)],
                tags={"team": "demo"},
            )
            say(f"created {server_id}: {servers.get(server_id).state}")
            say(f"now {servers.wait_for_state(server_id, 'ACTIVE', interval=0.1).state}")

            step("Attach a data volume, then detach it")
            volumes = client.volumes
            volume = volumes.create(name="demo-data", size=100)
            volumes.wait_for_state(volume.id, "available", interval=0.1)
            volumes.attach(volume.id, server_id)
            attached = volumes.wait_for_state(volume.id, "in-use", interval=0.1)
            say(f"volume {attached.name}: {attached.state}")
            volumes.detach(volume.id, server_id)
            say(f"detached: {volumes.wait_for_state(volume.id, 'available', interval=0.1).state}")

            step("Lock it: deleting a locked server is refused, and the error says why")
            servers.lock(server_id)
            try:
                servers.delete(server_id)
            except vs.Conflict as error:
                say(f"{type(error).__name__} {error.status_code}: {error.detail}")
            servers.unlock(server_id)
            say("unlocked")

            step("Delete it and wait until it is gone")
            started = time.monotonic()
            servers.delete(server_id, wait=True, interval=0.1)
            say(
                f"gone after {time.monotonic() - started:.1f} s; "
                f"the local server has it: {server.has_server(server_id)}"
            )

            step("Bad input never reaches the network")
            networks: object = "subnet-1"  # a string where a list is expected
            for attempt in (
                lambda: servers.delete("../v1"),
                lambda: servers.create(
                    "x",
                    image_id="i",
                    server_type_id="t",
                    keypair_name="k",
                    networks=networks,  # type: ignore[arg-type]
                ),
                lambda: volumes.set_qos(volume.id, max_iops="fast"),  # type: ignore[arg-type]
            ):
                try:
                    attempt()
                except vs.InvalidParameterError as error:
                    say(f"InvalidParameterError: {error}")

        step("A legacy integration pinned to API version 1.1")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            legacy = vs.VirtualServerClient(
                endpoint_url=server.url, credentials=server.credentials, api_version="1.1"
            )
        for warning in caught:
            say(f"{warning.category.__name__}: {warning.message}")
        with legacy:
            try:
                legacy.servers.get(server.add_server("legacy-1"))
            except vs.BadRequest as error:
                say(f"the service refuses it: {error}")
        say("strict_versions=True would have refused it before any request")
    print("\nDone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
