"""schemathesis drives the local server from each version's spec, every operation of every
version: no server error, and every answer as the spec describes it (bounded examples, fixed
seed). Half the examples name resources that exist, made for the example in one of their stable
states, so that the success paths are driven too, not only the 404s; the examples' bodies hold
no field their schema lacks (the local server refuses those, as the service does)."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import ALL_VERSIONS, EARLY, fixed
from .contract import ResponseChecker

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 10  # per operation: 443 operations in the four versions


class ScpRequestsAuth(requests.auth.AuthBase):
    """SCP signing for `requests`, which schemathesis sends with: the final URL, signed."""

    def __init__(self, credentials: vs.Credentials, version: str) -> None:
        self.credentials = credentials
        self.version = version

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        stamp = str(time.time_ns() // 1_000_000)
        url = str(request.url)
        request.headers.update(
            {
                "Scp-Accesskey": self.credentials.access_key,
                "Scp-Timestamp": stamp,
                "Scp-ClientType": "Openapi",
                "Accept-Language": "en-US",
                "Scp-Api-Version": f"virtualserver {self.version}",
                "Scp-Signature": vs.sign(
                    str(request.method),
                    url,
                    stamp,
                    self.credentials.access_key,
                    self.credentials.secret_key,
                ),
            }
        )
        return request


@pytest.fixture(scope="module")
def served() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(clock=fixed(EARLY)) as srv:
        for n in range(5):
            srv.add_server(f"seed-{n}")
        yield srv


def existing(srv: LocalVirtualServer, template: str, pick: int) -> dict[str, str]:
    """Path parameters naming resources that exist: each resource the path goes through, made
    under the one before it (a server, then an interface of that server), in its `pick`-th
    stable state."""
    segments = template.strip("/").split("/")
    chain = sorted(
        (
            r
            for r in srv.world.resources.values()
            if r.item is not None
            and segments[: len(r.item.strip("/").split("/"))] == r.item.strip("/").split("/")
        ),
        key=lambda r: len(r.item or ""),
    )
    made: dict[str, str] = {}
    parent = None
    for resource in chain:
        assert resource.key is not None
        fields = {}
        if resource.lifecycle is not None and resource.lifecycle.stable:
            stable = resource.lifecycle.stable
            fields[resource.lifecycle.field] = stable[pick % len(stable)]
        parent = made[resource.key] = srv.add(resource.tag, under=parent, **fields)
    return made


def closed(node: Any) -> Any:
    """A copy of a document whose objects take no undeclared field."""
    node = copy.deepcopy(node)

    def close(item: Any) -> None:
        if isinstance(item, dict):
            if "properties" in item and "additionalProperties" not in item:
                item["additionalProperties"] = False
            for value in item.values():
                close(value)
        elif isinstance(item, list):
            for value in item:
                close(value)

    close(node.get("components", {}).get("schemas"))
    return node


def operations(version: str) -> list[tuple[str, object]]:
    document = yaml.safe_load((SPECS / f"{version}.yaml").read_text(encoding="utf-8"))
    schema = schemathesis.openapi.from_dict(closed(document))
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # an Err would fail the test loudly
        found.append((f"{version} {operation.method.upper()} {operation.path}", operation))
    return found


CASES = [case for version in ALL_VERSIONS for case in operations(version)]


@pytest.mark.parametrize(("label", "operation"), CASES, ids=[label for label, _ in CASES])
def test_the_local_server_answers_as_the_spec_says(
    served: LocalVirtualServer, checked_responses: ResponseChecker, label: str, operation: object
) -> None:
    served.observer = checked_responses  # openapi-core checks this test's answers too
    version = label.split()[0]
    session = requests.Session()
    session.auth = ScpRequestsAuth(served.credentials, version)

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        case=operation.as_strategy(),  # type: ignore[attr-defined]
        real_id=st.booleans(),
        pick=st.integers(0, 3),
    )
    def check(case: schemathesis.Case, real_id: bool, pick: int) -> None:  # type: ignore[type-arg]
        if real_id and case.path_parameters:
            case.path_parameters.update(existing(served, operation.path, pick))  # type: ignore[attr-defined]
        response = case.call(base_url=served.url, session=session)
        case.validate_response(response, checks=CHECKS)

    with session:
        check()
