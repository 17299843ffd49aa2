"""The local server over real HTTP, driven by each generated client (no facade)."""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import ALL_VERSIONS, EARLY, SECRET, fixed


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
    answer = op("1.3", "delete_virtual_server").sync_detailed(sid, client=generated(server, "1.3"))
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
    client = importlib.import_module("scp_virtualserver.v1_3").Client(
        server.url, auth=ScpAuth(vs.Credentials("someone-else", SECRET))
    )
    answer = op("1.3", "show_virtual_server").sync_detailed(server.add_server(), client=client)
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
    # The real calendar: on 2026-11-27 only 1.3 is served.
    answer = op("1.1", "show_virtual_server").sync_detailed(
        server.add_server(), client=generated(server, "1.1")
    )
    assert answer.status_code == 400
    assert "API version 1.1 is no longer supported (Not Before 2026-05-31); served: 1.3" in (
        answer.parsed.errors[0].detail
    )


def signed(srv: LocalVirtualServer, method: str, path: str, **headers: str) -> httpx.Response:
    with httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials)) as http:
        return http.request(method, path, headers=headers)


def test_no_version_header_means_the_current_version(early: LocalVirtualServer) -> None:
    sid = early.add_server("web")
    answer = signed(early, "GET", f"/v1/servers/{sid}")
    assert answer.status_code == 200
    assert "partition_number" in answer.json()  # a 1.3 answer; 1.0 has no partition_number


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("virtualserver 9.9", "API version 9.9 is unknown; served: 1.0, 1.1, 1.2, 1.3"),
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
    table = [*vs.VERSIONS, vs.ApiVersion("1.4", "PLANNED", None)]
    with LocalVirtualServer(versions=table) as srv:
        answer = signed(
            srv,
            "GET",
            f"/v1/servers/{srv.add_server()}",
            **{"Scp-Api-Version": "virtualserver 1.4"},
        )
    assert answer.status_code == 400 and "PLANNED" in answer.text


def test_deletion_takes_the_configured_time_and_shows_deleting() -> None:
    with LocalVirtualServer(delete_delay=60) as srv:
        sid = srv.add_server("web")
        assert (
            op("1.3", "delete_virtual_server")
            .sync_detailed(sid, client=generated(srv, "1.3"))
            .status_code
            == 202
        )
        shown = op("1.3", "show_virtual_server").sync_detailed(sid, client=generated(srv, "1.3"))
        assert shown.parsed.state == "DELETING"
        assert srv.has_server(sid)
        # Deleting again while it is under way is accepted, and not started twice.
        assert (
            op("1.3", "delete_virtual_server")
            .sync_detailed(sid, client=generated(srv, "1.3"))
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
    with LocalVirtualServer() as srv:
        document = httpx.get(srv.url + "/").json()
    ids = [entry["id"] for entry in document["versions"]]
    assert ids == ["v1.0", "v1.1", "v1.2", "v1.3"]
    assert document["versions"][1]["not_before"] == "2026-05-31"
    assert document["versions"][3]["not_before"] is None


def test_it_starts_from_the_shell_and_prints_its_url_and_keys() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "scp_virtualserver.testing", "--port", "0", "--servers", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(6)]
        url = lines[0].split(" at ")[1].strip()
        assert lines[2].strip() == "SCP_ACCESS_KEY=local-access-key"
        assert httpx.get(url + "/").status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
