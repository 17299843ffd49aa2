"""Prism serves each version's spec and checks every request the facade sends against it."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import scp_virtualserver as vs

from . import prism
from .conftest import ALL_VERSIONS, fixed

SID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"
# A day on which every version is usable, so no version warning interferes.
CLOCK = fixed(datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC))


@pytest.fixture(scope="module")
def prism_binary() -> Path:
    return prism.install()


@pytest.fixture(scope="module", params=ALL_VERSIONS)
def mock(
    request: pytest.FixtureRequest, prism_binary: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    version: str = request.param
    spec = prism.contract_spec(version, tmp_path_factory.mktemp("prism"))
    with prism.serve(prism_binary, spec) as url:
        yield version, url


class Violations:
    """Every response Prism flags, with the request that caused it."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.count = 0

    def hook(self, response: httpx.Response) -> None:
        self.count += 1
        flagged = response.headers.get("sl-violations")
        if flagged:
            request = response.request
            self.found.append(f"{request.method} {request.url}: {json.loads(flagged)}")


@pytest.mark.filterwarnings("ignore::scp_virtualserver.VersionDeprecationWarning")
def test_every_facade_operation_follows_the_spec(mock: tuple[str, str]) -> None:
    version, url = mock
    violations = Violations()
    http = httpx.Client(event_hooks={"response": [violations.hook]})
    client = vs.VirtualServerClient(
        endpoint_url=url,
        credentials=vs.Credentials("AK", "SK"),
        api_version=version,
        clock=CLOCK,
        http_client=http,
        retry=vs.RetryPolicy.off(),
    )
    servers = client.servers
    servers.get(SID)
    servers.delete(SID)
    next(iter(servers.list(page_size=5, name="web-1", state="ACTIVE", sort="name:asc")))
    extras: dict[str, object] = {}
    volume = vs.Volume(size=10, type="SSD", delete_on_termination=True)
    if version >= "1.1":
        extras["partition_number"] = 2
    if version >= "1.2":
        volume = vs.Volume(size=10, type="SSD", max_iops=3000, max_throughput=125)
    if version >= "1.3":
        extras["file_storage_ids"] = ["fs-1"]
    servers.create(
        "web-1",
        image_id="img",
        server_type_id="s1v1m2",
        keypair_name="key",
        networks=["subnet-1", vs.Network(port_id="port-1")],
        volumes=[volume],
        security_groups=["sg"],
        tags={"team": "core"},
        metadata={"k": "v"},
        lock=True,
        count=2,
        **extras,  # type: ignore[arg-type]
    )
    servers.update(SID, name="web 2")
    for action in (servers.start, servers.stop, servers.lock, servers.unlock):
        action(SID)
    servers.reboot(SID, hard=True)
    assert violations.count == 10  # one request per operation
    assert violations.found == []


def test_a_request_that_breaks_the_spec_is_caught(mock: tuple[str, str]) -> None:
    version, url = mock
    wrong = "1.0" if version != "1.0" else "1.3"
    auth = vs.ScpAuth(vs.Credentials("AK", "SK"))
    with httpx.Client(base_url=url, auth=auth) as http:
        answer = http.delete(
            f"/v1/servers/{SID}", headers={"Scp-Api-Version": f"virtualserver {wrong}"}
        )
    assert "scp-api-version" in answer.headers.get("sl-violations", "").lower()
    assert answer.status_code >= 400
