"""Answers are read once, tolerantly by default: what Samsung allows parses, what differs from
the spec still gives its data (with the difference on the model and logged once), and strict
mode makes each difference an error. Bodies are fed by hand (httpx.MockTransport) or straight
to the reader: these are unit tests of the reading, not of the wire."""

from __future__ import annotations

import datetime
import json
import logging
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scp_virtualserver as vs
from scp_virtualserver import _methods, _reading, _schema, resources
from scp_virtualserver._calls import Answer, Request
from scp_virtualserver.testing._synthesis import MISSING, Seed, Synthesizer

from . import bodies

SID = bodies.SID
ALL_VERSIONS = [v.version for v in vs.VERSIONS]


def operations() -> dict[str, _methods.Operation]:
    import importlib
    import pkgutil

    found: dict[str, _methods.Operation] = {}
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"scp_virtualserver.resources.{info.name}")
        for value in vars(module).values():
            if isinstance(value, _methods.Operation):
                found[value.id] = value
    return found


OPERATIONS = operations()


def rendered(op: _methods.Operation, version: str) -> dict[str, Any]:
    """A whole answer of the operation in `version`, as the local server would render it."""
    spec = op.spec(version)
    status = min(spec.answers)
    moment = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    body = Synthesizer(spec.doc).render(
        spec.answer_schema(status), MISSING, Seed("reading", 1, moment, moment)
    )
    assert isinstance(body, dict)
    return body


def read(op: _methods.Operation, version: str, body: Any, *, strict: bool, status: int = 0) -> Any:
    spec = op.spec(version)
    request = Request(spec.method, op.id, spec.path, version)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    answer = Answer(status or min(spec.answers), {}, content)
    if op.result == "list":
        return _methods.page_items(op, request, answer, strict)
    return _methods.result(op, request, answer, strict)


# -- what Samsung's Go SDK allows ------------------------------------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Sets (or, with value MISSING, removes) the field at "a[0].b" of a body."""

    def change(body: dict[str, Any]) -> None:
        node: Any = body
        steps = path.replace("[", ".[").split(".")
        for step in steps[:-1]:
            node = node[int(step[1:-1])] if step.startswith("[") else node[step]
        if value is MISSING:
            node.pop(steps[-1], None)
        else:
            node[steps[-1]] = value

    return change


RULE = "security_groups[0].rules[0]"
GO_SDK = [  # (operation, place, change): each an answer Samsung's Go SDK v3.3.2 reads
    *[("showVirtualServer", f, _set(f, None)) for f in ("product_category", "product_offering")],
    ("showVirtualServer", "planned_compute_os_type", _set("planned_compute_os_type", None)),
    *[
        ("listAutoScalingGroupVirtualServers", f, _set(f"servers[0].{f}", None))
        for f in ("product_category", "product_offering", "planned_compute_os_type")
    ],
    ("showVolume", "volume_image_metadata", _set("volume_image_metadata", None)),
    ("showVolumeType", "extra_specs", _set("extra_specs", None)),
    ("showDefaultVolumeType", "extra_specs", _set("extra_specs", None)),
    *[
        ("listVirtualServerSecurityGroups", f, _set(f"{RULE}.{f}", None))
        for f in ("from_port", "to_port", "ip_protocol", "ip_range")
    ],
    ("listVirtualServerSecurityGroups", "ip_range left out", _set(f"{RULE}.ip_range", MISSING)),
    ("listVirtualServerSecurityGroups", "cidr null", _set(f"{RULE}.ip_range.cidr", None)),
    ("listVirtualServerSecurityGroups", "cidr left out", _set(f"{RULE}.ip_range.cidr", MISSING)),
]


def _go_cases() -> Iterator[Any]:
    for operation, place, change in GO_SDK:
        for version in OPERATIONS[operation].versions:
            yield pytest.param(operation, version, change, id=f"{operation}-{place}-{version}")


@pytest.mark.parametrize(("operation", "version", "change"), list(_go_cases()))
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
def test_every_answer_samsungs_go_sdk_reads_is_read_without_deviation(
    operation: str, version: str, change: Callable[[dict[str, Any]], None], strict: bool
) -> None:
    op = OPERATIONS[operation]
    body = rendered(op, version)
    if operation == "listVirtualServerSecurityGroups":
        group = body["security_groups"][0]
        group["rules"] = [{"id": "r1", "from_port": 22, "to_port": 22, "ip_protocol": "tcp",
                           "ip_range": {"cidr": "0.0.0.0/0"}}]  # fmt: skip
    change(body)
    outcome = read(op, version, body, strict=strict)
    found = outcome[0] if op.result == "list" else [outcome]
    assert found and all(not item.deviations for item in found)


def test_the_go_sdk_table_covers_sixteen_cases_in_every_version() -> None:
    assert len(GO_SDK) == 16
    assert len(list(_go_cases())) == 16 * len(ALL_VERSIONS)


# -- tolerant by default, strict on request ----------------------------------------------------


def client(body: Any, *, status: int = 200, strict: bool | None = None) -> vs.VirtualServerClient:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(lambda request: httpx.Response(status, content=content)),
        retry=vs.RetryPolicy.off(),
        strict=strict,
    )


def test_a_field_that_does_not_fit_is_none_kept_raw_and_noted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = bodies.server(vcpu_count=4, locked="yes", name=None, created_at="yesterday")
    del body["state"]
    with (
        caplog.at_level(logging.WARNING, logger="scp_virtualserver"),
        client(body, strict=False) as tolerant,
    ):
        server = tolerant.servers.get(SID)
        again = tolerant.servers.get(SID)
    assert server.id == SID and server.locked is None and server.name is None
    assert server.created_at is None and server.raw["created_at"] == "yesterday"
    assert server.raw["locked"] == "yes" and server.state is None
    assert {(d.path, d.came) for d in server.deviations} == {
        ("locked", "string"),
        ("name", "null"),
        ("created_at", "'yesterday'"),
        ("state", "nothing (missing)"),
    }
    assert again.deviations == server.deviations
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(logged) == 4, logged  # once per operation and field, not once per answer
    assert any("showVirtualServer (API 1.3)" in line and " locked:" not in line for line in logged)
    assert "deviation" in repr(server)


