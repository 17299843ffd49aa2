"""The local server over real HTTP, driven by each generated client (no facade)."""

from __future__ import annotations

import datetime
import importlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth
from scp_virtualserver.testing import LocalVirtualServer

from . import version_facts as facts
from .conftest import ALL_VERSIONS, EARLY, SECRET, fixed
from .processes import end

# The newest version served on the real calendar, for tests that need one that is not refused.
NOW = facts.newest_usable(facts.today()) or facts.current()


def op(version: str, name: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(
        f"scp_virtualserver.v{version.replace('.', '_')}.api.servers.{name}"
    )


def generated(srv: LocalVirtualServer, version: str, **auth_options: object) -> object:
    auth = ScpAuth(srv.credentials, **auth_options)  # type: ignore[arg-type]
    return importlib.import_module(f"scp_virtualserver.v{version.replace('.', '_')}").Client(
        srv.url, auth=auth
    )


@pytest.fixture
def early() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(clock=fixed(EARLY)) as srv:
        yield srv


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_each_version_deletes_then_404s(early: LocalVirtualServer, version: str) -> None:
    client = generated(early, version)
    sid = early.add_server("web")
    delete = op(version, "delete_virtual_server")
    assert delete.sync_detailed(sid, client=client).status_code == 202
    assert not early.has_server(sid)
    again = delete.sync_detailed(sid, client=client)
    assert again.status_code == 404
    assert again.parsed.errors[0].detail == f"server {sid} not found"


@pytest.mark.parametrize("version", ALL_VERSIONS)
@pytest.mark.parametrize(
    ("flag", "reason"),
    [
        ("locked", "Lock is set"),
        ("file_storage", "File Storage is connected"),
        ("lb_server_group", "an LB Server Group is connected"),
        ("backup", "Backup is connected"),
    ],
)
def test_a_server_that_may_not_be_deleted_gets_409_with_its_reason(
    early: LocalVirtualServer, version: str, flag: str, reason: str
) -> None:
    sid = early.add_server("web", **{flag: True})  # type: ignore[arg-type]
    answer = op(version, "delete_virtual_server").sync_detailed(
        sid, client=generated(early, version)
    )
    assert answer.status_code == 409
    assert reason in answer.parsed.errors[0].detail
    assert early.has_server(sid)


def test_every_reason_is_named_at_once(server: LocalVirtualServer) -> None:
    sid = server.add_server("web", locked=True, backup=True)
    answer = op(NOW, "delete_virtual_server").sync_detailed(sid, client=generated(server, NOW))
    assert "Lock is set; Backup is connected" in answer.parsed.errors[0].detail


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_a_bad_signature_is_401(early: LocalVirtualServer, version: str) -> None:
    sid = early.add_server("web")
    wrong = vs.Credentials(early.credentials.access_key, "not-the-secret")
    client = importlib.import_module(f"scp_virtualserver.v{version.replace('.', '_')}").Client(
        early.url, auth=ScpAuth(wrong)
    )
    answer = op(version, "delete_virtual_server").sync_detailed(sid, client=client)
    assert answer.status_code == 401
    assert answer.parsed.errors[0].detail == "signature mismatch"
    assert early.has_server(sid)


def test_an_unknown_access_key_is_401(server: LocalVirtualServer) -> None:
    client = importlib.import_module(f"scp_virtualserver.{facts.package(NOW)}").Client(
        server.url, auth=ScpAuth(vs.Credentials("someone-else", SECRET))
    )
    answer = op(NOW, "show_virtual_server").sync_detailed(server.add_server(), client=client)
    assert answer.status_code == 401 and answer.parsed.errors[0].detail == "unknown access key"


@pytest.mark.parametrize("version", ALL_VERSIONS)
@pytest.mark.parametrize("offset_ms", [-301_000, 301_000])
def test_a_stale_or_future_timestamp_is_401(
    early: LocalVirtualServer, version: str, offset_ms: int
) -> None:
    stamp = lambda: time.time_ns() // 1_000_000 + offset_ms  # noqa: E731
    sid = early.add_server()
    answer = op(version, "delete_virtual_server").sync_detailed(
        sid, client=generated(early, version, timestamp=stamp)
    )
    assert answer.status_code == 401
    assert "away from the server's clock (at most 300 s)" in answer.parsed.errors[0].detail
    assert early.has_server(sid)


def test_missing_headers_are_401_naming_them(server: LocalVirtualServer) -> None:
    answer = httpx.delete(f"{server.url}/v1/servers/{server.add_server()}")
    assert answer.status_code == 401
    assert "Scp-Accesskey, Scp-Signature, Scp-Timestamp, Scp-ClientType" in answer.text


def test_an_expired_version_is_refused_naming_the_served_ones(server: LocalVirtualServer) -> None:
    # The real calendar: the newest version past its Not Before date today is refused.
    today = facts.today()
    past = [r for r in facts.dated() if r.not_before is not None and r.not_before <= today]
    if not past:
        pytest.skip("no version of the table is past its Not Before date today")
    row = past[-1]
    answer = op(row.version, "show_virtual_server").sync_detailed(
        server.add_server(), client=generated(server, row.version)
    )
    served = [r for r in facts.rows() if facts.newest_usable(today, [r]) is not None]
    assert answer.status_code == 400
    assert (
        f"API version {row.version} is no longer supported (Not Before {row.not_before}); "
        f"served: {', '.join(r.version for r in served)}"
    ) in answer.parsed.errors[0].detail


def signed(srv: LocalVirtualServer, method: str, path: str, **headers: str) -> httpx.Response:
    with httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials)) as http:
        return http.request(method, path, headers=headers)


