"""One matrix over the resources data: every resource with a lifecycle through its whole life, and
every paged list through its pages, sync and async, against the local server over real HTTP.

The rows come from the specs and resources.yaml (as the package ships them), never from a list
written here: a new resource with a lifecycle, or a new paged list, is a new row.
"""

from __future__ import annotations

import inspect
import json
import time
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver import _methods, _operations, _paging
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.testing._api import operations, resource_data, resources

from . import facade_calls, prism
from .conftest import EARLY, early_async_client, early_client, fixed

VERSION = "1.3"
RESOURCES = resources((VERSION,))
DOC = prism.spec_document(VERSION)
TAG_OF = {op.operation_id: op.tag for op in operations(VERSION)}
LIFECYCLE = sorted(tag for tag, r in RESOURCES.items() if r.lifecycle and r.parent is None)
FAST: dict[str, Any] = {"timeout": 30.0, "interval": 0.02}
EXTRA = 4  # more of each resource, deleted while a list is iterated


def facade(client: Any) -> dict[str, tuple[str, _methods.Operation, Any]]:
    """Operation id -> where its method is, the operation, and the method on this client (the
    async one's own, for an async client)."""
    found = facade_calls.facade_methods(client)
    if not isinstance(client, vs.AsyncVirtualServerClient):
        return found
    rebound = {}
    for op_id, (where, op, _) in found.items():
        target: Any = client
        for part in where.split("."):
            target = getattr(target, part)
        rebound[op_id] = (where, op, target)
    return rebound


def methods_of(client: Any, tag: str) -> dict[str, tuple[_methods.Operation, Any]]:
    """The resource's methods by name (create, get, list, update, delete)."""
    found = {}
    for where, op, method in facade(client).values():
        if TAG_OF.get(op.id) == tag:
            found[where.rsplit(".", 1)[-1]] = (op, method)
    return found


@pytest.fixture
def srv() -> Iterator[LocalVirtualServer]:
    # Transitions and deletions take no time, so that nothing here waits on a clock.
    with LocalVirtualServer(clock=fixed(EARLY), transition_delay=0, delete_delay=0) as server:
        yield server


def seeded(srv: LocalVirtualServer, tag: str, operation_id: str) -> dict[str, str]:
    """For each reference the operation's request names (resources.yaml `references`): a
    resource the local server has, made now."""
    found = {}
    for field, target in (
        (resource_data().get(tag, {}).get("references") or {}).get(operation_id, {}).items()
    ):
        made = srv.add(target, name=f"ref-{uuid.uuid4().hex[:8]}")
        found[field] = made
    return found


def call_arguments(srv: LocalVirtualServer, op: _methods.Operation, method: Any) -> dict[str, Any]:
    arguments = facade_calls.arguments(DOC, op, method)
    tag = TAG_OF[op.id]
    keywords = inspect.signature(method).parameters
    for field, value in seeded(srv, tag, op.id).items():
        keyword = field if field in keywords else f"{field}_"  # "_": a name the method has
        arguments[keyword] = value
    arguments.pop("count", None)
    arguments.pop("max_count", None)  # one at a time
    for field in blocking_fields(tag, op.id):
        arguments.pop(field, None)
        arguments.pop(f"{field}_", None)
    return arguments


def blocking_fields(tag: str, operation_id: str) -> set[str]:
    """Body fields of the create that set a flag refusing the delete (lock, file storage), as
    resources.yaml's lifecycle declares: left out, so that the life can end."""
    lifecycle = resource_data().get(tag, {}).get("lifecycle") or {}
    flags = {c["flag"] for entries in (lifecycle.get("conflicts") or {}).values() for c in entries}
    sets = (lifecycle.get("sets") or {}).get(operation_id) or {}
    return {
        str(value).removeprefix("body.")
        for flag, value in sets.items()
        if flag in flags and str(value).startswith("body.")
    }


def identity(made: Any) -> str:
    if isinstance(made, list):
        made = made[0]
    if isinstance(made, str):
        return made
    return str(made.id)


# -- every resource with a lifecycle: create, wait, get, list, update, delete, NotFound ----------


STEPS = ["create", "wait", "get", "list", "update", "delete", "not found"]


