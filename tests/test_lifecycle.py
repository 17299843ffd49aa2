"""Every operation in every version, sync and async, against the local server over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

from . import bodies
from .conftest import ALL_VERSIONS, EARLY, early_async_client, early_client, fixed

pytestmark = pytest.mark.filterwarnings("ignore::scp_virtualserver.VersionDeprecationWarning")

CREATE = {
    "image_id": "ubuntu-22.04",
    "server_type_id": "s1v1m2",
    "keypair_name": "key",
    "networks": ["subnet-1"],
    "volumes": [vs.Volume(size=16)],  # required from 1.2
}
FAST: dict[str, Any] = {"timeout": 30.0, "interval": 0.02}


@pytest.fixture
def srv() -> Iterator[LocalVirtualServer]:
    # Nothing finishes by itself: each test says when with complete_pending(), so that no
    # assertion depends on timing.
    with LocalVirtualServer(clock=fixed(EARLY), transition_delay=3600, delete_delay=3600) as server:
        seed_references(server)
        yield server


def seed_references(server: LocalVirtualServer) -> None:
    """What CREATE names, which the local server checks exists (as the cloud does)."""
    server.add("images", id="ubuntu-22.04", name="Ubuntu 22.04")
    server.add("keypairs", name="key")


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_the_whole_lifecycle_sync(srv: LocalVirtualServer, version: str) -> None:
    with early_client(srv, version) as client:
        servers = client.servers
        (sid,) = servers.create("web-1", **CREATE)  # type: ignore[arg-type]
        assert servers.get(sid).state == "BUILD"
        srv.complete_pending()
        assert servers.wait_for_state(sid, "ACTIVE", **FAST).state == "ACTIVE"
        servers.stop(sid)
        assert servers.get(sid).state == "STOPPING"
        srv.complete_pending()
        assert servers.wait_for_state(sid, "SHUTOFF", **FAST).state == "SHUTOFF"
        servers.start(sid)
        srv.complete_pending()
        servers.wait_for_state(sid, "ACTIVE", **FAST)
        servers.reboot(sid)
        assert servers.get(sid).state == "REBOOT"
        srv.complete_pending()
        servers.wait_for_state(sid, "ACTIVE", **FAST)
        servers.reboot(sid, hard=True)
        assert servers.get(sid).state == "HARD_REBOOT"
        srv.complete_pending()
        servers.wait_for_state(sid, "ACTIVE", **FAST)
        renamed = servers.update(sid, name="web 1 renamed")
        assert renamed.name == "web 1 renamed" and servers.get(sid).name == "web 1 renamed"
        assert [s.id for s in servers.list(name="web 1 renamed")] == [sid]
        servers.lock(sid)
        assert servers.get(sid).locked is True
        with pytest.raises(vs.Conflict, match="Lock is set"):
            servers.delete(sid)
        servers.unlock(sid)
        servers.delete(sid)
        assert servers.get(sid).state == "DELETING"
        srv.complete_pending()
        servers.wait_until_deleted(sid, **FAST)
        assert not srv.has_server(sid)


@pytest.mark.parametrize("version", ALL_VERSIONS)
async def test_the_whole_lifecycle_async(srv: LocalVirtualServer, version: str) -> None:
    async with early_async_client(srv, version) as client:
        servers = client.servers
        (sid,) = await servers.create("web-1", **CREATE)  # type: ignore[arg-type]
        srv.complete_pending()
        assert (await servers.wait_for_state(sid, "ACTIVE", **FAST)).state == "ACTIVE"
        await servers.stop(sid)
        srv.complete_pending()
        await servers.wait_for_state(sid, "SHUTOFF", **FAST)
        await servers.start(sid)
        srv.complete_pending()
        await servers.wait_for_state(sid, "ACTIVE", **FAST)
        await servers.reboot(sid, hard=True)
        srv.complete_pending()
        await servers.wait_for_state(sid, "ACTIVE", **FAST)
        assert (await servers.update(sid, name="renamed")).name == "renamed"
        assert [s.id async for s in servers.list(name="renamed")] == [sid]
        await servers.lock(sid)
        with pytest.raises(vs.Conflict):
            await servers.delete(sid)
        await servers.unlock(sid)
        await servers.delete(sid)
        srv.complete_pending()
        await servers.wait_until_deleted(sid, **FAST)
        assert not srv.has_server(sid)


def test_a_custom_image_can_be_waited_for_as_an_image(srv: LocalVirtualServer) -> None:
    sid = srv.add_server("web")
    with early_client(srv, "1.3") as client:
        made = client.servers.create_image(sid, image_name="web-golden")
        image_id = made.image_id
        assert isinstance(image_id, str)
        assert client.images.get(image_id).status == "saving"
        assert client.images.get(image_id).state == "saving"  # `state`, as on every lifecycle
        srv.complete_pending()
        image = client.images.wait_for_state(image_id, "active", **FAST)
        assert image.name == "web-golden" and image.id == image_id


def test_list_follows_markers_lazily_across_pages(srv: LocalVirtualServer) -> None:
    ids = [srv.add_server(f"s-{n}") for n in range(7)]
    with early_client(srv, "1.3") as client:
        before = srv.requests_served
        iterator = client.servers.list(page_size=3)
        assert srv.requests_served == before  # nothing is fetched until asked for
        first = next(iterator)
        # The first page, and the next one: a page's items come once the next page is known,
        # so that deleting them while iterating cannot break the marker.
        assert srv.requests_served == before + 2
        rest = list(iterator)
        assert [first.id, *(s.id for s in rest)] == ids
        assert srv.requests_served == before + 3  # 3 + 3 + 1: the short page is the last


def test_list_with_an_exact_multiple_of_the_page_size_stops_on_the_empty_page(
    srv: LocalVirtualServer,
) -> None:
    ids = [srv.add_server(f"s-{n}") for n in range(4)]
    with early_client(srv, "1.3") as client:
        assert [s.id for s in client.servers.list(page_size=2)] == ids


async def test_async_list_pages(srv: LocalVirtualServer) -> None:
    ids = [srv.add_server(f"s-{n}") for n in range(5)]
    async with early_async_client(srv, "1.3") as client:
        assert [s.id async for s in client.servers.list(page_size=2)] == ids


def test_list_filters(srv: LocalVirtualServer) -> None:
    a = srv.add_server("alpha")
    address = {"subnet_name": "s1", "ip_addresses": [{"ip_address": "10.1.2.3", "version": 4}]}
    b = srv.add("servers", name="beta", state="SHUTOFF", addresses=[address])
    with early_client(srv, "1.3") as client:
        assert [s.id for s in client.servers.list(state="SHUTOFF")] == [b]
        assert [s.id for s in client.servers.list(name="alpha")] == [a]
        assert client.servers.get(b).ip_addresses == ("10.1.2.3",)
        assert [s.id for s in client.servers.list(ip="10.1.2.3")] == [b]
        with pytest.raises(vs.InvalidParameterError, match="state must be one of ACTIVE, SHUTOFF"):
            client.servers.list(state="RUNNING")  # type: ignore[arg-type]  # a typo lists nothing
        with pytest.raises(TypeError, match="colour"):  # the signature names every filter
            client.servers.list(colour="red")  # type: ignore[call-arg]
        with pytest.raises(vs.InvalidParameterError, match="page_size"):
            client.servers.list(page_size=0)


def test_create_many_and_with_every_option(srv: LocalVirtualServer) -> None:
    with early_client(srv, "1.3") as client:
        ids = client.servers.create(
            "batch",
            count=3,
            volumes=[vs.Volume(size=20, max_iops=3000, max_throughput=125)],
            tags={"team": "core", "flag": None},
            metadata={"k": "v"},
            lock=True,
            security_groups=["sg-1"],
            networks=[vs.Network(subnet_id="s", fixed_ip="10.0.0.5")],
            image_id="ubuntu-22.04",
            server_type_id="s1v1m2",
            keypair_name="key",
            partition_number=2,
            file_storage_ids=["fs-1"],
        )
        assert len(ids) == 3
        server = client.servers.get(ids[0])
        assert (
            server.locked is True and server.partition_number == 2 and len(server.volume_ids) == 1
        )


@pytest.mark.parametrize(
    ("argument", "value", "first"),
    [("partition_number", 2, "1.1"), ("file_storage_ids", ["fs-1"], "1.2")],
)
@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_version_specific_create_arguments_in_both_directions(
    srv: LocalVirtualServer, version: str, argument: str, value: object, first: str
) -> None:
    with early_client(srv, version) as client:
        if version >= first:
            assert client.servers.create("v", **CREATE, **{argument: value})  # type: ignore[arg-type]
        else:
            before = srv.requests_served
            with pytest.raises(vs.InvalidParameterError) as caught:
                client.servers.create("v", **CREATE, **{argument: value})  # type: ignore[arg-type]
            having = ", ".join(v for v in ALL_VERSIONS if v >= first)
            assert (
                f"{argument!r} does not exist in API version {version}; "
                f"it exists in API versions {having}" in str(caught.value)
            )
            assert srv.requests_served == before


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_volume_iops_and_throughput_exist_from_1_2(srv: LocalVirtualServer, version: str) -> None:
    volume = vs.Volume(size=10, max_iops=3000)
    with early_client(srv, version) as client:
        if version >= "1.2":
            assert client.servers.create("v", **{**CREATE, "volumes": [volume]})  # type: ignore[arg-type]
        else:
            with pytest.raises(
                vs.InvalidParameterError, match="'max_iops' does not exist in this API version"
            ):
                client.servers.create("v", **{**CREATE, "volumes": [volume]})  # type: ignore[arg-type]


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_the_local_server_refuses_fields_its_version_lacks(
    srv: LocalVirtualServer, version: str
) -> None:
    # Past the facade's own check: the service side enforces the same per-version fields.
    import httpx

    from scp_virtualserver.signing import ScpAuth

    body = {
        **CREATE,
        "name": "x",
        "networks": [{"subnet_id": "s"}],
        "volumes": [{"boot_index": 0, "size": 16}],
        "file_storage_ids": ["f"],
    }
    with httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials, api_version=version)) as http:
        answer = http.post("/v1/servers", json=body)
    assert answer.status_code == (202 if version >= "1.2" else 400)


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_volumes_are_required_from_1_2(srv: LocalVirtualServer, version: str) -> None:
    without = {k: v for k, v in CREATE.items() if k != "volumes"}
    with early_client(srv, version) as client:
        if version < "1.2":
            assert client.servers.create("v", **without)  # type: ignore[arg-type]
        else:
            before = srv.requests_served
            with pytest.raises(vs.InvalidParameterError, match="volumes is required"):
                client.servers.create("v", **without)  # type: ignore[arg-type]
            assert srv.requests_served == before


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_partition_number_is_shown_only_from_1_1(srv: LocalVirtualServer, version: str) -> None:
    sid = srv.add("servers", name="p", partition_number=2)
    with early_client(srv, version) as client:
        server = client.servers.get(sid)
    assert ("partition_number" in server.raw) == (version >= "1.1")
    assert server.partition_number == (2 if version >= "1.1" else None)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "at least 1 characters"),
        ("x" * 64, "at most 63 characters"),
        ("web/1", "'web/1'"),
        (None, "name is required"),
    ],
)
def test_bad_names_are_refused_before_any_request(
    srv: LocalVirtualServer, name: object, problem: str
) -> None:
    with early_client(srv, "1.3") as client:
        before = srv.requests_served
        with pytest.raises(vs.InvalidParameterError, match=problem):
            client.servers.create(name, **CREATE)  # type: ignore[arg-type]
        with pytest.raises(vs.InvalidParameterError, match=problem):
            client.servers.update(srv.add_server(), name=name)  # type: ignore[arg-type]
        assert srv.requests_served == before


def test_state_changes_out_of_order_are_conflicts(srv: LocalVirtualServer) -> None:
    sid = srv.add_server()
    with (
        early_client(srv, "1.3") as client,
        pytest.raises(vs.Conflict, match="only a SHUTOFF server can be started"),
    ):
        client.servers.start(sid)


def test_wait_for_state_times_out_and_fails_fast() -> None:
    with LocalVirtualServer(transition_delay=600) as srv, early_client(srv, "1.3") as client:
        seed_references(srv)
        (sid,) = client.servers.create("slow", **CREATE)  # type: ignore[arg-type]
        with pytest.raises(vs.WaitTimeoutError, match="is BUILD, not ACTIVE, after 0.05 s"):
            client.servers.wait_for_state(sid, "ACTIVE", timeout=0.05, interval=0.01)
        broken = srv.add_server(state="ERROR")
        with pytest.raises(vs.ServerStateError, match="ERROR while waiting for ACTIVE"):
            client.servers.wait_for_state(broken, "ACTIVE", timeout=60, interval=0.01)


def test_unknown_fields_and_states_do_not_break_anything() -> None:
    import httpx

    body = bodies.server(state="HIBERNATING", shiny_new_field=[1, 2])
    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )
    server = client.servers.get(body["id"])
    assert server.state == "HIBERNATING" and server.known_state is None
    assert server.raw["shiny_new_field"] == [1, 2]