def test_no_version_header_means_the_current_version(early: LocalVirtualServer) -> None:
    sid = early.add("servers", name="web", partition_number=1)
    answer = signed(early, "GET", f"/v1/servers/{sid}")
    assert answer.status_code == 200
    assert "partition_number" in answer.json()  # not a 1.0 answer: 1.0 has no partition_number


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("virtualserver 9.9", f"API version 9.9 is unknown; served: {', '.join(ALL_VERSIONS)}"),
        ("blockstorage 1.3", "is malformed; expected 'virtualserver X.Y'"),
        ("virtualserver", "is malformed"),
    ],
)
def test_bad_version_headers_are_400(early: LocalVirtualServer, header: str, problem: str) -> None:
    answer = signed(
        early, "GET", f"/v1/servers/{early.add_server()}", **{"Scp-Api-Version": header}
    )
    assert answer.status_code == 400 and problem in answer.text


def test_a_planned_version_is_refused() -> None:
    planned = facts.unreleased()
    table = [*vs.VERSIONS, vs.ApiVersion(planned, "PLANNED", None)]
    with LocalVirtualServer(versions=table) as srv:
        answer = signed(
            srv,
            "GET",
            f"/v1/servers/{srv.add_server()}",
            **{"Scp-Api-Version": f"virtualserver {planned}"},
        )
    assert answer.status_code == 400 and "PLANNED" in answer.text


def test_deletion_takes_the_configured_time_and_shows_deleting() -> None:
    with LocalVirtualServer(delete_delay=60) as srv:
        sid = srv.add_server("web")
        assert (
            op(NOW, "delete_virtual_server")
            .sync_detailed(sid, client=generated(srv, NOW))
            .status_code
            == 202
        )
        shown = op(NOW, "show_virtual_server").sync_detailed(sid, client=generated(srv, NOW))
        assert shown.parsed.state == "DELETING"
        assert srv.has_server(sid)
        # Deleting again while it is under way is accepted, and not started twice.
        assert (
            op(NOW, "delete_virtual_server")
            .sync_detailed(sid, client=generated(srv, NOW))
            .status_code
            == 202
        )
        assert srv.deletes_started(sid) == 1


@pytest.mark.parametrize("mode", ["503", "502", "504", "429"])
def test_fail_next_answers_with_the_status(server: LocalVirtualServer, mode: str) -> None:
    sid = server.add_server()
    server.fail_next(2, mode=mode, retry_after=3)  # type: ignore[arg-type]
    first = signed(server, "GET", f"/v1/servers/{sid}")
    second = signed(server, "GET", f"/v1/servers/{sid}")
    third = signed(server, "GET", f"/v1/servers/{sid}")
    assert (first.status_code, second.status_code, third.status_code) == (int(mode), int(mode), 200)
    assert first.headers["Retry-After"] == "3"