@pytest.mark.parametrize("tag", LIFECYCLE)
def test_a_whole_life_sync(srv: LocalVirtualServer, tag: str) -> None:
    lifecycle = RESOURCES[tag].lifecycle
    assert lifecycle is not None
    done = []
    with early_client(srv, VERSION) as client:
        found = methods_of(client, tag)
        create_op, create = found["create"]
        item = identity(create(**call_arguments(srv, create_op, create)))
        done.append("create")
        polls: list[tuple[str | None, float, int]] = []
        settled = found["get"][1].__self__.wait_for_state(
            item, lifecycle.stable[0], on_poll=lambda *seen: polls.append(seen), **FAST
        )
        assert polls and polls[-1][0] == lifecycle.stable[0] and settled.id == item
        done.append("wait")
        assert found["get"][1](item).id == item
        done.append("get")
        extras = {identity(create(**call_arguments(srv, create_op, create))) for _ in range(EXTRA)}
        for extra in extras:
            found["get"][1].__self__.wait_for_state(extra, lifecycle.stable[0], **FAST)
        seen = []
        for listed in found["list"][1](page_size=2):
            seen.append(listed.id)
            if listed.id in extras:
                found["delete"][1](listed.id)  # deleting while iterating
        assert {item, *extras} <= set(seen) and len(seen) == len(set(seen))
        assert not extras & {x.id for x in found["list"][1]()}
        done.append("list")
        if "update" in found:
            update_op, update = found["update"]
            arguments = call_arguments(srv, update_op, update)
            arguments.pop(update_op.path_params[-1], None)
            assert update(item, **arguments).id == item
            done.append("update")
        ends: list[tuple[str | None, float, int]] = []
        found["delete"][1](item, wait=True, on_poll=lambda *seen: ends.append(seen), **FAST)
        assert ends and ends[-1][0] is None
        done.append("delete")
        with pytest.raises(vs.NotFound):
            found["get"][1](item)
        done.append("not found")
    assert done == [s for s in STEPS if s != "update" or "update" in found]


@pytest.mark.parametrize("tag", LIFECYCLE)
async def test_a_whole_life_async(srv: LocalVirtualServer, tag: str) -> None:
    lifecycle = RESOURCES[tag].lifecycle
    assert lifecycle is not None
    async with early_async_client(srv, VERSION) as client:
        found = methods_of(client, tag)
        create_op, create = found["create"]
        resource = found["get"][1].__self__
        item = identity(await create(**call_arguments(srv, create_op, create)))
        polls: list[Any] = []
        await resource.wait_for_state(
            item, lifecycle.stable[0], on_poll=lambda *seen: polls.append(seen), **FAST
        )
        assert polls[-1][0] == lifecycle.stable[0]
        assert (await found["get"][1](item)).id == item
        extras = set()
        for _ in range(EXTRA):
            extras.add(identity(await create(**call_arguments(srv, create_op, create))))
        for extra in extras:
            await resource.wait_for_state(extra, lifecycle.stable[0], **FAST)
        seen = []
        async for listed in found["list"][1](page_size=2):
            seen.append(listed.id)
            if listed.id in extras:
                await found["delete"][1](listed.id)
        assert {item, *extras} <= set(seen) and len(seen) == len(set(seen))
        if "update" in found:
            update_op, update = found["update"]
            arguments = call_arguments(srv, update_op, update)
            arguments.pop(update_op.path_params[-1], None)
            assert (await update(item, **arguments)).id == item
        await found["delete"][1](item, wait=True, **FAST)
        with pytest.raises(vs.NotFound):
            await found["get"][1](item)


# -- every paged list: pages, resume, cycles, endless ---------------------------------------------


def paged_lists() -> list[str]:
    with LocalVirtualServer(clock=fixed(EARLY)) as srv, early_client(srv, VERSION) as client:
        return sorted(
            op_id
            for op_id, (where, op, _) in facade(client).items()
            if op.paging is not None and op.result == "list" and where.endswith(".list")
        )


PAGED = paged_lists()


def with_items(srv: LocalVirtualServer, op: _methods.Operation, count: int) -> tuple[str, ...]:
    """The path values of the list (a parent made for it), after adding `count` items."""
    tag = TAG_OF[op.id]
    resource = RESOURCES[tag]
    values: tuple[str, ...] = ()
    if resource.parent is not None:
        values = (srv.add(resource.parent, name="parent"),)
    for n in range(count):
        srv.add(tag, under=values[0] if values else None, name=f"item-{n}")
    return values


