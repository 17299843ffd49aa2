"""Careless callers: a table of bad arguments over every operation of `client.servers`, the
client's settings, RetryPolicy and Credentials.

Each is refused before any request with an InvalidParameterError that names the argument;
the local server counts the requests it sees, and must see none. The generated resources'
own table of bad arguments is in test_resources.py.
"""

from __future__ import annotations

import asyncio
import math
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

SID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"
NAN, INF = math.nan, math.inf


class ReprRaises:
    """A value whose repr and str raise."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    __str__ = __repr__


def holding_itself() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["k"] = loop
    return loop


def nested(depth: int) -> list[Any]:
    outer: list[Any] = []
    inner = outer
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return outer


ODD = [holding_itself(), nested(50_000), ReprRaises(), 10**5000, NAN, INF, "\udc80", b"bytes"]
"""Values however odd: each is refused with our typed error, never a RecursionError, a
RuntimeError from its repr, or a ValueError from the standard library."""

BAD_SECONDS = [-1, 0, NAN, INF, -INF, "5", True, b"5", [1], 10**400, 1e7, complex(1, 1)]
BAD_IDS = [None, "", ".", "..", "a/b", "2a9be312", 5, 5.0, b"2a9be312", ["x"], SID + "\n", SID[:-1]]
BAD_TEXTS = [None, "", 5, "a\x00b", "line\nbreak", "x" * 300, b"bytes", ["x"]]

VALID: dict[str, dict[str, Any]] = {
    "get": {"server_id": SID},
    "delete": {"server_id": SID},
    "wait_until_deleted": {"server_id": SID, "timeout": 1.0, "interval": 0.5},
    "wait_for_state": {"server_id": SID, "state": "ACTIVE", "timeout": 1.0, "interval": 0.5},
    "list": {"page_size": 10},
    "update": {"server_id": SID, "name": "web"},
    "start": {"server_id": SID},
    "stop": {"server_id": SID},
    "reboot": {"server_id": SID, "hard": False},
    "lock": {"server_id": SID},
    "unlock": {"server_id": SID},
    "create": {
        "name": "web",
        "image_id": "image-1",
        "server_type_id": "s1v1m2",
        "keypair_name": "key",
        "networks": ["subnet-1"],
        "volumes": [{"boot_index": 0, "size": 16}],
    },
}

# argument -> bad values; every operation that takes the argument is tried with each. Values the
# spec itself allows (an empty image_id, a count of 0: the spec sets no bound) are not here.
BAD_TYPES = [None, 5, b"bytes", ["x"]]
BAD: dict[str, list[Any]] = {
    "server_id": [*BAD_IDS, *ODD],
    "timeout": BAD_SECONDS,
    "interval": [*BAD_SECONDS, 1e-9, 0.001],
    "state": ["", 3, "active", "Active", "ACTIVE ", "AC\nTIVE", "ÄCTIVE", "NO_SUCH_STATE"],
    "name": ["", "x" * 64, "a/b", None, 5, "tab\there", "ünïcode", *ODD],
    "page_size": [0, -1, True, 1.5, "10", NAN],
    "hard": ["yes", 1, "False"],
    "wait": ["yes", 1, None],
    "image_id": BAD_TYPES,
    "server_type_id": BAD_TYPES,
    "keypair_name": BAD_TYPES,
    "networks": [None, "subnet-1", b"subnet-1", [5], [None], {"subnet_id": "s"}, [], *ODD],
    "volumes": [
        [None],
        ["volume"],
        "volume",
        [{"boot_index": 0, "size": "16"}],
        [{"boot_index": 0}],
        [{"boot_index": 0, "size": 0}],
        [{"boot_index": 0, "size": -5}],
        [{"boot_index": 0, "size": 10**5000}],
        [{"boot_index": 0, "size": NAN}],
        *ODD,
    ],
    "security_groups": ["sg-1", [None], [5]],
    "server_group_id": [5, ["x"]],
    "tags": ["x", {"k": 5}, [5]],
    "user_data": [5, b"#!/bin/sh"],
    "metadata": ["x", 5, {"k": 1}, {"k": {"n": "v"}}, {"\udc80": "v"}, *ODD],
    "lock": ["yes", 1],
    "count": [True, 1.5, "2", 0, -1, *ODD],
    "product_category": [5, "no-such-category"],
    "product_offering": [5, "no-such-offering"],
    "partition_number": ["1", True, 1.5],
    "file_storage_ids": ["fs-1", [None], [5]],
}

TIMED = {"get", "delete", "update", "start", "stop", "reboot", "lock", "unlock", "list", "create"}
NOT_FOR_CREATE = {"server_id", "timeout", "interval", "state", "page_size", "hard", "wait"}


def applies(operation: str, argument: str) -> bool:
    """Whether the operation takes the argument (given or defaulted)."""
    if argument in VALID[operation]:
        return True
    if argument == "timeout":
        return operation in TIMED
    if argument in ("wait", "interval"):
        return operation == "delete"
    return operation == "create" and argument not in NOT_FOR_CREATE


def table() -> Iterator[Any]:
    for operation in VALID:
        for argument, values in BAD.items():
            if applies(operation, argument):
                for index, value in enumerate(values):
                    name = f"{operation}-{argument}-{index}"
                    yield pytest.param(operation, argument, value, id=name)


CASES = list(table())
FILTER_CASES = [{"name": 5}, {"vpc_id": b"vpc"}, {"server_type_id": ["t"]}, {"sort": 3}]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer() as srv:
        yield srv


@pytest.fixture(autouse=True)
def checked_responses() -> Iterator[None]:
    """No answer is expected here at all: the suite's spec check of answers has nothing to do."""
    yield None