def test_each_fail_next_keeps_its_own_retry_after(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="503", retry_after=3)
    server.fail_next(1, mode="503")
    first = signed(server, "GET", f"/v1/servers/{sid}")
    second = signed(server, "GET", f"/v1/servers/{sid}")
    assert first.headers["Retry-After"] == "3"
    assert "Retry-After" not in second.headers


def test_fail_next_drop_closes_the_connection_without_an_answer(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="drop")
    with pytest.raises(httpx.RemoteProtocolError):
        signed(server, "DELETE", f"/v1/servers/{sid}")
    assert server.has_server(sid)  # dropped before doing anything


def test_fail_next_drop_after_does_the_work_and_loses_the_answer(
    server: LocalVirtualServer,
) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="drop-after")
    with pytest.raises(httpx.RemoteProtocolError):
        signed(server, "DELETE", f"/v1/servers/{sid}")
    assert not server.has_server(sid)


def test_fail_next_refuses_an_unknown_mode(server: LocalVirtualServer) -> None:
    with pytest.raises(ValueError, match="mode must be one of"):
        server.fail_next(1, mode="teapot")  # type: ignore[arg-type]


def test_concurrent_deletes_of_one_server_start_it_exactly_once() -> None:
    with LocalVirtualServer(delete_delay=60) as srv:
        sid = srv.add_server()
        statuses: list[int] = []

        def worker() -> None:
            with httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials)) as http:
                statuses.append(http.delete(f"/v1/servers/{sid}").status_code)

        threads = [threading.Thread(target=worker) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [202] * 20
        assert srv.deletes_started(sid) == 1


def test_the_version_document() -> None:
    # Each version labelled as it holds on the server's today: past its Not Before date it is
    # EXPIRED (the server refuses it), within 90 days DEPRECATED, else the table's status.
    today = datetime.date(2026, 12, 6)
    clock = fixed(datetime.datetime(2026, 12, 6, 3, tzinfo=datetime.UTC))
    with LocalVirtualServer(clock=clock) as srv:
        document = httpx.get(srv.url + "/").json()
    ids = [entry["id"] for entry in document["versions"]]
    assert ids == [f"v{v}" for v in facts.versions()]
    for entry, row in zip(document["versions"], facts.rows(), strict=True):
        past = row.not_before is not None and today >= row.not_before
        near = row.not_before is not None and (row.not_before - today).days <= 90
        expected = "EXPIRED" if past else "DEPRECATED" if near else row.status
        assert entry["status"] == expected, entry
        assert entry["not_before"] == (str(row.not_before) if row.not_before else None)


def test_it_starts_from_the_shell_and_prints_its_url_and_keys(
    request: pytest.FixtureRequest,
) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "scp_virtualserver.testing", "--port", "0", "--servers", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    request.addfinalizer(lambda: end(process))  # whatever happens below, nothing stays behind
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(6)]
    url = lines[0].split(" at ")[1].strip()
    assert lines[2].strip() == "SCP_ACCESS_KEY=local-access-key"
    assert httpx.get(url + "/").status_code == 200
    end(process)
    assert process.returncode == 0  # SIGTERM stops it as Ctrl-C does, even with SIGINT ignored


# -- every resource of the specs, from the specs ---------------------------------------------


def call(
    srv: LocalVirtualServer,
    method: str,
    path: str,
    version: str = NOW,
    **options: Any,
) -> httpx.Response:
    """A signed request in `version` (json=, params= as httpx takes them)."""
    auth = ScpAuth(srv.credentials, api_version=version)
    with httpx.Client(base_url=srv.url, auth=auth) as http:
        return http.request(method, path, **options)


def detail(answer: httpx.Response) -> str:
    return str(answer.json()["errors"][0]["detail"])


