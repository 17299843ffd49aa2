"""The generated facade: every operation of every version reachable, sync and async, its
arguments checked against the version in use before any request, lists that page and never
loop, waiters driven by the declared lifecycles, and models that keep the whole answer."""

from __future__ import annotations

import datetime
import importlib
import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver import _methods, _schema
from scp_virtualserver.resources import models
from scp_virtualserver.testing import LocalVirtualServer

from . import bodies
from . import version_facts as facts
from .conftest import ALL_VERSIONS, EARLY, fixed

RESOURCE_MODULES = [
    "auto_scaling_groups",
    "default_configs",
    "images",
    "keypairs",
    "launch_configurations",
    "quota_sets",
    "server_groups",
    "server_types",
    "servers",
    "snapshots",
    "volume_transfers",
    "volume_types",
    "volumes",
]


def all_operations() -> list[_methods.Operation]:
    found = []
    for name in RESOURCE_MODULES:
        module = importlib.import_module(f"scp_virtualserver.resources.{name}")
        found += [v for v in vars(module).values() if isinstance(v, _methods.Operation)]
    return found


OPERATIONS = all_operations()


def test_every_operation_of_every_version_is_a_method() -> None:
    from generator import bundle
    from generator.build import SPEC_DIR

    ours = {op.id: set(op.versions) for op in OPERATIONS}
    for built in bundle.build(SPEC_DIR):
        for _, _, operation in bundle.operations(built.document):
            assert built.version in ours[operation["operationId"]], operation["operationId"]
    assert set(ours) == facts.all_operation_ids()  # every operation of any version, no other


def test_sync_and_async_resources_have_the_same_methods() -> None:
    for name in RESOURCE_MODULES:
        module = importlib.import_module(f"scp_virtualserver.resources.{name}")
        for exported in module.__all__:
            if exported.startswith("Async"):
                continue
            sync, asynchronous = getattr(module, exported), getattr(module, "Async" + exported)
            public = {n for n in vars(sync) if not n.startswith("_")}
            assert public == {n for n in vars(asynchronous) if not n.startswith("_")}
            for method in public:
                a, b = getattr(sync, method), getattr(asynchronous, method)
                if callable(a):
                    assert inspect.signature(a).parameters.keys() == (
                        inspect.signature(b).parameters.keys()
                    )


def test_the_client_reaches_every_resource_and_sub_resource() -> None:
    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test", credentials=vs.Credentials("A", "S")
    )
    assert callable(client.auto_scaling_groups.policies.list)
    assert callable(client.servers.interfaces.create_nat)
    assert callable(client.images.members.update)
    assert callable(client.volumes.set_qos) and callable(client.server_groups.get_partition_size)
    for name in RESOURCE_MODULES:
        assert getattr(client, name) is getattr(client, name)  # made once, on first use


# -- bad input ------------------------------------------------------------------------------------


def bad_values(schema: Any, doc: Any) -> list[Any]:
    """Values of the wrong kind for a schema."""
    schema = _schema.resolve(doc, schema) or {}
    for key in ("anyOf", "oneOf"):
        options = [o for o in schema.get(key) or [] if o.get("type") != "null"]
        if len(options) == 1:
            return bad_values(options[0], doc)
        if options:
            return [object()]
    kinds = schema.get("type")
    kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k and k != "null"]
    kind = kinds[0] if kinds else None
    if kind == "string":
        return [5, ["x"], {"a": 1}]
    if kind in ("integer", "number"):
        return ["3", True, math.nan] if kind == "number" else ["3", True, 1.5]
    if kind == "boolean":
        return ["yes", 1]
    if kind == "array":
        return ["subnet-1", 5, [object()]]  # a string is not a list of its letters
    if kind == "object" or "properties" in schema:
        return ["x", [1]]
    return []


def table() -> Iterator[tuple[str, str, str, Any]]:
    for op in OPERATIONS:
        for version in op.versions:
            spec = op.spec(version)
            for name, schema in [*spec.query.items(), *spec.body.items()]:
                for bad in bad_values(schema, spec.doc):
                    yield op.id, version, name, bad


BAD = list(table())
BY_ID = {op.id: op for op in OPERATIONS}


def test_the_bad_input_table_covers_every_operation_with_arguments() -> None:
    covered = {operation for operation, _, _, _ in BAD}
    with_arguments = {
        op.id for op in OPERATIONS if any(op.spec(v).query or op.spec(v).body for v in op.versions)
    }
    assert covered == with_arguments
    assert len(BAD) > 1000


@pytest.mark.parametrize(("operation", "version", "keyword", "bad"), BAD)
def test_a_bad_argument_is_refused_naming_it(
    operation: str, version: str, keyword: str, bad: Any
) -> None:
    op = BY_ID[operation]
    ids = ["2a9be312-5d4b-4bc8-b2ae-35100fa9241f"] * len(op.path_params)
    with pytest.raises(vs.InvalidParameterError) as caught:
        _methods.prepare(op, version, ids, {keyword: bad})
    assert keyword in str(caught.value)


