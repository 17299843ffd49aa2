"""hypothesis throws ids, statuses, bodies, headers and unknown fields at the facade: nothing
escapes but ScpError subclasses (and the documented warnings)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scp_virtualserver as vs
from scp_virtualserver import _schema

from .bodies import server as server_body

SETTINGS = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Retries on, but with no time to wait: a Retry-After of any size ends the call instead.
QUICK = vs.RetryPolicy(attempts=2, backoff=0.0, max_backoff=0.0, total=0.001)
SID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.builds(
        lambda status, detail: json.dumps(
            {"errors": [{"status": status, "detail": detail}]}
        ).encode(),
        st.integers(),
        json_values,
    ),
    st.just(b"<html><body>gateway</body></html>"),
)
statuses = st.integers(min_value=200, max_value=599) | st.sampled_from([600, 799, 999])
header_values = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
headers = st.dictionaries(
    st.sampled_from(["Retry-After", "Content-Type", "X-Request-Id", "X-Other"]), header_values
)


def client_answering(status: int, body: bytes, extra: dict[str, str]) -> vs.VirtualServerClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=extra)

    return vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(handler),
        retry=QUICK,
    )


@SETTINGS
@given(status=statuses, body=bodies, extra=headers)
def test_any_answer_is_a_result_or_an_scp_error(
    status: int, body: bytes, extra: dict[str, str]
) -> None:
    client = client_answering(status, body, extra)
    calls: list[Callable[[], object]] = [
        lambda: client.servers.get(SID),
        lambda: client.servers.delete(SID),
        lambda: list(client.servers.list(page_size=2)),
        lambda: client.servers.create(
            "n", image_id="i", server_type_id="t", keypair_name="k", networks=["s"]
        ),
        lambda: client.servers.update(SID, name="n"),
        lambda: client.servers.reboot(SID, hard=True),
    ]
    for call in calls:
        try:
            call()
        except vs.ScpError as error:
            if isinstance(error, vs.ApiError):
                assert error.body in (body, b"")  # b"": a list page that repeats itself
            assert str(error) and repr(error)


@SETTINGS
@given(
    value=st.one_of(
        st.text(max_size=60),
        st.binary(max_size=40),
        st.integers(),
        st.none(),
        st.floats(),
        st.lists(st.text(max_size=3), max_size=2),
    )
)
def test_any_id_is_refused_or_used_but_never_escapes(value: Any) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(handler),
    )
    try:
        client.servers.delete(value)
    except vs.InvalidParameterError:
        assert seen == []
        return
    (request,) = seen
    assert request.url.path == f"/v1/servers/{uuid.UUID(value)}"


@SETTINGS
@given(
    extra=st.dictionaries(st.text(min_size=1, max_size=15), json_values, max_size=6),
    state=st.text(min_size=1, max_size=20),
)
def test_unknown_fields_and_states_are_kept(extra: dict[str, Any], state: str) -> None:
    body = {**extra, **server_body(state=state)}
    client = client_answering(200, json.dumps(body).encode(), {})
    try:
        server = client.servers.get(SID)
    except vs.MalformedResponseError:
        # Only when an extra key is a documented field with a value of the wrong type.
        schemas = _schema.document(client.api_version)["components"]["schemas"]
        documented = set(schemas["ServerShowResponse"]["properties"])
        assert set(extra) & documented
        return
    assert server.state == state
    for key, value in extra.items():
        if key not in server_body():
            assert server.raw[key] == value