def test_a_keypair_is_created_listed_shown_and_deleted_by_its_name(
    early_server: LocalVirtualServer,
) -> None:
    srv = early_server
    made = call(srv, "POST", "/v1/keypairs", json={"name": "deploy"})
    assert made.status_code == 201 and made.json()["name"] == "deploy"
    assert call(srv, "POST", "/v1/keypairs", json={"name": "deploy"}).status_code == 409
    shown = call(srv, "GET", "/v1/keypairs/deploy")
    assert shown.status_code == 200 and shown.json()["name"] == "deploy"
    assert [k["name"] for k in call(srv, "GET", "/v1/keypairs").json()["keypairs"]] == ["deploy"]
    assert call(srv, "DELETE", "/v1/keypairs/deploy").status_code == 204
    gone = call(srv, "GET", "/v1/keypairs/deploy")
    assert gone.status_code == 404 and detail(gone) == "keypair deploy not found"


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_an_image_goes_through_its_states_as_the_data_says(version: str) -> None:
    srv = LocalVirtualServer(clock=fixed(EARLY), transition_delay=3600, delete_delay=3600)
    with srv:
        body = {"name": "golden", "url": "http://images.test/golden.qcow2", "os_distro": "ubuntu"}
        made = call(srv, "POST", "/v1/images", version, json=body)
        assert made.status_code == 200, made.text
        image_id = made.json()["id"]
        assert made.json()["status"] == "queued" and made.json()["name"] == "golden"
        srv.complete_pending()
        assert call(srv, "GET", f"/v1/images/{image_id}", version).json()["status"] == "active"
        changed = call(srv, "PUT", f"/v1/images/{image_id}", version, json={"min_disk": 20})
        assert changed.json()["min_disk"] == 20 and changed.json()["name"] == "golden"
        assert call(srv, "DELETE", f"/v1/images/{image_id}", version).status_code == 204
        shown = call(srv, "GET", f"/v1/images/{image_id}", version).json()
        assert shown["status"] == "pending_delete"
        srv.complete_pending()
        assert srv.get("images", image_id) is None


def test_a_custom_image_of_a_server_is_an_image_of_its_own() -> None:
    with LocalVirtualServer(transition_delay=3600) as srv:
        sid = srv.add_server("web")
        made = call(srv, "POST", f"/v1/servers/{sid}/images", json={"image_name": "web-golden"})
        assert made.status_code == 202, made.text
        image_id = made.json()["image_id"]
        image = call(srv, "GET", f"/v1/images/{image_id}").json()
        assert (image["name"], image["status"], image["visibility"]) == (
            "web-golden",
            "saving",
            "private",
        )
        listed = call(srv, "GET", "/v1/images").json()["images"]
        assert image_id in [i["id"] for i in listed]
        srv.complete_pending()
        assert call(srv, "GET", f"/v1/images/{image_id}").json()["status"] == "active"
        assert srv.get("servers", sid) is not None  # the server stays as it was


def test_a_volume_attaches_and_detaches_only_from_the_states_the_data_allows() -> None:
    with LocalVirtualServer(transition_delay=3600) as srv:
        volume_id = srv.add("volumes", name="data", size=20)
        server_id = srv.add_server("web")
        attach = f"/v1/volumes/{volume_id}/servers"
        detach = f"/v1/volumes/{volume_id}/servers/{server_id}"
        early = call(srv, "DELETE", detach)
        assert early.status_code == 409
        assert detail(early) == (
            f"volume {volume_id} is available; only a in-use volume can be detached"
        )
        attached = call(srv, "POST", attach, json={"server_id": server_id})
        assert attached.status_code == 202 and attached.json()["server_id"] == server_id
        assert srv.get("volumes", volume_id)["state"] == "attaching"
        srv.complete_pending()
        assert srv.get("volumes", volume_id)["state"] == "in-use"
        assert call(srv, "DELETE", detach).status_code == 202
        srv.complete_pending()
        assert srv.get("volumes", volume_id)["state"] == "available"
        wrong = call(srv, "PUT", f"/v1/volumes/{volume_id}/size", json={"size": 40})
        assert wrong.status_code == 202
        assert srv.get("volumes", volume_id)["size"] == 40  # a PUT action merges its body


