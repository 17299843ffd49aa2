"""Every answer becomes a typed ApiError that keeps what the service said."""

from __future__ import annotations

import asyncio
import json

import pytest

import scp_virtualserver as vs
from scp_virtualserver.errors import error_from_response, parse_code, parse_detail
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import FAST_RETRY

SCP_BODY = json.dumps({"errors": [{"status": 409, "code": "CONFLICT", "detail": "Lock is set"}]})


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, vs.BadRequest),
        (401, vs.Unauthorized),
        (403, vs.Forbidden),
        (404, vs.NotFound),
        (409, vs.Conflict),
        (429, vs.TooManyRequests),
        (500, vs.ServerError),
        (503, vs.ServerError),
        (418, vs.ApiError),
        (499, vs.ApiError),
        (599, vs.ServerError),
        (999, vs.ServerError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[vs.ApiError]) -> None:
    error = error_from_response(status, b"")
    assert type(error) is cls and isinstance(error, vs.ScpError)
    assert error.status_code == status


def test_the_scp_detail_is_parsed_and_the_raw_body_kept() -> None:
    error = error_from_response(409, SCP_BODY.encode(), {"X-Request-Id": "req-1"})
    assert error.detail == "Lock is set"
    assert error.details == ("Lock is set",)
    assert error.code == "CONFLICT"
    assert error.attempts == 1
    assert error.body == SCP_BODY.encode()
    assert error.request_id == "req-1"
    assert str(error) == "409 Conflict: Lock is set"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"", None),
        (b"   ", None),
        (b"not json at all", "not json at all"),
        (b"<html><body>502 Bad Gateway</body></html>", "<html><body>502 Bad Gateway</body></html>"),
        (json.dumps({"errors": [{"detail": ["a", "b"]}]}).encode(), ["a", "b"]),
        (json.dumps({"errors": [{"status": 1}, {"title": "T"}]}).encode(), "T"),
        (json.dumps({"errors": "weird"}).encode(), '{"errors": "weird"}'),
        (
            json.dumps([{"loc": ["body", "name"], "msg": "too long", "type": "x"}]).encode(),
            "body.name: too long",
        ),
        (
            json.dumps({"detail": [{"loc": ["path", "server_id"], "msg": "bad"}]}).encode(),
            "path.server_id: bad",
        ),
        (json.dumps(12).encode(), "12"),
        (b"\xff\xfe broken utf-8", "\ufffd\ufffd broken utf-8"),
        (b"[" * 100000, "[" * 300 + "…"),
    ],
)
def test_any_body_reads_without_raising(body: bytes, detail: object) -> None:
    assert parse_detail(body) == detail
    error = error_from_response(500, body)
    assert error.body == body


def test_a_huge_body_is_quoted_short_but_kept_whole() -> None:
    body = b"x" * 5_000_000
    error = error_from_response(502, body)
    assert len(str(error)) < 400
    assert error.body == body


def test_invalid_parameter_error_is_also_a_value_error() -> None:
    assert issubclass(vs.InvalidParameterError, ValueError)
    assert issubclass(vs.InvalidParameterError, vs.ScpError)


@pytest.mark.parametrize(
    ("body", "detail", "details", "code"),
    [
        (b"", "", (), None),
        (b"plain text", "plain text", ("plain text",), None),
        (
            json.dumps({"errors": [{"code": "E1", "detail": ["a", "b"]}]}).encode(),
            "a; b",
            ("a", "b"),
            "E1",
        ),
        (json.dumps({"errors": [{"code": 42, "detail": "x"}]}).encode(), "x", ("x",), "42"),
        (json.dumps({"errors": [{"code": True}]}).encode(), None, None, None),
        (json.dumps({"errors": [{"code": ""}, "junk"]}).encode(), None, None, None),
        (b"{" * 100000, None, None, None),
    ],
)
def test_detail_is_always_text_and_the_code_is_scps(
    body: bytes, detail: str | None, details: tuple[str, ...] | None, code: str | None
) -> None:
    error = error_from_response(409, body)
    assert isinstance(error.detail, str)
    assert isinstance(error.details, tuple)
    if detail is not None:
        assert error.detail == detail
    if details is not None:
        assert error.details == details
    assert error.code == code == parse_code(body)
    text: str = error.detail or str(error)  # what mypy --strict once refused
    assert text


def test_an_error_built_by_hand_takes_a_text_a_list_or_nothing() -> None:
    assert vs.Conflict(409, ["locked", "backup"], b"{}").detail == "locked; backup"
    assert vs.Conflict(409, ["locked", "backup"], b"{}").details == ("locked", "backup")
    assert vs.NotFound(404, None, b"").detail == ""
    assert vs.NotFound(404, "gone", b"", code="NOT_FOUND").code == "NOT_FOUND"


def test_every_public_error_is_exported_at_the_top() -> None:
    for name in vs.errors.__all__:
        value = getattr(vs.errors, name)
        if isinstance(value, type) and issubclass(value, BaseException | Warning):
            assert getattr(vs, name) is value, name
            assert name in vs.__all__, name
    assert issubclass(vs.ConfigurationError, vs.ScpError)
    assert vs.credentials.ConfigurationError is vs.ConfigurationError


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_error_after_retries_says_how_many_attempts(
    server: LocalVirtualServer, mode: str
) -> None:
    sid = server.add_server()
    server.fail_next(3, mode="503")
    with pytest.raises(vs.ServerError) as caught:
        if mode == "sync":
            with vs.VirtualServerClient(
                endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
            ) as client:
                client.servers.get(sid)
        else:

            async def get() -> None:
                async with vs.AsyncVirtualServerClient(
                    endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
                ) as client:
                    await client.servers.get(sid)

            asyncio.run(get())
    error = caught.value
    assert error.attempts == FAST_RETRY.attempts == 3
    assert str(error).endswith(f"(after {FAST_RETRY.attempts} attempts)")
    assert error.code == "SERVICE_UNAVAILABLE"


def test_an_error_answered_at_once_says_nothing_of_attempts(server: LocalVirtualServer) -> None:
    with (
        vs.VirtualServerClient(endpoint_url=server.url, credentials=server.credentials) as client,
        pytest.raises(vs.NotFound) as caught,
    ):
        client.servers.get("00000000-0000-0000-0000-000000000000")
    assert caught.value.attempts == 1 and "attempts" not in str(caught.value)
    assert caught.value.code == "NOT_FOUND" and isinstance(caught.value.detail, str)