def arguments(operation: str, argument: str, value: Any) -> dict[str, Any]:
    chosen = dict(VALID[operation])
    chosen[argument] = value
    if operation == "delete" and argument in ("timeout", "interval"):
        chosen["wait"] = True
    return chosen


def call_sync(client: vs.VirtualServerClient, operation: str, chosen: dict[str, Any]) -> None:
    method = getattr(client.servers, operation)
    positional = [chosen.pop(key) for key in ("server_id",) if key in chosen]
    if operation == "wait_for_state":
        positional.append(chosen.pop("state"))
    if operation == "create":
        positional.append(chosen.pop("name"))
    result = method(*positional, **chosen)
    if operation == "list":
        next(iter(result), None)


async def call_async(
    client: vs.AsyncVirtualServerClient, operation: str, chosen: dict[str, Any]
) -> None:
    method = getattr(client.servers, operation)
    positional = [chosen.pop(key) for key in ("server_id",) if key in chosen]
    if operation == "wait_for_state":
        positional.append(chosen.pop("state"))
    if operation == "create":
        positional.append(chosen.pop("name"))
    if operation == "list":
        async for _ in method(*positional, **chosen):
            break
        return
    await method(*positional, **chosen)


def client_of(srv: LocalVirtualServer) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
    )


def async_client_of(srv: LocalVirtualServer) -> vs.AsyncVirtualServerClient:
    return vs.AsyncVirtualServerClient(
        endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
    )


def refused(error: BaseException, argument: str) -> None:
    assert isinstance(error, vs.InvalidParameterError), repr(error)
    assert argument in str(error), (argument, str(error))


@pytest.mark.parametrize(("operation", "argument", "value"), CASES)
def test_a_bad_argument_never_reaches_the_network(
    server: LocalVirtualServer, operation: str, argument: str, value: Any
) -> None:
    before = server.requests_served
    with client_of(server) as client:
        with pytest.raises(vs.ScpError) as caught:
            call_sync(client, operation, arguments(operation, argument, value))
        refused(caught.value, argument)

    async def run() -> None:
        async with async_client_of(server) as client:
            with pytest.raises(vs.ScpError) as caught:
                await call_async(client, operation, arguments(operation, argument, value))
            refused(caught.value, argument)

    asyncio.run(run())
    assert server.requests_served == before