def test_a_sub_resource_lives_under_its_parent(server: LocalVirtualServer) -> None:
    web, db = server.add_server("web"), server.add_server("db")
    made = call(server, "POST", f"/v1/servers/{web}/interfaces", json={"subnet_id": "subnet-1"})
    assert made.status_code == 200 and made.json()["subnet_id"] == "subnet-1"
    port = made.json()["port_id"]
    assert [
        i["port_id"]
        for i in call(server, "GET", f"/v1/servers/{web}/interfaces").json()["interfaces"]
    ] == [port]
    assert call(server, "GET", f"/v1/servers/{db}/interfaces").json()["interfaces"] == []
    assert call(server, "GET", f"/v1/servers/{db}/interfaces/{port}").status_code == 404
    orphan = call(server, "GET", "/v1/servers/no-such-server/interfaces")
    assert orphan.status_code == 404 and detail(orphan) == "server no-such-server not found"
    assert server.get("interfaces", port, under=web)["subnet_id"] == "subnet-1"
    assert call(server, "DELETE", f"/v1/servers/{web}").status_code == 202
    assert server.get("interfaces", port) is None  # gone with its server


@pytest.mark.parametrize(
    ("version", "status"),
    [(v, 202 if "setVolumeQos" in facts.operation_ids(v) else 404) for v in facts.versions()],
)
def test_an_operation_a_version_lacks_is_404(version: str, status: int) -> None:
    # Outside the spec by design: the answer-checking observer would rightly object to it.
    with LocalVirtualServer(clock=fixed(EARLY), observer=lambda exchange: None) as srv:
        volume_id = srv.add("volumes", name="data")
        answer = call(srv, "PUT", f"/v1/volumes/{volume_id}/qos", version, json={"max_iops": 300})
    assert answer.status_code == status
    if status == 404:
        assert detail(answer) == (
            f"PUT /v1/volumes/{volume_id}/qos is not an operation of API version {version}"
        )


@pytest.mark.parametrize(
    ("method", "path", "options", "problem"),
    [
        ("POST", "/v1/keypairs", {"json": {"name": 5}}, "body.name: 5 is not of type 'string'"),
        ("POST", "/v1/keypairs", {"json": {}}, "body: 'name' is a required property"),
        (
            "POST",
            "/v1/keypairs",
            {"json": {"name": "k", "colour": "red"}},
            "('colour' was unexpected)",
        ),
        ("POST", "/v1/servers/x/reboot", {}, "Missing required request body"),
        ("GET", "/v1/servers", {"params": {"limit": "many"}}, "query parameter limit"),
        (
            "GET",
            "/v1/servers",
            {"params": {"product_category": "toaster"}},
            "query parameter product_category: 'toaster' is not one of ['compute', 'container']",
        ),
        ("POST", "/v1/keypairs", {"content": b"{not json"}, "the body is not valid JSON"),
    ],
)
def test_a_request_the_spec_refuses_is_400_naming_the_problems(
    server: LocalVirtualServer, method: str, path: str, options: dict[str, Any], problem: str
) -> None:
    answer = call(server, method, path, **options)
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["status"] == 400 and problem in detail(answer)


def test_every_problem_of_a_request_is_named(server: LocalVirtualServer) -> None:
    answer = call(server, "POST", "/v1/servers", json={"name": 3, "volumes": [{"size": "x"}]})
    text = detail(answer)
    for problem in (
        "body.name: 3 is not of type 'string'",
        "body.volumes[0].size: 'x' is not of type 'integer'",
        "body: 'image_id' is a required property",
    ):
        assert problem in text


def test_lists_page_by_marker_offset_or_page_and_filter_by_the_specs_parameters(
    server: LocalVirtualServer,
) -> None:
    names = [f"k{n}" for n in range(5)]
    for name in names:
        server.add("keypairs", name=name)
    first = call(server, "GET", "/v1/keypairs", params={"limit": 2}).json()["keypairs"]
    rest = call(server, "GET", "/v1/keypairs", params={"marker": first[-1]["name"]})
    assert [k["name"] for k in first + rest.json()["keypairs"]] == names
    unknown = call(server, "GET", "/v1/keypairs", params={"marker": "nope"})
    assert unknown.status_code == 400 and "marker 'nope'" in detail(unknown)
    groups = [server.add("server-groups", name=f"g{n}", policy="anti-affinity") for n in range(3)]
    offset = call(server, "GET", "/v1/server-groups", params={"offset": 1, "limit": 1}).json()
    assert [g["id"] for g in offset["server_groups"]] == groups[1:2]
    group = server.add("auto_scaling_groups", name="asg")
    for n in range(3):
        server.add("schedules", under=group, name=f"s{n}")
    page = call(
        server, "GET", f"/v1/auto-scaling-groups/{group}/schedules", params={"page": 1, "size": 2}
    ).json()
    assert [s["name"] for s in page["schedules"]] == ["s2"]
    assert (page["count"], page["page"], page["size"]) == (3, 1, 2)
    wanted = call(server, "GET", "/v1/server-types", params={"min_ram": 4096}).json()
    assert [t["name"] for t in wanted["server_types"]] == ["s1v2m4", "s1v4m8"]