def lister(client: Any, op_id: str) -> tuple[_methods.Operation, Any, Any]:
    where, op, method = facade(client)[op_id]
    pages = getattr(method.__self__, where.rsplit(".", 1)[-1] + "_pages")
    return op, method, pages


def key(item: Any) -> str:
    return str(item.raw.get("id") or item.raw.get("name"))


@pytest.mark.parametrize("op_id", PAGED)
def test_pages_and_resume_sync(srv: LocalVirtualServer, op_id: str) -> None:
    with early_client(srv, VERSION) as client:
        op, method, pages = lister(client, op_id)
        values = with_items(srv, op, 5)
        everything = [key(x) for x in method(*values, page_size=1000)]
        assert len(everything) >= 5
        before = srv.requests_served
        paged = list(pages(*values, page_size=2))
        assert [key(x) for page in paged for x in page] == everything
        # A short page is the last: no request for an empty one (unless the last page is full).
        assert srv.requests_served - before == len(everything) // 2 + 1
        assert op.paging is not None
        start = _operations.PAGING[op.paging][1]
        resumed = [key(x) for x in method(*values, page_size=2, **{start: paged[0].next})]
        assert resumed == everything[2:]


@pytest.mark.parametrize("op_id", PAGED)
async def test_pages_and_resume_async(srv: LocalVirtualServer, op_id: str) -> None:
    async with early_async_client(srv, VERSION) as client:
        op, method, pages = lister(client, op_id)
        values = with_items(srv, op, 5)
        everything = [key(x) async for x in method(*values, page_size=1000)]
        paged = [page async for page in pages(*values, page_size=2)]
        assert [key(x) for page in paged for x in page] == everything
        assert op.paging is not None
        start = _operations.PAGING[op.paging][1]
        resumed = [key(x) async for x in method(*values, page_size=2, **{start: paged[0].next})]
        assert resumed == everything[2:]


class Hostile(httpx.BaseTransport):
    """In front of the local server: drops where a page starts (the service then answers the
    first page again and again), and with `fresh` gives every item a new id (a list that never
    ends). Requests are signed again for what is sent."""

    def __init__(self, srv: LocalVirtualServer, *, fresh: bool) -> None:
        self.inner = httpx.HTTPTransport()
        self.srv = srv
        self.fresh = fresh

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = hostile_request(self.srv, request)
        answer = self.inner.handle_request(sent)
        answer.read()
        return hostile_answer(answer, self.fresh)


class AsyncHostile(httpx.AsyncBaseTransport):
    def __init__(self, srv: LocalVirtualServer, *, fresh: bool) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.srv = srv
        self.fresh = fresh

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = hostile_request(self.srv, request)
        answer = await self.inner.handle_async_request(sent)
        await answer.aread()
        return hostile_answer(answer, self.fresh)


POSITIONS = {"marker", "offset", "page"}


def hostile_request(srv: LocalVirtualServer, request: httpx.Request) -> httpx.Request:
    params = [(k, v) for k, v in request.url.params.multi_items() if k not in POSITIONS]
    url = request.url.copy_with(params=params)
    headers = httpx.Headers(request.headers)
    credentials = srv.credentials
    headers["Scp-Signature"] = vs.sign(
        request.method,
        str(url),
        int(headers["Scp-Timestamp"]),
        credentials.access_key,
        credentials.secret_key,
    )
    return httpx.Request(request.method, url, headers=headers, content=request.content)


def hostile_answer(answer: httpx.Response, fresh: bool) -> httpx.Response:
    body = answer.content
    if fresh and answer.status_code == 200:
        data = json.loads(body)
        for value in data.values() if isinstance(data, Mapping) else ():
            for item in value if isinstance(value, list) else ():
                if isinstance(item, dict) and "id" in item:
                    item["id"] = str(uuid.uuid4())
                if isinstance(item, dict) and "name" in item:
                    item["name"] = f"n{uuid.uuid4().hex[:12]}"
        body = json.dumps(data).encode()
    headers = {"Content-Type": answer.headers.get("Content-Type", "application/json")}
    return httpx.Response(answer.status_code, headers=headers, content=body)


def hostile_client(srv: LocalVirtualServer, fresh: bool) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=VERSION,
        clock=fixed(EARLY),
        transport=Hostile(srv, fresh=fresh),
    )


