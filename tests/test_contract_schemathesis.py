"""schemathesis drives the local server from each version's spec: no server error, and every
answer as the spec describes it (bounded examples, fixed seed)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
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

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 15
# The operations the local server serves today (the server lifecycle); the specs hold all 111.
SERVED = {
    "listVirtualServers",
    "createVirtualServer",
    "showVirtualServer",
    "updateVirtualServer",
    "deleteVirtualServer",
    "startVirtualServer",
    "stopVirtualServer",
    "rebootVirtualServer",
    "lockVirtualServer",
    "unlockVirtualServer",
}


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


def operations(version: str) -> list[tuple[str, object]]:
    schema = schemathesis.openapi.from_path(str(SPECS / f"{version}.yaml"))
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # an Err would fail the test loudly
        if operation.definition.raw.get("operationId") not in SERVED:
            continue
        found.append((f"{version} {operation.method.upper()} {operation.path}", operation))
    return found


CASES = [case for version in ALL_VERSIONS for case in operations(version)]


@pytest.mark.parametrize(("label", "operation"), CASES, ids=[label for label, _ in CASES])
def test_the_local_server_answers_as_the_spec_says(
    served: LocalVirtualServer, label: str, operation: object
) -> None:
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
    @given(case=operation.as_strategy(), real_id=st.booleans())  # type: ignore[attr-defined]
    def check(case: schemathesis.Case, real_id: bool) -> None:  # type: ignore[type-arg]
        if real_id and case.path_parameters:
            # Half the time a server that exists, so that the success paths are driven too.
            case.path_parameters["server_id"] = served.add_server("target")
        response = case.call(base_url=served.url, session=session)
        case.validate_response(response, checks=CHECKS)

    with session:
        check()