def test_lists_sort_as_asked_before_they_page(server: LocalVirtualServer) -> None:
    for name, state in [("b", "ACTIVE"), ("a", "SHUTOFF"), ("c", "ACTIVE"), ("d", "SHUTOFF")]:
        server.add_server(name, state=state)

    def names(**params: Any) -> list[str]:
        listed = call(server, "GET", "/v1/servers", params=params).json()["servers"]
        return [s["name"] for s in listed]

    assert names(sort="name:asc") == names(sort="name") == ["a", "b", "c", "d"]
    assert names(sort="name:desc") == ["d", "c", "b", "a"]
    assert names(sort="state:desc, name:asc") == ["a", "d", "b", "c"]  # the first key first
    first = call(server, "GET", "/v1/servers", params={"sort": "name:desc", "limit": 2})
    after = first.json()["servers"][-1]["id"]
    assert names(sort="name:desc", marker=after) == ["b", "a"]  # a marker in the sorted list
    bad_field = call(server, "GET", "/v1/servers", params={"sort": "colour:asc"})
    assert bad_field.status_code == 400 and "cannot sort by 'colour'" in detail(bad_field)
    assert "name" in detail(bad_field)  # the fields it could sort by
    bad_direction = call(server, "GET", "/v1/servers", params={"sort": "name:up"})
    assert bad_direction.status_code == 400 and "asc or desc" in detail(bad_direction)


def test_a_new_local_server_has_a_catalog_to_find_an_image_and_a_server_type(
    server: LocalVirtualServer,
) -> None:
    images = call(server, "GET", "/v1/images", params={"os_distro": "ubuntu"}).json()["images"]
    assert [image["name"] for image in images] == ["Ubuntu 22.04"]
    types = call(server, "GET", "/v1/server-types").json()["server_types"]
    assert [t["id"] for t in types] == ["s1v1m2", "s1v2m4", "s1v4m8"]
    assert call(server, "GET", "/v1/volume-types/default").json()["name"] == "SSD"
    quota = call(server, "GET", "/v1/quota-sets").json()
    assert quota["instances"] == {"in_use": 0, "limit": 50, "reserved": 0}
    assert call(server, "GET", "/v1/volumes/quota-sets").json()["volumes"]["limit"] == 100
    sid = server.add_server("web")
    server_type = call(server, "GET", f"/v1/servers/{sid}").json()["server_type"]
    assert (server_type["id"], server_type["vcpus"], server_type["ram"]) == ("s1v1m2", 1, 2048)
    with LocalVirtualServer(catalog=False) as empty:
        assert call(empty, "GET", "/v1/images").json()["images"] == []


def test_add_and_get_take_a_tag_or_a_client_attribute(server: LocalVirtualServer) -> None:
    snapshot = server.add("snapshots", name="nightly", size=10)
    assert server.get("snapshots", snapshot)["status"] == "available"  # its first stable state
    group = server.add("auto_scaling_groups", name="asg")
    policy = server.add("policies", under=group, name="scale-out")
    assert server.get("auto-scaling-group-policies", policy)["auto_scaling_group_id"] == group
    with pytest.raises(ValueError, match="unknown resource 'widgets'"):
        server.add("widgets")
    with pytest.raises(ValueError, match="give under="):
        server.add("policies", name="orphan")
    with pytest.raises(ValueError, match="no auto scaling group nope"):
        server.add("policies", under="nope")