@pytest.mark.parametrize("op_id", PAGED)
def test_a_cycling_list_is_an_api_error_sync(srv: LocalVirtualServer, op_id: str) -> None:
    with hostile_client(srv, fresh=False) as client:
        op, method, _ = lister(client, op_id)
        values = with_items(srv, op, 5)
        before = srv.requests_served
        with pytest.raises(vs.ApiError, match="a page it had given already"):
            list(method(*values, page_size=2))
        assert srv.requests_served - before <= 4  # a few pages, not hundreds


@pytest.mark.parametrize("op_id", PAGED)
async def test_a_cycling_list_is_an_api_error_async(srv: LocalVirtualServer, op_id: str) -> None:
    async with vs.AsyncVirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=VERSION,
        clock=fixed(EARLY),
        transport=AsyncHostile(srv, fresh=False),
    ) as client:
        op, method, _ = lister(client, op_id)
        values = with_items(srv, op, 5)
        with pytest.raises(vs.ApiError, match="a page it had given already"):
            [x async for x in method(*values, page_size=2)]


@pytest.mark.parametrize("op_id", PAGED)
def test_an_endless_list_ends_at_its_timeout(srv: LocalVirtualServer, op_id: str) -> None:
    with hostile_client(srv, fresh=True) as client:
        op, method, _ = lister(client, op_id)
        values = with_items(srv, op, 5)
        started = time.monotonic()
        with pytest.raises(vs.DeadlineExceededError):  # between pages, or during one
            for _ in method(*values, page_size=2, timeout=0.3):
                pass
        assert time.monotonic() - started < 10  # a generous bound: without it, never


async def test_an_endless_list_ends_at_its_timeout_async(srv: LocalVirtualServer) -> None:
    async with vs.AsyncVirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=VERSION,
        clock=fixed(EARLY),
        transport=AsyncHostile(srv, fresh=True),
    ) as client:
        with_items(srv, facade(client)["listVirtualServers"][1], 3)
        started = time.monotonic()
        with pytest.raises(vs.DeadlineExceededError):
            async for _ in client.servers.list(page_size=2, timeout=0.3):
                pass
        assert time.monotonic() - started < 10


def test_lists_send_a_page_size_and_end_on_a_short_page(srv: LocalVirtualServer) -> None:
    """N items in ceil(N / page) requests, where it was N / page + 1."""
    with early_client(srv, VERSION) as client:
        for n in range(250):
            srv.add("keypairs", name=f"k{n:03}")
        before = srv.requests_served
        assert len(list(client.keypairs.list())) == 250
        assert srv.requests_served - before == -(-250 // _paging.DEFAULT_PAGE_SIZE)


def deletable() -> list[str]:
    """The paged lists whose resource has a delete."""
    with LocalVirtualServer(clock=fixed(EARLY)) as srv, early_client(srv, VERSION) as client:
        methods = facade(client)
        return sorted(
            op_id for op_id in PAGED if "delete" in methods_of(client, TAG_OF[methods[op_id][1].id])
        )


@pytest.mark.parametrize("op_id", deletable())
def test_deleting_each_item_while_iterating_sees_each_once_sync(
    srv: LocalVirtualServer, op_id: str
) -> None:
    with early_client(srv, VERSION) as client:
        op, method, _ = lister(client, op_id)
        values = with_items(srv, op, 7)
        delete = methods_of(client, TAG_OF[op.id])["delete"][1]
        everything = [key(x) for x in method(*values, page_size=1000)]
        seen = []
        for item in method(*values, page_size=2):
            seen.append(key(item))
            delete(*values, key(item))
        assert seen == everything  # none skipped, none twice, in every paging style
        assert [key(x) for x in method(*values)] == []


@pytest.mark.parametrize("op_id", deletable())
async def test_deleting_each_item_while_iterating_sees_each_once_async(
    srv: LocalVirtualServer, op_id: str
) -> None:
    async with early_async_client(srv, VERSION) as client:
        op, method, _ = lister(client, op_id)
        values = with_items(srv, op, 7)
        delete = methods_of(client, TAG_OF[op.id])["delete"][1]
        everything = [key(x) async for x in method(*values, page_size=1000)]
        seen = []
        async for item in method(*values, page_size=2):
            seen.append(key(item))
            await delete(*values, key(item))
        assert seen == everything
