"""What the local server refuses because the cloud does: references to what does not exist,
versions past their date; and what it says about its own limits. Over real HTTP, sync."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.testing._api import operations, resource_data

from .conftest import EARLY, early_client, fixed

VERSION = "1.3"
TODAY = datetime.datetime(2026, 12, 6, 3, 0, tzinfo=datetime.UTC)
OPERATIONS = {op.operation_id: op for op in operations(VERSION)}


@pytest.fixture
def srv() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(clock=fixed(EARLY), transition_delay=0, delete_delay=0) as server:
        yield server


def declared_references() -> list[tuple[str, str, str]]:
    """(operationId, field, tag) for every reference resources.yaml declares."""
    return sorted(
        (operation_id, field, target)
        for declared in resource_data().values()
        for operation_id, fields in ((declared or {}).get("references") or {}).items()
        for field, target in fields.items()
    )


def test_every_declared_reference_is_one_of_the_operations_documented_statuses() -> None:
    for operation_id, field, _ in declared_references():
        operation = OPERATIONS[operation_id]
        assert 404 in operation.statuses or 400 in operation.statuses, (operation_id, field)


def server_body(srv: LocalVirtualServer, **changes: Any) -> dict[str, Any]:
    body = {
        "name": "web",
        "image_id": srv.add("images", name="img"),
        "server_type_id": srv.add("server-types", name="t1"),
        "keypair_name": srv.add("keypairs", name="key"),
        "networks": [{"subnet_id": "subnet-1"}],
        "volumes": [{"boot_index": 0, "size": 16}],
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


@pytest.mark.parametrize(
    ("field", "noun"),
    [
        ("image_id", "image"),
        ("server_type_id", "server type"),
        ("keypair_name", "keypair"),
        ("server_group_id", "server group"),
    ],
)
def test_a_server_naming_what_does_not_exist_is_refused(
    srv: LocalVirtualServer, field: str, noun: str
) -> None:
    with early_client(srv, VERSION) as client:
        body = server_body(srv, **{field: "nowhere"})
        name = body.pop("name")
        before = len(list(client.servers.list()))
        with pytest.raises(vs.NotFound) as caught:
            client.servers.create(name, **body)
        assert caught.value.detail == f"{field} 'nowhere': no such {noun}"
        assert len(list(client.servers.list())) == before  # nothing made


def test_a_server_naming_what_exists_is_made(srv: LocalVirtualServer) -> None:
    with early_client(srv, VERSION) as client:
        body = server_body(srv)
        (made,) = client.servers.create(body.pop("name"), **body)
        assert client.servers.get(made).image_id == body["image_id"]


def test_volumes_and_snapshots_check_what_they_name(srv: LocalVirtualServer) -> None:
    with early_client(srv, VERSION) as client:
        volume = client.volumes.create(name="data", size=10)
        nowhere = str(uuid.uuid4())  # a server id must be a UUID
        with pytest.raises(vs.NotFound, match=f"server_id '{nowhere}': no such server"):
            client.volumes.attach(volume.id, server_id=nowhere)
        with pytest.raises(vs.NotFound, match=f"server_id '{nowhere}': no such server"):
            client.volumes.detach(volume.id, nowhere)
        with pytest.raises(vs.BadRequest, match="volume_id 'nowhere': no such volume"):
            client.snapshots.create(name="s", volume_id="nowhere")  # its spec has no 404
        with pytest.raises(vs.BadRequest, match="snapshot_id 'nowhere': no such snapshot"):
            client.volumes.create(name="copy", size=10, snapshot_id="nowhere")
        snapshot = client.snapshots.create(name="s", volume_id=volume.id)
        assert client.volumes.create(name="copy", size=10, snapshot_id=snapshot.id).id


def test_a_missing_volume_or_snapshot_is_not_found(srv: LocalVirtualServer) -> None:
    with early_client(srv, VERSION) as client:
        for resource in (client.volumes, client.snapshots):
            with pytest.raises(vs.NotFound):
                resource.get("nowhere")
            with pytest.raises(vs.NotFound):
                resource.delete("nowhere")
            resource.wait_until_deleted("nowhere", timeout=5, interval=0.01)


def test_max_count_above_the_local_servers_own_cap_names_it(srv: LocalVirtualServer) -> None:
    with early_client(srv, VERSION) as client:
        body = server_body(srv)
        with pytest.raises(vs.BadRequest, match="a limit of this local server"):
            client.servers.create(body.pop("name"), max_count=101, **body)


def test_version_labels_say_what_holds_today() -> None:
    with LocalVirtualServer(clock=fixed(TODAY)) as srv:
        listed = {v["id"]: v["status"] for v in httpx.get(srv.url + "/").json()["versions"]}
        today = TODAY.date()
        for version in vs.VERSIONS:
            label = listed[f"v{version.version}"]
            if version.not_before is not None and today >= version.not_before:
                assert label == "EXPIRED"  # refused: not SUPPORTED, whatever the table says
            else:
                assert label == version.status
        refused = httpx.get(
            srv.url + "/v1/servers", headers={"Scp-Api-Version": "virtualserver 1.2"}
        )
        assert refused.status_code in (400, 401)


def test_a_servers_volumes_are_volumes_and_delete_on_termination_holds(
    srv: LocalVirtualServer,
) -> None:
    with early_client(srv, VERSION) as client:
        body = server_body(
            srv,
            volumes=[
                {"boot_index": 0, "size": 16, "delete_on_termination": True},
                {"boot_index": 1, "size": 20, "delete_on_termination": False},
            ],
        )
        (sid,) = client.servers.create(body.pop("name"), **body)
        boot, data = client.servers.get(sid).volume_ids
        assert client.volumes.get(boot).state == "in-use"
        assert client.volumes.get(data).size == 20
        assert {v.id for v in client.volumes.list()} >= {boot, data}
        with pytest.raises(vs.Conflict):
            client.volumes.delete(boot)  # attached: refused, as the cloud does
        assert client.snapshots.create(name="s", volume_id=boot).id
        client.servers.delete(sid, wait=True, timeout=5, interval=0.01)
        with pytest.raises(vs.NotFound):
            client.volumes.get(boot)  # deleted with its server
        kept = client.volumes.get(data)
        assert kept.state == "available"  # kept, detached
        client.volumes.delete(data, wait=True, timeout=5, interval=0.01)