def test_conflicts_and_transitions_are_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from scp_virtualserver.testing import _api

    data = _api.resource_data()
    changed = {
        **data,
        "keypairs": {
            "lifecycle": {
                "field": "status",
                "stable": ["ready"],
                "transitions": {
                    "deleteKeypair": {"from": ["ready"], "to": "going", "then": "gone"}
                },
                "conflicts": {"deleteKeypair": [{"flag": "pinned", "detail": "it is pinned"}]},
            }
        },
    }
    monkeypatch.setattr(_api, "resource_data", lambda: changed)
    _api.resources.cache_clear()
    try:
        with LocalVirtualServer(delete_delay=3600) as srv:
            srv.add("keypairs", name="pinned-one", pinned=True)
            srv.add("keypairs", name="free-one")
            refused = call(srv, "DELETE", "/v1/keypairs/pinned-one")
            assert refused.status_code == 400  # deleteKeypair documents no 409: the nearest
            assert detail(refused) == "keypair pinned-one cannot be deleted: it is pinned"
            assert call(srv, "DELETE", "/v1/keypairs/free-one").status_code == 204
            assert srv.get("keypairs", "free-one")["status"] == "going"
            srv.complete_pending()
            assert srv.get("keypairs", "free-one") is None
    finally:
        _api.resources.cache_clear()


def test_without_openapi_core_it_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "openapi_core", None)
    with pytest.raises(ImportError, match=r"pip install 'scp-virtualserver\[testing\]'"):
        LocalVirtualServer()


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_two_hundred_connections_at_once_are_all_answered(server: LocalVirtualServer) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    sockets = [socket.create_connection((host, int(port)), timeout=30) for _ in range(200)]
    try:
        for sock in sockets:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: local\r\nConnection: close\r\n\r\n")
        answers = [read_all(sock) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()
    assert all(answer.startswith(b"HTTP/1.1 200") for answer in answers)


# -- bounded: idle connections, bodies, threads -------------------------------------------------


def test_idle_and_slowloris_connections_hold_no_thread_and_are_closed() -> None:
    with LocalVirtualServer(idle_timeout=0.5) as srv:
        host, port = srv.url.removeprefix("http://").split(":")
        threads = threading.active_count()
        idle = [socket.create_connection((host, int(port))) for _ in range(200)]
        slowloris = [socket.create_connection((host, int(port))) for _ in range(100)]
        for sock in slowloris:  # a head begun, and never finished
            sock.sendall(b"GET /v1/servers HTTP/1.1\r\nHost: x\r\n")
        try:
            assert httpx.get(srv.url + "/", timeout=10).status_code == 200  # others answered
            assert threading.active_count() <= threads + 10  # not one a connection
            for sock in [*idle, *slowloris]:
                sock.settimeout(10)
                assert sock.recv(65536) == b""  # closed by the server, after its idle timeout
            assert wait_until(lambda: srv.connections_open == 0)
        finally:
            for sock in [*idle, *slowloris]:
                sock.close()


def test_a_body_that_trickles_is_cut_off() -> None:
    with LocalVirtualServer(idle_timeout=0.5) as srv:
        host, port = srv.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"POST /v1/keypairs HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
            sock.settimeout(10)
            for _ in range(20):  # a byte every 0.1 s: 10 s for the whole body, if it waited
                try:
                    sock.sendall(b" ")
                except OSError:
                    break
                time.sleep(0.1)
            try:
                answer = sock.recv(65536)
            except ConnectionResetError:
                answer = b""
            assert answer == b""  # closed, unanswered, after about 0.5 s
        assert httpx.get(srv.url + "/", timeout=10).status_code == 200


def wait_until(condition: Any, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    with LocalVirtualServer(max_body_bytes=1024) as srv:
        host, port = srv.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                b"POST /v1/keypairs HTTP/1.1\r\nHost: x\r\nContent-Length: 314572800\r\n\r\n{"
            )
            sock.settimeout(10)
            answer = b""
            while chunk := sock.recv(65536):  # without sending the other 300 MB: it closes
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
        assert b"314572800 bytes" in answer
        auth = ScpAuth(srv.credentials, api_version="1.3")
        refused = httpx.post(srv.url + "/v1/keypairs", content=b"x" * 2048, auth=auth)
        assert refused.status_code == 413  # before the signature is even looked at