@pytest.mark.parametrize("filters", FILTER_CASES, ids=lambda f: next(iter(f)))
def test_bad_list_filters_never_reach_the_network(
    server: LocalVirtualServer, filters: dict[str, Any]
) -> None:
    before = server.requests_served
    with client_of(server) as client, pytest.raises(vs.InvalidParameterError) as caught:
        next(iter(client.servers.list(**filters)), None)
    assert next(iter(filters)) in str(caught.value)
    assert server.requests_served == before


# -- the client's settings ------------------------------------------------------------------------

GOOD_CLIENT: dict[str, Any] = {
    "endpoint_url": "https://vs.example.com",
    "credentials": vs.Credentials("AK", "SK"),
}

BAD_SETTINGS: list[tuple[str, Any]] = [
    ("endpoint_url", "https://[::1"),
    ("endpoint_url", "https://vs.example.com:99999"),
    ("endpoint_url", "https://user:pass@vs.example.com"),
    ("endpoint_url", "https://vs example.com"),
    ("endpoint_url", "https://vs.example.com\r\nX: y"),
    ("endpoint_url", "ftp://vs.example.com"),
    ("endpoint_url", "http://vs.example.com"),
    ("endpoint_url", "https://vs.example.com/?q=1"),
    ("endpoint_url", 5),
    ("endpoint_url", b"https://vs.example.com"),
    ("credentials", ("AK", "SK")),
    ("credentials", "AK:SK"),
    ("timeout", None),
    ("timeout", -1),
    ("timeout", NAN),
    ("timeout", INF),
    ("timeout", "5"),
    ("timeout", httpx.Timeout(5.0, read=None)),
    ("timeout", httpx.Timeout(5.0, connect=-1)),
    ("retry", "three"),
    ("retry", 3),
    ("verify", "no"),
    ("verify", "/nonexistent/ca.pem"),
    ("verify", 5),
    ("verify", None),
    ("verify", __file__),  # a file that is not a CA bundle
    ("language", "fr-FR"),
    ("language", 5),
    ("clock", 5),
    ("strict_versions", "yes"),
    ("transport", "socket"),
    ("http_client", "client"),
    ("trust_env", "yes"),
    ("proxy", 5),
    ("proxy", "not a url"),
    ("limits", {"max_connections": 5}),
    ("max_response_bytes", 0),
    ("max_response_bytes", -1),
    ("max_response_bytes", 1.5),
    ("max_response_bytes", True),
    ("max_response_bytes", "8MB"),
    ("api_version", 1.3),
    ("region", ["kr-west1"]),
]

SETTING_MENTIONS = {
    "endpoint_url": "endpoint",
    "language": "language",
    "api_version": "api_version",
    "region": "region",
    "credentials": "credentials",
}


@pytest.mark.parametrize(("setting", "value"), BAD_SETTINGS, ids=lambda v: str(v)[:20])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bad_client_settings_are_refused_when_the_client_is_made(
    kind: str, setting: str, value: Any
) -> None:
    chosen = {**GOOD_CLIENT, setting: value}
    if setting == "region":
        chosen = {"region": value, "environment": "e", "credentials": GOOD_CLIENT["credentials"]}
    cls: Any = vs.VirtualServerClient if kind == "sync" else vs.AsyncVirtualServerClient
    with pytest.raises(vs.InvalidParameterError) as caught:
        cls(**chosen)
    assert SETTING_MENTIONS.get(setting, setting) in str(caught.value), str(caught.value)


