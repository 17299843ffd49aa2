"""Prism serves each version's spec and checks every request the facade sends against it: every
operation of every version, through its generated method, with arguments made up from the spec."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs

from . import facade_calls, prism, spec_values
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


@pytest.mark.filterwarnings("ignore::scp_virtualserver.VersionDeprecationWarning")
def test_every_operation_of_the_version_sends_what_its_spec_allows(mock: tuple[str, str]) -> None:
    """Each operation once, with every argument the version has; a request Prism flags, a valid
    argument the facade refuses, or an operation without a method fails. What the facade finds
    wrong in Prism's answers (Prism makes them up) is printed, not failed."""
    version, url = mock
    doc = prism.spec_document(version)
    violations = Violations()
    with (
        httpx.Client(event_hooks={"response": [violations.hook]}) as http,
        vs.VirtualServerClient(
            endpoint_url=url,
            credentials=vs.Credentials("AK", "SK"),
            api_version=version,
            clock=CLOCK,
            http_client=http,
            retry=vs.RetryPolicy.off(),
        ) as client,
    ):
        problems, answers = call_every_operation(client, doc, violations)
    operations = len(facade_calls.spec_operations(doc))
    print(f"{version}: {operations} operations, {violations.count} requests sent to Prism")
    print("\n".join(["answers the facade did not take:", *answers] if answers else []))
    assert problems == [], f"{len(problems)} problem(s) in {version}:\n" + "\n".join(problems)


def call_every_operation(
    client: vs.VirtualServerClient, doc: dict[str, Any], violations: Violations
) -> tuple[list[str], list[str]]:
    """Calls each operation of `doc` once; what failed, and what the facade found wrong in
    Prism's answers."""
    methods = facade_calls.facade_methods(client)
    problems = [
        f"{op_id} ({method} {path}) has no method in the facade"
        for op_id, (method, path) in sorted(facade_calls.spec_operations(doc).items())
        if op_id not in methods
    ]
    answers: list[str] = []
    for op_id in sorted(facade_calls.spec_operations(doc).keys() & methods.keys()):
        where, op, method = methods[op_id]
        name = f"{where} ({op_id})"
        arguments = facade_calls.arguments(doc, op, method)
        flagged, sent = len(violations.found), violations.count
        try:
            if op.paging is not None and op.result == "list":
                # One page: one request (`list()` would fetch the next page before the items).
                method = getattr(getattr(method, "__self__"), method.__name__ + "_pages")  # noqa: B009
            result = method(**arguments)
            if isinstance(result, Iterator):
                next(result, None)
        except vs.InvalidParameterError as refused:
            problems.append(f"{name} refused arguments its spec allows: {refused}")
            continue
        except vs.MalformedResponseError as malformed:
            answers.append(f"{name}: {malformed}")
        except vs.ApiError as error:
            answers.append(f"{name}: {type(error).__name__}: {error}")
        except Exception as crash:  # listed with the others rather than ending the test
            problems.append(f"{name} failed: {type(crash).__name__}: {crash}")
            continue
        problems += [f"{name}: {found}" for found in violations.found[flagged:]]
        if violations.count - sent != 1:
            problems.append(f"{name} sent {violations.count - sent} requests, not 1")
    return problems, answers


def test_a_body_that_breaks_the_spec_is_caught(mock: tuple[str, str]) -> None:
    """Prism judges bodies too: what the test above relies on to find a wrong one."""
    version, url = mock
    auth = vs.ScpAuth(vs.Credentials("AK", "SK"))
    headers = {
        "Scp-Api-Version": f"virtualserver {version}",
        "Scp-ClientType": "Openapi",
        "Accept-Language": "en-US",
    }
    with httpx.Client(base_url=url, auth=auth, headers=headers) as http:
        answer = http.post("/v1/images", json={"name": "bad!", "os_distro": "ubuntu"})
    flagged = answer.headers.get("sl-violations", "")
    assert "pattern" in flagged and "'url'" in flagged  # the name's pattern, the missing field
    assert answer.status_code >= 400


def test_made_up_values_fit_every_string_schema_of_the_specs() -> None:
    """Every string schema with a pattern or lengths in the specs gets a value that fits it."""
    checked = 0
    for version in ALL_VERSIONS:
        for schema in string_schemas(prism.spec_document(version)):
            made = spec_values.example({}, schema)
            low, high = schema.get("minLength", 0), schema.get("maxLength", len(made))
            assert isinstance(made, str) and low <= len(made) <= high, (schema, made)
            if "pattern" in schema:
                assert re.search(schema["pattern"], made), (schema, made)
            checked += 1
    assert checked > 100


def string_schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") in ("string", ["string", "null"]) and (
            {"pattern", "minLength", "maxLength"} & node.keys()
        ):
            yield node
        for value in node.values():
            yield from string_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from string_schemas(value)