@pytest.mark.parametrize("bad", ["", "..", ".", "a/b", "x?y=1", 5, None, "é", "a\nb"])
@pytest.mark.parametrize("op", [o for o in OPERATIONS if o.path_params], ids=lambda o: o.id)
def test_a_bad_id_is_refused_before_any_request(op: _methods.Operation, bad: Any) -> None:
    ids = [bad] * len(op.path_params)
    with pytest.raises(vs.InvalidParameterError):
        _methods.prepare(op, op.versions[-1], ids, {})


def test_a_path_value_follows_its_spec_and_is_percent_encoded() -> None:
    # A keypair's name may hold a space (Samsung's pattern, in create and in the path alike):
    # get and delete take what create took; ids whose schema sets no rule take no space.
    request = _methods.prepare(BY_ID["showKeypair"], "1.3", ["deploy key"], {})
    assert request.path == "/v1/keypairs/deploy%20key"
    create = _methods.prepare(BY_ID["createKeypair"], "1.3", [], {"name": "deploy key"})
    assert create.json == {"name": "deploy key"}
    for op, value in (("showVirtualServer", "a b"), ("showImage", "a b"), ("showKeypair", "a%2F")):
        with pytest.raises(vs.InvalidParameterError):
            _methods.prepare(BY_ID[op], "1.3", [value], {})


def test_bad_input_never_reaches_the_network() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("A", "S"),
        transport=httpx.MockTransport(record),
    )
    attempts: list[Callable[[], object]] = [
        lambda: client.servers.create(
            "x",
            image_id="i",
            server_type_id="t",
            keypair_name="k",
            networks="subnet-1",  # a str is a Sequence to the type checker, not to the check
        ),
        lambda: client.volumes.create(name="v", size="big"),  # type: ignore[arg-type]
        lambda: client.images.list(visibility=["a"]),  # type: ignore[arg-type]
        lambda: client.keypairs.get("../v1/servers"),
        lambda: client.servers.wait_for_state("2a9be312-5d4b-4bc8-b2ae-35100fa9241f", "active"),
        lambda: client.servers.list(page_size=0),
        lambda: client.auto_scaling_groups.policies.list("a", page_size=-1),
    ]
    for attempt in attempts:
        with pytest.raises(vs.InvalidParameterError):
            result = attempt()
            if isinstance(result, Iterator):
                next(result)
    assert sent == []


def test_an_argument_the_version_lacks_names_the_versions_that_have_it() -> None:
    op = BY_ID["createVirtualServer"]
    args = {
        "name": "x",
        "image_id": "i",
        "server_type_id": "t",
        "keypair_name": "k",
        "networks": ["n"],
        "partition_number": 2,
    }
    with pytest.raises(vs.InvalidParameterError, match="it exists in API versions 1.1, 1.2, 1.3"):
        _methods.prepare(op, "1.0", [], args)
    with pytest.raises(vs.InvalidParameterError, match="exists in API versions 1.0$"):
        _methods.prepare(BY_ID["attachVirtualServerSecurityGroup"], "1.3", ["s"], {})


def test_a_string_is_not_a_list_and_a_shorthand_is_declared() -> None:
    op = BY_ID["createVirtualServer"]
    base = {"name": "x", "image_id": "i", "server_type_id": "t", "keypair_name": "k"}
    with pytest.raises(vs.InvalidParameterError, match="networks must be a list"):
        _methods.prepare(op, "1.1", [], {**base, "networks": "subnet-1"})
    arguments = {**base, "networks": ["subnet-1"], "count": 2, "tags": {"team": "core"}}
    body = _methods.prepare(op, "1.1", [], arguments).json
    assert body["networks"] == [{"subnet_id": "subnet-1"}] and body["max_count"] == 2
    assert body["tags"] == [{"key": "team", "value": "core"}]
    request = _methods.prepare(
        BY_ID["rebootVirtualServer"],
        "1.3",
        ["2a9be312-5d4b-4bc8-b2ae-35100fa9241f"],
        {"hard": True},
    )
    assert request.json == {"reboot_type": "HARD"}


# -- against the local server --------------------------------------------------------------------


@pytest.fixture
def srv() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(clock=fixed(EARLY)) as server:
        yield server


def client_for(srv: LocalVirtualServer, version: str = "1.3") -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=version,
        clock=fixed(EARLY),
        retry=vs.RetryPolicy(attempts=2, backoff=0.01, max_backoff=0.02, total=5.0),
    )