def test_good_settings_are_taken(tmp_path: Any) -> None:
    context = ssl.create_default_context()
    limits = httpx.Limits(max_connections=8, max_keepalive_connections=8)
    with vs.VirtualServerClient(
        **GOOD_CLIENT,
        verify=context,
        limits=limits,
        max_response_bytes=2048,
        timeout=httpx.Timeout(5.0),
        proxy="http://proxy.example.com:3128",  # https endpoint: a CONNECT tunnel
    ) as client:
        assert client._settings.max_response_bytes == 2048


BAD_POLICIES: list[dict[str, Any]] = [
    {"attempts": 0},
    {"attempts": -1},
    {"attempts": 1.5},
    {"attempts": True},
    {"attempts": 10**6},
    {"backoff": -1},
    {"backoff": NAN},
    {"backoff": INF},
    {"max_backoff": NAN},
    {"max_backoff": "1"},
    {"total": 0},
    {"total": NAN},
    {"total": -5},
    {"statuses": {"503"}},
    {"statuses": 503},
    {"statuses": {99}},
    {"statuses": {True}},
]


@pytest.mark.parametrize("fields", BAD_POLICIES, ids=lambda f: f"{next(iter(f))}")
def test_bad_retry_policies_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(vs.InvalidParameterError) as caught:
        vs.RetryPolicy(**fields)
    assert next(iter(fields)) in str(caught.value)


BAD_KEYS: list[tuple[Any, Any]] = [
    ("AK", "secret with space"),
    ("AK", "secret\n"),
    ("AK", "\tsecret"),
    ("AK", "s\udc80cret"),
    ("AK", "sécret"),
    ("AK", "secret\x00"),
    ("AK", ""),
    ("AK", None),
    ("AK", 5),
    ("AK", b"\xffsecret"),
    ("AK", "x" * 5000),
    ("A K", "secret"),
    ("AK\r\n", "secret"),
    ("ÄK", "secret"),
    ("", "secret"),
    (None, "secret"),
    (b"AK", "secret"),
]


@pytest.mark.parametrize(("access_key", "secret_key"), BAD_KEYS, ids=lambda v: repr(v)[:12])
def test_bad_credentials_are_refused_when_made_and_never_shown(
    access_key: Any, secret_key: Any
) -> None:
    with pytest.raises(vs.InvalidParameterError) as caught:
        vs.Credentials(access_key, secret_key)
    message = str(caught.value)
    assert "access_key" in message or "secret_key" in message
    if isinstance(secret_key, str) and len(secret_key) > 2:
        assert secret_key not in message


def test_bad_credentials_from_the_environment_are_refused_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SCP_ACCESS_KEY", "AK")
    monkeypatch.setenv("SCP_SECRET_KEY", "pasted with a newline\n")
    with pytest.raises(vs.InvalidParameterError, match="secret_key holds whitespace"):
        vs.VirtualServerClient(endpoint_url="https://vs.example.com")


def test_waiting_for_no_state_is_refused(server: LocalVirtualServer) -> None:
    before = server.requests_served
    with client_of(server) as client, pytest.raises(vs.InvalidParameterError):
        client.servers.wait_for_state(SID, None, timeout=1.0)  # type: ignore[arg-type]
    assert server.requests_served == before


# -- anything at all: our typed error or a request, never an untyped escape ------------------

ANYTHING = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 2, max_value=2**70)
    | st.floats()
    | st.text()
    | st.binary(max_size=8)
    | st.builds(ReprRaises),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner)
        | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    argument=st.sampled_from(["metadata", "tags", "networks", "volumes", "name", "count"]),
    value=ANYTHING,
)
def test_any_value_is_refused_typed_or_sent(
    server: LocalVirtualServer, argument: str, value: Any
) -> None:
    chosen = arguments("create", argument, value)
    before = server.requests_served
    with client_of(server) as client:
        try:
            call_sync(client, "create", chosen)
        except vs.InvalidParameterError as refused_here:
            assert argument in str(refused_here)
            assert server.requests_served == before  # refused before the wire
        except vs.ApiError:
            pass  # sent, and the service said no: a typed answer
