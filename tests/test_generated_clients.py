"""The generated clients on their own, one by one, through an httpx MockTransport."""

from __future__ import annotations

import importlib
import json
from types import ModuleType

import httpx
import pytest

from scp_virtualserver._generated_base import Client, MalformedResponse

from . import bodies
from .conftest import ALL_VERSIONS

SID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"
ERROR = {"errors": [{"status": 0, "detail": "something"}]}
SERVER = bodies.server(future_field={"x": 1})


def package(version: str) -> str:
    return "scp_virtualserver.v" + version.replace(".", "_")


def operation(version: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package(version)}.api.servers.{name}")


def client_for(
    version: str,
    status: int,
    body: object = None,
    raw: bytes | None = None,
    seen: list[httpx.Request] | None = None,
) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if raw is not None:
            return httpx.Response(status, content=raw)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    http = httpx.Client(base_url="https://vs.test", transport=httpx.MockTransport(handler))
    cls: type[Client] = importlib.import_module(package(version)).Client
    return cls(httpx_client=http)


@pytest.mark.parametrize("version", ALL_VERSIONS)
@pytest.mark.parametrize(
    ("name", "method"), [("delete_virtual_server", "DELETE"), ("show_virtual_server", "GET")]
)
def test_method_path_and_version_header(version: str, name: str, method: str) -> None:
    seen: list[httpx.Request] = []
    operation(version, name).sync_detailed(SID, client=client_for(version, 404, ERROR, seen=seen))
    (request,) = seen
    assert request.method == method
    assert request.url.path == f"/v1/servers/{SID}"
    assert request.headers["Scp-Api-Version"] == f"virtualserver {version}"


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_delete_documented_answers(version: str) -> None:
    delete = operation(version, "delete_virtual_server")
    errors = importlib.import_module(f"{package(version)}.models").ErrorResponse
    accepted = delete.sync_detailed(SID, client=client_for(version, 202))
    assert accepted.status_code == 202 and accepted.parsed is None and accepted.content == b""
    for status in (400, 401, 403, 404, 409):
        answer = delete.sync_detailed(SID, client=client_for(version, status, ERROR))
        assert answer.status_code == status
        assert isinstance(answer.parsed, errors)
        assert answer.parsed.errors[0].detail == "something"


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_show_documented_answers(version: str) -> None:
    show = operation(version, "show_virtual_server")
    models = importlib.import_module(f"{package(version)}.models")
    answer = show.sync_detailed(SID, client=client_for(version, 200, SERVER))
    assert isinstance(answer.parsed, models.ServerShowResponse)
    assert (answer.parsed.id, answer.parsed.name, answer.parsed.state) == (SID, "web-1", "ACTIVE")
    assert answer.parsed.additional_properties["future_field"] == {"x": 1}
    for status in (400, 401, 403, 404):
        assert isinstance(
            show.sync_detailed(SID, client=client_for(version, status, ERROR)).parsed,
            models.ErrorResponse,
        )


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_an_unknown_state_reads(version: str) -> None:
    show = operation(version, "show_virtual_server")
    body = {**SERVER, "state": "MIGRATING_SOMEWHERE"}
    assert show.sync_detailed(SID, client=client_for(version, 200, body)).parsed.state == (
        "MIGRATING_SOMEWHERE"
    )


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_a_non_standard_status_is_kept_not_a_value_error(version: str) -> None:
    answer = operation(version, "delete_virtual_server").sync_detailed(
        SID, client=client_for(version, 499, raw=b"client closed")
    )
    assert (
        answer.status_code == 499 and answer.parsed is None and answer.content == b"client closed"
    )


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_a_body_that_does_not_parse_raises_malformed_response_keeping_it(version: str) -> None:
    html = b"<html>404 Not Found</html>"
    with pytest.raises(MalformedResponse) as caught:
        operation(version, "show_virtual_server").sync_detailed(
            SID, client=client_for(version, 404, raw=html)
        )
    assert caught.value.response.content == html
    with pytest.raises(MalformedResponse):
        operation(version, "show_virtual_server").sync_detailed(
            SID,
            client=client_for(version, 200, {"id": SID}),  # name and state missing
        )


@pytest.mark.parametrize("version", ALL_VERSIONS)
@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_path_parameters_that_would_change_the_path_are_refused(version: str, bad: str) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(ValueError, match="server_id may not be"):
        operation(version, "delete_virtual_server").sync_detailed(
            bad, client=client_for(version, 202, seen=seen)
        )
    assert seen == []


def test_slashes_are_percent_encoded() -> None:
    seen: list[httpx.Request] = []
    operation("1.3", "delete_virtual_server").sync_detailed(
        "a/../b", client=client_for("1.3", 404, ERROR, seen=seen)
    )
    assert seen[0].url.raw_path == b"/v1/servers/a%2F..%2Fb"


@pytest.mark.parametrize("version", ALL_VERSIONS)
async def test_async_functions_send_the_same(version: str) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    http = httpx.AsyncClient(base_url="https://vs.test", transport=httpx.MockTransport(handler))
    client = importlib.import_module(package(version)).Client(async_httpx_client=http)
    answer = await operation(version, "delete_virtual_server").asyncio_detailed(SID, client=client)
    assert answer.status_code == 202
    assert seen[0].headers["Scp-Api-Version"] == f"virtualserver {version}"
    await http.aclose()


def test_a_request_body_is_sent_as_documented() -> None:
    seen: list[httpx.Request] = []
    models = importlib.import_module("scp_virtualserver.v1_3.models")
    body = models.ServerRebootRequestBody.from_dict({"reboot_type": "HARD"})
    operation("1.3", "reboot_virtual_server").sync_detailed(
        SID, client=client_for("1.3", 202, seen=seen), body=body
    )
    assert json.loads(seen[0].content) == {"reboot_type": "HARD"}
    assert seen[0].headers["Content-Type"] == "application/json"
    assert seen[0].url.path == f"/v1/servers/{SID}/reboot"