def test_pages_can_be_read_one_by_one_and_resumed(srv: LocalVirtualServer) -> None:
    made = [srv.add_server(f"s{n}") for n in range(5)]
    with client_for(srv) as client:
        pages = list(client.servers.list_pages(page_size=2))
        assert [len(page) for page in pages] == [2, 2, 1]
        assert pages[0].next == pages[0].items[-1].id
        resumed = [s.id for s in client.servers.list(marker=pages[0].next)]
        assert resumed == made[2:]


def test_a_service_that_repeats_a_page_ends_in_a_typed_error() -> None:
    body = {"servers": [bodies.server(id="2a9be312-5d4b-4bc8-b2ae-35100fa9241f")]}
    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("A", "S"),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )
    with pytest.raises(vs.ApiError, match="a page it had given already"):
        list(client.servers.list(page_size=1))


def test_waiters_refuse_unknown_states_and_fail_fast(srv: LocalVirtualServer) -> None:
    broken = srv.add_server("broken", state="ERROR")
    with client_for(srv) as client:
        with pytest.raises(vs.InvalidParameterError, match="one of ACTIVE, SHUTOFF"):
            client.servers.wait_for_state(broken, "RUNNING")
        with pytest.raises(vs.ServerStateError, match="ERROR while waiting for ACTIVE"):
            client.servers.wait_for_state(broken, "ACTIVE", timeout=5, interval=0.01)
        assert client.servers.wait_for_state(broken, "ERROR", timeout=5).state == "ERROR"


def test_models_keep_the_whole_answer_and_type_what_they_know() -> None:
    raw = bodies.server(partition_number=3, brand_new={"x": 1}, state="HIBERNATING")
    server = models.Server.from_json(raw)
    assert server.raw["brand_new"] == {"x": 1}
    assert isinstance(server.created_at, datetime.datetime)
    assert server.partition_number == 3 and server.known_state is None
    assert models.Server.from_json(bodies.server()).known_state is models.ServerState.ACTIVE
    assert server.server_type_id == "s1v1m2" and server.ip_addresses == ()
    assert repr(server).startswith("Server(id='2a9be312")
    with pytest.raises(AttributeError):
        server.name = "other"


@pytest.mark.parametrize("version", ALL_VERSIONS)
@pytest.mark.filterwarnings("ignore::scp_virtualserver.VersionDeprecationWarning")  # pins 1.0, 1.1
def test_a_model_field_the_version_lacks_is_none(srv: LocalVirtualServer, version: str) -> None:
    sid = srv.add("servers", name="p", partition_number=3)
    with client_for(srv, version) as client:
        server = client.servers.get(sid)
        assert ("partition_number" in server.raw) == (version != "1.0")
        assert server.partition_number == (None if version == "1.0" else 3)


async def test_the_async_client_pages_waits_and_reads_the_same(srv: LocalVirtualServer) -> None:
    made = [srv.add_server(f"a{n}") for n in range(3)]
    async with vs.AsyncVirtualServerClient(
        endpoint_url=srv.url, credentials=srv.credentials, clock=fixed(EARLY)
    ) as client:
        seen = [s.id async for s in client.servers.list(page_size=2)]
        assert seen == made
        await client.servers.stop(made[0])
        stopped = await client.servers.wait_for_state(made[0], "SHUTOFF", timeout=5, interval=0.01)
        assert stopped.known_state is models.ServerState.SHUTOFF
        await client.servers.delete(made[1], wait=True, timeout=5, interval=0.01)
        assert not srv.has_server(made[1])


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"id": 12345}, "id: expected string, came integer"),
        ({"name": ["a"]}, "name: expected string, came array"),
        ({"locked": None}, "locked: expected boolean, came null"),
        ({"volumes": [{"id": 5, "delete_on_termination": True}]}, "volumes[0].id: expected"),
    ],
)
def test_an_answer_with_a_wrong_type_is_malformed_naming_the_field(
    change: dict[str, Any], named: str
) -> None:
    body = bodies.server(**change)
    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("A", "S"),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )
    with pytest.raises(vs.MalformedResponseError, match=re_escape(named)) as caught:
        client.servers.get("2a9be312-5d4b-4bc8-b2ae-35100fa9241f")
    assert caught.value.body == httpx.Response(200, json=body).content  # the raw body is kept


def test_unknown_fields_and_enum_values_in_an_answer_are_kept() -> None:
    body = {"servers": [bodies.server(product_category="quantum", new_field=[1])]}
    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("A", "S"),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
        strict=False,
    )
    (server,) = client.servers.list(page_size=5)
    assert server.product_category == "quantum" and server.raw["new_field"] == [1]
    # an unknown field is no deviation; an enum value the spec does not list is one, kept
    assert [d.path for d in server.deviations] == ["product_category"]


def re_escape(text: str) -> str:
    import re

    return re.escape(text)