def test_strict_makes_every_difference_an_error_naming_the_fields() -> None:
    body = bodies.server(locked="yes", name=None)
    with client(body, strict=True) as strict, pytest.raises(vs.MalformedResponseError) as caught:
        strict.servers.get(SID)
    error = caught.value
    assert "locked: expected boolean, came string" in str(error) and "name:" in str(error)
    assert {d.path for d in error.deviations} == {"locked", "name"}
    assert error.body == json.dumps(body).encode()  # the raw body is kept


def test_strict_comes_from_the_environment_and_the_argument_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = bodies.server(locked="yes")
    monkeypatch.setenv("SCP_STRICT", "1")
    with pytest.raises(vs.MalformedResponseError):
        client(body).servers.get(SID)
    assert client(body, strict=False).servers.get(SID).locked is None
    monkeypatch.delenv("SCP_STRICT")
    assert client(body).servers.get(SID).deviations


def test_one_item_that_does_not_fit_does_not_cost_the_page() -> None:
    good = bodies.server()
    odd = bodies.server(id="2a9be312-5d4b-4bc8-b2ae-35100fa92420", locked=None, state=7)
    page = {"servers": [good, odd, good], "count": "three"}  # count: a field 1.3 has not
    with client(page, strict=False) as tolerant:
        (first,) = tolerant.servers.list_pages(page_size=5)
    assert len(first.items) == 3
    assert first.items[0].deviations == () and first.items[2].deviations == ()
    assert {(d.path, d.came) for d in first.items[1].deviations} == {
        ("locked", "null"),
        ("state", "integer"),
    }
    assert first.items[1].state is None and first.items[1].id == odd["id"]
    assert first.deviations == ()
    with client({"servers": "none today"}, strict=False) as tolerant:
        (empty,) = tolerant.servers.list_pages(page_size=5)
    assert empty.items == [] and [str(d) for d in empty.deviations] == [
        "servers: expected array, came string"
    ]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"<html>busy</html>", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[1, 2]", "a JSON array, not the object"),
        (b'"text"', "a JSON string"),
        (b"null", "a JSON null"),
        (b"", "not JSON"),
    ],
)
def test_a_body_that_is_not_an_object_is_malformed_in_every_mode(
    content: bytes, named: str, strict: bool
) -> None:
    with client(content, strict=strict) as c, pytest.raises(vs.MalformedResponseError) as caught:
        c.servers.get(SID)
    assert named in str(caught.value) and caught.value.body == content


@pytest.mark.parametrize(
    ("status", "call", "expected"),
    [
        (200, lambda c: c.servers.delete(SID), None),  # the spec says 202
        (204, lambda c: c.servers.start(SID), None),
        (201, lambda c: c.servers.get(SID).id, SID),
        (299, lambda c: c.servers.get(SID).id, SID),
    ],
)
def test_any_success_status_is_a_success(
    status: int, call: Callable[[vs.VirtualServerClient], Any], expected: Any
) -> None:
    body = b"" if status in (204,) else json.dumps(bodies.server()).encode()
    with client(body, status=status) as c:
        assert call(c) == expected


def test_a_create_answered_200_instead_of_202_returns_the_new_ids() -> None:
    with client({"servers": [{"id": SID}]}, status=200) as c:
        made = c.servers.create(
            "web-1",
            image_id="i",
            server_type_id="t",
            keypair_name="k",
            networks=["subnet-1"],
            volumes=[vs.Volume(size=10, boot_index=0)],
        )
    assert made == [SID]


def test_deviations_and_models_pickle() -> None:
    with client(bodies.server(locked="yes"), strict=False) as c:
        server = c.servers.get(SID)
    again = pickle.loads(pickle.dumps(server))
    assert again == server and again.deviations == server.deviations
    assert again.locked is None


def test_dates_are_read_by_the_standard_library() -> None:
    body = bodies.server(created_at="2026-01-02T03:04:05Z", modified_at="2026-01-02 03:04:05.5")
    with client(body) as c:
        server = c.servers.get(SID)
    assert server.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert server.modified_at == datetime.datetime(2026, 1, 2, 3, 4, 5, 500000)


# -- whatever comes, only our typed errors -----------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=30,
)
READ = [op for op in OPERATIONS.values() if op.result != "none"]


@pytest.mark.parametrize("op", READ, ids=lambda op: op.id)
def test_a_reader_never_raises_anything_but_malformed(op: _methods.Operation) -> None:
    version = op.versions[-1]
    base = rendered(op, version)

    @settings(
        max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(st.dictionaries(st.sampled_from([*base, "new"]), JSON, max_size=6), JSON)
    def reads(changes: dict[str, Any], anything: Any) -> None:
        for body in ({**base, **changes}, anything):
            for strict in (False, True):
                try:
                    read(op, version, body, strict=strict)
                except vs.MalformedResponseError:
                    assert strict or not isinstance(body, dict)
            read(op, version, {**base, **changes}, strict=False)  # tolerant: always read

    reads()


def test_checkers_are_compiled_once_per_schema() -> None:
    doc = _schema.document("1.3")
    schema = {"$ref": "#/components/schemas/ServerShowResponse"}
    assert _reading.checker_for(doc, schema) is _reading.checker_for(doc, dict(schema))
