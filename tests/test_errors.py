"""Every answer becomes a typed ApiError that keeps what the service said."""

from __future__ import annotations

import json

import pytest

import scp_virtualserver as vs
from scp_virtualserver.errors import error_from_response, parse_detail

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
