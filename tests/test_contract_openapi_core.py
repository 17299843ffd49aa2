"""The openapi-core check that conftest applies to every local-server answer can fail."""

from __future__ import annotations

import json

from scp_virtualserver.testing import Exchange, LocalVirtualServer

from . import bodies
from .bodies import SID
from .contract import ResponseChecker


def exchange(status: int, body: object, version: str | None = "1.3") -> Exchange:
    data = b"" if body is None else json.dumps(body).encode()
    return Exchange(
        method="GET",
        url=f"http://127.0.0.1:1/v1/servers/{SID}",
        request_headers={},
        request_body=b"",
        version=version,
        status=status,
        response_headers={"Content-Type": "application/json"} if data else {},
        response_body=data,
        injected=False,
    )


def test_a_valid_answer_passes() -> None:
    checker = ResponseChecker()
    checker(exchange(200, bodies.server()))
    assert checker.problems == [] and checker.checked == 1


def test_an_answer_that_breaks_the_spec_is_caught() -> None:
    checker = ResponseChecker()
    without_name = {k: v for k, v in bodies.server().items() if k != "name"}
    checker(exchange(200, without_name))  # name is required
    checker(exchange(200, bodies.server(locked="yes")))
    checker(exchange(418, None))  # a status the operation does not document
    assert len(checker.problems) == 3


def test_the_version_asked_for_decides_the_spec() -> None:
    checker = ResponseChecker()
    body = bodies.server(partition_number="not a number")
    checker(exchange(200, body, version="1.0"))  # 1.0 has no partition_number: extra is allowed
    checker(exchange(200, body, version="1.1"))  # 1.1 has it, as an integer
    assert len(checker.problems) == 1 and "version 1.1" in checker.problems[0]


def test_the_suite_checks_real_answers(checked_responses: ResponseChecker) -> None:
    import httpx

    from scp_virtualserver.signing import ScpAuth

    with LocalVirtualServer() as srv, httpx.Client(auth=ScpAuth(srv.credentials)) as http:
        http.get(f"{srv.url}/v1/servers/{srv.add_server()}")
        http.get(f"{srv.url}/v1/servers")
    assert checked_responses.checked == 2
